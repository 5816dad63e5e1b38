"""The one place that reads an event file's bytes, and the registry of event files this process holds.

POSIX advisory locks belong to the process, not to the descriptor: closing *any* descriptor of a
file drops every lock the process holds on it (SQLite "How To Corrupt Your Database" §2.2). A plain
``open(path).read(100)`` of an event file while a connection to it is open lets another process
believe it is the last user; it then checkpoints and deletes ``-wal``/``-shm`` and this process
keeps writing into a deleted WAL. So:

* every SQLite connection to an event file is registered here (``hold``/``release``, keyed by the
  file's device and inode, so a relative path, a symlink or a second spelling is the same file);
* while a file is held, its header is read through SQLite itself (``PRAGMA application_id`` and
  ``user_version`` on a second connection, which SQLite makes safe by sharing its lock state per
  inode), never with ``open()``;
* only before the first connection is the raw 100-byte header read, and only here.

A test (tests/storage/test_one_owner.py) checks that no other module calls ``open(`` on an event path.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

from humas_desktop.domain.errors import EventFileError

# 'HUMA' as a big-endian 32-bit integer: marks the file as ours (PRAGMA application_id).
APPLICATION_ID = 0x48554D41
SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100

# Re-entrant: a raw header read and the registration of a first connection never interleave.
_lock = threading.RLock()
_held: dict[tuple[int, int], int] = {}


def _key(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def registry_lock() -> threading.RLock:
    """Held while a first connection is made, so no raw header read interleaves with it."""
    return _lock


def hold(path: Path) -> tuple[int, int] | None:
    """Record that a connection to ``path`` is open in this process; returns the key to release."""
    key = _key(path)
    if key is not None:
        with _lock:
            _held[key] = _held.get(key, 0) + 1
    return key


def release(key: tuple[int, int] | None) -> int:
    """Forget one connection; returns how many connections to that file remain in this process."""
    if key is None:
        return 0
    with _lock:
        left = _held.get(key, 0) - 1
        if left > 0:
            _held[key] = left
        else:
            _held.pop(key, None)
            left = 0
    return left


def is_held(path: Path) -> bool:
    """True while this process has a connection to ``path`` open (raw reads are then forbidden)."""
    key = _key(path)
    with _lock:
        return key is not None and key in _held


def held_count(path: Path) -> int:
    key = _key(path)
    with _lock:
        return _held.get(key, 0) if key is not None else 0


def _stat_regular(path: Path) -> os.stat_result:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise EventFileError("missing", path=path.name) from None
    except PermissionError:
        raise EventFileError("no_permission", path=path.name) from None
    except OSError:
        raise EventFileError("missing", path=path.name) from None
    if stat.S_ISDIR(st.st_mode) or not stat.S_ISREG(st.st_mode):
        raise EventFileError("not_a_file", path=path.name)
    return st


def _read_raw_header(path: Path) -> bytes:
    try:
        # O_NONBLOCK: a FIFO swapped in after stat() must not hang the reader.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise EventFileError("missing", path=path.name) from None
    except IsADirectoryError:
        raise EventFileError("not_a_file", path=path.name) from None
    except PermissionError:
        raise EventFileError("no_permission", path=path.name) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise EventFileError("not_a_file", path=path.name)
        return os.read(fd, HEADER_SIZE)
    except OSError:
        raise EventFileError("not_an_event_file", path=path.name) from None
    finally:
        os.close(fd)


def _header_through_sqlite(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise EventFileError("damaged", path=path.name, detail=type(exc).__name__) from None
    finally:
        conn.close()
    return app_id, version


def read_magic(path: Path) -> bool:
    """Whether ``path`` starts like an SQLite file (never reads a held file raw)."""
    try:
        _stat_regular(path)
        with _lock:
            return is_held(path) or _read_raw_header(path)[:16] == SQLITE_HEADER
    except EventFileError:
        return False


def inspect_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of an event file; refuses foreign, non-SQLite, truncated files.

    Before the first connection the raw header is read (so SQLite never touches a foreign file);
    while this process holds the file, the same facts come through SQLite.
    """
    path = Path(path)
    st = _stat_regular(path)
    with _lock:  # a first connection is registered under the same lock (storage.db.open_event)
        header = None if is_held(path) else _read_raw_header(path)
    if header is None:
        application_id, user_version = _header_through_sqlite(path)
        if application_id != APPLICATION_ID:
            raise EventFileError("foreign_file", path=path.name)
        return application_id, user_version
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_HEADER):
        raise EventFileError("not_an_event_file", path=path.name)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise EventFileError("foreign_file", path=path.name)
    wal = path.with_name(path.name + "-wal")
    # A truncated main file (no WAL to fill it up) can never be valid.
    if page_count and st.st_size < page_count * page_size and not (wal.exists() and wal.stat().st_size):
        raise EventFileError("truncated", path=path.name)
    return application_id, user_version


def copy_main_file(path: Path, target: Path, limit: int) -> bool:
    """Copy the main file alone (without its ``-wal``) to ``target``; only while no connection of
    this process holds ``path``. False when it is held, not a regular file or over ``limit`` bytes."""
    with _lock:
        if is_held(path):
            return False
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return False
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
                return False
            out = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                copied = 0
                while copied < st.st_size:
                    chunk = os.read(fd, min(1 << 20, st.st_size - copied))
                    if not chunk:
                        break
                    os.write(out, chunk)
                    copied += len(chunk)
            finally:
                os.close(out)
            return True
        except OSError:
            return False
        finally:
            os.close(fd)


def _lock_byte(fd: int, exclusive: bool) -> bool:
    """Take (or drop) the lock SQLite's first connection takes on a ``-shm``'s dead-man-switch
    byte; False when another process holds it (a connection to the database is open there)."""
    if os.name == "posix":
        import fcntl

        try:
            fcntl.lockf(fd, (fcntl.LOCK_EX | fcntl.LOCK_NB) if exclusive else fcntl.LOCK_UN,
                        1, _SHM_DMS_BYTE)
        except OSError:
            return False
        return True
    import msvcrt  # Windows: SQLite locks the same byte with LockFileEx

    try:
        os.lseek(fd, _SHM_DMS_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK if exclusive else msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
    except OSError:
        return False
    return True


def _open_in_this_process(path: Path) -> bool:
    """Whether a descriptor of this process is open on ``path`` (Linux: /proc/self/fd), e.g. a
    connection nobody registered here: its locks would go with the ``-shm`` descriptor
    :func:`nobody_connected` closes, and POSIX locks of one process never conflict, so the
    lock probe cannot see it. False where the platform cannot tell."""
    key = _key(path)
    fds = Path("/proc/self/fd")
    if key is None or not fds.is_dir():
        return False
    try:
        entries = list(fds.iterdir())
    except OSError:
        return False
    for entry in entries:
        try:
            st = os.stat(entry)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) == key:
            return True
    return False


_SHM_DMS_BYTE = 128  # os_unix.c / os_win.c: (22 + 8) * 4 + 8


@contextlib.contextmanager
def nobody_connected(path: Path) -> Iterator[bool]:
    """True (and no process can connect until the block ends) when no connection to ``path`` is
    open anywhere; False when one is (its ``-wal`` is then live and belongs to it).

    Only while this process holds no connection to ``path`` (closing the descriptor drops this
    process's locks on the ``-shm``); the caller holds :func:`registry_lock`."""
    shm = path.with_name(path.name + "-shm")
    if is_held(path) or _open_in_this_process(path):
        yield False
        return
    try:
        fd = os.open(shm, os.O_RDWR | os.O_CREAT | getattr(os, "O_NONBLOCK", 0), 0o600)
    except OSError:
        yield False
        return
    try:
        free = _lock_byte(fd, exclusive=True)
        try:
            yield free
        finally:
            if free:
                _lock_byte(fd, exclusive=False)
    finally:
        os.close(fd)


def create_private(path: Path) -> None:
    """Create ``path`` empty and owner-only (0600) if it does not exist, before SQLite makes it
    with the umask's mode: SQLite gives the ``-wal`` and ``-shm`` the main file's mode."""
    with contextlib.suppress(FileExistsError):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
