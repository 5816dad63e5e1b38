"""Identity and contact validators that return issue codes (never prose).

Each ``check_*`` returns a list of :class:`Issue`; an empty list means the value is fine.
``normalise_*`` helpers return the cleaned value (or ``None`` when it cannot be cleaned).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

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

# Provinces whose regencies moved to a province created after 16-digit NIKs were issued (2006):
# Kalimantan Timur -> Kalimantan Utara (2012); Papua and Papua Barat -> Papua Selatan, Tengah,
# Pegunungan and Barat Daya (2022). A NIK keeps the regency code it was issued with, so such a
# code missing from today's list is a warning there, an error anywhere else.
SPLIT_PROVINCES = frozenset({"64", "91", "92"})


def check_nik(nik: str, birth_date: date | None = None, gender: Gender | None = None, *,
              regencies: Collection[str]) -> list[Issue]:
    """NIK: 16 digits issued as province(2) + regency(2) + district(2) + DDMMYY (day + 40 for
    women) + serial(4) from 0001.

    ``regencies`` is the Kemendagri list of 4-digit regency codes ("3273"); the domain cannot
    read it, so the caller passes it (``formats.region_codes.regency_codes()``). A code, date
    part or serial that the issuing rules cannot produce is an error; a mismatch with the birth
    date or sex columns is only a warning (real NIKs have exceptions).
    """
    # 16 ASCII digits (nearly every NIK) pass without the pattern, which also takes other
    # scripts' digits.
    if not (len(nik) == 16 and nik.isascii() and nik.isdigit()):
        if not _NIK.fullmatch(nik):
            return [Issue("nik_not_16_digits")]
        nik = unicodedata.normalize("NFKC", nik)
        if not (nik.isascii() and nik.isdigit() and len(nik) == 16):
            return [Issue("nik_not_16_digits")]
    if nik == "0" * 16:
        return [Issue("nik_all_zeros")]
    issues: list[Issue] = []
    province, regency = nik[:2], nik[:4]
    if regency not in regencies:
        if province not in {code[:2] for code in regencies}:
            issues.append(Issue("nik_province_unknown"))
        elif province in SPLIT_PROVINCES:
            issues.append(Issue("nik_regency_old_code", Severity.WARNING))
        else:
            issues.append(Issue("nik_regency_unknown"))
    if nik[4:6] == "00":
        issues.append(Issue("nik_district_zero"))
    day, month, year2 = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    if nik[12:] == "0000":
        # Serials start at 0001; Excel's 15-significant-digit rounding leaves trailing zeros.
        issues.append(Issue("nik_serial_zero"))
    female = day > 40
    real_day = day - 40 if female else day
    # A real calendar date in 19yy or 20yy (the same leap years but 1900, which no adult has).
    if not (1 <= day <= 31 or 41 <= day <= 71) or _safe_date(2000 + year2, month, real_day) is None:
        issues.append(Issue("nik_bad_date_part"))
        return issues
    if birth_date is not None and (
        real_day != birth_date.day or month != birth_date.month or year2 != birth_date.year % 100
    ):
        issues.append(Issue("nik_birth_date_mismatch", Severity.WARNING))
    if gender is not None and female != (gender is Gender.P):
        issues.append(Issue("nik_gender_mismatch", Severity.WARNING))
    return issues


# --- NIP -------------------------------------------------------------------------------------

MIN_AGE_AT_APPOINTMENT = 15  # CPNS are at least 18 when appointed; 15 leaves room for typing


def check_nip(nip: str, birth_date: date | None = None, gender: Gender | None = None) -> list[Issue]:
    """NIP (civil servants, optional; empty is fine): 18 digits issued as birth date (yyyymmdd)
    + TMT CPNS (yyyymm) + sex (1 man, 2 woman) + serial (001..999).

    A part the issuing rules cannot produce is an error; a birth date or sex that differs from
    the roster's columns is a warning (one of the two was typed wrong: check with the SK).
    """
    if nip == "":
        return []
    if not (len(nip) == 18 and nip.isascii() and nip.isdigit()):
        if not _NIP.fullmatch(nip):
            return [Issue("nip_not_18_digits")]
        nip = unicodedata.normalize("NFKC", nip)
        if not (nip.isascii() and nip.isdigit() and len(nip) == 18):
            return [Issue("nip_not_18_digits")]
    issues: list[Issue] = []
    born = _safe_date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    if born is None or born.year < 1900:
        issues.append(Issue("nip_birth_date_invalid"))
    tmt_year, tmt_month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= tmt_month <= 12 or (
            born is not None and tmt_year < born.year + MIN_AGE_AT_APPOINTMENT) or tmt_year < 1900:
        issues.append(Issue("nip_tmt_invalid"))
    if nip[14] not in "12":
        issues.append(Issue("nip_gender_digit_invalid"))
    if nip[15:] == "000":
        issues.append(Issue("nip_serial_zero"))
    if issues:
        return issues
    if birth_date is not None and born != birth_date:
        issues.append(Issue("nip_birth_date_mismatch", Severity.WARNING))
    if gender is not None and (nip[14] == "2") != (gender is Gender.P):
        issues.append(Issue("nip_gender_mismatch", Severity.WARNING))
    return issues


# --- phone -----------------------------------------------------------------------------------

# National form lengths (with the leading 0): mobile 08xx-xxxx-xx(xxx), landline area code +
# 5..8 digit subscriber number ("0224201234", "02112345678").
MOBILE_LENGTH = range(10, 14)
LANDLINE_LENGTH = range(9, 13)


def normalise_phone(raw: str) -> str | None:
    """An Indonesian phone number in the national form with its leading 0: '+62 812-3456-7890',
    '62812...', '0812...' -> '081234567890'. A mobile number that lost its leading 0 (stored as
    a number in Excel: 81234567890) gets it back. ``None`` when the text is not an Indonesian
    phone number of a possible length (a foreign number, 20 digits, letters)."""
    if raw.isdigit() and raw.isascii() and raw.startswith("08") and len(raw) in MOBILE_LENGTH:
        return raw  # already in the national form: the common case on a large import
    text = clean_text(raw)
    if not text:
        return None
    digits = _PHONE_SEPARATORS.sub("", text)
    if digits.startswith("+"):
        if not digits.startswith("+62"):
            return None  # a foreign number
        digits = digits[3:].removeprefix("0")  # "+62 (0)812..." too
        digits = "0" + digits
    elif digits.startswith("62") and len(digits) >= 11:
        digits = "0" + digits[2:].removeprefix("0")
    elif digits.startswith("8") and len(digits) + 1 in MOBILE_LENGTH:
        digits = "0" + digits
    if not (digits.isascii() and digits.isdigit()) or not digits.startswith("0") \
            or digits.startswith("00"):
        return None
    allowed = MOBILE_LENGTH if digits.startswith("08") else LANDLINE_LENGTH
    return digits if len(digits) in allowed else None


def phone_value(value: object) -> tuple[str, list[Issue]]:
    """The one phone rule for the roster import and the roster editor: a cell or typed text (a
    number cell lost its leading 0) -> (national form, issues). Empty is fine."""
    if value is None or (isinstance(value, str) and not clean_text(value)):
        return "", []
    if isinstance(value, bool):
        return "", [Issue("phone_invalid")]
    if isinstance(value, int | float):
        if value != value or float(value) != int(value) or value < 0:
            return "", [Issue("phone_invalid")]
        raw = str(int(value))
    else:
        raw = str(value)
    phone = normalise_phone(raw)
    return (phone, []) if phone is not None else ("", [Issue("phone_invalid")])


# --- e-mail ----------------------------------------------------------------------------------


def _email_valid(text: str) -> bool:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


@lru_cache(maxsize=4096)
def _email_domain_valid(domain: str) -> bool:
    """The library's verdict on a domain, once per domain: a roster has a handful (go.id
    offices, gmail.com) and the domain check is most of the library's time."""
    return _email_valid("a@" + domain)


def check_email(raw: str) -> list[Issue]:
    """An e-mail address by the RFC rules (email-validator, no network look-up): ``a..b@x``,
    ``ayu@@contoh`` and a domain without a dot are refused.

    The common address (an ASCII dot-atom local part, by the library's own RFC pattern) is
    judged as the library judges it, with its domain verdict cached; any other goes through the
    library whole (tests/domain/test_validators_issuing_rules.py checks both agree).
    """
    from email_validator import rfc_constants

    text = clean_text(raw)
    if text == "":
        return []
    local, at, domain = text.rpartition("@")
    if (at and local.isascii() and len(local) <= rfc_constants.LOCAL_PART_MAX_LENGTH
            and len(text) <= rfc_constants.EMAIL_MAX_LENGTH
            and rfc_constants.DOT_ATOM_TEXT.match(local)):
        return [] if _email_domain_valid(domain) else [Issue("email_invalid")]
    return [] if _email_valid(text) else [Issue("email_invalid")]


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
    found: date | None = None
    m = _DATE_ISO.fullmatch(text)
    if m:
        found = _safe_date(int(m[1]), int(m[2]), int(m[3]))
    elif m := _DATE_DMY.fullmatch(text):
        found = _safe_date(int(m[3]), int(m[2]), int(m[1]))
    elif (m := _DATE_WORDS.fullmatch(text)) and m[2] in MONTHS:
        found = _safe_date(int(m[3]), MONTHS[m[2]], int(m[1]))
    # "17/08/0090" is a two-digit year padded with zeros, not the year 90.
    return found if found is not None and 1900 <= found.year <= 2100 else None


def nik_birth_date(nik: str) -> tuple[int, int, int] | None:
    """(day, month, two-digit year) encoded in a 16-digit NIK, women's +40 removed."""
    if not _NIK.fullmatch(nik):
        return None
    day = int(nik[6:8])
    return (day - 40 if day > 40 else day), int(nik[8:10]), int(nik[10:12])
