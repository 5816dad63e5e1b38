"""After close (issue 15): the plenary minute, the SK penetapan and the BNSP blanko request,
read back with pdftotext."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.domain.terbilang import terbilang
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.services.exports import ExportError, export_documents, load_event_data
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run
from tests.external import need_program

CONFIG = nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN, "HMS", "001")


def _flat(pdf: Path) -> str:
    need_program("pdftotext")
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_pleno_sk_and_blanko_request_after_close(tmp_path: Path) -> None:
    """On 4154483 none of the three documents existed."""
    path = make_demo(tmp_path / "data", participants=6, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        before = _run(export_documents(edb, ["all"], tmp_path / "early"))
        assert not [f for f in before if f.name.startswith(("berita-acara-pleno", "sk-", "permohonan"))]
        with pytest.raises(ExportError) as err:
            _run(export_documents(edb, ["sk"], tmp_path / "early"))
        assert err.value.code == "event_not_closed"
        nb.save_config(edb, CONFIG)
        cs.close_session(edb, date.today())
        files = _run(export_documents(edb, ["pleno", "sk", "blanko-request"], tmp_path / "out"))
        data = load_event_data(edb)
    finally:
        edb.close()
    assert {f.name for f in files} == {"berita-acara-pleno.pdf", "sk-penetapan-hasil.pdf",
                                       "permohonan-blanko-bnsp.pdf"}
    decisions = list(data.decisions.values())
    sk = decisions[0].sk_number
    k = sum(1 for d in decisions if d.result.value == "K")
    n = len(decisions)
    pleno = _flat(tmp_path / "out" / "berita-acara-pleno.pdf")
    assert "BERITA ACARA RAPAT PLENO" in pleno and "Pada hari ini," in pleno
    assert f"{n} ({terbilang(n)}) orang" in pleno and f"{k} ({terbilang(k)}) orang" in pleno
    assert f"Surat Keputusan Nomor {sk}" in pleno
    decree = _flat(tmp_path / "out" / "sk-penetapan-hasil.pdf")
    assert f"NOMOR {sk}" in decree and "PENETAPAN HASIL UJI KOMPETENSI" in decree
    assert "Menimbang" in decree and "MEMUTUSKAN" in decree and "Ditetapkan di" in decree
    for cert in data.certificates.values():
        assert cert.number in decree  # the Lampiran lists each certificate number
    assert "KEPUTUSAN KETUA LSP HUMAS NUSANTARA (CONTOH)" in decree
    for p in data.participants:  # a long name wraps inside its cell
        assert all(word in decree for word in p.name.split()), p.number
    packet = _flat(tmp_path / "out" / "permohonan-blanko-bnsp.pdf")
    assert "Permohonan Blanko Sertifikat Kompetensi" in packet
    assert f"sebanyak {k} ({terbilang(k)}) lembar" in packet
    assert "Badan Nasional Sertifikasi Profesi" in packet
    assert "DAFTAR NAMA PESERTA KOMPETEN DAN BELUM KOMPETEN" in packet
    for p in data.participants:
        assert all(word in packet for word in p.name.split()), p.number


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_pleno_sk_and_blanko_request_carry_the_kop_and_count_their_pages(tmp_path: Path) -> None:
    """The letterhead bullet names pleno/SK too: kop (name, licence, address, logo) and the
    form-control footer on every page of each file."""
    from pypdf import PdfReader

    from humas_desktop.services import document_settings as ds

    path = make_demo(tmp_path / "data", participants=4, decided=True)
    logo = tmp_path / "logo.png"
    from PIL import Image

    Image.new("RGB", (120, 120), "navy").save(logo)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        ds.set_logo(edb, logo)
        cur = ds.load(edb)
        cur.texts["lsp.address"] = "Jl. Asia Afrika 8, Bandung"
        cur.code_lists["document.editions"] = {"SK Penetapan": "Rev. 3 · 2026"}
        ds.save(edb, cur)
        nb.save_config(edb, CONFIG)
        cs.close_session(edb, date.today())
        files = _run(export_documents(edb, ["pleno", "sk", "blanko-request"], tmp_path / "out"))
    finally:
        edb.close()
    assert len(files) == 3
    for pdf in files:
        reader = PdfReader(pdf)
        total = len(reader.pages)
        for number in range(1, total + 1):
            need_program("pdftotext")
            page = " ".join(subprocess.run(
                ["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
                capture_output=True, text=True, check=True).stdout.split())
            assert "LSP Humas Nusantara (contoh)" in page, (pdf.name, number)
            assert "Lisensi BNSP No." in page and "Jl. Asia Afrika 8, Bandung" in page, pdf.name
            assert f"halaman {number} dari {total}" in page, (pdf.name, number)
            assert len(reader.pages[number - 1].images) >= 1, (pdf.name, number)  # the logo
    sk = " ".join(subprocess.run(["pdftotext", str(tmp_path / "out" / "sk-penetapan-hasil.pdf"),
                                  "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Rev. 3 · 2026" in sk
