"""Issue #24: a certificate printed on a BNSP blanko carries the blanko's serial recorded for it,
and its back carries the LSP's logo (as on plain paper). Read back from the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PIL import Image

from humas_desktop.services import blanko
from humas_desktop.services import close_session as cs
from humas_desktop.services import document_settings as ds
from humas_desktop.services import numbering as nb
from humas_desktop.services.exports import ExportOptions, export_documents
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo, run_to_end
from tests.formats.pdf.pdf_text import page_texts
from tests.registry_fixtures import lsp_registry_store

SERIAL = "BNSP-2026 0012345"


def _export(tmp_path: Path, mode: str) -> tuple[Path, list[blanko.BlankoRow]]:
    path = make_demo(tmp_path / "data", participants=4, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        logo = tmp_path / "logo.png"
        Image.new("RGB", (120, 120), "navy").save(logo)
        ds.set_logo(edb, logo)
        cur = ds.load(edb)
        cur.texts["certificate.mode"] = mode
        ds.save(edb, cur)
        nb.save_config(edb, nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN,
                                               "HMS", "001"))
        with lsp_registry_store(tmp_path / "data") as store:  # that laptop's LSP registry
            cs.close_session(edb, date.today(), registry=store)
        rows = blanko.certificate_rows(edb)
        blanko.record_serial(edb, rows[0].certificate_number, SERIAL)
        run_to_end(export_documents(edb, ["certificates"], tmp_path / "out",
                                     ExportOptions(draft=True, combined=True)))
    finally:
        edb.close()
    return tmp_path / "out" / "sertifikat.pdf", rows


def test_blanko_mode_prints_the_recorded_nomor_blanko(tmp_path: Path) -> None:
    """Fails on a014e1b: the serial recorded with 'certificate blanko' was printed nowhere."""
    pdf, rows = _export(tmp_path, "blanko")
    pages = page_texts(pdf)
    assert len(pages) == 2 * len(rows)
    first_front = pages[0]
    assert rows[0].certificate_number in first_front
    assert f"No. Blanko: {SERIAL}" in first_front
    for front in pages[2::2]:  # no serial recorded for the others: nothing invented
        assert "No. Blanko" not in front
    assert all("No. Blanko" not in back for back in pages[1::2])


def test_the_certificate_back_carries_the_lsp_logo_in_both_modes(tmp_path: Path) -> None:
    """Fails on a014e1b: on a blanko the back page had no logo."""
    from pypdf import PdfReader

    for mode in ("blanko", "polos"):
        pdf, rows = _export(tmp_path / mode, mode)
        reader = PdfReader(pdf)
        for i in range(len(rows)):
            back = reader.pages[2 * i + 1]
            assert len(back.images) == 1, (mode, i)
            assert "Daftar Unit Kompetensi" in back.extract_text()
        if mode == "polos":
            assert "No. Blanko" not in " ".join(page_texts(pdf))  # plain paper: no blanko
