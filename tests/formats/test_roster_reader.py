"""Reading messy rosters: header below titles, real cells kept, types kept, mapping synonyms."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from humas_desktop.formats.roster_mapping import auto_mapping, remember_mapping, remembered_mapping
from humas_desktop.formats.roster_reader import detect_header_row, open_roster, read_sheet
from tests.formats import roster_corpus as corpus


def test_header_found_below_title_block_and_types_kept(tmp_path: Path) -> None:
    row = corpus.good_row(1)
    row[2] = 3201015708900001  # a NIK typed as a number stays a number
    path = corpus.write(tmp_path / "r.xlsx", [row], title_rows=3)
    sheet = read_sheet(open_roster(path))
    header = detect_header_row(sheet)
    assert header == 3
    data = sheet.rows[header + 1]
    assert isinstance(data[2], float) and isinstance(data[1], str)


def test_stale_dimension_loses_no_rows(tmp_path: Path) -> None:
    src = corpus.write(tmp_path / "a.xlsx", [corpus.good_row(n) for n in range(1, 201)])
    path = corpus.with_dimension(src, tmp_path / "stale.xlsx", "A1:B2")
    sheet = read_sheet(open_roster(path))
    assert len(sheet.rows) == 201 and sheet.rows[200][1] == "Peserta 200"


def test_inflated_dimension_does_not_pad(tmp_path: Path) -> None:
    src = corpus.write(tmp_path / "a.xlsx", [corpus.good_row(1)])
    path = corpus.with_dimension(src, tmp_path / "big.xlsx", "A1:XFD1048576")
    sheet = read_sheet(open_roster(path))
    assert len(sheet.rows) == 2 and sheet.width == len(corpus.HEADER)


def test_1904_workbook_flag_and_dates(tmp_path: Path) -> None:
    row = corpus.good_row(1)
    row[4] = date(1990, 8, 17)
    path = corpus.write(tmp_path / "mac.xlsx", [row], epoch1904=True)
    sheet = read_sheet(open_roster(path))
    assert sheet.date1904
    assert sheet.rows[1][4] == date(1990, 8, 17)


def test_formula_without_cached_value_is_located(tmp_path: Path) -> None:
    src = corpus.write(tmp_path / "a.xlsx", [corpus.good_row(1)])
    path = corpus.formula_without_value(src, tmp_path / "f.xlsx", "B2")
    sheet = read_sheet(open_roster(path))
    assert (2, 2) in sheet.formula_without_value


def test_synonyms_map_indonesian_and_english_headers() -> None:
    headers = ["No.", "Nama Peserta", "No. KTP", "NIP", "Tempat Lahir", "Tgl. Lahir", "JK",
               "Asal Lembaga", "Unit Kerja", "Pekerjaan", "Pendidikan Terakhir", "E-mail",
               "No. HP/WA", "Alamat", "Skema", "Asesor", "Keterangan"]
    mapping = auto_mapping(headers)
    assert mapping == {1: "name", 2: "nik", 3: "nip", 4: "birth_place", 5: "birth_date",
                       6: "gender", 7: "institution", 8: "work_unit", 9: "job_title",
                       10: "education", 11: "email", 12: "phone", 13: "address", 14: "scheme",
                       15: "assessor"}
    assert auto_mapping(["Full Name", "Date of Birth", "Sex", "Phone"]) == {
        0: "name", 1: "birth_date", 2: "gender", 3: "phone"}


def test_corrected_mapping_is_remembered_for_same_headers(tmp_path: Path) -> None:
    headers = ["Peserta", "Identitas"]
    assert remembered_mapping(tmp_path, headers) is None
    remember_mapping(tmp_path, headers, {0: "name", 1: "nik"})
    assert remembered_mapping(tmp_path, [" peserta ", "IDENTITAS"]) == {0: "name", 1: "nik"}
    assert remembered_mapping(tmp_path, ["Peserta", "Lain"]) is None
    assert "Peserta" not in (tmp_path / "roster_mappings.json").read_text()
