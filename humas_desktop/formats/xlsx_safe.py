"""Safe cell writing for generated workbooks: no string ever becomes a formula or an error cell.

openpyxl turns ``=...`` into a formula and ``#N/A`` into an error cell on assignment, raises on
control characters and silently truncates in Excel past 32,767 characters. Here every string is
forced to a string cell, risky first characters get Excel's quote prefix, control characters are
replaced by visible Unicode "control pictures" and over-long values are refused.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from humas_desktop.domain.errors import DomainError

MAX_CELL_CHARS = 32_767
RISKY_FIRST = frozenset("=+-@\t\r\n")
TEXT_FORMAT = "@"
# C0 controls openpyxl refuses (tab, LF, CR are legal XML and kept), DEL, and lone surrogates.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class XlsxError(DomainError):
    """A value cannot be written safely (too long for a cell)."""


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return "\u2421" if code == 0x7F else chr(0x2400 + code)


def clean_cell_text(text: str) -> str:
    """Control characters as visible symbols (U+2400 block), lone surrogates as U+FFFD.

    Line ends become LF: XML would fold CR LF into LF on reading anyway.
    """
    text = _CONTROL.sub(_visible, text.replace("\r\n", "\n").replace("\r", "\n"))
    return _SURROGATE.sub("\ufffd", text)


def put(ws: Any, row: int, column: int, value: object, *, text: bool = False,
        where: str = "") -> Any:
    """Write ``value`` at (row, column) safely and return the cell.

    ``text=True`` marks a column that must stay text in Excel (NIK, NIP): number format ``@``.
    Raises :class:`XlsxError` ``cell_too_long`` rather than truncating.
    """
    cell = ws.cell(row=row, column=column)
    set_value(cell, value, text=text, where=where)
    return cell


def set_value(cell: Any, value: object, *, text: bool = False, where: str = "") -> None:
    if value is None or value == "":
        cell.value = None
    elif isinstance(value, bool):
        set_value(cell, "Ya" if value else "Tidak", text=text, where=where)
        return
    elif isinstance(value, int | float) and not text:
        cell.value = value
    elif isinstance(value, datetime | date) and not text:
        cell.value = value
        cell.number_format = "DD/MM/YYYY"
    else:
        s = clean_cell_text(str(value))
        if len(s) > MAX_CELL_CHARS:
            raise XlsxError("cell_too_long", where=where or cell.coordinate, limit=MAX_CELL_CHARS)
        cell.value = s
        # Assigning a string that looks like a formula or an error code changes the type.
        cell.data_type = "s"
        if s and s[0] in RISKY_FIRST:
            cell.quotePrefix = True
    if text:
        cell.number_format = TEXT_FORMAT
