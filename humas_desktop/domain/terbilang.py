"""Numbers in Indonesian words ("terbilang"), as a berita acara writes its counts."""

from __future__ import annotations

_ONES = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
         "sepuluh", "sebelas")
_SCALES = ((1_000_000_000_000, "triliun"), (1_000_000_000, "miliar"), (1_000_000, "juta"),
           (1_000, "ribu"))


def _below_thousand(n: int) -> str:
    if n < 12:
        return _ONES[n]
    if n < 20:
        return f"{_ONES[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_ONES[tens]} puluh" + (f" {_ONES[rest]}" if rest else "")
    hundreds, rest = divmod(n, 100)
    head = "seratus" if hundreds == 1 else f"{_ONES[hundreds]} ratus"
    return head + (f" {_below_thousand(rest)}" if rest else "")


def terbilang(n: int) -> str:
    """``terbilang(1001)`` -> "seribu satu"; negative numbers get "minus"."""
    if n < 0:
        return f"minus {terbilang(-n)}"
    if n < 1000:
        return _below_thousand(n)
    words: list[str] = []
    for scale, name in _SCALES:
        if n >= scale:
            count, n = divmod(n, scale)
            words.append("seribu" if scale == 1000 and count == 1 else
                         f"{terbilang(count)} {name}")
    if n:
        words.append(_below_thousand(n))
    return " ".join(words)


HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
