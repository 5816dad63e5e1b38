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
And the common line (one plain fragment, word wrap) is broken in one pass over the integer
widths with the same float comparisons, then built by fpdf2's own CurrentLine.
And a document lays out the same text again and again (98 % of the cells of 250 FR.APL.02
forms repeat a text already laid out: labels, unit titles, the KUK questions): the fragments of
a text and its lines are remembered per document for the same text in the same graphics state
and width, and a fragment's glyph string for the same spacing (its glyphs already picked into
the font subset, so the subset is numbered as before). tests/formats/pdf/test_pdf_speedups_exact.py
compares the bytes with and without. Drawing one such line (one plain fragment in the current
font, no border, fill, link, underline or page break) is done by :func:`_install_line_renderer`'s
short path: the same operators and numbers as fpdf2's ``_render_styled_text_line``.

:func:`install` is idempotent and is called before any of our PDFs is laid out.
"""

from __future__ import annotations

from typing import Any

_installed = False
MEMO_TEXTS = 2_000  # texts remembered per document before the memo starts again (memory bound:
# 20,000 held 60 MB more while the 5,000-row berita acara was drawn, #25; the labels a form repeats
# come back within a few forms, a list's names never do: the same speed)


class _Fragments(tuple):  # type: ignore[type-arg]
    """A text's fragments as remembered, with the lines they broke into per width and options."""

    lines: dict[tuple[Any, ...], tuple[Any, ...]]


class _Replay:
    """What fpdf2's multi_cell asks of a MultiLineBreak: the remembered lines, one by one."""

    __slots__ = ("_i", "_lines")

    def __init__(self, lines: tuple[Any, ...]) -> None:
        self._lines = lines
        self._i = 0

    def get_line(self) -> Any:
        if self._i < len(self._lines):
            self._i += 1
            return self._lines[self._i - 1]
        return None


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
    original_get_line = line_break.MultiLineBreak.get_line
    special = frozenset(line_break.BREAKING_SPACE_SYMBOLS_STR + line_break.SOFT_HYPHEN
                        + line_break.NBSP + line_break.FORM_FEED) - {" "}
    greater_than = line_break.FloatTolerance.greater_than
    align_j, align_l = line_break.Align.J, line_break.Align.L
    word = line_break.WrapMode.WORD

    def get_line(self: Any) -> Any:
        """fpdf2's get_line, for the common case in one pass over integer glyph widths: the last
        fragment, plain text (spaces and newlines only), word wrap, no indent. The same
        comparisons on the same floats decide the break; the line is then built by fpdf2's own
        CurrentLine. A forced break inside a word, or anything else, is fpdf2's own code."""
        fi, ci = self.fragment_index, self.character_index
        fragments = self.fragments
        if (fi != len(fragments) - 1 or self.skip_leading_spaces or self.first_line_indent
                or self.wrapmode != word):
            return original_get_line(self)
        frag = fragments[fi]
        chars = frag.characters
        font = _plain_ttf(frag) if type(frag) is fragment_cls else None
        if ci >= len(chars) or font is None or not isinstance(font, TTFFont):
            return original_get_line(self)
        simple = frag.__dict__.get("_humas_simple")
        if simple is None or simple[0] is not chars:
            simple = (chars, special.isdisjoint(chars))
            frag.__dict__["_humas_simple"] = simple
        if not simple[1] or not greater_than(frag.font_size, 0):
            return original_get_line(self)
        # The decision, as fpdf2's loop takes it character by character.
        size, k, cw = frag.font_size_pt, frag.k, font.cw
        first_width = self.get_width(0)
        height = frag.font_size
        max_line = self.get_width(height)
        max_width = max_line
        for margin in self.margins:
            max_width -= float(margin)
        total: float = 0  # the integer sum of the line's glyph widths so far
        spaces = 0
        hint: tuple[int, int, int] | None = None  # (index of the space, chars before, spaces before)
        end = len(chars)
        i = ci
        outcome = "end"
        while i < end:
            ch = chars[i]
            c = cw[ord(ch)]  # looked up for a newline too, as fpdf2 does (cw is a defaultdict)
            if ch == "\n":
                outcome = "newline"
                break
            if greater_than(float(total * size * 0.001 / k) + float(c * size * 0.001 / k),
                            max_width):
                if ch == " ":
                    outcome = "at_space"
                elif hint is not None:
                    outcome = "at_hint"
                else:
                    return original_get_line(self)  # a word wider than the line: fpdf2 decides
                break
            if ch == " ":
                hint = (i, i - ci, spaces)
                spaces += 1
            total += c
            i += 1
        if size > font.biggest_size_pt:
            font.biggest_size_pt = size
        self.idx_last_forced_break = None
        line = line_break.CurrentLine(max_width=first_width, print_sh=self.print_sh, indent=0)
        line.max_width = max_line
        line_h = height * self.line_height
        if outcome == "at_hint":
            assert hint is not None
            taken, spaces = hint[1], hint[2]
            self.character_index = hint[0] + 1
        else:
            taken = i - ci
            self.character_index = i + 1 if outcome in ("newline", "at_space") else i
        added = i > ci  # characters went into the line (fpdf2 then holds a clone of the fragment)
        if added or outcome == "newline":
            line.height = line_h
        if added:
            line.fragments = [frag.clone(characters=list(chars[ci:ci + taken]), link=frag.link)]
        line.number_of_spaces = spaces
        if outcome == "end":
            self.fragment_index, self.character_index = fi + 1, 0
            if not line.width:
                return None
            self._is_first_line = False
            return line.manual_break(align_l if self.align == align_j else self.align)
        self._is_first_line = False
        if outcome == "newline":
            return line.manual_break(align_l if self.align == align_j else self.align,
                                     trailing_nl=True, trailing_form_feed=False)
        return line.manual_break(self.align)

    _install_memo(FPDF, line_break, TTFFont, fragment_cls)
    # Keep a handle on fpdf2's own code (tests compare the two on the same text).
    setattr(line_break.MultiLineBreak, "_humas_original_get_line", original_get_line)  # noqa: B010
    setattr(line_break.MultiLineBreak, "get_line", get_line)  # noqa: B010
    current_line._humas_original_width = original_width
    fragment_cls._humas_original_char_width = original_char_width
    current_line.width = property(width)
    fragment_cls.get_character_width = get_character_width
    _install_text_width(TTFFont)
    _install_subset_cache()
    _installed = True


def _install_text_width(ttf_font: Any) -> None:
    """A text's width in a TrueType font (what ``cell`` measures each text by, twice): the same
    integer glyph widths summed in the same order as fpdf2's generator, by ``map`` (the
    certificates' 27,000 cells per 200: 1.4 million generator steps). Shaped text and symbol
    fonts go through fpdf2's own code."""
    original = ttf_font.get_text_width

    def get_text_width(self: Any, text: str, font_size_pt: float,
                       text_shaping_params: Any) -> tuple[int, float]:
        if text_shaping_params or self.is_symbol:
            return original(self, text, font_size_pt, text_shaping_params)  # type: ignore[no-any-return]
        if font_size_pt > self.biggest_size_pt:
            self.biggest_size_pt = font_size_pt
        return len(text), sum(map(self.cw.__getitem__, map(ord, text))) * font_size_pt * 0.001

    ttf_font._humas_original_text_width = original
    ttf_font.get_text_width = get_text_width


SUBSET_CACHE = 64  # font subsets kept per process (each a few tens of KB)


def _install_subset_cache() -> None:
    """Embed the same font subset without making it again. fpdf2 subsets each font of each
    document when it writes it (fontTools: parse the glyph table, subset, compile: 20-40 ms per
    font and document, 3 s of the chunked export at 1,000). The result is a function of the font
    file, the set of glyph names and the options only (a fresh font object per document, loaded
    with recalcTimestamp=False: formats/pdf/fonts.py), and the chunks of one form use the same
    glyphs again and again: the compiled subset and its glyph ids are kept per process and
    given back byte for byte; anything else (another kind of font, a timestamp recalculated)
    goes through fontTools as before."""
    try:
        from fpdf import output as output_module
    except ImportError:  # pragma: no cover - fpdf2 is a dependency
        return
    real = getattr(output_module, "ftsubset", None)
    if real is None or getattr(real, "_humas_cached", False):
        return
    cache: dict[tuple[Any, ...], tuple[bytes, dict[str, int]]] = {}

    class Subsetter(real.Subsetter):  # type: ignore[name-defined,misc]
        def populate(self, *args: Any, **kwargs: Any) -> None:
            glyphs = kwargs.get("glyphs")
            self._humas_key = (frozenset(glyphs), repr(sorted(vars(self.options).items()))) \
                if glyphs is not None and not args and set(kwargs) == {"glyphs"} else None
            super().populate(*args, **kwargs)

        def subset(self, font: Any) -> None:
            reader = getattr(font, "reader", None)
            name = getattr(getattr(reader, "file", None), "name", None)
            key = None
            if (self._humas_key is not None and isinstance(name, str)
                    and name.lower().endswith((".ttf", ".otf")) and not font.recalcTimestamp
                    and not getattr(font, "tables", None)):  # as read from the file, untouched
                key = (name, *self._humas_key)
            hit = cache.get(key) if key is not None else None
            if hit is not None:
                data, ids = hit
                font.getGlyphID = ids.__getitem__
                font.save = lambda file, *_a, **_k: file.write(data)
                return
            super().subset(font)
            if key is None:
                return
            original_save = font.save

            def save(file: Any, *a: Any, **k: Any) -> None:
                start = file.tell()
                original_save(file, *a, **k)
                end = file.tell()
                file.seek(start)
                data = file.read(end - start)
                file.seek(end)
                if len(cache) >= SUBSET_CACHE:
                    cache.clear()
                cache[key] = (data, dict(font.getReverseGlyphMap()))

            font.save = save

    class Module:
        """fontTools.subset as fpdf2's writer sees it, with the cached Subsetter."""

        _humas_cached = True

        def __getattr__(self, attr: str) -> Any:
            return getattr(real, attr)

    shim = Module()
    shim.Subsetter = Subsetter  # type: ignore[attr-defined]
    output_module.ftsubset = shim


def _install_memo(fpdf_cls: Any, line_break: Any, ttf_font: type, fragment_cls: Any) -> None:
    """Remember, per document, a text's fragments and lines and a fragment's glyph string (see
    the module's doc). Only plain text: no markdown, no text shaping, no page-count alias."""
    from dataclasses import fields
    from operator import attrgetter

    from fpdf import fpdf as fpdf_module
    from fpdf.graphics_state import GraphicsState

    # Every field of the graphics state a fragment carries, but the unhashable dash pattern
    # (lines only), the text shaping (never memoised) and whether the font is set on the page
    # (read from the document, not the fragment, when it is drawn).
    state_of = attrgetter(*(f.name for f in fields(GraphicsState)
                            if f.name not in ("dash_pattern", "text_shaping",
                                              "current_font_is_set_on_page")))
    original_preload = fpdf_cls._preload_font_styles
    original_break = fpdf_module.MultiLineBreak
    original_render = fragment_cls.render_pdf_text

    def _preload_font_styles(self: Any, text: str | None, markdown: bool,
                             _initial_emphasis: Any = None) -> Any:
        stack = self.__dict__.get("_GraphicsStateMixin__statestack")
        if (not text or markdown or _initial_emphasis is not None or stack is None
                or self.text_shaping or stack[-1].text_shaping is not None
                or (self.str_alias_nb_pages and self.str_alias_nb_pages in text)):
            return original_preload(self, text, markdown, _initial_emphasis)
        memo = self.__dict__.get("_humas_texts")
        if memo is None or len(memo) > MEMO_TEXTS:
            memo = self.__dict__["_humas_texts"] = {}
        key = (text, state_of(stack[-1]), tuple(self._fallback_font_ids), self.k)
        found = memo.get(key)
        if found is None:
            found = _Fragments(original_preload(self, text, markdown, _initial_emphasis))
            found.lines = {}
            memo[key] = found
        return found

    def multi_line_break(fragments: Any, max_width: Any, margins: Any, *args: Any,
                         **kwargs: Any) -> Any:
        if type(fragments) is not _Fragments or callable(max_width):
            return original_break(fragments, max_width, margins, *args, **kwargs)
        key = (max_width, tuple(margins), args, tuple(sorted(kwargs.items())))
        lines = fragments.lines.get(key)
        if lines is None:
            breaker = original_break(fragments, max_width, margins, *args, **kwargs)
            found = []
            line = breaker.get_line()
            while line is not None:
                found.append(line)
                line = breaker.get_line()
            lines = fragments.lines[key] = tuple(found)
        return _Replay(lines)

    def render_pdf_text(self: Any, frag_ws: float, current_ws: float, word_spacing: float,
                        adjust_x: float, adjust_y: float, h: float) -> str:
        # A TTF fragment's plain glyph string depends on the spacing only (its glyphs are
        # picked into the subset the first time: the same numbers ever after).
        if (not self.is_ttf_font or self.text_shaping_parameters
                or not isinstance(self.font, ttf_font)):
            return str(original_render(self, frag_ws, current_ws, word_spacing, adjust_x,
                                       adjust_y, h))
        memo = self.__dict__.get("_humas_text")
        if memo is not None and memo[0] == frag_ws and memo[1] == word_spacing:
            return str(memo[2])
        out = str(original_render(self, frag_ws, current_ws, word_spacing, adjust_x, adjust_y, h))
        self.__dict__["_humas_text"] = (frag_ws, word_spacing, out)
        return out

    _install_line_renderer(fpdf_cls, fragment_cls)
    fpdf_cls._humas_original_preload = original_preload
    setattr(fpdf_module, "_humas_original_break", original_break)  # noqa: B010
    fragment_cls._humas_original_render = original_render
    fpdf_cls._preload_font_styles = _preload_font_styles
    setattr(fpdf_module, "MultiLineBreak", multi_line_break)  # noqa: B010
    fragment_cls.render_pdf_text = render_pdf_text


def _install_line_renderer(fpdf_cls: Any, fragment_cls: Any) -> None:
    """fpdf2's ``_render_styled_text_line`` for the line a table cell or paragraph usually is:
    none or one plain fragment (a TTF font, the document's current font, size and style; no
    underline, strike-through, link, rise, text mode, stretching or spacing), no border, fill,
    link, centring or quad points, no page break, and a usual new position. The
    same operators with the same numbers, computed by the same expressions; anything else is
    fpdf2's own code."""
    from fpdf.enums import Align, CharVPos, TextMode, XPos, YPos
    from fpdf.util import FloatTolerance

    original = fpdf_cls._render_styled_text_line
    greater_than = FloatTolerance.greater_than
    align_r, align_c, align_x, align_j = Align.R, Align.C, Align.X, Align.J
    line_vpos, fill_mode = CharVPos.LINE, TextMode.FILL
    x_moves = {XPos.RIGHT, XPos.LEFT, XPos.LMARGIN}
    y_moves = {YPos.NEXT, YPos.TOP, YPos.LAST}

    def frag_width(frag: Any) -> float:
        # Fragment.get_width(initial_cs=False) of a fragment whose characters do not change
        # (remembered: the same characters, font and size give the same number).
        memo = frag.__dict__.get("_humas_width")
        chars = frag.characters
        if memo is not None and memo[0] is chars and memo[1] == len(chars):
            return float(memo[2])
        width = float(frag.get_width(initial_cs=False))
        frag.__dict__["_humas_width"] = (chars, len(chars), width)
        return width

    def plain_style(frag: Any) -> tuple[Any, float, str] | None:
        """(font, size, style) of a plain fragment (see above), else None; remembered (a
        fragment's style does not change)."""
        memo = frag.__dict__.get("_humas_plain", False)
        if memo is not False:
            return memo  # type: ignore[no-any-return]
        found = None
        if (type(frag) is fragment_cls and frag.char_vpos == line_vpos
                and frag.text_mode == fill_mode and frag.font_stretching == 100
                and frag.char_spacing == 0 and not frag.underline and not frag.strikethrough
                and not frag.link and frag.is_ttf_font and not frag.text_shaping_parameters):
            found = (frag.font, frag.font_size_pt, frag.font_style)
        frag.__dict__["_humas_plain"] = found
        return found

    def _render_styled_text_line(self: Any, text_line: Any, h: float | None = None,
                                 border: Any = 0, new_x: Any = XPos.RIGHT, new_y: Any = YPos.TOP,
                                 fill: bool = False, link: Any = "", center: bool = False,
                                 padding: Any = None, prevent_font_change: bool = False) -> bool:
        fragments = text_line.fragments
        frag = fragments[0] if len(fragments) == 1 else None
        plain = plain_style(frag) if frag is not None else None
        if (border != 0 or fill or link or center or prevent_font_change
                or h is None or len(fragments) > 1 or self._record_text_quad_points
                or new_x not in x_moves or new_y not in y_moves
                or text_line.align == align_x or text_line.max_width is None
                or (frag is not None and (
                    plain is None or plain[0] is not self.current_font
                    or plain[1] != self.font_size_pt or plain[2] != self.font_style
                    or self.text_mode != fill_mode or self.font_stretching != 100
                    or self.char_spacing != 0))
                or self.will_page_break(h)):
            return bool(original(self, text_line, h, border, new_x, new_y, fill, link, center,
                                 padding, prevent_font_change))
        l_c_margin = r_c_margin = float(0)
        if padding is None or padding.left == 0:  # None: fpdf2's Padding(0, 0, 0, 0) (a cell)
            l_c_margin = self.c_margin
        if padding is None or padding.right == 0:
            r_c_margin = self.c_margin
        w = text_line.max_width
        if w == 0:
            w = self.w - self.r_margin - self.x
        if frag is not None:
            styled_txt_width = text_line.text_width
            if not styled_txt_width:
                styled_txt_width += frag_width(frag)
            max_font_size: float = 0
            if greater_than(frag.font_size, max_font_size):
                max_font_size = frag.font_size
            k = self.k
            align = text_line.align
            if align == align_r:
                dx = w - l_c_margin - styled_txt_width
            elif align == align_c:
                dx = (w - styled_txt_width) / 2
            else:
                dx = l_c_margin
            word_spacing: float = 0
            if align == align_j and text_line.number_of_spaces:
                word_spacing = (w - l_c_margin - r_c_margin
                                - styled_txt_width) / text_line.number_of_spaces
            sl = [f"BT {(self.x + dx) * k:.2f} "
                  f"{(self.h - self.y - 0.5 * h - 0.3 * max_font_size) * k:.2f} Td"]
            color_changed = False
            if frag.text_color != self.fill_color:
                sl.append(frag.text_color.serialize().lower())
                color_changed = True
            if not self.current_font_is_set_on_page:  # as fpdf2: the font goes out first
                self.current_font = frag.font
                self.font_size_pt = frag.font_size_pt
                self.font_style = frag.font_style
                self._out(self._set_font_for_page(frag.font, frag.font_size_pt))
            r_text = frag.render_pdf_text(word_spacing, 0.0, word_spacing, self.x + dx,
                                          self.y + (0.5 * h + 0.3 * max_font_size), self.h)
            if r_text:
                sl.append(r_text)
            sl.append("ET")
            self._out(f"q {' '.join(sl)} Q" if color_changed else " ".join(sl))
        self._lasth = h or self.font_size
        if new_x == XPos.RIGHT:
            self.x += w
        elif new_x == XPos.LMARGIN:
            self.x = self.l_margin
        if new_y == YPos.NEXT:
            self.y += h
        return False

    fpdf_cls._humas_original_render_line = original
    fpdf_cls._render_styled_text_line = _render_styled_text_line
    _install_multi_cell(fpdf_cls)


def _install_multi_cell(fpdf_cls: Any) -> None:
    """fpdf2's ``multi_cell`` for the usual cell (:func:`layout._row`, paragraphs, signatures):
    drawn (not a dry run), plain text, no border, fill, link, markdown, centring, maximum line
    height or deprecated argument, word wrap, no page break inside, a usual new position. The
    same steps in the same order (its lines from the memo, each drawn by the line renderer);
    anything else is fpdf2's own code."""
    from fpdf import fpdf as fpdf_module
    from fpdf.enums import Align, MethodReturnValue, WrapMode, XPos, YPos
    from fpdf.util import Padding

    original = fpdf_cls.multi_cell
    text_line_cls = fpdf_module.TextLine
    aligns: dict[Any, Any] = {a: Align.coerce(a) for a in ("L", "C", "R", "J")}
    aligns.update({a: a for a in (Align.L, Align.C, Align.R, Align.J)})
    xs = {"RIGHT": XPos.RIGHT, "LEFT": XPos.LEFT, "LMARGIN": XPos.LMARGIN,
          XPos.RIGHT: XPos.RIGHT, XPos.LEFT: XPos.LEFT, XPos.LMARGIN: XPos.LMARGIN}
    ys = {"NEXT": YPos.NEXT, "TOP": YPos.TOP, "LAST": YPos.LAST,
          YPos.NEXT: YPos.NEXT, YPos.TOP: YPos.TOP, YPos.LAST: YPos.LAST}
    paddings: dict[Any, tuple[Any, Any]] = {}
    word, page_break = WrapMode.WORD, MethodReturnValue.PAGE_BREAK
    x_left, x_right = XPos.LEFT, XPos.RIGHT
    y_next, y_top, y_last = YPos.NEXT, YPos.TOP, YPos.LAST

    def multi_cell(self: Any, w: float, h: float | None = None, text: str = "",
                   border: Any = 0, align: Any = Align.J, fill: bool = False,
                   split_only: bool = False, link: Any = None, ln: Any = "DEPRECATED",
                   max_line_height: float | None = None, markdown: bool = False,
                   print_sh: bool = False, new_x: Any = XPos.RIGHT, new_y: Any = YPos.NEXT,
                   wrapmode: Any = WrapMode.WORD, dry_run: bool = False, output: Any = page_break,
                   center: bool = False, padding: Any = 0, **kwargs: Any) -> Any:
        a = aligns.get(align)
        nx = xs.get(new_x)
        ny = ys.get(new_y)
        pad = paddings.get(padding) if isinstance(padding, tuple | int | float) else None
        if pad is None and isinstance(padding, tuple | int | float):
            whole = Padding.new(padding)
            pad = paddings[padding] = (whole, Padding(0, whole.right, 0, whole.left))
        if (kwargs or dry_run or split_only or border or fill or link or ln != "DEPRECATED"
                or max_line_height is not None or markdown or center or a is None or nx is None
                or ny is None or pad is None or not self.page or not self.font_family
                or self.text_shaping or not self.is_ttf_font or isinstance(w, str)
                or isinstance(h, str) or (wrapmode != word and wrapmode != "WORD")
                or (output != page_break and output != "PAGE_BREAK")):
            return original(self, w, h, text, border, align, fill, split_only, link, ln,
                            max_line_height, markdown, print_sh, new_x, new_y, wrapmode,
                            dry_run, output, center, padding, **kwargs)
        given_w, given_padding = w, padding
        padding, line_padding = pad
        if h is None:
            h = self.font_size
        if w == 0:
            w = self.w - self.r_margin - self.x
        maximum_allowed_width = w = w - padding.right - padding.left
        clearance_margins: list[float] = []
        if not padding.left:
            clearance_margins.append(self.c_margin)
        if not padding.right:
            clearance_margins.append(self.c_margin)
        normalized_string = self.normalize_text(text).replace("\r", "")
        fragments = self._preload_font_styles(normalized_string, False)
        breaker = fpdf_module.MultiLineBreak(fragments, maximum_allowed_width, clearance_margins,
                                             align=a, print_sh=print_sh, wrapmode=word)
        text_lines = []
        line = breaker.get_line()
        while line is not None:
            text_lines.append(line)
            line = breaker.get_line()
        if not text_lines:
            text_lines = [text_line_cls([], text_width=0, number_of_spaces=0, align=a, height=h,
                                        max_width=w, trailing_nl=False)]
        # No page break inside the cell: fpdf2's own code decides one (nothing done yet).
        last_top = self.y + padding.top + (len(text_lines) - 1) * h
        if (last_top + h + padding.bottom > self.page_break_trigger and not self.in_footer
                and self.accept_page_break):
            return original(self, given_w, h, text, border, align, fill, split_only, link, ln,
                            max_line_height, markdown, print_sh, new_x, new_y, wrapmode,
                            dry_run, output, center, given_padding, **kwargs)
        prev_y = self.y
        self.x += padding.left
        self.y += padding.top
        last = len(text_lines) - 1
        for index, text_line in enumerate(text_lines):
            self._render_styled_text_line(
                text_line, h=h, new_x=nx if index == last else x_left,
                new_y=ny if index == last else y_next, border=0, fill=False, link=link,
                padding=line_padding, prevent_font_change=False)
        if text_lines[-1].trailing_nl and ny in (y_last, y_next):
            self.ln()
        if ny == y_top:
            self.y = prev_y
        elif ny == y_next:
            self.y += padding.bottom
        if nx == x_right:
            self.x += padding.right
        elif nx == x_left:
            self.x -= padding.left
        return False

    fpdf_cls._humas_original_multi_cell = original
    fpdf_cls.multi_cell = multi_cell
