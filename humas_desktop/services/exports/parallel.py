"""Per-participant forms rendered in chunks on worker processes (issue #25): FR.AK.02 and the
other per-participant forms (FR.APL.01, FR.APL.02, FR.AK.01, FR.AK.03, FR.AK.04). Each worker
renders a chunk of forms and writes that chunk's per-participant files; the combined file is the
chunks merged in order. Progress moves per chunk; a cancel drops the chunks not started and
waits for those being rendered (whole files only); with no worker processes (restricted or
frozen environment) the chunks are rendered in this process."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from humas_desktop.domain.progress import Progress
from humas_desktop.formats.pdf.documents import DocHeader
from humas_desktop.services.exports.writing import at

# From this many forms on, also in one process they are made in chunks: memory holds one chunk's
# layout at a time, not the whole document's (thousands of pages at 5,000 participants).
CHUNK_FROM = 500


@dataclass(frozen=True, slots=True)
class Form:
    """One per-participant form kind: how it is drawn and where its files go."""

    code: str  # "FR.AK.02": the footer's form code
    title: str  # the document title (also the split files' title, with the participant)
    pages: str  # "module:function" under formats/pdf that draws one record
    combined: Path | None  # the combined file, or None
    label: str  # the progress message's word ("records", "apl01"...)
    lsp_name: str = ""


def render_parallel(form: Form, first: DocHeader, records: Sequence[tuple[DocHeader, Any]],
                    targets: Sequence[Path] | None, metas: Sequence[dict[str, str]] | None,
                    workers: int, step: int, total: int) -> Generator[Progress, None, list[Path]]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    from humas_desktop.formats.atomic_file import record_written
    from humas_desktop.formats.pdf.records_parallel import Chunk, render_chunk
    from humas_desktop.formats.pdf.split import merge_pdfs_to

    n = len(records)
    # Chunks of at most 250 records: a cancel waits for the ones being rendered only (each
    # chunk's PDF carries its own font subsets, so not smaller than needed).
    count = min(n, max(workers * 4, -(-n // 250)))
    bounds = [round(i * n / count) for i in range(count + 1)]
    chunks = [Chunk(first, list(records[a:b]),
                    [str(t) for t in targets[a:b]] if targets is not None else None,
                    list(metas[a:b]) if metas is not None else None,
                    form.code, form.title, form.pages)
              for a, b in zip(bounds, bounds[1:], strict=False)]
    results: dict[int, tuple[bytes, list[int], list[str]]] = {}
    done_records = 0

    def took(i: int, result: tuple[bytes, list[int], list[str]]) -> None:
        nonlocal done_records
        # Only the combined file needs a chunk's bytes: not held when it is not written.
        results[i] = result if form.combined is not None else (b"", result[1], result[2])
        for path in result[2]:
            record_written(Path(path))  # whole files on disk (a cancel reports them)
        done_records += len(chunks[i].records)

    yield at(step, total, 0, n + 1, f"{form.label} 0/{n}")
    try:
        if workers < 2:  # one process: the chunks one after the other, below
            raise RuntimeError
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        pending: dict[Future[tuple[bytes, list[int], list[str]]], int] = {}
        try:
            for i, chunk in enumerate(chunks):
                pending[pool.submit(render_chunk, chunk)] = i
            while pending:
                finished, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in finished:
                    i = pending.pop(future)
                    took(i, future.result())  # an OSError of a worker stops the export here
                yield at(step, total, done_records, n + 1, f"{form.label} {done_records}/{n}")
        finally:
            # A cancel: chunks not started are dropped, those being rendered finish whole.
            pool.shutdown(wait=True, cancel_futures=True)
            for future, i in pending.items():  # finished during the shutdown: their files are
                if future.done() and not future.cancelled() and future.exception() is None:
                    took(i, future.result())  # on disk, whole: the caller must learn of them
    except (BrokenProcessPool, RuntimeError):
        pass  # no worker processes here (restricted or frozen environment): the rest in-process
    for i, chunk in enumerate(chunks):
        if i not in results:
            took(i, render_chunk(chunk))
            yield at(step, total, done_records, n + 1, f"{form.label} {done_records}/{n}")
    paths: list[Path] = []
    if form.combined is not None:
        merge_pdfs_to(form.combined, [results[i][0] for i in range(len(chunks))],
                      {"Title": form.title, "Author": form.lsp_name})
        paths.append(form.combined)
    if targets is not None:
        paths.extend(Path(p) for i in range(len(chunks)) for p in results[i][2])
    return paths


def forms_renderer(wanted_workers: int) -> Any:
    """What services/apl_export.py and services/records_export.py are lent (``Helpers.parallel``):
    ``render(code, title, pages, combined, label, records, targets, metas, step, total)`` is the
    chunked render (on worker processes when two are worth starting now), or None for a short
    form set on one process (the caller then renders it in one document as before)."""
    from humas_desktop.formats.pdf.certificates import auto_workers

    def render(code: str, title: str, pages: str, combined: Path | None, label: str,
               records: Sequence[tuple[DocHeader, Any]], targets: Sequence[Path] | None,
               metas: Sequence[dict[str, str]] | None, step: int,
               total: int) -> Generator[Progress, None, list[Path]] | None:
        workers = auto_workers(len(records), wanted_workers)
        if not records or (workers < 2 and len(records) < CHUNK_FROM):
            return None
        first = records[0][0]
        form = Form(code, title, pages, combined, label, first.lsp_name)
        return render_parallel(form, first, records, targets, metas, workers, step, total)

    return render
