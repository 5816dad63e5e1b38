"""Split one rendered batch into per-person PDFs, or merge batches (pypdf), written atomically."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from humas_desktop.formats.atomic_file import atomic_path


def split_pdf(data: bytes, starts: Sequence[int], targets: Sequence[Path]) -> None:
    """``starts`` are 0-based first pages; part i runs to the page before ``starts[i+1]``."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    ends = [*starts[1:], total]
    for start, end, target in zip(starts, ends, targets, strict=True):
        writer = PdfWriter()
        for page in range(start, end):
            writer.add_page(reader.pages[page])
        with atomic_path(target) as tmp, open(tmp, "wb") as fh:
            writer.write(fh)


def merge_pdfs(parts: Sequence[bytes]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
