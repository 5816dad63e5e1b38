"""Two database backends behind one small interface: embedded SQLite and PostgreSQL (psycopg 3).

SQL is written once with ``?`` placeholders; the PostgreSQL backend turns them into ``%s``.
``transaction()`` is the unit of work: SQLite takes the write lock up front (BEGIN IMMEDIATE) so
two laptops on one file never interleave; PostgreSQL runs at READ COMMITTED and the allocation
row is locked by its UPDATE.
"""

from __future__ import annotations

import functools
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.paths import EVENT_SUFFIX
from humas_desktop.storage.header import create_private

Row = tuple[Any, ...]


class RegistryError(DomainError):
    """The registry cannot be reached, is not initialised, is too new, or refuses the change."""


def is_server_url(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


class Backend:
    dialect = ""
    blob_type = ""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        raise NotImplementedError

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert many whole rows in the caller's transaction, the fastest way the backend has
        (a duplicate key raises what ``is_unique_violation`` recognises, as one INSERT would)."""
        self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                         f"({', '.join('?' for _ in columns)})", rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError
        yield  # pragma: no cover

    def table_exists(self, name: str) -> bool:
        raise NotImplementedError

    def is_unique_violation(self, exc: BaseException) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class SqliteBackend(Backend):
    dialect = "sqlite"
    blob_type = "BLOB"

    def __init__(self, path: Path, *, create: bool) -> None:
        if not create and not path.exists():
            raise RegistryError("registry_missing", location=path.name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if create:  # owner-only before SQLite makes it (its -wal/-shm take its mode)
                create_private(path)
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=60.0,
                                        check_same_thread=False)
            self.conn.execute("PRAGMA busy_timeout = 60000")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA trusted_schema = OFF")  # the schema is checked on attach
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a database at all?
        except sqlite3.DatabaseError as exc:
            raise _no_room(path, exc) or RegistryError("registry_unreadable",
                                                       location=path.name) from None
        self.path = path
        self._depth = 0

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            return self.conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.IntegrityError:
            raise
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise RegistryError("registry_busy") from None
            raise _no_room(self.path, exc) or RegistryError("registry_storage_failed") from None
        except sqlite3.DatabaseError as exc:
            raise _no_room(self.path, exc) or RegistryError("registry_unreadable",
                                                            location=self.path.name) from None

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError:
            raise RegistryError("registry_storage_failed") from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    def is_empty(self) -> bool:
        return not self.execute("SELECT 1 FROM sqlite_master LIMIT 1")

    def meta_is_plain_table(self) -> bool:
        """``registry_meta`` is the table the first migration writes (not a view): reading the
        schema version from it runs no code."""
        from humas_desktop.storage.registry.migrations import MIGRATIONS

        rows = self.execute("SELECT type, sql FROM sqlite_master WHERE name = 'registry_meta'")
        return rows == [("table", MIGRATIONS[0][0])] and not self.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'registry_meta'")

    def schema_differences(self, version: int) -> list[str]:
        """Schema entries (``type:name``) that differ from what the app writes at ``version``:
        extra, missing or changed tables, indexes, triggers and views (storage.foreign_db does
        the same for event files). ``sqlite_stat*`` (an ANALYZE) holds no code and is ignored."""
        expected = _expected_schema(version)
        actual = {(str(t), str(n)): _normal(s) for t, n, s in self.execute(
            "SELECT type, name, sql FROM sqlite_master") if not str(n).startswith("sqlite_stat")}
        differing = (set(expected) ^ set(actual)) | {k for k in set(expected) & set(actual)
                                                     if expected[k] != actual[k]}
        return sorted(f"{t}:{n}" for t, n in differing)

    def enable_wal(self) -> None:
        """Several laptops on one registry file: readers never block the writer."""
        self.conn.execute("PRAGMA journal_mode = WAL")

    def table_exists(self, name: str) -> bool:
        return bool(self.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 (name,)))

    def is_unique_violation(self, exc: BaseException) -> bool:
        return isinstance(exc, sqlite3.IntegrityError)

    def close(self) -> None:
        self.conn.close()


_ROOM_BYTES = 1 << 20  # below this, a failing registry is told as a full disk


def _no_room(path: Path, exc: sqlite3.Error) -> RegistryError | None:
    """``registry_disk_full`` when a statement failed for want of space (SQLITE_FULL, or any
    failure with less than 1 MB free beside the file): never "unreadable" or "damaged"."""
    code = getattr(exc, "sqlite_errorcode", None)
    full = isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_FULL
    with suppress(OSError):
        full = full or shutil.disk_usage(path.resolve().parent).free < _ROOM_BYTES
    return RegistryError("registry_disk_full", location=path.name) if full else None


def _normal(sql: str | None) -> str | None:
    return None if sql is None else " ".join(sql.split())


@functools.lru_cache(maxsize=4)
def _expected_schema(version: int) -> dict[tuple[str, str], str | None]:
    """``{(type, name): sql}`` of a SQLite registry made by this app's first ``version``
    migrations (run on an empty in-memory database)."""
    from humas_desktop.storage.registry.migrations import MIGRATIONS

    if not 0 < version <= len(MIGRATIONS):
        return {}
    conn = sqlite3.connect(":memory:")
    try:
        for statements in MIGRATIONS[:version]:
            for sql in statements:
                conn.execute(sql.replace("{blob}", SqliteBackend.blob_type))
        return {(str(t), str(n)): _normal(s) for t, n, s in conn.execute(
            "SELECT type, name, sql FROM sqlite_master")}
    finally:
        conn.close()


class PostgresBackend(Backend):
    dialect = "postgresql"
    blob_type = "BYTEA"

    def __init__(self, url: str) -> None:
        import psycopg

        self._psycopg = psycopg
        try:
            self.conn = psycopg.connect(url, connect_timeout=10, autocommit=True)
        except psycopg.Error:
            raise RegistryError("registry_unreachable") from None
        self._tx: Any = None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            cur = self.conn.execute(sql.replace("?", "%s"), tuple(params))  # type: ignore[arg-type]
            return list(cur.fetchall()) if cur.description is not None else []
        except self._psycopg.errors.UniqueViolation:
            raise
        except self._psycopg.OperationalError:
            raise RegistryError("registry_unreachable") from None
        except self._psycopg.Error:
            # permissions, a missing schema, a database that is not ours: refused, rolled back
            raise RegistryError("registry_server_refused") from None

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        try:
            with self.conn.cursor() as cur:
                cur.executemany(sql.replace("?", "%s"), rows)  # type: ignore[arg-type]
        except self._psycopg.errors.UniqueViolation:
            raise
        except self._psycopg.OperationalError:
            raise RegistryError("registry_unreachable") from None
        except self._psycopg.Error:
            raise RegistryError("registry_server_refused") from None

    def copy_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """COPY ... FROM STDIN (the benchmark's baseline)."""
        with self.conn.cursor() as cur, cur.copy(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:  # type: ignore[arg-type]
            for row in rows:
                copy.write_row(row)

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """COPY instead of one INSERT per row (a round of 5,000 certificates took 2-3x a COPY of
        them, issue #25). All or nothing like the INSERTs: a duplicate number aborts the COPY
        with UniqueViolation, and the caller's transaction rolls back."""
        if len(rows) < 50:  # a few rows: the INSERT, without setting up a COPY
            super().insert_rows(table, columns, rows)
            return
        try:
            self.copy_rows(table, columns, rows)
        except self._psycopg.errors.UniqueViolation:
            raise
        except self._psycopg.OperationalError:
            raise RegistryError("registry_unreachable") from None
        except self._psycopg.Error:
            raise RegistryError("registry_server_refused") from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            with self.conn.transaction():
                yield
        except self._psycopg.errors.UniqueViolation:
            raise
        except self._psycopg.OperationalError:
            raise RegistryError("registry_unreachable") from None
        except self._psycopg.Error:
            raise RegistryError("registry_server_refused") from None

    def table_exists(self, name: str) -> bool:
        return bool(self.execute("SELECT to_regclass(?)", (name,))[0][0])

    def is_unique_violation(self, exc: BaseException) -> bool:
        return isinstance(exc, self._psycopg.errors.UniqueViolation)

    def close(self) -> None:
        self.conn.close()


def connect(location: str, *, create: bool = False) -> Backend:
    if is_server_url(location):
        return PostgresBackend(location)
    path = Path(location)
    if path.suffix.lower() == EVENT_SUFFIX:
        # An event file has one owner in the process (storage/header.py); never a registry.
        raise RegistryError("registry_unreadable", location=path.name)
    return SqliteBackend(path, create=create)
