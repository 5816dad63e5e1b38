"""Write a file so that its final name only ever holds a complete file (temp → fsync → rename)."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
__all__ = ["ERRNO_FAULT_ENV", "FAULT_ENV", "FAULT_EXIT", "PARTIAL_MARK", "AtomicBatch", "atomic_path",
           "atomic_write",
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
        # By identity: a nested block's list can equal this one (both empty, or the same files).
        stack[:] = [other for other in stack if other is not done]


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
            save_workbook(workbook, tmp)
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

_SCRATCH_LOCK = threading.Lock()


def save_workbook(workbook: Any, tmp: Path) -> None:
    """``workbook.save(tmp)`` (openpyxl), its scratch files kept beside ``tmp``.

    openpyxl writes each worksheet's XML (participants' names, NIKs...) to a temporary file before
    zipping it, in the system's temp folder: shared with every account of the laptop, and left
    there by a crash. Here they go to a hidden folder beside ``tmp`` (in the folder the user
    exports into), removed after the save, and by :func:`remove_partials` after a crash. The
    process's temp folder is pointed there only while the workbook is saved (one save at a time).
    """
    import shutil
    import tempfile

    scratch = tmp.with_name(tmp.name + ".d")
    with _SCRATCH_LOCK:
        scratch.mkdir(mode=0o700)
        before = tempfile.tempdir
        tempfile.tempdir = str(scratch)
        try:
            workbook.save(tmp)
        finally:
            tempfile.tempdir = before
            shutil.rmtree(scratch, ignore_errors=True)


class AtomicBatch:
    """Many files made whole together, with the guarantee of :func:`atomic_write` for each: its
    final name only ever holds the complete file. Each is written to its temp name
    (:meth:`temp`); :meth:`commit` then makes all their contents durable at once (one
    ``syncfs`` of the filesystem on Linux, else one fsync per file), renames each over its final
    name, fsyncs each folder once and reports each as written. A death before the renames leaves
    temp files only (:func:`remove_partials`); one after a rename leaves that file whole, its
    contents synced before the rename. On an error (or :meth:`discard`) the temp files not yet
    renamed are removed. One fsync per file and per folder cost 23 s of 1,000 participants'
    export (5,317 files).

    Usage::

        with AtomicBatch() as batch:
            for target in targets:
                write(batch.temp(target))
            batch.commit()  # also on leaving the block without an error
    """

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []

    def __enter__(self) -> AtomicBatch:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()

    def temp(self, final: Path) -> Path:
        """The temp name to write ``final``'s content to (its folder made)."""
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = temp_name(final)
        self._pending.append((tmp, final))
        return tmp

    def commit(self) -> list[Path]:
        """Sync, rename and report every file written since the last commit; returns them. A
        fault injected at the k-th file (:data:`FAULT_ENV`, :data:`ERRNO_FAULT_ENV`) acts as
        for single writes: the files before it are committed, it and the rest are not."""
        pending, done = self._pending, []
        fault: OSError | None = None
        whole = 0
        for tmp, _final in pending:
            _fault_point(tmp)
            try:
                errno_fault_point(tmp)
            except OSError as exc:
                fault = exc
                break
            whole += 1
        try:
            _sync_all([tmp for tmp, _ in pending[:whole]])
            folders: dict[Path, None] = {}
            for tmp, final in pending[:whole]:
                os.replace(tmp, final)
                done.append(final)
                folders[final.parent] = None
            for folder in folders:
                fsync_dir(folder)
        finally:
            for final in done:  # whole under their final names (synced before the rename)
                record_written(final)
            self.discard(keep=len(done))
        if fault is not None:
            raise fault
        return done

    def discard(self, keep: int = 0) -> None:
        """Remove the temp files not renamed (the first ``keep`` were)."""
        for tmp, _final in self._pending[keep:]:
            with contextlib.suppress(OSError):
                tmp.unlink()
        self._pending = []


def _syncfs() -> Any:
    """Linux's syncfs(2) (every dirty page of one filesystem written and flushed, errors
    reported since 5.8), or None."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return None
    try:
        call = ctypes.CDLL(None, use_errno=True).syncfs
    except (AttributeError, OSError):
        return None
    call.argtypes = [ctypes.c_int]
    return call


def _sync_all(paths: list[Path]) -> None:
    """Make the content of ``paths`` durable: syncfs once per filesystem, else fsync each."""
    if not paths:
        return
    syncfs = _syncfs()
    if syncfs is not None:
        devices: dict[int, Path] = {}
        for path in paths:
            devices.setdefault(os.stat(path).st_dev, path)
        for path in devices.values():
            fd = os.open(path, os.O_RDONLY)
            try:
                if syncfs(fd) != 0:
                    import ctypes

                    number = ctypes.get_errno()
                    raise OSError(number, os.strerror(number), str(path))
            finally:
                os.close(fd)
        return
    for path in paths:
        with path.open("rb+") as fh:
            os.fsync(fh.fileno())


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_write(target) as tmp:
        tmp.write_bytes(data)


def remove_partials(folder: Path) -> list[Path]:
    """Delete temp files left by a write that was killed (power cut, USB pulled)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        if not (entry.name.startswith(".") and PARTIAL_MARK in entry.name):
            continue
        if entry.is_file():
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
        elif entry.is_dir() and not entry.is_symlink():  # a workbook's scratch folder
            import shutil

            shutil.rmtree(entry, ignore_errors=True)
            if not entry.exists():
                removed.append(entry)
    return removed
