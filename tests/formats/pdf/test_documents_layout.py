"""Issue #24, documents: what a reader of the printed PDF sees on each page. Tables carry their
column heading on every page they continue on; the berita acara's signatures never stand alone
on a page; an assessor who assessed nobody does not sign. Read back with pdftotext."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from humas_desktop.formats.pdf import documents as docs
from humas_desktop.formats.pdf.layout import Letterhead
from tests.formats.pdf.pdf_text import page_texts

KOP = Letterhead("LSP Uji Tata Letak", "BNSP-LSP-123-ID", "Jl. Contoh No. 1, Bandung")


def _header() -> docs.DocHeader:
    return docs.DocHeader("Uji Kompetensi", "LSP Uji Tata Letak", "Humas Yunior", "SKM-HUMAS-1",
                          "TUK Sewaktu Hotel Contoh", "07/12/2026 - 08/12/2026", "Bandung", KOP)


def _name(i: int) -> str:
    """A marker a reader can find on the page ("Peserta 007"), some names long enough to wrap."""
    tail = " Kusumaningrum Wahyuningtyas, S.Sos." if i % 4 == 0 else ""
    return f"Peserta {i:03d}{tail}"


def _institution(i: int) -> str:
    return "Dinas Komunikasi dan Informatika Provinsi Jawa Barat" if i % 3 == 0 else "Biro Humas"


def _minutes(n: int, assessors: int = 2) -> docs.MinutesData:
    m = docs.MinutesData(field_name="Kehumasan",
                         assessors=[(f"Asesor {chr(65 + a)}", f"MET.000.{a:06d} 2020")
                                    for a in range(assessors)],
                         opening="Pada hari ini, Senin, tanggal 7 Desember 2026, telah "
                                 "dilaksanakan asesmen kompetensi, dengan hasil sebagai berikut:",
                         place_date="Bandung, 8 Desember 2026", responsible_title="Manajer")
    for i in range(1, n + 1):
        bk = i % 7 == 0
        m.rows.append(docs.MinutesRow(i, _name(i), _institution(i), "BK" if bk else "K",
                                      "Uji ulang unit KOM.PR02.003.01 (Melaksanakan kegiatan "
                                      "open house) setelah latihan terbimbing." if bk else "",
                                      f"ABCDE-{i:05d}"))
    m.counts = docs.MinutesCounts.of([r.result for r in m.rows])
    return m


def _rows_on(page: str) -> list[int]:
    return [int(x) for x in re.findall(r"Peserta (\d{3})", page)]


def _decisions(n: int) -> docs.DecisionData:
    rows = [docs.DecisionRow(i, _name(i), _institution(i), "K", "K",
                             f"70203 2432 0 {i:07d} 2026") for i in range(1, n + 1)]
    return docs.DecisionData("LSP Uji Tata Letak", "Bandung", "Selasa", "8 Desember 2026",
                             "SK/017/LSP-UTL/XII/2026", "Komite Teknis", "7-8 Desember 2026", rows,
                             chair_name="Dr. Bambang", manager_name="Siti Aminah")


def _documents(n: int) -> dict[str, tuple[bytes, tuple[str, ...]]]:
    """Each document with a long table: (PDF, words of its column heading, each on one line)."""
    h = _header()
    sections = [docs.AttendanceSection("Asesor A", "MET.1",
                                       [(_name(i), _institution(i), "hadir")
                                        for i in range(1, n + 1)],
                                       ["Senin, 07/12/2026", "Selasa, 08/12/2026"])]
    report = docs.ReportData("Asesor A", "MET.1", "7 Desember 2026",
                             [("KOM.PR01.001.01", "Membuat dan mengakses dokumen di komputer")],
                             [docs.ReportRow(i, _name(i), "K", "") for i in range(1, n + 1)])
    d = _decisions(n)
    return {
        "berita acara": (docs.minutes_pdf(h, _minutes(n), "Dra. Sri Wahyuni"),
                         ("Nama Asesi", "Organisasi", "Keterangan")),
        "daftar hadir": (docs.attendance_pdf(h, sections), ("Nama Peserta", "Asal Lembaga", "Tanda Tangan")),
        "FR.AK.05": (docs.report_pdf(h, [report]), ("Nama Asesi", "Keterangan**")),
        "pleno": (docs.plenary_pdf(h, d), ("Nama Asesi", "Keputusan", "Organisasi")),
        "SK lampiran": (docs.decree_pdf(h, d), ("Nama Asesi", "Nomor Sertifikat")),
        "blanko request": (docs.blanko_request_pdf(h, d, [("Humas Yunior", d.rows)]),
                           ("Nama Asesi", "Organisasi")),
    }


def test_every_page_of_a_long_table_starts_with_its_column_heading() -> None:
    """Fails on a014e1b: berita acara pages 2-4 (and daftar hadir, FR.AK.05, pleno, SK lampiran,
    blanko request page 2) began with a bare row, no column heading."""
    for kind, (pdf, heading) in _documents(60).items():
        pages = page_texts(pdf)
        continued = [i for i, page in enumerate(pages) if _rows_on(page)]
        assert len(continued) >= 2, kind  # the table does run over a page
        for i in continued:
            page = pages[i]
            first_row = page.index(f"Peserta {_rows_on(page)[0]:03d}")
            for word in heading:
                assert word in page[:first_row], (kind, i + 1, word)
        # every row printed once, in order, across the pages
        assert [r for i in continued for r in _rows_on(pages[i])] == list(range(1, 61)), kind


def test_a_short_table_has_one_heading_and_no_heading_follows_it() -> None:
    pdf = docs.minutes_pdf(_header(), _minutes(3), "Dra. Sri Wahyuni")
    pages = page_texts(pdf)
    assert len(pages) == 1
    assert pages[0].count("Keterangan") == 1


def _check_signature_page(n: int, assessors: int) -> None:
    pdf = docs.minutes_pdf(_header(), _minutes(n, assessors), "Dra. Sri Wahyuni")
    pages = page_texts(pdf)
    last = pages[-1]
    assert "Penanggung jawab kegiatan" in last, n
    assert "Demikian berita acara ini dibuat" in last, n
    assert "Bandung, 8 Desember 2026" in last, n
    assert last.count("Asesor Kompetensi") == assessors, n
    assert n in _rows_on(last), n  # the last row of the table stays with its closing
    assert [r for p in pages for r in _rows_on(p)] == list(range(1, n + 1)), n
    if n <= 3 and assessors <= 2:  # a short event: one page
        assert len(pages) == 1, n


@pytest.mark.parametrize("assessors", [1, 2, 3, 5])
def test_the_berita_acara_signatures_never_stand_alone_on_a_page(assessors: int) -> None:
    """Fails on a014e1b: with 40 participants and two assessors the penanggung jawab kegiatan's
    signature stood alone on page 5. The page that holds the last signature also holds the
    closing sentence, the place and date, the assessors' signatures and (when they fit on one
    page) the table's last row."""
    for n in (1, 2, 9, 17, 23, 31, 40, 52):
        _check_signature_page(n, assessors)


@pytest.mark.slow
def test_the_berita_acara_signatures_never_stand_alone_whatever_the_length() -> None:
    """Every table length from 1 to 60 rows (each moves the table's end on the page)."""
    for assessors in (1, 2, 3):
        for n in range(1, 61):
            _check_signature_page(n, assessors)


def test_many_assessors_keep_at_least_the_last_two_signature_rows_together() -> None:
    """More signatures than a page holds: they flow, and the last block is never alone."""
    pdf = docs.minutes_pdf(_header(), _minutes(30, assessors=16), "Dra. Sri Wahyuni")
    pages = page_texts(pdf)
    assert sum(p.count("Asesor Kompetensi") for p in pages) == 16
    assert "Penanggung jawab kegiatan" in pages[-1]
    assert pages[-1].count("Asesor Kompetensi") >= 1


def test_an_assessor_who_assessed_nobody_does_not_sign_the_berita_acara(tmp_path: Path) -> None:
    """Fails on a014e1b: every assessor of the event got a signature block in the berita acara
    (PDF and workbook), also one who assessed nobody (N24)."""
    from openpyxl import load_workbook

    from humas_desktop.domain.models import Assessor
    from humas_desktop.services.exports import export_documents
    from humas_desktop.storage import repository as repo
    from humas_desktop.storage.db import open_event
    from tests.conftest import make_demo, run_to_end

    path = make_demo(tmp_path / "data", participants=6, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        with edb.atomic():
            repo.add_assessor(edb, Assessor("Ir. Ketut Arsana", "MET.000.999999 2019"))
        workers = {a.name for a in repo.list_assessors(edb)} - {"Ir. Ketut Arsana"}
        run_to_end(export_documents(edb, ["berita-acara"], tmp_path / "out"))
    finally:
        edb.close()
    text = " ".join(page_texts(tmp_path / "out" / "berita-acara.pdf"))
    assert "Ketut" not in text
    for name in workers:  # the assessors who did assess still sign
        assert name.split(",")[0] in text
    wb = load_workbook(tmp_path / "out" / "berita-acara.xlsx")
    cells = " ".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                     if c.value is not None)
    assert "Ketut" not in cells


UNIT_TITLES = ("Membuat dan mengakses dokumen di komputer", "Pertukaran informasi lisan dalam "
               "bahasa Inggris", "Membuat kliping", "Membuat dokumentasi kegiatan",
               "Melaksanakan kegiatan open house", "Melaksanakan kegiatan internal gathering")


def _record(number: int, units: int) -> docs.RecordData:
    name = ("Dr. Hj. Raden Roro Siti Khadijah Nur’aini Kusumaningrum Wahyuningtyas "
            "Prawirodirdjo, S.Sos., M.I.Kom.") if number == 1 else _name(number)
    rows = [docs.RecordUnit(f"KOM.PR{u:02d}.001.01", UNIT_TITLES[u % len(UNIT_TITLES)],
                            frozenset({"portofolio", "wawancara"}), "BK" if u == 4 else "K")
            for u in range(units)]
    return docs.RecordData(number, name, "Drs. Hendra Gunawan, M.Si.", "MET.000.004512 2019",
                           "07/12/2026", "07/12/2026", rows, "BK" if units > 4 else "K",
                           "Uji ulang unit KOM.PR02.003.01 (Melaksanakan kegiatan open house) "
                           "setelah latihan terbimbing.", "Asesi menjawab lancar.",
                           "07/12/2026 10:12", "DJ5XC-PEK0B", "7 Desember 2026")


def test_fr_ak_02_with_its_attachment_list_takes_one_page_per_participant() -> None:
    """Fails on a014e1b: every record was two pages, the second holding only the four
    LAMPIRAN DOKUMEN lines (80 pages for 40 participants)."""
    records = [_record(i, 6) for i in range(1, 41)]
    pdf, starts = docs.records_pdf(_header(), records)
    pages = page_texts(pdf)
    assert len(pages) == 40
    assert starts == list(range(40))
    for page in pages:
        assert "FR.AK.02. FORMULIR REKAMAN ASESMEN KOMPETENSI" in page
        assert "LAMPIRAN DOKUMEN:" in page and "Tinjauan proses asesmen." in page
        assert page.index("Tanda tangan dan tanggal") < page.index("LAMPIRAN DOKUMEN:")
        assert "halaman 1 dari 1" in page


def test_a_long_fr_ak_02_keeps_its_attachment_list_under_the_signatures() -> None:
    """A scheme with many units needs a second page: the signatures and the attachment list go
    there together, never the list alone."""
    pdf, _ = docs.records_pdf(_header(), [_record(1, 16)])
    pages = page_texts(pdf)
    assert len(pages) == 2
    assert "LAMPIRAN DOKUMEN:" in pages[1] and "Tanda tangan dan tanggal" in pages[1]
    assert "Unit Kompetensi" in pages[1]  # the grid continues under its heading


def _closed_demo(tmp_path: Path, legal: list[str] | None = None,
                 members: list[tuple[str, str]] | None = None) -> Path:
    """A decided demo event closed the way the CLI closes it; the plenary papers exported."""
    from datetime import date

    from humas_desktop.services import close_session as cs
    from humas_desktop.services import document_settings as ds
    from humas_desktop.services import numbering as nb
    from humas_desktop.services.exports import export_documents
    from humas_desktop.storage.db import open_event
    from tests.conftest import make_demo, run_to_end

    path = make_demo(tmp_path / "data", participants=5, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        if legal is not None or members is not None:
            ds.save_plenary_papers(edb, legal, members)
        nb.save_config(edb, nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN,
                                               "HMS", "001"))
        cs.close_session(edb, date.today())
        run_to_end(export_documents(edb, ["pleno", "sk"], tmp_path / "out"))
        licence = edb.conn.execute("SELECT lsp_license FROM event").fetchone()[0]
    finally:
        edb.close()
    (tmp_path / "licence.txt").write_text(licence)
    return tmp_path / "out"


def _section(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end, text.index(start))]


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_the_sk_cites_the_regulations_and_the_lsps_licence(tmp_path: Path) -> None:
    """Fails on a014e1b: "Mengingat" named no regulation at all ("Peraturan Badan Nasional
    Sertifikasi Profesi tentang pedoman …"). A real SK penetapan cites PP 10/2018 on BNSP, the
    BNSP rules by number and the LSP's licence (shared/domain.md 4.4)."""
    out = _closed_demo(tmp_path)
    licence = (tmp_path / "licence.txt").read_text()
    mengingat = _section(" ".join(page_texts(out / "sk-penetapan-hasil.pdf")), "Mengingat",
                         "MEMUTUSKAN")
    for cited in ("Undang-Undang Nomor 13 Tahun 2003", "Nomor 10 Tahun 2018 tentang Badan "
                  "Nasional Sertifikasi Profesi", "1/BNSP/III/2014", "2/BNSP/III/2014",
                  "09/BNSP.301/XI/2013"):
        assert cited in mengingat, cited
    assert licence and licence in mengingat
    assert mengingat.count(";") >= 5  # one lettered item per regulation


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_an_lsp_that_cites_other_regulations_sets_its_own_list(tmp_path: Path) -> None:
    own = ["Peraturan Pemerintah Nomor 10 Tahun 2018 tentang Badan Nasional Sertifikasi Profesi",
           "Keputusan Ketua BNSP Nomor KEP.1926/BNSP/XII/2026 tentang Lisensi LSP Uji Tata Letak"]
    out = _closed_demo(tmp_path, legal=own)
    mengingat = _section(" ".join(page_texts(out / "sk-penetapan-hasil.pdf")), "Mengingat",
                         "MEMUTUSKAN")
    assert "a. Peraturan Pemerintah Nomor 10 Tahun 2018" in mengingat
    assert "KEP.1926/BNSP/XII/2026" in mengingat
    assert "Undang-Undang Nomor 13 Tahun 2003" not in mengingat  # the LSP's list, not ours


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_the_pleno_minutes_carry_the_committee_signature_list(tmp_path: Path) -> None:
    """Fails on a014e1b: the pleno minutes had only the manager's and the chair's signatures,
    no list of the committee members who decided (real: beritaacarakomite.php)."""
    members = [("Dr. Ir. Rahmat Hidayat, M.M.", "Ketua Komite Teknis"),
               ("Dra. Lestari Wulandari", "Anggota"), ("Andi Pratama, S.I.Kom.", "Anggota")]
    out = _closed_demo(tmp_path, members=members)
    pages = page_texts(out / "berita-acara-pleno.pdf")
    last = pages[-1]
    listing = _section(last, "yang hadir", "Manajer Sertifikasi")
    assert "Tanda Tangan" in listing and "Jabatan" in listing
    for number, (name, role) in enumerate(members, 1):
        assert f"{number} {name} {role}" in listing
    assert "Demikian berita acara ini dibuat" in last  # the list is part of the closing page


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_without_committee_names_the_pleno_has_blank_lines_to_fill_in(tmp_path: Path) -> None:
    out = _closed_demo(tmp_path)
    last = page_texts(out / "berita-acara-pleno.pdf")[-1]
    listing = _section(last, "yang hadir", "Manajer Sertifikasi")
    assert "1 Ketua Komite Teknis" in listing and "2 Anggota" in listing and "3 Anggota" in listing
