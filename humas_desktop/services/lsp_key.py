"""The LSP's certificate signing key: create/load (passphrase-protected), public key, revocation list.

The key belongs to the LSP (ISO/IEC 17024: the body decides); it lives on the coordinator's
laptop as a file encrypted with :mod:`humas_desktop.formats.encryption` (scrypt + AES-GCM) and is
never stored in an event file. Verifiers only need the exported public key (PEM).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats import encryption
from humas_desktop.storage.device import fingerprint

KEY_DIR = "lsp"
KEY_FILE = "lsp_signing_key.hdkey"
PUBLIC_FILE = "lsp_public_key.pem"
REVOCATION_FORMAT = "humas-desktop-revocation"
MIN_PASSPHRASE = 12


class LspKeyError(DomainError):
    """The LSP key cannot be created or loaded (exists, missing, wrong passphrase...)."""


def key_dir(base: Path) -> Path:
    path = base / KEY_DIR
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_key_path(base: Path) -> Path:
    return key_dir(base) / KEY_FILE


def default_public_path(base: Path) -> Path:
    return key_dir(base) / PUBLIC_FILE


def create_key(path: Path, passphrase: str, *, log2_n: int = encryption.DEFAULT_LOG2_N
               ) -> Ed25519PrivateKey:
    """A new key written encrypted (owner-only file). Never overwrites an existing key."""
    if path.exists():
        raise LspKeyError("lsp_key_exists", path=path.name)
    if len(passphrase) < MIN_PASSPHRASE:
        raise LspKeyError("lsp_key_weak_passphrase", min=MIN_PASSPHRASE)
    key = Ed25519PrivateKey.generate()
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    encryption.write_file_atomic(path, encryption.encrypt_bytes(der, passphrase, log2_n=log2_n))
    return key


def load_key(path: Path, passphrase: str) -> Ed25519PrivateKey:
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        raise LspKeyError("lsp_key_missing", path=path.name) from None
    try:
        der = encryption.decrypt_bytes(blob, passphrase)
    except encryption.EncryptionError as exc:
        code = "lsp_key_wrong_passphrase" if exc.code in {"wrong_passphrase",
                                                          "encrypted_tampered"} else exc.code
        raise LspKeyError(code) from None
    key = serialization.load_der_private_key(der, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise LspKeyError("lsp_key_not_ed25519")
    return key


def public_pem(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.PEM,
                               serialization.PublicFormat.SubjectPublicKeyInfo)


def export_public(key: Ed25519PrivateKey, path: Path) -> Path:
    encryption.write_file_atomic(path, public_pem(key), mode=0o644)
    return path


def save_public_copy(base: Path, target: Path) -> Path:
    """Copy this laptop's LSP public key to ``target`` (readable by everyone, written atomically)."""
    encryption.write_file_atomic(target, default_public_path(base).read_bytes(), mode=0o644)
    return target


def load_public_key(path: Path) -> Ed25519PublicKey:
    try:
        public = serialization.load_pem_public_key(path.read_bytes())
    except FileNotFoundError:
        raise LspKeyError("public_key_invalid", path=path.name) from None
    except ValueError:
        raise LspKeyError("public_key_invalid", path=path.name) from None
    if not isinstance(public, Ed25519PublicKey):
        raise LspKeyError("public_key_invalid", path=path.name)
    return public


def public_fingerprint(public: Ed25519PublicKey) -> str:
    return fingerprint(public.public_bytes(serialization.Encoding.Raw,
                                           serialization.PublicFormat.Raw))


def make_signer(key: Ed25519PrivateKey) -> Callable[[bytes], bytes]:
    """``sign=`` for the certificate exporter: Ed25519 over the payload body (64 bytes)."""
    return key.sign


# --- revocation list ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RevocationList:
    """A revocation list the verifier checked: its date, its sequence number (only grows: a list
    with a lower number is older, whatever its date) and where it came from."""

    issued: date | None
    numbers: frozenset[str]
    seq: int = 0
    source: str = "file"  # "file" (a signed list) | "registry" (the LSP's database of record)
    where: str = ""  # a name safe to show (file name, registry location without password)

    def __contains__(self, number: object) -> bool:
        return number in self.numbers


def _revocation_body(issued: date, numbers: list[str], seq: int | None) -> bytes:
    """The signed bytes. Version 2 adds ``seq``; a version-1 list (no sequence) still verifies."""
    fields: dict[str, object] = {"format": REVOCATION_FORMAT, "v": 1, "issued": issued.isoformat(),
                                 "numbers": numbers}
    if seq is not None:
        fields.update(v=2, seq=seq)
    return json.dumps(fields, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def make_revocation_list(key: Ed25519PrivateKey, numbers: Iterable[str], issued: date,
                         seq: int = 0) -> str:
    """A signed, self-contained JSON text (certificate numbers, date, sequence number) to hand to
    verifiers. ``seq`` must grow with every change of the list: verifiers refuse a lower one."""
    if seq < 0:
        raise LspKeyError("revocation_malformed")
    ordered = sorted({n.strip() for n in numbers if n.strip()})
    body = _revocation_body(issued, ordered, seq)
    signature = base64.b64encode(key.sign(body)).decode("ascii")
    return json.dumps({"format": REVOCATION_FORMAT, "v": 2, "issued": issued.isoformat(),
                       "seq": seq, "numbers": ordered, "signature": signature},
                      ensure_ascii=False, indent=1)


def revocation_sequence(text: str) -> int:
    """The sequence number a (possibly unverified) list claims; 0 when unreadable. Only used to
    number the next list, never to trust one."""
    try:
        seq = json.loads(text).get("seq", 0)
    except (ValueError, AttributeError):
        return 0
    return seq if isinstance(seq, int) and seq >= 0 else 0


def load_revocation_list(text: str, public: Ed25519PublicKey, where: str = "") -> RevocationList:
    """Verified list, or :class:`LspKeyError` (an unsigned or altered list is never honoured
    silently: it is refused so the verifier knows the list itself is suspect)."""
    try:
        data = json.loads(text)
        if data.get("format") != REVOCATION_FORMAT:
            raise ValueError("format")
        issued = date.fromisoformat(data["issued"])
        numbers = [str(n) for n in data["numbers"]]
        signature = base64.b64decode(data["signature"], validate=True)
        version = data.get("v", 1)
        seq = data["seq"] if version == 2 else None
        if version not in (1, 2) or (seq is not None and (not isinstance(seq, int)
                                                          or isinstance(seq, bool) or seq < 0)):
            raise ValueError("seq")
    except (ValueError, KeyError, TypeError, AttributeError):
        raise LspKeyError("revocation_malformed") from None
    from cryptography.exceptions import InvalidSignature

    try:
        public.verify(signature, _revocation_body(issued, numbers, seq))
    except InvalidSignature:
        raise LspKeyError("revocation_bad_signature") from None
    return RevocationList(issued, frozenset(numbers), seq or 0, "file", where)
