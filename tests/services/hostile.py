"""Hostile packages built from real ones: the snapshot changed by SQL, signed again by any key."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from humas_desktop.formats.package import package_bytes, read_package
from humas_desktop.storage.device import Device

EVIL_TRIGGER = ("CREATE TRIGGER evil AFTER UPDATE OF recommendation ON unit_result "
                "BEGIN UPDATE unit_result SET recommendation = 'BK' WHERE id = new.id; END")


def resigned(package: Path, signer: Device, statements: Sequence[str], out: Path) -> Path:
    """The same package with its snapshot changed by ``statements``, signed again by ``signer``."""
    contents = read_package(package)
    snap = out.with_suffix(".sqlite")
    snap.write_bytes(contents.snapshot)
    conn = sqlite3.connect(snap, isolation_level=None)
    for sql in statements:
        conn.execute(sql)
    conn.close()
    out.write_bytes(package_bytes(contents.manifest, snap.read_bytes(), signer.public_bytes, signer.sign))
    snap.unlink()
    return out
