"""App lock passphrase: an Argon2id hash (OWASP settings) and the idle time, kept in the data dir.

The lock protects a screen left open; it does not encrypt files (a short PIN falls to brute force
against a copied hash within hours, so this is no substitute for disk encryption).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from humas_desktop.domain.errors import DomainError
from humas_desktop.paths import APP_LOCK_FILE

if TYPE_CHECKING:
    from argon2 import PasswordHasher

LOCK_FILE = APP_LOCK_FILE
MIN_PASSPHRASE = 6
DEFAULT_IDLE_MINUTES = 5


def _hasher() -> PasswordHasher:
    """OWASP Password Storage Cheat Sheet: Argon2id, m = 19 MiB, t = 2, p = 1 (imported late:
    start-up only reads the config)."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


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
    from humas_desktop.formats.encryption import write_file_atomic

    config = LockConfig(_hasher().hash(passphrase), max(1, idle_minutes))
    write_file_atomic(base / LOCK_FILE, json.dumps(
        {"hash": config.hash, "idle_minutes": config.idle_minutes}).encode("utf-8"))
    return config


def clear(base: Path) -> None:
    (base / LOCK_FILE).unlink(missing_ok=True)


def check(config: LockConfig, passphrase: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(config.hash, passphrase)
    except (VerificationError, InvalidHashError):  # VerifyMismatchError is a VerificationError
        return False
