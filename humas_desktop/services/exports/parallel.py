"""Per-participant forms rendered in chunks on worker processes (issue #25): FR.AK.02 and the
other per-participant forms (FR.APL.01, FR.APL.02, FR.AK.01, FR.AK.03, FR.AK.04). Each worker
renders a chunk of forms and writes that chunk's per-participant files; the combined file is the
chunks merged in order. Progress moves per chunk; a cancel drops the chunks not started and
waits for those being rendered (whole files only); with no worker processes (restricted or
frozen environment) the chunks are rendered in this process."""

from __future__ import annotations

import sys
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from humas_desktop.domain.progress import Progress
from humas_desktop.formats.memory import release_memory
from humas_desktop.formats.pdf.documents import DocHeader
from humas_desktop.formats.pdf.records_parallel import trace
from humas_desktop.services.exports.writing import at

# From this many forms on, chunks also when only one process is worth running. Off: measured at
# 1,000 participants, chunks in one process cost 12 s more CPU (each chunk subsets and embeds its
# fonts, the merge re-reads every page) and lowered the peak memory by nothing (its peak is
# elsewhere). Chunks in one process remain the fallback when no worker process can start.
CHUNK_FROM = sys.maxsize
CHUNK_RECORDS = 250  # at most this many forms in one chunk
# The export hands the next long kind's chunks out while fewer than this many rounds of the
# workers' chunks wait or are drawn (about a second each): the workers never run dry while
# this process writes a short kind, and the data of the kinds after are not all held at once.
AHEAD = 3
# The kinds drawn in chunks (on worker processes when two are worth starting).
CHUNKED_KINDS = frozenset({"records", "certificates", "apl01", "apl02", "ak01", "ak03", "ak04"})


@dataclass(frozen=True, slots=True)
class Form:
    """One per-participant form kind: how it is drawn and where its files go."""

    code: str  # "FR.AK.02": the footer's form code
    title: str  # the document title (also the split files' title, with the participant)
    pages: str  # "module:function" under formats/pdf that draws one record
    combined: Path | None  # the combined file, or None
    label: str  # the progress message's word ("records", "apl01"...)
    lsp_name: str = ""
    document: str = ""  # "module:function(title, author)" for a document not of a DocHeader


class Submitted(Progress):
    """What :func:`render_parallel` yields once its chunks are handed to the workers, when the
    export asked for it (:attr:`Pools.early`): the export then writes other kinds and resumes
    the generator later to collect the chunks. Never passed on to the export's caller."""


SUBMITTED = Submitted(0, 0, "")


class Pools:
    """The worker processes of one export, started when a kind first needs them and kept for
    the next kinds (each start imports the app and parses the fonts again: about a second of
    CPU per worker); :meth:`close` at the end of the export.

    ``draw_here`` (ExportOptions.draw_here): the ``workers`` drawing processes are this one and
    ``workers - 1`` worker processes (#25): this process writes the lists first, then, while it
    waits for the chunks, draws those no worker has started (:meth:`steal`). A whole process
    less (fonts, fpdf2, a drawn chunk: about 95 MB) for the same two cores' work. Otherwise
    ``workers`` worker processes draw every chunk.

    ``early``: set by the export while it hands the long kinds' chunks out (services/exports/
    run.py): :func:`render_parallel` then submits its chunks, yields :data:`SUBMITTED` and
    collects them when resumed, so the workers draw while this process writes the rest."""

    def __init__(self, draw_here: bool = False) -> None:
        self.draw_here = draw_here
        self._pool: Any = None
        self._workers = 0
        self._failed = False
        self.early = False
        self._submitted: list[Any] = []  # every chunk's future (cancel_pending)
        self._chunks: dict[Any, Any] = {}  # a chunk no worker has taken yet, by its future
        self._stolen: dict[Any, tuple[bytes, list[int], list[str]]] = {}  # drawn here

    def get(self, workers: int) -> Any:
        """A pool of ``workers`` processes, or None where processes cannot start. A running
        pool is kept whatever ``workers`` (other kinds' chunks may be queued on it)."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from humas_desktop.formats.pdf.records_parallel import start_worker

        if self._failed:
            return None
        if self._pool is None:
            # This process one of the drawers (steal), or not.
            processes = max(1, workers - 1) if self.draw_here else workers
            try:
                self._pool = ProcessPoolExecutor(
                    processes, mp_context=multiprocessing.get_context("spawn"),
                    initializer=start_worker)
            except (OSError, RuntimeError, ValueError):  # restricted or frozen environment
                self._failed = True
                return None
            self._workers = processes
        return self._pool

    @property
    def running(self) -> bool:
        """Worker processes are started (or starting) for this export."""
        return self._pool is not None and not self._failed

    def submit(self, pool: Any, fn: Any, arg: Any) -> Any:
        future = pool.submit(fn, arg)
        self._submitted.append(future)
        self._chunks[future] = arg
        return future

    def steal(self, own: Sequence[Any]) -> bool:
        """Draw here one chunk no worker has started (of ``own``, the futures of the kind being
        collected, first; else the next kind's): its future is cancelled and the chunk's result
        kept for :meth:`stolen`. False when every chunk is taken. Its files are reported as
        they are written (in this process); an OSError is raised here, as a worker's would be."""
        from humas_desktop.formats.pdf.records_parallel import render_chunk

        if not self.draw_here:
            return False
        for future in [*own, *self._submitted]:
            chunk = self._chunks.pop(future, None)
            if chunk is None or future.done():
                continue
            if not future.cancel():  # a worker has it (or it is next in the call queue)
                continue
            self._stolen[future] = render_chunk(chunk)
            release_memory()  # the drawn document's pages back to the system
            return True
        return False

    def stolen(self, future: Any) -> tuple[bytes, list[int], list[str]] | None:
        """The result of a chunk :meth:`steal` drew here, once."""
        return self._stolen.pop(future, None)

    @property
    def ahead(self) -> int:
        """How many chunks to keep handed out: AHEAD rounds of the workers' chunks."""
        return AHEAD * max(1, self._workers)

    def outstanding(self) -> int:
        """Chunks handed out and not finished."""
        self._submitted = [f for f in self._submitted if not f.done()]
        self._chunks = {f: c for f, c in self._chunks.items() if not f.done()}
        return len(self._submitted)

    def cancel_pending(self) -> None:
        """Drop every chunk not started yet, of every kind (a cancel or an error): those being
        drawn finish whole (their generators report their files when closed)."""
        for future in self._submitted:
            future.cancel()
        self._submitted.clear()
        self._chunks.clear()

    def warm(self, workers: int) -> None:
        """Start the worker processes now and let each import the drawing code and parse the
        fonts, while this process writes the kinds before the long ones (not waited for)."""
        from humas_desktop.formats.pdf.records_parallel import warm_up

        pool = self.get(workers)
        if pool is None:
            return
        try:
            for _ in range(self._workers):
                pool.submit(warm_up)
        except RuntimeError:  # the pool broke already: the chunks will find out
            pass

    def broken(self) -> None:
        self.close()
        self._failed = True

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._submitted.clear()
        self._chunks.clear()


def render_parallel(form: Form, first: DocHeader | None,
                    records: Sequence[tuple[DocHeader | None, Any]],
                    targets: Sequence[Path] | None, metas: Sequence[dict[str, str]] | None,
                    workers: int, step: int, total: int,
                    pools: Pools | None = None) -> Generator[Progress, None, list[Path]]:
    """The forms in chunks: on ``pools``' worker processes when ``workers`` >= 2, else (or
    when no process can start) one chunk after the other in this process."""
    from humas_desktop.formats.atomic_file import temp_name
    from humas_desktop.formats.pdf.records_parallel import Chunk

    # What the records were made from is gone now (#25): its pages back to the system before the
    # chunks are handed out.
    release_memory()
    n = len(records)
    # Chunks of at most 250 records: a cancel waits for the ones being rendered only. Not
    # smaller than needed: each chunk's PDF subsets and embeds its own fonts (about 0.1 s).
    count = min(n, max(workers * 2, -(-n // CHUNK_RECORDS)))
    bounds = [round(i * n / count) for i in range(count + 1)]
    # Each chunk's PDF goes to a hidden part file beside the combined one, merged from there
    # (#25: this process never holds the chunks' PDFs); removed at the end, also on a cancel.
    parts = ([temp_name(form.combined.with_name(f"{form.combined.stem}-{i + 1}.pdf"))
              for i in range(count)] if form.combined is not None else [])
    chunks = [Chunk(first, list(records[a:b]),
                    [str(t) for t in targets[a:b]] if targets is not None else None,
                    list(metas[a:b]) if metas is not None else None,
                    form.code, form.title, form.pages, form.document, form.lsp_name,
                    str(parts[i]) if parts else "")
              for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))]
    try:
        return (yield from _render_chunks(form, chunks, parts, targets is not None, n, workers,
                                          step, total, pools))
    finally:
        for part in parts:
            part.unlink(missing_ok=True)


def _render_chunks(form: Form, chunks: list[Any], parts: list[Path], split: bool, n: int,
                   workers: int, step: int, total: int,
                   pools: Pools | None) -> Generator[Progress, None, list[Path]]:
    from concurrent.futures import FIRST_COMPLETED, Future, wait
    from concurrent.futures.process import BrokenProcessPool

    from humas_desktop.formats.atomic_file import record_written
    from humas_desktop.formats.pdf.records_parallel import render_chunk
    from humas_desktop.formats.pdf.split import merge_pdfs_to

    results: dict[int, tuple[bytes, list[int], list[str]]] = {}
    done_records = 0

    def took(i: int, result: tuple[bytes, list[int], list[str]], here: bool = False) -> None:
        nonlocal done_records
        results[i] = result  # the chunk's PDF is in its part file, not here
        if not here:  # drawn here, its writes reported themselves (not twice)
            for path in result[2]:
                record_written(Path(path))  # whole files on disk (a cancel reports them)
        done_records += len(chunks[i].records)

    yield at(step, total, 0, n + 1, f"{form.label} 0/{n}")
    pool = pools.get(workers) if pools is not None and workers >= 2 else None
    if pool is not None:
        pending: dict[Future[tuple[bytes, list[int], list[str]]], int] = {}
        try:
            assert pools is not None
            for i, chunk in enumerate(chunks):
                pending[pools.submit(pool, render_chunk, chunk)] = i
            if pools.early:  # the export collects them later, writing other kinds meanwhile
                yield SUBMITTED
            while pending:
                finished, _ = wait(pending, timeout=0, return_when=FIRST_COMPLETED)
                if not finished and not pools.steal(list(pending)):  # nothing to draw here
                    finished, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in [f for f in pending if f.done()]:
                    i = pending.pop(future)
                    if future.cancelled():
                        stolen = pools.stolen(future)
                        if stolen is not None:  # drawn here while waiting (its files reported)
                            took(i, stolen, here=True)
                        continue  # else the pool was closed (a worker died): drawn here below
                    took(i, _result(future))  # an OSError of a worker stops the export here
                yield at(step, total, done_records, n + 1, f"{form.label} {done_records}/{n}")
        except (BrokenProcessPool, RuntimeError):
            assert pools is not None
            pools.broken()  # a worker died or none could start: the rest in this process
        finally:
            # A cancel (or an error): chunks not started are dropped, those being rendered
            # finish whole, and their files are reported (they are on disk).
            for future in pending:
                future.cancel()
            wait(pending)
            for future, i in pending.items():
                stolen = pools.stolen(future) if pools is not None else None
                if stolen is not None:  # drawn here (by another kind's wait): whole, reported
                    took(i, stolen, here=True)
                elif not future.cancelled() and future.exception() is None:
                    took(i, future.result())
                elif not future.cancelled():
                    _report_partial(future.exception())
    for i, chunk in enumerate(chunks):
        if i not in results:
            took(i, render_chunk(chunk), here=True)
            yield at(step, total, done_records, n + 1, f"{form.label} {done_records}/{n}")
    paths: list[Path] = []
    trace(f"merge {form.label} begin")
    if form.combined is not None:
        merge_pdfs_to(form.combined, parts, {"Title": form.title, "Author": form.lsp_name})
        paths.append(form.combined)
    trace(f"merge {form.label} end")
    if split:
        paths.extend(Path(p) for i in range(len(chunks)) for p in results[i][2])
    return paths


def _report_partial(exc: BaseException | None) -> None:
    """The whole files a worker's chunk wrote before an OSError stopped it: on disk, so told."""
    from humas_desktop.formats.atomic_file import record_written
    from humas_desktop.formats.pdf.records_parallel import WRITTEN_ATTR

    for path in getattr(exc, WRITTEN_ATTR, None) or ():
        record_written(Path(path))


def _result(future: Any) -> tuple[bytes, list[int], list[str]]:
    """A worker's chunk; its OSError raised here once its whole files are reported."""
    try:
        result: tuple[bytes, list[int], list[str]] = future.result()
    except OSError as exc:
        _report_partial(exc)
        raise
    return result


def forms_renderer(wanted_workers: int, pools: Pools | None = None) -> Any:
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
        return render_parallel(form, first, records, targets, metas, workers, step, total, pools)

    return render
