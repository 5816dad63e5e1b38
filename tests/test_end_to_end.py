"""One whole event as a coordinator and an assessor live it, through the real command line:
new event -> roster import -> hand out -> consent, scoring, sign-off -> LSP decisions -> close ->
export -> every document opened and checked -> the event file still verifies."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from humas_desktop.domain.models import EvidenceType, Verdict
from humas_desktop.resources import resource_path
from humas_desktop.services import close_session as cs
from humas_desktop.services import document_settings
from humas_desktop.services import numbering as nb
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device

pytestmark = pytest.mark.slow

PEOPLE = [
    # name, NIK (text), birth date, sex, instansi, kabupaten/kota, pendidikan, jabatan
    ("Nur’aini Rahmawati, S.I.Kom.", "3273015708900001", "17/08/1990", "P", "Diskominfo Kota Bandung",
     "Kota Bandung", "S1", "Pranata Humas Ahli Muda"),
    ("Théo Gunawan", "3273011203850002", "12 Maret 1985", "L", "Biro Humas Setda Jawa Barat",
     "Kota Bandung", "S2", "Kepala Subbagian Humas"),
    ("I Made Ari Suryawan", "5171010101800003", "1980-01-01", "Laki-laki", "Kanwil Kemenag Bali",
     "Kota Denpasar", "D3", "Staf Humas"),
]


def cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HUMAS_DATA_DIR": str(data)}
    result = subprocess.run([sys.executable, "-m", "humas_desktop", *args], capture_output=True,
                            text=True, env=env, timeout=300, check=False)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def write_roster(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR PESERTA UJI KOMPETENSI"])  # a title block above the header
    ws.append([])
    ws.append(["No", "Nama Lengkap", "No. KTP", "Tgl Lahir", "JK", "Asal Lembaga", "No. HP",
               "Kabupaten/Kota", "Pendidikan", "Jabatan"])
    for i, (name, nik, born, sex, org, regency, education, job) in enumerate(PEOPLE, 1):
        ws.append([i, name, nik, born, sex, org, f"+62 812-3456-70{i:02d}", regency, education, job])
        ws.cell(ws.max_row, 3).number_format = "@"
    wb.save(path)


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_a_whole_event_from_roster_to_certificates(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    made = cli("new", "--name", "Uji Kompetensi Humas Bandung", "--lsp", "LSP Humas Contoh",
               "--lsp-license", "BNSP-LSP-000-ID", "--tuk", "TUK Sewaktu Contoh", "--city", "Bandung",
               "--start", "2026-11-23", "--scheme", str(resource_path("schemes", "humas-yunior.json")),
               "--assessor", "Rini Susanti, S.Sos.|MET.000.007731 2021", data=data)
    assert made.returncode == 0, made.stderr
    event = Path(made.stdout.strip().splitlines()[-1])
    roster = tmp_path / "peserta.xlsx"
    write_roster(roster)
    imported = cli("import", str(event), str(roster), "--json", data=data)
    assert imported.returncode == 0, imported.stderr
    report = json.loads(imported.stdout)
    assert report["imported"] == 3 and report["errors"] == []
    assert cli("assign", str(event), "--auto", data=data).returncode == 0

    # The assessor's day: consent, every question, every unit, overall, sign-off.
    device = load_or_create_device(data)
    edb = open_event(event, device_id=device.id)
    try:
        scheme = repo.load_schemes(edb)[0]
        assessor = repo.list_assessors(edb)[0]
        edb.actor = assessor.id
        svc = ScoringService(edb, device)
        people = repo.list_participants(edb)
        assert sorted(p.nik for p in people) == sorted(nik for _, nik, *_ in PEOPLE)
        receipts = []
        for person in people:
            svc.set_attendance(person.id, repo.Attendance.HADIR)
            aid = svc.open_assessment(person.id, assessor.id, scheme.id)
            svc.give_consent(aid)
            failing = person.name.startswith("Théo")  # one BK to see both results end to end
            for q in scheme.questions:
                svc.set_verdict(aid, q.id, Verdict.BK if failing and q.unit_code == scheme.units[0].code
                                else Verdict.K)
            for i, unit in enumerate(scheme.units):
                svc.set_unit_recommendation(aid, unit.id, Verdict.BK if failing and i == 0 else Verdict.K)
                svc.set_unit_evidence_types(aid, unit.id, [EvidenceType.PORTOFOLIO, EvidenceType.WAWANCARA])
            svc.set_overall(aid, svc.suggested_overall(aid))
            receipts.append(svc.sign_off(aid, assessor.name, assessor.met_number))
        assert all(len(code) == 11 for code in receipts)

        # The coordinator: the LSP's BNSP codes (Acara -> Pengaturan dokumen), LSP decisions as
        # recommended, numbering, close.
        edb.actor = "coordinator"
        settings = document_settings.load(edb)
        settings.texts["bnsp.kode_jadwal"] = "JDW-2026-0042"
        settings.code_lists["bnsp.codes.pendidikan"] = {"D3": "4", "S1": "5", "S2": "6"}
        settings.code_lists["bnsp.codes.pekerjaan"] = {"Pranata Humas Ahli Muda": "1",
                                                        "Kepala Subbagian Humas": "1", "Staf Humas": "2"}
        document_settings.save(edb, settings)
        confirmed = {c.participant_id: Verdict(c.recommendation) for c in cs.decision_candidates(edb)}
        cs.record_decisions(edb, confirmed, date.today(), "SK/007/LSP-HC/XI/2026", "Komite Teknis")
        nb.save_config(edb, nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN, "HMS", "001"))
        assert cs.close_blockers(edb) == []
        cs.close_session(edb, date.today())
        certificates = repo.list_certificates(edb)
    finally:
        edb.close()
    assert len(certificates) == 2  # the two K decisions

    # Final certificates are signed with the LSP key (#22): the one in the data folder.
    monkeypatch.setenv("HUMAS_LSP_PASSPHRASE", "frasa sandi kunci LSP yang panjang")
    assert cli("lsp-key", "create", data=data).returncode == 0
    out = tmp_path / "ekspor"
    exported = cli("export", str(event), "all", "--out", str(out), "--json", data=data)
    assert exported.returncode == 0, exported.stderr
    files = [Path(f) for f in json.loads(exported.stdout)["files"]]
    assert all(f.exists() and f.stat().st_size > 0 for f in files)
    assert not any(nik in f.name for f in files for _, nik, *_ in PEOPLE)

    # BNSP sheet: NIK as text, one row per person, K/BK as decided.
    bnsp = openpyxl.load_workbook(out / "unggah-bnsp.xlsx").active
    header_row = next(r for r in range(1, 10) if bnsp.cell(r, 3).value == "NIK")
    rows = {bnsp.cell(r, 3).value: bnsp.cell(r, 19).value for r in range(header_row + 1, bnsp.max_row + 1)
            if bnsp.cell(r, 3).value}
    assert rows == {"3273015708900001": "K", "3273011203850002": "BK", "5171010101800003": "K"}
    assert all(isinstance(nik, str) for nik in rows)

    # Certificates: the holders' names whole (curly apostrophe included), numbers as assigned.
    text = "\n".join(page.extract_text() for page in PdfReader(out / "sertifikat.pdf").pages)
    # the import makes typographic apostrophes plain (Nur’aini -> Nur'aini): one spelling everywhere
    # the name in capitals, the degree as typed (S.I.Kom., not S.I.KOM.)
    assert "NUR'AINI RAHMAWATI, S.I.Kom." in text and "I MADE ARI SURYAWAN" in text
    assert "GUNAWAN" not in text  # BK: no certificate
    for cert in certificates:
        assert cert.number in text
    minutes = "\n".join(page.extract_text() for page in PdfReader(out / "berita-acara.pdf").pages)
    assert all(code in minutes for code in receipts)

    checked = cli("check", str(event), "--json", data=data)
    assert checked.returncode == 0, checked.stdout
    assert json.loads(checked.stdout)["ok"] is True
