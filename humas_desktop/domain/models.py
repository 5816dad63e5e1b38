"""Dataclasses and enums for everything an event holds (see shared domain brief)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


def new_id() -> str:
    """A fresh UUID4 text key for rows that travel between laptops."""
    # The same text str(uuid.uuid4()) gives (random, version 4, RFC 4122 variant) at half the
    # cost: a 10,000-row roster import makes 10,000 of them.
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40
    raw[8] = raw[8] & 0x3F | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class IdSource:
    """:func:`new_id` for many rows at once: the same keys, random bytes read 256 ids at a time
    (one ``os.urandom`` call per id was ~7 % of a 10,000-row roster import)."""

    BLOCK = 256

    def __init__(self) -> None:
        self._ids: list[str] = []

    def next(self) -> str:
        if not self._ids:
            raw = bytearray(os.urandom(16 * self.BLOCK))
            for at in range(0, len(raw), 16):
                raw[at + 6] = raw[at + 6] & 0x0F | 0x40
                raw[at + 8] = raw[at + 8] & 0x3F | 0x80
            h = raw.hex()
            self._ids = [f"{h[i:i + 8]}-{h[i + 8:i + 12]}-{h[i + 12:i + 16]}-{h[i + 16:i + 20]}-"
                         f"{h[i + 20:i + 32]}" for i in range(0, len(h), 32)]
            self._ids.reverse()
        return self._ids.pop()


class Verdict(StrEnum):
    """K = Kompeten, BK = Belum Kompeten. ``None`` stands for "not yet assessed"."""

    K = "K"
    BK = "BK"


class TukType(StrEnum):
    SEWAKTU = "sewaktu"
    TEMPAT_KERJA = "tempat_kerja"
    MANDIRI = "mandiri"


class Purpose(StrEnum):
    """Tujuan asesmen (FR.APL.01 part 2)."""

    SERTIFIKASI = "sertifikasi"
    SERTIFIKASI_ULANG = "sertifikasi_ulang"
    PKT = "pkt"
    RPL = "rpl"
    LAINNYA = "lainnya"


class SchemeType(StrEnum):
    KKNI = "kkni"
    OKUPASI = "okupasi"
    KLASTER = "klaster"


class Gender(StrEnum):
    L = "L"  # laki-laki
    P = "P"  # perempuan


class Attendance(StrEnum):
    HADIR = "hadir"
    TIDAK_HADIR = "tidak_hadir"


class AssessmentStatus(StrEnum):
    BELUM_MULAI = "belum_mulai"
    BERLANGSUNG = "berlangsung"
    SELESAI = "selesai"
    DITANDATANGANI = "ditandatangani"


class QuestionKind(StrEnum):
    IA07 = "IA.07"  # pertanyaan lisan, with a model answer
    IA09 = "IA.09"  # pertanyaan wawancara, with a summary of the answer


class EvidenceType(StrEnum):
    """FR.AK.02 ticks: the kinds of evidence used for a unit."""

    OBSERVASI = "observasi"
    PORTOFOLIO = "portofolio"
    PIHAK_KETIGA = "pihak_ketiga"
    WAWANCARA = "wawancara"
    LISAN = "lisan"
    TERTULIS = "tertulis"
    PROYEK = "proyek"
    LAINNYA = "lainnya"


class EventStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class AssignmentRole(StrEnum):
    PRIMARY = "primary"
    CO = "co"


@dataclass(slots=True)
class Criterion:
    """KUK (kriteria unjuk kerja), numbered 1.1, 1.2 ... under an element."""

    number: str
    text: str
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Element:
    number: str
    title: str
    criteria: list[Criterion] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Question:
    """An IA.07 or IA.09 question tied to a unit and ideally an element."""

    kind: QuestionKind
    text: str
    unit_code: str
    element_number: str | None = None
    model_answer: str = ""
    id: str = field(default_factory=new_id)
    text_en: str = ""  # the question in English where the scheme has it (shown in the English UI)


@dataclass(slots=True)
class Unit:
    code: str
    title_id: str
    title_en: str = ""
    standard_type: str = "SKKNI"
    elements: list[Element] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Scheme:
    """Skema sertifikasi: a package of units plus the questions used to assess them."""

    code: str
    title_id: str
    title_en: str = ""
    scheme_type: SchemeType = SchemeType.OKUPASI
    field_id: str = "Kehumasan"
    field_en: str = "Public Relations"
    level: str = "0"  # jenjang KKNI; 0 = non-KKNI
    kbli: str = ""
    kbji: str = ""
    version: str = "1"
    is_example: bool = False
    validity_years: int = 3  # masa berlaku sertifikat (tahun); BNSP: 3-5 by field
    # The scheme's own wording of FR.AK.01/03/04/06/VA (a JSON document shaped like
    # resources/forms/records-id.json, parts left out taken from the event's), '' = none.
    wording: str = ""
    units: list[Unit] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def unit_by_code(self, code: str) -> Unit | None:
        return next((u for u in self.units if u.code == code), None)


@dataclass(slots=True)
class Event:
    """Uji kompetensi: one certification event at one TUK (one event file)."""

    name: str
    lsp_name: str
    lsp_license: str = ""
    tuk_name: str = ""
    tuk_type: TukType = TukType.SEWAKTU
    city: str = ""
    start_date: date | None = None
    end_date: date | None = None
    purpose: Purpose = Purpose.SERTIFIKASI
    status: EventStatus = EventStatus.OPEN
    retention_until: date | None = None
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Assessor:
    """Asesor kompetensi with the MET registration number."""

    name: str
    met_number: str
    key_fingerprint: str = ""
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Participant:
    """Asesi: identity and contact (FR.APL.01), employment, optional civil-service fields."""

    name: str
    nik: str = ""
    birth_place: str = ""
    birth_date: date | None = None
    gender: Gender | None = None
    nationality: str = "Indonesia"
    address: str = ""
    postal_code: str = ""
    phone: str = ""
    email: str = ""
    education: str = ""
    institution: str = ""
    job_title: str = ""
    office_address: str = ""
    nip: str = ""
    rank_grade: str = ""
    work_unit: str = ""
    scheme_id: str | None = None
    number: int = 0  # nomor urut in the event
    attendance: Attendance | None = None
    city_code: str = ""
    province_code: str = ""
    education_code: str = ""
    occupation_code: str = ""
    certificate_name: str = ""  # "Nama pada sertifikat"; empty: the name itself
    regency: str = ""  # kabupaten/kota of residence ("Kota Bandung"): BNSP KODE KOTA/PROVINSI
    id: str = field(default_factory=new_id)

    @property
    def name_on_certificate(self) -> str:
        """The name the certificate prints: the corrected one when set, else the roster name."""
        return self.certificate_name or self.name


@dataclass(slots=True)
class Assignment:
    participant_id: str
    assessor_id: str
    role: AssignmentRole = AssignmentRole.PRIMARY
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class EvidenceItem:
    """FR.IA.08 portfolio item for one unit: Valid / Asli / Terkini / Memadai."""

    unit_id: str
    name: str
    valid: bool | None = None
    asli: bool | None = None
    terkini: bool | None = None
    memadai: bool | None = None
    position: int = 0
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Answer:
    question_id: str
    summary: str = ""
    verdict: Verdict | None = None
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class UnitResult:
    """FR.AK.02 per unit: the assessor's recommendation and the evidence kinds used."""

    unit_id: str
    recommendation: Verdict | None = None
    evidence_types: list[EvidenceType] = field(default_factory=list)
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Assessment:
    """One participant x scheme as scored by one assessor."""

    participant_id: str
    assessor_id: str
    scheme_id: str
    status: AssessmentStatus = AssessmentStatus.BELUM_MULAI
    consent_at: datetime | None = None
    overall_recommendation: Verdict | None = None
    override_reason: str = ""
    follow_up: str = ""  # tindak lanjut
    comments: str = ""  # komentar / observasi
    timer_seconds: int = 0
    timer_started_at: datetime | None = None
    signed_at: datetime | None = None
    signed_name: str = ""
    signed_met: str = ""
    receipt_code: str = ""
    revision: int = 0
    answers: list[Answer] = field(default_factory=list)
    unit_results: list[UnitResult] = field(default_factory=list)
    evidence: list[EvidenceItem] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    @property
    def is_signed(self) -> bool:
        return self.status is AssessmentStatus.DITANDATANGANI


@dataclass(slots=True)
class Decision:
    """The LSP's decision after the plenary (kept apart from the recommendation)."""

    participant_id: str
    scheme_id: str
    result: Verdict
    plenary_date: date | None = None
    sk_number: str = ""
    decided_by: str = ""
    id: str = field(default_factory=new_id)


@dataclass(slots=True)
class Certificate:
    participant_id: str
    scheme_id: str
    number: str
    registration_number: str
    issue_date: date
    valid_until: date
    decision_id: str | None = None
    verification_code: str = ""
    voided: bool = False
    void_reason: str = ""
    blanko_serial: str = ""  # the BNSP blanko it was printed on ("" = none recorded)
    id: str = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One append-only audit row: who changed what, old -> new, and why."""

    seq: int
    at: str
    actor: str
    device_id: str
    entity: str
    entity_id: str
    field: str
    old: str | None
    new: str | None
    reason: str
    prev_hash: str
    hash: str


def suggest_overall(unit_recommendations: list[Verdict | None]) -> Verdict | None:
    """All units K suggests K; any BK suggests BK; anything unassessed suggests nothing yet.

    Only a suggestion: the assessor confirms or overrides it (domain brief 1.6).
    """
    if not unit_recommendations or any(r is None for r in unit_recommendations):
        return None
    return Verdict.K if all(r is Verdict.K for r in unit_recommendations) else Verdict.BK


@dataclass(slots=True)
class ReportNote:
    """The four narrative boxes of one assessor's FR.AK.05 for one scheme."""

    assessor_id: str
    scheme_id: str
    aspects: str = ""  # Aspek negatif dan positif dalam asesmen
    rejections: str = ""  # Pencatatan penolakan hasil asesmen
    improvements: str = ""  # Saran perbaikan (asesor/personil terkait)
    notes: str = ""  # Catatan
    id: str = field(default_factory=new_id)

    def boxes(self) -> tuple[str, str, str, str]:
        return (self.aspects, self.rejections, self.improvements, self.notes)
