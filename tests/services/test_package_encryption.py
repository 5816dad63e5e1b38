"""Packages that leave the laptop can be encrypted with a passphrase; the wrong one gets nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.package import is_encrypted_package, read_package
from humas_desktop.services import handout
from humas_desktop.services.assessor_laptop import open_handout
from humas_desktop.services.merge import merge_packages
from tests.services.laptops import score_and_send, setup_venue


def test_encrypted_handout_and_results_round_trip(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    a1 = venue.assessor_rows[0]
    pkg = venue.handouts[a1.id]
    with venue.coordinator.open() as edb:
        [result] = handout.handout_all(edb, venue.coordinator.device, tmp_path / "stick-enc", [a1.id],
                                       passphrase="kata sandi panjang 2026")
    assert is_encrypted_package(result.path) and not is_encrypted_package(pkg)
    raw = result.path.read_bytes()
    with venue.coordinator.open() as edb:
        nik = edb.conn.execute("SELECT nik FROM participant LIMIT 1").fetchone()[0]
    assert nik.encode() not in raw and b"SQLite format 3" not in raw
    with pytest.raises(DomainError) as needs:
        read_package(result.path)
    assert needs.value.code == "package_needs_passphrase"
    with pytest.raises(DomainError) as wrong:
        read_package(result.path, "salah")
    assert wrong.value.code == "wrong_passphrase"
    assert read_package(result.path, "kata sandi panjang 2026").kind == "handout"
    laptop = venue.assessors[0]
    with pytest.raises(DomainError):
        open_handout(laptop.base, laptop.device, result.path)
    assert open_handout(laptop.base, laptop.device, result.path, passphrase="kata sandi panjang 2026",
                        coordinator_fingerprint=venue.coordinator.device.fingerprint)


def test_merge_refuses_an_encrypted_results_package_without_its_passphrase(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    plain = score_and_send(venue, 0, seed=2)
    from humas_desktop.formats.encryption import encrypt_bytes

    sealed = plain.with_name("hasil-terenkripsi.humaspkg")
    sealed.write_bytes(encrypt_bytes(plain.read_bytes(), "frasa rahasia asesor"))
    with venue.coordinator.open() as edb:
        refused = merge_packages(edb, [sealed]).as_dict()
        assert [r["reason"] for r in refused["rejected"]] == ["package_needs_passphrase"]
        merged = merge_packages(edb, [sealed], passphrase="frasa rahasia asesor").as_dict()
        assert merged["rejected"] == [] and merged["added"] > 0
