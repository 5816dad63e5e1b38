"""Give memory a long step freed back to the system (issue #25: the export's processes).

CPython frees the objects of a drawn document or a written workbook, but the C allocator keeps
most of the pages they sat on: a process that drew once stays as large as its largest step.
:func:`release_memory` collects the cycles (a workbook or a PDF is a web of them) and, on glibc
(Linux), asks ``malloc_trim`` to hand the free pages back; elsewhere it only collects."""

from __future__ import annotations

import gc
import sys
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _malloc_trim() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        trim = ctypes.CDLL("libc.so.6").malloc_trim  # glibc only (musl has none)
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_memory() -> None:
    """Collect garbage and return the allocator's free pages to the system (where it can)."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
