"""Closing keeps a copy of the closed event and says where (issue #21's mutation run: the GUI's
callback was held by no service test): the caller is handed the copy, a file that holds the
event closed, with every certificate numbered."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.storage.db import EventDB
from tests.services.conftest import CONFIG


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry (#21)
def test_close_hands_the_caller_the_copy_of_the_closed_event(decided: EventDB) -> None:
    nb.save_config(decided, CONFIG)
    told: list[Path | Exception] = []
    ids = cs.close_session(decided, date.today(), on_backup=told.append)
    [made] = told
    assert isinstance(made, Path) and made.is_file() and "closed-event" in made.name
    conn = sqlite3.connect(made.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        status = conn.execute("SELECT status FROM event").fetchone()[0]
        numbered = conn.execute("SELECT count(*) FROM certificate WHERE number <> ''").fetchone()[0]
    finally:
        conn.close()
    assert status == "closed" and numbered == len(ids) > 0
