"""Issue 25: the fpdf2 speed-ups (formats/pdf/speed.py) change no byte of a PDF."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from humas_desktop.formats.pdf.layout import Col, finish, new_pdf, table_row

TEXTS = [
    "Komunikasi publik", "M.70HMS00.001.1\nMerencanakan kegiatan komunikasi dengan media massa",
    "Dr. Ir. Raden Ajeng Siti Nur’aini Kusumawardhani, S.Sos., M.I.Kom.",
    "soft\u00adhyphen\u00adated\u00adword\u00adthat\u00adneeds\u00adbreaking " * 3,
    "no\u00a0break\u00a0space and a very long unbroken token " + "x" * 120,
    "Aksara Jawa: ꦲꦏ꧀ꦱꦫ ꦗꦮ dan Latin", "✓", "", "   leading and trailing   ",
    "Ελληνικά mixed with Latin: Кириллица", "{nb} pages",
    "\nstarts with a newline\n\nand has an empty line and ends with one\n",
    "two  spaces   three    four     and a space at the end ",
    "Demikian berita acara ini dibuat dengan sebenarnya, untuk digunakan sebagaimana mestinya. " * 4,
    "Superkalifragilistikexpialidocious-sangat-panjang-tanpa-spasi-sama-sekali-di-sel-sempit",
    " x", "x ", " ", "\n", "a\u2009b\u2002c d", "iiiiiiiiii iiiiiiiiii iiiiiiiiii WWWWWWWW WWWWWWWW",
]


def _render(patched: bool, monkeypatch: pytest.MonkeyPatch) -> bytes:
    from fpdf import FPDF, line_break
    from fpdf import fpdf as fpdf_module

    from humas_desktop.formats.pdf import speed

    speed.install()
    if not patched:
        monkeypatch.setattr(line_break.CurrentLine, "width",
                            property(line_break.CurrentLine._humas_original_width))
        monkeypatch.setattr(line_break.Fragment, "get_character_width",
                            line_break.Fragment._humas_original_char_width)
        monkeypatch.setattr(FPDF, "_parse_chars", FPDF._humas_original_parse_chars)
        monkeypatch.setattr(line_break.MultiLineBreak, "get_line",
                            line_break.MultiLineBreak._humas_original_get_line)
        # The per-document memo of fragments, lines and glyph strings (every text below is
        # laid out many times: other sizes, styles, widths, pages, as a dry run and drawn).
        monkeypatch.setattr(FPDF, "_preload_font_styles", FPDF._humas_original_preload)
        monkeypatch.setattr(fpdf_module, "MultiLineBreak", fpdf_module._humas_original_break)
        monkeypatch.setattr(line_break.Fragment, "render_pdf_text",
                            line_break.Fragment._humas_original_render)
        monkeypatch.setattr(FPDF, "_render_styled_text_line", FPDF._humas_original_render_line)
        monkeypatch.setattr(FPDF, "multi_cell", FPDF._humas_original_multi_cell)
        from fpdf.fonts import TTFFont

        monkeypatch.setattr(TTFFont, "get_text_width", TTFFont._humas_original_text_width)
    pdf = new_pdf("uji")
    pdf.creation_date = datetime(2025, 1, 1, tzinfo=UTC)
    pdf.add_page()
    for size in (5.6, 8, 9.5, 13, 8):  # 8 again: every text once more, on later pages
        for style in ("", "B", "I"):
            for width in (11.0, 17.3, 38.0, 90.0):
                cells = [t for t in TEXTS if "ꦲ" not in t or style == ""]
                lines = pdf.multi_cell(width, 4, " ".join(cells), dry_run=True, output="LINES")
                pdf.multi_cell(0, 4, "\n".join(lines), new_x="LMARGIN", new_y="NEXT")
                table_row(pdf, cells[:3], [Col(width), Col(width, "C", style), Col(30, "R")],
                          size=size)
                table_row(pdf, cells[3:6], [Col(width, "J"), Col(width, "R", style), Col(30)],
                          size=size, fill=True)  # filled: the text's colour differs
                for text in cells:
                    pdf.set_font("DejaVu", style, size)
                    if "\n" not in text:  # one line, measured by its width (the certificates)
                        pdf.cell(width, 4, text, align="C", new_x="LMARGIN", new_y="NEXT")
                    for align in ("J", "L", "C"):
                        pdf.multi_cell(width, 4, text, align=align, new_x="LMARGIN", new_y="NEXT")
                    # Padded, moving left and down (fewer: "{nb}" holds up to 999 pages).
                    pdf.multi_cell(width, 4, text, align="J" if size < 9 else "R", new_x="LEFT",
                                   new_y="NEXT", padding=(1, 2, 1.5, 2.5))
    monkeypatch.undo()
    return finish(pdf)


def test_the_speedups_write_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _render(True, monkeypatch) == _render(False, monkeypatch)


def _small(text: str) -> bytes:
    pdf = new_pdf("uji")
    pdf.creation_date = datetime(2025, 1, 1, tzinfo=UTC)
    pdf.add_page()
    for style in ("", "B", "I"):
        pdf.set_font("DejaVu", style, 9)
        pdf.multi_cell(80, 4, text, new_x="LMARGIN", new_y="NEXT")
    return finish(pdf)


def test_a_font_subset_given_again_is_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 25: the chunks of one form embed the same font subsets; a subset made once in a
    process is given back for the next document with the same glyphs: the same bytes as a
    document whose fonts are subset afresh, also after a document with other glyphs."""
    import fontTools.subset
    from fpdf import output

    from humas_desktop.formats.pdf import speed

    speed.install()
    made: list[int] = []
    real_subset = fontTools.subset.Subsetter.subset
    monkeypatch.setattr(fontTools.subset.Subsetter, "subset",
                        lambda self, font: (made.append(1), real_subset(self, font))[1])
    first, other = "Sertifikat Kompetensi: Raden Ajeng Siti", "Ελληνικά, Кириллица, ✓ 0123"
    cached = [_small(first), _small(other)]
    before = len(made)
    cached.append(_small(first))
    assert len(made) == before  # the third document's subsets were all made before
    with monkeypatch.context() as fresh:
        fresh.setattr(output, "ftsubset", fontTools.subset)  # fontTools every time
        afresh = [_small(first), _small(other)]
    assert cached == [afresh[0], afresh[1], afresh[0]]
