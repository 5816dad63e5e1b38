"""Per-participant forms rendered chunk by chunk, in worker processes where cores are free
(issue #25): FR.AK.02 and the other per-participant forms (FR.APL.01/APL.02/AK.01, FR.AK.03/AK.04).

Each record is its own section (its own "halaman i dari n"), so records rendered in separate
documents read exactly as in one: a chunk is rendered by :func:`render_chunk` (in a fresh
process or in this one), which also writes that chunk's per-participant files (atomically) and
returns the chunk's PDF for the combined file. The caller merges the chunks in order.
"""

from __future__ import annotations

import gc
import importlib
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from humas_desktop.formats.memory import release_memory
from humas_desktop.formats.pdf.documents import DocHeader

TITLE = "FR.AK.02 Rekaman Asesmen Kompetensi"
RECORD_PAGES = "documents:record_pages"


@dataclass(frozen=True, slots=True)
class Chunk:
    first: DocHeader | None  # the document's own header (kop, footer code, draft line)
    records: Sequence[tuple[DocHeader | None, Any]]
    targets: Sequence[str] | None = None  # per-participant files to write, one per record
    metadata: Sequence[dict[str, str]] | None = None
    form_code: str = "FR.AK.02"
    title: str = TITLE
    # The function drawing one record, "module:function" under formats/pdf (picklable by name).
    pages: str = RECORD_PAGES
    # A document of its own kind ("module:function(title, author)", e.g. the certificates'),
    # instead of the header's form document.
    document: str = ""
    author: str = ""
    # Where the chunk's PDF goes: None returns it; a path writes it there (the combined file is
    # merged from these, one at a time) and returns b""; "" (no combined file) only b"".
    pdf_to: str | None = None


# On an OSError a chunk raises (in a worker process), the files it wrote whole before it.
WRITTEN_ATTR = "humas_written"
TRACE_ENV = "HUMAS_EXPORT_TRACE"  # a file: each process appends "time pid cpu what" lines


def trace(what: str) -> None:
    """For profiling the export's timeline (benchmarks/export_scale.py --timeline): one line per
    event into the file named by HUMAS_EXPORT_TRACE, if set. Never user output; off by default."""
    target = os.environ.get(TRACE_ENV)
    if target:
        try:
            with open("/proc/self/statm") as statm:  # resident MB (Linux), else 0
                rss = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 2**20
        except (OSError, ValueError, IndexError, AttributeError):
            rss = 0
        with open(target, "a") as fh:
            fh.write(f"{time.time():.4f} {os.getpid()} {time.process_time():.3f} "
                     f"{rss}MB {what}\n")


def _pages(spec: str) -> Any:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(f"humas_desktop.formats.pdf.{module}"), name)


_in_worker = False  # this process is an export's render worker (start_worker ran)


def start_worker() -> None:
    """A render worker's first step (its pool's initializer): below the window and gone with its
    export (humas_desktop/priority.py), and marked as a worker: it gives each chunk's memory
    back after the chunk (render_chunk; the export's own process does that itself)."""
    from humas_desktop.priority import start_render_worker

    global _in_worker
    _in_worker = True
    start_render_worker()


def warm_up() -> None:
    """A worker's start: import the drawing modules and parse the fonts once (about a second),
    while the export's own process still writes the short documents."""
    from humas_desktop.formats.pdf import apl_forms, certificates, documents, records  # noqa: F401
    from humas_desktop.formats.pdf.fonts import close_fonts
    from humas_desktop.formats.pdf.layout import new_pdf

    trace("warm begin")
    close_fonts(new_pdf())
    release_memory()  # what parsing the fonts left behind
    if _in_worker:
        # What the worker holds for good (the drawing code, the parsed fonts) is left out of
        # the collections after each chunk: they look at that chunk's objects only (#25).
        gc.freeze()
    trace("warm end")


def render_chunk(chunk: Chunk) -> tuple[bytes, list[int], list[str]]:
    """Worker-process body: (the chunk's PDF unless ``chunk.pdf_to`` says otherwise, 0-based
    first page of each record, files written)."""
    from humas_desktop.formats.pdf.layout import finish

    trace(f"chunk {chunk.form_code or chunk.title[:11]} {len(chunk.records)} begin")
    draw = _pages(chunk.pages)
    if chunk.document:
        pdf = _pages(chunk.document)(chunk.title, chunk.author)
    else:
        assert chunk.first is not None
        pdf = chunk.first.pdf(chunk.form_code, chunk.title)
    starts: list[int] = []
    for header, record in chunk.records:
        starts.append(pdf.page_no())
        draw(pdf, header, record)
    data = finish(pdf)
    del pdf  # the drawn document (pages, fonts' subsets) goes before the files are written
    trace("chunk rendered")
    written: list[str] = []
    if chunk.pdf_to:  # first: a part file that fails to write leaves no split file unreported
        Path(chunk.pdf_to).write_bytes(data)
    if chunk.targets is not None:
        from humas_desktop.formats.atomic_file import recording
        from humas_desktop.formats.pdf.split import split_pdf_steps

        targets = [Path(t) for t in chunk.targets]
        with recording() as done:
            try:
                for n in split_pdf_steps(data, starts, targets, chunk.metadata):
                    written = [str(t) for t in targets[:n]]
            except OSError as exc:
                # Disk full, stick pulled...: the files committed before it are whole on
                # disk; the export reports them (WRITTEN_ATTR), then the error.
                setattr(exc, WRITTEN_ATTR, [str(p) for p in done])
                raise
    if chunk.pdf_to is not None:
        data = b""  # not sent back: the export process holds no chunk's PDF
    # The drawn chunk's pages go back to the system before the next chunk (#25): a worker stays
    # at its fonts plus one chunk, not at its largest chunk plus what the allocator kept. (The
    # export's own process, drawing a chunk, does it itself: Pools.steal.)
    if _in_worker:
        release_memory()
    trace("chunk end")
    return data, starts, written
