"""Databases this laptop did not create (package snapshots, backups offered for restore): data, never code.

A SQLite file can carry code: triggers run on writes, views run on reads, virtual tables call
modules, an index expression calls functions. A file that arrives on a USB stick must therefore be
checked before any query touches its tables:

* opened read-only, ``PRAGMA trusted_schema = OFF``, ``query_only``, with a progress handler that
  stops any statement after a fixed time budget (a crafted file cannot hang the merge);
* its ``sqlite_master`` compared entry by entry with the schema this version writes for the
  file's ``user_version`` (built by running the same migrations on an empty in-memory database):
  any extra or changed table, trigger, view, virtual table or index is "altered";
* size and rows per table capped before rows are read.
"""

from __future__ import annotations

import functools
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from humas_desktop.domain.errors import DomainError
from humas_desktop.storage.schema import MIGRATIONS

MAX_DB_BYTES = 256 * 1024 * 1024
MAX_ROWS_PER_TABLE = 500_000
TIME_BUDGET_S = 4.0  # validation of one file
READ_BUDGET_S = 120.0  # reading a validated file (a safety net, not a limit a user meets)


class ForeignDatabaseError(DomainError):
    """``db_altered``: the schema is not ours; ``db_damaged``: not readable; ``db_too_large``."""


SchemaEntry = tuple[str, str, str, str | None]


@functools.lru_cache(maxsize=8)
def expected_schema(version: int) -> frozenset[SchemaEntry]:
    """``(type, name, tbl_name, sql)`` of every schema entry this version writes at ``version``."""
    import sqlite_utils

    if not 0 < version <= len(MIGRATIONS):
        return frozenset()
    conn = sqlite3.connect(":memory:")
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        for migration in MIGRATIONS[:version]:
            migration.apply(db)
        return _schema(conn)
    finally:
        conn.close()


def _schema(conn: sqlite3.Connection) -> frozenset[SchemaEntry]:
    return frozenset((str(t), str(n), str(tb), s) for t, n, tb, s in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"))


def _normal(sql: str | None) -> str | None:
    return None if sql is None else " ".join(sql.split())


def schema_differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """Names of schema entries that are not ours (extra, changed or missing); [] when it matches."""
    expected = {(t, n): _normal(s) for t, n, _tb, s in expected_schema(version)}
    actual = {(t, n): _normal(s) for t, n, _tb, s in _schema(conn)}
    differing = (set(expected) ^ set(actual)) | {k for k in set(expected) & set(actual)
                                                 if expected[k] != actual[k]}
    return sorted(f"{t}:{n}" for t, n in differing)


def _deadline_handler(deadline: float) -> Callable[[], int]:
    def handler() -> int:
        return 1 if time.monotonic() > deadline else 0
    return handler


def open_foreign(path: Path, *, max_bytes: int = MAX_DB_BYTES, max_rows: int | None = MAX_ROWS_PER_TABLE,
                 budget_s: float = TIME_BUDGET_S, read_budget_s: float = READ_BUDGET_S) -> sqlite3.Connection:
    """A read-only connection to a validated foreign database, or :class:`ForeignDatabaseError`.

    Validation stops after ``budget_s``; afterwards every statement on the connection stops once
    ``read_budget_s`` has passed (``sqlite3.OperationalError: interrupted``). The caller closes it.
    """
    try:
        size = path.stat().st_size
    except OSError:
        raise ForeignDatabaseError("db_damaged") from None
    if size > max_bytes:
        raise ForeignDatabaseError("db_too_large")
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        raise ForeignDatabaseError("db_damaged") from None
    try:
        conn.set_progress_handler(_deadline_handler(time.monotonic() + budget_s), 1000)
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA cell_size_check = ON")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if schema_differences(conn, version):
            raise ForeignDatabaseError("db_altered")
        if max_rows is not None:
            tables = [str(r[0]) for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
            for table in tables:
                n = conn.execute(f'SELECT count(*) FROM (SELECT 1 FROM "{table}" LIMIT ?)',
                                 (max_rows + 1,)).fetchone()[0]
                if int(n) > max_rows:
                    raise ForeignDatabaseError("db_too_large")
        conn.set_progress_handler(_deadline_handler(time.monotonic() + read_budget_s), 1000)
    except ForeignDatabaseError:
        conn.close()
        raise
    except sqlite3.Error:
        conn.close()
        raise ForeignDatabaseError("db_damaged") from None
    return conn


def check_foreign(path: Path, *, max_bytes: int = MAX_DB_BYTES, max_rows: int | None = MAX_ROWS_PER_TABLE,
                  budget_s: float = TIME_BUDGET_S) -> None:
    """Validate a foreign database file (schema ours, within the caps) and close it again."""
    open_foreign(path, max_bytes=max_bytes, max_rows=max_rows, budget_s=budget_s).close()


def _literal(text: str | None) -> str | None:
    """A column default as the audit log writes the value (audit.as_text); None for NULL and
    for expressions (the sync columns' timestamps, which are not replayed)."""
    if text is None or text.upper() == "NULL":
        return None
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    try:
        return str(int(text))
    except ValueError:
        return None


@functools.lru_cache(maxsize=8)
def column_defaults(version: int) -> dict[str, dict[str, str | None]]:
    """{table: {column: default as logged text}} of the schema this version writes at ``version``:
    the values a row logged as a whole ("*") holds in the columns its entry does not name (a
    column added by a later migration, or one left to its default)."""
    import sqlite_utils

    conn = sqlite3.connect(":memory:")
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        for migration in MIGRATIONS[:version]:
            migration.apply(db)
        out: dict[str, dict[str, str | None]] = {}
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            out[str(name)] = {str(r[1]): _literal(r[4])
                              for r in conn.execute(f'PRAGMA table_info("{name}")')}
        return out
    finally:
        conn.close()
