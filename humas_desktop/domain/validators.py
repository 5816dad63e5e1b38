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


def clean_text(value: str) -> str:
    """NFKC-normalise (full-width digits -> ASCII), drop zero-width chars, NBSP -> space, trim."""
    text = unicodedata.normalize("NFKC", value).translate(_INVISIBLE)
    text = text.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


# --- NIK -------------------------------------------------------------------------------------

def check_nik(nik: str, birth_date: date | None = None, gender: Gender | None = None) -> list[Issue]:
    """NIK: 16 digits. Structure: region(6) + DDMMYY (day + 40 for women) + serial(4) from 0001.

    A structure mismatch with the birth date or sex is only a warning: real NIKs have exceptions.
    """
    if not re.fullmatch(r"\d{16}", nik):
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
    if nip == "":
        return []
    return [] if re.fullmatch(r"\d{18}", nip) else [Issue("nip_not_18_digits")]


# --- phone -----------------------------------------------------------------------------------

def normalise_phone(raw: str) -> str | None:
    """Indonesian phone to the national form with the leading 0 kept: '+62 812-3456' -> '08123456'.

    A number that lost its leading 0 (stored as a number in Excel: 81234567890) gets it back.
    Returns ``None`` when what remains is not a plausible phone number.
    """
    text = clean_text(raw)
    if not text:
        return None
    digits = re.sub(r"[\s\-().]", "", text)
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
