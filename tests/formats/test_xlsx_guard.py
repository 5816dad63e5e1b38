"""Hostile files are refused before parsing, each with one clear Indonesian message."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from humas_desktop.formats import xlsx_guard
from humas_desktop.formats.roster_reader import open_roster, read_sheet
from humas_desktop.formats.xlsx_guard import XlsxRefusedError, ensure_defusedxml, inspect_xlsx
from humas_desktop.messages import MESSAGES, message
from tests.formats import roster_corpus as corpus


def refused(path: Path) -> str:
    with pytest.raises(XlsxRefusedError) as info:
        open_roster(path)
    code = info.value.code
    assert code in MESSAGES, code
    return code


def test_plain_roster_passes(tmp_path: Path) -> None:
    info = inspect_xlsx(corpus.write(tmp_path / "ok.xlsx", [corpus.good_row(1)]))
    assert not info.date1904 and "Peserta" in info.sheets


def test_not_a_zip_even_with_xlsx_extension(tmp_path: Path) -> None:
    path = tmp_path / "daftar.xlsx"
    path.write_text("Nama,NIK\nAni,3201\n", encoding="utf-8")
    assert refused(path) == "xlsx_not_zip"
    assert "bukan buku kerja Excel" in message("xlsx_not_zip")


def test_renamed_txt(tmp_path: Path) -> None:
    path = tmp_path / "catatan.txt"
    path.write_text("hanya teks", encoding="utf-8")
    assert refused(path) == "xlsx_not_zip"


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "arsip.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("foto.txt", "x")
    assert refused(path) == "xlsx_not_spreadsheet"


def test_word_document_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "surat.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml",
                    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                    '<Override PartName="/word/document.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        zf.writestr("word/document.xml", "<w/>")
    assert refused(path) == "xlsx_not_spreadsheet"


def test_password_protected_workbook(tmp_path: Path) -> None:
    assert refused(corpus.ole_file(tmp_path / "rahasia.xlsx", "EncryptedPackage")) == "xlsx_encrypted"
    assert "kata sandi" in message("xlsx_encrypted")


def test_legacy_xls(tmp_path: Path) -> None:
    assert refused(corpus.ole_file(tmp_path / "lama.xls", "Workbook")) == "xlsx_legacy_xls"
    assert ".xlsx" in message("xlsx_legacy_xls")


def test_zip_bomb_refused_before_parsing_and_fast(tmp_path: Path) -> None:
    path = corpus.zip_bomb(tmp_path / "bom.xlsx")
    assert path.stat().st_size < 2 * 1024 * 1024
    start = time.perf_counter()
    assert refused(path) == "xlsx_bomb"
    assert time.perf_counter() - start < 1.0


def test_zip_bomb_with_lying_sizes_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Even if the header-based ratio check is bypassed, the streaming pass stops at the cap.
    monkeypatch.setattr(xlsx_guard, "MAX_RATIO", 10**9)
    monkeypatch.setattr(xlsx_guard, "MAX_MEMBER_BYTES", 10**12)
    monkeypatch.setattr(xlsx_guard, "MAX_TOTAL_BYTES", 10**12)
    path = corpus.zip_bomb(tmp_path / "bom.xlsx", size=40 * 1024 * 1024)
    monkeypatch.setattr(xlsx_guard, "MAX_MEMBER_BYTES", 0)
    zf_limit_hit = False
    try:
        with zipfile.ZipFile(path) as zf:
            xlsx_guard._scan_sheet(zf, "xl/worksheets/sheet1.xml", xlsx_guard.SheetStats("x"))
    except XlsxRefusedError as exc:
        zf_limit_hit = exc.code == "xlsx_bomb"
    assert zf_limit_hit


def test_xml_bomb_refused(tmp_path: Path) -> None:
    start = time.perf_counter()
    assert refused(corpus.xml_bomb(tmp_path / "lol.xlsx")) == "xlsx_xml_dtd"
    assert time.perf_counter() - start < 1.0


def test_absurd_row_count_refused(tmp_path: Path) -> None:
    assert refused(corpus.absurd_rows(tmp_path / "besar.xlsx")) == "xlsx_too_many_rows"


def test_absurd_column_count_refused(tmp_path: Path) -> None:
    src = corpus.write(tmp_path / "a.xlsx", [corpus.good_row(1)])
    path = corpus.rewrite_member(
        src, tmp_path / "lebar.xlsx", "xl/worksheets/sheet1.xml",
        lambda d: d.replace(b"</sheetData>",
                            b'<row r="9"><c r="XFD9" t="n"><v>1</v></c></row></sheetData>'))
    assert refused(path) == "xlsx_too_many_columns"


def test_wide_cell_after_the_first_chunk_refused(tmp_path: Path) -> None:
    # Thousands of narrow rows first, so the wide cell arrives in a later streamed chunk.
    rows = [corpus.good_row(n) for n in range(1, 4001)]
    src = corpus.write(tmp_path / "a.xlsx", rows)
    assert inspect_xlsx(src).sheets["Peserta"].cols == len(rows[0])
    with zipfile.ZipFile(src) as zf:
        assert zf.getinfo("xl/worksheets/sheet1.xml").file_size > 1.5 * xlsx_guard.CHUNK
    path = corpus.rewrite_member(
        src, tmp_path / "lebar.xlsx", "xl/worksheets/sheet1.xml",
        lambda d: d.replace(b"</sheetData>",
                            b'<row r="9999"><c r="GS9999" t="n"><v>1</v></c></row></sheetData>'))
    assert refused(path) == "xlsx_too_many_columns"  # GS = column 201


def test_attribute_text_that_looks_like_a_cell_does_not_widen(tmp_path: Path) -> None:
    # The fast bound also sees r="..." outside cells; only real cells count.
    src = corpus.write(tmp_path / "a.xlsx", [corpus.good_row(1)])
    path = corpus.rewrite_member(
        src, tmp_path / "teks.xlsx", "xl/worksheets/sheet1.xml",
        lambda d: d.replace(b"</sheetData>", b'</sheetData><cellWatches><cellWatch xr="ZZ1"/>'
                                             b"</cellWatches>"))
    assert inspect_xlsx(path).sheets["Peserta"].cols == len(corpus.good_row(1))


def test_row_count_matches_the_exact_pattern() -> None:
    body = (b'<sheetData><row r="1" spans="1:2"><c r="A1"><v>1</v></c></row>'
            b'<x:row r="7"><x:c r="B7"><x:v>2</x:v></x:c></x:row>'
            b'<row r="3"><c r="A3" t="inlineStr"><is><t>arrow r="999999"</t></is></c></row>'
            b'<row\nr="12"/><rowx r="88"/><c r="C4" t="inlineStr"><is><t>a:row r="77"</t></is></c>'
            b'</sheetData>')
    expected = [int(n) for n in xlsx_guard._ROW.findall(body)]
    assert expected == [1, 7, 3, 12]
    assert xlsx_guard._row_numbers(body) == expected


def test_macro_workbook_is_read_as_data_only(tmp_path: Path) -> None:
    src = corpus.write(tmp_path / "a.xlsx", [corpus.good_row(1)])
    path = corpus.rewrite_member(
        src, tmp_path / "makro.xlsm", "[Content_Types].xml",
        lambda d: d.replace(b"spreadsheetml.sheet.main+xml",
                            b"PLACEHOLDER").replace(
            b"application/vnd.openxmlformats-officedocument.PLACEHOLDER",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"))
    book = open_roster(path)
    assert book.info.macro_enabled
    assert read_sheet(book).rows[1][1] == "Peserta 1"


def test_defusedxml_required(monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    ensure_defusedxml()
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(XlsxRefusedError) as info:
        ensure_defusedxml()
    assert info.value.code == "xlsx_no_defusedxml"


@pytest.mark.parametrize("setting", ["True", "False"])
def test_defusedxml_required_before_openpyxl_is_loaded(setting: str) -> None:
    """The guard decides as openpyxl would without importing it (issue #25): refused exactly when
    openpyxl, imported afterwards, would parse without defusedxml."""
    import os
    import subprocess
    import sys

    code = ("import sys\n"
            "from humas_desktop.formats.xlsx_guard import XlsxRefusedError, ensure_defusedxml\n"
            "try:\n    ensure_defusedxml(); verdict = 'ok'\n"
            "except XlsxRefusedError as e:\n    verdict = e.code\n"
            "loaded = 'openpyxl' in sys.modules\n"
            "import openpyxl\n"
            "print(verdict, loaded, openpyxl.DEFUSEDXML)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "OPENPYXL_DEFUSEDXML": setting})
    expected = "ok False True" if setting == "True" else "xlsx_no_defusedxml False False"
    assert done.stdout.strip() == expected
