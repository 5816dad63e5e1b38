"""The embedded fonts, their glyph coverage, and the rule that a missing glyph is an error."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.resources import resource_path

FAMILY = "DejaVu"
FALLBACK_FAMILY = "NotoJavanese"
_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf",
          "BI": "DejaVuSans-BoldOblique.ttf"}
_FALLBACK_FILE = "NotoSansJavanese-Regular.ttf"


class PdfError(DomainError):
    """A PDF cannot be made correctly (missing glyph, a name that does not fit...)."""


def font_file(name: str) -> Path:
    return resource_path("fonts", name)


def register_fonts(pdf: Any) -> None:
    for style, name in _FILES.items():
        pdf.add_font(FAMILY, style, str(font_file(name)))
    pdf.add_font(FALLBACK_FAMILY, "", str(font_file(_FALLBACK_FILE)))
    # Scripts DejaVu lacks (Aksara Jawa) come from the fallback instead of a silent blank.
    pdf.set_fallback_fonts([FALLBACK_FAMILY], exact_match=False)


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
    fb = TTFont(str(font_file(_FALLBACK_FILE)), lazy=True)
    fallback = frozenset(fb.getBestCmap())
    fb.close()
    return Coverage(frozenset(set.intersection(*sets)), fallback)


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
