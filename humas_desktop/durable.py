"""fsync helpers shared by storage/ and formats/ (which may not import each other)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

# Fault injection for tests of OS errors (tests/services/test_export_os_errors.py, tests/cli):
# "ENOSPC:N" lets the first N atomic writes of this process (counted from when the value was
# set) complete and makes every later one fail with that errno, as a disk that filled up, a
# stick made read-only or pulled, or a removed folder does; "ENOSPC:bytes=N" fails the first
# write that would take the temp files written past N bytes. The writer removes its temp file
# as after a real failure. Works in-process (monkeypatch.setenv) and for a CLI subprocess
# (env); root ignores chmod, so CI injects the errno instead of provoking it. Every atomic
# writer calls it once its temp file is complete: formats.atomic_file, formats.encryption
# (write_file_atomic), storage.backup (take_backup).
ERRNO_FAULT_ENV = "HUMAS_FAULT_ATOMIC_ERRNO"
_errno_fault: dict[str, object] = {"spec": None, "files": 0, "bytes": 0}


def errno_fault_point(tmp: Path) -> None:
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
    files, written = int(str(_errno_fault["files"])), int(str(_errno_fault["bytes"]))
    if limit.startswith("bytes="):
        failing = written + size > int(limit[len("bytes="):])
    else:
        failing = files >= int(limit or 0)
    if failing:
        raise OSError(number, os.strerror(number), str(tmp))
    _errno_fault.update(files=files + 1, bytes=written + size)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder and NTFS journals the rename."""
    if os.name != "posix":
        return
    fd = os.open(str(folder), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())
