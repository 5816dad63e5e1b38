"""PDF building blocks: name fitting, many units, missing glyphs, parallel render + merge/split."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from humas_desktop.formats.pdf.certificates import (
    NAME_BOX_W,
    CertificateData,
    CertificateUnit,
    render_certificates,
    render_parallel,
)
from humas_desktop.formats.pdf.fonts import PdfError, close_fonts, coverage
from humas_desktop.formats.pdf.layout import FAMILY, finish, fit_text, new_pdf


def _cert(name: str, units: int = 6, number: str = "70203 2432 0 0000001 2026") -> CertificateData:
    return CertificateData(
        1, name, number, "HMS 001 00001 2026", "Kehumasan", "Public Relations", "Humas Yunior",
        "Junior Public Relations Officer", "Bandung", date(2026, 11, 23), "LSP Contoh", "Ketua",
        "Manajer",
        [CertificateUnit(f"KOM.PR02.{i:03d}.01", f"Judul unit kompetensi contoh nomor {i} yang cukup panjang",
                         f"Example competency unit title number {i}") for i in range(1, units + 1)],
        "HD1U.ABC", False)


def test_name_shrinks_then_wraps_then_is_refused() -> None:
    pdf = new_pdf()
    try:
        short = fit_text(pdf, "SUPARMAN", NAME_BOX_W, "B", 24, 13)
        assert short.size == 24 and short.lines == ("SUPARMAN",)
        long_name = "DR. IR. RADEN AJENG SITI NUR’AINI KUSUMAWARDHANI, S.SOS., M.I.KOM."
        fitted = fit_text(pdf, long_name, NAME_BOX_W, "B", 24, 13)
        assert " ".join(fitted.lines) == long_name  # never cut
        for line in fitted.lines:
            pdf.set_font(FAMILY, "B", fitted.size)
            assert pdf.get_string_width(line) <= NAME_BOX_W
        with pytest.raises(PdfError) as err:
            fit_text(pdf, " ".join(["WIJAYAKUSUMANINGRAT"] * 14), NAME_BOX_W, "B", 24, 13)
        assert err.value.code == "name_does_not_fit"
    finally:
        close_fonts(pdf)


def test_eighteen_units_fit_the_back_page() -> None:
    data, starts = render_certificates([_cert("Budi", units=18)])
    assert starts == [0]
    reader = PdfReader(__import__("io").BytesIO(data))
    assert len(reader.pages) == 2
    text = reader.pages[1].extract_text()
    assert "KOM.PR02.018.01" in text and "Example competency unit title number 18" in text


def test_missing_glyph_is_an_error_not_a_blank() -> None:
    assert coverage().missing("Nur’aini Théresia") == []
    assert coverage().missing("ꦲꦏ꧀ꦱꦫ") == []  # Aksara Jawa comes from the fallback font
    pdf = new_pdf()
    pdf.add_page()
    pdf.cell(0, 5, "漢")
    with pytest.raises(PdfError) as err:
        finish(pdf)
    assert err.value.code == "pdf_missing_glyph" and "U+6F22" in err.value.context["chars"]


def test_parallel_render_merges_and_splits_in_order(tmp_path: Path) -> None:
    items = [_cert(f"Peserta {i}", number=f"70203 2432 0 {i:07d} 2026") for i in range(1, 5)]
    merged = render_parallel(items, 2)
    assert isinstance(merged, bytes)
    reader = PdfReader(__import__("io").BytesIO(merged))
    assert len(reader.pages) == 8
    assert "0000003" in reader.pages[4].extract_text()
    targets = [str(tmp_path / f"s-{i}.pdf") for i in range(1, 5)]
    assert render_parallel(items, 2, targets) == targets
    assert "PESERTA 4" in PdfReader(targets[3]).pages[0].extract_text()
    assert not list(tmp_path.glob(".*.partial-*"))
