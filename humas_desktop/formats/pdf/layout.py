"""Shared PDF layout: an A4 document with our fonts, wrapped table rows, text fitting, dates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from humas_desktop.formats.pdf.fonts import (
    FAMILY,
    PdfError,
    close_fonts,
    drop_unused_fallbacks,
    raise_on_missing_glyphs,
    register_fonts,
)

BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def tanggal(d: date | None) -> str:
    return f"{d.day} {BULAN[d.month - 1]} {d.year}" if d else "-"


def date_en(d: date | None) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if d else "-"


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The LSP's kop printed at the top of every form page."""

    lsp_name: str
    licence: str = ""
    address: str = ""
    logo: bytes | None = None  # PNG, validated and scaled when the LSP set it


@dataclass(frozen=True, slots=True)
class DocControl:
    """Document control: the form code and the edition/revision the LSP sets ("Rev. 1 · 2024")."""

    form_code: str
    edition: str = ""

    def label(self) -> str:
        return " · ".join(part for part in (self.form_code, self.edition) if part)


def new_pdf(footer_text: str = "", *, letterhead: Letterhead | None = None,
            control: DocControl | None = None, title: str = "", author: str = "",
            draft: str = "") -> Any:
    """An A4 portrait FPDF with our fonts, an optional kop and a "halaman x dari y" footer.

    Page numbers count within a *section* (one per-participant form is one section), so the
    page a split-off file carries matches that file: see :func:`end_section`.
    """
    pdf = _doc_class()(orientation="P", unit="mm", format="A4")
    pdf.footer_text = control.label() if control is not None else footer_text
    pdf.letterhead = letterhead
    pdf.draft_text = draft
    pdf.section_start = 1
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_creator("Humas Desktop")
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    register_fonts(pdf)
    pdf.set_font(FAMILY, "", 10)
    return pdf


def begin_section(pdf: Any) -> None:
    """Start a new form: the next page is its "halaman 1"."""
    end_section(pdf)
    end_table(pdf)
    pdf.section_start = pdf.page_no() + 1


def end_section(pdf: Any) -> None:
    """Stamp "<code> · halaman i dari n" on every page of the section that just ended.

    fpdf2 lets us go back to an earlier page, so the total is known when it is printed.
    """
    last = pdf.page_no()
    first = pdf.section_start
    if not pdf.footer_text or last < first:
        pdf.section_start = last + 1
        return
    x, y, auto, margin = pdf.get_x(), pdf.get_y(), pdf.auto_page_break, pdf.b_margin
    pdf.set_auto_page_break(False)
    total = last - first + 1
    for page in range(first, last + 1):
        pdf.page = page
        pdf.set_xy(pdf.l_margin, pdf.h - 12)
        pdf.set_font(FAMILY, "", 7)
        # fpdf2 tracks "font set on this page" for the page it is on; after going back to an
        # earlier page it would skip the font selection on the last one, and the footer came out
        # in glyphs of the bold font ("sB NHuHEAiAu" on page 2 of the SK).
        pdf.current_font_is_set_on_page = False
        pdf.set_text_color(90)
        pdf.cell(pdf.epw, 5, f"{pdf.footer_text} · halaman {page - first + 1} dari {total}",
                 align="C")
        pdf.set_text_color(0)
    pdf.page = last
    pdf.set_auto_page_break(auto, margin=margin)
    pdf.set_xy(x, y)
    pdf.section_start = last + 1


def _draw_letterhead(pdf: Any, kop: Letterhead) -> None:
    import io

    top = 10.0
    text_x = pdf.l_margin
    if kop.logo:
        pdf.image(io.BytesIO(kop.logo), x=pdf.l_margin, y=top, h=18, keep_aspect_ratio=True)
        text_x = pdf.l_margin + 24
    width = pdf.w - pdf.r_margin - text_x
    pdf.set_xy(text_x, top)
    pdf.set_font(FAMILY, "B", 12)
    pdf.multi_cell(width, 5.4, kop.lsp_name, align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_font(FAMILY, "", 8)
    if kop.licence:
        pdf.multi_cell(width, 3.8, f"Lisensi BNSP No. {kop.licence}", align="C",
                       new_x="LEFT", new_y="NEXT")
    if kop.address:
        pdf.multi_cell(width, 3.8, kop.address, align="C", new_x="LEFT", new_y="NEXT")
    bottom = max(pdf.get_y(), top + (19 if kop.logo else 0)) + 1.5
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, bottom, pdf.w - pdf.r_margin, bottom)
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, bottom + 0.9, pdf.w - pdf.r_margin, bottom + 0.9)
    pdf.set_xy(pdf.l_margin, bottom + 4)
    pdf.set_font(FAMILY, "", 10)


def _draw_draft_line(pdf: Any, text: str) -> None:
    """A red line in the top margin of every page of a document exported before close."""
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_xy(pdf.l_margin, 4)
    pdf.set_font(FAMILY, "B", 7.5)
    pdf.set_text_color(170, 20, 20)
    pdf.multi_cell(pdf.epw, 3.2, text, align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(FAMILY, "", 10)
    pdf.set_xy(x, y)


@lru_cache(maxsize=1)
def _doc_class() -> Any:
    from fpdf import FPDF

    class _Doc(FPDF):  # type: ignore[misc]
        footer_text = ""
        letterhead: Letterhead | None = None
        draft_text = ""

        def header(self) -> None:
            if self.draft_text:
                _draw_draft_line(self, self.draft_text)
            if self.letterhead is not None:
                _draw_letterhead(self, self.letterhead)
            self.body_top = self.get_y()

    return _Doc


def finish(pdf: Any) -> bytes:
    """The PDF bytes; refuses a document with a missing glyph; releases the font files."""
    try:
        end_section(pdf)
        raise_on_missing_glyphs(pdf)
        drop_unused_fallbacks(pdf)
        return bytes(pdf.output())
    finally:
        close_fonts(pdf)


@dataclass(frozen=True, slots=True)
class Col:
    width: float
    align: str = "L"
    style: str = ""


def _line_count(pdf: Any, text: str, width: float, style: str, size: float,
                line_h: float) -> int:
    """How many lines ``text`` wraps to in a cell: fpdf2's dry run, remembered per document.

    The same labels, unit titles and ticks come back on every participant's form; measuring
    them again gives the same answer (it depends only on the text, the font and the width).
    """
    key = (text, width, style, size, line_h, pdf.c_margin, pdf.font_stretching, pdf.char_spacing)
    cache = pdf.__dict__.setdefault("_humas_lines", {})
    count = cache.get(key)
    if count is None:
        pdf.set_font(FAMILY, style, size)
        count = len(pdf.multi_cell(width, line_h, text, dry_run=True, output="LINES",
                                   padding=(0.8, 1)))
        cache[key] = count
    return int(count)


def row_height(pdf: Any, cells: Sequence[str], cols: Sequence[Col], size: float = 9,
               line_h: float = 4.6) -> float:
    """The height :func:`table_row` gives this row (its tallest wrapped cell)."""
    return max(max(1, _line_count(pdf, text or "", col.width, col.style, size, line_h))
               * line_h + 1.6 for text, col in zip(cells, cols, strict=True))


@dataclass(frozen=True, slots=True)
class _Heading:
    rows: tuple[tuple[str, ...], ...]
    cols: tuple[Col, ...]
    size: float
    line_h: float

    def height(self, pdf: Any) -> float:
        return sum(row_height(pdf, r, self.cols, self.size, self.line_h) for r in self.rows)


def table_heading(pdf: Any, cells: Sequence[str], cols: Sequence[Col], size: float = 9,
                  line_h: float = 4.6, keep: float = 10.0,
                  above: Sequence[Sequence[str]] = ()) -> None:
    """A table's column heading (shaded, bold; ``above``: heading rows printed over it), repeated
    at the top of every page the table's rows continue on, until :func:`end_table`. Never left
    alone at the foot of a page: it moves to the next page unless ``keep`` mm (about one row)
    fit under it."""
    end_table(pdf)
    heading = _Heading((*(tuple(r) for r in above), tuple(cells)),
                       tuple(Col(c.width, "C", "B") for c in cols), size, line_h)
    if pdf.will_page_break(heading.height(pdf) + keep):
        pdf.add_page()
    _draw_heading(pdf, heading)
    pdf.__dict__["_humas_heading"] = heading


def end_table(pdf: Any) -> None:
    """The table whose heading repeats has ended: later page breaks print no heading."""
    pdf.__dict__.pop("_humas_heading", None)


def _draw_heading(pdf: Any, heading: _Heading) -> None:
    for cells in heading.rows:
        _row(pdf, cells, heading.cols, heading.size, True, heading.line_h)


def page_room(pdf: Any) -> float:
    """The height a fresh page offers below its kop (and the current table's heading)."""
    heading = pdf.__dict__.get("_humas_heading")
    top = getattr(pdf, "body_top", pdf.t_margin)
    return pdf.h - pdf.b_margin - top - (heading.height(pdf) if heading is not None else 0.0)


def keep_together(pdf: Any, height: float) -> bool:
    """Start a new page unless ``height`` mm fit on this one; but never for a block taller than
    a page (it flows). True when it broke the page."""
    if pdf.will_page_break(height) and height <= page_room(pdf):
        pdf.add_page()
        return True
    return False


def table_row(pdf: Any, cells: Sequence[str], cols: Sequence[Col], size: float = 9,
              fill: bool = False, line_h: float = 4.6, keep_with: float = 0.0) -> None:
    """One bordered row whose cells wrap; the row is as tall as its tallest cell; never cut.
    On a new page the current table's heading (:func:`table_heading`) comes first. With
    ``keep_with`` the row moves to the next page unless that much (what follows the table: the
    closing paragraph and signatures) fits under it too, so the signatures never stand alone."""
    h = row_height(pdf, cells, cols, size, line_h)
    needed = h + keep_with if keep_with and h + keep_with <= page_room(pdf) else h
    if pdf.will_page_break(needed):
        pdf.add_page()
        heading = pdf.__dict__.get("_humas_heading")
        if heading is not None:
            _draw_heading(pdf, heading)
    _row(pdf, cells, cols, size, fill, line_h, h)


def _row(pdf: Any, cells: Sequence[str], cols: Sequence[Col], size: float, fill: bool,
         line_h: float, h: float | None = None) -> None:
    if h is None:
        h = row_height(pdf, cells, cols, size, line_h)
    x, y = pdf.get_x(), pdf.get_y()
    for text, col in zip(cells, cols, strict=True):
        pdf.set_font(FAMILY, col.style, size)
        if fill:
            pdf.set_fill_color(225, 231, 242)
        pdf.rect(pdf.get_x(), y, col.width, h, style="DF" if fill else "D")
        pdf.multi_cell(col.width, line_h, text or "", align=col.align, new_x="RIGHT", new_y="TOP",
                       padding=(0.8, 1))
        pdf.set_xy(pdf.get_x(), y)
    pdf.set_xy(x, y + h)


def label_rows(pdf: Any, pairs: Sequence[tuple[str, str]], label_w: float = 45,
               size: float = 9.5) -> None:
    end_table(pdf)
    width = pdf.epw - label_w
    for label, value in pairs:
        table_row(pdf, [label, value], [Col(label_w, style="B"), Col(width)], size=size)


def fit_one_line(pdf: Any, text: str, width: float, style: str, max_size: float,
                 min_size: float, step: float = 0.5) -> float | None:
    size = max_size
    while size >= min_size - 1e-9:
        pdf.set_font(FAMILY, style, size)
        if pdf.get_string_width(text) <= width:
            return size
        size -= step
    return None


def split_two_lines(text: str) -> tuple[str, str] | None:
    """Split at the space that best balances the two halves (commas stay with their word)."""
    words = text.split(" ")
    if len(words) < 2:
        return None
    best = min(range(1, len(words)),
               key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return " ".join(words[:best]), " ".join(words[best:])


@dataclass(frozen=True, slots=True)
class FittedText:
    size: float
    lines: tuple[str, ...]


def fit_text(pdf: Any, text: str, width: float, style: str, max_size: float,
             min_size: float) -> FittedText:
    """Shrink to fit one line down to ``min_size``, then two lines, else refuse (never cut)."""
    size = fit_one_line(pdf, text, width, style, max_size, min_size)
    if size is not None:
        return FittedText(size, (text,))
    halves = split_two_lines(text)
    if halves is not None:
        size = max_size
        while size >= min_size - 1e-9:
            pdf.set_font(FAMILY, style, size)
            if all(pdf.get_string_width(h) <= width for h in halves):
                return FittedText(size, halves)
            size -= 0.5
    raise PdfError("name_does_not_fit", length=len(text))
