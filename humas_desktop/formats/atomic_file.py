"""Write a file so that its final name only ever holds a complete file (temp → fsync → rename)."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import threading
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


# Fault injection for tests of OS errors (tests/services/test_export_os_errors.py, tests/cli):
# "ENOSPC:N" lets the first N atomic writes of this process (counted from when the value was
# set) complete and makes every later one fail with that errno, as a disk that filled up, a
# stick made read-only or pulled, or a removed folder does; "ENOSPC:bytes=N" fails the first
# write that would take the temp files written past N bytes. The temp file is removed as after
# a real failure. Works in-process (monkeypatch.setenv) and for a CLI subprocess (env); root
# ignores chmod, so CI injects the errno instead of provoking it.
ERRNO_FAULT_ENV = "HUMAS_FAULT_ATOMIC_ERRNO"
_errno_fault: dict[str, object] = {"spec": None, "files": 0, "bytes": 0}


def _errno_fault_point(tmp: Path) -> None:
    spec = os.environ.get(ERRNO_FAULT_ENV) or None
    if spec != _errno_fault["spec"]:
        _errno_fault.update(spec=spec, files=0, bytes=0)
    if spec is None:
        return
    name, _, limit = spec.partition(":")
    number = getattr(errno, name.strip().upper(), None)
    if not isinstance(number, int):
        raise ValueError(f"{ERRNO_FAULT_ENV}: unknown errno {name!r}")
    size = tmp.stat().st_size if tmp.exists() else 0
    files, written = int(_errno_fault["files"]), int(_errno_fault["bytes"])  # type: ignore[call-overload]
    if limit.startswith("bytes="):
        failing = written + size > int(limit[len("bytes="):])
    else:
        failing = files >= int(limit or 0)
    if failing:
        raise OSError(number, os.strerror(number), str(tmp))
    _errno_fault.update(files=files + 1, bytes=written + size)


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


def _record(final: Path) -> None:
    for done in getattr(_recorders, "stack", ()):
        done.append(final)


def temp_name(path: Path) -> Path:
    """A hidden sibling keeping the real suffix (writers such as openpyxl look at it)."""
    return path.with_name(f".{path.stem}{PARTIAL_MARK}{secrets.token_hex(4)}{path.suffix}")


def final_name(name: str) -> str:
    """The final name a temp file (:func:`temp_name`) stands for; other names unchanged."""
    if name.startswith(".") and PARTIAL_MARK in name:
        stem, _, rest = name[1:].rpartition(PARTIAL_MARK)
        return stem + rest[8:]  # 8 hex digits, then the suffix
    return name


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
        _errno_fault_point(tmp)
        with tmp.open("rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        fsync_dir(final.parent)
        _record(final)
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
