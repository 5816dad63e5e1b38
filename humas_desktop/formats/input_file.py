"""Files a user hands the app (a roster, a package from a stick): regular files only, read with caps.

``/dev/zero`` has size 0 and never ends, a FIFO blocks the first ``open()`` until a writer comes, a
folder or a 10 GB sparse file is not a roster: each must be refused at once with one message, never
read into memory. The file is opened without blocking and checked with ``fstat`` on the open
descriptor (so a file swapped for a FIFO between a check and the open is still caught), and at most
``limit + 1`` bytes are read, so a file that grows while it is read is refused too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from humas_desktop.domain.errors import DomainError


def regular_file_size(path: Path) -> int:
    """Size of ``path`` if it is a regular file (links followed); ``not_a_file`` for a device, FIFO,
    socket or folder. ``FileNotFoundError`` passes through so callers keep their own 'missing' code."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise DomainError("not_a_file", path=path.name)
    return info.st_size


def _open_regular(path: Path) -> int:
    """A read descriptor, opened without blocking (a FIFO would wait for a writer) and refused
    unless it is a regular file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise DomainError("not_a_file", path=path.name)
    return fd


def read_head(path: Path, count: int) -> bytes:
    """The first ``count`` bytes of a regular file (``not_a_file`` for anything else)."""
    fd = _open_regular(path)
    try:
        return os.read(fd, count)
    finally:
        os.close(fd)


def read_capped(path: Path, limit: int, too_large: str) -> bytes:
    """The whole file, or ``DomainError(too_large)`` when it is (or grows) larger than ``limit``.

    The first read asks for the whole file as ``stat`` saw it, so a file that does not grow is
    held once (chunks joined at the end would hold it twice)."""
    size = regular_file_size(path)
    if size > limit:
        raise DomainError(too_large)
    fd = _open_regular(path)
    try:
        chunks: list[bytes] = []
        total = 0
        want = size + 1
        while True:
            chunk = os.read(fd, min(want, limit + 1 - total))
            want = 1 << 20
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise DomainError(too_large)
    finally:
        os.close(fd)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)
