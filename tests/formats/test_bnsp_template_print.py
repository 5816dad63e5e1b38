"""Issue #24: the BNSP upload sheet prints with every column header whole. LibreOffice prints
the workbook to PDF; LibreOffice clips a wrapped header at its cell's edges (the cut lines stay
in the PDF's text but not on paper), so each header word's box (pdftotext -bbox) must lie inside
the header cell as printed: the row heights of the workbook at the print scale, which the data
rows' positions give."""

from __future__ import annotations

import re
import subprocess
from html import unescape
from pathlib import Path

import pytest
from openpyxl import load_workbook

from humas_desktop.formats.bnsp_template import upload_template
from humas_desktop.services.exports import export_documents
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo, run_to_end
from tests.external import need_program

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                  r"(.*?)</word>")


def _words(pdf: Path) -> list[tuple[str, float, float, float]]:
    """(text, x centre, top, bottom) of every word on page 1, in points."""
    html = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    return [(unescape(m.group(5)), (float(m.group(1)) + float(m.group(3))) / 2,
             float(m.group(2)), float(m.group(4))) for m in WORD.finditer(html)]


@pytest.mark.slow  # LibreOffice in a subprocess
def test_the_bnsp_sheet_prints_every_header_whole(tmp_path: Path) -> None:
    """Fails on a014e1b: "JENIS KELAMIN (L/P)", "KODE JADWAL BNSP" and "KODE SUMBER ANGGARAN"
    wrap to three lines in a row two lines high: the first and last lines are cut off."""
    need_program("soffice")
    need_program("pdftotext")
    path = make_demo(tmp_path / "data", participants=8, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        run_to_end(export_documents(edb, ["bnsp"], tmp_path / "out"))
    finally:
        edb.close()
    book = tmp_path / "out" / "unggah-bnsp.xlsx"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(book)],
                   check=True, capture_output=True, timeout=240)
    ws = load_workbook(book).active
    assert ws.print_title_rows.replace("$", "") == "1:1"  # the header repeats on every printed page
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1

    def height(row: int) -> float:
        return ws.row_dimensions[row].height or 15.0

    words = _words(tmp_path / "pdf" / "unggah-bnsp.pdf")
    numbers = {int(t): (top + bottom) / 2 for t, x, top, bottom in words
               if t.isdigit() and x < min(x for _, x, _, _ in words) + 5}
    # Column A's numbers sit in the middle of their rows: rows 2 and 3 give the print scale.
    scale = (numbers[2] - numbers[1]) / ((height(2) + height(3)) / 2)
    cell_bottom = numbers[1] - height(2) / 2 * scale
    cell_top = cell_bottom - height(1) * scale
    _, headers = upload_template()
    tokens = {word for header in headers for word in header.split()}
    # the header's words (the page's own header line, "DRAFT …", is not in the sheet)
    header_words = [(t, top, bottom) for t, _, top, bottom in words
                    if bottom < numbers[1] - 1 and t in tokens]
    printed = [t for t, _, _ in header_words]
    for header in headers:
        for word in header.split():
            assert word in printed, (header, word)
    for text, top, bottom in header_words:
        assert top >= cell_top - 0.5 and bottom <= cell_bottom + 0.5, (
            f"{text!r} is cut by the header cell's edge", round(top, 1), round(bottom, 1),
            round(cell_top, 1), round(cell_bottom, 1))
