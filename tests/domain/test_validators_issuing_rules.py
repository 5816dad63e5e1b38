"""Identity validators to the issuing rules (issue #22): both sides of every boundary.

NIK (Permendagri / Adminduk): province(2) + regency(2) + district(2) + DDMMYY (day + 40 for
women) + serial(4) from 0001. NIP (PP 11/2017 / BKN): birth date yyyymmdd + TMT CPNS yyyymm +
sex digit (1 man, 2 woman) + serial 001..999. Phones: Indonesian numbers only. E-mail: the RFC
rules through email-validator. The expected answers are computed here from the calendar and the
Kemendagri list, not from the validators' code.
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from humas_desktop.domain.models import Gender
from humas_desktop.domain.validators import (
    Severity,
    check_email,
    check_nik,
    check_nip,
    normalise_phone,
    parse_date_text,
    phone_value,
)
from humas_desktop.formats.region_codes import regency_codes

REGENCIES = regency_codes()


def nik_codes(nik: str, *args: object) -> list[str]:
    return [i.code for i in check_nik(nik, *args, regencies=REGENCIES)]  # type: ignore[arg-type]


def errors(issues: list) -> list[str]:  # type: ignore[type-arg]
    return [i.code for i in issues if i.severity is Severity.ERROR]


def nik(region: str = "327301", dd: int = 17, mm: int = 8, yy: int = 90, serial: str = "0001") -> str:
    return f"{region}{dd:02d}{mm:02d}{yy:02d}{serial}"


# --- NIK --------------------------------------------------------------------------------------

def test_the_kemendagri_list_is_the_real_one() -> None:
    # Kota Bandung, Kab. Sleman, Kota Jayapura, Kab. Merauke (Papua Selatan since 2022).
    assert {"3273", "3404", "9171", "9301"} <= REGENCIES
    assert "3299" not in REGENCIES and "2001" not in REGENCIES
    assert len({c[:2] for c in REGENCIES}) == 38  # 38 provinces


@pytest.mark.parametrize(("text", "ok"), [
    (nik()[:15], False), (nik(), True), (nik() + "1", False), ("", False),
    (nik()[:15] + "x", False), (" " + nik()[:15], False),
])
def test_nik_exactly_16_digits(text: str, ok: bool) -> None:
    assert ("nik_not_16_digits" not in nik_codes(text)) is ok


def test_nik_all_zeros_refused() -> None:
    assert errors(check_nik("0" * 16, regencies=REGENCIES))


@pytest.mark.parametrize(("region", "code"), [
    ("327301", None),  # Kota Bandung
    ("110101", None),  # Aceh, the first province
    ("960101", None),  # Papua Barat Daya, the newest
    ("000101", "nik_province_unknown"),
    ("200101", "nik_province_unknown"),  # no province 20
    ("990101", "nik_province_unknown"),
    ("329901", "nik_regency_unknown"),  # Jawa Barat has no regency 99
    ("320001", "nik_regency_unknown"),  # regency 00
    ("327300", "nik_district_zero"),  # district 00
])
def test_nik_region_code_is_a_real_one(region: str, code: str | None) -> None:
    found = errors(check_nik(nik(region), regencies=REGENCIES))
    assert found == ([code] if code else [])


@pytest.mark.parametrize("region", ["640501", "910101"])
def test_nik_code_from_before_a_province_split_is_only_a_warning(region: str) -> None:
    # Bulungan was 64.05 (Kalimantan Timur) before Kalimantan Utara (2012); Merauke was 91.01
    # before Papua Selatan (2022). People keep the NIK they were given.
    issues = check_nik(nik(region), regencies=REGENCIES)
    assert [i.code for i in issues] == ["nik_regency_old_code"]
    assert issues[0].severity is Severity.WARNING


@pytest.mark.parametrize(("dd", "mm", "yy", "ok"), [
    (0, 8, 90, False), (1, 8, 90, True), (31, 8, 90, True), (32, 8, 90, False),
    (40, 8, 90, False), (41, 8, 90, True), (71, 8, 90, True), (72, 8, 90, False),
    (17, 0, 90, False), (17, 1, 90, True), (17, 12, 90, True), (17, 13, 90, False),
    (30, 4, 90, True), (31, 4, 90, False), (70, 4, 90, True), (71, 4, 90, False),
    (28, 2, 1, True), (29, 2, 1, False), (29, 2, 4, True), (29, 2, 0, True),  # 2000 was leap
    (69, 2, 4, True), (69, 2, 1, False),
])
def test_nik_date_part_is_a_real_calendar_date(dd: int, mm: int, yy: int, ok: bool) -> None:
    assert ("nik_bad_date_part" not in errors(check_nik(nik(dd=dd, mm=mm, yy=yy),
                                                        regencies=REGENCIES))) is ok


def test_nik_serial_starts_at_0001() -> None:
    assert errors(check_nik(nik(serial="0000"), regencies=REGENCIES)) == ["nik_serial_zero"]
    assert errors(check_nik(nik(serial="0001"), regencies=REGENCIES)) == []
    assert errors(check_nik(nik(serial="9999"), regencies=REGENCIES)) == []


def _real_date_part(dd: int, mm: int, yy: int) -> bool:
    day = dd - 40 if dd > 40 else dd
    if not 1 <= mm <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(2000 + yy, mm)[1]


@given(st.sampled_from(sorted(REGENCIES)), st.integers(0, 99), st.integers(0, 99),
       st.integers(0, 99), st.integers(1, 9999))
def test_nik_accepted_exactly_when_its_date_part_is_real(regency: str, dd: int, mm: int, yy: int,
                                                        serial: int) -> None:
    text = f"{regency}01{dd:02d}{mm:02d}{yy:02d}{serial:04d}"
    assert (errors(check_nik(text, regencies=REGENCIES)) == []) is _real_date_part(dd, mm, yy)


def test_nik_birth_date_and_sex_mismatch_are_warnings_not_refusals() -> None:
    issues = check_nik(nik(dd=57), date(1990, 8, 18), Gender.L, regencies=REGENCIES)
    assert {i.code for i in issues} == {"nik_birth_date_mismatch", "nik_gender_mismatch"}
    assert all(i.severity is Severity.WARNING for i in issues)
    assert check_nik(nik(dd=57), date(1990, 8, 17), Gender.P, regencies=REGENCIES) == []


# --- NIP --------------------------------------------------------------------------------------

def nip(born: str = "19850717", tmt: str = "201001", sex: str = "1", serial: str = "001") -> str:
    return born + tmt + sex + serial


def nip_errors(text: str) -> list[str]:
    return errors(check_nip(text))


@pytest.mark.parametrize(("text", "ok"), [
    (nip()[:17], False), (nip(), True), (nip() + "1", False), (nip() + "01", False),
    ("1" * 20, False), ("", True),
])
def test_nip_exactly_18_digits(text: str, ok: bool) -> None:
    assert ("nip_not_18_digits" not in nip_errors(text)) is ok


@pytest.mark.parametrize(("born", "ok"), [
    ("19850717", True), ("19850001", False), ("19851301", False), ("19851231", True),
    ("19850230", False), ("19850229", False), ("19840229", True), ("19850700", False),
    ("00850717", False),  # a two-digit year padded with zeros
])
def test_nip_birth_date_is_a_real_date(born: str, ok: bool) -> None:
    assert ("nip_birth_date_invalid" not in nip_errors(nip(born=born))) is ok


@pytest.mark.parametrize(("tmt", "ok"), [
    ("201000", False), ("201001", True), ("201012", True), ("201013", False),
    ("200001", True),  # aged 15: the youngest accepted (CPNS are at least 18)
    ("199912", False),  # aged 14
])
def test_nip_tmt_is_a_year_and_month_after_birth(tmt: str, ok: bool) -> None:
    assert ("nip_tmt_invalid" not in nip_errors(nip(tmt=tmt))) is ok


@pytest.mark.parametrize(("sex", "ok"), [("0", False), ("1", True), ("2", True), ("3", False)])
def test_nip_sex_digit_is_1_or_2(sex: str, ok: bool) -> None:
    assert ("nip_gender_digit_invalid" not in nip_errors(nip(sex=sex))) is ok


def test_nip_serial_starts_at_001() -> None:
    assert nip_errors(nip(serial="000")) == ["nip_serial_zero"]
    assert nip_errors(nip(serial="001")) == [] and nip_errors(nip(serial="999")) == []


def test_nip_birth_date_against_the_birth_date_column_is_a_warning() -> None:
    issues = check_nip(nip(), date(1985, 7, 18))
    assert [i.code for i in issues] == ["nip_birth_date_mismatch"]
    assert issues[0].severity is Severity.WARNING
    assert check_nip(nip(), date(1985, 7, 17)) == []
    issues = check_nip(nip(sex="1"), date(1985, 7, 17), Gender.P)
    assert [(i.code, i.severity) for i in issues] == [("nip_gender_mismatch", Severity.WARNING)]
    assert check_nip(nip(sex="2"), date(1985, 7, 17), Gender.P) == []


# --- phone ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "expected"), [
    ("081234567", None),  # 9 digits: too short for a mobile
    ("0812345678", "0812345678"),  # 10
    ("0812345678901", "0812345678901"),  # 13
    ("08123456789012", None),  # 14
    ("0812345678901234567", None),
    ("08123456789012345678", None),  # 20 digits
    ("+6281234567890", "081234567890"),
    ("+62 812-3456-7890", "081234567890"),
    ("+62 (0)812 3456 7890", "081234567890"),
    ("6281234567890", "081234567890"),
    ("628123456789012345678", None),
    ("81234567890", "081234567890"),  # a number cell lost its 0
    ("(022) 4201234", "0224201234"),  # landline, 10 digits
    ("0274 12345", "027412345"),  # 9: the shortest landline
    ("027412345", "027412345"),
    ("02741234", None),  # 8
    ("021 1234 5678", "02112345678"),
    ("021123456789", "021123456789"),  # 12
    ("0211234567890", None),  # 13
    ("0012345678", None),  # 00: an international prefix, not a number
    ("+65 9123 4567", None),  # a Singapore number
    ("nomor saya", None),
])
def test_indonesian_phone_numbers(raw: str, expected: str | None) -> None:
    assert normalise_phone(raw) == expected
    value, issues = phone_value(raw)
    assert value == (expected or "")
    assert [i.code for i in issues] == ([] if expected else ["phone_invalid"])


def test_phone_from_a_number_cell_and_empty() -> None:
    assert phone_value(81234567890) == ("081234567890", [])
    assert phone_value(81234567890.0) == ("081234567890", [])
    assert phone_value(12345678901234567890)[1]  # 20 digits
    assert phone_value(None) == ("", []) and phone_value("  ") == ("", [])


# --- e-mail -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "ok"), [
    ("ayu@contoh.go.id", True), ("nur'aini@contoh.go.id", True), ("ayu+humas@contoh.go.id", True),
    ("a..b@x", False), ("a..b@contoh.go.id", False), ("ayu@contoh", False), (".ayu@contoh.go.id", False),
    ("ayu.@contoh.go.id", False), ("ayu@@contoh.go.id", False), ("ayu@contoh..go.id", False),
    ("ayu contoh@contoh.go.id", False), ("", True),
])
def test_email_by_the_rfc_rules(raw: str, ok: bool) -> None:
    assert (check_email(raw) == []) is ok


# --- dates ------------------------------------------------------------------------------------

def test_a_two_digit_year_padded_with_zeros_is_not_the_year_90() -> None:
    assert parse_date_text("17/08/1990") == date(1990, 8, 17)
    assert parse_date_text("17/08/0090") is None
    assert parse_date_text("0090-08-17") is None
    assert parse_date_text("17 Agustus 0090") is None
    assert parse_date_text("17/08/90") is None


_EMAIL_CHARS = st.sampled_from(list("abcXYZ019._-+'@!#~ \"()[]é") + ["..", "@@", "go.id", "test",
                                                                     "localhost", "x" * 70])


@given(st.one_of(st.lists(_EMAIL_CHARS, max_size=14).map("".join),
                 st.from_regex(r"[a-z0-9._+'-]{1,12}@[a-z0-9.-]{1,12}\.(id|com|test|local|x)",
                               fullmatch=True)))
def test_email_verdict_is_the_librarys(text: str) -> None:
    """check_email caches the library's domain verdicts; the answer is still the library's."""
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(text.strip(), check_deliverability=False)
        library_ok = True
    except EmailNotValidError:
        library_ok = False
    assert (check_email(text.strip()) == []) is library_ok or not text.strip()


@pytest.mark.parametrize("text", ["ayu@contoh.go.id", "ayu@x.test", "ayu@localhost",
                                  "a" * 65 + "@contoh.go.id", "a@" + "b" * 64 + ".id",
                                  "a@" + ("b" * 60 + ".") * 4 + "id",
                                  "ayu@contoh-.go.id", "ayu@-contoh.go.id", "\"ayu\"@contoh.go.id"])
def test_email_edge_cases_agree_with_the_library(text: str) -> None:
    test_email_verdict_is_the_librarys.hypothesis.inner_test(text)  # type: ignore[attr-defined]


# --- roster cells -------------------------------------------------------------------------------

def test_birth_date_plausible_from_15_to_90_years_on_both_sides() -> None:
    from humas_desktop.domain.roster_rules import plausible_birth_date

    today = date(2026, 12, 7)
    def warned(born: date) -> bool:
        return [i.code for i in plausible_birth_date(born, today)] == ["birth_date_implausible"]
    assert not warned(date(2011, 12, 7))  # 15 today
    assert warned(date(2011, 12, 8))  # 15 tomorrow: 14 today
    assert not warned(date(1935, 12, 8))  # 90 until tomorrow
    assert warned(date(1935, 12, 7))  # 91 today
    assert all(i.severity is Severity.WARNING for i in plausible_birth_date(date(1900, 1, 1), today))


def test_excel_serials_at_the_edges() -> None:
    from humas_desktop.domain.validators import excel_serial_to_date

    assert excel_serial_to_date(1) == date(1900, 1, 1)
    assert excel_serial_to_date(59) == date(1900, 2, 28)
    assert excel_serial_to_date(61) == date(1900, 3, 1)  # after Excel's phantom 29 February 1900
    assert excel_serial_to_date(0) is None and excel_serial_to_date(0.5) is None
    assert excel_serial_to_date(float("nan")) is None
    assert excel_serial_to_date(73050) == date(2099, 12, 31)
    assert excel_serial_to_date(1, date1904=True) == date(1904, 1, 2)
