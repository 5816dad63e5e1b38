"""Results packages as an insider forges them (shared by the merge tests written for mutants)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from humas_desktop.formats.package import package_bytes, read_package
from humas_desktop.services import handout
from humas_desktop.storage.device import Device


def forged_results(package: Path, signer: Device, edit: Callable[[sqlite3.Connection], None],
                   out: Path) -> Path:
    """A real results package with its snapshot changed by ``edit``, the manifest's counts and
    participants made to match (only the merge rules can refuse it), a new package id, signed
    again by ``signer`` (the sender's own, registered laptop key)."""
    contents = read_package(package)
    snap = out.with_suffix(".sqlite")
    snap.write_bytes(contents.snapshot)
    conn = sqlite3.connect(snap, isolation_level=None)
    try:
        edit(conn)
        participants = [str(r[0]) for r in conn.execute("SELECT id FROM participant ORDER BY number")]
    finally:
        conn.close()
    data = snap.read_bytes()
    snap.unlink()
    manifest = dict(contents.manifest)
    manifest["package_id"] = str(uuid.uuid4())
    manifest["counts"] = handout.snapshot_counts(data)
    manifest["ids"] = {**manifest["ids"], "participants": participants}
    out.write_bytes(package_bytes(manifest, data, signer.public_bytes, signer.sign))
    return out


def put_row(conn: sqlite3.Connection, table: str, row: dict[str, object]) -> None:
    """Insert (or replace) ``row`` into ``table`` of a raw snapshot connection."""
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(f"INSERT OR REPLACE INTO {table} ({', '.join(row)}) VALUES "
                 f"({', '.join('?' * len(row))})", list(row.values()))
