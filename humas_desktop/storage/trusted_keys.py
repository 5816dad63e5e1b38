"""Coordinator keys this laptop trusts, pinned per event (``<data>/trusted_coordinators.json``).

An assessor's laptop opens a hand-out only when it is signed by the coordinator key pinned for its
event. The first contact pins the key, after the assessor confirmed the pairing code the
coordinator's screen (or printed slip) shows. The file holds event ids and fingerprints only.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from pathlib import Path

FILE_NAME = "trusted_coordinators.json"


def _path(base: Path) -> Path:
    return base / FILE_NAME


def load(base: Path) -> dict[str, str]:
    """``event id -> coordinator fingerprint``; an unreadable file trusts nobody."""
    try:
        data = json.loads(_path(base).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}


def pinned(base: Path, event_id: str) -> str | None:
    return load(base).get(event_id)


def pin(base: Path, event_id: str, fingerprint: str) -> None:
    """Trust ``fingerprint`` for ``event_id`` (atomic replace; an existing pin is kept as is)."""
    pins = load(base)
    if pins.get(event_id) == fingerprint:
        return
    pins[event_id] = fingerprint
    target = _path(base)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(pins, fh, indent=1, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
