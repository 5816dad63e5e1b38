"""SQLite's integrity_check and foreign key check run beside the chain walk on a second
connection, and must check exactly the committed state the caller's snapshot reads: a commit
that lands between the two snapshots sends the checks back to the caller's connection."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from humas_desktop.storage import structure_check
from humas_desktop.storage.db import read_snapshot


def _file(path: Path) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.executescript("CREATE TABLE parent (id TEXT PRIMARY KEY);"
                       "CREATE TABLE child (id TEXT PRIMARY KEY, parent_id TEXT REFERENCES parent(id));"
                       "INSERT INTO parent VALUES ('p1'); INSERT INTO child VALUES ('c1', 'p1');")
    conn.close()
    return path


def _writer(path: Path) -> sqlite3.Connection:
    """Another connection that commits while the check reads (as the app's UI thread may)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    return conn


def test_the_checks_run_beside_in_the_callers_snapshot(tmp_path: Path) -> None:
    path = _file(tmp_path / "e.humas")
    conn = sqlite3.connect(path, isolation_level=None)
    writer = _writer(path)
    with structure_check.snapshot_with_structure_check(conn, path) as check:
        assert conn.in_transaction
        writer.execute("INSERT INTO child VALUES ('c2', 'nobody')")  # after both snapshots began
        assert check.parallel
        assert check.result() == (["ok"], 0)  # the state the caller reads: no orphan yet
        assert conn.execute("SELECT count(*) FROM child").fetchone()[0] == 1
    assert not conn.in_transaction
    with structure_check.snapshot_with_structure_check(conn, path) as check:
        assert check.result() == (["ok"], 1)  # a new snapshot sees the orphan


def test_a_commit_between_the_two_snapshots_sends_the_checks_to_the_callers_connection(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _file(tmp_path / "e.humas")
    conn = sqlite3.connect(path, isolation_level=None)
    writer = _writer(path)

    @contextlib.contextmanager
    def snapshot_then_commit(c: sqlite3.Connection) -> Iterator[None]:
        with read_snapshot(c):
            writer.execute("INSERT INTO child VALUES ('c2', 'nobody')")  # before the 2nd begins
            yield

    monkeypatch.setattr(structure_check, "read_snapshot", snapshot_then_commit)
    with structure_check.snapshot_with_structure_check(conn, path) as check:
        assert not check.parallel
        assert check.result() == (["ok"], 0)  # what the caller's snapshot holds
        assert conn.execute("SELECT count(*) FROM child").fetchone()[0] == 1


def test_inside_a_snapshot_the_caller_holds_the_checks_run_on_its_connection(tmp_path: Path) -> None:
    path = _file(tmp_path / "e.humas")
    conn = sqlite3.connect(path, isolation_level=None)
    writer = _writer(path)
    with read_snapshot(conn):
        writer.execute("INSERT INTO child VALUES ('c2', 'nobody')")
        with structure_check.snapshot_with_structure_check(conn, path) as check:
            assert not check.parallel
            assert check.result() == (["ok"], 0)
        assert conn.in_transaction  # the caller's snapshot is the caller's to end


def test_a_caller_that_stops_early_stops_the_checks_and_closes_the_second_connection(
        tmp_path: Path) -> None:
    path = _file(tmp_path / "e.humas")
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(RuntimeError), structure_check.snapshot_with_structure_check(conn, path) as check:
        assert check.parallel
        raise RuntimeError("the walk failed")
    assert check._thread is not None and not check._thread.is_alive()
    assert check._beside is not None
    with pytest.raises(sqlite3.ProgrammingError):
        check._beside.execute("SELECT 1")  # closed


def test_a_check_cancelled_mid_walk_does_not_wait_for_sqlites_checks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cancel (any exception but a damaged file's) leaves at once: the second connection's
    checks are interrupted, not waited for."""
    from humas_desktop.services import integrity
    from humas_desktop.storage.db import open_event
    from tests.conftest import make_demo

    path = make_demo(tmp_path / "data", participants=2)
    seen: list[structure_check.StructureCheck] = []
    real = structure_check.StructureCheck.result

    def never_asked(self: structure_check.StructureCheck) -> tuple[list[str], int]:
        if self.parallel:
            raise AssertionError("waited for SQLite's checks after a cancel")
        return real(self)

    class CancelledError(Exception):
        pass

    def cancel(*_args: object, **_kwargs: object) -> None:
        raise CancelledError

    monkeypatch.setattr(structure_check.StructureCheck, "result", never_asked)
    monkeypatch.setattr(integrity.audit, "walk", cancel)
    original = structure_check.snapshot_with_structure_check

    @contextlib.contextmanager
    def recording(conn: sqlite3.Connection, p: Path) -> Iterator[structure_check.StructureCheck]:
        with original(conn, p) as check:
            seen.append(check)
            yield check

    monkeypatch.setattr(integrity, "snapshot_with_structure_check", recording)
    with open_event(path, read_only=True) as edb, pytest.raises(CancelledError):
        integrity.verify_for_use(edb)
    assert seen and seen[0].parallel
    assert seen[0]._thread is not None and not seen[0]._thread.is_alive()
