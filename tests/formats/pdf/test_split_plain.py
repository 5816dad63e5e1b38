"""Issue 25: the per-participant files split from fpdf2's output by copying its objects
(formats/pdf/split.py, _Plain) read and look as those pypdf splits: the same pages, text,
images and fonts, each file's own title and author; a PDF not laid out as fpdf2 writes it is
still split (by pypdf)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from humas_desktop.formats.pdf import split
from humas_desktop.formats.pdf.layout import (
    Col,
    DocControl,
    Letterhead,
    begin_section,
    finish,
    new_pdf,
    table_row,
)
from tests.external import need_program


def _logo() -> bytes:
    from PIL import Image

    img = Image.new("RGBA", (40, 40), (20, 60, 160, 255))
    for x in range(40):
        img.putpixel((x, x), (0, 0, 0, 0))  # transparency: an image with its soft mask
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _document() -> tuple[bytes, list[int]]:
    kop = Letterhead("LSP Humas (contoh) \\ Nusantara", "BNSP-LSP-000-ID", "Jl. Contoh 1", _logo())
    pdf = new_pdf(letterhead=kop, control=DocControl("FR.APL.02"), title="Uji", author="LSP")
    starts = []
    for person in range(5):
        starts.append(pdf.page_no())
        begin_section(pdf)
        pdf.add_page()
        for row in range(12 + 40 * (person % 2)):  # one page or two
            table_row(pdf, [f"Peserta {person}", f"baris {row} Nur’aini ✓", "ꦲꦏ꧀ꦱꦫ" if row == 3 else ""],
                      [Col(50), Col(80, "C", "B"), Col(50, "R")])
    return finish(pdf), starts


def _split(data: bytes, starts: list[int], folder: Path, plain: bool,
           monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    targets = [folder / f"peserta-{i:04d}.pdf" for i in range(len(starts))]
    metas = [{"Title": f"FR.APL.02 · Peserta {i}", "Author": "LSP (contoh) Ñ",
              "Subject": "Uji", "Creator": "Humas Desktop"} for i in range(len(starts))]
    with monkeypatch.context() as m:
        if not plain:
            def refuse(_data: bytes) -> None:
                raise split._NotPlain

            m.setattr(split, "_Plain", refuse)
        assert list(split.split_pdf_steps(data, starts, targets, metas))[-1] == len(targets)
    return targets


def test_plain_split_reads_as_pypdfs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    data, starts = _document()
    assert split._Plain(data).page_count() == PdfReader(io.BytesIO(data)).get_num_pages()
    plain = _split(data, starts, tmp_path / "plain", True, monkeypatch)
    other = _split(data, starts, tmp_path / "pypdf", False, monkeypatch)
    pages = 0
    for i, (a, b) in enumerate(zip(plain, other, strict=True)):
        ra, rb = PdfReader(a, strict=True), PdfReader(b)
        assert len(ra.pages) == len(rb.pages) == (1 if i % 2 == 0 else 2)
        pages += len(ra.pages)
        assert [p.extract_text() for p in ra.pages] == [p.extract_text() for p in rb.pages]
        assert f"Peserta {i}" in ra.pages[0].extract_text()
        assert "halaman 1 dari" in ra.pages[0].extract_text()
        assert ra.metadata.title == rb.metadata.title == f"FR.APL.02 · Peserta {i}"
        assert ra.metadata.author == "LSP (contoh) Ñ"
        assert list(ra.pages[0]["/Resources"]["/XObject"]) == list(rb.pages[0]["/Resources"]["/XObject"])
    assert pages == PdfReader(io.BytesIO(data)).get_num_pages()


def test_plain_split_looks_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    need_program("pdftoppm")
    data, starts = _document()
    plain = _split(data, starts, tmp_path / "plain", True, monkeypatch)
    other = _split(data, starts, tmp_path / "pypdf", False, monkeypatch)
    for a, b in ((plain[1], other[1]), (plain[4], other[4])):
        shown = [subprocess.run(["pdftoppm", "-r", "40", "-gray", str(p)], capture_output=True,
                                check=True).stdout for p in (a, b)]
        assert shown[0] == shown[1]


def test_a_pdf_not_written_by_fpdf2_is_split_by_pypdf(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    data, starts = _document()
    merged = split.merge_pdfs([data], {"Title": "gabungan"})  # written by pypdf
    with pytest.raises(split._NotPlain):
        split._Plain(merged)
    files = _split(merged, starts, tmp_path, True, monkeypatch)
    assert [len(PdfReader(f).pages) for f in files] == [1, 2, 1, 2, 1]


def test_chunks_merged_by_copying_read_as_pypdfs_merge(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The combined file of chunks rendered apart (merge_pdfs_to): every page in order, with
    its own chunk's fonts and images, and the document's title, as pypdf's merge."""
    from pypdf import PdfReader

    chunks = [_document()[0] for _ in range(3)]
    split.merge_pdfs_to(tmp_path / "plain.pdf", chunks, {"Title": "Gabungan · FR.APL.02"})
    with monkeypatch.context() as m:
        def refuse(_data: bytes) -> None:
            raise split._NotPlain

        m.setattr(split, "_Plain", refuse)
        split.merge_pdfs_to(tmp_path / "pypdf.pdf", chunks, {"Title": "Gabungan · FR.APL.02"})
    ra, rb = PdfReader(tmp_path / "plain.pdf", strict=True), PdfReader(tmp_path / "pypdf.pdf")
    assert len(ra.pages) == len(rb.pages) == 3 * PdfReader(io.BytesIO(chunks[0])).get_num_pages()
    assert [p.extract_text() for p in ra.pages] == [p.extract_text() for p in rb.pages]
    assert ra.metadata.title == rb.metadata.title == "Gabungan · FR.APL.02"
    need_program("pdftoppm")
    shown = [subprocess.run(["pdftoppm", "-r", "30", "-gray", "-f", "9", "-l", "12", str(p)],
                            capture_output=True, check=True).stdout
             for p in (tmp_path / "plain.pdf", tmp_path / "pypdf.pdf")]
    assert shown[0] == shown[1]


def test_chunks_merged_from_files_are_those_merged_from_memory(tmp_path: Path) -> None:
    """The export's chunks come as part files (#25: the export process holds none of them): the
    combined file merged from the files is the one merged from the same chunks held in memory,
    also when a part is not laid out as fpdf2 writes it (then pypdf merges)."""
    chunks = [_document()[0] for _ in range(3)]
    files = []
    for i, chunk in enumerate(chunks):
        files.append(tmp_path / f"part-{i}.pdf")
        files[-1].write_bytes(chunk)
    meta = {"Title": "Gabungan · FR.APL.02"}
    split.merge_pdfs_to(tmp_path / "held.pdf", chunks, meta)
    split.merge_pdfs_to(tmp_path / "files.pdf", files, meta)
    assert (tmp_path / "files.pdf").read_bytes() == (tmp_path / "held.pdf").read_bytes()
    from pypdf import PdfReader

    files[1].write_bytes(split.merge_pdfs([chunks[1]]))  # written by pypdf: not plain
    split.merge_pdfs_to(tmp_path / "mixed.pdf", files, meta)
    reader = PdfReader(tmp_path / "mixed.pdf")
    assert len(reader.pages) == 3 * PdfReader(io.BytesIO(chunks[0])).get_num_pages()
    assert reader.metadata.title == "Gabungan · FR.APL.02"
