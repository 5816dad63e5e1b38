"""Open, create and migrate an event file (one SQLite file per event)."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from humas_desktop import paths
from humas_desktop.domain.errors import DomainError, EventFileError
from humas_desktop.paths import backups_dir, running_data_dir
from humas_desktop.storage import audit, header, held_journal, wal_proof
from humas_desktop.storage.backup import take_backup
from humas_desktop.storage.header import APPLICATION_ID, SQLITE_HEADER, inspect_header
from humas_desktop.storage.schema import MIGRATIONS, SCHEMA_VERSION

_log = logging.getLogger(__name__)

__all__ = ["APPLICATION_ID", "SQLITE_HEADER", "EventDB", "inspect_header", "migrate", "now_iso",
           "open_event"]


def now_iso() -> str:
    """UTC timestamp with milliseconds, the one format every row uses."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class EventDB:
    """An open event file: the SQLite connection plus who is writing (device, actor).

    ``db`` (a sqlite-utils Database) is created on first use: importing sqlite-utils costs about
    60 ms, which the start-up path does not need.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, device_id: str, actor: str,
                 held: tuple[int, int] | None = None) -> None:
        self.conn = conn
        self.path = path
        self.device_id = device_id
        self.actor = actor
        self._db: sqlite_utils.Database | None = None
        self._held = held  # this connection's entry in storage.header's registry
        self.closed = False
        # Set when the open file failed its full check: every write is refused (a domain code).
        self.refused_writes: str | None = None
        # Set while the file is checked after the window showed (storage.held_journal): writes
        # go into one long transaction and the journal, the file takes them only after the check.
        self.holding: held_journal.Journal | None = None
        self._holding_depth = 0
        self._captured: list[str] = []

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    def refuse_writes(self, code: str) -> None:
        """Write nothing from now on: ``atomic`` raises DomainError(code) and SQLite itself
        refuses any statement that writes (``query_only``), whatever path it comes by."""
        self.refused_writes = code
        self.conn.execute("PRAGMA query_only = ON")

    def allow_writes(self, code: str) -> bool:
        """Lift a refusal made with ``code`` (and only that one): the full check of a file opened
        before it was verified has passed. A refusal for another reason (the file failed its
        check) stays. True when writes are allowed again."""
        if self.refused_writes != code:
            return False
        self.refused_writes = None
        self.conn.execute("PRAGMA query_only = OFF")
        return True

    def begin_hold(self) -> None:
        """Begin the long transaction writes are held in (a journal left by an earlier session
        is replayed into it next, then :meth:`hold_writes`)."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")

    def rollback_hold(self) -> None:
        """Undo what the long transaction holds (a journal that could not be replayed)."""
        self.holding = None
        with contextlib.suppress(sqlite3.Error):
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def hold_writes(self, journal: held_journal.Journal) -> None:
        """From now on every write goes into the long transaction (:meth:`begin_hold`) and into
        ``journal``; the file takes them only at :meth:`accept_held` (see storage.held_journal)."""
        self.begin_hold()
        self.holding = journal

    def accept_held(self) -> None:
        """The check passed: commit the long transaction (fsync'd like any commit), then remove
        the journal. A commit that fails leaves the journal for the next open to replay."""
        journal, self.holding = self.holding, None
        if journal is None:
            return
        try:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
            raise
        journal.remove()

    def drop_held(self) -> Path | None:
        """The check failed: roll the long transaction back (the file took nothing) and set the
        journal aside; returns where it went."""
        journal, self.holding = self.holding, None
        if journal is None:
            return None
        with contextlib.suppress(sqlite3.Error):
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        try:
            return journal.set_aside()
        except OSError:
            return journal.path

    def _capture(self, statement: str) -> None:
        self._captured.append(statement)

    @contextlib.contextmanager
    def _holding_block(self) -> Iterator[sqlite3.Connection]:
        """``atomic`` while writes are held: a savepoint inside the long transaction; the
        outermost block's statements are appended to the journal (fsync'd) before it is released,
        so a block is either in both the transaction and the journal, or in neither."""
        conn = self.conn
        journal = self.holding
        assert journal is not None
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
        outer = self._holding_depth == 0
        with _savepoint(conn):
            if outer:
                self._captured = []
                conn.set_trace_callback(self._capture)
            self._holding_depth += 1
            try:
                yield conn
            finally:
                self._holding_depth -= 1
                if outer:
                    conn.set_trace_callback(None)
            if outer:
                recorded = [s for s in self._captured if held_journal.is_recorded(s)]
                self._captured = []
                if recorded:
                    seq, head = audit.head(conn)
                    try:
                        journal.append(recorded, seq, head)
                    except OSError as exc:
                        raise EventFileError("held_write_failed", detail=str(exc)) from exc

    @contextlib.contextmanager
    def large_write(self, cache_kib: int = 32 * 1024) -> Iterator[None]:
        """A page cache big enough for a bulk insert (a 10,000-row roster): with SQLite's default
        ~2 MB the transaction's dirty pages spill into the WAL before the commit. Durability is
        unchanged (the same transaction, synchronous=FULL); the cache is put back afterwards."""
        old = int(self.conn.execute("PRAGMA cache_size").fetchone()[0])
        self.conn.execute(f"PRAGMA cache_size = {-int(cache_kib)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {old}")

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One short transaction: committed on exit, rolled back whole on any exception
        (GeneratorExit included, so a cancelled job leaves nothing half-written).

        Nested calls become savepoints, the same semantics as sqlite-utils' ``atomic``.
        """
        if self.refused_writes is not None:
            raise DomainError(self.refused_writes)
        if self.holding is not None:
            with self._holding_block() as conn:
                yield conn
            return
        conn = self.conn
        if conn.in_transaction:
            with _savepoint(conn):
                yield conn
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.atomic():
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Close the connection; the last one of this process also checkpoints and truncates the WAL.

        Idempotent. The registry entry is released only after the connection is closed, so no
        raw read can slip in while SQLite still holds locks on the file.
        """
        if self.closed:
            return
        if self.holding is not None:  # the check did not pass yet: the file takes nothing; the
            self.holding = None  # journal stays for the next open to replay
            with contextlib.suppress(sqlite3.Error):
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
        self.closed = True
        last = self._held is None or header.held_count(self.path) <= 1
        if last:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            self.conn.close()
        finally:
            header.release(self._held)
            self._held = None

    def discard(self) -> None:
        """Close without checkpointing (a refused file is never written to)."""
        if self.closed:
            return
        self.closed = True
        try:
            with contextlib.suppress(sqlite3.Error):
                self.conn.close()
        finally:
            header.release(self._held)
            self._held = None

    def __enter__(self) -> EventDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A nested unit of work inside the open transaction: released on success, rolled back
    alone on any exception (GeneratorExit included)."""
    name = f"sp_{secrets.token_hex(8)}"
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
            conn.execute(f"RELEASE SAVEPOINT {name}")
        raise
    else:
        conn.execute(f"RELEASE SAVEPOINT {name}")


def _apply_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 5000")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise EventFileError("cannot_use_wal", mode=mode)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")


def on_read_only_media(path: Path) -> bool:
    """True when the event file cannot be written where it is: a read-only mount, a
    write-protected stick, a folder or file without write permission. Such a file is not
    damaged; it must be copied to the laptop first."""
    folder = Path(path).resolve().parent
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        try:
            if statvfs(folder).f_flag & os.ST_RDONLY:
                return True
        except OSError:
            pass
    return not (os.access(folder, os.W_OK) and os.access(path, os.W_OK))


@contextlib.contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: every query inside sees the same committed state, whatever other
    connections commit meanwhile (a check that reads the log and then the tables needs that)."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN DEFERRED")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the snapshot now
        yield
    finally:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")


# Below this much free space an open that fails is told as a full disk, not a damaged file:
# SQLite needs room for the -shm (32 KiB) and the first WAL frames before it reads anything.
_ROOM_BYTES = 1 << 20


def _no_room(path: Path, exc: BaseException | None = None) -> EventFileError | None:
    """``disk_full_open`` when the open failed for want of space (SQLITE_FULL, or any failure
    with less than :data:`_ROOM_BYTES` free beside the file), else None. The message says how
    much to free: room for the WAL and for a backup of the file."""
    full = False
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        full = isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_FULL
    try:
        free = shutil.disk_usage(Path(path).resolve().parent).free
        size = Path(path).stat().st_size
    except OSError:
        return EventFileError("disk_full_open", path=Path(path).name, need_mb=1) if full else None
    if not full and free >= _ROOM_BYTES:
        return None
    need_mb = max(1, -(-(2 * size + _ROOM_BYTES) // (1 << 20)))
    return EventFileError("disk_full_open", path=Path(path).name, need_mb=need_mb)


def _wal_beside(path: Path) -> Path | None:
    wal = path.with_name(path.name + "-wal")
    try:
        if header.is_held(path) or not wal.is_file() or wal.stat().st_size == 0:
            return None
    except OSError:
        return None
    return wal


def _judge(path: Path) -> str:
    with paths.work_files(running_data_dir(), "walcheck-") as folder:
        return wal_proof.judge(path, folder, SCHEMA_VERSION)


# The last WAL found whole (file and WAL identity, size, modification time): the start-up check and the
# open that follows it in this process look at the same WAL once, not twice (a whole-file
# quick_check each). Any write to either file changes the key, and the WAL is looked at again.
_WAL_OK: set[tuple[object, ...]] = set()


def _wal_seen(path: Path, wal: Path) -> tuple[object, ...]:
    main, log = path.stat(), wal.stat()
    # Not the change time: SQLite (running as root) chowns the WAL when it opens it to read.
    return (str(path.resolve()), main.st_ino, main.st_size, main.st_mtime_ns, log.st_ino,
            log.st_size, log.st_mtime_ns)


def wal_state(path: Path) -> str:
    """``"ok"``, ``"foreign"`` or ``"damaged"``: whether a ``-wal`` beside an event file no
    connection of this process holds can be applied to it (read-only: nothing is changed).

    SQLite applies a ``-wal`` on open when its own checksums match, whichever database wrote it.
    A WAL some process has open is live and belongs; any other must prove on a private copy
    that it extends this file (storage.wal_proof). ``"foreign"``: it does not, and the main file
    alone is whole; ``"damaged"``: the main file alone is not whole.
    """
    path = Path(path)
    with header.registry_lock():  # no connection of this process is made meanwhile
        if _wal_beside(path) is None:
            return "ok"
        with header.nobody_connected(path) as alone:
            return _judged(path) if alone else "ok"


def _judged(path: Path) -> str:
    """:func:`_judge`, once per WAL: a verdict "ok" is remembered for that exact WAL on that
    exact file, so the start-up check and the open that follows look at it once (#25)."""
    try:
        seen = _wal_seen(path, path.with_name(path.name + "-wal"))
    except OSError:
        return _judge(path)
    if seen in _WAL_OK:
        return "ok"
    state = _judge(path)
    if state == "ok":
        _WAL_OK.clear()
        _WAL_OK.add(seen)
    return state


def set_aside_foreign_wal(path: Path) -> Path | None:
    """Judge the ``-wal`` beside ``path`` and, when it does not belong, rename it to
    ``<name>-wal.bukan-milik-<time>`` (kept, never deleted; the event file is not touched).
    Returns the new path, or None when there was nothing to set aside. Raises ``damaged`` when
    the event file itself is not whole."""
    path = Path(path)
    with header.registry_lock(), contextlib.ExitStack() as stack:
        if _wal_beside(path) is None:
            return None
        alone = stack.enter_context(header.nobody_connected(path))
        if not alone:
            return None
        state = _judged(path)
        if state == "damaged":
            raise _no_room(path) or EventFileError("damaged", path=path.name)
        if state == "ok":
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        wal = path.with_name(path.name + "-wal")
        target = wal.with_name(f"{wal.name}.bukan-milik-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = wal.with_name(f"{wal.name}.bukan-milik-{stamp}-{n}")
        os.replace(wal, target)
        _log.warning("a -wal that does not belong to an event file was set aside as %s",
                     target.name)
        return target


def _backup_before_migration(conn: sqlite3.Connection, path: Path, from_version: int) -> Path:
    """A verified copy (storage.backup) in the event's backups folder, found by 'Pulihkan'."""
    # In the running app's data folder, whatever folder the event file is in.
    folder = backups_dir(running_data_dir()) / path.stem
    return take_backup(conn, folder, path.stem, "before-migration")


def migrate(db: sqlite_utils.Database, path: Path | None = None) -> Path | None:
    """Apply pending migrations, each in its own transaction; back the file up first."""
    current = int(db.execute("PRAGMA user_version").fetchone()[0])
    if current == SCHEMA_VERSION:
        return None
    if current > SCHEMA_VERSION:
        raise EventFileError("too_new", version=current, supported=SCHEMA_VERSION)
    backup = None
    if 0 < current < SCHEMA_VERSION and path is not None:
        backup = _backup_before_migration(db.conn, path, current)
    for index in range(current, SCHEMA_VERSION):
        with db.atomic():
            MIGRATIONS[index].apply(db)
            db.execute(f"PRAGMA user_version = {index + 1}")
    return backup


def open_event(
    path: Path | str,
    *,
    create: bool = False,
    device_id: str = "",
    actor: str = "coordinator",
    read_only: bool = False,
) -> EventDB:
    """Open (or create) an event file; refuse foreign, too new, truncated or damaged files.

    A refused file is never written to: all checks run before any pragma or migration.
    """
    path = Path(path)
    fresh = create and (not path.exists() or path.stat().st_size == 0)
    if fresh:
        header.create_private(path)
    read_only_media = False
    if not fresh:
        _app_id, version = inspect_header(path)
        if version > SCHEMA_VERSION:
            raise EventFileError("too_new", version=version, supported=SCHEMA_VERSION)
        read_only_media = on_read_only_media(path)
        if read_only_media and not read_only:
            raise EventFileError("read_only_event", path=path.name)
        wal = path.with_name(path.name + "-wal")
        if read_only_media and wal.is_file() and wal.stat().st_size:
            raise EventFileError("read_only_event", path=path.name)  # its WAL cannot be read there
        if not read_only:
            # Never fold a WAL that does not belong into the file: it is set aside, said once.
            moved = set_aside_foreign_wal(path)
            if moved is not None:
                raise EventFileError("foreign_wal_set_aside", path=path.name, moved=moved.name)
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "")
    if read_only and not fresh and read_only_media:
        uri += "&immutable=1"  # nothing can change it there, and no -shm can be made beside it
    # Registered before connecting, under the lock raw header reads take: from here on nobody in
    # this process reads the file with open() (storage.header).
    with header.registry_lock():
        held = header.hold(path)
        try:
            # Autocommit mode: no implicit transactions; every write goes through ``atomic()``.
            conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        except sqlite3.Error as exc:
            header.release(held)
            raise _no_room(path, exc) or EventFileError("damaged", path=path.name,
                                                        detail=str(exc)) from exc
    edb = EventDB(conn, path, device_id=device_id, actor=actor, held=held)
    try:
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        else:
            _apply_pragmas(conn)
        if fresh:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not read_only and int(conn.execute("PRAGMA user_version").fetchone()[0]) != SCHEMA_VERSION:
            migrate(edb.db, path)
        elif int(conn.execute("PRAGMA user_version").fetchone()[0]) < SCHEMA_VERSION:
            raise EventFileError("needs_migration", path=path.name)
    except (sqlite3.DatabaseError, UnicodeError) as exc:  # a damaged schema may not even decode
        edb.discard()
        raise _no_room(path, exc) or EventFileError("damaged", path=path.name,
                                                    detail=type(exc).__name__) from exc
    except BaseException:
        edb.discard()
        raise
    if held is None:  # a file created just now: register it under its inode
        edb._held = header.hold(path)
    if not read_only:
        _keep_private(path)
    return edb


def _keep_private(path: Path) -> None:
    """An event file in the data folder (and its -wal/-shm) is owner-only (paths.make_private);
    one the user keeps elsewhere keeps the mode the user gave it."""
    try:
        inside = path.resolve().is_relative_to(running_data_dir().resolve())
    except (OSError, ValueError):
        return
    if inside:
        for name in (path.name, path.name + "-wal", path.name + "-shm"):
            paths.private_file(path.with_name(name))
