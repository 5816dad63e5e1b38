"""Dataclasses and enums for everything an event holds (see shared domain brief).

Start-up (issue #25): the dataclasses write their ``__init__``, ``__repr__`` and ``__eq__`` (and
the frozen ones ``__hash__``) out here (``init=False, repr=False, eq=False``) instead of having
``dataclasses`` generate and compile them at every launch (~0.3 ms each); they are the methods
``@dataclass`` would make (same parameters, defaults, factories, text, comparison and hash;
tests/domain/test_models_written_methods.py compares them with generated ones, here and in the other
modules a launch imports that do the same). ``fields()``, ``replace()``, ``asdict()``, frozenness
and ``__match_args__`` still come from ``@dataclass``. A new field needs its line in each method
(the test says which).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from reprlib import recursive_repr
from typing import Any


class _Factory:
    """The default of a parameter whose value a factory makes (shown as dataclasses shows it)."""

    def __repr__(self) -> str:
        return "<factory>"


FACTORY: Any = _Factory()


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


@dataclass(slots=True, init=False, repr=False, eq=False)
class Criterion:
    """KUK (kriteria unjuk kerja), numbered 1.1, 1.2 ... under an element."""

    number: str
    text: str
    id: str = field(default_factory=new_id)

    def __init__(self, number: str, text: str, id: str = FACTORY) -> None:
        self.number = number
        self.text = text
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(number={self.number!r}, text={self.text!r}, "
                f"id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.number, self.text, self.id)
        theirs = (other.number, other.text, other.id)
        return mine == theirs


@dataclass(slots=True, init=False, repr=False, eq=False)
class Element:
    number: str
    title: str
    criteria: list[Criterion] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def __init__(self, number: str, title: str, criteria: list[Criterion] = FACTORY,
                 id: str = FACTORY) -> None:
        self.number = number
        self.title = title
        self.criteria = list() if criteria is FACTORY else criteria
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(number={self.number!r}, title={self.title!r}, "
                f"criteria={self.criteria!r}, id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.number, self.title, self.criteria, self.id)
        theirs = (other.number, other.title, other.criteria, other.id)
        return mine == theirs


@dataclass(slots=True, init=False, repr=False, eq=False)
class Question:
    """An IA.07 or IA.09 question tied to a unit and ideally an element."""

    kind: QuestionKind
    text: str
    unit_code: str
    element_number: str | None = None
    model_answer: str = ""
    id: str = field(default_factory=new_id)
    text_en: str = ""  # the question in English where the scheme has it (shown in the English UI)

    def __init__(self, kind: QuestionKind, text: str, unit_code: str, element_number: str | None = None,
                 model_answer: str = "", id: str = FACTORY, text_en: str = "") -> None:
        self.kind = kind
        self.text = text
        self.unit_code = unit_code
        self.element_number = element_number
        self.model_answer = model_answer
        self.id = new_id() if id is FACTORY else id
        self.text_en = text_en

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(kind={self.kind!r}, text={self.text!r}, "
                f"unit_code={self.unit_code!r}, element_number={self.element_number!r}, "
                f"model_answer={self.model_answer!r}, id={self.id!r}, text_en={self.text_en!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.kind, self.text, self.unit_code, self.element_number, self.model_answer, self.id,
                self.text_en)
        theirs = (other.kind, other.text, other.unit_code, other.element_number, other.model_answer,
                  other.id, other.text_en)
        return mine == theirs


@dataclass(slots=True, init=False, repr=False, eq=False)
class Unit:
    code: str
    title_id: str
    title_en: str = ""
    standard_type: str = "SKKNI"
    elements: list[Element] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def __init__(self, code: str, title_id: str, title_en: str = "", standard_type: str = "SKKNI",
                 elements: list[Element] = FACTORY, id: str = FACTORY) -> None:
        self.code = code
        self.title_id = title_id
        self.title_en = title_en
        self.standard_type = standard_type
        self.elements = list() if elements is FACTORY else elements
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(code={self.code!r}, title_id={self.title_id!r}, "
                f"title_en={self.title_en!r}, standard_type={self.standard_type!r}, "
                f"elements={self.elements!r}, id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.code, self.title_id, self.title_en, self.standard_type, self.elements, self.id)
        theirs = (other.code, other.title_id, other.title_en, other.standard_type, other.elements, other.id)
        return mine == theirs


@dataclass(slots=True, init=False, repr=False, eq=False)
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

    def __init__(self, code: str, title_id: str, title_en: str = "",
                 scheme_type: SchemeType = SchemeType.OKUPASI, field_id: str = "Kehumasan",
                 field_en: str = "Public Relations", level: str = "0", kbli: str = "", kbji: str = "",
                 version: str = "1", is_example: bool = False, validity_years: int = 3, wording: str = "",
                 units: list[Unit] = FACTORY, questions: list[Question] = FACTORY,
                 id: str = FACTORY) -> None:
        self.code = code
        self.title_id = title_id
        self.title_en = title_en
        self.scheme_type = scheme_type
        self.field_id = field_id
        self.field_en = field_en
        self.level = level
        self.kbli = kbli
        self.kbji = kbji
        self.version = version
        self.is_example = is_example
        self.validity_years = validity_years
        self.wording = wording
        self.units = list() if units is FACTORY else units
        self.questions = list() if questions is FACTORY else questions
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(code={self.code!r}, title_id={self.title_id!r}, "
                f"title_en={self.title_en!r}, scheme_type={self.scheme_type!r}, "
                f"field_id={self.field_id!r}, field_en={self.field_en!r}, level={self.level!r}, "
                f"kbli={self.kbli!r}, kbji={self.kbji!r}, version={self.version!r}, "
                f"is_example={self.is_example!r}, validity_years={self.validity_years!r}, "
                f"wording={self.wording!r}, units={self.units!r}, questions={self.questions!r}, "
                f"id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.code, self.title_id, self.title_en, self.scheme_type, self.field_id, self.field_en,
                self.level, self.kbli, self.kbji, self.version, self.is_example, self.validity_years,
                self.wording, self.units, self.questions, self.id)
        theirs = (other.code, other.title_id, other.title_en, other.scheme_type, other.field_id,
                  other.field_en, other.level, other.kbli, other.kbji, other.version, other.is_example,
                  other.validity_years, other.wording, other.units, other.questions, other.id)
        return mine == theirs

    def unit_by_code(self, code: str) -> Unit | None:
        return next((u for u in self.units if u.code == code), None)


@dataclass(slots=True, init=False, repr=False, eq=False)
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

    def __init__(self, name: str, lsp_name: str, lsp_license: str = "", tuk_name: str = "",
                 tuk_type: TukType = TukType.SEWAKTU, city: str = "", start_date: date | None = None,
                 end_date: date | None = None, purpose: Purpose = Purpose.SERTIFIKASI,
                 status: EventStatus = EventStatus.OPEN, retention_until: date | None = None,
                 id: str = FACTORY) -> None:
        self.name = name
        self.lsp_name = lsp_name
        self.lsp_license = lsp_license
        self.tuk_name = tuk_name
        self.tuk_type = tuk_type
        self.city = city
        self.start_date = start_date
        self.end_date = end_date
        self.purpose = purpose
        self.status = status
        self.retention_until = retention_until
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(name={self.name!r}, lsp_name={self.lsp_name!r}, "
                f"lsp_license={self.lsp_license!r}, tuk_name={self.tuk_name!r}, "
                f"tuk_type={self.tuk_type!r}, city={self.city!r}, start_date={self.start_date!r}, "
                f"end_date={self.end_date!r}, purpose={self.purpose!r}, status={self.status!r}, "
                f"retention_until={self.retention_until!r}, id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.name, self.lsp_name, self.lsp_license, self.tuk_name, self.tuk_type, self.city,
                self.start_date, self.end_date, self.purpose, self.status, self.retention_until, self.id)
        theirs = (other.name, other.lsp_name, other.lsp_license, other.tuk_name, other.tuk_type, other.city,
                  other.start_date, other.end_date, other.purpose, other.status, other.retention_until,
                  other.id)
        return mine == theirs


@dataclass(slots=True, init=False, repr=False, eq=False)
class Assessor:
    """Asesor kompetensi with the MET registration number."""

    name: str
    met_number: str
    key_fingerprint: str = ""
    id: str = field(default_factory=new_id)

    def __init__(self, name: str, met_number: str, key_fingerprint: str = "", id: str = FACTORY) -> None:
        self.name = name
        self.met_number = met_number
        self.key_fingerprint = key_fingerprint
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(name={self.name!r}, met_number={self.met_number!r}, "
                f"key_fingerprint={self.key_fingerprint!r}, id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.name, self.met_number, self.key_fingerprint, self.id)
        theirs = (other.name, other.met_number, other.key_fingerprint, other.id)
        return mine == theirs


@dataclass(slots=True, init=False, repr=False, eq=False)
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

    def __init__(self, name: str, nik: str = "", birth_place: str = "", birth_date: date | None = None,
                 gender: Gender | None = None, nationality: str = "Indonesia", address: str = "",
                 postal_code: str = "", phone: str = "", email: str = "", education: str = "",
                 institution: str = "", job_title: str = "", office_address: str = "", nip: str = "",
                 rank_grade: str = "", work_unit: str = "", scheme_id: str | None = None, number: int = 0,
                 attendance: Attendance | None = None, city_code: str = "", province_code: str = "",
                 education_code: str = "", occupation_code: str = "", certificate_name: str = "",
                 regency: str = "", id: str = FACTORY) -> None:
        self.name = name
        self.nik = nik
        self.birth_place = birth_place
        self.birth_date = birth_date
        self.gender = gender
        self.nationality = nationality
        self.address = address
        self.postal_code = postal_code
        self.phone = phone
        self.email = email
        self.education = education
        self.institution = institution
        self.job_title = job_title
        self.office_address = office_address
        self.nip = nip
        self.rank_grade = rank_grade
        self.work_unit = work_unit
        self.scheme_id = scheme_id
        self.number = number
        self.attendance = attendance
        self.city_code = city_code
        self.province_code = province_code
        self.education_code = education_code
        self.occupation_code = occupation_code
        self.certificate_name = certificate_name
        self.regency = regency
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(name={self.name!r}, nik={self.nik!r}, "
                f"birth_place={self.birth_place!r}, birth_date={self.birth_date!r}, "
                f"gender={self.gender!r}, nationality={self.nationality!r}, address={self.address!r}, "
                f"postal_code={self.postal_code!r}, phone={self.phone!r}, email={self.email!r}, "
                f"education={self.education!r}, institution={self.institution!r}, "
                f"job_title={self.job_title!r}, office_address={self.office_address!r}, nip={self.nip!r}, "
                f"rank_grade={self.rank_grade!r}, work_unit={self.work_unit!r}, "
                f"scheme_id={self.scheme_id!r}, number={self.number!r}, attendance={self.attendance!r}, "
                f"city_code={self.city_code!r}, province_code={self.province_code!r}, "
                f"education_code={self.education_code!r}, occupation_code={self.occupation_code!r}, "
                f"certificate_name={self.certificate_name!r}, regency={self.regency!r}, id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.name, self.nik, self.birth_place, self.birth_date, self.gender, self.nationality,
                self.address, self.postal_code, self.phone, self.email, self.education, self.institution,
                self.job_title, self.office_address, self.nip, self.rank_grade, self.work_unit,
                self.scheme_id, self.number, self.attendance, self.city_code, self.province_code,
                self.education_code, self.occupation_code, self.certificate_name, self.regency, self.id)
        theirs = (other.name, other.nik, other.birth_place, other.birth_date, other.gender,
                  other.nationality, other.address, other.postal_code, other.phone, other.email,
                  other.education, other.institution, other.job_title, other.office_address, other.nip,
                  other.rank_grade, other.work_unit, other.scheme_id, other.number, other.attendance,
                  other.city_code, other.province_code, other.education_code, other.occupation_code,
                  other.certificate_name, other.regency, other.id)
        return mine == theirs

    @property
    def name_on_certificate(self) -> str:
        """The name the certificate prints: the corrected one when set, else the roster name."""
        return self.certificate_name or self.name


@dataclass(slots=True, init=False, repr=False, eq=False)
class Assignment:
    participant_id: str
    assessor_id: str
    role: AssignmentRole = AssignmentRole.PRIMARY
    id: str = field(default_factory=new_id)

    def __init__(self, participant_id: str, assessor_id: str, role: AssignmentRole = AssignmentRole.PRIMARY,
                 id: str = FACTORY) -> None:
        self.participant_id = participant_id
        self.assessor_id = assessor_id
        self.role = role
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(participant_id={self.participant_id!r}, "
                f"assessor_id={self.assessor_id!r}, role={self.role!r}, id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.participant_id, self.assessor_id, self.role, self.id)
        theirs = (other.participant_id, other.assessor_id, other.role, other.id)
        return mine == theirs


@dataclass(slots=True, init=False, repr=False, eq=False)
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

    def __init__(self, unit_id: str, name: str, valid: bool | None = None, asli: bool | None = None,
                 terkini: bool | None = None, memadai: bool | None = None, position: int = 0,
                 id: str = FACTORY) -> None:
        self.unit_id = unit_id
        self.name = name
        self.valid = valid
        self.asli = asli
        self.terkini = terkini
        self.memadai = memadai
        self.position = position
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(unit_id={self.unit_id!r}, name={self.name!r}, "
                f"valid={self.valid!r}, asli={self.asli!r}, terkini={self.terkini!r}, "
                f"memadai={self.memadai!r}, position={self.position!r}, id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.unit_id, self.name, self.valid, self.asli, self.terkini, self.memadai, self.position,
                self.id)
        theirs = (other.unit_id, other.name, other.valid, other.asli, other.terkini, other.memadai,
                  other.position, other.id)
        return mine == theirs


@dataclass(slots=True, init=False, repr=False, eq=False)
class Answer:
    question_id: str
    summary: str = ""
    verdict: Verdict | None = None
    id: str = field(default_factory=new_id)

    def __init__(self, question_id: str, summary: str = "", verdict: Verdict | None = None,
                 id: str = FACTORY) -> None:
        self.question_id = question_id
        self.summary = summary
        self.verdict = verdict
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(question_id={self.question_id!r}, "
                f"summary={self.summary!r}, verdict={self.verdict!r}, id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.question_id, self.summary, self.verdict, self.id)
        theirs = (other.question_id, other.summary, other.verdict, other.id)
        return mine == theirs


@dataclass(slots=True, init=False, repr=False, eq=False)
class UnitResult:
    """FR.AK.02 per unit: the assessor's recommendation and the evidence kinds used."""

    unit_id: str
    recommendation: Verdict | None = None
    evidence_types: list[EvidenceType] = field(default_factory=list)
    notes: str = ""
    id: str = field(default_factory=new_id)

    def __init__(self, unit_id: str, recommendation: Verdict | None = None,
                 evidence_types: list[EvidenceType] = FACTORY, notes: str = "",
                 id: str = FACTORY) -> None:
        self.unit_id = unit_id
        self.recommendation = recommendation
        self.evidence_types = list() if evidence_types is FACTORY else evidence_types
        self.notes = notes
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(unit_id={self.unit_id!r}, "
                f"recommendation={self.recommendation!r}, evidence_types={self.evidence_types!r}, "
                f"notes={self.notes!r}, id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.unit_id, self.recommendation, self.evidence_types, self.notes, self.id)
        theirs = (other.unit_id, other.recommendation, other.evidence_types, other.notes, other.id)
        return mine == theirs


@dataclass(slots=True, init=False, repr=False, eq=False)
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

    def __init__(self, participant_id: str, assessor_id: str, scheme_id: str,
                 status: AssessmentStatus = AssessmentStatus.BELUM_MULAI,
                 consent_at: datetime | None = None, overall_recommendation: Verdict | None = None,
                 override_reason: str = "", follow_up: str = "", comments: str = "", timer_seconds: int = 0,
                 timer_started_at: datetime | None = None, signed_at: datetime | None = None,
                 signed_name: str = "", signed_met: str = "", receipt_code: str = "", revision: int = 0,
                 answers: list[Answer] = FACTORY, unit_results: list[UnitResult] = FACTORY,
                 evidence: list[EvidenceItem] = FACTORY, id: str = FACTORY) -> None:
        self.participant_id = participant_id
        self.assessor_id = assessor_id
        self.scheme_id = scheme_id
        self.status = status
        self.consent_at = consent_at
        self.overall_recommendation = overall_recommendation
        self.override_reason = override_reason
        self.follow_up = follow_up
        self.comments = comments
        self.timer_seconds = timer_seconds
        self.timer_started_at = timer_started_at
        self.signed_at = signed_at
        self.signed_name = signed_name
        self.signed_met = signed_met
        self.receipt_code = receipt_code
        self.revision = revision
        self.answers = list() if answers is FACTORY else answers
        self.unit_results = list() if unit_results is FACTORY else unit_results
        self.evidence = list() if evidence is FACTORY else evidence
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(participant_id={self.participant_id!r}, "
                f"assessor_id={self.assessor_id!r}, scheme_id={self.scheme_id!r}, status={self.status!r}, "
                f"consent_at={self.consent_at!r}, overall_recommendation={self.overall_recommendation!r}, "
                f"override_reason={self.override_reason!r}, follow_up={self.follow_up!r}, "
                f"comments={self.comments!r}, timer_seconds={self.timer_seconds!r}, "
                f"timer_started_at={self.timer_started_at!r}, signed_at={self.signed_at!r}, "
                f"signed_name={self.signed_name!r}, signed_met={self.signed_met!r}, "
                f"receipt_code={self.receipt_code!r}, revision={self.revision!r}, "
                f"answers={self.answers!r}, unit_results={self.unit_results!r}, "
                f"evidence={self.evidence!r}, id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.participant_id, self.assessor_id, self.scheme_id, self.status, self.consent_at,
                self.overall_recommendation, self.override_reason, self.follow_up, self.comments,
                self.timer_seconds, self.timer_started_at, self.signed_at, self.signed_name,
                self.signed_met, self.receipt_code, self.revision, self.answers, self.unit_results,
                self.evidence, self.id)
        theirs = (other.participant_id, other.assessor_id, other.scheme_id, other.status, other.consent_at,
                  other.overall_recommendation, other.override_reason, other.follow_up, other.comments,
                  other.timer_seconds, other.timer_started_at, other.signed_at, other.signed_name,
                  other.signed_met, other.receipt_code, other.revision, other.answers, other.unit_results,
                  other.evidence, other.id)
        return mine == theirs

    @property
    def is_signed(self) -> bool:
        return self.status is AssessmentStatus.DITANDATANGANI


@dataclass(slots=True, init=False, repr=False, eq=False)
class Decision:
    """The LSP's decision after the plenary (kept apart from the recommendation)."""

    participant_id: str
    scheme_id: str
    result: Verdict
    plenary_date: date | None = None
    sk_number: str = ""
    decided_by: str = ""
    id: str = field(default_factory=new_id)

    def __init__(self, participant_id: str, scheme_id: str, result: Verdict,
                 plenary_date: date | None = None, sk_number: str = "", decided_by: str = "",
                 id: str = FACTORY) -> None:
        self.participant_id = participant_id
        self.scheme_id = scheme_id
        self.result = result
        self.plenary_date = plenary_date
        self.sk_number = sk_number
        self.decided_by = decided_by
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(participant_id={self.participant_id!r}, "
                f"scheme_id={self.scheme_id!r}, result={self.result!r}, "
                f"plenary_date={self.plenary_date!r}, sk_number={self.sk_number!r}, "
                f"decided_by={self.decided_by!r}, id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.participant_id, self.scheme_id, self.result, self.plenary_date, self.sk_number,
                self.decided_by, self.id)
        theirs = (other.participant_id, other.scheme_id, other.result, other.plenary_date, other.sk_number,
                  other.decided_by, other.id)
        return mine == theirs


@dataclass(slots=True, init=False, repr=False, eq=False)
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

    def __init__(self, participant_id: str, scheme_id: str, number: str, registration_number: str,
                 issue_date: date, valid_until: date, decision_id: str | None = None,
                 verification_code: str = "", voided: bool = False, void_reason: str = "",
                 blanko_serial: str = "", id: str = FACTORY) -> None:
        self.participant_id = participant_id
        self.scheme_id = scheme_id
        self.number = number
        self.registration_number = registration_number
        self.issue_date = issue_date
        self.valid_until = valid_until
        self.decision_id = decision_id
        self.verification_code = verification_code
        self.voided = voided
        self.void_reason = void_reason
        self.blanko_serial = blanko_serial
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(participant_id={self.participant_id!r}, "
                f"scheme_id={self.scheme_id!r}, number={self.number!r}, "
                f"registration_number={self.registration_number!r}, issue_date={self.issue_date!r}, "
                f"valid_until={self.valid_until!r}, decision_id={self.decision_id!r}, "
                f"verification_code={self.verification_code!r}, voided={self.voided!r}, "
                f"void_reason={self.void_reason!r}, blanko_serial={self.blanko_serial!r}, id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.participant_id, self.scheme_id, self.number, self.registration_number, self.issue_date,
                self.valid_until, self.decision_id, self.verification_code, self.voided, self.void_reason,
                self.blanko_serial, self.id)
        theirs = (other.participant_id, other.scheme_id, other.number, other.registration_number,
                  other.issue_date, other.valid_until, other.decision_id, other.verification_code,
                  other.voided, other.void_reason, other.blanko_serial, other.id)
        return mine == theirs


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
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

    def __init__(self, seq: int, at: str, actor: str, device_id: str, entity: str, entity_id: str,
                 field: str, old: str | None, new: str | None, reason: str, prev_hash: str,
                 hash: str) -> None:
        _set = object.__setattr__  # frozen: as @dataclass(frozen=True) sets them
        _set(self, "seq", seq)
        _set(self, "at", at)
        _set(self, "actor", actor)
        _set(self, "device_id", device_id)
        _set(self, "entity", entity)
        _set(self, "entity_id", entity_id)
        _set(self, "field", field)
        _set(self, "old", old)
        _set(self, "new", new)
        _set(self, "reason", reason)
        _set(self, "prev_hash", prev_hash)
        _set(self, "hash", hash)

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(seq={self.seq!r}, at={self.at!r}, actor={self.actor!r}, "
                f"device_id={self.device_id!r}, entity={self.entity!r}, entity_id={self.entity_id!r}, "
                f"field={self.field!r}, old={self.old!r}, new={self.new!r}, reason={self.reason!r}, "
                f"prev_hash={self.prev_hash!r}, hash={self.hash!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.seq, self.at, self.actor, self.device_id, self.entity, self.entity_id, self.field,
                self.old, self.new, self.reason, self.prev_hash, self.hash)
        theirs = (other.seq, other.at, other.actor, other.device_id, other.entity, other.entity_id,
                  other.field, other.old, other.new, other.reason, other.prev_hash, other.hash)
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self.seq, self.at, self.actor, self.device_id, self.entity, self.entity_id, self.field,
                    self.old, self.new, self.reason, self.prev_hash, self.hash))


def suggest_overall(unit_recommendations: list[Verdict | None]) -> Verdict | None:
    """All units K suggests K; any BK suggests BK; anything unassessed suggests nothing yet.

    Only a suggestion: the assessor confirms or overrides it (domain brief 1.6).
    """
    if not unit_recommendations or any(r is None for r in unit_recommendations):
        return None
    return Verdict.K if all(r is Verdict.K for r in unit_recommendations) else Verdict.BK


@dataclass(slots=True, init=False, repr=False, eq=False)
class ReportNote:
    """The four narrative boxes of one assessor's FR.AK.05 for one scheme."""

    assessor_id: str
    scheme_id: str
    aspects: str = ""  # Aspek negatif dan positif dalam asesmen
    rejections: str = ""  # Pencatatan penolakan hasil asesmen
    improvements: str = ""  # Saran perbaikan (asesor/personil terkait)
    notes: str = ""  # Catatan
    id: str = field(default_factory=new_id)

    def __init__(self, assessor_id: str, scheme_id: str, aspects: str = "", rejections: str = "",
                 improvements: str = "", notes: str = "", id: str = FACTORY) -> None:
        self.assessor_id = assessor_id
        self.scheme_id = scheme_id
        self.aspects = aspects
        self.rejections = rejections
        self.improvements = improvements
        self.notes = notes
        self.id = new_id() if id is FACTORY else id

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(assessor_id={self.assessor_id!r}, "
                f"scheme_id={self.scheme_id!r}, aspects={self.aspects!r}, rejections={self.rejections!r}, "
                f"improvements={self.improvements!r}, notes={self.notes!r}, id={self.id!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.assessor_id, self.scheme_id, self.aspects, self.rejections, self.improvements,
                self.notes, self.id)
        theirs = (other.assessor_id, other.scheme_id, other.aspects, other.rejections, other.improvements,
                  other.notes, other.id)
        return mine == theirs

    def boxes(self) -> tuple[str, str, str, str]:
        return (self.aspects, self.rejections, self.improvements, self.notes)
