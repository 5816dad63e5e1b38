"""The embedded fonts, their glyph coverage, and the rule that a missing glyph is an error."""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.resources import resource_path

FAMILY = "DejaVu"
FALLBACK_FAMILY = "NotoJavanese"
SYMBOL_FAMILY = "Symbola"
_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf",
          "BI": "DejaVuSans-BoldOblique.ttf"}
_FALLBACK_FILE = "NotoSansJavanese-Regular.ttf"
# Emoji and symbols DejaVu lacks ("Putri Ayu \U0001F338 Lestari"): drawn in black and white, the
# same in every document, instead of a "?" or a certificate held back (#24).
_SYMBOL_FILE = "Symbola.ttf"
_FALLBACKS = ((FALLBACK_FAMILY, _FALLBACK_FILE), (SYMBOL_FAMILY, _SYMBOL_FILE))


class PdfError(DomainError):
    """A PDF cannot be made correctly (missing glyph, a name that does not fit...)."""


def font_file(name: str) -> Path:
    return resource_path("fonts", name)


def register_fonts(pdf: Any) -> None:
    from humas_desktop.formats.pdf.speed import install

    install()  # exact speed-ups of fpdf2's line breaking (same output)
    for family, style, name in [*((FAMILY, st, nm) for st, nm in _FILES.items()),
                                *((family, "", file) for family, file in _FALLBACKS)]:
        if not _add_parsed_font(pdf, family, style, name):
            pdf.add_font(family, style, str(font_file(name)))
    # Scripts DejaVu lacks (Aksara Jawa) and emoji come from the fallbacks, not a silent blank.
    pdf.set_fallback_fonts([family for family, _ in _FALLBACKS], exact_match=False)


@lru_cache(maxsize=8)
def _parsed_font(family: str, style: str, name: str) -> Any:
    """fpdf2's parse of a font file (glyph widths, cmap, descriptor), done once per process.
    Only what fpdf2 derived from the file is kept: fontTools' parsed tables (every glyph's
    outline and metrics, about 20 MB for the six fonts, in each process that draws) are
    dropped, each document opens the file again for its own subset (:func:`_add_parsed_font`)."""
    from fpdf import FPDF

    scratch = FPDF()
    scratch.add_font(family, style, str(font_file(name)))
    font: Any = scratch.fonts[f"{family.lower()}{style}"]
    font.ttfont.close()
    font.ttfont = None
    return font


def _add_parsed_font(pdf: Any, family: str, style: str, name: str) -> bool:
    """Add a font to ``pdf`` from the once-parsed template instead of parsing the file again
    (0.3 s per document). Only what fpdf2 derives from the file is shared (read-only: cmap,
    descriptor); widths, glyph ids and the subset are the document's own, and the document gets
    its own fontTools handle because fpdf2 subsets it in place when it writes the PDF.
    False when this fpdf2 is laid out differently: the caller then parses as usual."""
    try:
        from fontTools import ttLib
        from fpdf.fonts import SubsetMap, TTFFont

        template = _parsed_font(family, style, name)
        fontkey = f"{family.lower()}{style}"
        if fontkey in pdf.fonts or template.color_font is not None:
            return False
        font = TTFFont.__new__(TTFFont)
        for slot in TTFFont.__slots__:
            if hasattr(template, slot):
                setattr(font, slot, getattr(template, slot))
        font.i = len(pdf.fonts) + 1
        font.cw = copy(template.cw)
        font.glyph_ids = dict(template.glyph_ids)
        font.missing_glyphs = []
        font.biggest_size_pt = 0
        font._hbfont = None
        font.ttfont = ttLib.TTFont(str(font_file(name)), recalcTimestamp=False,
                                   fontNumber=template.collection_font_number, lazy=True)
        font.subset = SubsetMap(font)
    except (ImportError, AttributeError, TypeError):  # pragma: no cover - another fpdf2
        return False
    pdf.fonts[fontkey] = font
    return True


@dataclass(frozen=True, slots=True)
class Coverage:
    main: frozenset[int]  # code points every DejaVu style has
    fallback: frozenset[int]

    def missing(self, text: str) -> list[str]:
        """Characters neither the main nor the fallback font can draw (spaces aside)."""
        out: list[str] = []
        for ch in text:
            cp = ord(ch)
            if ch in " \u00a0" or cp in self.main or cp in self.fallback:
                continue
            if ch not in out:
                out.append(ch)
        return out


@lru_cache(maxsize=1)
def coverage() -> Coverage:
    from fontTools.ttLib import TTFont

    sets = []
    for name in _FILES.values():
        font = TTFont(str(font_file(name)), lazy=True)
        sets.append(set(font.getBestCmap()))
        font.close()
    fallback: set[int] = set()
    for _, file in _FALLBACKS:
        fb = TTFont(str(font_file(file)), lazy=True)
        fallback.update(fb.getBestCmap())
        fb.close()
    return Coverage(frozenset(set.intersection(*sets)), frozenset(fallback))


def drop_unused_fallbacks(pdf: Any) -> None:
    """Leave out the fallback fonts no character of this document needed: fpdf2 would subset
    and embed every font it was given (a third of a second for Symbola's 3 MB, per document)."""
    for family, _ in _FALLBACKS:
        key = family.lower()
        font = pdf.fonts.get(key)
        subset = getattr(font, "subset", None)
        used = getattr(subset, "_char_id_per_glyph", None)
        if font is None or used is None:
            continue  # another fpdf2: embed as it does
        if all(code in (0x00, 0x20) for code in used.values()):
            del pdf.fonts[key]
            ttfont = getattr(font, "ttfont", None)
            if ttfont is not None:
                ttfont.close()  # close_fonts() no longer sees it


def raise_on_missing_glyphs(pdf: Any) -> None:
    """fpdf2 only logs a missing glyph and prints a blank; we refuse the document instead."""
    for font in pdf.fonts.values():
        missing = getattr(font, "missing_glyphs", None)
        if missing:
            chars = " ".join(f"U+{cp:04X}" for cp in missing[:10])
            raise PdfError("pdf_missing_glyph", chars=chars)


def codepoints(chars: list[str]) -> str:
    return " ".join(f"U+{ord(c):04X}" for c in chars)


def close_fonts(pdf: Any) -> None:
    """fpdf2 keeps each TrueType file open (lazy fontTools load); close them when done."""
    for font in pdf.fonts.values():
        ttfont = getattr(font, "ttfont", None)
        if ttfont is not None:
            ttfont.close()
