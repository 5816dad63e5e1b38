"""Random events built through the real services, and the facts the oracle knows about them.

A :class:`Spec` is what the coordinator and the assessors did (who came, who was scored how, what
the plenary decided); :func:`build` does it with the services the GUI uses (event creation,
roster, assignment, scoring and sign-off, decisions, close against the LSP registry, reopen) and
returns an :class:`Event` holding only facts taken from the spec or read with plain SQL from the
event file: never from the app's document code or its query helpers.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import strategies as st

from humas_desktop.domain.models import (
    Assessor,
    AssignmentRole,
    Attendance,
    EvidenceType,
    Purpose,
    TukType,
    Verdict,
)
from humas_desktop.domain.models import (
    Event as EventModel,
)

# Names: titles, apostrophes, diacritics; all different, none wider than a table's name column.
NAMES = ("Suparman", "Théresia Simanjuntak", "Andi Ma'arif, S.I.Kom.", "Cut Intan Rahmadhani",
         "Ni Luh Putu Anggreni", "Yohanes Bosco, S.H.", "Teuku Rizky Maulana", "Dewi Lestari, M.Si.",
         "I Gusti Ayu Made Dwi", "Muhammad Fikri", "Sri Wulandari", "Budi Santoso, S.E.")
INSTITUTIONS = ("Dinas Kominfo Kota Medan", "Biro Humas Setda Kota Bandung",
                "Universitas Negeri Makassar", "Pemerintah Kabupaten Sleman")
ASSESSORS = (("Drs. Hendra Gunawan, M.Si.", "MET.000.004512 2019"),
             ("Rini Susanti, S.Sos.", "MET.000.007731 2021"),
             ("Agus Salim, M.I.Kom.", "MET.000.009120 2022"))
LSP_NAME = "LSP Humas Nusantara"
LSP_LICENCE = "BNSP-LSP-1926-ID"
CITY = "Bandung"
LSP_ADDRESS = "Jl. Contoh Raya No. 1, Bandung 40115 (alamat contoh)"  # as the demo's settings
TUK = "TUK Sewaktu Hotel Contoh (TUK Sewaktu)"
CHAIR = "Dr. Bambang Sutrisno, M.Si."
MANAGER = "Dra. Sri Wahyuni, M.Si."
RESPONSIBLE = "Rahmat Hidayat, S.Sos."
RESPONSIBLE_TITLE = "Kepala Bagian Umum"
VERIFY_URL = "https://lsp.example/verifikasi/"
WIB = timezone(timedelta(hours=7))
# The LSP's BNSP code lists as the oracle loads them, and the Kemendagri codes of the regencies
# the demo roster writes (kabupaten/kota, province = its first two digits).
EDUCATION_CODES = {"D3": "4", "S1": "5", "S2": "6"}
OCCUPATION_CODES = {"Analis Kebijakan Komunikasi": "11", "Kepala Subbagian Humas": "12",
                    "Pranata Humas Ahli Muda": "13", "Pranata Humas Ahli Pertama": "14",
                    "Pranata Humas Terampil": "15", "Staf Humas": "16"}
REGENCY_CODES = {"Kota Bandung": "3273", "Kota Denpasar": "5171", "Kab. Sleman": "3404",
                 "Kabupaten Banyuwangi": "3510", "Kota Makassar": "7371", "Kota Medan": "1271"}
JADWAL, ANGGARAN, KEMENTERIAN = "JDW-2026-ORACLE-7", "2", "23"


@dataclass(frozen=True)
class PersonSpec:
    name: str
    institution: str
    assessor: int  # index into the event's assessors
    state: str  # "absent" | "unscored" | "partial" (consent, one answer) | "k" | "bk"
    signed: bool = True
    bk_units: tuple[int, ...] = ()  # indexes of the units recommended BK (state "bk")
    flip: bool = False  # the plenary decides against the recommendation
    decided: bool = True  # a decision is recorded (draft events: maybe not yet)
    day: int = 0  # the event day the assessment started (consent)
    evidence: tuple[str, ...] = ("portofolio", "wawancara")
    scheme: int = 0  # index into the event's schemes


@dataclass(frozen=True)
class SchemeFacts:
    code: str
    title: str
    unit_codes: list[str]
    validity_years: int

    @property
    def label(self) -> str:
        return f"{self.title} ({self.code})"


@dataclass(frozen=True)
class Spec:
    people: tuple[PersonSpec, ...]
    assessors: int
    start_back: int  # days between the event's first day and today
    two_days: bool
    close: bool
    mode: str = "polos"  # certificate print mode
    role: str = "ketua"
    sk_number: str = "SK/017/LSP-HN/XII/2026"
    reopen_flip: bool = False  # after close: reopen, turn one BK decision into K, close again
    reserve: bool = False  # numbers from a block reserved in the registry before the event
    schemes: int = 1  # 2: a second scheme (4 units) beside the demo scheme


@dataclass
class Person:
    spec: PersonSpec
    id: str
    number: int
    nik: str
    phone: str
    email: str
    birth_date: date | None
    gender: str
    assessor_name: str
    assessor_met: str
    scheme: SchemeFacts
    birth_place: str = ""
    address: str = ""
    regency: str = ""
    education: str = ""
    job_title: str = ""
    consent: date | None = None
    signed_on: date | None = None
    units: list[str] = field(default_factory=list)  # "K"/"BK"/"" per unit, in the scheme's order
    # A half-scored record (one question answered): the unit of that question, whose evidence
    # method the answer ticks by itself (IA.09 wawancara / IA.07 lisan; issue 24).
    answered_unit: str = ""

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def present(self) -> bool:
        return self.spec.state != "absent"

    @property
    def recommendation(self) -> str:
        """The assessor's overall recommendation ("" while not scored in full)."""
        return {"k": "K", "bk": "BK"}.get(self.spec.state, "")

    @property
    def decision(self) -> str:
        """The plenary's decision ("" without one)."""
        if not self.present or not self.recommendation or not self.spec.decided:
            return ""
        if self.spec.flip:
            return "BK" if self.recommendation == "K" else "K"
        return self.recommendation


@dataclass
class Event:
    spec: Spec
    path: Path
    days: list[date]
    plenary: date
    people: list[Person]
    schemes: list[SchemeFacts]
    assessors: list[tuple[str, str]]
    certificates: dict[str, tuple[str, str, date, date]] = field(default_factory=dict)
    blanko_serials: dict[str, str] = field(default_factory=dict)
    reopened_k: str = ""  # participant id turned K after the reopen
    closed: bool = False

    def present(self) -> list[Person]:
        return [p for p in self.people if p.present]

    def holders(self) -> list[Person]:
        """Who gets a certificate page: a K decision of a present participant (after close), or,
        in a draft, a K decision or else a K recommendation."""
        if self.closed:
            return [p for p in self.present() if p.decision == "K"]
        return [p for p in self.present()
                if p.decision == "K" or (not p.decision and p.recommendation == "K")]


# --- strategies ------------------------------------------------------------------------------------

STATES_CLOSED = ("absent", "k", "bk")
STATES_DRAFT = ("absent", "unscored", "partial", "k", "bk")


@st.composite
def specs(draw: st.DrawFn, close: bool, most: int = 7) -> Spec:
    assessors = draw(st.integers(1, 3))
    n = draw(st.integers(2, min(most, len(NAMES))))
    names = draw(st.permutations(NAMES))[:n]
    two_days = draw(st.booleans())
    schemes = draw(st.sampled_from((1, 1, 2)))
    people = []
    for name in names:
        state = draw(st.sampled_from(STATES_CLOSED if close else STATES_DRAFT))
        bk_units = tuple(sorted(draw(st.sets(st.integers(0, 3), min_size=1, max_size=2)))) \
            if state == "bk" else ()
        people.append(PersonSpec(
            name=name, institution=draw(st.sampled_from(INSTITUTIONS)),
            assessor=draw(st.integers(0, assessors - 1)), state=state,
            signed=True if close else draw(st.booleans()), bk_units=bk_units,
            flip=draw(st.booleans()) if state in ("k", "bk") else False,
            decided=True if close else draw(st.booleans()),
            day=draw(st.integers(0, 1)) if two_days else 0,
            evidence=tuple(sorted(draw(st.sets(st.sampled_from(
                ("observasi", "portofolio", "wawancara", "lisan", "tertulis")), min_size=1,
                max_size=3)))),
            scheme=draw(st.integers(0, schemes - 1))))
    if close and not any(p.state != "absent" for p in people):  # a plenary needs someone
        people[0] = replace(people[0], state="k")
    return Spec(tuple(people), assessors, start_back=draw(st.integers(1, 400)), two_days=two_days,
                close=close, mode=draw(st.sampled_from(("polos", "blanko"))),
                role=draw(st.sampled_from(("ketua", "direktur"))),
                sk_number=f"SK/{draw(st.integers(1, 999)):03d}/LSP-HN/{draw(st.sampled_from(('XI', 'XII')))}",
                reopen_flip=close and draw(st.booleans()),
                reserve=close and draw(st.booleans()), schemes=schemes)


# --- building --------------------------------------------------------------------------------------


def build(base: Path, spec: Spec) -> Event:
    from humas_desktop.services import close_session as cs
    from humas_desktop.services import registry as reg
    from humas_desktop.services.demo import DEMO_SETTINGS, demo_participants, load_demo_scheme
    from humas_desktop.services.events import create_event
    from humas_desktop.services.scoring import ScoringService
    from humas_desktop.storage import repository as repo
    from humas_desktop.storage.db import open_event
    from humas_desktop.storage.device import load_or_create_device

    device = load_or_create_device(base)
    scheme, sha = load_demo_scheme()
    all_schemes = [(scheme, sha)]
    if spec.schemes == 2:
        from humas_desktop.services.demo_schemes import scheme_with_units

        other, other_sha = scheme_with_units(4)
        all_schemes.append((replace(other, kbli=scheme.kbli, kbji=scheme.kbji, level=scheme.level),
                            other_sha))
    today = date.today()
    start = today - timedelta(days=spec.start_back)
    end = start + timedelta(days=1) if spec.two_days else start
    days = [start, end] if spec.two_days else [start]
    rows = [Assessor(*ASSESSORS[i]) for i in range(spec.assessors)]
    event = EventModel(name="Uji Kompetensi Humas (oracle)", lsp_name=LSP_NAME, lsp_license=LSP_LICENCE,
                       tuk_name="TUK Sewaktu Hotel Contoh", tuk_type=TukType.SEWAKTU, city=CITY,
                       start_date=start, end_date=end, purpose=Purpose.SERTIFIKASI,
                       retention_until=today + timedelta(days=365 * 5))
    path = create_event(base, event, all_schemes, rows, device=device)
    location = str(base / "registry.sqlite")
    store = reg.init_registry(location, LSP_NAME, LSP_LICENCE, verify_url=VERIFY_URL,
                              field_code="HMS", address=LSP_ADDRESS,
                              # The registry is the one LSP identity (its signatory's title decides
                              # Ketua or Direktur on the certificate).
                              signatories=[(CHAIR, "Ketua LSP" if spec.role == "ketua" else "Direktur LSP"),
                                           (MANAGER, "Manajer Sertifikasi")])
    made = demo_participants(len(spec.people), scheme.id, seed=len(spec.people))
    people_rows = [replace(m, name=s.name, institution=s.institution,
                           scheme_id=all_schemes[s.scheme][0].id)
                   for m, s in zip(made, spec.people, strict=True)]
    facts = [SchemeFacts(sc.code, sc.title_id, [u.code for u in sc.units], sc.validity_years)
             for sc, _ in all_schemes]
    edb = open_event(path, device_id=device.id, actor="coordinator")
    try:
        repo.insert_participants(edb, people_rows)
        with edb.atomic():
            settings = {**DEMO_SETTINGS, "bnsp.codes.pendidikan": json.dumps(EDUCATION_CODES),
                        "bnsp.codes.pekerjaan": json.dumps(OCCUPATION_CODES),
                        "bnsp.kode_jadwal": JADWAL, "bnsp.kode_sumber_anggaran": ANGGARAN,
                        "bnsp.kode_kementerian": KEMENTERIAN, "lsp.address": LSP_ADDRESS,
                        "certificate.chair_name": CHAIR,
                        "certificate.manager_name": MANAGER, "certificate.signatory_role": spec.role,
                        "certificate.mode": spec.mode, "event.responsible": RESPONSIBLE,
                        "event.responsible_title": RESPONSIBLE_TITLE}
            for key, value in settings.items():
                edb.set_setting(key, value)
        if spec.reserve:
            reg.reserve(edb, store, len(spec.people) + 1, today.year)
        svc = ScoringService(edb, device)
        ids = dict(edb.conn.execute("SELECT name, id FROM participant").fetchall())
        for s in spec.people:
            pid, assessor = ids[s.name], rows[s.assessor]
            with edb.atomic():
                repo.assign(edb, pid, assessor.id, AssignmentRole.PRIMARY)
            if s.state == "absent":
                svc.set_attendance(pid, Attendance.TIDAK_HADIR)
                continue
            svc.set_attendance(pid, Attendance.HADIR)
            if s.state == "unscored":
                continue
            edb.actor = assessor.id
            mine = all_schemes[s.scheme][0]
            units = list(mine.units)
            aid = svc.open_assessment(pid, assessor.id, mine.id)
            svc.give_consent(aid, at=datetime.combine(days[s.day], datetime.min.time(),
                                                     WIB).replace(hour=9))
            if s.state == "partial":
                svc.set_verdict(aid, mine.questions[0].id, Verdict.K)
                edb.actor = "coordinator"
                continue
            bk_codes = {units[i].code for i in s.bk_units}
            for q in mine.questions:
                svc.set_verdict(aid, q.id, Verdict.BK if q.unit_code in bk_codes else Verdict.K)
            for u in units:
                svc.set_unit_recommendation(aid, u.id, Verdict.BK if u.code in bk_codes else Verdict.K)
                svc.set_unit_evidence_types(aid, u.id, [EvidenceType(e) for e in s.evidence])
            svc.set_overall(aid, svc.suggested_overall(aid))
            if s.state == "bk":
                svc.set_text(aid, "follow_up", "Uji ulang setelah latihan terbimbing.")
            if s.signed:
                svc.sign_off(aid, assessor.name, assessor.met_number)
            edb.actor = "coordinator"
        out = Event(spec, path, days, today, [], facts, [(a.name, a.met_number) for a in rows])
        for s in spec.people:
            pid = ids[s.name]
            row = edb.conn.execute(
                "SELECT number, nik, phone, email, birth_date, gender, birth_place, address, regency, "
                "education, job_title FROM participant WHERE id = ?", (pid,)).fetchone()
            person = Person(s, pid, row[0], row[1], row[2], row[3],
                            date.fromisoformat(row[4]) if row[4] else None, row[5] or "",
                            rows[s.assessor].name, rows[s.assessor].met_number, facts[s.scheme],
                            *row[6:])
            if s.state in ("partial", "k", "bk"):
                person.consent = days[s.day]
            if s.state == "partial":
                person.answered_unit = all_schemes[s.scheme][0].questions[0].unit_code
            if s.state in ("k", "bk"):
                n_units = len(facts[s.scheme].unit_codes)
                person.units = ["BK" if i in s.bk_units else "K" for i in range(n_units)]
                if s.signed:
                    person.signed_on = today
            out.people.append(person)
        decided = {p.id: Verdict(p.decision) for p in out.people if p.decision}
        if spec.reopen_flip:  # the first plenary keeps the BK the reopen will turn into K
            flip = next((p for p in out.people if p.decision == "BK"), None)
            if flip is not None:
                out.reopened_k = flip.id
        if decided:
            cs.record_decisions(edb, decided, today, spec.sk_number, "Komite Teknis")
        if spec.close:
            cs.close_session(edb, today, registry=store)
            out.closed = True
            if out.reopened_k:
                cs.reopen_session(edb, "keputusan banding: asesi dinyatakan kompeten")
                cs.record_decisions(edb, {out.reopened_k: Verdict.K}, today, spec.sk_number,
                                    "Komite Teknis")
                cs.close_session(edb, today, registry=store)
                person = next(p for p in out.people if p.id == out.reopened_k)
                person.spec = replace(person.spec, flip=not person.spec.flip)
            # The printed blanko of each holder, recorded as the office does after printing.
            from humas_desktop.services.blanko import record_serial

            for person in out.people:
                if person.decision == "K":
                    serial = f"{700000 + person.number * 7:07d}"
                    record_serial(edb, str(person.number), serial, store=store)
                    out.blanko_serials[person.id] = serial
    finally:
        edb.close()
        store.close()
    _read_certificates(out)
    return out


def _read_certificates(ev: Event) -> None:
    """The certificate rows, with plain SQL (not through the app's helpers)."""
    conn = sqlite3.connect(f"file:{ev.path}?mode=ro", uri=True)
    try:
        for pid, number, reg, issue, until in conn.execute(
                "SELECT participant_id, number, registration_number, issue_date, valid_until "
                "FROM certificate WHERE voided = 0"):
            ev.certificates[pid] = (number, reg, date.fromisoformat(issue), date.fromisoformat(until))
    finally:
        conn.close()
