"""Write a file so that its final name only ever holds a complete file (temp → fsync → rename)."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from humas_desktop.durable import fsync_dir

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


def temp_name(path: Path) -> Path:
    """A hidden sibling keeping the real suffix (writers such as openpyxl look at it)."""
    return path.with_name(f".{path.stem}{PARTIAL_MARK}{secrets.token_hex(4)}{path.suffix}")


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
        with tmp.open("rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        fsync_dir(final.parent)
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
