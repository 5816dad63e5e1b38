"""The workbooks print (issue 15): LibreOffice converts each to PDF and every label and every
name comes out whole (on 4154483 "Jumlah asesi" printed as "Jumla", wrapped names overlapped)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from humas_desktop.domain.terbilang import terbilang
from humas_desktop.services.exports import export_documents, load_event_data, minutes
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run
from tests.external import need_program

LABELS = {
    "berita-acara": ("Jumlah asesi", "Rekomendasi Kompeten (K)", "Rekomendasi Belum Kompeten (BK)",
                     "Tanggal", "Bidang", "Organisasi", "Rekomendasi Tindak Lanjut", "Keterangan",
                     "Penanggung jawab kegiatan,", "Asesor Kompetensi,"),
    "daftar-hadir": ("Nama Peserta", "Asal Lembaga", "Tanda Tangan", "Jumlah hadir", "Asesor"),
    "rekapitulasi-hasil": ("Nama Asesi", "Rekomendasi Asesor", "Keputusan LSP", "Jumlah K"),
    "daftar-peserta": ("Nama", "NIK", "Instansi", "Jabatan", "Kehadiran"),
    "unggah-bnsp": ("NAMA ASESI", "KODE JADWAL BNSP", "NOMOR REGISTRASI ASESOR",
                    "KODE PENDIDIKAN"),
}


@pytest.mark.slow  # LibreOffice in a subprocess
def test_every_workbook_prints_its_labels_and_names_whole(tmp_path: Path) -> None:
    need_program("soffice")
    need_program("pdftotext")
    path = make_demo(tmp_path / "data", participants=12, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        _files = _run(export_documents(edb, ["roster", "attendance", "recap", "bnsp",
                                             "berita-acara"], tmp_path / "out"))
        data = load_event_data(edb)
    finally:
        edb.close()
    books = sorted((tmp_path / "out").glob("*.xlsx"))
    assert {b.stem for b in books} == set(LABELS)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), *map(str, books)],
                   check=True, capture_output=True, timeout=240)
    scheme = next(iter(data.schemes.values()))
    for book in books:
        pdf = tmp_path / "pdf" / f"{book.stem}.pdf"
        assert pdf.is_file(), book.name
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        flat = " ".join(text.split())
        words = set(flat.split())
        for label in LABELS[book.stem]:
            # A header may wrap over lines (read in any order); each word must print whole.
            assert label in flat or all(w in words for w in label.split()), (book.name, label)
        for p in data.participants:
            assert p.name in flat, (book.name, p.number)
        if book.stem == "berita-acara":  # the narrative prints whole, as in the PDF (89d5f16: none)
            minute = minutes(data)
            assert minute.opening and " ".join(minute.opening.split()) in flat
            assert ("Demikian berita acara ini dibuat dengan sebenarnya, untuk digunakan "
                    "sebagaimana mestinya.") in flat
            assert "*) Diisi dengan K (Kompeten) atau BK (Belum Kompeten)" in flat
            assert minute.place_date and minute.place_date in flat
            n = len(minute.rows)
            assert f"{n} ({terbilang(n)}) orang" in flat
        if book.stem == "rekapitulasi-hasil":
            for u in scheme.units:
                assert u.code in flat, u.code  # a code has no space to wrap at


