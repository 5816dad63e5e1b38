"""Split one rendered batch into per-person PDFs, or merge batches (pypdf), written atomically."""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from humas_desktop.formats.atomic_file import AtomicBatch, atomic_path

Metadata = Mapping[str, str]  # "Title", "Author", "Subject"...


def _info(meta: Metadata) -> dict[str, str]:
    info = {f"/{key}": value for key, value in meta.items() if value}
    info.setdefault("/Creator", "Humas Desktop")
    return info


def split_pdf(data: bytes, starts: Sequence[int], targets: Sequence[Path],
              metadata: Sequence[Metadata] | None = None) -> None:
    """``starts`` are 0-based first pages; part i runs to the page before ``starts[i+1]``.

    Each part carries its own Title/Author/Creator (``metadata[i]``), not the batch's.
    """
    for _ in split_pdf_steps(data, starts, targets, metadata):
        pass


BATCH = 50  # files made durable together (one sync), then renamed: see AtomicBatch


def split_pdf_steps(data: bytes, starts: Sequence[int], targets: Sequence[Path],
                    metadata: Sequence[Metadata] | None = None) -> Iterator[int]:
    """:func:`split_pdf` a batch of files at a time: yields how many files are complete on disk
    (the first n of ``targets``; a caller that stops between two yields leaves whole files
    only). Each batch is written to temp names, synced once, then renamed (AtomicBatch)."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    ends = [*starts[1:], total]
    metas: Sequence[Metadata] = metadata if metadata is not None else [{}] * len(targets)
    parts = list(zip(starts, ends, targets, metas, strict=True))
    for first in range(0, len(parts), BATCH):
        with AtomicBatch() as batch:
            for start, end, target, meta in parts[first:first + BATCH]:
                writer = PdfWriter()
                for page in range(start, end):
                    writer.add_page(reader.pages[page])
                writer.add_metadata(_info(meta))
                with open(batch.temp(target), "wb") as fh:
                    writer.write(fh)
        yield min(len(parts), first + BATCH)


def merge_pdfs(parts: Sequence[bytes], metadata: Metadata | None = None) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    writer.add_metadata(_info(metadata or {}))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def merge_pdfs_to(target: Path, parts: Sequence[bytes], metadata: Metadata | None = None) -> None:
    """:func:`merge_pdfs` written straight into ``target`` (atomically): the merged document is
    never held as one more copy in memory."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    writer.add_metadata(_info(metadata or {}))
    with atomic_path(target) as tmp, open(tmp, "wb") as fh:
        writer.write(fh)
