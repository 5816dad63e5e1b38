"""Pre-parse checks of an .xlsx: refuse hostile or foreign files before any parser sees them.

What is checked, in order, on the raw bytes (never trusting the file name's extension):

* OLE compound files (``D0 CF 11 E0``): a password-protected .xlsx is stored that way
  (``EncryptedPackage`` stream), and so is a legacy .xls (``Workbook``/``Book`` stream). Both are
  refused with a message saying which, asking to save as a plain .xlsx.
* A real zip with ``[Content_Types].xml`` declaring the SpreadsheetML main part.
* Zip bombs: member count, each member's declared uncompressed size and compression ratio, and the
  total; the sheet XML is then decompressed in a streaming pass with a hard byte cap (a lying
  header cannot get past it).
* XML bombs: a real workbook never contains a DTD, so any ``<!DOCTYPE``/``<!ENTITY`` in a part is
  refused (defusedxml would refuse it too; openpyxl is checked for defusedxml by
  :func:`ensure_defusedxml`).
* Absurd sizes: rows, columns and the row x column area of every worksheet, measured from the
  real ``<row>``/``<c>`` elements (the ``<dimension>`` element is ignored: it is often stale or
  inflated).
* Text bombs: a parser copies a shared string into every cell that uses it, so one 2 MB string
  in 20,000 cells is 40 GB. The length of every shared string is recorded, and the text the
  cells of each sheet take from them is summed and capped (``MAX_SHEET_TEXT_BYTES``).

Macros: a macro-enabled workbook (.xlsm) is accepted as data only. Nothing in this application
executes anything from a workbook; ``vbaProject.bin`` is never read.

The same pass records the 1904 date system flag and which cells hold a formula without a saved
value, so the reader can point at them.
"""

from __future__ import annotations

import re
import zipfile
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.input_file import read_head, regular_file_size

OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": False,
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml": True,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": False,
}

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 400 * 1024 * 1024
# Sheet XML compresses 10-30x; a ratio above this is a bomb, not a roster.
MAX_RATIO = 150
RATIO_FLOOR_BYTES = 1024 * 1024  # tiny members may compress absurdly well and harmlessly
MAX_ROWS = 100_000
MAX_COLS = 200
MAX_CELLS = 3_000_000
# Text the cells of one sheet take from shared strings: a 100,000-row roster of 12 text columns
# holds about 30 MB. Reading copies it twice (parser, then Python): 2 x 64 MB.
MAX_SHEET_TEXT_BYTES = 64 * 1024 * 1024
# Excel keeps at most 32,767 characters in a cell; one shared string past this is no roster.
MAX_SHARED_STRING_BYTES = 4 * 1024 * 1024
CHUNK = 1024 * 1024


class XlsxRefusedError(DomainError):
    """The file is not a workbook we agree to parse; ``code`` says why (see messages.py)."""


@dataclass(slots=True)
class SheetStats:
    member: str
    rows: int = 0  # highest row number seen
    cols: int = 0  # highest column number seen
    formula_without_value: set[tuple[int, int]] = field(default_factory=set)  # (row, col), 1-based


@dataclass(slots=True)
class XlsxInfo:
    """What the guard learned: safe to hand to a parser."""

    date1904: bool = False
    macro_enabled: bool = False
    sheets: dict[str, SheetStats] = field(default_factory=dict)  # by sheet name


def ensure_defusedxml() -> None:
    """openpyxl parses XML safely only when defusedxml is importable: refuse to run without it.

    openpyxl decides that once, at its import (``openpyxl.DEFUSEDXML``: defusedxml importable and
    ``OPENPYXL_DEFUSEDXML`` not set to anything but "True"). When openpyxl is not loaded yet, the
    same two conditions are checked here without importing it (≈ 0.1 s that a roster read with
    calamine never needed, issue #25); openpyxl, imported later, computes the same flag."""
    import sys

    openpyxl = sys.modules.get("openpyxl")
    if openpyxl is not None:
        safe = bool(getattr(openpyxl, "DEFUSEDXML", False))
    else:
        import importlib.util
        import os

        try:
            found = importlib.util.find_spec("defusedxml") is not None
        except (ImportError, ValueError):
            found = False
        safe = found and os.environ.get("OPENPYXL_DEFUSEDXML", "True") == "True"
    if not safe:
        raise XlsxRefusedError("xlsx_no_defusedxml")


def _ole_kind(path: Path) -> str:
    # Directory entries hold UTF-16LE stream names; a plain byte search is enough to tell.
    with path.open("rb") as fh:
        head = fh.read(4 * 1024 * 1024)
    if "EncryptedPackage".encode("utf-16-le") in head or "EncryptionInfo".encode("utf-16-le") in head:
        return "xlsx_encrypted"
    if "Workbook".encode("utf-16-le") in head or "Book".encode("utf-16-le") in head:
        return "xlsx_legacy_xls"
    return "xlsx_ole_other"


_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"(\d+)\"")
_CELL_COL = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]{1,3})\d+\"")
# A cell whose formula has no cached value: <f ...>...</f> (or <f/>) then </c>, <v/> or <v></v>.
_FORMULA_NO_VALUE = re.compile(
    rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]{1,3})(\d+)\"[^>]*>\s*"
    rb"<(?:\w+:)?f\b(?:[^>]*/>|[^>]*>[^<]*</(?:\w+:)?f>)\s*"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
# Every _ROW match contains a match of this (from "row" on); it starts with a literal, so the
# regex engine finds candidates by a fast search, and _row_numbers keeps only real row elements.
_ROW_TAIL = re.compile(rb'row\b[^>]*?\br="(\d+)"')
_TAG_PREFIX = re.compile(rb"<\w+:")
# Every _CELL_COL match contains a match of this at the same place with the same letters, so its
# maximum bounds theirs from above; it is a plain literal search, about 4x faster.
_CELL_COL_BOUND = re.compile(rb'r="([A-Z]{1,3})\d')
_CELL_END = re.compile(rb"</(?:\w+:)?c>|</(?:\w+:)?row>")
# A cell that takes shared string number N: <c ... t="s" ...><v>N</v>.
_SHARED_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\bt="s"[^>]*>\s*<(?:\w+:)?v>\s*(\d+)\s*<')
_SI = re.compile(rb"<(?:\w+:)?si\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?si>)", re.DOTALL)
_SI_END = re.compile(rb"</(?:\w+:)?si>|<(?:\w+:)?si\b[^>]*/>")



def _row_numbers(body: bytes) -> list[int]:
    """The same numbers as ``_ROW.findall(body)``, several times faster on a large sheet."""
    numbers = []
    for m in _ROW_TAIL.finditer(body):
        start = m.start()
        before = body[start - 1:start] if start else b""
        if before == b"<":
            numbers.append(int(m[1]))
        elif before == b":":
            lt = body.rfind(b"<", 0, start)
            if lt >= 0 and _TAG_PREFIX.fullmatch(body, lt, start):
                numbers.append(int(m[1]))
    return numbers


def _last_cell_end(buf: bytes) -> int:
    """Offset just past the last ``</c>``/``</row>`` (any prefix) in ``buf``, 0 if none: the same
    as the last ``_CELL_END`` match, found from the end instead of by scanning the chunk."""
    pos = len(buf)
    while True:
        pos = buf.rfind(b"</", 0, pos)
        if pos < 0:
            return 0
        m = _CELL_END.match(buf, pos)
        if m:
            return m.end()


def _wider_pattern(cols: int) -> re.Pattern[bytes]:
    """Cell references whose column letters may lie right of column ``cols`` (a superset of
    ``_CELL_COL_BOUND`` matches above ``cols``: one search instead of collecting every cell)."""
    if cols >= 26:
        return _CELL_COL_BOUND
    if cols == 25:
        return re.compile(rb'r="[A-Z]{2,3}\d')
    return re.compile(rb'r="(?:[A-Z]{2,3}|[' + chr(65 + cols).encode() + rb'-Z])\d')


def _may_widen(body: bytes, cols: int) -> bool:
    if cols < 26:
        return _wider_pattern(cols).search(body) is not None
    bound = set(_CELL_COL_BOUND.findall(body))
    return bool(bound) and max(column_number(c.decode()) for c in bound) > cols


def column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def _text_taken(body: bytes, shared: array[int]) -> int:
    """Bytes of shared-string text the cells in ``body`` take (each use counts: it is copied)."""
    if b't="s"' not in body:
        return 0
    total = 0
    for index, uses in Counter(_SHARED_REF.findall(body)).items():
        i = int(index)
        if i < len(shared):
            total += shared[i] * uses
    return total


def _scan_sheet(zf: zipfile.ZipFile, member: str, stats: SheetStats,
                shared: array[int] | None = None) -> None:
    """Stream the sheet XML once: DTDs, real extent, formulas without values, the text its cells
    take from shared strings; capped in bytes."""
    shared = shared if shared is not None else array("q")
    text = 0
    seen = 0
    carry = b""
    first = True
    with zf.open(member) as fh:
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            seen += len(chunk)
            if seen > MAX_MEMBER_BYTES:
                raise XlsxRefusedError("xlsx_bomb")
            if first and _DTD.search(chunk[:8192]):
                raise XlsxRefusedError("xlsx_xml_dtd")
            first = False
            buf = carry + chunk
            # Only examine complete cells; the tail after the last cell end waits for more data.
            cut = _last_cell_end(buf)
            if cut == 0 and len(buf) > 4 * CHUNK:
                raise XlsxRefusedError("xlsx_bomb")  # one cell bigger than any roster cell can be
            body, carry = buf[:cut], buf[cut:]
            if b"<!ENTITY" in body:
                raise XlsxRefusedError("xlsx_xml_dtd")
            rows = _row_numbers(body)
            if rows:
                stats.rows = max(stats.rows, max(rows))
            if _may_widen(body, stats.cols):
                # Only then can this chunk widen the sheet: measure it exactly.
                cols = set(_CELL_COL.findall(body))
                if cols:
                    stats.cols = max(stats.cols, max(column_number(c.decode()) for c in cols))
            # The formula pattern is slow and needs an <f> or <x:f> element to match; a plain
            # byte search rules most chunks out (a false hit only costs the full pattern).
            if b"<f" in body or b":f" in body:
                for letters, row in _FORMULA_NO_VALUE.findall(body):
                    stats.formula_without_value.add((int(row), column_number(letters.decode())))
            if stats.rows > MAX_ROWS:
                raise XlsxRefusedError("xlsx_too_many_rows", rows=stats.rows, limit=MAX_ROWS)
            if stats.cols > MAX_COLS:
                raise XlsxRefusedError("xlsx_too_many_columns", cols=stats.cols, limit=MAX_COLS)
            if stats.rows * stats.cols > MAX_CELLS:
                raise XlsxRefusedError("xlsx_too_many_cells")
            text += _text_taken(body, shared)
            if text > MAX_SHEET_TEXT_BYTES:
                raise XlsxRefusedError("xlsx_too_much_text", limit_mb=MAX_SHEET_TEXT_BYTES >> 20)


def _read_small(zf: zipfile.ZipFile, name: str, limit: int = 4 * 1024 * 1024) -> bytes:
    with zf.open(name) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise XlsxRefusedError("xlsx_bomb")
    if _DTD.search(data):
        raise XlsxRefusedError("xlsx_xml_dtd")
    return data


def _sheet_members(zf: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Sheet name -> zip member, from workbook.xml and its relationships."""
    from defusedxml import ElementTree

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    wb_xml = ElementTree.fromstring(_read_small(zf, "xl/workbook.xml"))
    rels: dict[str, str] = {}
    if "xl/_rels/workbook.xml.rels" in names:
        rel_xml = ElementTree.fromstring(_read_small(zf, "xl/_rels/workbook.xml.rels"))
        for rel in rel_xml:
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else "xl/" + target
            rels[rel.get("Id", "")] = target
    sheets: dict[str, str] = {}
    for sheet in wb_xml.iter(f"{ns_main}sheet"):
        target = rels.get(sheet.get(f"{ns_rel}id", ""), "")
        if target in names:
            sheets[sheet.get("name", "")] = target
    return sheets


def _date1904(zf: zipfile.ZipFile) -> bool:
    from defusedxml import ElementTree

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    root = ElementTree.fromstring(_read_small(zf, "xl/workbook.xml"))
    pr = root.find(f"{ns_main}workbookPr")
    return pr is not None and pr.get("date1904", "0").lower() in ("1", "true")


def inspect_xlsx(path: Path) -> XlsxInfo:
    """Refuse (``XlsxRefusedError``) or return what a parser needs to know. Reads no cell values."""
    from defusedxml import DefusedXmlException
    from defusedxml import ElementTree as SafeET

    try:
        size = regular_file_size(path)
        if size > MAX_FILE_BYTES:
            raise XlsxRefusedError("xlsx_file_too_large", limit_mb=MAX_FILE_BYTES // (1024 * 1024))
        head = read_head(path, 8)
    except FileNotFoundError:
        raise XlsxRefusedError("xlsx_missing") from None
    except XlsxRefusedError:
        raise
    except DomainError as exc:  # a device, FIFO or folder: not a workbook
        raise XlsxRefusedError(exc.code, **exc.context) from None
    except OSError:
        raise XlsxRefusedError("xlsx_unreadable") from None
    if size > MAX_FILE_BYTES:
        raise XlsxRefusedError("xlsx_file_too_large", limit_mb=MAX_FILE_BYTES // (1024 * 1024))
    if head == OLE_SIGNATURE:
        raise XlsxRefusedError(_ole_kind(path))
    if not zipfile.is_zipfile(path):
        raise XlsxRefusedError("xlsx_not_zip")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise XlsxRefusedError("xlsx_bomb")
            total = 0
            for info in infos:
                total += info.file_size
                if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                    raise XlsxRefusedError("xlsx_bomb")
                if (info.file_size > RATIO_FLOOR_BYTES
                        and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
                    raise XlsxRefusedError("xlsx_bomb")
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names:
                raise XlsxRefusedError("xlsx_not_spreadsheet")
            types = SafeET.fromstring(_read_small(zf, "[Content_Types].xml"))
            main = [o.get("ContentType", "") for o in types if o.get("ContentType") in MAIN_TYPES]
            if not main or "xl/workbook.xml" not in names:
                raise XlsxRefusedError("xlsx_not_spreadsheet")
            info_out = XlsxInfo(date1904=_date1904(zf), macro_enabled=MAIN_TYPES[main[0]])
            shared = _shared_string_lengths(zf, names)
            for sheet_name, member in _sheet_members(zf, names).items():
                stats = SheetStats(member=member)
                _scan_sheet(zf, member, stats, shared)
                info_out.sheets[sheet_name] = stats
            return info_out
    except XlsxRefusedError:
        raise
    except DefusedXmlException:
        raise XlsxRefusedError("xlsx_xml_dtd") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError,
            ValueError, KeyError, OSError, SyntaxError):
        # SyntaxError: ElementTree's ParseError; NotImplementedError: an unknown compression.
        raise XlsxRefusedError("xlsx_damaged") from None


def _shared_string_parts(zf: zipfile.ZipFile, names: set[str]) -> list[str]:
    """Every part a parser may take shared strings from: the usual name in any letter case and
    whatever the workbook's relationships name."""
    parts = {n for n in names if n.lower() == "xl/sharedstrings.xml"}
    if "xl/_rels/workbook.xml.rels" in names:
        from defusedxml import ElementTree

        for rel in ElementTree.fromstring(_read_small(zf, "xl/_rels/workbook.xml.rels")):
            if rel.get("Type", "").endswith("/sharedStrings"):
                target = rel.get("Target", "")
                target = target.lstrip("/") if target.startswith("/") else "xl/" + target
                if target in names:
                    parts.add(target)
    return sorted(parts)


def _shared_string_lengths(zf: zipfile.ZipFile, names: set[str]) -> array[int]:
    """The byte length of every shared string's content, by index (the largest over the parts
    when a file has more than one), streamed with the same caps as a sheet."""
    lengths: array[int] = array("q")
    for part in _shared_string_parts(zf, names):
        for i, length in enumerate(_scan_shared_strings(zf, part)):
            if i < len(lengths):
                lengths[i] = max(lengths[i], length)
            else:
                lengths.append(length)
    return lengths


def _scan_shared_strings(zf: zipfile.ZipFile, part: str) -> array[int]:
    seen = 0
    first = True
    carry = b""
    lengths: array[int] = array("q")
    with zf.open(part) as fh:
        while chunk := fh.read(CHUNK):
            seen += len(chunk)
            if seen > MAX_MEMBER_BYTES:
                raise XlsxRefusedError("xlsx_bomb")
            if (first and _DTD.search(chunk[:8192])) or b"<!ENTITY" in chunk:
                raise XlsxRefusedError("xlsx_xml_dtd")
            first = False
            buf = carry + chunk
            cut = 0
            for end in _SI_END.finditer(buf):
                cut = end.end()
            for m in _SI.finditer(buf, 0, cut):
                lengths.append(len(m[1] or b""))
            carry = buf[cut:]
            if len(carry) > MAX_SHARED_STRING_BYTES:
                raise XlsxRefusedError("xlsx_too_much_text", limit_mb=MAX_SHEET_TEXT_BYTES >> 20)
    return lengths
