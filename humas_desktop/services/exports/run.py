"""The export run: checks the file, reads the event once, runs the preflight, then writes each
kind asked for with the writer services/document_kinds.py names for it, reporting progress
(cancel by closing the generator) and, on an OS error, what is on disk and what is not."""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Generator, Sequence
from contextlib import ExitStack
from dataclasses import replace as _replace
from pathlib import Path

from humas_desktop.domain.models import EventStatus
from humas_desktop.domain.progress import Progress
from humas_desktop.formats.atomic_file import recording
from humas_desktop.services.document_kinds import AFTER_CLOSE, EXTRA_KINDS, KINDS, WRITERS
from humas_desktop.services.exports.data import EventData, load_event_data
from humas_desktop.services.exports.parallel import CHUNKED_KINDS, Pools
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

    pools = Pools()  # worker processes, started when a long document first needs them
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
        verify_for_use(edb)  # a damaged or tampered file never makes documents
        writers = {k: writer(k) for k in wanted}
        # One state of the file for every kind: some read their records when written (#25).
        snapshot.enter_context(read_snapshot(edb.conn))
        data = load_event_data(edb)
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
        return (yield from _write_all(data, wanted, writers, out_dir, opts, written))
    finally:
        snapshot.close()
        pools.close()  # also when refused or cancelled: no worker process outlives the export


def _write_all(data: EventData, wanted: list[str], writers: dict[str, Writer], out_dir: Path,
               opts: ExportOptions, written: WrittenFiles) -> Generator[Progress, None, list[Path]]:
    total = len(wanted)
    step = 0
    with recording() as done:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            for step, kind in enumerate(wanted):
                yield Progress(step * STEP, total * STEP, kind)
                job = Job(data, kind, out_dir, opts, step, total)
                written.extend((yield from _write(writers[kind], job)))
                note_written(opts, done, written)
        except OSError as exc:
            # Disk full, stick read-only or pulled, folder removed: say what is on disk (whole
            # files only, every write is atomic) and what is not; never the OS's English text.
            fault = classify(exc, out_dir)
            if fault is None:
                raise
            # Documents of after the plenary are no loss before it ("all" skips them then).
            closed = data.event.status is EventStatus.CLOSED
            missing = [k for k in wanted[step:] if closed or k not in AFTER_CLOSE or k in opts.asked]
            raise ExportInterrupted(fault, done, out_dir, wanted[step], missing,
                                    written.not_written) from exc
        finally:  # also when cancelled: the caller can say which whole files are on disk
            note_written(opts, done, written)
    yield Progress(total * STEP, total * STEP, "selesai")
    return written
