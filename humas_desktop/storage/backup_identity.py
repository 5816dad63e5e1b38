"""Which event a backup belongs to, readable without opening any database.

Beside ``<name>.humasbak`` a small sidecar ``<name>.humasbak.event`` holds JSON with the event's
id (and the backup's name, for a person looking at the folder). Purge finds every copy of an event
by this id wherever it sits in the data folder, and never touches another event's files, whatever
they are called. The sidecar is written atomically (temporary name, fsync, rename); a temporary
name left by a killed process is removed at the next start (``paths.clean_work_dirs``).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from pathlib import Path

IDENTITY_SUFFIX = ".event"
_FORMAT = "humas-backup-identity"
_MAX_BYTES = 4096


def identity_path(backup: Path) -> Path:
    """The sidecar naming a backup's event: ``<backup name>.event``."""
    return backup.with_name(backup.name + IDENTITY_SUFFIX)


def write_identity(backup: Path, event_id: str) -> Path:
    """Write the sidecar of ``backup`` (owner-only, atomic)."""
    target = identity_path(backup)
    tmp = target.with_name(f".{target.name}.p{os.getpid()}.{secrets.token_hex(4)}.tmp")
    data = json.dumps({"format": _FORMAT, "event_id": event_id, "backup": backup.name}).encode("utf-8")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return target


def read_identity(sidecar: Path) -> str | None:
    """The event id a sidecar names; ``None`` for anything that is not one of ours."""
    try:
        if not sidecar.is_file() or sidecar.is_symlink() or sidecar.stat().st_size > _MAX_BYTES:
            return None
        doc = json.loads(sidecar.read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != _FORMAT:
        return None
    event_id = doc.get("event_id")
    return event_id if isinstance(event_id, str) and event_id else None
