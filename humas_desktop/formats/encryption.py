"""Passphrase encryption for data that leaves the laptop: scrypt-derived key, AES-256-GCM.

Layout of version 2 (all integers unsigned bytes)::

    b"HDENC\\0" | version=2 | kdf=1 (scrypt) | log2(N) | r | p | salt[16] | nonce[12]
    | check[16] | digest[16] | AES-GCM ciphertext + tag

``check`` is HMAC-SHA256 of the header under a second derived key, so a wrong passphrase
("wrong_passphrase") is told apart from a changed file. ``digest`` is SHA-256 of everything before
it: a flipped byte in the header, salt, nonce or check is "encrypted_tampered" before any key is
derived. The whole prefix is the AES-GCM associated data.

Bounded work: a file may only ask for the scrypt cost this version writes (N <= 2^17, r = 8,
p = 1; about 128 MB and 0.6 s); anything else is refused before key derivation, so a crafted
header cannot make the reader spend gigabytes or tens of seconds. Version 1 files (no digest)
are still read with the same parameter rule.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from humas_desktop.domain.errors import DomainError
from humas_desktop.durable import errno_fault_point

MAGIC = b"HDENC\x00"
VERSION = 2
KDF_SCRYPT = 1
DEFAULT_LOG2_N = 17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
NONCE_BYTES = 12
CHECK_BYTES = 16
DIGEST_BYTES = 16
HEADER_BYTES = len(MAGIC) + 5 + SALT_BYTES + NONCE_BYTES
PREFIX_BYTES = HEADER_BYTES + CHECK_BYTES + DIGEST_BYTES  # version 2: header, check, digest
MIN_PASSPHRASE = 10
# The only cost parameters this version writes (tests may write a lower N to run fast).
_LOG2_N_RANGE = range(10, DEFAULT_LOG2_N + 1)


class EncryptionError(DomainError):
    """Encrypted data cannot be read: not ours, too new, truncated, wrong passphrase, tampered."""


def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    key = Scrypt(salt=salt, length=64, n=2 ** log2_n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return key[:32], key[32:]


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise EncryptionError("passphrase_too_short", min=MIN_PASSPHRASE)


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def _digest(prefix: bytes) -> bytes:
    return hashlib.sha256(prefix).digest()[:DIGEST_BYTES]


def encrypt_bytes(data: bytes, passphrase: str, *, log2_n: int = DEFAULT_LOG2_N) -> bytes:
    """Encrypt ``data``; about 0.6 s of key stretching per call at the default cost."""
    check_passphrase(passphrase)
    if log2_n not in _LOG2_N_RANGE:
        raise ValueError("scrypt cost out of range")
    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    header = MAGIC + bytes([VERSION, KDF_SCRYPT, log2_n, SCRYPT_R, SCRYPT_P]) + salt + nonce
    enc_key, check_key = _derive(passphrase, salt, log2_n, SCRYPT_R, SCRYPT_P)
    check = hmac.new(check_key, header, hashlib.sha256).digest()[:CHECK_BYTES]
    prefix = header + check + _digest(header + check)
    return prefix + AESGCM(enc_key).encrypt(nonce, data, prefix)


def header_problem(blob: bytes) -> str | None:
    """The error code of a header that must not reach key derivation, None if it may.

    Cheap (no key derivation): a reader calls it before asking for a passphrase.
    """
    if not blob.startswith(MAGIC):
        return "encrypted_not_ours"
    if len(blob) < HEADER_BYTES + CHECK_BYTES + 16:
        return "encrypted_truncated"
    version, kdf, log2_n, r, p = blob[len(MAGIC):len(MAGIC) + 5]
    if version > VERSION:
        return "encrypted_too_new"
    if version not in (1, 2) or kdf != KDF_SCRYPT:
        return "encrypted_tampered"
    if log2_n not in _LOG2_N_RANGE or r != SCRYPT_R or p != SCRYPT_P:
        return "encrypted_tampered"
    if version == 2:
        if len(blob) < PREFIX_BYTES + 16:
            return "encrypted_truncated"
        if not hmac.compare_digest(blob[HEADER_BYTES + CHECK_BYTES:PREFIX_BYTES],
                                   _digest(blob[:HEADER_BYTES + CHECK_BYTES])):
            return "encrypted_tampered"
    return None


def decrypt_bytes(blob: bytes, passphrase: str) -> bytes:
    """Plain bytes, or :class:`EncryptionError` with a code a person can act on."""
    problem = header_problem(blob)
    if problem:
        raise EncryptionError(problem)
    version, _kdf, log2_n, r, p = blob[len(MAGIC):len(MAGIC) + 5]
    header = blob[:HEADER_BYTES]
    salt = header[len(MAGIC) + 5:len(MAGIC) + 5 + SALT_BYTES]
    nonce = header[-NONCE_BYTES:]
    check = blob[HEADER_BYTES:HEADER_BYTES + CHECK_BYTES]
    prefix = blob[:PREFIX_BYTES] if version == 2 else header
    body = blob[len(prefix) if version == 2 else HEADER_BYTES + CHECK_BYTES:]
    enc_key, check_key = _derive(passphrase, salt, log2_n, r, p)
    expected = hmac.new(check_key, header, hashlib.sha256).digest()[:CHECK_BYTES]
    if not hmac.compare_digest(check, expected):
        raise EncryptionError("wrong_passphrase")
    try:
        return AESGCM(enc_key).decrypt(nonce, body, prefix)
    except InvalidTag:
        raise EncryptionError("encrypted_tampered") from None


def write_file_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Temp file in the target folder -> fsync -> os.replace -> fsync the folder."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        errno_fault_point(tmp)  # tests: an OS error with a chosen errno (humas_desktop.durable)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # POSIX only; Windows cannot open a folder for fsync
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    from humas_desktop.formats.atomic_file import record_written

    record_written(path)  # a write stopped part-way lists what is complete


def encrypt_file(source: Path, target: Path, passphrase: str, *,
                 log2_n: int = DEFAULT_LOG2_N) -> None:
    write_file_atomic(target, encrypt_bytes(source.read_bytes(), passphrase, log2_n=log2_n))


def decrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Nothing is written unless the whole file decrypts and authenticates."""
    write_file_atomic(target, decrypt_bytes(source.read_bytes(), passphrase))
