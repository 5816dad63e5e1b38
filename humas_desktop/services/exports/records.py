"""Kind ``records``: FR.AK.02, one combined PDF and one per participant (on worker processes
when there are many)."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from humas_desktop.domain.models import Participant
from humas_desktop.domain.progress import Progress
from humas_desktop.formats.atomic_file import write_bytes_atomic
from humas_desktop.formats.pdf import documents as docs
from humas_desktop.formats.pdf.layout import tanggal
from humas_desktop.services.exports.data import EventData, dmy, verdict_text
from humas_desktop.services.exports.headers import doc_header
from humas_desktop.services.exports.preflight import printable
from humas_desktop.services.exports.writing import (
    ExportOptions,
    Job,
    at,
    person_file,
    person_meta,
    split_pages,
)


def record_data(data: EventData, p: Participant) -> docs.RecordData | None:
    a = data.assessments.get(p.id)
    s = data.scheme_of(p)
    if a is None or s is None:
        return None
    assessor = data.assessors.get(a.assessor_id)
    by_unit = {r.unit_id: r for r in a.unit_results}
    units = []
    for u in s.units:
        r = by_unit.get(u.id)
        units.append(docs.RecordUnit(u.code, u.title_id,
                                     frozenset(e.value for e in r.evidence_types) if r else frozenset(),
                                     verdict_text(r.recommendation) if r else ""))
    signed = a.signed_at.strftime("%d/%m/%Y %H:%M") if a.signed_at else "(belum ditandatangani)"
    end = a.signed_at.date() if a.signed_at else data.event.end_date
    return docs.RecordData(
        p.number, printable(p.name), a.signed_name or (assessor.name if assessor else ""),
        a.signed_met or (assessor.met_number if assessor else ""),
        dmy(a.consent_at.date() if a.consent_at else data.event.start_date), dmy(end), units,
        verdict_text(a.overall_recommendation), a.follow_up, a.comments, signed, a.receipt_code,
        tanggal(a.signed_at.date()) if a.signed_at else "")


def _export_records(data: EventData, out: Path, opts: ExportOptions, step: int,
                    total: int) -> Generator[Progress, None, list[Path]]:
    from humas_desktop.formats.pdf.certificates import auto_workers
    from humas_desktop.formats.pdf.layout import finish

    people = [(p, r) for p in data.participants if (r := record_data(data, p)) is not None]
    if not people:  # before opening a PDF: one left unfinished keeps its font files open
        return []
    first = doc_header(data, data.scheme_of(people[0][0]))
    headers: dict[str | None, docs.DocHeader] = {}

    def header_of(p: Participant) -> docs.DocHeader:
        scheme = data.scheme_of(p)
        key = scheme.id if scheme is not None else None
        if key not in headers:  # the same header for every participant of a scheme
            headers[key] = doc_header(data, scheme)
        return headers[key]

    from humas_desktop.services.exports.parallel import CHUNK_FROM

    if auto_workers(len(people), opts.workers) > 1 or len(people) >= CHUNK_FROM:
        return (yield from _export_records_parallel(data, out, opts, step, total, first,
                                                    [(p, header_of(p), r) for p, r in people]))
    pdf = first.pdf("FR.AK.02", "FR.AK.02 Rekaman Asesmen Kompetensi")
    starts: list[int] = []
    # Rendering is the first half of this step, writing the per-participant files the second.
    whole = 2 * len(people) if opts.per_participant else len(people)
    for i, (p, r) in enumerate(people):
        starts.append(pdf.page_no())
        docs.record_pages(pdf, header_of(p), r)
        if i % 20 == 19:
            yield at(step, total, i + 1, whole, f"records {i + 1}/{len(people)}")
    blob = finish(pdf)
    paths: list[Path] = []
    if opts.combined:
        target = out / "fr-ak-02-rekaman-asesmen.pdf"
        write_bytes_atomic(target, blob)
        paths.append(target)
    if opts.per_participant:
        targets = [person_file(out / "fr-ak-02", "peserta", p.number) for p, _ in people]
        metas = [person_meta(data, "FR.AK.02 Rekaman Asesmen Kompetensi", p) for p, _ in people]
        yield from split_pages(blob, starts, targets, metas,
                               lambda n, msg: at(step, total, len(people) + n, whole, msg), "records")
        paths.extend(targets)
    return paths


def _export_records_parallel(data: EventData, out: Path, opts: ExportOptions, step: int,
                             total: int, first: docs.DocHeader,
                             people: list[tuple[Participant, docs.DocHeader, docs.RecordData]],
                             ) -> Generator[Progress, None, list[Path]]:
    """The records in chunks (services/exports/parallel.py): on worker processes when two are
    worth starting (2 free cores: about half the time), else one chunk after the other."""
    from humas_desktop.formats.pdf.certificates import auto_workers
    from humas_desktop.formats.pdf.records_parallel import RECORD_PAGES, TITLE
    from humas_desktop.services.exports.parallel import Form, render_parallel

    targets = ([person_file(out / "fr-ak-02", "peserta", p.number) for p, _, _ in people]
               if opts.per_participant else None)
    metas = ([person_meta(data, TITLE, p) for p, _, _ in people] if opts.per_participant else None)
    form = Form("FR.AK.02", TITLE, RECORD_PAGES,
                out / "fr-ak-02-rekaman-asesmen.pdf" if opts.combined else None, "records",
                data.event.lsp_name)
    return (yield from render_parallel(form, first, [(h, r) for _, h, r in people], targets, metas,
                                       auto_workers(len(people), opts.workers), step, total,
                                       opts.pools))


def write(job: Job) -> Generator[Progress, None, list[Path]]:
    return _export_records(job.data, job.out, job.opts, job.step, job.total)
