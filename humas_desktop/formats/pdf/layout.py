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


def new_pdf(footer_text: str = "") -> Any:
    """An A4 portrait FPDF with our fonts registered and a page-number footer."""
    pdf = _doc_class()(orientation="P", unit="mm", format="A4")
    pdf.footer_text = footer_text
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_creator("Humas Desktop")
    register_fonts(pdf)
    pdf.set_font(FAMILY, "", 10)
    return pdf


@lru_cache(maxsize=1)
def _doc_class() -> Any:
    from fpdf import FPDF

    class _Doc(FPDF):  # type: ignore[misc]
        footer_text = ""

        def footer(self) -> None:
            if not self.footer_text:
                return
            self.set_y(-12)
            self.set_font(FAMILY, "", 7)
            self.set_text_color(90)
            self.cell(0, 5, f"{self.footer_text} · halaman {self.page_no()}", align="C")
            self.set_text_color(0)

    return _Doc


def finish(pdf: Any) -> bytes:
    """The PDF bytes; refuses a document with a missing glyph; releases the font files."""
    try:
        raise_on_missing_glyphs(pdf)
        return bytes(pdf.output())
    finally:
        close_fonts(pdf)


@dataclass(frozen=True, slots=True)
class Col:
    width: float
    align: str = "L"
    style: str = ""


def table_row(pdf: Any, cells: Sequence[str], cols: Sequence[Col], size: float = 9,
              fill: bool = False, line_h: float = 4.6) -> None:
    """One bordered row whose cells wrap; the row is as tall as its tallest cell; never cut."""
    heights = []
    for text, col in zip(cells, cols, strict=True):
        pdf.set_font(FAMILY, col.style, size)
        lines = pdf.multi_cell(col.width, line_h, text or "", dry_run=True, output="LINES",
                               padding=(0.8, 1))
        heights.append(max(1, len(lines)) * line_h + 1.6)
    h = max(heights)
    if pdf.will_page_break(h):
        pdf.add_page()
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
