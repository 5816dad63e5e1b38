"""A hostile or damaged encryption header costs nothing and says "rusak atau diubah", never
"frasa sandi salah"; only an authentic header with a failed check is a wrong passphrase."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats import encryption
from humas_desktop.formats.encryption import EncryptionError, decrypt_bytes, encrypt_bytes
from humas_desktop.formats.package import read_package
from humas_desktop.messages import MESSAGES

PASS = "kata sandi paket asesor"
DATA = b"PK\x03\x04 paket asesor " * 200
PARAMS = len(encryption.MAGIC) + 1  # offset of kdf, log2(N), r, p
SALT = len(encryption.MAGIC) + 5


class KdfCalledError(AssertionError):
    pass


@pytest.fixture
def no_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any key derivation fails the test: hostile headers must be refused before it."""
    def spy(*_a: object, **_k: object) -> None:
        raise KdfCalledError("scrypt ran on a header that should have been refused")
    monkeypatch.setattr(encryption, "Scrypt", spy)


def forged(blob: bytes, at: int, values: bytes) -> bytes:
    """What an attacker writes: header bytes changed, any unkeyed digest recomputed to match."""
    out = bytearray(blob)
    out[at:at + len(values)] = values
    digest_bytes = getattr(encryption, "DIGEST_BYTES", 0)
    if digest_bytes and out[len(encryption.MAGIC)] >= 2:
        end = encryption.HEADER_BYTES + encryption.CHECK_BYTES
        out[end:end + digest_bytes] = hashlib.sha256(bytes(out[:end])).digest()[:digest_bytes]
    return bytes(out)


def code_of(blob: bytes, passphrase: str = PASS) -> str:
    with pytest.raises(EncryptionError) as err:
        decrypt_bytes(blob, passphrase)
    assert err.value.code in MESSAGES
    return err.value.code


@pytest.mark.parametrize("params", [
    bytes([1, 20, 16, 4]),  # the largest cost the old reader accepted: 2.1 GB, 20-32 s per file
    bytes([1, 20, 8, 1]), bytes([1, 18, 8, 1]), bytes([1, 17, 16, 1]), bytes([1, 17, 8, 2]),
    bytes([1, 9, 8, 1]), bytes([2, 12, 8, 1]),
])
def test_hostile_scrypt_parameters_are_refused_before_key_derivation(params: bytes, no_kdf: None) -> None:
    blob = forged(encrypt_bytes_fast(), PARAMS, params)
    assert code_of(blob) == "encrypted_tampered"


def encrypt_bytes_fast() -> bytes:
    return _BLOB


_BLOB = encrypt_bytes(DATA, PASS, log2_n=12)


def test_flipped_salt_nonce_check_or_digest_bytes_read_as_damaged_not_wrong_passphrase() -> None:
    end = getattr(encryption, "PREFIX_BYTES", encryption.HEADER_BYTES + encryption.CHECK_BYTES)
    codes = {}
    for i in range(SALT, end):
        changed = bytearray(_BLOB)
        changed[i] ^= 0x01
        codes[i] = code_of(bytes(changed))
    wrong = sorted(i for i, c in codes.items() if c != "encrypted_tampered")
    assert not wrong, f"bytes {wrong} of {SALT}..{end} read as {set(codes[i] for i in wrong)}"
    assert "rusak atau diubah" in MESSAGES["encrypted_tampered"]


def test_only_an_authentic_header_with_another_passphrase_is_a_wrong_passphrase() -> None:
    assert code_of(_BLOB, PASS + "!") == "wrong_passphrase"
    assert decrypt_bytes(_BLOB, PASS) == DATA


def test_a_package_with_a_hostile_header_is_refused_before_asking_for_the_passphrase(
        tmp_path: Path, no_kdf: None) -> None:
    package = tmp_path / "paket.humaspkg"
    package.write_bytes(forged(_BLOB, PARAMS, bytes([1, 20, 16, 4])))
    with pytest.raises(DomainError) as err:
        read_package(package)  # no passphrase given: the header alone decides
    assert err.value.code == "encrypted_tampered"
