"""Event files written by earlier releases open, migrate and keep every record."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from humas_desktop.services.check import check_event_file
from humas_desktop.storage import audit
from humas_desktop.storage.db import open_event
from humas_desktop.storage.schema import SCHEMA_VERSION

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.humas"))


@pytest.mark.parametrize("stored", FIXTURES, ids=[p.name for p in FIXTURES])
def test_stored_event_file_migrates_without_loss(stored: Path, tmp_path: Path) -> None:
    work = tmp_path / stored.name
    shutil.copy(stored, work)
    raw = sqlite3.connect(stored)
    before = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("participant", "assessment", "answer", "decision", "audit")}
    raw.close()
    edb = open_event(work)
    assert edb.schema_version() == SCHEMA_VERSION
    after = {t: edb.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before}
    # Migration 0008 logs, once, every row that earlier versions wrote without a log entry
    # (roster, scheme, event, assessors, assignments, marks): the log only grows.
    data = ("participant", "assessment", "answer", "decision")
    assert {t: after[t] for t in data} == {t: before[t] for t in data}
    assert after["audit"] > before["audit"]
    assert audit.first_broken_link(edb.conn) is None
    edb.close()
    assert check_event_file(work).ok
