"""terbilang(): Indonesian number words as a berita acara writes its counts (issue 15)."""

from __future__ import annotations

from humas_desktop.domain.terbilang import terbilang

_DIGITS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
           "delapan": 8, "sembilan": 9}


def _parse(words: str) -> int:
    """An independent reader of the words back to a number (0..999 999)."""
    total, part = 0, 0
    tokens = words.split()
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == "sepuluh":
            part += 10
        elif t == "sebelas":
            part += 11
        elif t == "seratus":
            part += 100
        elif t == "seribu":
            total += 1000
        elif t in _DIGITS:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            n = _DIGITS[t]
            if nxt == "belas":
                part += 10 + n
                i += 1
            elif nxt == "puluh":
                part += 10 * n
                i += 1
            elif nxt == "ratus":
                part += 100 * n
                i += 1
            else:
                part += n
        elif t == "ribu":
            total += part * 1000
            part = 0
        else:
            raise AssertionError(f"unexpected word {t!r} in {words!r}")
        i += 1
    return total + part


def test_known_values() -> None:
    assert terbilang(0) == "nol"
    assert terbilang(1) == "satu"
    assert terbilang(10) == "sepuluh"
    assert terbilang(11) == "sebelas"
    assert terbilang(12) == "dua belas"
    assert terbilang(19) == "sembilan belas"
    assert terbilang(20) == "dua puluh"
    assert terbilang(21) == "dua puluh satu"
    assert terbilang(100) == "seratus"
    assert terbilang(101) == "seratus satu"
    assert terbilang(111) == "seratus sebelas"
    assert terbilang(230) == "dua ratus tiga puluh"
    assert terbilang(999) == "sembilan ratus sembilan puluh sembilan"
    assert terbilang(1000) == "seribu"
    assert terbilang(1001) == "seribu satu"
    assert terbilang(2500) == "dua ribu lima ratus"
    assert terbilang(1_000_000) == "satu juta"


def test_every_number_to_a_thousand_reads_back_and_is_unique() -> None:
    seen: dict[str, int] = {}
    for n in range(1001):
        words = terbilang(n)
        assert words == words.strip() and "  " not in words
        assert _parse(words) == n, (n, words)
        assert words not in seen, (n, seen.get(words))
        seen[words] = n
        # Indonesian says se-, never "satu ratus"/"satu puluh"/"satu belas"/"satu ribu".
        for wrong in ("satu ratus", "satu puluh", "satu belas", "satu ribu"):
            assert wrong not in words
