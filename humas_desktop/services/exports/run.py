"""The export run: checks the file, reads the event once, runs the preflight, then writes each
kind asked for with the writer services/document_kinds.py names for it, reporting progress
(cancel by closing the generator) and, on an OS error, what is on disk and what is not."""

from __future__ import annotations

import gc
import importlib
import sqlite3
from collections.abc import Callable, Generator, Sequence
from contextlib import ExitStack
from dataclasses import replace as _replace
from pathlib import Path

from humas_desktop.domain.models import EventStatus
from humas_desktop.domain.progress import Progress
from humas_desktop.formats.atomic_file import recording
from humas_desktop.formats.memory import release_memory
from humas_desktop.formats.pdf.records_parallel import trace
from humas_desktop.services.document_kinds import AFTER_CLOSE, EXTRA_KINDS, KINDS, WRITERS
from humas_desktop.services.exports.data import EventData, load_event_data
from humas_desktop.services.exports.parallel import CHUNKED_KINDS, Pools, Submitted
from humas_desktop.services.exports.preflight import (
    certificate_problems,
    final_certificates_need_key,
    preflight,
)
from humas_desktop.services.exports.writing import (
    STEP,
    ExportError,
    ExportInterrupted,
    ExportOptions,
    Job,
    NotWritten,
    Writer,
    WrittenFiles,
    note_written,
)
from humas_desktop.services.integrity import verify_for_use
from humas_desktop.services.storage_faults import classify
from humas_desktop.storage import queries
from humas_desktop.storage.db import EventDB, read_snapshot

_PACKAGE = "humas_desktop.services.exports"


def writer(kind: str) -> Writer:
    """The function that writes ``kind``: ``write`` (or the named function) of its module."""
    spec = WRITERS.get(kind)
    if spec is None:
        raise ExportError("export_unknown_kind", kind=kind)
    module, _, name = spec.partition(":")
    found: Writer = getattr(importlib.import_module(f"{_PACKAGE}.{module}"), name or "write")
    return found


def _write(write: Writer, job: Job) -> Generator[Progress, None, list[Path]]:
    result = write(job)
    if isinstance(result, Generator):
        return (yield from result)
    return result


def export_documents(edb: EventDB, kinds: Sequence[str], out_dir: Path,
                     options: ExportOptions | None = None) -> Generator[Progress, None, list[Path]]:
    opts = options or ExportOptions()
    wanted = list(KINDS) if "all" in kinds else list(dict.fromkeys(kinds))
    opts = _replace(opts, asked=tuple(k for k in kinds if k != "all"))
    for k in wanted:
        if k not in KINDS and k not in EXTRA_KINDS:
            raise ExportError("export_unknown_kind", kind=k)
    from humas_desktop.formats.pdf.certificates import auto_workers

    trace("export begin")
    # Worker processes, started when a long document first needs them.
    pools = Pools(draw_here=opts.draw_here)
    snapshot = ExitStack()
    try:
        if CHUNKED_KINDS & set(wanted):
            try:
                count = queries.participant_count(edb)
            except (sqlite3.DatabaseError, UnicodeError, ValueError, TypeError):
                count = 0  # a damaged file: the check below says so, nothing is started
            workers = auto_workers(count, opts.workers)
            if workers >= 2:
                # Started now: each imports the drawing code and parses the fonts while this
                # process verifies and reads the file (a core is idle during part of that).
                pools.warm(workers)
        trace("verify begin")
        verify_for_use(edb)  # a damaged or tampered file never makes documents
        release_memory()  # the walk of the file's hash chain held its pages for a while
        trace("verify end")
        writers = {k: writer(k) for k in wanted}
        # One state of the file for every kind: some read their records when written (#25).
        snapshot.enter_context(read_snapshot(edb.conn))
        data = load_event_data(edb)
        trace("data loaded")
        if final_certificates_need_key(data, wanted, opts):
            raise ExportError("certificate_needs_lsp_key")  # before anything is written
        problems = preflight(data, wanted)
        if problems:
            raise ExportError("preflight_failed", count=len(problems), number=problems[0].number,
                              problem=problems[0].code, detail=problems[0].detail)
        written = WrittenFiles()
        if "certificates" in wanted:
            held = certificate_problems(data)
            data.held_back = set(held)
            written.not_written.extend(NotWritten("certificates", pr.number, pr.code, pr.detail)
                                       for pr in sorted(held.values(), key=lambda x: x.number))
        opts = _replace(opts, pools=pools)
        release_memory()  # what parsing the fonts for the checks left behind
        if opts.draw_here:
            # A process of its own (the CLI): what it holds until the end (the code, the fonts,
            # the event's data) is left out of the collections after each kind and each chunk
            # drawn here, which then look at what that step made only (#25: ~0.1 s each at
            # 5,000 participants otherwise). Not in the window's process: it lives on.
            gc.freeze()
            snapshot.callback(gc.unfreeze)
        trace("preflight end")
        return (yield from _write_all(data, wanted, writers, out_dir, opts, written))
    finally:
        snapshot.close()
        pools.close()  # also when refused or cancelled: no worker process outlives the export
        trace("export end")


def _write_all(data: EventData, wanted: list[str], writers: dict[str, Writer], out_dir: Path,
               opts: ExportOptions, written: WrittenFiles) -> Generator[Progress, None, list[Path]]:
    """Each kind in turn. With worker processes running, the long kinds' chunks are handed to
    them ahead (:func:`_hand_out`, a few chunks more than the workers are drawing: the next
    kinds' data is not all held at once) and collected after the kinds this process writes
    itself: the workers draw while this process writes the lists, the berita acara... (one core
    idled during those before, issue #25). The progress follows the order kinds finish in."""
    pools: Pools | None = opts.pools
    early = ([k for k in wanted if k in CHUNKED_KINDS]
             if pools is not None and pools.running else [])
    order = [k for k in wanted if k not in early] + early
    total = len(order)
    waiting = list(early)  # long kinds not handed out yet, in order
    started: dict[str, Generator[Progress, None, list[Path]]] = {}  # chunks on the workers
    finished: dict[str, list[Path]] = {}  # kinds written (whole) while handing out
    complete: set[str] = set()  # kinds whose files are all written
    current = order[0] if order else ""

    def hand_out(at: int, until: str = "") -> Generator[Progress, None, None]:
        """The next long kinds to the workers while fewer chunks than ``pools.ahead`` wait (or
        up to ``until``); their own progress shown at ``at``."""
        nonlocal current
        while waiting and pools is not None and (
                until in waiting or pools.outstanding() < pools.ahead):
            kind = waiting.pop(0)
            shown, current = current, kind
            job = Job(data, kind, out_dir, opts, order.index(kind), total)
            pools.early = True
            try:
                yield from _hand_out(kind, _write(writers[kind], job), started, finished, at, total)
            finally:
                pools.early = False
            current = shown

    with recording() as done:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            for step, kind in enumerate(order):
                current = kind
                yield from hand_out(step * STEP, kind)
                yield Progress(step * STEP, total * STEP, kind)
                if kind in finished:
                    paths = finished.pop(kind)
                elif kind in started:
                    trace(f"kind {kind} collect")
                    paths = yield from _collect(started[kind], hand_out, total)
                    del started[kind]
                    release_memory()  # its records and the merge's buffers
                else:
                    trace(f"kind {kind} begin")
                    paths = yield from _write(writers[kind], Job(data, kind, out_dir, opts, step,
                                                                 total))
                    # A workbook or a list PDF drawn here is a web of cycles (cells <-> sheet
                    # <-> book): let it go now, so the next kind reuses its memory instead of
                    # growing the process (+45 MB for the 5,000-row roster, #25); the pages
                    # it sat on go back to the system.
                    release_memory()
                trace(f"kind {kind} end")
                complete.add(kind)
                written.extend(paths)
                note_written(opts, done, written)
        except OSError as exc:
            # Disk full, stick read-only or pulled, folder removed: say what is on disk (whole
            # files only, every write is atomic) and what is not; never the OS's English text.
            fault = classify(exc, out_dir)
            if fault is None:
                raise
            _settle(pools, started)  # the other kinds' chunks: whole files reported, rest dropped
            # Documents of after the plenary are no loss before it ("all" skips them then).
            closed = data.event.status is EventStatus.CLOSED
            missing = [k for k in dict.fromkeys([current, *order])
                       if k not in complete and k not in finished and
                       (closed or k not in AFTER_CLOSE or k in opts.asked)]
            raise ExportInterrupted(fault, done, out_dir, current, missing,
                                    written.not_written) from exc
        finally:  # also when cancelled: the caller can say which whole files are on disk
            _settle(pools, started)
            note_written(opts, done, written)
    yield Progress(total * STEP, total * STEP, "selesai")
    return written


def _collect(gen: Generator[Progress, None, list[Path]],
             hand_out: Callable[[int], Generator[Progress, None, None]],
             total: int) -> Generator[Progress, None, list[Path]]:
    """A handed-out kind's chunks collected (its progress passed on), handing the next kinds
    out as the workers take these."""
    while True:
        try:
            progress = next(gen)
        except StopIteration as stop:
            paths: list[Path] = stop.value
            return paths
        yield progress
        yield from hand_out(round(progress.fraction * total * STEP))


def _hand_out(kind: str, gen: Generator[Progress, None, list[Path]],
              started: dict[str, Generator[Progress, None, list[Path]]],
              finished: dict[str, list[Path]], at: int,
              total: int) -> Generator[Progress, None, None]:
    """Run ``kind``'s writer until its chunks are on the workers (it yields SUBMITTED: kept in
    ``started``, resumed later) or it is written whole here (a short set: in ``finished``). Its
    own progress is shown at ``at`` (the kinds before it are not done yet)."""
    trace(f"kind {kind} hand out")
    try:
        while True:
            try:
                progress = next(gen)
            except StopIteration as stop:
                finished[kind] = stop.value
                return
            if isinstance(progress, Submitted):
                started[kind] = gen
                return
            yield Progress(at, total * STEP, progress.message)
    except BaseException:  # a cancel or an error while handing out: its chunks settle now
        gen.close()
        raise


def _settle(pools: Pools | None, started: dict[str, Generator[Progress, None, list[Path]]]) -> None:
    """A cancel or an error: the chunks not started are dropped (all kinds at once, so the
    workers take no other), those being drawn finish whole and their files are reported."""
    if pools is not None:
        pools.cancel_pending()
    while started:
        _, gen = started.popitem()
        gen.close()
