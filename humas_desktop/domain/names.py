"""How a holder's name is printed on the certificate.

The certificate prints the HOLDER NAME in upper case (domain.md §3.1 item 4), while academic and
religious titles keep their spelling (issue 15: "academic titles keep their spelling"): "M.Si." is a
degree, "M.SI." is not. So the words of the name are upper-cased, and the titles before it
(Dr., Ir., Hj., ...) and the degrees after its first comma (S.Sos., M.I.Kom., Ph.D.) are printed as
typed.
"""

from __future__ import annotations

# Titles written before a name in Indonesian rosters (academic, professional, religious), compared
# without case; anything else before the name is part of the name and is upper-cased.
PREFIX_TITLES = frozenset({
    "dr.", "drs.", "dra.", "drg.", "ir.", "prof.", "apt.", "ns.", "h.", "hj.", "kh.", "hc.",
})


def certificate_name(name: str) -> str:
    """``name`` as the certificate prints it: the name upper case, its titles as typed."""
    head, comma, degrees = " ".join(name.split()).partition(",")
    words = head.split(" ")
    titles: list[str] = []
    while len(words) > 1 and words[0].lower() in PREFIX_TITLES:
        titles.append(words.pop(0))
    printed = " ".join([*titles, *(w.upper() for w in words)])
    return f"{printed}{comma}{degrees}" if comma else printed
