"""FR.AK.02 records rendered in worker processes, chunk by chunk (issue #25).

Each record is its own section (its own "halaman i dari n"), so records rendered in separate
documents read exactly as in one: a chunk is rendered by :func:`render_chunk` in a fresh
process, which also writes that chunk's per-participant files (atomically) and returns the
chunk's PDF for the combined file. The parent merges the chunks in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from humas_desktop.formats.pdf.documents import DocHeader, RecordData

TITLE = "FR.AK.02 Rekaman Asesmen Kompetensi"


@dataclass(frozen=True, slots=True)
class Chunk:
    first: DocHeader  # the document's own header (kop, footer code, draft line)
    records: Sequence[tuple[DocHeader, RecordData]]
    targets: Sequence[str] | None = None  # per-participant files to write, one per record
    metadata: Sequence[dict[str, str]] | None = None


def render_chunk(chunk: Chunk) -> tuple[bytes, list[int], list[str]]:
    """Worker-process body: (the chunk's PDF, 0-based first page of each record, files written)."""
    from humas_desktop.formats.pdf.documents import record_pages
    from humas_desktop.formats.pdf.layout import finish

    pdf = chunk.first.pdf("FR.AK.02", TITLE)
    starts: list[int] = []
    for header, record in chunk.records:
        starts.append(pdf.page_no())
        record_pages(pdf, header, record)
    data = finish(pdf)
    written: list[str] = []
    if chunk.targets is not None:
        from humas_desktop.formats.pdf.split import split_pdf_steps

        targets = [Path(t) for t in chunk.targets]
        for n in split_pdf_steps(data, starts, targets, chunk.metadata):
            written.append(str(targets[n - 1]))
    return data, starts, written
