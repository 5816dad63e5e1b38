"""The workbooks carry the kop and document control too (issue 15): the LSP logo in the title
block and a printed footer with the form code, the edition the LSP set and "Halaman x dari y".
Read back with openpyxl, and printed through LibreOffice (pdftotext, pdfimages)."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from humas_desktop.services import close_session as cs
from humas_desktop.services import document_settings as ds
from humas_desktop.services import numbering as nb
from humas_desktop.services.exports import export_documents
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run
from tests.external import need_program
from tests.registry_fixtures import lsp_registry_store

EDITIONS = {"Daftar Peserta": "Rev. 3 · 2024", "Daftar Hadir": "Rev. 0 · 2024",
            "Rekapitulasi Hasil": "Rev. 1 · 2025", "Berita Acara Asesmen": "Rev. 2 · 2024"}
BOOKS = {"daftar-peserta.xlsx": "Daftar Peserta", "daftar-hadir.xlsx": "Daftar Hadir",
         "rekapitulasi-hasil.xlsx": "Rekapitulasi Hasil", "berita-acara.xlsx": "Berita Acara Asesmen"}
KINDS = ["roster", "attendance", "recap", "berita-acara"]


def _logo(path: Path) -> Path:
    img = Image.new("RGB", (300, 200), "white")
    ImageDraw.Draw(img).ellipse((10, 10, 290, 190), outline="navy", width=20)
    img.save(path, format="JPEG")
    return path


def _export(base: Path, *, decided: bool, logo: bool = True,
            editions: dict[str, str] | None = None) -> Path:
    path = make_demo(base / "data", participants=12, decided=decided)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        if logo:
            ds.set_logo(edb, _logo(base / "logo.jpg"))
        cur = ds.load(edb)
        cur.code_lists["document.editions"] = dict(EDITIONS if editions is None else editions)
        ds.save(edb, cur)
        if decided:  # a closed event: no draft note, the edition has the footer
            nb.save_config(edb, nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN,
                                                   nb.DEFAULT_REG_PATTERN, "HMS", "001"))
            with lsp_registry_store(base / "data") as store:  # the LSP's one series
                cs.close_session(edb, date.today(), registry=store)
        _run(export_documents(edb, KINDS, base / "out"))
    finally:
        edb.close()
    return base / "out"


@pytest.fixture(scope="module")
def styled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _export(tmp_path_factory.mktemp("kop"), decided=True)


def test_every_workbook_sheet_has_the_logo_top_left_and_the_edition_in_its_footer(
        styled: Path) -> None:
    from openpyxl import load_workbook

    for name, code in BOOKS.items():
        wb = load_workbook(styled / name)
        for ws in wb.worksheets:
            images = ws._images
            assert len(images) == 1, (name, ws.title)
            anchor = images[0].anchor._from
            assert (anchor.col, anchor.row) == (0, 0), (name, ws.title)  # A1, top-left
            # Scaled to the kop row: not the 300x200 source, and within the row's height.
            ext = images[0].anchor.ext  # the drawn size, in EMU (9525 per pixel)
            height_px = (ws.row_dimensions[1].height or 15) * 4 / 3
            assert 24 <= ext.height / 9525 <= height_px, (name, ws.title, ext.height / 9525)
            assert ext.width / ext.height == pytest.approx(1.5, abs=0.05)  # not stretched
            assert ws.oddFooter.left.text == f"{code} · {EDITIONS[code]}", (name, ws.title)
            assert ws.oddFooter.center.text == "Halaman &P dari &N", (name, ws.title)
            # The LSP name stands beside the logo, not under it.
            kop = [c for c in ws[1] if c.value]
            assert kop and str(kop[0].value).startswith("LSP Humas Nusantara (contoh)")
            assert kop[0].column > 1, (name, ws.title)


def test_a_draft_keeps_its_note_in_the_footer_and_the_edition_goes_on_top(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = _export(tmp_path, decided=False, logo=False,
                  editions={"Daftar Hadir": "Rev. 1 & 2"})
    ws = load_workbook(out / "daftar-hadir.xlsx").worksheets[0]
    assert ws._images == []  # no logo set: no picture, the title stays in A1
    assert "DRAFT" in str(ws["A1"].value)
    assert ws.oddHeader.center.text == "DRAFT"
    assert ws.oddHeader.left.text == "Daftar Hadir · Rev. 1 && 2"  # "&" printed, not a code
    assert ws.oddHeader.right.text == "Halaman &P dari &N"
    assert ws.oddFooter.left.text  # the draft note, as before
    roster = load_workbook(out / "daftar-peserta.xlsx").active
    assert roster.oddHeader.left.text == "Daftar Peserta"  # no edition set: the form code alone


@pytest.mark.slow  # LibreOffice in a subprocess
def test_libreoffice_prints_the_logo_edition_and_page_count(styled: Path, tmp_path: Path) -> None:
    need_program("soffice")
    need_program("pdftotext")
    need_program("pdfimages")
    books = [styled / n for n in BOOKS]
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), *map(str, books)],
                   check=True, capture_output=True, timeout=240)
    for name, code in BOOKS.items():
        pdf = tmp_path / "pdf" / name.replace(".xlsx", ".pdf")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        pages = text.split("\f")[:-1]
        first = " ".join(pages[0].split())
        assert f"{code} · {EDITIONS[code]}" in first, name
        total = int(re.search(r"Halaman 1 dari (\d+)", first).group(1))  # type: ignore[union-attr]
        assert total == len(pages), name
        listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True,
                                 text=True, check=True).stdout.splitlines()[2:]
        on_first = [line for line in listing if line.split()[0] == "1"]
        assert on_first, (name, listing)  # the logo on page 1
