"""Issue #24: an emoji in a name (accepted by import, typed from a phone) prints as that emoji in
every PDF, the certificate included, from the bundled fallback font; never a "?" that reads as
part of the name, and the certificate is no longer held back for it."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.services.exports import ExportOptions, export_documents
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo, run_to_end
from tests.external import need_program
from tests.formats.pdf.pdf_text import flat

NAME = "Putri Ayu \U0001F338 Lestari"  # cherry blossom, as in the November roster


def _fonts(pdf: Path) -> str:
    need_program("pdffonts")
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_an_emoji_in_a_name_prints_in_every_pdf(tmp_path: Path) -> None:
    """Fails on a014e1b: berita acara, daftar hadir, FR.AK.02, FR.AK.05, pleno, SK and blanko
    request printed "Putri Ayu ? Lestari" and her certificate was not written."""
    path = make_demo(tmp_path / "data", participants=6, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        who = next(p for p in repo.list_participants(edb) if p.number == 1)
        with edb.atomic():
            repo.audited_update(edb, "participant", who.id, {"name": NAME}, reason="uji")
        nb.save_config(edb, nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN,
                                               "HMS", "001"))
        cs.close_session(edb, date.today(), identity_reason="uji nama")
        out = tmp_path / "out"
        files = run_to_end(export_documents(edb, ["all"], out, ExportOptions(draft=True)))
    finally:
        edb.close()
    assert files.not_written == []  # her certificate too
    pdfs = ["berita-acara.pdf", "daftar-hadir.pdf", "fr-ak-02-rekaman-asesmen.pdf",
            "fr-ak-05-laporan-asesmen.pdf", "berita-acara-pleno.pdf", "sk-penetapan-hasil.pdf",
            "permohonan-blanko-bnsp.pdf", f"fr-ak-02/peserta-{who.number:04d}.pdf"]
    for name in pdfs:
        text = flat(out / name)
        assert NAME in text, name
        assert "Putri Ayu ? Lestari" not in text and "\ufffd" not in text, name
        assert "Symbola" in _fonts(out / name), name  # drawn by the fallback, not a blank box
    cert = out / "sertifikat" / f"sertifikat-{who.number:04d}.pdf"
    assert "PUTRI AYU \U0001F338 LESTARI" in flat(cert)
    assert "Symbola" in _fonts(cert)
