"""Validators return issue codes a coordinator can act on."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from humas_desktop.domain.models import Gender, Verdict, suggest_overall
from humas_desktop.domain.validators import (
    Severity,
    check_email,
    check_gender,
    check_nik,
    check_nip,
    clean_text,
    normalise_phone,
    parse_gender,
)
from humas_desktop.formats.region_codes import regency_codes


def codes(issues):
    return [i.code for i in issues]


def test_valid_nik_matches_birth_date_and_sex() -> None:
    # region 327301, day 17+40 (woman), month 08, year 90, serial 0001
    assert check_nik("3273015708900001", date(1990, 8, 17), Gender.P, regencies=regency_codes()) == []
    assert check_nik("3273011708900001", date(1990, 8, 17), Gender.L, regencies=regency_codes()) == []


def test_nik_structure_mismatches_are_warnings() -> None:
    issues = check_nik("3273011708900001", date(1991, 8, 17), Gender.P, regencies=regency_codes())
    assert set(codes(issues)) == {"nik_birth_date_mismatch", "nik_gender_mismatch"}
    assert all(i.severity is Severity.WARNING for i in issues)


def test_nik_rounded_by_excel_is_flagged() -> None:
    assert "nik_serial_zero" in codes(check_nik("3273011708900000", regencies=regency_codes()))


@given(st.text(max_size=20))
def test_nik_never_accepts_anything_but_16_digits(text: str) -> None:
    ok = len(text) == 16 and all(c in "0123456789" for c in text)
    assert ("nik_not_16_digits" not in codes(check_nik(text, regencies=regency_codes()))) == ok


def test_nip_optional_but_18_digits() -> None:
    assert check_nip("") == []
    assert check_nip("198507172010011001") == []
    assert codes(check_nip("19850717201001100")) == ["nip_not_18_digits"]


def test_phone_keeps_leading_zero() -> None:
    assert normalise_phone("+62 812-3456-7890") == "081234567890"
    assert normalise_phone("6281234567890") == "081234567890"
    assert normalise_phone("81234567890") == "081234567890"  # lost its 0 in Excel
    assert normalise_phone("(022) 4201234") == "0224201234"
    assert normalise_phone("abc") is None


@given(st.from_regex(r"08[1-9][0-9]{7,10}", fullmatch=True))
def test_phone_normalisation_is_stable(phone: str) -> None:
    assert normalise_phone(phone) == phone
    assert normalise_phone("+62" + phone[1:]) == phone


def test_email_and_gender() -> None:
    assert check_email("ayu@contoh.go.id") == []
    assert codes(check_email("ayu@@contoh")) == ["email_invalid"]
    assert parse_gender("Laki-laki") is Gender.L
    assert parse_gender(" p ") is Gender.P
    assert codes(check_gender("X")) == ["gender_invalid"]


def test_clean_text_removes_invisible_and_full_width() -> None:
    assert clean_text("\u00a0Nur\u200b’aini\u00a0 ") == "Nur’aini"
    assert clean_text("３２７３") == "3273"


def test_overall_suggestion_needs_every_unit() -> None:
    assert suggest_overall([Verdict.K, Verdict.K]) is Verdict.K
    assert suggest_overall([Verdict.K, Verdict.BK]) is Verdict.BK
    assert suggest_overall([Verdict.K, None]) is None
