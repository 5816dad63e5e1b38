"""Passphrase encryption of packages: round trip, wrong passphrase and tampering give clear codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.formats import encryption
from humas_desktop.formats.encryption import EncryptionError, decrypt_bytes, encrypt_bytes
from humas_desktop.messages import MESSAGES

FAST = 12
PASS = "kata sandi paket asesor"
DATA = b"PK\x03\x04 paket asesor: NIK 3273010101700001" * 50


def code_of(blob: bytes, passphrase: str = PASS) -> str:
    with pytest.raises(EncryptionError) as err:
        decrypt_bytes(blob, passphrase)
    assert err.value.code in MESSAGES
    return err.value.code


def test_round_trip_at_default_cost_hides_content() -> None:
    blob = encrypt_bytes(DATA, PASS)
    assert blob[len(encryption.MAGIC) + 2] == encryption.DEFAULT_LOG2_N
    body = blob[encryption.HEADER_BYTES:]
    # No readable trace of the plaintext: not the NIK, not the zip's signature at the start, no
    # 8-byte run of it anywhere (a 2-byte b"PK" turns up in random bytes by chance).
    assert b"3273010101700001" not in blob and not body.startswith(b"PK")
    assert not any(DATA[i:i + 8] in body for i in range(0, len(DATA) - 8, 4))
    assert decrypt_bytes(blob, PASS) == DATA
    assert encrypt_bytes(DATA, PASS, log2_n=FAST) != encrypt_bytes(DATA, PASS, log2_n=FAST)


def test_wrong_passphrase() -> None:
    assert code_of(encrypt_bytes(DATA, PASS, log2_n=FAST), PASS + "!") == "wrong_passphrase"


def test_every_tampered_byte_is_refused() -> None:
    blob = encrypt_bytes(DATA, PASS, log2_n=FAST)
    seen = set()
    for i in list(range(len(encryption.MAGIC), encryption.HEADER_BYTES + 20)) + [len(blob) - 1,
                                                                                   len(blob) // 2]:
        changed = bytearray(blob)
        changed[i] ^= 0x04
        seen.add(code_of(bytes(changed)))
    assert seen <= {"wrong_passphrase", "encrypted_tampered", "encrypted_too_new"}
    assert "encrypted_tampered" in seen
    assert code_of(blob[:-1]) == "encrypted_tampered"
    assert code_of(blob[:30]) == "encrypted_truncated"
    assert code_of(b"PK\x03\x04 plain zip") == "encrypted_not_ours"


def test_short_passphrase_refused() -> None:
    with pytest.raises(EncryptionError) as err:
        encrypt_bytes(DATA, "pendek")
    assert err.value.code == "passphrase_too_short"


def test_file_variants_leave_target_untouched_on_failure(tmp_path: Path) -> None:
    src, enc, out = tmp_path / "paket.zip", tmp_path / "paket.zip.hdenc", tmp_path / "back.zip"
    src.write_bytes(DATA)
    encryption.encrypt_file(src, enc, PASS, log2_n=FAST)
    out.write_bytes(b"existing")
    with pytest.raises(EncryptionError):
        encryption.decrypt_file(enc, out, "salah salah salah")
    assert out.read_bytes() == b"existing"
    encryption.decrypt_file(enc, out, PASS)
    assert out.read_bytes() == DATA
    assert sorted(p.name for p in tmp_path.iterdir()) == ["back.zip", "paket.zip", "paket.zip.hdenc"]
