"""App lock passphrase: an Argon2id hash (OWASP settings) and the idle time, kept in the data dir.

The lock protects a screen left open; it does not encrypt files (a short PIN falls to brute force
against a copied hash within hours, so this is no substitute for disk encryption).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.encryption import write_file_atomic

LOCK_FILE = "app_lock.json"
MIN_PASSPHRASE = 6
DEFAULT_IDLE_MINUTES = 5
# OWASP Password Storage Cheat Sheet: Argon2id, m = 19 MiB, t = 2, p = 1.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


@dataclass(frozen=True, slots=True)
class LockConfig:
    hash: str
    idle_minutes: int


def load_config(base: Path) -> LockConfig | None:
    path = base / LOCK_FILE
    try:
        data = json.loads(path.read_text("utf-8"))
        return LockConfig(str(data["hash"]), max(1, int(data.get("idle_minutes",
                                                                 DEFAULT_IDLE_MINUTES))))
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        return None


def set_passphrase(base: Path, passphrase: str, idle_minutes: int = DEFAULT_IDLE_MINUTES) -> LockConfig:
    if len(passphrase) < MIN_PASSPHRASE:
        raise DomainError("passphrase_too_short", min=MIN_PASSPHRASE)
    config = LockConfig(_HASHER.hash(passphrase), max(1, idle_minutes))
    write_file_atomic(base / LOCK_FILE, json.dumps(
        {"hash": config.hash, "idle_minutes": config.idle_minutes}).encode("utf-8"))
    return config


def clear(base: Path) -> None:
    (base / LOCK_FILE).unlink(missing_ok=True)


def check(config: LockConfig, passphrase: str) -> bool:
    try:
        return _HASHER.verify(config.hash, passphrase)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
