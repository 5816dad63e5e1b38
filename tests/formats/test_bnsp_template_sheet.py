"""The BNSP upload sheet as BNSP imports it (issue 15): verbatim headers from a data file, the
Kemendagri region codes from each participant's kabupaten/kota, and no blank code passes silently."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from humas_desktop.formats.region_codes import lookup
from humas_desktop.formats.roster_mapping import field_for_header
from humas_desktop.resources import resource_path
from humas_desktop.services import close_session as cs
from humas_desktop.services.exports import bnsp_rows, export_documents, load_event_data
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run


def test_headers_are_the_real_template_kept_as_data_with_their_source() -> None:
    data = json.loads(resource_path("bnsp", "upload_headers.json").read_text(encoding="utf-8"))
    assert "exporthasilasesmenbnspevent.php" in data["source"]
    headers = data["headers"]
    assert len(headers) == 19
    assert headers[13] == "KODE JADWAL BNSP"  # on 4154483: "KODE JADWAL (BNSP)", in no source
    assert headers[7:9] == ["KODE KOTA", "KODE PROVINSI"]


def test_region_codes_come_from_the_kemendagri_list() -> None:
    from lokal import wilayah

    regencies = [r for p in wilayah.list_wilayah() for r in wilayah.list_wilayah(p.code)]
    assert len(regencies) == 514  # 416 kabupaten + 98 kota (Kepmendagri 300.2.2-2138/2025)
    assert lookup("Kota Bandung") is not None and lookup("Kota Bandung").city_code == "3273"
    bandung = lookup("Kota Bandung")
    assert bandung is not None and bandung.province_code == "32"
    sleman = lookup("Kab. Sleman")
    assert sleman is not None and (sleman.city_code, sleman.province_code) == ("3404", "34")
    assert lookup("32.73") == bandung and lookup("3273") == bandung
    assert lookup("Bandung") is None  # Kota or Kabupaten Bandung: ambiguous, never guessed
    assert lookup("Jakarta Selatan") is not None
    assert lookup("Atlantis") is None and lookup("") is None


def test_roster_column_kabupaten_kota_is_recognised() -> None:
    for header in ("Kabupaten/Kota", "Kab/Kota", "KOTA/KABUPATEN", "Kota Domisili"):
        assert field_for_header(header) == "regency", header


def test_demo_sheet_fills_every_required_code_and_closes(tmp_path: Path) -> None:
    """On 4154483 KODE KOTA/PROVINSI/PENDIDIKAN/PEKERJAAN/JADWAL were blank for every row."""
    path = make_demo(tmp_path / "data", participants=12, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        _run(export_documents(edb, ["bnsp"], tmp_path / "out"))
        data = load_event_data(edb)
        assert not [b for b in cs.close_blockers(edb) if b.code.startswith("bnsp_")]
    finally:
        edb.close()
    ws = load_workbook(tmp_path / "out" / "unggah-bnsp.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][13] == "KODE JADWAL BNSP"
    by_nik = {r[2]: r for r in rows[1:]}
    for p in data.participants:
        row = by_nik[p.nik]
        for col in (7, 8, 11, 12, 13, 16, 17):  # H I L M N Q R
            assert row[col], (p.number, rows[0][col])
        region = lookup(p.regency)
        assert region is not None and (row[7], row[8]) == (region.city_code, region.province_code)
        assert row[14]  # TANGGAL UJI: this participant's own assessment day


@pytest.mark.slow  # runs the CLI in a subprocess
def test_a_blank_code_blocks_closing_and_the_export_does_not_exit_0(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=6, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        people = repo.list_participants(edb)
        third, fifth = people[2], people[4]
        with edb.atomic():
            repo.audited_update(edb, "participant", third.id, {"regency": "Bandung"})
            repo.audited_update(edb, "participant", fifth.id, {"education": "SMA"})
        blockers = {b.code: b for b in cs.close_blockers(edb)}
        assert blockers["bnsp_region_code_blank"].numbers == (third.number,)
        assert blockers["bnsp_education_code_blank"].numbers == (fifth.number,)
    finally:
        edb.close()
    res = subprocess.run([sys.executable, "-m", "humas_desktop", "export", str(path), "bnsp",
                          "--out", str(tmp_path / "out")], capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 1
    assert (tmp_path / "out" / "unggah-bnsp.xlsx").is_file()  # written, but not silently
    assert f"Peserta no. {third.number}." in res.stderr and "kabupaten/kota" in res.stderr
    assert f"Peserta no. {fifth.number}." in res.stderr
    assert "Traceback" not in res.stderr
    assert third.name not in res.stderr and third.nik not in res.stderr


@pytest.mark.slow  # runs the CLI in a subprocess
@pytest.mark.parametrize("kind", ["all"])
def test_demo_decided_exports_all_with_exit_0(tmp_path: Path, kind: str) -> None:
    path = make_demo(tmp_path / "data", participants=4, decided=True)
    res = subprocess.run([sys.executable, "-m", "humas_desktop", "export", str(path), kind,
                          "--out", str(tmp_path / "out"), "--json"], capture_output=True,
                         text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["bnsp_blank_codes"] == []


def test_kabupaten_kota_is_chosen_in_the_app_and_an_unknown_one_refused(capsys,
                                                                         tmp_path: Path) -> None:
    from humas_desktop.cli import main
    from humas_desktop.services.roster_edit import RosterEditError, edit_participant

    path = make_demo(tmp_path / "data", participants=2)
    code = main(["--data-dir", str(tmp_path / "data"), "participant", "edit", str(path), "1",
                 "--regency", "Kab. Sleman", "--reason", "pindah domisili"])
    assert code == 0, capsys.readouterr()
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        p = repo.participant_by_number(edb, 1)
        assert p is not None and p.regency == "Kab. Sleman"
        row = next(r for r in bnsp_rows(load_event_data(edb)) if r[2] == p.nik)
        assert (row[7], row[8]) == ("3404", "34")
        with pytest.raises(RosterEditError) as err:
            edit_participant(edb, p.id, {"regency": "Bandung"}, "cek")  # Kota or Kabupaten?
        assert err.value.code == "regency_unknown"
        assert repo.participant_by_number(edb, 1).regency == "Kab. Sleman"  # type: ignore[union-attr]
    finally:
        edb.close()


def test_tanggal_uji_is_each_participants_own_assessment_day(tmp_path: Path) -> None:
    """On a two-day event, a participant assessed on day 2 carries day 2 (4154483: everyone had
    the event's first day)."""
    from datetime import datetime, timedelta

    path = make_demo(tmp_path / "data", participants=4)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        data = load_event_data(edb)
        e = data.event
        assert e.start_date and e.end_date and e.end_date > e.start_date
        late = next(p for p in data.participants if p.id not in data.assessments)
        first = next(p for p in data.participants if p.id not in data.assessments and p is not late)
        assessor = next(iter(data.assessors))
        day2 = datetime.combine(e.start_date + timedelta(days=1), datetime.min.time()).replace(
            hour=9)
        aid = repo.ensure_assessment(edb, late.id, assessor, late.scheme_id or "")
        with edb.atomic():
            repo.audited_update(edb, "assessment", aid,
                                {"consent_at": day2.strftime("%Y-%m-%dT%H:%M:%S.000Z")})
        _run(export_documents(edb, ["bnsp"], tmp_path / "out"))
    finally:
        edb.close()
    rows = list(load_workbook(tmp_path / "out" / "unggah-bnsp.xlsx").active.iter_rows(
        values_only=True))
    assert rows[0][14] == "TANGGAL UJI (hh/bb/yyyy)"
    by_nik = {r[2]: r for r in rows[1:]}
    assert by_nik[late.nik][14] == (e.start_date + timedelta(days=1)).strftime("%d/%m/%Y")
    assert by_nik[first.nik][14] == e.start_date.strftime("%d/%m/%Y")  # not assessed: day 1


def test_the_bnsp_row_names_each_column_of_the_template() -> None:
    """Issue 22: the row is named columns in the template's order, not 19 positions a reader
    must count (the registry read the decision back as row[18])."""
    from humas_desktop.formats.xlsx_reports import BNSP_HEADERS
    from humas_desktop.services.exports import BnspRow

    expected = {"No": "number", "NAMA ASESI": "name", "NIK": "nik", "TEMPAT LAHIR": "birth_place",
                "TANGGAL LAHIR (dd/mm/yyyy)": "birth_date", "JENIS KELAMIN (L/P)": "gender",
                "TEMPAT TINGGAL": "address", "KODE KOTA": "city_code",
                "KODE PROVINSI": "province_code", "TELP": "phone", "EMAIL": "email",
                "KODE PENDIDIKAN": "education_code", "KODE PEKERJAAN": "occupation_code",
                "KODE JADWAL BNSP": "schedule_code", "TANGGAL UJI (hh/bb/yyyy)": "test_date",
                "NOMOR REGISTRASI ASESOR": "assessor_met", "KODE SUMBER ANGGARAN": "budget_code",
                "KODE KEMENTERIAN": "ministry_code", "K/BK": "result"}
    assert dict(zip(BNSP_HEADERS, BnspRow._fields, strict=True)) == expected
