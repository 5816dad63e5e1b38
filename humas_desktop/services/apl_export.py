"""Export kinds ``apl01``, ``apl02`` and ``ak01`` (issue 26): FR.APL.01, FR.APL.02 and FR.AK.01 as
PDFs with the LSP's kop, one combined file and one per participant (file names hold numbers
only). The data comes from the event (roster + the records of services/apl.py)."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from humas_desktop.domain.progress import Progress
from humas_desktop.domain.terbilang import HARI
from humas_desktop.formats.pdf import apl_forms as pf
from humas_desktop.formats.pdf.layout import tanggal
from humas_desktop.services import apl
from humas_desktop.services.records_export import Helpers, write_forms
from humas_desktop.storage.db import EventDB

Print = Callable[[str], str]
KINDS = ("apl01", "apl02", "ak01")
_TITLES = {"apl01": ("FR.APL.01", "FR.APL.01 Permohonan Sertifikasi Kompetensi",
                     "fr-apl-01-permohonan"),
           "apl02": ("FR.APL.02", "FR.APL.02 Asesmen Mandiri", "fr-apl-02-asesmen-mandiri"),
           "ak01": ("FR.AK.01", "FR.AK.01 Persetujuan Asesmen dan Kerahasiaan",
                    "fr-ak-01-persetujuan")}
GENDER = {"L": "Laki-laki", "P": "Perempuan"}


@dataclass(slots=True)
class AplForms:
    """What the event holds of the records before the interview, read once per export."""

    apl01: dict[str, apl.Apl01] = field(default_factory=dict)  # participant id ->
    # Read one form at a time while the records are made (a single pass; #25: not every
    # participant's form held at once).
    apl02: Iterable[tuple[dict[str, Any], dict[str, apl.Apl02Unit]]] = field(default_factory=list)
    ak01: Iterable[tuple[dict[str, Any], apl.Ak01]] = field(default_factory=list)


def load_forms(edb: EventDB, kinds: tuple[str, ...] = KINDS) -> AplForms:
    """The records of ``kinds`` (the others left empty): the export reads one kind's when it
    writes that kind."""
    return AplForms({a.participant_id: a for a in apl.all_apl01(edb)} if "apl01" in kinds else {},
                    ((row, apl.get_apl02(edb, str(row["id"]))) for row in apl.apl02_assessments(edb))
                    if "apl02" in kinds else [],
                    apl.each_ak01(edb) if "ak01" in kinds else [])


def _day(d: date | None) -> str:
    return f"{HARI[d.weekday()]}, {d:%d/%m/%Y}" if d else "-"


def _date_of(stamp: str | None) -> date | None:
    try:
        return datetime.fromisoformat(stamp).date() if stamp else None
    except ValueError:
        return None


def _birth(p: Any) -> str:
    return f"{p.birth_place or '-'} / {tanggal(p.birth_date)}"


def apl01_records(data: Any, forms: AplForms, printable: Print) -> list[tuple[Any, pf.Apl01Data]]:
    out = []
    # The option lists and a scheme's units are the same on every form: held once (#25).
    purposes, statuses = list(apl.PURPOSE_LABELS.values()), list(apl.DOC_STATUSES.values())
    categories = list(apl.DOC_CATEGORIES.values())
    units: dict[int, list[tuple[str, str]]] = {}
    for p in data.participants:
        rec = forms.apl01.get(p.id)
        if rec is None:
            continue
        s = data.scheme_of(p)
        gender = GENDER.get(p.gender.value if p.gender else "", "-")
        personal = [("Nama lengkap", printable(p.name)), ("No. KTP/NIK/Paspor", p.nik or "-"),
                    ("Tempat / tgl. Lahir", printable(_birth(p))),
                    ("Jenis kelamin", pf.choices(("Laki-laki", "Perempuan"), gender)),
                    ("Kebangsaan", p.nationality or "-"), ("Alamat rumah", printable(p.address) or "-"),
                    ("Kode pos", p.postal_code or "-"),
                    ("No. Telepon/E-mail", f"Rumah: {rec.home_phone or '-'}\n"
                                           f"Kantor: {rec.office_phone or '-'}\n"
                                           f"HP: {p.phone or '-'}\nE-mail: {p.email or '-'}"),
                    ("Kualifikasi Pendidikan", p.education or "-")]
        work = [("Nama Institusi / Perusahaan", printable(p.institution) or "-"),
                ("Jabatan", printable(p.job_title) or "-"),
                ("Alamat Kantor", printable(p.office_address) or "-"),
                ("Kode pos", rec.office_postal_code or "-"),
                ("No. Telp/Fax/E-mail", f"Telp: {rec.office_phone or '-'}\nFax: {rec.office_fax or '-'}\n"
                                        f"E-mail: {rec.office_email or '-'}")]
        docs = [(apl.DOC_CATEGORIES.get(d.category, d.category), printable(d.name),
                 apl.DOC_STATUSES.get(d.status, ""), printable(d.note)) for d in rec.documents]
        if id(s) not in units:
            units[id(s)] = [(u.code, u.title_id) for u in (s.units if s else [])]
        out.append((p, pf.Apl01Data(
            p.number, personal, work, purposes,
            apl.PURPOSE_LABELS.get(rec.purpose, ""), printable(rec.purpose_other),
            units[id(s)], docs, statuses, categories,
            apl.APL01_RECOMMENDATIONS.get(rec.recommendation or "", ""), printable(rec.notes),
            printable(p.name), tanggal(rec.applied_on), printable(rec.admin_name),
            tanggal(rec.admin_signed_on))))
    return out


def _question(title: str) -> str:
    words = title.strip().rstrip(".?")
    return f"Dapatkah Saya {words[:1].lower()}{words[1:]}?"


def apl02_records(data: Any, forms: AplForms, printable: Print) -> list[tuple[Any, pf.Apl02Data]]:
    people = {p.id: p for p in data.participants}
    out = []
    # A unit's questions and criteria are the scheme's: built once and shared by every
    # participant's record (at 5,000 participants they were most of the export's memory, #25).
    questions: dict[int, list[tuple[str, str]]] = {}
    for row, review in forms.apl02:
        p = people.get(str(row["participant_id"]))
        if p is None:
            continue
        scheme = data.schemes.get(str(row["scheme_id"])) or data.scheme_of(p)
        assessor = data.assessors.get(str(row["assessor_id"]))
        units = []
        stopped = []
        for u in (scheme.units if scheme else []):
            entry = review.get(u.id)
            if entry is None:
                continue
            elements = questions.get(id(u))
            if elements is None:
                elements = questions[id(u)] = [
                    (f"{e.number} {_question(e.title)}",
                     "Kriteria Unjuk Kerja: " + "; ".join(f"{c.number} {c.text}" for c in e.criteria)
                     if e.criteria else "") for e in u.elements] or [(_question(u.title_id), "")]
            units.append(pf.Apl02Unit(u.code, u.title_id, elements, entry.self_assessment,
                                      printable(entry.evidence) or "-",
                                      apl.APL02_RECOMMENDATIONS[entry.recommendation]))
            if entry.recommendation == "tidak_lanjut":
                stopped.append(u.code)
        entries = list(review.values())
        asesi_on = min((e.asesi_signed_on for e in entries if e.asesi_signed_on), default=None)
        reviewed = max((_date_of(e.reviewed_at) for e in entries if e.reviewed_at), default=None,
                       key=lambda d: d or date.min)
        overall = apl.APL02_RECOMMENDATIONS["tidak_lanjut" if stopped else "lanjut"]
        name = entries[0].reviewed_name if entries and entries[0].reviewed_name else \
            (assessor.name if assessor else "-")
        met = entries[0].reviewed_met if entries and entries[0].reviewed_met else \
            (assessor.met_number if assessor else "")
        out.append((p, pf.Apl02Data(p.number, printable(p.name), printable(name), met,
                                    tanggal(asesi_on), units, tanggal(asesi_on), tanggal(reviewed),
                                    overall, stopped)))
    return out


def ak01_records(data: Any, forms: AplForms, printable: Print) -> list[tuple[Any, pf.Ak01Data]]:
    people = {p.id: p for p in data.participants}
    out = []
    shared: dict[Any, Any] = {}  # the wording every form repeats, held once (#25)
    for row, form in forms.ak01:
        p = people.get(str(row["participant_id"]))
        if p is None:
            continue
        t = form.terms
        # "Lainnya" printed with what it is when the form names it.
        labels = {**apl.AK01_METHODS, **({"lainnya": f"Lainnya: {printable(t.other_method)}"}
                                         if t.other_method else {})}
        out.append((p, pf.Ak01Data(
            p.number, printable(form.asesi_name or p.name), printable(form.assessor_name),
            form.assessor_met, list(apl.TUK_LABELS.values()), apl.TUK_LABELS.get(t.tuk_type, ""),
            printable(t.tuk_name), list(labels.values()),
            [labels[m] for m in t.methods if m in labels], _day(t.agreed_date),
            t.agreed_time, shared.setdefault(form.opening, form.opening),
            shared.setdefault(form.assessor_statement, form.assessor_statement),
            shared.setdefault(form.asesi_statements, form.asesi_statements),
            tanggal(_date_of(form.asesi_signed_at)), tanggal(_date_of(form.assessor_signed_at)),
            str(row.get("declaration") or ""), tanggal(_date_of(row.get("declared_at"))),
            form.wording_version)))
    return out


_RECORDS: dict[str, Callable[[Any, AplForms, Print], list[tuple[Any, Any]]]] = {
    "apl01": apl01_records, "apl02": apl02_records, "ak01": ak01_records}


# The function drawing one form, by name (formats/pdf/...): worker processes import it.
_PAGES = {"apl01": "apl_forms:apl01_pages", "apl02": "apl_forms:apl02_pages",
          "ak01": "apl_forms:ak01_pages"}


def export_kind(data: Any, forms: AplForms, kind: str, out: Path, per_participant: bool,
                combined: bool, helpers: Helpers, step: int,
                total: int) -> Generator[Progress, None, list[Path]]:
    """Write one of :data:`KINDS`; nothing when the event holds no such record."""
    records: list[tuple[Any, Any]] = list(_RECORDS[kind](data, forms, helpers.printable))
    del forms  # what the records were made from: not held while they are drawn (#25)
    if not records:
        return []
    return (yield from write_forms(data, records, kind, _TITLES[kind], _PAGES[kind], pf.forms_pdf,
                                   out, per_participant, combined, helpers, step, total))
