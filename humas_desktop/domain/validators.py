"""Identity and contact validators that return issue codes (never prose).

Each ``check_*`` returns a list of :class:`Issue`; an empty list means the value is fine.
``normalise_*`` helpers return the cleaned value (or ``None`` when it cannot be cleaned).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from humas_desktop.domain.models import Gender


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Issue:
    code: str
    severity: Severity = Severity.ERROR


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"\s+")
_NIK = re.compile(r"\d{16}")
_NIP = re.compile(r"\d{18}")
_PHONE_SEPARATORS = re.compile(r"[\s\-().]")


def clean_text(value: str) -> str:
    """NFKC-normalise (full-width digits -> ASCII), drop zero-width chars, NBSP -> space, trim."""
    if value.isascii() and value.isprintable() and "  " not in value and value == value.strip():
        return value  # already clean: the common case on a 10,000-row import
    text = unicodedata.normalize("NFKC", value).translate(_INVISIBLE)
    text = text.replace("\u00a0", " ")
    return _SPACES.sub(" ", text).strip()


# --- NIK -------------------------------------------------------------------------------------

def check_nik(nik: str, birth_date: date | None = None, gender: Gender | None = None) -> list[Issue]:
    """NIK: 16 digits. Structure: region(6) + DDMMYY (day + 40 for women) + serial(4) from 0001.

    A structure mismatch with the birth date or sex is only a warning: real NIKs have exceptions.
    """
    # 16 ASCII digits (nearly every NIK) pass without the pattern, which also takes other
    # scripts' digits.
    if not (len(nik) == 16 and nik.isascii() and nik.isdigit()) and not _NIK.fullmatch(nik):
        return [Issue("nik_not_16_digits")]
    issues: list[Issue] = []
    day, month, year2 = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    serial = nik[12:]
    if serial == "0000":
        # Excel's 15-significant-digit rounding leaves trailing zeros: a telltale of damage.
        issues.append(Issue("nik_serial_zero", Severity.WARNING))
    female = day > 40
    real_day = day - 40 if female else day
    if not (1 <= real_day <= 31 and 1 <= month <= 12):
        issues.append(Issue("nik_bad_date_part", Severity.WARNING))
        return issues
    if birth_date is not None and (
        real_day != birth_date.day or month != birth_date.month or year2 != birth_date.year % 100
    ):
        issues.append(Issue("nik_birth_date_mismatch", Severity.WARNING))
    if gender is not None and female != (gender is Gender.P):
        issues.append(Issue("nik_gender_mismatch", Severity.WARNING))
    return issues


def check_nip(nip: str) -> list[Issue]:
    """NIP (civil servants): 18 digits, optional. Empty is fine."""
    if nip == "" or (len(nip) == 18 and nip.isascii() and nip.isdigit()):
        return []
    return [] if _NIP.fullmatch(nip) else [Issue("nip_not_18_digits")]


# --- phone -----------------------------------------------------------------------------------

def normalise_phone(raw: str) -> str | None:
    """Indonesian phone to the national form with the leading 0 kept: '+62 812-3456' -> '08123456'.

    A number that lost its leading 0 (stored as a number in Excel: 81234567890) gets it back.
    Returns ``None`` when what remains is not a plausible phone number.
    """
    if raw.isdigit() and raw.isascii() and raw.startswith("0") and 8 <= len(raw) <= 14:
        return raw  # already in the national form: the common case on a large import
    text = clean_text(raw)
    if not text:
        return None
    digits = _PHONE_SEPARATORS.sub("", text)
    if digits.startswith("+"):
        digits = digits[1:]
        if not digits.startswith("62"):
            return digits if digits.isdigit() and 8 <= len(digits) <= 15 else None
        digits = "0" + digits[2:]
    elif digits.startswith("62") and len(digits) >= 10:
        digits = "0" + digits[2:]
    elif digits.startswith("8") and 9 <= len(digits) <= 13:
        digits = "0" + digits
    if not digits.isdigit() or not digits.startswith("0") or not 8 <= len(digits) <= 14:
        return None
    return digits


def check_phone(raw: str) -> list[Issue]:
    if clean_text(raw) == "":
        return []
    return [] if normalise_phone(raw) else [Issue("phone_invalid")]


# --- e-mail ----------------------------------------------------------------------------------

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def check_email(raw: str) -> list[Issue]:
    text = clean_text(raw)
    if text == "":
        return []
    if ".." in text or not _EMAIL.fullmatch(text):
        return [Issue("email_invalid")]
    return []


# --- gender ----------------------------------------------------------------------------------

_GENDER_WORDS = {
    "l": Gender.L, "lk": Gender.L, "laki-laki": Gender.L, "laki laki": Gender.L, "laki": Gender.L,
    "pria": Gender.L, "male": Gender.L, "m": Gender.L,
    "p": Gender.P, "pr": Gender.P, "perempuan": Gender.P, "wanita": Gender.P, "female": Gender.P,
    "f": Gender.P, "w": Gender.P,
}


def parse_gender(raw: str) -> Gender | None:
    return _GENDER_WORDS.get(clean_text(raw).lower().rstrip("."))


def check_gender(raw: str) -> list[Issue]:
    if clean_text(raw) == "":
        return []
    return [] if parse_gender(raw) else [Issue("gender_invalid")]


def check_name(raw: str) -> list[Issue]:
    return [] if clean_text(raw) else [Issue("name_missing")]


# --- dates (roster import) -------------------------------------------------------------------

_EPOCH_1900 = date(1899, 12, 30)  # serial 1 = 1900-01-01 after Excel's fictitious 1900-02-29
_EPOCH_1904 = date(1904, 1, 1)

MONTHS = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "pebruari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6,
    "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7, "agustus": 8, "agu": 8, "agt": 8,
    "ags": 8, "aug": 8, "august": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "oct": 10, "october": 10, "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}


def excel_serial_to_date(serial: float, date1904: bool = False) -> date | None:
    """An Excel day serial (1900 or 1904 system) as a date; ``None`` outside 1900..2100."""
    from datetime import timedelta

    if serial != serial or serial < 1 or serial > 100_000:  # NaN or out of any plausible range
        return None
    days = int(serial)
    if date1904:
        result = _EPOCH_1904 + timedelta(days=days)
    else:
        # Serials below 61 predate Excel's phantom 29 Feb 1900: shift by one day.
        result = _EPOCH_1900 + timedelta(days=days + (1 if days < 61 else 0))
    return result if 1900 <= result.year <= 2100 else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_DATE_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DATE_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_DATE_WORDS = re.compile(r"(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.]+(\d{4})")


def parse_date_text(raw: str) -> date | None:
    """Dates as Indonesian coordinators type them: dd/mm/yyyy (also - and .), ISO yyyy-mm-dd,
    '17 Agustus 1990' / '17-Agu-1990'. Day first always (the Indonesian order); two-digit years
    are refused as ambiguous. Returns ``None`` when the text is not a real calendar date.
    """
    text = clean_text(raw).lower().replace(",", " ")
    if not text:
        return None
    m = _DATE_ISO.fullmatch(text)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = _DATE_DMY.fullmatch(text)
    if m:
        return _safe_date(int(m[3]), int(m[2]), int(m[1]))
    m = _DATE_WORDS.fullmatch(text)
    if m and m[2] in MONTHS:
        return _safe_date(int(m[3]), MONTHS[m[2]], int(m[1]))
    return None


def nik_birth_date(nik: str) -> tuple[int, int, int] | None:
    """(day, month, two-digit year) encoded in a 16-digit NIK, women's +40 removed."""
    if not _NIK.fullmatch(nik):
        return None
    day = int(nik[6:8])
    return (day - 40 if day > 40 else day), int(nik[8:10]), int(nik[10:12])
