"""The records before the interview (issue 26; shared/forms.md 1.1-1.3).

* **FR.APL.01** as received, per participant: what the roster does not already hold (tujuan
  asesmen from the official set, the home and office contacts, the documents checked) and the
  LSP's "Diterima / Tidak diterima". The coordinator's record; the hand-out carries it.
* **FR.APL.02**, per unit: the asesi's self-assessment (K/BK, the evidence listed) and the
  assigned assessor's review, "asesmen dapat / tidak dapat dilanjutkan". A unit that cannot go on
  is not scored (``services/scoring_rules.ensure_unit_open``). Results bring it back.
* **FR.AK.01** as the form is: the evidence methods chosen, TUK, date and time agreed, the asesi's
  and the assessor's signatures, the statements snapshotted. With the consent and the assessor's
  declaration it opens scoring (``scoring_rules.ensure_editable``).

Writes are audited (``storage/repository``); APL.02 and AK.01 are written through
``ScoringService`` (the record a participant's workspace shows may not exist yet).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from humas_desktop.domain import day_order
from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import AssessmentStatus, Purpose, TukType, new_id
from humas_desktop.formats.forms_wording import Wording
from humas_desktop.services import form_wording, scoring_rules
from humas_desktop.services.workspace import assessor_copy_of, ensure_coordinator_file
from humas_desktop.storage import apl_store as store
from humas_desktop.storage import records_store
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, now_iso

# Tujuan asesmen: the official set (FR.APL.01 Bagian 2; Hanhan73 omits Sertifikasi Ulang).
PURPOSE_LABELS: dict[str, str] = {
    Purpose.SERTIFIKASI.value: "Sertifikasi",
    Purpose.SERTIFIKASI_ULANG.value: "Sertifikasi Ulang",
    Purpose.PKT.value: "Pengakuan Kompetensi Terkini (PKT)",
    Purpose.RPL.value: "Rekognisi Pembelajaran Lampau (RPL)",
    Purpose.LAINNYA.value: "Lainnya",
}
DOC_CATEGORIES = {"persyaratan_dasar": "Bukti Persyaratan Dasar",
                  "administratif": "Bukti Administratif"}
DOC_STATUSES = {"memenuhi": "Ada Memenuhi Syarat", "tidak_memenuhi": "Ada Tidak Memenuhi Syarat",
                "tidak_ada": "Tidak Ada"}
# PBL_LSP's fixed list (shared/forms.md 1.1): offered when nothing else was recorded.
DEFAULT_DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("persyaratan_dasar", "Ijazah Terakhir"),
    ("persyaratan_dasar", "Daftar Riwayat Hidup (CV)"),
    ("administratif", "KTP"),
    ("administratif", "Pas Foto 3x4 background merah"),
)
APL01_RECOMMENDATIONS = {"diterima": "Diterima", "tidak_diterima": "Tidak diterima"}
SELF = ("K", "BK")
APL02_RECOMMENDATIONS = {"lanjut": "Asesmen dapat dilanjutkan",
                         "tidak_lanjut": "Asesmen tidak dapat dilanjutkan"}
# FR.AK.01 "Bukti yang akan dikumpulkan" (Hanhan73's eight; PBL_LSP adds Hasil Tanya Jawab).
AK01_METHODS: dict[str, str] = {
    "portofolio": "Verifikasi Portofolio",
    "observasi": "Observasi Langsung",
    "lisan": "Pertanyaan Lisan",
    "tertulis": "Pertanyaan Tertulis",
    "wawancara": "Pertanyaan Wawancara",
    "review_produk": "Hasil Review Produk",
    "kegiatan_terstruktur": "Hasil Kegiatan Terstruktur",
    "lainnya": "Lainnya",
}
# A portfolio + interview humas scheme (shared/forms.md 1.4): IA.08, IA.09, IA.07.
DEFAULT_METHODS = ("portofolio", "lisan", "wawancara")
TUK_LABELS = {TukType.SEWAKTU.value: "Sewaktu", TukType.TEMPAT_KERJA.value: "Tempat Kerja",
              TukType.MANDIRI.value: "Mandiri"}
MAX_TEXT = 500


# --- FR.APL.01 ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Document:
    category: str  # DOC_CATEGORIES key
    name: str
    status: str  # DOC_STATUSES key
    note: str = ""


@dataclass(frozen=True, slots=True)
class Apl01:
    participant_id: str
    purpose: str = Purpose.SERTIFIKASI.value
    purpose_other: str = ""
    home_phone: str = ""
    office_phone: str = ""
    office_postal_code: str = ""
    office_fax: str = ""
    office_email: str = ""
    documents: tuple[Document, ...] = ()
    recommendation: str | None = None  # 'diterima' | 'tidak_diterima' | None (not yet)
    notes: str = ""
    applied_on: date | None = None
    admin_name: str = ""
    admin_signed_on: date | None = None
    id: str = field(default_factory=new_id)


def _text(value: str, what: str) -> str:
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        raise DomainError("apl_text_too_long", field=what, limit=MAX_TEXT)
    return text


def _docs_json(docs: Sequence[Document]) -> str:
    out = []
    for d in docs:
        if d.category not in DOC_CATEGORIES:
            raise DomainError("apl01_document_invalid", name=d.name)
        if d.status not in DOC_STATUSES:
            raise DomainError("apl01_document_invalid", name=d.name)
        name = _text(d.name, "nama_dokumen")
        if not name:
            raise DomainError("apl01_document_invalid", name="-")
        out.append({"category": d.category, "name": name, "status": d.status,
                    "note": _text(d.note, "catatan")})
    return json.dumps(out, ensure_ascii=False)


def _docs(text: str | None) -> tuple[Document, ...]:
    try:
        items = json.loads(text) if text else []
    except ValueError:  # purged ('') or damaged: no list
        return ()
    if not isinstance(items, list):
        return ()
    return tuple(Document(str(i.get("category", "")), str(i.get("name", "")),
                          str(i.get("status", "")), str(i.get("note", "")))
                 for i in items if isinstance(i, dict))


def _day(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def save_apl01(edb: EventDB, record: Apl01, reason: str = "FR.APL.01 dicatat") -> str:
    """Record (or correct) a participant's FR.APL.01 as received. Returns its id."""
    if record.purpose not in PURPOSE_LABELS:
        raise DomainError("apl01_purpose_invalid", value=record.purpose)
    if record.purpose == Purpose.LAINNYA.value and not record.purpose_other.strip():
        raise DomainError("apl01_purpose_other_missing")
    if record.recommendation not in (None, *APL01_RECOMMENDATIONS):
        raise DomainError("apl01_recommendation_invalid", value=record.recommendation)
    if record.recommendation and not record.admin_name.strip():
        raise DomainError("apl01_admin_missing")
    values = {
        "purpose": record.purpose,
        "purpose_other": _text(record.purpose_other, "tujuan_lainnya")
        if record.purpose == Purpose.LAINNYA.value else "",
        "home_phone": _text(record.home_phone, "telp_rumah"),
        "office_phone": _text(record.office_phone, "telp_kantor"),
        "office_postal_code": _text(record.office_postal_code, "kode_pos_kantor"),
        "office_fax": _text(record.office_fax, "fax"),
        "office_email": _text(record.office_email, "email_kantor"),
        "documents": _docs_json(record.documents),
        "recommendation": record.recommendation,
        "notes": _text(record.notes, "catatan"),
        "applied_on": record.applied_on.isoformat() if record.applied_on else None,
        "admin_name": _text(record.admin_name, "admin"),
        "admin_signed_on": (record.admin_signed_on or date.today()).isoformat()
        if record.recommendation else None,
    }
    with edb.atomic():
        scoring_rules.ensure_event_open(edb)
        # The coordinator's record: a change on an assessor's copy would never travel back.
        ensure_coordinator_file(edb, "Catat FR.APL.01")
        repo.get_participant(edb, record.participant_id)  # a participant of this event
        held = store.apl01_of(edb, record.participant_id)
        if held is None:
            row_id = new_id()
            repo.audited_insert(edb, "apl01", {"id": row_id, "participant_id": record.participant_id,
                                               **values}, reason=reason)
            return row_id
        repo.audited_update(edb, "apl01", str(held["id"]), values, reason=reason)
        return str(held["id"])


def _apl01(row: dict[str, Any]) -> Apl01:
    return Apl01(str(row["participant_id"]), str(row["purpose"]), str(row["purpose_other"]),
                 str(row["home_phone"]), str(row["office_phone"]), str(row["office_postal_code"]),
                 str(row["office_fax"]), str(row["office_email"]), _docs(row["documents"]),
                 row["recommendation"], str(row["notes"]), _day(row["applied_on"]),
                 str(row["admin_name"]), _day(row["admin_signed_on"]), str(row["id"]))


def get_apl01(edb: EventDB, participant_id: str) -> Apl01 | None:
    row = store.apl01_of(edb, participant_id)
    return None if row is None else _apl01(row)


def all_apl01(edb: EventDB) -> list[Apl01]:
    return [_apl01(r) for r in store.apl01_rows(edb)]


# --- FR.APL.02 ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Apl02Unit:
    unit_id: str
    self_assessment: str  # 'K' | 'BK'
    evidence: str
    recommendation: str  # 'lanjut' | 'tidak_lanjut'
    asesi_signed_on: date | None = None
    reviewed_name: str = ""
    reviewed_met: str = ""
    reviewed_at: str = ""


def review_units(edb: EventDB, assessment_id: str, entries: Sequence[Apl02Unit]) -> None:
    """The assessor's FR.APL.02 review, unit by unit (called inside ScoringService's transaction,
    the assessment existing). Refused once the record is signed or the event closed."""
    scoring_rules.ensure_editable(edb, assessment_id, need_consent=False)
    scheme_id = repo.load_assessment(edb, assessment_id).scheme_id
    units = {u.id for u in scoring_rules.scheme_units(edb, scheme_id)}
    name, met = records_store.assessor_of_assessment(edb, assessment_id) or ("", "")
    held = {str(r["unit_id"]): str(r["id"]) for r in store.apl02_of(edb, assessment_id)}
    for entry in entries:
        if entry.self_assessment not in SELF:
            raise DomainError("apl02_self_invalid", value=entry.self_assessment)
        if entry.recommendation not in APL02_RECOMMENDATIONS:
            raise DomainError("apl02_recommendation_invalid", value=entry.recommendation)
        if entry.unit_id not in units:
            raise DomainError("apl02_unit_unknown")
        values = {"self_assessment": entry.self_assessment,
                  "evidence": _text(entry.evidence, "bukti"),
                  "recommendation": entry.recommendation,
                  "asesi_signed_on": entry.asesi_signed_on.isoformat() if entry.asesi_signed_on
                  else date.today().isoformat(),
                  "reviewed_name": name, "reviewed_met": met, "reviewed_at": now_iso()}
        if entry.unit_id in held:
            repo.audited_update(edb, "apl02", held[entry.unit_id], values,
                                reason="FR.APL.02 ditinjau")
        else:
            row_id = new_id()
            repo.audited_insert(edb, "apl02", {"id": row_id, "assessment_id": assessment_id,
                                               "unit_id": entry.unit_id, **values},
                                reason="FR.APL.02 ditinjau")
            held[entry.unit_id] = row_id


def get_apl02(edb: EventDB, assessment_id: str) -> dict[str, Apl02Unit]:
    """unit id -> the reviewed unit."""
    return {str(r["unit_id"]): Apl02Unit(str(r["unit_id"]), str(r["self_assessment"]),
                                         str(r["evidence"]), str(r["recommendation"]),
                                         _day(r["asesi_signed_on"]), str(r["reviewed_name"]),
                                         str(r["reviewed_met"]), str(r["reviewed_at"]))
            for r in store.apl02_of(edb, assessment_id)}


def apl02_assessments(edb: EventDB) -> list[dict[str, Any]]:
    return store.apl02_assessments(edb)


# --- FR.AK.01 ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Ak01Terms:
    """What the asesi and the assessor agree on FR.AK.01."""

    methods: tuple[str, ...] = DEFAULT_METHODS
    tuk_type: str = TukType.SEWAKTU.value
    tuk_name: str = ""
    agreed_date: date | None = None
    agreed_time: str = ""
    other_method: str = ""  # what "Lainnya" is, when it is chosen


@dataclass(frozen=True, slots=True)
class Ak01:
    assessment_id: str
    terms: Ak01Terms
    wording_version: str
    opening: str
    assessor_statement: str
    asesi_statements: tuple[str, ...]
    asesi_name: str
    asesi_signed_at: str
    assessor_name: str
    assessor_met: str
    assessor_signed_at: str


def wording(edb: EventDB, assessment_id: str | None = None) -> Wording:
    """The wording of the assessment's scheme, else the event's, else the shipped one."""
    return form_wording.for_assessment(edb, assessment_id)


def declaration(edb: EventDB, assessment_id: str) -> str:
    """The assessor's declaration as signed for this assessment (snapshotted), else the one the
    assessment's wording offers now."""
    row = records_store.declaration_of(edb, assessment_id)
    return str(row["statement"]) if row else wording(edb, assessment_id).ak01_declaration


def default_terms(edb: EventDB, at: datetime | None = None) -> Ak01Terms:
    """The event's TUK, today (or the event's first day) and the time now, the scheme's methods."""
    event = repo.load_event(edb)
    when = at or datetime.now().astimezone()
    day = when.date()
    return Ak01Terms(DEFAULT_METHODS, event.tuk_type.value, event.tuk_name, day,
                     when.strftime("%H:%M"))


def record_ak01(edb: EventDB, assessment_id: str, terms: Ak01Terms | None = None,
                at: datetime | None = None) -> None:
    """The FR.AK.01 form of this assessment, once (inside ScoringService's transaction, the
    assessment existing). The asesi and the assessor sign it now; the statements are the
    wording of the day, snapshotted."""
    if store.has_ak01(edb, assessment_id):
        return
    terms = terms or default_terms(edb, at)
    methods = tuple(dict.fromkeys(terms.methods))
    if not methods:
        raise DomainError("ak01_methods_missing")
    if any(m not in AK01_METHODS for m in methods):
        raise DomainError("ak01_method_invalid")
    if terms.tuk_type not in TUK_LABELS:
        raise DomainError("ak01_tuk_invalid", value=terms.tuk_type)
    other = _text(terms.other_method, "bukti_lainnya") if "lainnya" in methods else ""
    if "lainnya" in methods and not other:
        raise DomainError("ak01_other_method_missing")
    words = wording(edb, assessment_id)
    a = repo.load_assessment(edb, assessment_id)
    person = repo.get_participant(edb, a.participant_id)
    name, met = records_store.assessor_of_assessment(edb, assessment_id) or ("", "")
    stamp = (at.isoformat() if at else now_iso())
    repo.audited_insert(edb, "ak01", {
        "id": new_id(), "assessment_id": assessment_id, "wording_version": words.version,
        "statements": json.dumps({"opening": words.ak01_opening,
                                  "assessor": words.ak01_assessor_statement,
                                  "asesi": list(words.ak01_asesi_statements)}, ensure_ascii=False),
        "methods": json.dumps(list(methods)), "other_method": other, "tuk_type": terms.tuk_type,
        "tuk_name": _text(terms.tuk_name, "tuk"),
        "agreed_date": (terms.agreed_date or date.today()).isoformat(),
        "agreed_time": _text(terms.agreed_time, "waktu"),
        "asesi_name": person.name, "asesi_signed_at": stamp, "assessor_name": name,
        "assessor_met": met, "assessor_signed_at": stamp}, reason="FR.AK.01 disepakati")


def get_ak01(edb: EventDB, assessment_id: str) -> Ak01 | None:
    row = store.ak01_of(edb, assessment_id)
    return None if row is None else _ak01(row)


def _ak01(row: dict[str, Any]) -> Ak01:
    try:
        statements = json.loads(row["statements"])
    except ValueError:
        statements = {}
    try:
        methods = tuple(str(m) for m in json.loads(row["methods"]))
    except ValueError:
        methods = ()
    terms = Ak01Terms(methods, str(row["tuk_type"]), str(row["tuk_name"]), _day(row["agreed_date"]),
                      str(row["agreed_time"]), str(row.get("other_method") or ""))
    return Ak01(str(row["assessment_id"]), terms, str(row["wording_version"]),
                str(statements.get("opening", "")), str(statements.get("assessor", "")),
                tuple(str(s) for s in statements.get("asesi", ())), str(row["asesi_name"]),
                str(row["asesi_signed_at"]), str(row["assessor_name"]), str(row["assessor_met"]),
                str(row["assessor_signed_at"]))


def all_ak01(edb: EventDB) -> list[tuple[dict[str, Any], Ak01]]:
    """(the row with participant/assessor/scheme ids, number and the declaration, the form)."""
    return list(each_ak01(edb))


def each_ak01(edb: EventDB) -> Iterator[tuple[dict[str, Any], Ak01]]:
    """:func:`all_ak01` one form at a time (the export: not every form parsed at once, #25)."""
    return ((row, _ak01(row)) for row in store.ak01_rows(edb))


# --- the order of the day ----------------------------------------------------------------

def day_steps(edb: EventDB, participant_id: str, assessment_id: str | None) -> list[day_order.Step]:
    """The progress strip of a participant: APL → AK.01 → IA → AK.02 → AK.03 → result → AK.04."""
    return day_order.steps(store.day_facts(edb, participant_id, assessment_id))


def apl01_editable(edb: EventDB) -> bool:
    """APL.01 is written on the coordinator's file; an assessor's copy shows it read-only."""
    return assessor_copy_of(edb) is None


def is_signed(edb: EventDB, assessment_id: str) -> bool:
    row = records_store.assessment_gate(edb, assessment_id)
    return row is not None and row[0] == AssessmentStatus.DITANDATANGANI.value
