"""The forms as an LSP files them (issue 15): kop, document control, FR.AK.02/AK.05, berita acara,
daftar hadir. Every test reads the produced PDF back with pdftotext or pypdf."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from humas_desktop.domain.errors import DomainError
from humas_desktop.services import document_settings as ds
from humas_desktop.services.exports import export_documents, load_event_data
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run
from tests.external import need_program

ADDRESS = "Jl. Asia Afrika No. 1, Bandung 40111"


def _text(pdf: Path, layout: bool = False) -> str:
    """Reading order keeps each table cell together; ``layout`` keeps each row on one line."""
    need_program("pdftotext")
    cmd = ["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def _pages(pdf: Path) -> list[str]:
    return _text(pdf).split("\f")[:-1]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _logo(path: Path) -> Path:
    img = Image.new("RGB", (240, 240), "white")
    ImageDraw.Draw(img).ellipse((10, 10, 230, 230), outline="navy", width=24)
    img.save(path, format="JPEG")
    return path


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The decided demo exported as it is, with no document settings touched."""
    base = tmp_path_factory.mktemp("plain")
    path = make_demo(base / "data", participants=12, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        _run(export_documents(edb, ["records", "certificates"], base / "out"))
    finally:
        edb.close()
    return path, base / "out"


@pytest.fixture(scope="module")
def styled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The decided demo with the LSP's kop, editions and berita acara details set."""
    base = tmp_path_factory.mktemp("styled")
    path = make_demo(base / "data", participants=12, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        ds.set_logo(edb, _logo(base / "logo.jpg"))
        cur = ds.load(edb)
        cur.texts.update({"lsp.address": ADDRESS, "event.time": "08.00 WIB s.d. selesai",
                          "event.responsible": "Dra. Sri Wahyuni",
                          "event.responsible_title": "Ketua Panitia"})
        cur.code_lists["document.editions"] = {"FR.AK.02": "Rev. 1 · 2024",
                                               "FR.AK.05": "Rev. 2 · 2025",
                                               "Berita Acara Asesmen": "Rev. 0 · 2024",
                                               "Daftar Hadir": "Rev. 0 · 2024"}
        ds.save(edb, cur)
        _run(export_documents(edb, ["all"], base / "out"))
    finally:
        edb.close()
    return path, base / "out"


def _data(path: Path):  # type: ignore[no-untyped-def]
    edb = open_event(path, device_id="t")
    try:
        return load_event_data(edb)
    finally:
        edb.close()


# --- document control -------------------------------------------------------------------------

def test_per_participant_file_counts_its_own_pages_and_has_its_own_metadata(
        plain: tuple[Path, Path]) -> None:
    """On 4154483 the one-page file of participant 7 read "FR.AK.02 · halaman 7", Producer pypdf."""
    from pypdf import PdfReader

    _, out = plain
    for single in sorted((out / "fr-ak-02").glob("peserta-*.pdf")):
        pages = _pages(single)
        for i, page in enumerate(pages, 1):
            assert f"halaman {i} dari {len(pages)}" in _flat(page), single.name
        number = int(single.stem.split("-")[1])
        info = PdfReader(single).metadata
        assert info is not None and info.title is not None
        assert info.title.startswith("FR.AK.02") and f"Peserta {number}" in info.title
        assert info.author == "LSP Humas Nusantara (contoh)"
        assert info.creator == "Humas Desktop"
    cert = PdfReader(sorted((out / "sertifikat").glob("sertifikat-*.pdf"))[0]).metadata
    assert cert is not None and cert.title is not None and cert.title.startswith("Sertifikat")


def test_every_form_page_carries_the_kop_and_its_edition(styled: tuple[Path, Path]) -> None:
    from pypdf import PdfReader

    _, out = styled
    forms = {"fr-ak-02-rekaman-asesmen.pdf": "FR.AK.02 · Rev. 1 · 2024",
             "fr-ak-05-laporan-asesmen.pdf": "FR.AK.05 · Rev. 2 · 2025",
             "berita-acara.pdf": "Berita Acara Asesmen · Rev. 0 · 2024",
             "daftar-hadir.pdf": "Daftar Hadir · Rev. 0 · 2024"}
    for name, control in forms.items():
        reader = PdfReader(out / name)
        for number, page in enumerate(_pages(out / name)):
            flat = _flat(page)
            assert "LSP Humas Nusantara (contoh)" in flat, (name, number)
            assert "Lisensi BNSP No. BNSP-LSP-000-ID" in flat, (name, number)
            assert ADDRESS in flat, (name, number)
            assert re.search(re.escape(control) + r" · halaman \d+ dari \d+", flat), (name, number)
            assert len(reader.pages[number].images) >= 1, (name, number)  # the logo


def test_every_workbook_names_the_lsp_its_licence_and_address(styled: tuple[Path, Path]) -> None:
    """The kop facts in the xlsx title block too (rekap, daftar hadir, berita acara, roster)."""
    from openpyxl import load_workbook

    _, out = styled
    for name in ("rekapitulasi-hasil.xlsx", "daftar-hadir.xlsx", "berita-acara.xlsx",
                 "daftar-peserta.xlsx"):
        for ws in load_workbook(out / name).worksheets:
            cells = {str(c) for row in ws.iter_rows(max_row=12, values_only=True) for c in row
                     if c is not None}
            assert ("LSP Humas Nusantara (contoh) · Lisensi BNSP No. BNSP-LSP-000-ID"
                    in cells), (name, ws.title)
            assert ADDRESS in cells, (name, ws.title)


def test_a_bad_logo_is_refused_and_the_old_one_kept(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=2)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        ds.set_logo(edb, _logo(tmp_path / "logo.jpg"))
        before = edb.setting(ds.LOGO_KEY)
        assert before and ds.decode_logo(before)
        fake = tmp_path / "logo.png"
        fake.write_text("not an image")
        gif = tmp_path / "logo.gif"
        Image.new("RGB", (64, 64), "red").save(gif, format="GIF")
        truncated = tmp_path / "cut.png"
        Image.new("RGB", (64, 64), "red").save(truncated, format="PNG")
        truncated.write_bytes(truncated.read_bytes()[:60])
        for bad, code in ((fake, "logo_unreadable"), (gif, "logo_not_png_jpeg"),
                          (truncated, "logo_unreadable"), (tmp_path / "missing.png", "logo_unreadable")):
            with pytest.raises(DomainError) as err:
                ds.set_logo(edb, bad)
            assert err.value.code == code
            assert edb.setting(ds.LOGO_KEY) == before
        big = tmp_path / "big.png"
        Image.new("RGB", (3000, 1500), "blue").save(big, format="PNG")
        ds.set_logo(edb, big)
        stored = ds.decode_logo(edb.setting(ds.LOGO_KEY) or "")
        assert stored is not None
        import io
        with Image.open(io.BytesIO(stored)) as img:
            assert img.format == "PNG" and max(img.size) == ds.LOGO_MAX_PX
    finally:
        edb.close()


# --- FR.AK.02 --------------------------------------------------------------------------------

def test_fr_ak_02_has_the_official_seven_columns_follow_up_signatures_and_attachments(
        styled: tuple[Path, Path]) -> None:
    path, out = styled
    data = _data(path)
    scheme = next(iter(data.schemes.values()))
    bk_person = next(p for p in data.participants
                     if data.assessments[p.id].overall_recommendation.value == "BK")
    single = out / "fr-ak-02" / f"peserta-{bk_person.number:04d}.pdf"
    flat = _flat(_text(single))
    assert "FR.AK.02. FORMULIR REKAMAN ASESMEN KOMPETENSI" in flat
    assert "Beri tanda centang (✓) di kolom yang sesuai" in flat
    for word in ("Observasi", "demonstrasi", "Portofolio", "Pernyataan", "Pihak", "Ketiga",
                 "Wawancara", "lisan", "tertulis", "Proyek", "kerja", "Lainnya"):
        assert word in flat, word
    assert " PPK " not in flat and " PW " not in flat  # no abbreviated, split columns
    assert "Tindak lanjut yang" in flat and "dibutuhkan" in flat  # a wrapped label cell
    bk_units = [u for u in scheme.units
                if any(r.unit_id == u.id and r.recommendation and r.recommendation.value == "BK"
                       for r in data.assessments[bk_person.id].unit_results)]
    assert bk_units
    for u in bk_units:  # the follow-up names the BK unit (its cell may wrap beside the label)
        assert re.search(rf"Unit belum kompeten: [^.]*{re.escape(u.code)} "
                         rf"{re.escape(u.title_id.split()[0])}", flat)
        assert all(word in flat for word in u.title_id.split())
    assert flat.count("Tanda tangan dan tanggal") == 2  # asesi and asesor
    assert "LAMPIRAN DOKUMEN:" in flat and "Dokumen APL 01 Peserta" in flat
    assert "Kode tanda terima:" in flat and data.assessments[bk_person.id].receipt_code in flat


# --- FR.AK.05 --------------------------------------------------------------------------------

def test_fr_ak_05_numbers_rows_per_assessor_and_names_bk_units_with_titles(
        styled: tuple[Path, Path]) -> None:
    """On 4154483 the rows carried the global numbers 1, 3, 5 ... and BK unit codes only."""
    path, out = styled
    data = _data(path)
    scheme = next(iter(data.schemes.values()))
    sections = _text(out / "fr-ak-05-laporan-asesmen.pdf", layout=True).split("FR.AK.05. LAPORAN ASESMEN")[1:]
    assert len(sections) == len(data.assessors)
    for section, assessor in zip(sections, data.assessors.values(), strict=True):
        mine = [p for p in data.participants if data.assessments[p.id].assessor_id == assessor.id]
        numbers = [int(m) for m in re.findall(r"^\s*(\d+)\.\s+\S", section, re.M)]
        assert numbers[:len(mine)] == list(range(1, len(mine) + 1)), numbers
    flat = _flat(_text(out / "fr-ak-05-laporan-asesmen.pdf"))
    for label in ("Aspek Negatif dan Positif dalam Asesmen", "Pencatatan Penolakan Hasil Asesmen",
                  "Saran Perbaikan: (Asesor/Personil Terkait)", "Catatan", "Tanda tangan/Tanggal"):
        assert label in flat
    bk = {u.id: u for u in scheme.units}
    for p in data.participants:
        for r in data.assessments[p.id].unit_results:
            if r.recommendation and r.recommendation.value == "BK":
                u = bk[r.unit_id]
                assert f"BK pada unit {u.code} {u.title_id}" in flat


def test_fr_ak_05_marks_k_and_bk_as_ticks_in_their_own_columns(styled: tuple[Path, Path]) -> None:
    """One tick per row, under "Rekomendasi K" or "Rekomendasi BK" as the assessor recommended
    (read from the page with pdftotext -bbox: the tick's x lies in that column)."""
    import html

    path, out = styled
    data = _data(path)
    need_program("pdftotext")
    page_xml = subprocess.run(["pdftotext", "-bbox", str(out / "fr-ak-05-laporan-asesmen.pdf"),
                               "-"], capture_output=True, text=True, check=True).stdout
    words = [(float(x0), float(x1), html.unescape(w)) for x0, x1, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
        page_xml)]
    k_col = next(((x0 + x1) / 2 for x0, x1, w in words if w == "K"), None)
    bk_col = next(((x0 + x1) / 2 for x0, x1, w in words if w == "BK"), None)
    assert k_col is not None and bk_col is not None and bk_col > k_col
    ticks = [(x0 + x1) / 2 for x0, x1, w in words if w == "✓"]
    in_k = sum(1 for x in ticks if abs(x - k_col) < abs(x - bk_col))
    in_bk = len(ticks) - in_k
    recs = [a.overall_recommendation.value for a in data.assessments.values()]
    assert (in_k, in_bk) == (recs.count("K"), recs.count("BK"))
    assert in_bk >= 1


# --- berita acara ----------------------------------------------------------------------------

def test_berita_acara_is_a_minute_with_counts_in_words(styled: tuple[Path, Path]) -> None:
    from humas_desktop.domain.terbilang import HARI, terbilang
    from humas_desktop.formats.pdf.layout import tanggal

    path, out = styled
    data = _data(path)
    e = data.event
    flat = _flat(_text(out / "berita-acara.pdf"))
    assert f"Pada hari ini, {HARI[e.start_date.weekday()]}" in flat
    assert f"tanggal {tanggal(e.start_date)}" in flat and "pukul 08.00 WIB s.d. selesai" in flat
    assert f"bertempat di {e.tuk_name}" in flat
    n = len(data.participants)
    k = sum(1 for a in data.assessments.values() if a.overall_recommendation.value == "K")
    assert f"Jumlah asesi {n} ({terbilang(n)}) orang" in flat
    assert f"Rekomendasi Kompeten (K) {k} ({terbilang(k)}) orang" in flat
    assert f"{n - k} ({terbilang(n - k)}) orang" in flat
    assert "(K/BK)*)" in flat  # the wrapped column header "Rekomendasi Asesor (K/BK)*)"
    assert "*) Diisi dengan K (Kompeten) atau BK (Belum Kompeten)" in flat
    assert "Demikian berita acara ini dibuat dengan sebenarnya" in flat
    assert f"{e.city}, {tanggal(e.end_date)}" in flat
    for a in data.assessors.values():
        assert a.name in flat and f"No. Reg. {a.met_number}" in flat
    assert "Dra. Sri Wahyuni" in flat and "Jabatan: Ketua Panitia" in flat
    decision = next(iter(data.decisions.values()))
    assert decision.sk_number not in flat and "Nomor SK" not in flat
    assert "rapat pleno" not in flat.lower()


def test_berita_acara_xlsx_carries_the_same_narrative_as_the_pdf(styled: tuple[Path, Path]) -> None:
    """On 89d5f16 the xlsx was a key-value table: no opening, counts without words, no closing,
    no place and date, no jabatan, and the Keterangan column empty while the PDF had receipts."""
    from openpyxl import load_workbook

    from humas_desktop.domain.terbilang import HARI, terbilang
    from humas_desktop.formats.pdf.layout import tanggal

    path, out = styled
    data = _data(path)
    e = data.event
    ws = load_workbook(out / "berita-acara.xlsx").active
    cells = [str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    flat = _flat(" ".join(cells))
    pdf = _flat(_text(out / "berita-acara.pdf"))
    opening = next(c for c in cells if c.startswith("Pada hari ini,"))
    assert opening.startswith(f"Pada hari ini, {HARI[e.start_date.weekday()]}")
    assert f"tanggal {tanggal(e.start_date)}" in opening
    assert "pukul 08.00 WIB s.d. selesai" in opening and f"bertempat di {e.tuk_name}" in opening
    assert "telah dilaksanakan asesmen kompetensi" in opening
    assert _flat(opening) in pdf  # word for word the PDF's opening
    n = len(data.participants)
    k = sum(1 for a in data.assessments.values() if a.overall_recommendation.value == "K")
    assert f"Jumlah asesi {n} ({terbilang(n)}) orang" in flat
    assert f"Rekomendasi Kompeten (K) {k} ({terbilang(k)}) orang" in flat
    assert f"Rekomendasi Belum Kompeten (BK) {n - k} ({terbilang(n - k)}) orang" in flat
    assert "*) Diisi dengan K (Kompeten) atau BK (Belum Kompeten)" in flat
    closing = ("Demikian berita acara ini dibuat dengan sebenarnya, untuk digunakan sebagaimana "
               "mestinya.")
    assert closing in cells
    place = f"{e.city}, {tanggal(e.end_date)}"
    rows = {str(c.value): c.row for row in ws.iter_rows() for c in row if c.value is not None}
    assert rows[place] < rows["Penanggung jawab kegiatan,"] < rows["Dra. Sri Wahyuni"]
    assert rows[closing] < rows[place]
    assert "Jabatan: Ketua Panitia" in cells
    for a in data.assessors.values():
        assert a.name in cells and f"No. Reg: {a.met_number}" in cells
    receipts = [a.receipt_code for a in data.assessments.values() if a.receipt_code]
    assert receipts and all(f"Kode tanda terima: {r}" in cells for r in receipts)
    decision = next(iter(data.decisions.values()))
    assert decision.sk_number not in flat and "Nomor SK" not in flat


# --- daftar hadir ----------------------------------------------------------------------------

def test_daftar_hadir_one_signature_column_per_day_rows_per_sheet_and_totals(
        styled: tuple[Path, Path]) -> None:
    from humas_desktop.domain.terbilang import HARI

    path, out = styled
    data = _data(path)
    e = data.event
    assert e.end_date and e.end_date > e.start_date  # the demo is a two-day event
    text = _text(out / "daftar-hadir.pdf", layout=True)
    flat = _flat(_text(out / "daftar-hadir.pdf"))
    for d in (e.start_date, e.end_date):
        assert f"{HARI[d.weekday()]}, {d:%d/%m/%Y}" in flat
    sections = text.split("DAFTAR HADIR PESERTA UJI SERTIFIKASI KOMPETENSI")[1:]
    assert len(sections) == len(data.assessors)
    for section, assessor in zip(sections, data.assessors.values(), strict=True):
        mine = [p for p in data.participants if data.assessor_of(p) is assessor]
        numbers = [int(m) for m in re.findall(r"^\s*(\d+)\s+\S", section, re.M)]
        assert numbers[:len(mine)] == list(range(1, len(mine) + 1)), numbers
        present = sum(1 for p in mine if p.attendance and p.attendance.value == "hadir")
        assert re.search(rf"Jumlah hadir\s+{present}\b", section)
        assert re.search(r"Jumlah tidak hadir\s+\d+", section)


def test_an_oversized_or_tiny_logo_is_refused(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=1)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        huge = tmp_path / "huge.png"
        huge.write_bytes(b"\x89PNG" + b"\0" * (ds.LOGO_MAX_BYTES + 1))
        tiny = tmp_path / "tiny.png"
        Image.new("RGB", (8, 8), "red").save(tiny, format="PNG")
        for bad, code in ((huge, "logo_too_large"), (tiny, "logo_too_small")):
            with pytest.raises(DomainError) as err:
                ds.set_logo(edb, bad)
            assert err.value.code == code
        assert not edb.setting(ds.LOGO_KEY)
    finally:
        edb.close()
