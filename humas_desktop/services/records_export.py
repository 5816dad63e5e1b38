"""Export kinds ``ak03`` and ``ak04`` (issue 26): FR.AK.03 feedback and FR.AK.04 appeals as PDFs
with the LSP's kop, one combined file and one per participant (file names hold numbers only)."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from humas_desktop.domain.progress import Progress
from humas_desktop.domain.terbilang import HARI
from humas_desktop.formats.atomic_file import write_bytes_atomic
from humas_desktop.formats.pdf import records as rec
from humas_desktop.formats.pdf.layout import tanggal
from humas_desktop.services import appeals, feedback
from humas_desktop.storage.db import EventDB

KINDS = ("ak03", "ak04")
_TITLES = {"ak03": ("FR.AK.03", "FR.AK.03 Umpan Balik dan Catatan Asesmen", "fr-ak-03-umpan-balik"),
           "ak04": ("FR.AK.04", "FR.AK.04 Banding Asesmen", "fr-ak-04-banding")}


@dataclass(frozen=True, slots=True)
class Helpers:
    """What the export set lends these forms (services/exports/forms.py; passed in, so the two modules
    do not import each other): the printable name, the kop/header, file names and metadata."""

    printable: Callable[[str], str]
    doc_header: Callable[[Any, Any], Any]
    person_file: Callable[[Path, str, int], Path]
    person_meta: Callable[[Any, str, Any], dict[str, str]]
    # The chunked render on worker processes (services/exports/parallel.forms_renderer), or
    # None: then one render in this process, split into the per-participant files.
    parallel: Callable[..., Any] | None = None


@dataclass(slots=True)
class Forms:
    """What the event holds of the records after the decision, read once per export."""

    # Read one form at a time while the records are made (a single pass, #25).
    feedback: Iterable[tuple[dict[str, Any], feedback.Feedback]] = field(default_factory=list)
    appeals: list[appeals.Appeal] = field(default_factory=list)
    ak04_note: str = ""
    # A scheme with its own FR.AK.04 wording prints its own note (issue 26).
    ak04_notes: dict[str, str] = field(default_factory=dict)


def load_forms(edb: EventDB, kinds: tuple[str, ...] = KINDS) -> Forms:
    """The records of ``kinds`` (the others left empty): the export reads one kind's when it
    writes that kind."""
    if "ak04" not in kinds:
        return Forms(feedback.each_feedback(edb) if "ak03" in kinds else [])
    cases = appeals.list_appeals(edb)
    notes = {c.scheme_id: appeals.scheme_wording(edb, c.scheme_id).ak04_note for c in cases}
    return Forms(feedback.each_feedback(edb) if "ak03" in kinds else [], cases,
                 appeals.wording(edb).ak04_note, notes)


def _day(d: date | None) -> str:
    return f"{HARI[d.weekday()]}, {d:%d/%m/%Y}" if d else "-"


def _when(stamp: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        return None


def _assessor(data: Any, p: Any, assessor_id: str | None = None) -> str:
    a = data.assessments.get(p.id)
    if a is not None and a.signed_name and (assessor_id is None or a.assessor_id == assessor_id):
        return str(a.signed_name)
    found = data.assessors.get(assessor_id) if assessor_id else data.assessor_of(p)
    return found.name if found else "-"


def _assessment_day(data: Any, p: Any) -> date | None:
    a = data.assessments.get(p.id)
    if a is not None and a.signed_at is not None:
        return a.signed_at.date()  # type: ignore[no-any-return]
    return data.event.start_date  # type: ignore[no-any-return]


def ak03_records(data: Any, forms: Forms, printable: Callable[[str], str]) -> list[tuple[Any, rec.Ak03Data]]:
    people = {p.id: p for p in data.participants}
    out = []
    shared: dict[str, str] = {}  # the statements every form repeats, held once (#25)
    for row, fb in forms.feedback:
        p = people.get(row["participant_id"])
        if p is None:
            continue
        signed = _when(fb.signed_at)
        day = _assessment_day(data, p)
        out.append((p, rec.Ak03Data(
            p.number, printable(p.name), _assessor(data, p, row["assessor_id"]), _day(day),
            data.settings.get("event.time", ""), tanggal(day),
            [(shared.setdefault(i.statement, i.statement), i.answer, i.comment) for i in fb.items],
            fb.other_comments,
            printable(fb.signed_name), tanggal(signed.date()) if signed else "-",
            fb.wording_version)))
    return out


def ak04_records(data: Any, forms: Forms, printable: Callable[[str], str]) -> list[tuple[Any, rec.Ak04Data]]:
    people = {p.id: p for p in data.participants}
    out = []
    for case in forms.appeals:
        p = people.get(case.participant_id)
        if p is None:
            continue
        status = ("Terbuka: sertifikat ditahan sampai banding diputuskan" if case.status == "open"
                  else "Diputuskan")
        out.append((p, rec.Ak04Data(
            p.number, printable(p.name), _assessor(data, p), tanggal(_assessment_day(data, p)),
            list(zip(case.questions, case.answers, strict=False)), case.reason,
            forms.ak04_notes.get(case.scheme_id, forms.ak04_note),
            tanggal(case.received_on), case.window_days, case.team, status,
            {"diterima": "Banding diterima", "ditolak": "Banding ditolak"}.get(case.outcome or "", ""),
            case.sk_number, tanggal(case.decided_on) if case.decided_on else "",
            case.decision_notes, case.wording_version)))
    return out


# The function drawing one form, by name (formats/pdf/...): worker processes import it.
_PAGES = {"ak03": "records:ak03_pages", "ak04": "records:ak04_pages"}


def export_kind(data: Any, kind: str, out: Path, per_participant: bool, combined: bool,
                helpers: Helpers, step: int, total: int) -> Generator[Progress, None, list[Path]]:
    """Write one of :data:`KINDS`; nothing when the event holds no such record. Its records are
    read now (``data.read``) and let go when it is written."""
    forms: Forms = data.read(lambda edb: load_forms(edb, (kind,)))
    records: list[tuple[Any, Any]] = list(ak03_records(data, forms, helpers.printable) if kind == "ak03"
                                          else ak04_records(data, forms, helpers.printable))
    del forms  # what the records were made from: not held while they are drawn (#25)
    if not records:
        return []
    return (yield from write_forms(data, records, kind, _TITLES[kind], _PAGES[kind], rec.forms_pdf,
                                   out, per_participant, combined, helpers, step, total))


def write_forms(data: Any, records: list[tuple[Any, Any]], kind: str, titles: tuple[str, str, str],
                pages_ref: str, render: Callable[..., tuple[bytes, list[int]]], out: Path,
                per_participant: bool, combined: bool, helpers: Helpers, step: int,
                total: int) -> Generator[Progress, None, list[Path]]:
    """One per-participant form kind (FR.AK.03/04, FR.APL.01/02, FR.AK.01): the combined PDF
    and/or one file per participant, in chunks on the export's workers when worth it, else drawn
    here by ``render`` (``pages_ref`` names the same drawing for the workers)."""
    from humas_desktop.formats.pdf.split import split_pdf

    code, title, stem = titles
    yield Progress(step, total, f"{kind} {len(records)}")
    pages = [(helpers.doc_header(data, data.scheme_of(p)), r) for p, r in records]
    paths: list[Path] = []
    targets: list[Path] = []
    if per_participant:
        folder = out / code.lower().replace(".", "-")  # fr-ak-03/peserta-0001.pdf
        for p, _r in records:  # a participant's second appeal case: peserta-0001-2.pdf
            target = helpers.person_file(folder, "peserta", p.number)
            n = 2
            while target in targets:
                target = folder / f"peserta-{p.number:04d}-{n}.pdf"
                n += 1
            targets.append(target)
    metas = [helpers.person_meta(data, title, p) for p, _ in records] if per_participant else None
    combined_path = out / f"{stem}.pdf" if combined else None
    chunked = helpers.parallel(code, title, pages_ref, combined_path, kind, pages,
                               targets if per_participant else None, metas, step,
                               total) if helpers.parallel is not None else None
    if chunked is not None:  # several processes are worth starting: chunks, each split there
        return (yield from chunked)
    blob, starts = render(pages[0][0], code, title, pages)
    if combined_path is not None:
        write_bytes_atomic(combined_path, blob)
        paths.append(combined_path)
    if per_participant:
        split_pdf(blob, starts, targets, metas)
        paths.extend(targets)
    return paths
