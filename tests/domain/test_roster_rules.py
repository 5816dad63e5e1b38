"""Property tests for the date, NIK and phone rules."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from humas_desktop.domain.roster_rules import date_of, identity_number
from humas_desktop.domain.validators import (
    MONTHS,
    check_nik,
    excel_serial_to_date,
    parse_date_text,
    phone_value,
)
from humas_desktop.formats.region_codes import regency_codes

dates = st.dates(min_value=date(1930, 1, 1), max_value=date(2030, 12, 31))
ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember"]


@given(dates)
def test_text_dates_round_trip(d: date) -> None:
    assert parse_date_text(f"{d.day:02d}/{d.month:02d}/{d.year}") == d
    assert parse_date_text(d.isoformat()) == d
    assert parse_date_text(f"{d.day} {ID_MONTHS[d.month - 1]} {d.year}") == d
    assert MONTHS[ID_MONTHS[d.month - 1].lower()] == d.month


@given(dates)
def test_excel_serials_both_systems(d: date) -> None:
    serial_1900 = (d - date(1899, 12, 30)).days
    serial_1904 = (d - date(1904, 1, 1)).days
    assert excel_serial_to_date(serial_1900) == d
    assert date_of(float(serial_1900))[0] == d
    assert date_of(float(serial_1904), date1904=True)[0] == d
    assert excel_serial_to_date(serial_1900 + 0.75) == d  # a time of day does not shift the date


@given(st.text(max_size=30))
def test_date_parser_never_crashes(text: str) -> None:
    parsed, issues = date_of(text)
    assert (parsed is None) == bool(issues) or text.strip() == ""


@given(st.integers(min_value=10**15, max_value=2**53 - 1))
def test_exact_numeric_nik_accepted_with_a_note(number: int) -> None:
    """A number cell holding all 16 digits (openpyxl, SIMPEG, pandas) is the NIK itself."""
    if number % 10 == 0:
        number += 1
    for value in (number, float(number)):
        text, issues = identity_number(value, "nik")
        assert text == str(number)
        assert [(i.code, i.severity.value) for i in issues] == [("nik_was_number", "warning")]


@given(st.integers(min_value=10**15, max_value=10**16 - 51))  # no carry into a 17th digit
def test_nik_rounded_to_15_digits_refused_as_last_digit_lost(number: int) -> None:
    """What Excel and LibreOffice store: 15 significant digits, the 16th becomes 0."""
    rounded = float(f"{number:.15g}")
    text, issues = identity_number(rounded, "nik")
    assert text == "" and [i.code for i in issues] == ["nik_last_digit_lost"]


def test_numeric_nik_says_what_really_happened() -> None:
    def code(value: object, exact: bool = False) -> list[str]:
        return [i.code for i in identity_number(value, "nik", exact)[1]]

    assert code(32730112038) == ["nik_not_16_digits"]  # 11 digits: simply too short
    assert code(327301120380001) == ["nik_leading_zero_lost"]  # 15 digits
    assert code(3273011203800010) == ["nik_last_digit_lost"]  # could be rounding
    assert code(3273011203800010, exact=True) == ["nik_was_number"]  # the column kept 16 digits
    assert code(3273011203800000, exact=True) == ["nik_last_digit_lost"]  # serial 0000: never real
    assert code(9271011203800003) == ["nik_last_digit_lost"]  # beyond 2**53 a double cannot hold it


@given(dates, st.booleans(), st.integers(min_value=1, max_value=9999))
def test_nik_structure_matches_birth_date_and_sex(d: date, female: bool, serial: int) -> None:
    from humas_desktop.domain.models import Gender

    nik = f"320101{d.day + (40 if female else 0):02d}{d.month:02d}{d.year % 100:02d}{serial:04d}"
    text, issues = identity_number(" " + nik[:6] + " " + nik[6:] + "\u00a0", "nik")
    assert text == nik and not issues
    assert check_nik(nik, d, Gender.P if female else Gender.L, regencies=regency_codes()) == []
    other = d + timedelta(days=1)
    assert "nik_birth_date_mismatch" in [i.code for i in check_nik(nik, other, regencies=regency_codes())]


@given(st.integers(min_value=10**7, max_value=10**11 - 1))
def test_phone_keeps_leading_zero_from_any_form(tail: int) -> None:
    number = int(f"8{tail}")  # Indonesian mobiles: 08xx, 10 to 13 digits
    national = "0" + str(number)
    assert phone_value(number)[0] == national  # stored as a number: the 0 was lost
    assert phone_value(float(number))[0] == national
    assert phone_value("+62" + str(number))[0] == national
    assert phone_value("62" + str(number))[0] == national
    assert phone_value(national)[0] == national
