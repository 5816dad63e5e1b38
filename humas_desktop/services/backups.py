"""When to back up (every few minutes while changed, on close, before risky work) and restore."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from reprlib import recursive_repr
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import FACTORY
from humas_desktop.paths import backups_dir, running_data_dir
from humas_desktop.storage import backup as store
from humas_desktop.storage import queries
from humas_desktop.storage.backup import BackupError, BackupInfo
from humas_desktop.storage.db import EventDB

AUTO_INTERVAL_S = 5 * 60
RECENT = 10
DAYS = 30


def backup_folder(event_path: Path, base: Path | None = None) -> Path:
    """Backups live in the data directory (internal disk), one folder per event file."""
    if base is None:
        # Whatever folder the event file is in (a stick, a share), its backups stay in the data
        # folder of the app that runs (--data-dir included).
        base = running_data_dir()
    return backups_dir(base) / event_path.stem


def fingerprint(edb: EventDB) -> tuple[int, int, int]:
    """Changes since open on this connection, changes by others, and the audit head."""
    conn = edb.conn
    data_version = queries.data_version(conn)
    try:
        seq = queries.audit_max_seq(conn)
    except sqlite3.Error:
        seq = -1
    return conn.total_changes, data_version, seq


def backup_now(edb: EventDB, reason: str = "manual", base: Path | None = None) -> Path:
    """Take one verified backup of an open event, then rotate; raises BackupError."""
    folder = backup_folder(edb.path, base)
    # While the connection holds writes during the file's first check (storage.held_journal),
    # the file is backed up as it is, through its own connection: the held changes are not the
    # file's yet (their journal keeps them), and SQLite's backup cannot read a connection's
    # open write transaction.
    source = edb.path if edb.holding is not None else edb.conn
    path = store.take_backup(source, folder, edb.path.stem, reason)
    store.rotate(folder, edb.path.stem, RECENT, DAYS)
    return path


def backup_file(event_path: Path, reason: str = "auto", base: Path | None = None) -> Path:
    """Like ``backup_now`` but reads through its own connection: safe from a worker thread."""
    folder = backup_folder(event_path, base)
    path = store.take_backup(event_path, folder, event_path.stem, reason)
    store.rotate(folder, event_path.stem, RECENT, DAYS)
    return path


def backup_before(edb: EventDB, reason: str, base: Path | None = None) -> Path:
    """A backup to go back to before import, merge, migration or purge.

    ``reason`` is one of 'import', 'merge', 'migration', 'purge'. If the copy cannot be taken the
    risky operation must not start: the BackupError propagates to the caller.
    """
    return backup_now(edb, f"before-{reason}", base)


@dataclass(init=False, repr=False, eq=False)
class AutoBackup:
    """Backs up an open event at most every ``interval`` seconds, and only when it changed."""

    base: Path | None = None
    interval: float = AUTO_INTERVAL_S
    _last: dict[str, tuple[float, tuple[int, int, int]]] = field(default_factory=dict)

    def __init__(self, base: Path | None = None, interval: float = AUTO_INTERVAL_S,
                 _last: dict[str, tuple[float, tuple[int, int, int]]] = FACTORY) -> None:
        self.base = base
        self.interval = interval
        self._last = dict() if _last is FACTORY else _last

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(base={self.base!r}, interval={self.interval!r}, "
                f"_last={self._last!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.base, self.interval, self._last)
        theirs = (other.base, other.interval, other._last)
        return mine == theirs

    def _key(self, edb: EventDB) -> str:
        return str(edb.path.resolve())

    def mark_opened(self, edb: EventDB) -> None:
        """The state at open needs no copy; only changes after it do."""
        self._last[self._key(edb)] = (time.monotonic(), fingerprint(edb))

    def changed(self, edb: EventDB) -> bool:
        last = self._last.get(self._key(edb))
        return last is None or last[1] != fingerprint(edb)

    def due(self, edb: EventDB | None, now: float | None = None) -> bool:
        """Changed since the last copy, and the last copy is ``interval`` seconds old."""
        if edb is None:
            return False
        now = time.monotonic() if now is None else now
        last = self._last.get(self._key(edb))
        if last is not None and now - last[0] < self.interval:
            return False
        return self.changed(edb)

    def mark(self, edb: EventDB, now: float | None = None) -> None:
        """Record the state a copy (taken now, maybe in a worker) will hold."""
        self._last[self._key(edb)] = (time.monotonic() if now is None else now, fingerprint(edb))

    def tick(self, edb: EventDB | None, now: float | None = None) -> Path | None:
        """Call regularly (a timer); returns the backup taken, if one was due."""
        if edb is None or not self.due(edb, now):
            return None
        return self._take(edb, "auto", time.monotonic() if now is None else now)

    def on_close(self, edb: EventDB | None, closed_event: bool = False) -> Path | None:
        """Before the file is closed: a copy if anything changed since the last one."""
        if edb is None:
            return None
        if not closed_event and not self.changed(edb):
            return None
        return self._take(edb, "closed-event" if closed_event else "close", time.monotonic())

    def _take(self, edb: EventDB, reason: str, now: float) -> Path:
        path = backup_now(edb, reason, self.base)
        self._last[self._key(edb)] = (now, fingerprint(edb))
        return path


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class RestorePreview:
    """What the current file has that the backup lacks: shown before a restore acts."""

    backup: BackupInfo
    current: dict[str, int]
    lost: dict[str, int]  # table -> rows (or audit entries) that the restore would drop
    current_readable: bool

    def __init__(self, backup: BackupInfo, current: dict[str, int], lost: dict[str, int],
                 current_readable: bool) -> None:
        _set = object.__setattr__  # frozen: as @dataclass(frozen=True) sets them
        _set(self, "backup", backup)
        _set(self, "current", current)
        _set(self, "lost", lost)
        _set(self, "current_readable", current_readable)

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(backup={self.backup!r}, current={self.current!r}, "
                f"lost={self.lost!r}, current_readable={self.current_readable!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.backup, self.current, self.lost, self.current_readable)
        theirs = (other.backup, other.current, other.lost, other.current_readable)
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self.backup, self.current, self.lost, self.current_readable))

    @property
    def loses_anything(self) -> bool:
        return any(v > 0 for v in self.lost.values())


def list_event_backups(event_path: Path, base: Path | None = None) -> list[BackupInfo]:
    return store.list_backups(backup_folder(event_path, base), event_path.stem)


def preview_restore(event_path: Path, backup: BackupInfo) -> RestorePreview:
    current: dict[str, int] = {}
    readable = True
    try:
        conn = sqlite3.connect(event_path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            current = store.read_counts(conn)
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        readable = False
    lost = {key: max(0, current.get(key, 0) - backup.counts.get(key, 0))
            for key in (*store.COUNTED_TABLES, "audit_seq")}
    lost["audit"] = max(lost.pop("audit"), lost.pop("audit_seq"))
    return RestorePreview(backup, current, lost, readable)


def restore_backup(event_path: Path, backup: BackupInfo, base: Path | None = None,
                   aside_suffix: str = ".before-restore") -> Path | None:
    """Replace the (closed) event file by ``backup``. The current file is first copied into the
    backups (if it still opens) and always kept aside next to itself; returns that aside path."""
    if not backup.ok:
        raise BackupError("backup_unverified", detail="quick_check")
    if event_path.exists():
        # A damaged current file cannot be copied; it is still kept aside by restore().
        with contextlib.suppress(DomainError, sqlite3.Error, OSError):
            store.take_backup(event_path, backup_folder(event_path, base), event_path.stem,
                              "before-restore")
    return store.restore(backup.path, event_path, aside_suffix)
