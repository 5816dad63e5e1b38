"""Property tests for the date, NIK and phone rules."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from humas_desktop.domain.roster_rules import date_of, identity_number, phone_of
from humas_desktop.domain.validators import MONTHS, check_nik, excel_serial_to_date, parse_date_text

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


@given(st.integers(min_value=10**15, max_value=10**16 - 1))
def test_numeric_nik_always_rejected(number: int) -> None:
    for value in (number, float(number)):
        text, issues = identity_number(value, "nik_stored_as_number")
        assert text == "" and [i.code for i in issues] == ["nik_stored_as_number"]


@given(dates, st.booleans(), st.integers(min_value=1, max_value=9999))
def test_nik_structure_matches_birth_date_and_sex(d: date, female: bool, serial: int) -> None:
    from humas_desktop.domain.models import Gender

    nik = f"320101{d.day + (40 if female else 0):02d}{d.month:02d}{d.year % 100:02d}{serial:04d}"
    text, issues = identity_number(" " + nik[:6] + " " + nik[6:] + "\u00a0", "nik_stored_as_number")
    assert text == nik and not issues
    assert check_nik(nik, d, Gender.P if female else Gender.L) == []
    other = d + timedelta(days=1)
    assert "nik_birth_date_mismatch" in [i.code for i in check_nik(nik, other)]


@given(st.integers(min_value=10**7, max_value=10**11 - 1))
def test_phone_keeps_leading_zero_from_any_form(tail: int) -> None:
    number = int(f"8{tail}")  # Indonesian mobiles: 08xx, 10 to 13 digits
    national = "0" + str(number)
    assert phone_of(number)[0] == national  # stored as a number: the 0 was lost
    assert phone_of(float(number))[0] == national
    assert phone_of("+62" + str(number))[0] == national
    assert phone_of("62" + str(number))[0] == national
    assert phone_of(national)[0] == national
