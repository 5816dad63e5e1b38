"""A realistic demo event: the demo scheme, two assessors, invented Indonesian participants.

All people here are invented; NIKs use a made-up structure that matches the birth date and sex.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from humas_desktop.domain.models import (
    Assessor,
    AssignmentRole,
    Attendance,
    Decision,
    Event,
    EvidenceType,
    Gender,
    Participant,
    Purpose,
    Scheme,
    TukType,
    Verdict,
)
from humas_desktop.domain.progress import Progress
from humas_desktop.formats.scheme_json import load_scheme_json
from humas_desktop.resources import resource_path
from humas_desktop.services.events import create_event
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, open_event
from humas_desktop.storage.device import Device

DEMO_SCHEME = ("schemes", "humas-yunior.json")
DEMO_SK_NUMBER = "SK/001/LSP-HN/2026"  # the decided demo's plenary (recorded today)

# Hand-written first rows: long titles, diacritics, apostrophes, a single name.
_FIXED = [
    ("Dr. Ir. Raden Ajeng Siti Nur’aini Kusumawardhani, S.Sos., M.I.Kom.", Gender.P),
    ("Muhammad Fikri Al-Ghifari", Gender.L),
    ("I Gusti Ayu Made Dwi Lestari Putri", Gender.P),
    ("Suparman", Gender.L),
    ("Ni Luh Putu Ayu Anggreni", Gender.P),
    ("Andi Muh. Syahrul Ma'arif, S.I.Kom.", Gender.L),
    ("Théresia Nathania Simanjuntak", Gender.P),
    ("Yohanes Bosco Krisna Wijaya, S.H., M.Si.", Gender.L),
    ("Cut Intan Rahmadhani", Gender.P),
    ("Teuku Rizky Maulana", Gender.L),
]
_FIRST_L = ["Agus", "Bambang", "Dedi", "Eko", "Fajar", "Gilang", "Hendra", "Irfan", "Joko",
            "Kurniawan", "Lukman", "Rizal", "Wahyu", "Yusuf", "Arif", "Budi"]
_FIRST_P = ["Ayu", "Dewi", "Fitri", "Intan", "Kartika", "Lestari", "Maya", "Nurul", "Ratna",
            "Sri", "Wulan", "Yuliana", "Anisa", "Rina", "Indah", "Putri"]
_LAST = ["Pratama", "Saputra", "Wibowo", "Hidayat", "Nugroho", "Siregar", "Hasibuan",
         "Rahmawati", "Setiawati", "Purnamasari", "Lubis", "Nasution", "Sihombing", "Tanjung",
         "Kusuma", "Permana", "Wijayakusuma", "Manurung"]
_TITLES = ["", "", "", "S.Sos.", "S.I.Kom.", "M.Si.", "S.E.", "S.H."]
_INSTANSI = [  # (institution, Kemendagri regency code, the regency as a roster writes it)
    ("Dinas Komunikasi dan Informatika Provinsi Jawa Barat", "3273", "Kota Bandung"),
    ("Biro Humas Sekretariat Daerah Kota Bandung", "3273", "Kota Bandung"),
    ("Kementerian Agama Kantor Wilayah Bali", "5171", "Kota Denpasar"),
    ("Badan Pusat Statistik Kabupaten Sleman", "3404", "Kab. Sleman"),
    ("Pemerintah Kabupaten Banyuwangi", "3510", "Kabupaten Banyuwangi"),
    ("Universitas Negeri Makassar", "7371", "Kota Makassar"),
    ("PT Kereta Api Indonesia (Persero) Daop 2", "3273", "Kota Bandung"),
    ("Dinas Kominfo Kota Medan", "1275", "Kota Medan"),
]
# BNSP codes an LSP would load from its BNSP master lists (invented for the demo).
DEMO_SETTINGS = {
    "bnsp.kode_jadwal": "JDW-2026-0001 (contoh)",
    "bnsp.kode_sumber_anggaran": "1",
    "bnsp.kode_kementerian": "18",
    "bnsp.codes.pendidikan": '{"D3": "4", "S1": "5", "S2": "6"}',
    "bnsp.codes.pekerjaan": ('{"Analis Kebijakan Komunikasi": "1", "Kepala Subbagian Humas": "1", '
                             '"Pranata Humas Ahli Muda": "1", "Pranata Humas Ahli Pertama": "1", '
                             '"Pranata Humas Terampil": "1", "Staf Humas": "2"}'),
    "event.time": "08.00 WIB s.d. selesai",
    "event.responsible": "Dra. Sri Wahyuni, M.Si. (contoh)",
    "event.responsible_title": "Manajer Sertifikasi",
    "lsp.address": "Jl. Contoh Raya No. 1, Bandung 40115 (alamat contoh)",
}
_JABATAN = ["Pranata Humas Ahli Muda", "Pranata Humas Terampil", "Staf Humas",
            "Pranata Humas Ahli Pertama", "Analis Kebijakan Komunikasi", "Kepala Subbagian Humas"]
_PLACES = ["Bandung", "Denpasar", "Yogyakarta", "Banyuwangi", "Makassar", "Medan", "Banda Aceh",
           "Surabaya"]


def _nik(region: str, born: date, gender: Gender, index: int) -> str:
    """A NIK the issuing rules could produce: a real regency, district 01.., serial 0001..9999
    (the 10,000th person moves to the next district, never a 17-digit NIK)."""
    day = born.day + (40 if gender is Gender.P else 0)
    district, serial = divmod(index, 9999)
    return f"{region}{district + 1:02d}{day:02d}{born.month:02d}{born.year % 100:02d}{serial + 1:04d}"


def demo_participants(count: int, scheme_id: str, seed: int = 7) -> list[Participant]:
    rng = random.Random(seed)
    people: list[Participant] = []
    for i in range(count):
        if i < len(_FIXED):
            name, gender = _FIXED[i]
        else:
            gender = Gender.L if rng.random() < 0.5 else Gender.P
            first = rng.choice(_FIRST_L if gender is Gender.L else _FIRST_P)
            name = f"{first} {rng.choice(_LAST)}"
            title = rng.choice(_TITLES)
            name = f"{name}, {title}" if title else name
        born = date(1970, 1, 1) + timedelta(days=rng.randrange(0, 365 * 30))
        institution, region, regency = rng.choice(_INSTANSI)
        civil_servant = not institution.startswith("PT")
        nip = ""
        if civil_servant:
            # TMT CPNS at 18 or later (and not after 2024); the draws keep the demo's sequence.
            tmt_year = min(born.year + 18 + rng.randrange(0, 20), 2024)
            nip = (f"{born:%Y%m%d}{tmt_year}{rng.randrange(1, 13):02d}"
                   f"{1 if gender is Gender.L else 2}{rng.randrange(1, 999):03d}")
        people.append(Participant(
            name=name, nik=_nik(region, born, gender, i), birth_place=rng.choice(_PLACES),
            birth_date=born, gender=gender, address=f"Jl. Contoh No. {rng.randrange(1, 200)}",
            phone=f"08{rng.randrange(11, 99)}{rng.randrange(10_000_000, 99_999_999)}",
            email=f"peserta{i + 1:04d}@contoh.go.id", education=rng.choice(["S1", "D3", "S2"]),
            institution=institution, job_title=rng.choice(_JABATAN), nip=nip,
            rank_grade="Penata (III/c)" if civil_servant else "", scheme_id=scheme_id,
            work_unit="Subbagian Hubungan Masyarakat" if civil_servant else "", regency=regency,
        ))
    return people


def load_demo_scheme() -> tuple[Scheme, str]:
    return load_scheme_json(resource_path(*DEMO_SCHEME))


def _score_fully(svc: ScoringService, aid: str, scheme: Scheme, rng: random.Random,
                 assessor: Assessor, sign: bool) -> None:
    svc.give_consent(aid)
    bk_unit = scheme.units[rng.randrange(len(scheme.units))].code if rng.random() < 0.2 else None
    for q in scheme.questions:
        verdict = Verdict.BK if q.unit_code == bk_unit else Verdict.K
        svc.set_verdict(aid, q.id, verdict)
        if q.kind.value == "IA.09":
            svc.set_summary(aid, q.id, "Asesi menjelaskan bukti portofolio dengan runtut.")
    for unit in scheme.units:
        svc.set_unit_recommendation(aid, unit.id, Verdict.BK if unit.code == bk_unit else Verdict.K)
        svc.set_unit_evidence_types(aid, unit.id, [EvidenceType.PORTOFOLIO,
                                                   EvidenceType.WAWANCARA])
    overall = svc.suggested_overall(aid)
    svc.set_overall(aid, overall)
    if overall is Verdict.BK:
        failed = next((u for u in scheme.units if u.code == bk_unit), None)
        named = f" {failed.code} ({failed.title_id})" if failed else " yang belum kompeten"
        svc.set_text(aid, "follow_up", f"Uji ulang unit{named} setelah latihan terbimbing.")
    if sign:
        svc.sign_off(aid, assessor.name, assessor.met_number)


def build_demo(base: Path, participants: int = 30, decided: bool = False,
               device_id: str = "", device: Device | None = None,
               scheme_and_sha: tuple[Scheme, str] | None = None) -> Iterator[Progress]:
    """Create a demo event; yields progress, and finally ``Progress(total, total, path)``.

    With a ``device`` key every sign-off carries a signed receipt, as in the app.
    """
    if device is not None:
        device_id = device.id
    rng = random.Random(11)
    # Another scheme (e.g. services.demo_schemes' 18 units): benchmarks, screenshots.
    scheme, sha = scheme_and_sha or load_demo_scheme()
    assessors = [Assessor("Drs. Hendra Gunawan, M.Si.", "MET.000.004512 2019"),
                 Assessor("Rini Susanti Wulandari, S.Sos.", "MET.000.007731 2021")]
    today = date.today()
    event = Event(
        name="Demo Uji Kompetensi Humas Yunior", lsp_name="LSP Humas Nusantara (contoh)",
        lsp_license="BNSP-LSP-000-ID", tuk_name="TUK Sewaktu Hotel Contoh Lembang",
        # A two-day event whose last day is today: the plenary (today) may follow it.
        tuk_type=TukType.SEWAKTU, city="Bandung", start_date=today - timedelta(days=1),
        end_date=today, purpose=Purpose.SERTIFIKASI,
        retention_until=today + timedelta(days=365 * 5),
    )
    path = create_event(base, event, [(scheme, sha)], assessors, device_id=device_id)
    edb = open_event(path, device_id=device_id)
    try:
        yield from _fill_demo(edb, scheme, assessors, participants, decided, rng, device)
        # Made in full on this laptop: sealed, so its first open is not locked for a check.
        from humas_desktop.services.startup_check import seal_new

        seal_new(edb, device)
    finally:
        edb.close()
    yield Progress(participants, participants, str(path))


def _fill_demo(edb: EventDB, scheme: Scheme, assessors: list[Assessor], count: int,
               decided: bool, rng: random.Random, device: Device | None = None) -> Iterator[Progress]:
    people = demo_participants(count, scheme.id)
    repo.insert_participants(edb, people)
    with edb.atomic():
        for key, value in DEMO_SETTINGS.items():
            edb.set_setting(key, value)
    svc = ScoringService(edb, device)
    batch = 50
    for start in range(0, count, batch):
        with edb.atomic():
            for i, person in enumerate(people[start:start + batch], start):
                assessor = assessors[i % len(assessors)]
                repo.assign(edb, person.id, assessor.id, AssignmentRole.PRIMARY)
                state = 3 if decided else (i % 5 if i >= 4 else 0)
                if decided or i % 7 != 6:
                    svc.set_attendance(person.id, Attendance.HADIR)
                elif not decided:
                    svc.set_attendance(person.id, Attendance.TIDAK_HADIR)
                    continue
                if state == 0:
                    continue
                if decided:
                    _fill_apl01(edb, person, i)
                edb.actor = assessor.id
                aid = svc.open_assessment(person.id, assessor.id, scheme.id)
                if decided:
                    _review_apl02(svc, aid, scheme)
                if state == 1:
                    svc.give_consent(aid)
                    first = scheme.questions[0]
                    svc.set_verdict(aid, first.id, Verdict.K)
                else:
                    _score_fully(svc, aid, scheme, rng, assessor, sign=state >= 3)
                edb.actor = "coordinator"
                if decided:
                    overall = svc.assessment(aid).overall_recommendation or Verdict.BK
                    repo.save_decision(edb, Decision(
                        participant_id=person.id, scheme_id=scheme.id, result=overall,
                        plenary_date=date.today(), sk_number=DEMO_SK_NUMBER,
                        decided_by="Komite Teknis (contoh)"))
        yield Progress(min(start + batch, count), count, "demo")
    if decided:
        _fill_records(edb, scheme, assessors, people)


def _fill_apl01(edb: EventDB, person: Participant, i: int) -> None:
    """FR.APL.01 as received (issue 26): what the roster does not hold, checked and accepted."""
    from humas_desktop.services import apl

    docs = tuple(apl.Document(category, name, "memenuhi") for category, name in apl.DEFAULT_DOCUMENTS)
    apl.save_apl01(edb, apl.Apl01(
        person.id, purpose=Purpose.SERTIFIKASI.value, home_phone=f"022-42{i:05d}",
        office_phone=f"022-25{i:05d}", office_postal_code="40115", office_fax=f"022-26{i:05d}",
        office_email=f"humas{i + 1}@instansi.contoh.id", documents=docs, recommendation="diterima",
        notes="Persyaratan dasar lengkap.", applied_on=date.today() - timedelta(days=14),
        admin_name="Admin LSP (contoh)", admin_signed_on=date.today() - timedelta(days=7)))


def _review_apl02(svc: ScoringService, aid: str, scheme: Scheme) -> None:
    """The asesi's FR.APL.02 self-assessment (K, with the portfolio listed) reviewed by the
    assessor: every unit "asesmen dapat dilanjutkan"."""
    from humas_desktop.services import apl

    svc.review_apl02(aid, [apl.Apl02Unit(u.id, "K", f"Portofolio kegiatan kehumasan ({u.code})",
                                         "lanjut", date.today() - timedelta(days=7))
                           for u in scheme.units])


def _fill_records(edb: EventDB, scheme: Scheme, assessors: list[Assessor],
                  people: list[Participant]) -> None:
    """The records after the decision (issue 26): FR.AK.03 from every other participant (one of
    them with a "Tidak" and comments) and one open FR.AK.04 appeal case of the first participant
    decided BK, so the exports of a decided demo have content."""
    from humas_desktop.services import appeals, feedback

    count = len(feedback.wording(edb).ak03_statements)
    with edb.atomic():
        for i, person in enumerate(people):
            if i % 2:
                continue
            assessor = assessors[i % len(assessors)]
            aid = repo.find_assessment_id(edb, person.id, assessor.id, scheme.id)
            if aid is None:
                continue
            edb.actor = assessor.id
            answers = [True] * count
            comments: list[str] = []
            if i == 2:
                answers[2] = False
                comments = ["", "", "Jadwal asesmen tidak dapat dinegosiasikan (contoh)."]
            feedback.record(edb, aid, answers, comments,
                            other_comments="Terima kasih atas penjelasannya (contoh)." if i == 0 else "",
                            signed_name=person.name)
        edb.actor = "coordinator"
        # The appeal of a participant found not yet competent (none in a small demo).
        failed = {d.participant_id for d in repo.list_decisions(edb) if d.result is Verdict.BK}
        appellant = next((p for p in people if p.id in failed), None)
        if appellant is not None:
            appeals.open_appeal(
                edb, appellant.id, [True, True, False],
                "Asesi menilai unit yang belum kompeten tidak diberi kesempatan demonstrasi "
                "(contoh).", date.today(), team=["Dr. Bambang Sutrisno (contoh)",
                                                 "Ir. Maya Kartika (contoh)",
                                                 "Drs. Agus Prasetyo (contoh)"])
    _fill_review(edb, scheme, assessors)


def _fill_review(edb: EventDB, scheme: Scheme, assessors: list[Assessor]) -> None:
    """FR.AK.06 by the first assessor as lead (prefilled with the day's facts) and FR.VA after
    the assessment by two validators, so every export kind of a decided demo has content."""
    from humas_desktop.services import review

    ak06, va = review.ak06_wording(edb, scheme.id), review.va_wording(edb, scheme.id)
    lead = assessors[0]
    with edb.atomic():
        review.record_review(
            edb, scheme.id,
            principles=[[True] * len(ak06.principles) for _ in ak06.stages],
            dimensions=[True] * len(ak06.dimensions), reviewer_name=lead.name,
            reviewer_met=lead.met_number, reviewed_on=date.today(),
            principles_recommendation="Jadwal asesmen dikonfirmasi ulang dengan asesi sehari "
                                      "sebelumnya (contoh).",
            dimensions_recommendation="Tambahkan pertanyaan kontingensi pada unit wawancara "
                                      "(contoh).",
            comments="Proses asesmen berjalan sesuai rencana (contoh).")
        rules, principles = len(va.evidence_rules), len(va.principles)
        review.record_validation(edb, scheme.id, review.ValidationInput(
            validators=("Dra. Sri Mulyani (contoh)", "Ir. Dedi Kurniawan (contoh)"),
            validated_on=date.today(), place="Kantor LSP Humas Nusantara (contoh)",
            period="setelah", purposes=va.purposes[:2], contexts=va.contexts[:1],
            approaches=va.approaches[:1],
            people=(review.Person(va.required_person, assessors[-1].name,
                                  "Perangkat asesmen sesuai (contoh)"),
                    review.Person(va.people[1], lead.name, "Setuju dengan temuan (contoh)")),
            benchmarks=va.benchmarks[:2], communication=va.communication,
            aspects=tuple(review.AspectScore((True,) * rules, (True,) * principles)
                          for _ in va.aspects),
            findings=(review.Finding("Bukti portofolio sebagian tidak terkini (contoh).",
                                     "Periksa tanggal bukti saat verifikasi APL.02 (contoh)."),),
            plan=(review.PlanItem("Perbarui daftar periksa verifikasi portofolio (contoh).",
                                  "1 bulan", "Manajer Sertifikasi (contoh)"),)))
