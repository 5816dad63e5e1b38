"""This installation's identity: a device id and an Ed25519 key pair kept in the data directory."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

DEVICE_FILE = "device.json"
KEY_FILE = "device_key.pem"


class Device:
    """The device id, and its Ed25519 key read from disk when first needed.

    Importing ``cryptography`` costs about 10 ms, which start-up does not need: only signing,
    packages and fingerprints touch the key.
    """

    def __init__(self, device_id: str, key_path: Path,
                 private_key: Ed25519PrivateKey | None = None) -> None:
        self.id = device_id
        self.key_path = key_path
        if private_key is not None:
            self.__dict__["private_key"] = private_key

    @cached_property
    def private_key(self) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        key = serialization.load_pem_private_key(self.key_path.read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("device key is not Ed25519")
        return key

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()

    @property
    def public_bytes(self) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return self.public_key.public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        """Short, human-comparable fingerprint of the public key (SHA-256, 16 hex, grouped)."""
        return fingerprint(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)

    @cached_property
    def _mac_root(self) -> bytes:
        """Secret bytes of this laptop's key (the key file as written, else the raw key)."""
        if self.key_path.is_file():
            return self.key_path.read_bytes()
        from cryptography.hazmat.primitives import serialization

        return self.private_key.private_bytes(serialization.Encoding.Raw,
                                              serialization.PrivateFormat.Raw,
                                              serialization.NoEncryption())

    def mac(self, purpose: str, data: bytes) -> str:
        """HMAC-SHA256 (hex) of ``data`` under a key derived from this laptop's private key for
        ``purpose``: only this laptop can make it, and checking it needs no ``cryptography``
        import (start-up checks the audit chain checkpoint with it)."""
        key = hmac.new(self._mac_root, b"humas-desktop/" + purpose.encode("utf-8"),
                       hashlib.sha256).digest()
        return hmac.new(key, data, hashlib.sha256).hexdigest()


def public_key_from_bytes(raw: bytes) -> Ed25519PublicKey:
    """The Ed25519 public key from its 32 raw bytes (as carried in a package manifest)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    return Ed25519PublicKey.from_public_bytes(raw)


def fingerprint(public_bytes: bytes) -> str:
    digest = hashlib.sha256(public_bytes).hexdigest()[:16].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def load_or_create_device(base: Path) -> Device:
    """The device identity, created on first run. The private key file is owner-only (0600)."""
    base.mkdir(parents=True, exist_ok=True)
    info_path, key_path = base / DEVICE_FILE, base / KEY_FILE
    if info_path.exists() and key_path.exists():
        device_id = json.loads(info_path.read_text("utf-8"))["device_id"]
        return Device(device_id, key_path)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    import uuid  # only when a laptop gets its identity: not at every start (#25)

    device_id = str(uuid.uuid4())
    _write_private(key_path, key.private_bytes(serialization.Encoding.PEM,
                                               serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    _write_private(info_path, json.dumps({"device_id": device_id}).encode("utf-8"))
    return Device(device_id, key_path, key)
