"""verify_for_use checks one committed state: SQLite's checks run beside the walk on a second
connection, and a change committed by another connection while the check runs (the app's UI
thread, a hand edit) is not half-seen; the head it returns is the head of what it verified."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from humas_desktop.domain.progress import Tally
from humas_desktop.services.integrity import UnverifiedEventError, verify_for_use
from humas_desktop.storage import audit
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo


class _EditsOnce(Tally):
    """Edits the file behind the app's back from another connection once the walk is under way."""

    def __init__(self, path: Path) -> None:
        super().__init__(every=20)
        self.path = path
        self.edited = False

    def report(self, done: int, total: int) -> None:
        super().report(done, total)
        if done and not self.edited:
            self.edited = True
            conn = sqlite3.connect(self.path, isolation_level=None)
            try:
                conn.execute("UPDATE answer SET verdict = CASE verdict WHEN 'K' THEN 'BK' ELSE 'K' END "
                             "WHERE rowid = (SELECT min(rowid) FROM answer)")
            finally:
                conn.close()


def test_an_edit_committed_while_the_check_runs_is_left_for_the_next_check(data_dir: Path) -> None:
    path = make_demo(data_dir, participants=3, decided=True)
    with open_event(path, read_only=True) as edb:
        before = audit.head(edb.conn)
        tally = _EditsOnce(path)
        assert verify_for_use(edb, progress=tally) == before  # the state it began on: sound
        assert tally.edited
        with pytest.raises(UnverifiedEventError) as refused:
            verify_for_use(edb)
    assert refused.value.code == "event_tampered"
