"""Exact speed-ups of fpdf2's line breaking (the same bytes out, in linear instead of quadratic time).

fpdf2 (2.8) measures the line being built from scratch for every character it adds
(``CurrentLine.width`` joins and re-measures every fragment), so a cell of n characters costs
O(n^2) width look-ups: 92 million of them for the FR.AK.02 records of 1,000 participants, about a
third of the export. Here each fragment's width is kept as a running sum of the same integer
glyph widths, added in the same order, and turned into a float by the same operations as
fpdf2's own ``Fragment.get_width``: the result is bit-for-bit the same number, so every line
breaks where it did and the PDF is unchanged. Anything out of the common case (character
spacing, stretching, text shaping, symbol or core fonts, the page-count placeholder) goes
through fpdf2's own code. Likewise ASCII text the current font fully covers skips the
per-character fallback-font walk (it comes out as the one fragment that walk would make).
tests/formats/pdf/test_pdf_speedups_exact.py compares the bytes with and without.

:func:`install` is idempotent and is called before any of our PDFs is laid out.
"""

from __future__ import annotations

from typing import Any

_installed = False


def _plain_ttf(fragment: Any) -> Any:
    """The fragment's TTF font when its width is the plain sum of glyph widths, else None."""
    gs = fragment.graphics_state
    if gs.char_spacing != 0 or gs.font_stretching != 100 or gs.text_shaping is not None:
        return None
    font = gs.current_font
    if getattr(font, "is_symbol", True) or not hasattr(font, "cw"):
        return None
    return font


def install() -> None:
    global _installed
    if _installed:
        return
    try:
        from fpdf import line_break
        from fpdf.fonts import TTFFont
    except ImportError:  # pragma: no cover - fpdf2 is a dependency
        return
    current_line = getattr(line_break, "CurrentLine", None)
    fragment_cls = getattr(line_break, "Fragment", None)
    if current_line is None or fragment_cls is None or not isinstance(
            current_line.__dict__.get("width"), property):
        return  # another fpdf2 layout: keep its own code
    original_width = current_line.__dict__["width"].fget
    original_char_width = fragment_cls.get_character_width
    soft_hyphen, hyphen = line_break.SOFT_HYPHEN, line_break.HYPHEN

    def fragment_width(fragment: Any, initial_cs: bool) -> float:
        font = _plain_ttf(fragment) if type(fragment) is fragment_cls else None
        if font is None or not isinstance(font, TTFFont):
            return float(fragment.get_width(initial_cs=initial_cs))
        chars = fragment.characters
        cache = fragment.__dict__.get("_humas_w")
        if cache is not None and cache[0] is chars and cache[1] <= len(chars):
            total, done = cache[2], cache[1]
        else:
            total, done = 0, 0
        cw = font.cw
        for ch in chars[done:]:
            total += cw[ord(ch)]
        fragment.__dict__["_humas_w"] = (chars, len(chars), total)
        size = fragment.font_size_pt
        if size > font.biggest_size_pt:
            font.biggest_size_pt = size
        return float(total * size * 0.001 / fragment.k)

    def width(self: Any) -> float:
        w: float = 0
        for i, fragment in enumerate(self.fragments):
            w += fragment_width(fragment, i > 0)
        return w

    def get_character_width(self: Any, character: str, print_sh: bool = False,
                            initial_cs: bool = True) -> float:
        font = _plain_ttf(self) if type(self) is fragment_cls else None
        if font is None or not isinstance(font, TTFFont):
            return float(original_char_width(self, character, print_sh, initial_cs))
        if character == soft_hyphen and not print_sh:
            character = hyphen
        size = self.font_size_pt
        if size > font.biggest_size_pt:
            font.biggest_size_pt = size
        total: float = 0  # an int while the widths are ints, as in fpdf2's sum()
        for ch in character:
            total += font.cw[ord(ch)]
        return float(total * size * 0.001 / self.k)

    from fpdf import FPDF

    original_parse = FPDF._parse_chars
    fragment_of = line_break.Fragment

    def _parse_chars(self: Any, text: str, markdown: bool, *,
                     _initial_emphasis: Any = None) -> Any:
        # With fallback fonts set, fpdf2 walks every character (script, glyph, fallback) even
        # when the main font draws them all. ASCII text the current font fully covers comes
        # out of that walk as one fragment in the current style: make it directly.
        if (text and not markdown and _initial_emphasis is None and text.isascii()
                and self._fallback_font_ids and not self.text_shaping and self.is_ttf_font
                and not (self.str_alias_nb_pages and self.str_alias_nb_pages in text)):
            glyphs = self.current_font.cmap
            if all(map(glyphs.__contains__, map(ord, text.replace("\n", "")))):
                yield fragment_of(text, self._get_current_graphics_state(), self.k)
                return
        yield from original_parse(self, text, markdown, _initial_emphasis=_initial_emphasis)

    setattr(FPDF, "_humas_original_parse_chars", original_parse)  # noqa: B010
    setattr(FPDF, "_parse_chars", _parse_chars)  # noqa: B010
    # Keep a handle on fpdf2's own code (tests compare the two on the same text).
    current_line._humas_original_width = original_width
    fragment_cls._humas_original_char_width = original_char_width
    current_line.width = property(width)
    fragment_cls.get_character_width = get_character_width
    _installed = True
