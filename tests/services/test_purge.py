"""Hapus data pribadi: no removed NIK/NIP/name survives in the file, its WAL or its backups."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.paths import backups_dir
from humas_desktop.services.check import check_event_file
from humas_desktop.services.purge import COUNTS_SETTING, purge_personal_data
from humas_desktop.storage.db import open_event
from tests.conftest import app_update, make_demo


def files_under(*roots: Path) -> list[Path]:
    return [p for root in roots for p in root.rglob("*") if p.is_file()]


def test_purge_leaves_no_trace(data_dir: Path) -> None:
    path = make_demo(data_dir, 25, decided=True)
    with open_event(path) as edb:
        people = edb.conn.execute("SELECT nik, nip, name FROM participant").fetchall()
        before = edb.conn.execute("SELECT result, count(*) FROM decision GROUP BY result").fetchall()
        backup = backups_dir(data_dir) / f"{path.stem}-20260101T000000.humas"
        dest = sqlite3.connect(backup)
        edb.conn.backup(dest)
        dest.close()
    migration_backup = path.with_name(f"{path.stem}.v1-20260101T000000.bak")
    migration_backup.write_bytes(backup.read_bytes())
    unrelated = backups_dir(data_dir) / "acara-lain-20260101T000000.humas"
    unrelated.write_bytes(b"other event")
    secrets = [n for p in people for n in (p[0], p[1]) if n] + [p[2] for p in people
                                                               if len(p[2]) >= 10]
    assert len(secrets) > 40
    # The app still has the file open, and the WAL holds pages with personal data.
    keeper = sqlite3.connect(path, isolation_level=None)
    keeper.execute("PRAGMA wal_autocheckpoint = 0")
    keeper.execute("UPDATE participant SET phone = phone || '0'")
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0 and any(s.encode() in wal.read_bytes() for s in secrets[:5])
    with open_event(path) as edb:
        app_update(edb, "event", {"retention_until": (date.today() - timedelta(days=1)).isoformat()})
    try:
        report = purge_personal_data(path, data_dir)
        leftovers = [(f.name, s) for f in files_under(data_dir) for s in secrets
                     if s.encode("utf-8") in f.read_bytes()]
    finally:
        keeper.close()
    assert leftovers == []
    assert report.participants == 25 and report.residual == []
    assert {backup.name, migration_backup.name} <= set(report.backups_removed)
    # the verified copy taken just before the purge is removed with the others
    assert any(".before-purge." in name for name in report.backups_removed)
    assert not [p for p in backups_dir(data_dir).rglob(f"{path.stem}*") if p.is_file()]
    assert unrelated.exists() and not backup.exists() and not migration_backup.exists()
    leftovers = [(f.name, s) for f in files_under(data_dir) for s in secrets
                 if s.encode("utf-8") in f.read_bytes()]
    assert leftovers == []
    with open_event(path, read_only=True) as edb:
        counts = json.loads(edb.setting(COUNTS_SETTING) or "{}")
        assert counts["participants"] == 25
        assert sorted(counts["by_result"].items()) == sorted(before)
        after = edb.conn.execute("SELECT result, count(*) FROM decision GROUP BY result").fetchall()
        assert after == before
        names = [r[0] for r in edb.conn.execute("SELECT name FROM participant ORDER BY number")]
        assert names[0] == "Asesi 0001"
    assert check_event_file(path).ok


def test_purge_refused_before_retention_or_closing(data_dir: Path) -> None:
    path = make_demo(data_dir, 3)
    with pytest.raises(DomainError) as err:
        purge_personal_data(path, data_dir)
    assert err.value.code == "purge_not_closed"
    with open_event(path, read_only=True) as edb:
        assert edb.conn.execute("SELECT count(*) FROM participant WHERE nik != ''").fetchone()[0] == 3
