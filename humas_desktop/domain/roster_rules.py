"""Turning one roster cell (as the reader typed it) into a clean participant value plus issues.

Rules from the reliability notes: a NIK or NIP that arrives as a number has already lost digits
(Excel keeps 15 significant digits) and is refused; phones lose their leading 0 and get it back;
dates come as real dates, Excel serials (1900 or 1904 system) or Indonesian text.
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
    normalise_phone,
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
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return clean_text(str(value))


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})


def name_of(value: Any) -> str:
    """A person's name: cleaned text with typographic apostrophes made plain (Nur\u2019aini ->
    Nur'aini) so the same person typed twice is recognised as one."""
    return text_of(value).translate(_APOSTROPHES)


def identity_number(value: Any, number_code: str) -> tuple[str, list[Issue]]:
    """NIK/NIP text from a cell. A numeric cell is refused with ``number_code``: the digits
    Excel rounded away cannot be recovered, and guessing would put a wrong NIK on a certificate."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "", []
    if is_number(value):
        return "", [Issue(number_code)]
    text = clean_text(str(value))
    # Typists separate groups with spaces, dots or dashes and prefix "'" to force text.
    if not text.isdigit():
        text = _NUMBER_SEPARATORS.sub("", text)
    return text, []


def phone_of(value: Any) -> tuple[str, list[Issue]]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return "", []
    if is_number(value):
        if float(value) != int(value) or value < 0:
            return "", [Issue("phone_invalid")]
        raw = str(int(value))
    else:
        raw = str(value)
    phone = normalise_phone(raw)
    if phone is None:
        return "", [Issue("phone_invalid")]
    return phone, []


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
