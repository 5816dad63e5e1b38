"""Verified event-file backups: take (backup API, quick_check, fsync, rename), list, rotate, restore.

Every backup says which event it belongs to: a small sidecar names the event's id
(storage.backup_identity), so purge finds every copy of an event by its id, without opening any
database and whatever the files are called. A copy without its sidecar (renamed, older) is
identified by the id in its own ``event`` table (:func:`event_id_of`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from reprlib import recursive_repr
from typing import Any

from humas_desktop.domain import dictionary
from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import FACTORY
from humas_desktop.durable import errno_fault_point, fsync_dir, fsync_file
from humas_desktop.paths import private_dir, private_file
from humas_desktop.storage import header
from humas_desktop.storage.backup_identity import identity_path, read_identity, write_identity
from humas_desktop.storage.foreign_db import check_foreign
from humas_desktop.storage.header import APPLICATION_ID, inspect_header

BACKUP_SUFFIX = ".humasbak"
# Why a copy was taken; a closed event's last copy is kept for good.
REASONS = ("auto", "close", "manual", "closed-event", "before-import", "before-merge",
           "before-migration", "before-purge", "before-restore", "self-test")
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}T\d{6}\d{6})Z\.(?P<reason>[a-z-]+)"
                   + re.escape(BACKUP_SUFFIX) + "$")
_STAMP = "%Y%m%dT%H%M%S%f"
# What a backup's summary counts: the data dictionary's audited tables and the log.
COUNTED_TABLES = (*dictionary.audited_tables(), "audit")


class BackupError(DomainError):
    """A backup could not be taken, verified or restored; nothing was replaced."""


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    counts: dict[str, int] = field(default_factory=dict)
    audit_seq: int = 0
    ok: bool = True  # False when the copy no longer opens or fails quick_check

    def __init__(self, path: Path, taken_at: datetime, reason: str, counts: dict[str, int] = FACTORY,
                 audit_seq: int = 0, ok: bool = True) -> None:
        _set = object.__setattr__  # frozen: as @dataclass(frozen=True) sets them
        _set(self, "path", path)
        _set(self, "taken_at", taken_at)
        _set(self, "reason", reason)
        _set(self, "counts", dict() if counts is FACTORY else counts)
        _set(self, "audit_seq", audit_seq)
        _set(self, "ok", ok)

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(path={self.path!r}, taken_at={self.taken_at!r}, "
                f"reason={self.reason!r}, counts={self.counts!r}, audit_seq={self.audit_seq!r}, "
                f"ok={self.ok!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.path, self.taken_at, self.reason, self.counts, self.audit_seq, self.ok)
        theirs = (other.path, other.taken_at, other.reason, other.counts, other.audit_seq, other.ok)
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self.path, self.taken_at, self.reason, self.counts, self.audit_seq, self.ok))

    @property
    def day(self) -> str:
        return self.taken_at.strftime("%Y-%m-%d")


def quick_check(conn: sqlite3.Connection) -> str:
    """'ok' or the first problem SQLite reports."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    return "ok" if rows == [("ok",)] else str(rows[0][0])[:200]


def _open_source(
    source: sqlite3.Connection | Path,
) -> tuple[sqlite3.Connection, tuple[int, int] | None, bool]:
    if isinstance(source, sqlite3.Connection):
        return source, None, False
    inspect_header(source)
    with header.registry_lock():
        held = header.hold(Path(source))
        conn = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn, held, True


def _copy_verified(source: sqlite3.Connection, target_tmp: Path, journal: str) -> str | None:
    """Backup API into ``target_tmp``, quick_check it, fsync it; the copy's event id (``None``
    when it has none). Raises BackupError."""
    dest = sqlite3.connect(str(target_tmp), isolation_level=None)
    try:
        source.backup(dest)
        # A backup is one self-contained file; a live event file runs in WAL mode again.
        dest.execute(f"PRAGMA journal_mode = {journal}")
        problem = quick_check(dest)
        if problem != "ok":
            raise BackupError("backup_unverified", detail=problem)
        app_id = int(dest.execute("PRAGMA application_id").fetchone()[0])
        if app_id != APPLICATION_ID:
            raise BackupError("backup_unverified", detail="application_id")
        event_id = _event_id(dest)
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        # SQLite's code name (SQLITE_FULL), never its English text: the detail reaches a person.
        # (A damaged file can make SQLite's own message undecodable: UnicodeDecodeError.)
        raise BackupError("backup_failed",
                          detail=getattr(exc, "sqlite_errorname", None) or type(exc).__name__) from exc
    finally:
        dest.close()
    fsync_file(target_tmp)
    return event_id


def _event_id(conn: sqlite3.Connection) -> str | None:
    """The id in a database's ``event`` table, if it is a table and holds one."""
    kind = conn.execute("SELECT type FROM sqlite_master WHERE name = 'event'").fetchone()
    if kind is None or kind[0] != "table":
        return None
    row = conn.execute("SELECT id FROM event LIMIT 1").fetchone()
    return str(row[0]) if row and row[0] else None


def event_id_of(path: Path) -> str | None:
    """Which event a file holds: its sidecar's id, else the id in the file itself when it is one
    of our databases (header checked first, opened read-only and immutable, only its ``event``
    table read). ``None`` when neither says."""
    named = read_identity(identity_path(path))
    if named is not None:
        return named
    try:
        inspect_header(path)  # ours, whole, a regular file (raw only while nobody holds it)
        with header.registry_lock():
            held = header.hold(path)
            # immutable: nothing is created beside the file (no -shm) and no lock is taken.
            conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    except (DomainError, OSError, sqlite3.Error):
        return None
    try:
        steps = [0]

        def budget() -> int:  # a hostile schema cannot keep the search busy
            steps[0] += 1
            return 1 if steps[0] > 10_000 else 0

        conn.set_progress_handler(budget, 1000)
        return _event_id(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()
        header.release(held)


def backup_name(stem: str, reason: str, when: datetime | None = None) -> str:
    when = when or datetime.now(UTC)
    return f"{stem}.{when.strftime(_STAMP)}Z.{reason}{BACKUP_SUFFIX}"


def take_backup(source: sqlite3.Connection | Path, folder: Path, stem: str, reason: str = "auto",
                when: datetime | None = None) -> Path:
    """Copy an event file (a live connection or a path) into ``folder``; returns the new file.

    The copy appears under its final name only after it passed ``quick_check`` and was fsynced.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    private_dir(folder)  # owner-only, whatever the umask (paths.make_private)
    final = folder / backup_name(stem, reason, when)
    # The pid in the name lets the next start remove what a killed process left (paths.clean_work_dirs).
    tmp = folder / f".{final.name}.p{os.getpid()}.{secrets.token_hex(4)}.tmp"
    conn, held, owned = _open_source(source)
    try:
        event_id = _copy_verified(conn, tmp, "DELETE")
        private_file(tmp)
        errno_fault_point(tmp)  # tests: an OS error with a chosen errno (humas_desktop.durable)
        os.replace(tmp, final)
        if event_id is not None:
            # Which event this copy is (purge finds it by this id). Without it (a full disk) the
            # copy still names its event in its own event table: the backup stands.
            with contextlib.suppress(OSError):
                write_identity(final, event_id)
        fsync_dir(folder)
    except OSError as exc:
        # The errno's name (ENOSPC), never the OS's English strerror: the detail reaches a person.
        raise BackupError("backup_failed",
                          detail=errno.errorcode.get(exc.errno or 0) or type(exc).__name__) from exc
    finally:
        if owned:
            conn.close()
            header.release(held)
        with contextlib.suppress(OSError):
            tmp.unlink()
    return final


def parse_name(path: Path) -> tuple[str, datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    return match["stem"], taken, match["reason"]


def describe(path: Path) -> BackupInfo:
    """Time, reason and counts of one backup file; ``ok=False`` if it no longer verifies."""
    parsed = parse_name(path)
    if parsed is None:
        raise ValueError(f"not a backup file name: {path.name}")
    _stem, taken, reason = parsed
    try:
        inspect_header(path)
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except (DomainError, sqlite3.Error, OSError):
        return BackupInfo(path, taken, reason, ok=False)
    try:
        counts = read_counts(conn)
        ok = quick_check(conn) == "ok"
        return BackupInfo(path, taken, reason, counts, counts.get("audit_seq", 0), ok)
    except sqlite3.Error:
        return BackupInfo(path, taken, reason, ok=False)
    finally:
        conn.close()


def read_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts of the tables a person cares about, plus the last audit sequence number."""
    counts: dict[str, int] = {}
    for table in COUNTED_TABLES:
        counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    row = conn.execute("SELECT max(seq) FROM audit").fetchone()
    counts["audit_seq"] = int(row[0] or 0)
    return counts


def list_backups(folder: Path, stem: str | None = None, verify: bool = True) -> list[BackupInfo]:
    """Backups in ``folder`` (of one event when ``stem`` is given), newest first."""
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.iterdir():
        parsed = parse_name(path)
        if parsed is None or (stem is not None and parsed[0] != stem):
            continue
        found.append(describe(path) if verify else BackupInfo(path, parsed[1], parsed[2]))
    found.sort(key=lambda info: info.taken_at, reverse=True)
    return found


def select_kept(backups: Iterable[BackupInfo], recent: int = 10, days: int = 30,
                now: datetime | None = None) -> set[Path]:
    """Which backups rotation keeps: the newest ``recent``, the newest of each of the last
    ``days`` days, the newest copy taken when the event was closed, and the newest three of each
    'before-…' reason (the copy to go back to after a bad import or merge)."""
    now = now or datetime.now(UTC)
    ordered = sorted(backups, key=lambda info: info.taken_at, reverse=True)
    kept = {info.path for info in ordered[:recent]}
    days_seen: set[str] = set()
    per_reason: dict[str, int] = {}
    closed_kept = False
    for info in ordered:
        if info.day not in days_seen and info.taken_at >= now - timedelta(days=days):
            days_seen.add(info.day)
            kept.add(info.path)
        if info.reason == "closed-event" and not closed_kept:
            closed_kept = True
            kept.add(info.path)
        if info.reason.startswith("before-") and per_reason.get(info.reason, 0) < 3:
            per_reason[info.reason] = per_reason.get(info.reason, 0) + 1
            kept.add(info.path)
    return kept


def rotate(folder: Path, stem: str, recent: int = 10, days: int = 30,
           now: datetime | None = None) -> list[Path]:
    """Delete the backups rotation no longer keeps; returns what was deleted."""
    backups = list_backups(folder, stem, verify=False)
    kept = select_kept(backups, recent, days, now)
    removed: list[Path] = []
    for info in backups:
        if info.path not in kept:
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
                removed.append(info.path)
            with contextlib.suppress(FileNotFoundError):
                identity_path(info.path).unlink()
    return removed


def newest_verified(folder: Path, stem: str) -> BackupInfo | None:
    for info in list_backups(folder, stem, verify=True):
        if info.ok:
            return info
    return None


def set_aside(path: Path, suffix: str) -> Path:
    """Move an event file (and its WAL, which belongs to it) to ``<name><suffix>``; never deletes.

    Returns the new path; a number is added when that name is taken.
    """
    aside = path.with_name(path.name + suffix)
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}{suffix}{counter}")
    wal = path.with_name(path.name + "-wal")
    if path.exists():
        os.replace(path, aside)
    if wal.exists():
        os.replace(wal, aside.with_name(aside.name + "-wal"))
    with contextlib.suppress(FileNotFoundError):
        path.with_name(path.name + "-shm").unlink()
    fsync_dir(path.parent)
    return aside


def restore(backup: Path, target: Path, aside_suffix: str = ".before-restore") -> Path | None:
    """Put ``backup`` in place of ``target`` (which must be closed); returns where the replaced
    file was kept (``None`` if there was none).

    The copy is built and verified under a temporary name first, so a failure leaves ``target``
    untouched.
    """
    inspect_header(backup)
    check_foreign(backup, max_bytes=1 << 40, max_rows=None, budget_s=60.0)  # a file from outside: data only
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.restore")
    src = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        problem = quick_check(src)
        if problem != "ok":
            raise BackupError("backup_unverified", detail=problem)
        _copy_verified(src, tmp, "WAL")
    except sqlite3.Error as exc:
        raise BackupError("backup_unverified", detail=type(exc).__name__) from exc
    finally:
        src.close()
    try:
        aside = set_aside(target, aside_suffix) if target.exists() else None
        for extra in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                tmp.with_name(tmp.name + extra).unlink()
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return aside


def copy_connection(conn: sqlite3.Connection, target: Path) -> None:
    """Copy an open database (WAL content included) into a new rollback-journal file."""
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
