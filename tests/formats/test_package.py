"""The package file: every flipped byte, truncation, missing or wrong signature is refused."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.package import (
    COMMENT_LEN,
    package_bytes,
    read_package,
    read_package_bytes,
    write_package,
)
from humas_desktop.storage.device import load_or_create_device

# A flipped size field can also declare a member larger than the caps: refused before inflating.
REFUSED = {"package_damaged", "package_tampered", "package_unsigned", "package_too_large"}


@pytest.fixture
def signed(tmp_path: Path) -> bytes:
    device = load_or_create_device(tmp_path)
    snapshot = b"SQLite format 3\x00" + os.urandom(1500)
    manifest = {"kind": "results", "package_id": "p-1", "event_id": "e-1", "assessor_id": "a-1",
                "ids": {"participants": ["x"]}, "counts": {"participant": 1}}
    return package_bytes(manifest, snapshot, device.public_bytes, device.sign)


def test_round_trip(signed: bytes) -> None:
    contents = read_package_bytes(signed)
    assert contents.package_id == "p-1" and contents.kind == "results"
    assert contents.snapshot.startswith(b"SQLite format 3")


def test_every_flipped_byte_is_refused(signed: bytes) -> None:
    codes = set()
    for i in range(len(signed)):
        damaged = bytearray(signed)
        damaged[i] ^= 0x01
        with pytest.raises(DomainError) as err:
            read_package_bytes(bytes(damaged))
        codes.add(err.value.code)
    assert codes <= REFUSED and "package_tampered" in codes


@pytest.mark.parametrize("keep", [0, 10, 100, 0.5, -1, -COMMENT_LEN, -COMMENT_LEN - 1])
def test_truncated_zip_is_refused(signed: bytes, keep: float) -> None:
    cut = int(len(signed) * keep) if isinstance(keep, float) else keep
    with pytest.raises(DomainError) as err:
        read_package_bytes(signed[:cut])
    assert err.value.code in REFUSED


def test_unsigned_zip_is_refused(signed: bytes) -> None:
    source = zipfile.ZipFile(io.BytesIO(signed))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for name in ("manifest.json", "event.sqlite"):
            out.writestr(name, source.read(name))
    with pytest.raises(DomainError) as err:
        read_package_bytes(buf.getvalue())
    assert err.value.code == "package_unsigned"


def test_resigned_with_another_key_but_claiming_the_first_is_refused(signed: bytes, tmp_path: Path) -> None:
    """A thief re-signs a modified package with their own key yet keeps the original public key."""
    thief_dir = tmp_path / "thief"
    thief_dir.mkdir()
    thief = load_or_create_device(thief_dir)
    original = read_package_bytes(signed)
    forged = package_bytes({**original.manifest, "counts": {"participant": 2}}, original.snapshot,
                           original.public_key, thief.sign)
    with pytest.raises(DomainError) as err:
        read_package_bytes(forged)
    assert err.value.code == "package_tampered"


def test_write_is_atomic_and_verified(signed: bytes, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "hasil.humaspkg"
    write_package(target, signed)
    assert target.read_bytes() == signed
    assert [p.name for p in target.parent.iterdir()] == ["hasil.humaspkg"]
    assert read_package(target).package_id == "p-1"
    with pytest.raises(DomainError) as err:
        read_package(tmp_path / "missing.humaspkg")
    assert err.value.code == "package_missing"
