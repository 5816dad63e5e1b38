"""Certificates for the BNSP blanko or plain paper (issue 15): every test reads the PDF back."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from humas_desktop.domain.errors import DomainError
from humas_desktop.services import document_settings as ds
from humas_desktop.services.exports import export_documents
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run
from tests.external import need_program

EMOJI_NAME = "Rina Kusuma \U0001F970"  # smiling face with hearts (Unicode 11): in no shipped font
LONG_NAME = ("Dr. Ir. Raden Mas Haryo Bagus Wicaksono Adiningrat Kusumawardhana Wijayakusuma "
             "Prawiranegara, S.Sos., M.I.Kom., M.Si.")  # 105 characters


def _text(pdf: Path, page: int | None = None) -> str:
    need_program("pdftotext")
    cmd = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(pdf), "-"]
    return " ".join(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split())


def _word_top(pdf: Path, word: str) -> float:
    """yMin (pt) of the first occurrence of ``word`` on page 1 (pdftotext -bbox)."""
    need_program("pdftotext")
    html = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    import re

    m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>' + re.escape(word) + "</word>", html)
    assert m, word
    return float(m.group(2))


def _settings(edb, **texts: str) -> None:  # type: ignore[no-untyped-def]
    cur = ds.load(edb)
    cur.texts.update(texts)
    ds.save(edb, cur)


def test_emoji_or_overlong_name_holds_back_only_that_certificate(tmp_path: Path) -> None:
    """On 4154483 one emoji or one name of >= 96 characters wrote no file at all."""
    path = make_demo(tmp_path / "data", participants=6, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        people = [p for p in repo.list_participants(edb)]
        k = [p for p in people if p.number in (1, 2, 4, 5, 6)]
        emoji, long = k[1], k[2]
        with edb.atomic():
            repo.audited_update(edb, "participant", emoji.id, {"name": EMOJI_NAME})
            repo.audited_update(edb, "participant", long.id, {"name": LONG_NAME})
        out = tmp_path / "out"
        files = _run(export_documents(edb, ["all"], out))
    finally:
        edb.close()
    held = {n.number: n.code for n in files.not_written}
    assert held == {emoji.number: "missing_glyph", long.number: "name_does_not_fit"}
    for name in ("daftar-peserta.xlsx", "daftar-hadir.pdf", "unggah-bnsp.xlsx", "berita-acara.pdf",
                 "fr-ak-02-rekaman-asesmen.pdf", "fr-ak-05-laporan-asesmen.pdf", "sertifikat.pdf"):
        assert (out / name).is_file(), name
    certs = {int(f.stem.split("-")[1]) for f in (out / "sertifikat").glob("sertifikat-*.pdf")}
    assert emoji.number not in certs and long.number not in certs
    assert certs  # the others were written
    from openpyxl import load_workbook

    roster = {str(c) for row in load_workbook(out / "daftar-peserta.xlsx").active.iter_rows(
        values_only=True) for c in row if c}
    assert EMOJI_NAME in roster  # the xlsx keeps the name as typed
    # a working PDF marks the missing character as missing (#24: not a "?" that reads as a name)
    assert "Rina Kusuma \ufffd" in _text(out / "fr-ak-02" / f"peserta-{emoji.number:04d}.pdf")


def test_certificate_name_is_printed_and_lets_a_long_name_fit(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=2, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        p = repo.list_participants(edb)[0]
        with edb.atomic():
            repo.audited_update(edb, "participant", p.id, {"name": LONG_NAME,
                                                           "certificate_name": "Dr. Ir. R.M.H. "
                                                           "Bagus Wicaksono, M.Si."})
        files = _run(export_documents(edb, ["certificates"], tmp_path / "out"))
    finally:
        edb.close()
    assert files.not_written == []
    text = _text(tmp_path / "out" / "sertifikat" / f"sertifikat-{p.number:04d}.pdf", 1)
    # The name in capitals, the titles as the LSP typed them (M.Si., not M.SI.).
    assert "Dr. Ir. R.M.H. BAGUS WICAKSONO, M.Si." in text


def test_plain_paper_has_title_logo_lsp_line_and_role(tmp_path: Path) -> None:
    from pypdf import PdfReader

    path = make_demo(tmp_path / "data", participants=2, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        logo = tmp_path / "logo.png"
        Image.new("RGB", (120, 120), "navy").save(logo)
        ds.set_logo(edb, logo)
        _settings(edb, **{"certificate.signatory_role": "direktur"})
        _run(export_documents(edb, ["certificates"], tmp_path / "out"))
    finally:
        edb.close()
    pdf = tmp_path / "out" / "sertifikat.pdf"
    front = _text(pdf, 1)
    assert "SERTIFIKAT KOMPETENSI" in front and "CERTIFICATE OF COMPETENCE" in front
    assert ("Lembaga Sertifikasi Profesi Humas Nusantara (contoh) Humas Nusantara (contoh) "
            "Professional Certification Agency") in front
    assert "Direktur LSP / Director PCA" in front and "Ketua LSP" not in front
    assert "berlaku untuk: 3 (tiga) tahun" in front and "valid for: 3 (three) years" in front
    reader = PdfReader(pdf)
    assert len(reader.pages[0].images) >= 1 and len(reader.pages[1].images) >= 1  # the logo


def test_blanko_mode_prints_nothing_pre_printed_and_shifts_by_the_printer_offset(
        tmp_path: Path) -> None:
    from pypdf import PdfReader

    outs = {}
    for label, offsets in (("zero", ""), ("shifted", "5, 10")):
        path = make_demo(tmp_path / label, participants=2, decided=True)
        edb = open_event(path, device_id="t", actor="coordinator")
        try:
            logo = tmp_path / "logo.png"
            Image.new("RGB", (120, 120), "navy").save(logo)
            ds.set_logo(edb, logo)
            cur = ds.load(edb)
            cur.texts.update({"certificate.mode": "blanko", "certificate.printer": "Epson"})
            cur.code_lists["certificate.printer_offsets"] = {"Epson": offsets} if offsets else {}
            ds.save(edb, cur)
            _run(export_documents(edb, ["certificates", "calibration"], tmp_path / label / "out"))
        finally:
            edb.close()
        outs[label] = tmp_path / label / "out"
    pdf = outs["zero"] / "sertifikat.pdf"
    front = _text(pdf, 1)
    assert "SERTIFIKAT KOMPETENSI" not in front and "CERTIFICATE OF COMPETENCE" not in front
    assert "Dengan ini menyatakan bahwa" in front
    assert len(PdfReader(pdf).pages[0].images) == 0  # no own emblem or logo on a blanko
    moved = _word_top(outs["shifted"] / "sertifikat.pdf", "Dengan") - _word_top(pdf, "Dengan")
    assert moved == pytest.approx(10 * 72 / 25.4, abs=0.6)  # 10 mm down
    calibration = _text(outs["shifted"] / "kalibrasi-blanko.pdf")
    assert "KALIBRASI BLANKO" in calibration and "Epson" in calibration
    assert "+5.0 mm ke kanan, +10.0 mm ke bawah" in calibration


def test_bad_certificate_settings_are_refused(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=1)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        cur = ds.load(edb)
        cur.texts["certificate.mode"] = "glossy"
        with pytest.raises(DomainError) as err:
            ds.save(edb, cur)
        assert err.value.code == "setting_bad_choice"
        cur = ds.load(edb)
        cur.code_lists["certificate.printer_offsets"] = {"Epson": "dua senti"}
        with pytest.raises(DomainError) as err:
            ds.save(edb, cur)
        assert err.value.code == "printer_offset_bad"
        assert ds.load(edb).code_lists["certificate.printer_offsets"] == {}
    finally:
        edb.close()
