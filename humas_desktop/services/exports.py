"""The export set: Excel lists, the BNSP upload sheet, FR.AK.02/AK.05, berita acara, certificates.

``export_documents`` is a generator yielding :class:`Progress` (cancel by closing it) that
returns the paths written. Before anything is written, a name preflight checks every printed name
against the fonts and the certificate name box. Every file goes temp -> fsync -> rename; file
names hold numbers only, never personal data.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, field
from dataclasses import replace as _replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import (
    Assessment,
    AssessmentStatus,
    Assessor,
    Attendance,
    Certificate,
    Decision,
    Event,
    EventStatus,
    Participant,
    ReportNote,
    Scheme,
    Verdict,
)
from humas_desktop.domain.progress import Progress
from humas_desktop.domain.terbilang import HARI
from humas_desktop.formats import xlsx_reports as xr
from humas_desktop.formats.atomic_file import atomic_path, recording, write_bytes_atomic
from humas_desktop.formats.cert_payload import CertificatePayload, encode, holder_hash, verify_url
from humas_desktop.formats.pdf import documents as docs
from humas_desktop.formats.pdf.certificates import CertificateData, CertificateUnit
from humas_desktop.formats.pdf.layout import Letterhead, tanggal

# The kinds are declared once, in services/document_kinds.py.
from humas_desktop.services.document_kinds import AFTER_CLOSE as AFTER_CLOSE
from humas_desktop.services.document_kinds import EXTRA_KINDS as EXTRA_KINDS
from humas_desktop.services.document_kinds import KINDS as KINDS
from humas_desktop.services.integrity import verify_for_use
from humas_desktop.services.numbering import add_years
from humas_desktop.services.storage_faults import StoppedPartWay, StorageFault, classify
from humas_desktop.storage import queries
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB

Signer = Callable[[bytes], bytes]
_TUK = {"sewaktu": "TUK Sewaktu", "tempat_kerja": "TUK Tempat Kerja", "mandiri": "TUK Mandiri"}


class ExportError(DomainError):
    """The export cannot be made (preflight problems, unknown kind...)."""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    per_participant: bool = True
    combined: bool = True
    sign: Signer | None = None  # LSP-key signing of the QR payload (final certificates need it)
    draft: bool = False  # certificates unsigned, watermarked DRAF (a proof, never the final one)
    workers: int = 2
    asked: tuple[str, ...] = ()  # kinds named explicitly (not through "all")
    # Filled with every complete file as the export goes, also when it is cancelled (the
    # generator closed, Ctrl-C): what a stopped export left on disk, whole files only.
    written: list[Path] | None = None


STEP = 1000  # progress units per document kind: a kind reports its own share as it goes


def _at(step: int, total: int, part: int, whole: int, message: str) -> Progress:
    """Progress inside kind ``step`` of ``total``: ``part`` of its ``whole`` done."""
    share = STEP * part // whole if whole > 0 else 0
    return Progress(step * STEP + min(STEP - 1, share), total * STEP, message)


@dataclass(frozen=True, slots=True)
class PreflightProblem:
    number: int  # participant number; 0 for event-level text
    code: str  # "missing_glyph" | "name_does_not_fit"
    detail: str = ""  # code points, never the text itself


@dataclass(slots=True)
class EventData:
    event: Event
    schemes: dict[str, Scheme]
    assessors: dict[str, Assessor]
    participants: list[Participant]
    primary: dict[str, str]  # participant id -> assessor id
    assessments: dict[str, Assessment]
    decisions: dict[str, Decision]
    certificates: dict[str, Certificate]
    settings: dict[str, str] = field(default_factory=dict)
    held_back: set[str] = field(default_factory=set)  # participant ids whose certificate waits
    forms: Any = None  # FR.AK.03/AK.04 records (services/records_export.Forms)
    report_notes: dict[tuple[str, str], ReportNote] = field(default_factory=dict)

    @property
    def is_draft(self) -> bool:
        """Documents exported before the session is closed are drafts."""
        return self.event.status is not EventStatus.CLOSED

    def assessor_of(self, p: Participant) -> Assessor | None:
        a = self.assessments.get(p.id)
        aid = a.assessor_id if a else self.primary.get(p.id)
        return self.assessors.get(aid) if aid else None

    def scheme_of(self, p: Participant) -> Scheme | None:
        return self.schemes.get(p.scheme_id or "") or next(iter(self.schemes.values()), None)


def load_event_data(edb: EventDB) -> EventData:
    participants = repo.list_participants(edb)
    primary = queries.assessor_by_participant(edb)
    # The signed assessment wins; otherwise the most recently touched one.
    best = queries.best_assessment_ids(edb)
    from humas_desktop.services.document_settings import apply_registry_identity

    # One LSP identity: the registry's, as the event took it at close (when it met one).
    event, settings = apply_registry_identity(repo.load_event(edb), queries.all_settings(edb))
    return EventData(
        event=event, schemes={s.id: s for s in repo.load_schemes(edb)},
        assessors={a.id: a for a in repo.list_assessors(edb)}, participants=participants,
        primary=primary,
        assessments={pid: repo.load_assessment(edb, aid) for pid, aid in best.items()},
        decisions={d.participant_id: d for d in repo.list_decisions(edb)},
        certificates={c.participant_id: c for c in repo.list_certificates(edb) if not c.voided},
        settings=settings,
        report_notes={(n.assessor_id, n.scheme_id): n for n in repo.list_report_notes(edb)},
        forms=_load_forms(edb),
    )


def _load_forms(edb: EventDB) -> Any:
    from humas_desktop.services import records_export

    return records_export.load_forms(edb)


# --- formatting helpers --------------------------------------------------------------------------

def _dmy(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def _dates(e: Event) -> str:
    if e.start_date and e.end_date and e.end_date != e.start_date:
        return f"{_dmy(e.start_date)} – {_dmy(e.end_date)}"
    return _dmy(e.start_date)


def _tuk(e: Event) -> str:
    return f"{e.tuk_name} ({_TUK.get(e.tuk_type.value, e.tuk_type.value)})"


def _scheme_label(s: Scheme | None) -> str:
    return f"{s.title_id} ({s.code})" if s else "-"


def _v(v: Verdict | None) -> str:
    return v.value if v else ""


def _is_present(data: EventData, p: Participant) -> bool:
    """Who the lists and minutes cover. Before close (a draft) that is the whole roster except
    those marked absent: nobody drops out because no one has opened their record yet. After
    close, attendance is filled for everyone (closing requires it)."""
    if data.is_draft:
        return p.attendance is not Attendance.TIDAK_HADIR
    return p.attendance is Attendance.HADIR or (p.attendance is None and p.id in data.assessments)


def draft_note(data: EventData) -> str:
    """The line every document exported before close carries (empty once the session is closed)."""
    if not data.is_draft:
        return ""
    from humas_desktop.messages import message

    return message("export_draft_note", count=len(data.participants))


def _xlsx_header(data: EventData) -> xr.ReportHeader:
    from humas_desktop.services.document_settings import LOGO_KEY, decode_logo

    schemes = " · ".join(_scheme_label(s) for s in data.schemes.values())
    return xr.ReportHeader(data.event.name, data.event.lsp_name, schemes, _tuk(data.event),
                           _dates(data.event), data.event.city, draft=draft_note(data),
                           lsp_license=data.event.lsp_license,
                           lsp_address=data.settings.get("lsp.address", "").strip(),
                           logo=decode_logo(data.settings.get(LOGO_KEY, "")),
                           editions=_codes_exact(data, "document.editions"))


def letterhead(data: EventData) -> Letterhead:
    """The LSP kop: name and licence from the event, address and logo from the document settings."""
    from humas_desktop.services.document_settings import LOGO_KEY, decode_logo

    e = data.event
    return Letterhead(e.lsp_name, e.lsp_license, data.settings.get("lsp.address", ""),
                      decode_logo(data.settings.get(LOGO_KEY, "")))


def _doc_header(data: EventData, s: Scheme | None) -> docs.DocHeader:
    e = data.event
    return docs.DocHeader(e.name, e.lsp_name, s.title_id if s else "-", s.code if s else "-",
                          _tuk(e), _dates(e), e.city, letterhead(data),
                          _codes_exact(data, "document.editions"), draft=draft_note(data))


def _event_header(data: EventData) -> docs.DocHeader:
    """The header of a document about the whole event: every scheme it holds, not the first."""
    schemes = list(data.schemes.values())
    h = _doc_header(data, schemes[0] if schemes else None)
    if len(schemes) < 2:
        return h
    return _replace(h, scheme_title="; ".join(s.title_id for s in schemes),
                    scheme_code="; ".join(s.code for s in schemes))


def event_days(e: Event) -> list[date]:
    if e.start_date is None:
        return []
    end = e.end_date if e.end_date and e.end_date >= e.start_date else e.start_date
    return [e.start_date + timedelta(days=i) for i in range((end - e.start_date).days + 1)][:14]


def day_label(d: date) -> str:
    """"Senin, 10/03/2025"."""
    return f"{HARI[d.weekday()]}, {_dmy(d)}"


# --- preflight -----------------------------------------------------------------------------------

def _certificate_people(data: EventData) -> list[Participant]:
    """Decision K (numbered or draft), or no decision yet but a K recommendation (draft)."""
    out = []
    for p in data.participants:
        if not _is_present(data, p):
            continue
        d = data.decisions.get(p.id)
        a = data.assessments.get(p.id)
        if (d and d.result is Verdict.K) or (d is None and a and a.overall_recommendation is Verdict.K):
            out.append(p)
    return out


def preflight(data: EventData, kinds: Iterable[str]) -> list[PreflightProblem]:
    """Problems that stop the whole export: event-level text (LSP, TUK, assessors, schemes) that
    no shipped font can draw. A participant's name is checked per certificate instead."""
    from humas_desktop.formats.pdf.fonts import codepoints, coverage

    cov = coverage()
    problems: list[PreflightProblem] = []
    event_texts = [data.event.name, data.event.lsp_name, data.event.tuk_name, data.event.city,
                   *(a.name for a in data.assessors.values()),
                   *(t for s in data.schemes.values() for t in (s.title_id, s.title_en))]
    for text in event_texts:
        missing = cov.missing(text)
        if missing:
            problems.append(PreflightProblem(0, "missing_glyph", codepoints(missing)))
    return problems


def certificate_problems(data: EventData) -> dict[str, PreflightProblem]:
    """Participant id -> why that certificate cannot be printed (a glyph no font has, a name
    that does not fit the name box). Only that certificate is held back."""
    from humas_desktop.formats.pdf.certificates import NAME_BOX_W, NAME_MAX_PT, NAME_MIN_PT
    from humas_desktop.formats.pdf.fonts import PdfError, close_fonts, codepoints, coverage
    from humas_desktop.formats.pdf.layout import fit_text, new_pdf

    cov = coverage()
    out: dict[str, PreflightProblem] = {}
    pdf = new_pdf()
    try:
        for p in _certificate_people(data):
            name = p.name_on_certificate
            missing = cov.missing(f"{name}{name.upper()}")
            if missing:
                out[p.id] = PreflightProblem(p.number, "missing_glyph", codepoints(missing))
                continue
            try:
                fit_text(pdf, name.upper(), NAME_BOX_W, "B", NAME_MAX_PT, NAME_MIN_PT)
            except PdfError:
                out[p.id] = PreflightProblem(p.number, "name_does_not_fit", str(len(name)))
    finally:
        close_fonts(pdf)
    return out


def printable(text: str) -> str:
    """Working documents print a character no shipped font has as "?" (the xlsx keep it)."""
    from humas_desktop.formats.pdf.fonts import coverage

    missing = coverage().missing(text)
    for ch in missing:
        text = text.replace(ch, "?")
    return text


@dataclass(frozen=True, slots=True)
class NotWritten:
    """A file held back while the rest were written: ``number`` is the participant number."""

    kind: str  # "certificates"
    number: int
    code: str  # "missing_glyph" | "name_does_not_fit"
    detail: str = ""


class WrittenFiles(list[Path]):
    """The paths written, plus what was held back (``not_written``): a partial export."""

    not_written: list[NotWritten]

    def __init__(self, paths: Iterable[Path] = ()) -> None:
        super().__init__(paths)
        self.not_written = []


class ExportInterrupted(ExportError, StoppedPartWay):  # noqa: N818 - named as users see it
    """An OS error (disk full, read-only, drive pulled, folder removed) stopped the export
    part-way: ``written`` are complete files on disk (atomic writes), ``not_written`` the kinds
    not (fully) written, ``interrupted`` the kind that was being written. Names hold numbers only.
    """

    SHOWN_FILES = 40  # a longer list ends in "... and N more" (the CLI prints every path)

    def __init__(self, fault: StorageFault, written: Sequence[Path], out_dir: Path, interrupted: str,
                 not_written: Sequence[str], held_back: Sequence[NotWritten] = ()) -> None:
        super().__init__("export_interrupted", reason=fault.code, written=len(written))
        self.fault = fault
        self.written = list(written)
        self.out_dir = out_dir
        self.interrupted = interrupted
        self.not_written = list(not_written)
        self.held_back = list(held_back)

    def shown_name(self, path: Path) -> str:
        try:
            return path.relative_to(self.out_dir).as_posix()
        except ValueError:
            return path.name

    def report_lines(self) -> list[str]:
        """The lines under the headline: written files, then what is missing (by kind)."""
        from humas_desktop.messages import message

        lines: list[str] = []
        if self.written:
            lines.append(message("export_written_list", count=len(self.written), folder=self.out_dir.name))
            lines += [f"  • {self.shown_name(p)}" for p in self.written[:self.SHOWN_FILES]]
            if len(self.written) > self.SHOWN_FILES:
                lines.append("  " + message("export_more_files", count=len(self.written) - self.SHOWN_FILES))
        else:
            lines.append(message("export_none_written"))
        lines.append(message("export_not_written_list"))
        for kind in self.not_written:
            label = message(f"export_kind_{kind}")
            if kind == self.interrupted:
                label = message("export_kind_interrupted", kind=label)
            lines.append(f"  • {label}")
        if self.held_back:
            lines.append(message("export_partial", count=len(self.held_back)))
            lines += [f"  • {message('certificate_held_back', number=n.number)} "
                      f"{message(n.code, length=n.detail)}" for n in self.held_back]
        return lines


# --- builders ------------------------------------------------------------------------------------

def _save_workbook(wb: Any, target: Path) -> Path:
    with atomic_path(target) as tmp:
        wb.save(tmp)
    return target


def roster_rows(data: EventData) -> list[xr.RosterRow]:
    att = {"hadir": "Hadir", "tidak_hadir": "Tidak hadir"}
    out = []
    for p in data.participants:
        a = data.assessor_of(p)
        out.append(xr.RosterRow(
            p.number, p.name, p.nik, p.nip, p.birth_place, _dmy(p.birth_date),
            p.gender.value if p.gender else "", p.institution, p.job_title, p.rank_grade,
            p.work_unit, p.phone, p.email, a.name if a else "",
            att.get(p.attendance.value, "") if p.attendance else ""))
    return out


def attendance_sheets(data: EventData) -> list[xr.AttendanceSheet]:
    by_assessor: dict[str, list[tuple[int, str, str, str]]] = {a: [] for a in data.assessors}
    for p in data.participants:
        a = data.assessor_of(p)
        if a is not None:
            by_assessor[a.id].append((p.number, p.name, p.institution,
                                      p.attendance.value if p.attendance else ""))
    days = tuple(day_label(d) for d in event_days(data.event))
    return [xr.AttendanceSheet(data.assessors[aid].name, data.assessors[aid].met_number, rows, days)
            for aid, rows in by_assessor.items() if rows]


def recap_rows(data: EventData, scheme: Scheme) -> list[xr.RecapRow]:
    out = []
    for p in data.participants:
        if data.scheme_of(p) is not scheme or not _is_present(data, p):
            continue
        a = data.assessments.get(p.id)
        by_unit = {r.unit_id: r.recommendation for r in a.unit_results} if a else {}
        d = data.decisions.get(p.id)
        c = data.certificates.get(p.id)
        out.append(xr.RecapRow(p.number, p.name, [_v(by_unit.get(u.id)) for u in scheme.units],
                               _v(a.overall_recommendation) if a else "",
                               d.result.value if d else "",
                               c.number if c else "", c.blanko_serial if c else ""))
    return out


def _codes(data: EventData, key: str) -> dict[str, str]:
    try:
        value = json.loads(data.settings.get(key, "{}"))
    except ValueError:
        return {}
    return {str(k).strip().lower(): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _codes_exact(data: EventData, key: str) -> dict[str, str]:
    try:
        value = json.loads(data.settings.get(key, "{}"))
    except ValueError:
        return {}
    return {str(k).strip(): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


@dataclass(frozen=True, slots=True)
class BnspCodes:
    city: str
    province: str
    education: str
    occupation: str


def participant_codes(data: EventData, p: Participant) -> BnspCodes:
    """The participant's own codes, else the region list (by kabupaten/kota) and the LSP's lists."""
    from humas_desktop.formats.region_codes import lookup

    region = lookup(p.regency) if p.regency.strip() else None
    education = _codes(data, "bnsp.codes.pendidikan")
    occupation = _codes(data, "bnsp.codes.pekerjaan")
    return BnspCodes(
        p.city_code or (region.city_code if region else ""),
        p.province_code or (region.province_code if region else ""),
        p.education_code or education.get(p.education.strip().lower(), ""),
        p.occupation_code or occupation.get(p.job_title.strip().lower(), ""))


def _test_date(data: EventData, a: Assessment | None) -> date | None:
    """The day this participant was assessed: consent, else sign-off, else the event's first day."""
    if a is not None and a.consent_at is not None:
        return a.consent_at.date()
    if a is not None and a.signed_at is not None:
        return a.signed_at.date()
    return data.event.start_date


# Blocker code -> what makes the row blank (the BNSP importer rejects rows without them).
BNSP_REQUIRED = ("bnsp_region_code_blank", "bnsp_education_code_blank",
                 "bnsp_occupation_code_blank")


def bnsp_gaps(data: EventData) -> list[tuple[str, list[int]]]:
    """(blocker code, participant numbers) for every required BNSP code left blank."""
    gaps: dict[str, list[int]] = {code: [] for code in BNSP_REQUIRED}
    for p in data.participants:
        if not _is_present(data, p):
            continue
        c = participant_codes(data, p)
        if not c.city or not c.province:
            gaps["bnsp_region_code_blank"].append(p.number)
        if not c.education:
            gaps["bnsp_education_code_blank"].append(p.number)
        if not c.occupation:
            gaps["bnsp_occupation_code_blank"].append(p.number)
    out = [(code, numbers) for code, numbers in gaps.items() if numbers]
    if not data.settings.get("bnsp.kode_jadwal", "").strip():
        out.append(("bnsp_schedule_code_blank", []))
    return out


class BnspRow(NamedTuple):
    """One row of the BNSP upload sheet: its 19 columns by name, in the template's order (the
    sheet writes the tuple; the registry reads ``result``, never a position)."""

    number: int
    name: str
    nik: str
    birth_place: str
    birth_date: str
    gender: str
    address: str
    city_code: str
    province_code: str
    phone: str
    email: str
    education_code: str
    occupation_code: str
    schedule_code: str
    test_date: str
    assessor_met: str
    budget_code: str
    ministry_code: str
    result: str  # the plenary's decision (K/BK), never the assessor's recommendation


def bnsp_rows(data: EventData) -> list[BnspRow]:
    """The 19 columns; codes come from the participant, the region list or the LSP's code lists.

    NIP, rank and work unit are deliberately absent (domain.md 4.6).
    """
    jadwal = data.settings.get("bnsp.kode_jadwal", "")
    budget = data.settings.get("bnsp.kode_sumber_anggaran", "")
    ministry = data.settings.get("bnsp.kode_kementerian", "")
    rows: list[BnspRow] = []
    for p in data.participants:
        if not _is_present(data, p):
            continue
        a = data.assessments.get(p.id)
        assessor = data.assessor_of(p)
        d = data.decisions.get(p.id)
        c = participant_codes(data, p)
        rows.append(BnspRow(
            number=len(rows) + 1, name=p.name, nik=p.nik, birth_place=p.birth_place,
            birth_date=_dmy(p.birth_date), gender=p.gender.value if p.gender else "",
            address=p.address, city_code=c.city, province_code=c.province, phone=p.phone,
            email=p.email, education_code=c.education, occupation_code=c.occupation,
            schedule_code=jadwal, test_date=_dmy(_test_date(data, a)),
            assessor_met=assessor.met_number if assessor else "", budget_code=budget,
            ministry_code=ministry, result=d.result.value if d else "",
        ))
    return rows


def _follow_up(a: Assessment | None) -> str:
    return a.follow_up if a else ""


def _opening(data: EventData, schemes: Sequence[Scheme]) -> str:
    e = data.event
    days = event_days(e)
    if not days:
        hari, tgl = "....................", "...................."
    elif len(days) == 1:
        hari, tgl = HARI[days[0].weekday()], tanggal(days[0])
    else:
        hari = f"{HARI[days[0].weekday()]} s.d. {HARI[days[-1].weekday()]}"
        tgl = f"{tanggal(days[0])} s.d. {tanggal(days[-1])}"
    pukul = data.settings.get("event.time", "").strip() or "........ s.d. selesai"
    place = ", ".join(t for t in (_tuk(e), e.city) if t)
    skema = "; ".join(f"{s.title_id} ({s.code})" for s in schemes) or "-"
    return (f"Pada hari ini, {hari}, tanggal {tgl}, pukul {pukul}, bertempat di {place}, telah "
            f"dilaksanakan asesmen kompetensi skema sertifikasi {skema} terhadap "
            f"{len([p for p in data.participants if _is_present(data, p)])} asesi, dengan hasil "
            "sebagai berikut:")


def minutes(data: EventData) -> docs.MinutesData:
    """The berita acara asesmen: the assessors' recommendations, before the plenary decides."""
    ds = [d for d in data.decisions.values()]
    first = ds[0] if ds else None
    schemes = list(data.schemes.values())
    e = data.event
    days = event_days(e)
    last_day = days[-1] if days else None
    m = docs.MinutesData(
        field_name=schemes[0].field_id if schemes else "",
        assessors=[(a.name, a.met_number) for a in data.assessors.values()],
        plenary_date=_dmy(first.plenary_date) if first else "",
        sk_number=first.sk_number if first else "",
        opening=_opening(data, schemes),
        place_date=f"{e.city}, {tanggal(last_day)}" if e.city and last_day else "",
        responsible_title=data.settings.get("event.responsible_title", ""))
    for p in data.participants:
        if not _is_present(data, p):
            continue
        a = data.assessments.get(p.id)
        m.rows.append(docs.MinutesRow(p.number, printable(p.name), printable(p.institution),
                                      _v(a.overall_recommendation if a else None), _follow_up(a),
                                      a.receipt_code if a is not None else ""))
    m.counts = docs.MinutesCounts.of([r.result for r in m.rows])  # the one count, PDF and xlsx
    return m


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
                                     _v(r.recommendation) if r else ""))
    signed = a.signed_at.strftime("%d/%m/%Y %H:%M") if a.signed_at else "(belum ditandatangani)"
    end = a.signed_at.date() if a.signed_at else data.event.end_date
    return docs.RecordData(
        p.number, printable(p.name), a.signed_name or (assessor.name if assessor else ""),
        a.signed_met or (assessor.met_number if assessor else ""),
        _dmy(a.consent_at.date() if a.consent_at else data.event.start_date), _dmy(end), units,
        _v(a.overall_recommendation), a.follow_up, a.comments, signed, a.receipt_code,
        tanggal(a.signed_at.date()) if a.signed_at else "")


def report_data(data: EventData, s: Scheme,
                notes: dict[str, Sequence[str]] | None = None) -> list[docs.ReportData]:
    """One FR.AK.05 per assessor; ``notes`` are the four narrative boxes by assessor id."""
    out = []
    units = {u.id: (u.code, u.title_id) for u in s.units}
    for aid, assessor in data.assessors.items():
        rows: list[docs.ReportRow] = []
        for p in data.participants:
            a = data.assessments.get(p.id)
            if a is None or a.assessor_id != aid or data.scheme_of(p) is not s:
                continue
            bk = [units[r.unit_id] for r in a.unit_results
                  if r.recommendation is Verdict.BK and r.unit_id in units]
            note = "" if a.status is AssessmentStatus.DITANDATANGANI else "belum ditandatangani"
            rows.append(docs.ReportRow(len(rows) + 1, printable(p.name),
                                       _v(a.overall_recommendation), note,
                                       bk))
        if rows:
            days = event_days(data.event)
            out.append(docs.ReportData(assessor.name, assessor.met_number, _dates(data.event),
                                       [(u.code, u.title_id) for u in s.units], rows,
                                       tuple((notes or {}).get(aid, ("", "", "", ""))),
                                       tanggal(days[-1]) if days else ""))
    return out


def final_certificates_need_key(data: EventData, kinds: Iterable[str], opts: ExportOptions) -> bool:
    """Certificates of a closed event carry the LSP's signature, or are an explicit draft."""
    return ("certificates" in kinds and not data.is_draft and opts.sign is None
            and not opts.draft and bool(data.certificates))


def certificate_data(data: EventData, p: Participant, sign: Signer | None = None,
                     draft: bool = False) -> CertificateData:
    s = data.scheme_of(p)
    assert s is not None
    cert = data.certificates.get(p.id)
    d = data.decisions.get(p.id)
    final = cert is not None and d is not None and d.result is Verdict.K and not draft
    issue = cert.issue_date if cert else (d.plenary_date if d and d.plenary_date else date.today())
    valid = cert.valid_until if cert else add_years(issue, s.validity_years)
    payload = CertificatePayload(cert.number if cert else "DRAFT",
                                 cert.registration_number if cert else "DRAFT", s.code, issue,
                                 valid, holder_hash(p.name, p.nik))
    qr = encode(payload, sign(payload.body())) if (final and sign is not None) else encode(payload)
    st = data.settings
    if final and st.get("registry.verify_url"):  # the LSP's verification page (registry)
        qr = verify_url(st["registry.verify_url"], qr)
    blank = "(..............................)"
    from humas_desktop.services.document_settings import LOGO_KEY, decode_logo, printer_offset

    years = max(1, valid.year - issue.year) if cert else s.validity_years
    return CertificateData(
        participant_number=p.number, holder_name=p.name_on_certificate,
        number=cert.number if cert else "",
        registration_number=cert.registration_number if cert else "", field_id=s.field_id,
        field_en=s.field_en, qualification_id=s.title_id, qualification_en=s.title_en,
        city=data.event.city, issue_date=issue, lsp_name=data.event.lsp_name,
        chair_name=st.get("certificate.chair_name", blank),
        manager_name=st.get("certificate.manager_name", blank),
        units=[CertificateUnit(u.code, u.title_id, u.title_en) for u in s.units], qr_text=qr,
        draft=not final, mode=st.get("certificate.mode", "") or "polos",
        offset_mm=printer_offset(st), logo=decode_logo(st.get(LOGO_KEY, "")),
        signatory_role=st.get("certificate.signatory_role", "") or "ketua",
        validity_years=years)


# --- the export generator ------------------------------------------------------------------------

def _person_file(folder: Path, prefix: str, number: int) -> Path:
    return folder / f"{prefix}-{number:04d}.pdf"


def _person_meta(data: EventData, title: str, p: Participant) -> dict[str, str]:
    """A split-off file's own metadata: the form and participant number, never the name."""
    return {"Title": f"{title} · Peserta {p.number}", "Author": data.event.lsp_name,
            "Subject": data.event.name, "Creator": "Humas Desktop"}


def export_documents(edb: EventDB, kinds: Sequence[str], out_dir: Path,
                     options: ExportOptions | None = None) -> Generator[Progress, None, list[Path]]:
    verify_for_use(edb)  # a damaged or tampered file never makes documents
    opts = options or ExportOptions()
    wanted = list(KINDS) if "all" in kinds else list(dict.fromkeys(kinds))
    opts = _replace(opts, asked=tuple(k for k in kinds if k != "all"))
    for k in wanted:
        if k not in KINDS and k not in EXTRA_KINDS:
            raise ExportError("export_unknown_kind", kind=k)
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
    total = len(wanted)
    step = 0
    with recording() as done:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            for step, kind in enumerate(wanted):
                yield Progress(step * STEP, total * STEP, kind)
                written.extend((yield from _export_kind(data, kind, out_dir, opts, step, total)))
                _note_written(opts, done, written)
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
            _note_written(opts, done, written)
    yield Progress(total * STEP, total * STEP, "selesai")
    return written


def _note_written(opts: ExportOptions, done: Sequence[Path], written: Sequence[Path]) -> None:
    if opts.written is not None:
        opts.written[:] = list(dict.fromkeys([*done, *written]))


def _split(blob: bytes, starts: list[int], targets: list[Path], metas: list[dict[str, str]],
           at: Callable[[int, str], Progress], label: str) -> Generator[Progress, None, None]:
    """Write the per-participant files one by one, reporting (and open to a cancel) as it goes:
    ``at(n, message)`` is the progress once ``n`` files are on disk."""
    from humas_desktop.formats.pdf.split import split_pdf_steps

    for n in split_pdf_steps(blob, starts, targets, metas):
        if n % 25 == 0:
            yield at(n, f"{label} {n}/{len(targets)}")


def _export_kind(data: EventData, kind: str, out: Path, opts: ExportOptions, step: int,
                 total: int) -> Generator[Progress, None, list[Path]]:
    header = _xlsx_header(data)
    schemes = list(data.schemes.values())
    if kind == "roster":
        return [_save_workbook(xr.roster_workbook(header, roster_rows(data)),
                               out / "daftar-peserta.xlsx")]
    if kind == "attendance":
        sheets = attendance_sheets(data)
        xlsx = _save_workbook(xr.attendance_workbook(header, sheets), out / "daftar-hadir.xlsx")
        pdf = out / "daftar-hadir.pdf"
        days = [day_label(d) for d in event_days(data.event)]
        write_bytes_atomic(pdf, docs.attendance_pdf(
            _event_header(data),
            [docs.AttendanceSection(s.assessor_name, s.assessor_met,
                                    [(printable(nm), printable(inst), att)
                                     for _, nm, inst, att in s.rows], days)
             for s in sheets]))
        return [xlsx, pdf]
    if kind == "recap":
        paths = []
        for i, s in enumerate(schemes, 1):
            name = "rekapitulasi-hasil.xlsx" if len(schemes) == 1 else f"rekapitulasi-hasil-{i}.xlsx"
            # Each scheme's recap names that scheme, not every scheme of the event.
            wb = xr.recap_workbook(_replace(header, scheme=_scheme_label(s)),
                                   [u.code for u in s.units], recap_rows(data, s),
                                   [u.title_id for u in s.units], numbered=bool(data.certificates))
            paths.append(_save_workbook(wb, out / name))
        return paths
    if kind == "bnsp":
        return [_save_workbook(xr.bnsp_workbook(bnsp_rows(data), draft=draft_note(data)),
                               out / "unggah-bnsp.xlsx")]
    if kind == "berita-acara":
        m = minutes(data)
        ba = xr.BeritaAcaraData(
            m.field_name, [xr.BeritaAcaraRow(r.number, r.name, r.institution, r.result,
                                             r.follow_up,
                                             f"Kode tanda terima: {r.receipt}" if r.receipt else "")
                           for r in m.rows],
            m.assessors, data.settings.get("event.responsible", ""), m.plenary_date, m.sk_number,
            opening=m.opening, place_date=m.place_date, responsible_title=m.responsible_title,
            counts=(m.counts.total, m.counts.k, m.counts.bk))
        xlsx = _save_workbook(xr.berita_acara_workbook(header, ba), out / "berita-acara.xlsx")
        pdf = out / "berita-acara.pdf"
        write_bytes_atomic(pdf, docs.minutes_pdf(_event_header(data), m,
                                                 data.settings.get("event.responsible", "")))
        return [xlsx, pdf]
    if kind == "report":
        reports: list[docs.ReportData] = []
        notes = data.report_notes
        for s in schemes:
            reports.extend(_replace(r, header=_doc_header(data, s))  # each names its own scheme
                           for r in report_data(data, s, {aid: n.boxes()
                                                          for (aid, sid), n in notes.items()
                                                          if sid == s.id}))
        if not reports:  # nobody assessed yet: no report (a kop on an empty page says nothing)
            return []
        pdf = out / "fr-ak-05-laporan-asesmen.pdf"
        write_bytes_atomic(pdf, docs.report_pdf(_doc_header(data, schemes[0] if schemes else None),
                                                reports))
        return [pdf]
    if kind == "records":
        return (yield from _export_records(data, out, opts, step, total))
    if kind == "certificates":
        return (yield from _export_certificates(data, out, opts, step, total))
    if kind in ("ak03", "ak04"):
        from humas_desktop.services import records_export

        helpers = records_export.Helpers(printable, _doc_header, _person_file, _person_meta)
        return (yield from records_export.export_kind(data, kind, out, opts.per_participant,
                                                      opts.combined, helpers, step, total))
    if kind in AFTER_CLOSE:
        return _export_after_close(data, kind, out, kind in opts.asked)
    if kind == "calibration":
        from humas_desktop.formats.pdf.certificates import calibration_pdf
        from humas_desktop.services.document_settings import printer_offset

        target = out / "kalibrasi-blanko.pdf"
        write_bytes_atomic(target, calibration_pdf(printer_offset(data.settings),
                                                   data.settings.get("certificate.printer", "")))
        return [target]
    raise ExportError("export_unknown_kind", kind=kind)


def decision_data(data: EventData) -> docs.DecisionData | None:
    """The plenary's decisions (present participants with a decision), or None before them."""
    rows = []
    first = None
    decided_schemes: dict[str, Scheme] = {}
    for p in data.participants:
        d = data.decisions.get(p.id)
        if d is None or not _is_present(data, p):
            continue
        first = first or d
        s = data.scheme_of(p)
        if s is not None:
            decided_schemes.setdefault(s.id, s)
        a = data.assessments.get(p.id)
        cert = data.certificates.get(p.id)
        rows.append(docs.DecisionRow(p.number, printable(p.name), printable(p.institution),
                                     _v(a.overall_recommendation if a else None), d.result.value,
                                     cert.number if cert else ""))
    if first is None:
        return None
    from humas_desktop.formats.pdf.certificates import SIGNATORY_ROLES

    st = data.settings
    role = SIGNATORY_ROLES.get(st.get("certificate.signatory_role", "") or "ketua", "")
    when = first.plenary_date
    return docs.DecisionData(
        data.event.lsp_name, data.event.city, HARI[when.weekday()] if when else "-",
        tanggal(when), first.sk_number, first.decided_by, _dates(data.event), rows,
        st.get("certificate.chair_name", ""), role.split(" / ")[0] or "Ketua LSP",
        st.get("certificate.manager_name", ""),
        [(s.title_id, s.code) for s in data.schemes.values() if s.id in decided_schemes])


def _export_after_close(data: EventData, kind: str, out: Path, asked: bool) -> list[Path]:
    from humas_desktop.domain.models import EventStatus

    decided = decision_data(data)
    if data.event.status is not EventStatus.CLOSED or decided is None:
        if asked:  # named on its own: say why nothing was written
            raise ExportError("event_not_closed")
        return []  # "all" before close: these documents simply do not exist yet
    schemes = list(data.schemes.values())
    h = _event_header(data)
    if kind == "pleno":
        target = out / "berita-acara-pleno.pdf"
        write_bytes_atomic(target, docs.plenary_pdf(h, decided))
    elif kind == "sk":
        target = out / "sk-penetapan-hasil.pdf"
        write_bytes_atomic(target, docs.decree_pdf(h, decided))
    else:
        numbers = {p.number: p for p in data.participants}
        by_scheme = [(f"{s.title_id} ({s.code})",
                      [r for r in decided.rows if data.scheme_of(numbers[r.number]) is s])
                     for s in schemes]
        target = out / "permohonan-blanko-bnsp.pdf"
        write_bytes_atomic(target, docs.blanko_request_pdf(h, decided, by_scheme))
    return [target]


def _export_records(data: EventData, out: Path, opts: ExportOptions, step: int,
                    total: int) -> Generator[Progress, None, list[Path]]:
    from humas_desktop.formats.pdf.certificates import auto_workers
    from humas_desktop.formats.pdf.layout import finish

    people = [(p, r) for p in data.participants if (r := record_data(data, p)) is not None]
    if not people:  # before opening a PDF: one left unfinished keeps its font files open
        return []
    first = _doc_header(data, data.scheme_of(people[0][0]))
    headers: dict[str | None, docs.DocHeader] = {}

    def header_of(p: Participant) -> docs.DocHeader:
        scheme = data.scheme_of(p)
        key = scheme.id if scheme is not None else None
        if key not in headers:  # the same header for every participant of a scheme
            headers[key] = _doc_header(data, scheme)
        return headers[key]

    if auto_workers(len(people), opts.workers) > 1:
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
            yield _at(step, total, i + 1, whole, f"records {i + 1}/{len(people)}")
    blob = finish(pdf)
    paths: list[Path] = []
    if opts.combined:
        target = out / "fr-ak-02-rekaman-asesmen.pdf"
        write_bytes_atomic(target, blob)
        paths.append(target)
    if opts.per_participant:
        targets = [_person_file(out / "fr-ak-02", "peserta", p.number) for p, _ in people]
        metas = [_person_meta(data, "FR.AK.02 Rekaman Asesmen Kompetensi", p) for p, _ in people]
        yield from _split(blob, starts, targets, metas,
                          lambda n, msg: _at(step, total, len(people) + n, whole, msg), "records")
        paths.extend(targets)
    return paths


def _export_records_parallel(data: EventData, out: Path, opts: ExportOptions, step: int,
                             total: int, first: docs.DocHeader,
                             people: list[tuple[Participant, docs.DocHeader, docs.RecordData]],
                             ) -> Generator[Progress, None, list[Path]]:
    """The records on worker processes (2 free cores: about half the time), in chunks so that
    progress moves and a cancel waits for at most the chunks being rendered. Each worker writes
    its chunk's per-participant files; the combined file is the chunks merged in order."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    from humas_desktop.formats.atomic_file import record_written
    from humas_desktop.formats.pdf.certificates import auto_workers
    from humas_desktop.formats.pdf.records_parallel import Chunk, render_chunk
    from humas_desktop.formats.pdf.split import merge_pdfs

    n = len(people)
    workers = auto_workers(n, opts.workers)
    # Chunks of at most 250 records: a cancel waits for the ones being rendered only (each
    # chunk's PDF carries its own font subsets, so not smaller than needed).
    count = min(n, max(workers * 4, -(-n // 250)))
    bounds = [round(i * n / count) for i in range(count + 1)]
    chunks = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        part = people[a:b]
        targets = ([str(_person_file(out / "fr-ak-02", "peserta", p.number)) for p, _, _ in part]
                   if opts.per_participant else None)
        metas = ([_person_meta(data, "FR.AK.02 Rekaman Asesmen Kompetensi", p) for p, _, _ in part]
                 if opts.per_participant else None)
        chunks.append(Chunk(first, [(h, r) for _, h, r in part], targets, metas))
    results: dict[int, tuple[bytes, list[int], list[str]]] = {}
    done_records = 0

    def took(i: int, result: tuple[bytes, list[int], list[str]]) -> None:
        nonlocal done_records
        results[i] = result
        for path in result[2]:
            record_written(Path(path))  # whole files on disk (a cancel reports them)
        done_records += len(chunks[i].records)

    yield _at(step, total, 0, n + 1, f"records 0/{n}")
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        try:
            pending: dict[Future[tuple[bytes, list[int], list[str]]], int] = {
                pool.submit(render_chunk, chunk): i for i, chunk in enumerate(chunks)}
            while pending:
                finished, _ = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in finished:
                    i = pending.pop(future)
                    took(i, future.result())  # an OSError of a worker stops the export here
                yield _at(step, total, done_records, n + 1, f"records {done_records}/{n}")
        finally:
            # A cancel: chunks not started are dropped, those being rendered finish whole.
            pool.shutdown(wait=True, cancel_futures=True)
    except (BrokenProcessPool, RuntimeError):
        pass  # no worker processes here (restricted or frozen environment): the rest in-process
    for i, chunk in enumerate(chunks):
        if i not in results:
            took(i, render_chunk(chunk))
            yield _at(step, total, done_records, n + 1, f"records {done_records}/{n}")
    paths: list[Path] = []
    if opts.combined:
        target = out / "fr-ak-02-rekaman-asesmen.pdf"
        write_bytes_atomic(target, merge_pdfs(
            [results[i][0] for i in range(len(chunks))],
            {"Title": "FR.AK.02 Rekaman Asesmen Kompetensi", "Author": data.event.lsp_name}))
        paths.append(target)
    if opts.per_participant:
        paths.extend(Path(p) for i in range(len(chunks)) for p in results[i][2])
    return paths


def _export_certificates(data: EventData, out: Path, opts: ExportOptions, step: int,
                         total: int) -> Generator[Progress, None, list[Path]]:
    from humas_desktop.formats.pdf.certificates import (
        auto_workers,
        back,
        front,
        new_certificate_pdf,
        render_batch,
    )
    from humas_desktop.formats.pdf.layout import finish

    people = [p for p in _certificate_people(data) if p.id not in data.held_back]
    if not people:
        return []
    items = [certificate_data(data, p, opts.sign, opts.draft) for p in people]
    targets = [_person_file(out / "sertifikat", "sertifikat", p.number) for p in people]
    metas = [_person_meta(data, "Sertifikat Kompetensi", p) for p in people]
    paths: list[Path] = []
    n = len(items)
    whole = 2 * n if opts.per_participant else n  # rendering, then the per-participant files
    if auto_workers(len(items), opts.workers) > 1:
        yield _at(step, total, 0, whole, f"certificates 0/{len(items)}")
        if opts.combined or not opts.per_participant:
            merged = render_batch(items, None, opts.workers)
            assert isinstance(merged, bytes)
            if opts.combined:
                write_bytes_atomic(out / "sertifikat.pdf", merged)
                paths.append(out / "sertifikat.pdf")
            yield _at(step, total, n, whole, f"certificates {len(items)}/{len(items)}")
            if opts.per_participant:
                # Every certificate is exactly two pages (front, back): split, do not render again.
                yield from _split(merged, list(range(0, 2 * n, 2)), targets, metas,
                                  lambda k, msg: _at(step, total, n + k, whole, msg), "certificates")
                paths.extend(targets)
        else:
            for t in targets:
                t.parent.mkdir(parents=True, exist_ok=True)
            render_batch(items, [str(t) for t in targets], opts.workers)
            paths.extend(targets)
        return paths
    pdf = new_certificate_pdf()
    pdf.set_title("Sertifikat Kompetensi")
    pdf.set_author(data.event.lsp_name)
    starts: list[int] = []
    for i, item in enumerate(items):
        starts.append(pdf.page_no())
        front(pdf, item)
        back(pdf, item)
        if i % 10 == 9:
            yield _at(step, total, i + 1, whole, f"certificates {i + 1}/{len(items)}")
    blob = finish(pdf)
    if opts.combined:
        write_bytes_atomic(out / "sertifikat.pdf", blob)
        paths.append(out / "sertifikat.pdf")
    if opts.per_participant:
        yield from _split(blob, starts, targets, metas,
                          lambda k, msg: _at(step, total, n + k, whole, msg), "certificates")
        paths.extend(targets)
    return paths

