"""Import from roster files as real programs write them: openpyxl (SIMPEG/Google Forms style
exports keep all 16 digits of a numeric NIK) and LibreOffice (rounds numbers to 15 digits)."""

from __future__ import annotations

import csv
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from humas_desktop.services.roster_import import (
    ImportOptions,
    RowStatus,
    apply_plan,
    build_plan,
    default_mapping,
    load_roster,
)
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.external import need_program

HEADER = ["No.", "Nama Lengkap (beserta gelar)", "NIK/No. KTP", "Tempat Lahir", "Tgl. Lahir",
          "L/P", "Instansi / Unit Kerja", "HP/WA", "Keterangan"]


def nik(n: int) -> int:
    # Women (day 17 + 40), born 17/08/1990; serials 0001.. with a few ending in 0 (0010, 0020).
    return int(f"3201015708900{n if n < 10 else n * 10:03d}")


def person(n: int, nik_value: Any) -> list[Any]:
    return [n, f"Dra. Peserta {n}, M.Si.", nik_value, "Bogor", "17/08/1990", "P",
            "Dinas Kominfo", f"08123{n:07d}", "hadir" if n % 2 else ""]


FOOTER = [
    [],
    ["", "Jumlah peserta: 14"],
    ["", "Bandung, 20 November 2026"],
    ["", "Mengetahui,"],
    ["", "Ketua Panitia"],
    ["", "ttd"],
    ["", "(Dra. Wahyuni, M.Si.)"],
    ["", "NIP. 198003122005011001"],
    ["", "", "", "", "", "", "Sekretaris Dinas"],
]


def run(gen: Any) -> Any:
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        return stop.value


@pytest.fixture
def event(data_dir: Path) -> Path:
    return make_demo(data_dir, participants=3)


def plan_of(edb: Any, path: Path) -> Any:
    _book, sheet, header = load_roster(path)
    return build_plan(edb, sheet, header, default_mapping(list(sheet.rows[header])),
                      ImportOptions(), today=date(2026, 11, 22))


def write_openpyxl(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR PESERTA UJI KOMPETENSI"])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def by_code(plan: Any) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for f in plan.findings:
        out.setdefault(f.row, set()).add(f.code)
    return out


def test_openpyxl_exact_numeric_niks_all_imported_and_footer_skipped(event: Path,
                                                                    tmp_path: Path) -> None:
    rows = [person(n, nik(n)) for n in range(1, 15)]  # 14 exact numeric NIKs, two end in 0
    rows.append(person(15, 32010157089))  # 11 digits
    rows.append(person(16, 320101570890016))  # 15 digits
    path = write_openpyxl(tmp_path / "simpeg.xlsx", rows + FOOTER)
    with open_event(event, device_id="t") as edb:
        plan = plan_of(edb, path)
        codes = by_code(plan)
        first = 3  # title row, header row, then row 3
        for n in range(1, 15):
            assert "nik_was_number" in codes[first + n - 1], n
        accepted = [r for r in plan.rows if r.status is RowStatus.NEW]
        assert sorted(r.participant.nik for r in accepted) == sorted(str(nik(n)) for n in range(1, 15))
        bad = {f.row: f.message for f in plan.errors}
        assert bad[first + 14].startswith("NIK harus 16 angka")
        assert "nol di depan hilang" in bad[first + 15]
        assert not any("digit terakhir hilang" in m for m in bad.values())
        # Everything under the table is listed as skipped, none of it is a participant.
        skipped = [s.text for s in plan.skipped]
        for text in ("Mengetahui,", "Ketua Panitia", "ttd", "(Dra. Wahyuni, M.Si.)",
                     "Jumlah peserta: 14", "Sekretaris Dinas"):
            assert text in skipped
        assert all(r.participant.name not in skipped for r in plan.rows)
        result = run(apply_plan(edb, plan, ImportOptions()))
        assert result.imported == 14 and result.skipped == 2
        assert len(result.not_participants) == len(FOOTER) - 1
        names = {p.name for p in repo.list_participants(edb)}
        assert "Mengetahui," not in names and "Ketua Panitia" not in names
        assert "Dra. Peserta 1, M.Si." in names


def test_header_variants_mapped_and_ignored_data_column_pointed_out(event: Path,
                                                                   tmp_path: Path) -> None:
    from humas_desktop.services.roster_import import ignored_data_columns

    path = write_openpyxl(tmp_path / "forms.xlsx", [person(n, str(nik(n))) for n in range(1, 4)])
    _book, sheet, header = load_roster(path)
    mapping = default_mapping(list(sheet.rows[header]))
    assert {HEADER[c]: f for c, f in mapping.items()} == {
        "Nama Lengkap (beserta gelar)": "name", "NIK/No. KTP": "nik", "Tempat Lahir": "birth_place",
        "Tgl. Lahir": "birth_date", "L/P": "gender", "Instansi / Unit Kerja": "institution",
        "HP/WA": "phone"}
    ignored = ignored_data_columns(sheet, header, mapping)
    # "No." is a running number: leaving it out is expected. "Keterangan" holds data.
    assert [(c.header, c.letter, c.filled) for c in ignored] == [("Keterangan", "I", 2)]
    # The instansi column left "(abaikan)" is pointed out too.
    del mapping[6]
    assert [c.header for c in ignored_data_columns(sheet, header, mapping)] == [
        "Instansi / Unit Kerja", "Keterangan"]
    with open_event(event, device_id="t") as edb:
        plan = plan_of(edb, path)
    assert {r.participant.institution for r in plan.rows} == {"Dinas Kominfo"}


def soffice_xlsx(tmp_path: Path, rows: list[list[Any]], text_nik: bool) -> Path:
    """Write a CSV and let LibreOffice Calc convert it, as a coordinator's "Save as xlsx" does."""
    program = need_program("soffice", "libreoffice")
    src = tmp_path / ("teks.csv" if text_nik else "angka.csv")
    with src.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    # Separator 44 (,), quote 34 ("), UTF-8 (76), from line 1; column 3 as Text (2) or Standard (1).
    infilter = f"CSV:44,34,76,1,3/{2 if text_nik else 1}"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([program, f"-env:UserInstallation={profile}", "--headless",
                    f"--infilter={infilter}", "--convert-to", "xlsx", "--outdir", str(tmp_path),
                    str(src)], check=True, capture_output=True, timeout=180)
    out = src.with_suffix(".xlsx")
    assert out.exists()
    return out


@pytest.mark.slow
def test_libreoffice_files_rounded_niks_refused_text_niks_imported(event: Path,
                                                                  tmp_path: Path) -> None:
    people = [person(n, nik(n)) for n in range(1, 13)] + [person(13, 32010157089)]
    rounded = soffice_xlsx(tmp_path, people, text_nik=False)
    as_text = soffice_xlsx(tmp_path, people, text_nik=True)
    with open_event(event, device_id="t") as edb:
        plan = plan_of(edb, rounded)
        bad = {f.row: f for f in plan.errors}
        # LibreOffice really rounded: n = 1..9 lost their last digit; 0010, 0020 survived (but
        # nothing in the column proves the program kept 16 digits, so they are refused too).
        for n in range(1, 13):
            assert bad[1 + n].code == "nik_last_digit_lost", n
            assert "digit terakhir hilang" in bad[1 + n].message
        assert bad[14].code == "nik_not_16_digits" and bad[14].message.startswith("NIK harus 16")
        plan = plan_of(edb, as_text)
        new = [r for r in plan.rows if r.status is RowStatus.NEW]
        assert sorted(r.participant.nik for r in new) == sorted(str(nik(n)) for n in range(1, 13))
        assert {f.code for f in plan.errors} == {"nik_not_16_digits"}
