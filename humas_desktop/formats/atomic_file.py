"""Write a file so that its final name only ever holds a complete file (temp → fsync → rename)."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path

from humas_desktop.durable import ERRNO_FAULT_ENV, errno_fault_point, fsync_dir

PARTIAL_MARK = ".partial-"

# Fault injection for tests (tests/formats/test_atomic_file.py): "N" or "N:K" makes the process
# die without any clean-up when the K-th atomic write of this process (default 1) has written
# its temp file, cut to its first N bytes, and not yet renamed it: what a power cut or a kill
# in the middle of a write leaves on disk. Deterministic, unlike killing at a random moment.
FAULT_ENV = "HUMAS_FAULT_ATOMIC_DIE_AFTER"
FAULT_EXIT = 86
_writes_done = 0


def _fault_point(tmp: Path) -> None:
    global _writes_done
    _writes_done += 1
    spec = os.environ.get(FAULT_ENV)
    if not spec:
        return
    size, _, nth = spec.partition(":")
    if _writes_done != int(nth or 1):
        return
    with tmp.open("rb+") as fh:
        fh.truncate(min(int(size), os.fstat(fh.fileno()).st_size))
    os._exit(FAULT_EXIT)  # no finally, no atexit: the temp file stays as a crash leaves it


# An OS error with a chosen errno after N files or bytes (ERRNO_FAULT_ENV, imported above):
# humas_desktop.durable.errno_fault_point, shared with the other atomic writers (backups, keys).
__all__ = ["ERRNO_FAULT_ENV", "FAULT_ENV", "FAULT_EXIT", "PARTIAL_MARK", "atomic_path", "atomic_write",
           "final_name", "record_written", "recording", "remove_partials", "temp_name", "write_bytes_atomic"]


# --- which files were completed (a partial export lists them) ----------------------------------
_recorders = threading.local()


@contextlib.contextmanager
def recording() -> Iterator[list[Path]]:
    """Collect the final path of every atomic write this thread completes inside the block
    (nested blocks each see them): what is on disk, whole, when a later write fails."""
    done: list[Path] = []
    stack: list[list[Path]] = getattr(_recorders, "stack", None) or []
    _recorders.stack = stack
    stack.append(done)
    try:
        yield done
    finally:
        stack.remove(done)


def record_written(final: Path) -> None:
    """Called by every atomic writer once ``final`` holds the complete file."""
    for done in getattr(_recorders, "stack", ()):
        done.append(final)


def temp_name(path: Path) -> Path:
    """A hidden sibling keeping the real suffix (writers such as openpyxl look at it)."""
    return path.with_name(f".{path.stem}{PARTIAL_MARK}{secrets.token_hex(4)}{path.suffix}")


# The temp names of the other atomic writers: ".<name>.<hex>.tmp" (encryption.write_file_atomic),
# ".<name>.p<pid>.<hex>.tmp" (storage.backup.take_backup).
_OTHER_TEMP = re.compile(r"^\.(.+?)(?:\.p\d+)?\.[0-9a-f]{8}\.tmp$")


def final_name(name: str) -> str:
    """The final name a temp file stands for (what a person knows); other names unchanged."""
    if name.startswith(".") and PARTIAL_MARK in name:
        stem, _, rest = name[1:].rpartition(PARTIAL_MARK)
        return stem + rest[8:]  # 8 hex digits, then the suffix
    other = _OTHER_TEMP.match(name)
    return other.group(1) if other else name


@contextlib.contextmanager
def atomic_write(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path in the target folder; on success it is flushed, fsynced and renamed
    over ``path`` (then the folder is fsynced). On any error — GeneratorExit from a cancelled
    export included — the temp file is removed and ``path`` keeps its previous content (or stays
    absent).

    Usage::

        with atomic_write(target) as tmp:
            workbook.save(tmp)
    """
    final = Path(path)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_name(final)
    try:
        yield tmp
        _fault_point(tmp)
        errno_fault_point(tmp)
        with tmp.open("rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        fsync_dir(final.parent)
        record_written(final)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


# The exporters' name for the same operation.
atomic_path = atomic_write


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_write(target) as tmp:
        tmp.write_bytes(data)


def remove_partials(folder: Path) -> list[Path]:
    """Delete temp files left by a write that was killed (power cut, USB pulled)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        if entry.name.startswith(".") and PARTIAL_MARK in entry.name and entry.is_file():
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed
