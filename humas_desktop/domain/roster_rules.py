"""Turning one roster cell (as the reader typed it) into a clean participant value plus issues.

Rules from the reliability notes: Excel and LibreOffice keep 15 significant digits of a number, so a
NIK typed into a number cell loses its 16th digit (it becomes 0). A number that still holds 16
significant digits was written by a program that kept them all (openpyxl, pandas, SIMPEG exports)
and is exact; it is accepted with a note. Phones lose their leading 0 and get it back; dates come
as real dates, Excel serials (1900 or 1904 system) or Indonesian text.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from humas_desktop.domain.models import Gender
from humas_desktop.domain.validators import (
    Issue,
    Severity,
    clean_text,
    excel_serial_to_date,
    parse_date_text,
    parse_gender,
)

_NUMBER_SEPARATORS = re.compile(r"[\s.\-']")
_SERIAL_TEXT = re.compile(r"\d{4,5}")
_TWO_DIGIT_YEAR = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2}")


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def text_of(value: Any) -> str:
    """Plain text of any cell: integral numbers without '.0', dates as ISO, text cleaned."""
    if type(value) is str:  # the common case first: most cells are text
        return clean_text(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return _integral_text(value)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return clean_text(str(value))


# Above 2**53 a double cannot hold every integer: only 15 significant digits are trustworthy.
EXACT_INTEGER_LIMIT = 2**53


def _integral_text(value: float) -> str:
    """An integral float as the digits a spreadsheet shows: exact below 2**53, else 15
    significant digits padded with zeros (1.98003122005011e+17 -> 198003122005011000)."""
    if abs(value) < EXACT_INTEGER_LIMIT:
        return str(int(value))
    return str(int(float(f"{value:.15g}")))


def display_of(value: Any) -> str:
    """A cell as the spreadsheet shows it (the wizard's sample column): integral numbers without
    '.0' or an exponent, dates day first, other numbers with up to 15 significant digits."""
    if isinstance(value, datetime):
        if value.hour or value.minute or value.second:
            return value.strftime("%d/%m/%Y %H:%M")
        return value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.15g}"
    return text_of(value)


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})


def name_of(value: Any) -> str:
    """A person's name: cleaned text with typographic apostrophes made plain (Nur\u2019aini ->
    Nur'aini) so the same person typed twice is recognised as one."""
    return text_of(value).translate(_APOSTROPHES)


def number_column_exact(values: Any, length: int) -> bool:
    """Did the program that wrote this column keep every digit of its numbers? True when some
    numeric cell holds ``length`` digits whose last one is not 0: Excel and LibreOffice keep only
    15 significant digits, so such a value cannot have passed through their rounding."""
    for value in values:
        if is_number(value) and float(value).is_integer() and 0 < value < EXACT_INTEGER_LIMIT:
            digits = str(int(value))
            if len(digits) == length and digits[-1] != "0":
                return True
    return False


def _numeric_identity(value: int | float, kind: str, length: int,
                      column_exact: bool) -> tuple[str, list[Issue]]:
    """What really happened to an identity number stored in a number cell."""
    if not float(value).is_integer() or value <= 0:
        return "", [Issue(f"{kind}_not_{length}_digits")]
    if value >= EXACT_INTEGER_LIMIT:
        # The double holds ~15-16 significant digits: the tail is gone or changed.
        digits = _integral_text(float(value))
        if len(digits) == length:
            return "", [Issue(f"{kind}_last_digit_lost")]
        return "", [Issue(f"{kind}_not_{length}_digits")]
    digits = str(int(value))
    if len(digits) == length:
        # A NIK serial starts at 0001: "...0000" is the rounding, never a real NIK.
        if (digits[-1] != "0" or column_exact) and not (kind == "nik" and digits.endswith("0000")):
            return digits, [Issue(f"{kind}_was_number", Severity.WARNING)]
        return "", [Issue(f"{kind}_last_digit_lost")]
    if len(digits) == length - 1:
        return "", [Issue(f"{kind}_leading_zero_lost")]
    return "", [Issue(f"{kind}_not_{length}_digits")]


def identity_number(value: Any, kind: str = "nik",
                    column_exact: bool = False) -> tuple[str, list[Issue]]:
    """NIK (``kind="nik"``, 16 digits) or NIP (``"nip"``, 18 digits) text from a cell.

    A number cell is accepted only when its digits are provably all there (see
    :func:`number_column_exact`); otherwise the issue says what happened: the last digit lost to
    15-digit rounding, a leading zero lost, or simply the wrong number of digits. Guessing would
    put a wrong NIK on a certificate."""
    if type(value) is str and value.isdigit() and value.isascii():
        return value, []  # plain ASCII digits: nothing to clean (the common case on a roster)
    if value is None or (isinstance(value, str) and not value.strip()):
        return "", []
    if is_number(value):
        return _numeric_identity(value, kind, 16 if kind == "nik" else 18, column_exact)
    text = clean_text(str(value))
    # Typists separate groups with spaces, dots or dashes and prefix "'" to force text.
    if not text.isdigit():
        text = _NUMBER_SEPARATORS.sub("", text)
    return text, []


def date_of(value: Any, date1904: bool = False) -> tuple[date | None, list[Issue]]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, []
    if isinstance(value, datetime):
        return value.date(), []
    if isinstance(value, date):
        return value, []
    if is_number(value):
        parsed = excel_serial_to_date(float(value), date1904)
        return (parsed, []) if parsed else (None, [Issue("date_invalid")])
    text = clean_text(str(value))
    parsed = parse_date_text(text)
    if parsed is None and _SERIAL_TEXT.fullmatch(text):
        # A serial that was pasted as text.
        parsed = excel_serial_to_date(float(text), date1904)
    if parsed is None and _TWO_DIGIT_YEAR.fullmatch(text):
        return None, [Issue("date_two_digit_year")]
    return (parsed, []) if parsed else (None, [Issue("date_invalid")])


def birth_place_and_date(value: Any, date1904: bool = False) -> tuple[str, date | None, list[Issue]]:
    """'Jakarta, 17 Agustus 1990' (one TTL column) -> place and date."""
    if isinstance(value, date | datetime) or is_number(value):
        parsed, issues = date_of(value, date1904)
        return "", parsed, issues
    text = clean_text(str(value or ""))
    if not text:
        return "", None, []
    place, sep, rest = text.rpartition(",")
    if not sep:
        parsed, issues = date_of(text, date1904)
        return ("", parsed, []) if parsed else (text, None, [Issue("date_invalid")])
    parsed, issues = date_of(rest, date1904)
    return place.strip(), parsed, issues


def gender_of(value: Any) -> tuple[Gender | None, list[Issue]]:
    text = text_of(value)
    if not text:
        return None, []
    found = parse_gender(text)
    return (found, []) if found else (None, [Issue("gender_invalid")])


def plausible_birth_date(born: date, today: date) -> list[Issue]:
    """Participants are working adults: outside 15..90 years is most likely a typing error."""
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return [] if 15 <= age <= 90 else [Issue("birth_date_implausible", Severity.WARNING)]
