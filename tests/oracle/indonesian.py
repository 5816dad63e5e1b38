"""The oracle's own Indonesian: numbers in words, month and day names, dates as documents print them.

Written independently of ``humas_desktop.domain.terbilang`` and ``formats.pdf.layout`` on purpose:
a wrong word there must not be copied into what the tests expect.
"""

from __future__ import annotations

from datetime import date

_ONES = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
         "sepuluh", "sebelas"]
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # date.weekday() order


def words(n: int) -> str:
    """0..999,999 in Indonesian words: 11 "sebelas", 100 "seratus", 1000 "seribu"."""
    assert 0 <= n < 1_000_000
    if n < 12:
        return _ONES[n]
    if n < 20:
        return f"{_ONES[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_ONES[tens]} puluh" + (f" {_ONES[rest]}" if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "seratus" if hundreds == 1 else f"{_ONES[hundreds]} ratus"
        return head + (f" {words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = "seribu" if thousands == 1 else f"{words(thousands)} ribu"
    return head + (f" {words(rest)}" if rest else "")


def counted(n: int, unit: str = "orang") -> str:
    return f"{n} ({words(n)}) {unit}"


def long_date(d: date) -> str:
    """"7 Desember 2026"."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def day_name(d: date) -> str:
    return DAYS[d.weekday()]


def dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"
