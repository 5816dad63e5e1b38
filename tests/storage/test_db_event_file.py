"""The event file: pragmas, refusal of foreign/newer/truncated files, append-only audit."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from humas_desktop.domain.errors import EventFileError
from humas_desktop.storage import audit
from humas_desktop.storage.db import APPLICATION_ID, migrate, open_event
from humas_desktop.storage.schema import SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_has_the_safety_pragmas(tmp_path: Path) -> None:
    edb = open_event(tmp_path / "a.humas", create=True)
    conn = edb.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert edb.schema_version() == SCHEMA_VERSION
    edb.close()


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes(x)")
    conn.commit()
    conn.close()
    before = digest(other)
    with pytest.raises(EventFileError) as info:
        open_event(other)
    assert info.value.code == "foreign_file"
    assert digest(other) == before


def test_newer_schema_is_refused_and_untouched(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(demo_path)
    with pytest.raises(EventFileError) as info:
        open_event(demo_path)
    assert info.value.code == "too_new"
    assert digest(demo_path) == before


def test_truncated_file_is_refused(demo_path: Path) -> None:
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(EventFileError) as info:
        open_event(demo_path)
    assert info.value.code == "truncated"


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.humas"
    path.write_text("hello")
    with pytest.raises(EventFileError) as info:
        open_event(path)
    assert info.value.code == "not_an_event_file"


def test_audit_rows_cannot_be_updated_or_deleted(demo_db) -> None:
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        demo_db.conn.execute("UPDATE audit SET new = 'BK' WHERE seq = 1")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        demo_db.conn.execute("DELETE FROM audit")


def test_audit_chain_verifies_and_catches_a_rewrite(demo_db) -> None:
    conn = demo_db.conn
    assert audit.first_broken_link(conn) is None
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET new = 'BK' WHERE seq = 5")
    assert audit.first_broken_link(conn) == 5


def test_nik_always_comes_back_as_text(demo_db) -> None:
    demo_db.conn.execute("UPDATE participant SET nik = 0273011708900001 WHERE number = 1")
    value, kind = demo_db.conn.execute(
        "SELECT nik, typeof(nik) FROM participant WHERE number = 1").fetchone()
    assert kind == "text" and isinstance(value, str)


def test_migration_from_an_older_file_takes_a_backup_first(tmp_path: Path, monkeypatch) -> None:
    from humas_desktop.storage import schema

    path = tmp_path / "old.humas"
    open_event(path, create=True).close()
    added = schema.Migration("0099_test_column",
                             lambda db: db.execute("ALTER TABLE event ADD COLUMN extra TEXT"))
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, added])
    monkeypatch.setattr("humas_desktop.storage.db.MIGRATIONS", [*schema.MIGRATIONS])
    monkeypatch.setattr("humas_desktop.storage.db.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    import sqlite_utils

    db = sqlite_utils.Database(sqlite3.connect(path))
    backup = migrate(db, path)
    assert backup is not None and backup.exists()
    assert "extra" in db["event"].columns_dict
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    old.close()
    db.conn.close()
