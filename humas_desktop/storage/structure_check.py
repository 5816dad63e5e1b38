"""SQLite's own checks of a whole file (``PRAGMA integrity_check``, ``PRAGMA foreign_key_check``)
on a second read-only connection in a thread, while the caller walks the audit chain in Python
on its own connection: SQLite releases the GIL while it checks, so on two cores the two take
about as long as the longer of them (#25).

Both connections read the same committed state. The second connection reads ``PRAGMA
data_version`` before the caller's read transaction begins and again inside its own read
transaction, begun after the caller's: the two values are equal only when no other connection
committed in between, and then both transactions began on the same commit. When they differ,
when the caller is already inside a read transaction (its snapshot began earlier, at a moment
this module cannot see), or when no second connection can be opened, the checks run on the
caller's connection after all, inside its snapshot, as they always did.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from humas_desktop.priority import lower_this_thread
from humas_desktop.storage import header
from humas_desktop.storage.db import read_snapshot


def _checks(conn: sqlite3.Connection) -> tuple[list[str], int]:
    lines = [str(line) for (line,) in conn.execute("PRAGMA integrity_check").fetchall()]
    fk = len(conn.execute("PRAGMA foreign_key_check").fetchall())
    return lines, fk


class StructureCheck:
    """The result of :func:`snapshot_with_structure_check`: :meth:`result` waits for the checks
    and returns ``(integrity_check lines, foreign key violations)``, or raises what they raised
    (a ``sqlite3.DatabaseError`` for a file too damaged to check)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn  # the caller's connection: the checks run there when not beside it
        self._thread: threading.Thread | None = None
        self._beside: sqlite3.Connection | None = None
        self._outcome: tuple[list[str], int] | None = None
        self._error: BaseException | None = None
        self.parallel = False  # whether the checks ran on the second connection

    def _run(self, conn: sqlite3.Connection) -> None:
        lower_this_thread()  # SQLite's check is background work: the window first
        try:
            self._outcome = _checks(conn)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller by result()
            # Without its traceback: that would hold this thread's cursor (and so keep the
            # connection from closing) for as long as the error is kept.
            self._error = exc.with_traceback(None)

    def result(self) -> tuple[list[str], int]:
        if self._thread is not None:
            self._thread.join()
        elif self._outcome is None and self._error is None:
            self._run(self._conn)
        if self._error is not None:
            raise self._error
        assert self._outcome is not None
        return self._outcome


def _open_beside(path: Path) -> tuple[sqlite3.Connection, tuple[int, int] | None] | None:
    with header.registry_lock():
        held = header.hold(path)
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True,
                                   isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
        except (sqlite3.Error, OSError, ValueError):
            if conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            header.release(held)
            return None
    return conn, held


@contextlib.contextmanager
def snapshot_with_structure_check(conn: sqlite3.Connection, path: Path,
                                  ) -> Iterator[StructureCheck]:
    """One read snapshot on ``conn`` (as :func:`storage.db.read_snapshot`) and SQLite's checks of
    the same committed state, started beside it when they can be (see the module's note)."""
    check = StructureCheck(conn)
    if conn.in_transaction:  # a snapshot the caller took earlier: check inside it, serially
        yield check
        return
    opened = _open_beside(path)
    if opened is None:
        with read_snapshot(conn):
            yield check
        return
    beside, held = opened
    try:
        try:
            before = int(beside.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            before = None
        with read_snapshot(conn):
            started = False
            if before is not None:
                try:
                    beside.execute("BEGIN DEFERRED")
                    beside.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    started = int(beside.execute("PRAGMA data_version").fetchone()[0]) == before
                except sqlite3.Error:
                    started = False
            if started:
                check.parallel = True
                check._beside = beside
                check._thread = threading.Thread(target=check._run, args=(beside,),
                                                 name="integrity_check", daemon=True)
                check._thread.start()
            try:
                yield check
            finally:
                if check._thread is not None and check._thread.is_alive():
                    beside.interrupt()  # the caller stopped early: do not check on for nothing
                    check._thread.join()
    finally:
        with contextlib.suppress(sqlite3.Error):
            beside.close()
        header.release(held)
