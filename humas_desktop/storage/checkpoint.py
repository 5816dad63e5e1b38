"""A verified audit chain checkpoint, kept in the event file and sealed with this laptop's key.

After a full verification of the file succeeds, the sequence number and hash of the last audit
entry it covered are written to the ``settings`` table (key ``chain_checkpoint:<device id>``)
together with an HMAC made with a key derived from this laptop's private device key
(:meth:`storage.device.Device.mac`). Start-up then only checks that entry ``seq`` still holds that
hash and that the entries after it chain from it; the full walk runs after the first paint.

The checkpoint lives in the same file an attacker could edit, so it proves only what its seal
proves: that *this laptop* verified the chain up to ``seq``. A checkpoint edited or copied from
another laptop has no valid seal here and is ignored (the full walk runs before the window); one
whose sealed hash is no longer at ``seq`` means the log was rewritten. Nothing that makes
documents trusts it: ``services.integrity.verify_for_use`` always walks the whole file.

Why the ``settings`` table and not a new one: it is a key/value table every version of the schema
already has, so no migration, no change to the snapshot schema check (storage/foreign_db.py) and
nothing an older version of the app would stumble on; the package snapshot empties it anyway.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import sqlite3
from dataclasses import dataclass
from reprlib import recursive_repr
from typing import Any

from humas_desktop.storage.device import Device

KEY_PREFIX = "chain_checkpoint:"
PURPOSE = "audit-chain-checkpoint/v1"


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Checkpoint:
    seq: int
    hash: str

    def __init__(self, seq: int, hash: str) -> None:
        _set = object.__setattr__  # frozen: as @dataclass(frozen=True) sets them
        _set(self, "seq", seq)
        _set(self, "hash", hash)

    @recursive_repr()
    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(seq={self.seq!r}, hash={self.hash!r})"

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.seq, self.hash)
        theirs = (other.seq, other.hash)
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self.seq, self.hash))


def _key(device: Device) -> str:
    return KEY_PREFIX + device.id


def _event_id(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT id FROM event").fetchone()
    return "" if row is None else str(row[0])


def _sealed(event_id: str, device_id: str, seq: int, head: str) -> bytes:
    return json.dumps([event_id, device_id, seq, head], separators=(",", ":")).encode("utf-8")


def load(conn: sqlite3.Connection, device: Device) -> Checkpoint | None:
    """This laptop's checkpoint of the file, if present and its seal is valid; else None.

    Never raises for a missing, malformed or forged value (it is simply not used)."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (_key(device),)).fetchone()
        if row is None or not isinstance(row[0], str):
            return None
        data = json.loads(row[0])
        seq, head, mac = data["seq"], data["hash"], data["mac"]
        if type(seq) is not int or seq < 0 or not isinstance(head, str) or not isinstance(mac, str):
            return None
        expected = device.mac(PURPOSE, _sealed(_event_id(conn), device.id, seq, head))
    except (sqlite3.Error, ValueError, KeyError, TypeError, OSError, UnicodeError):
        return None
    if not hmac.compare_digest(expected, mac):
        return None
    return Checkpoint(seq, head)


def store(conn: sqlite3.Connection, device: Device, seq: int, head: str) -> bool:
    """Seal and write the checkpoint (its own short transaction). False when the same one is
    already stored or the file cannot be written now. ``seq`` 0 (an empty log, a new event made
    on this laptop) seals the genesis: start-up then walks the whole (short) chain itself."""
    if seq < 0:
        return False
    if load(conn, device) == Checkpoint(seq, head):
        return False
    value = json.dumps({"seq": seq, "hash": head, "mac": device.mac(
        PURPOSE, _sealed(_event_id(conn), device.id, seq, head))}, separators=(",", ":"))
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) "
                         "DO UPDATE SET value = excluded.value", (_key(device), value))
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error:
        return False
    return True
