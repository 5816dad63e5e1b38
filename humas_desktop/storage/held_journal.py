"""Changes made while a file this laptop never verified is still being checked (#25).

A file this laptop has not sealed (a copy from another laptop, a restored backup, a file from an
older version) is checked in full after the window shows; on a 5,000-participant event that
takes seconds. The assessor can score at once all the same, without the file accepting anything
it has not been proven sound for:

- the window's connection holds one long write transaction (``EventDB.hold_writes``): every
  change of the app goes into it, the window reads it back as usual, and nothing of it reaches
  the file (other connections, the check among them, see the file as it was opened);
- every change is also appended to this journal (``<data>/held/``), and the append is fsync'd
  before the change counts as saved (``✓ Tersimpan``): a crash, a killed app or a power cut loses
  nothing that was shown as saved;
- when the full check passes, the transaction is committed (the file takes the changes only
  now) and the journal is removed; when it fails, the transaction is rolled back, so a file
  found tampered or damaged never took a single write, and the journal is set aside
  (``<journal>.<time>.aside``) where the coordinator can still read what was scored.

After a crash the journal is still there: the next open holds writes again, replays
the journal into the new long transaction (the window shows those scores again), and the full
check decides as above.

Each entry is one committed ``atomic()`` block of the app: the SQL statements SQLite ran, with
their bound values written out (SQLite's own expanded text, through the connection's trace
callback, so no write path is missed), and the audit chain's head after the block. Entries are
chained with an HMAC under this laptop's device key: only this laptop can make a journal that is
replayed, an entry cannot be changed, reordered or dropped from the middle, and a journal is
replayed only onto the same file at the same audit head it was started on.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from humas_desktop.durable import fsync_dir
from humas_desktop.storage import audit
from humas_desktop.storage.device import Device

SUFFIX = ".held.jsonl"
PURPOSE = "held-writes/v1"
# What a journal entry may hold: the statements a write block of the app runs. Anything else
# (ATTACH, PRAGMA, CREATE, a whole ROLLBACK or COMMIT) is not the app's write and is refused.
_ALLOWED = ("INSERT", "UPDATE", "DELETE", "REPLACE", "SAVEPOINT", "RELEASE", "ROLLBACK TO")


class JournalError(Exception):
    """The journal cannot be replayed here (another file, another head, a changed entry)."""


def journal_path(event_path: Path) -> Path:
    """``<data>/held/<digest of the file's path>.held.jsonl``: in the data folder, whatever
    folder the event is in (it holds the changed values, personal ones among them), and named
    by nothing a person could be read from."""
    from humas_desktop.paths import held_dir, running_data_dir

    return held_dir(running_data_dir()) / _name(event_path)


def exists(event_path: Path) -> bool:
    """Whether a journal of held changes waits for this file (O(1), no folder is made)."""
    from humas_desktop.paths import running_data_dir

    return (running_data_dir() / "held" / _name(event_path)).is_file()


def _name(event_path: Path) -> str:
    """The journal's file name: a digest of the event file's resolved path."""
    key = hashlib.sha256(str(Path(event_path).resolve()).encode("utf-8", "surrogatepass"))
    return f"{key.hexdigest()[:32]}{SUFFIX}"


def is_recorded(statement: str) -> bool:
    """Whether a traced statement belongs in the journal: a write, or a savepoint step of a
    nested block (its ROLLBACK TO undoes a failed inner write on replay as it did at first)."""
    head = " ".join(statement[:24].split()).upper()
    if head.startswith("ROLLBACK"):
        return head.startswith("ROLLBACK TO")
    return head.startswith(_ALLOWED)


def _event_id(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT id FROM event").fetchone()
    return "" if row is None else str(row[0])


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Journal:
    """The open journal of one file (see the module text). A plain class: importing this module
    is on the start-up path, where a dataclass costs its generated code."""

    __slots__ = ("device", "entries", "event_id", "head", "last_mac", "path", "replayed", "seq")

    def __init__(self, path: Path, device: Device, event_id: str, seq: int, head: str,
                 last_mac: str) -> None:
        self.path = path
        self.device = device
        self.event_id = event_id
        self.seq = seq  # the audit head the file had when the journal was started
        self.head = head
        self.last_mac = last_mac
        self.entries = 0
        self.replayed = 0  # entries found from an earlier session and replayed into this one

    def append(self, statements: Sequence[str], seq: int, head: str) -> None:
        """Append one block and fsync it (raises OSError when the disk refuses)."""
        body = {"n": self.entries + 1, "sql": list(statements), "seq": seq, "hash": head}
        mac = self.device.mac(PURPOSE, (self.last_mac + _dump(body)).encode("utf-8", "surrogatepass"))
        line = _dump({**body, "mac": mac}) + "\n"
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            data = line.encode("utf-8", "surrogatepass")
            written = 0
            while written < len(data):
                written += os.write(fd, data[written:])
            os.fsync(fd)
        finally:
            os.close(fd)
        self.entries += 1
        self.last_mac = mac

    def remove(self) -> None:
        """The file took the changes (its transaction committed): the journal is done."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        _sync_folder(self.path.parent)

    def set_aside(self) -> Path | None:
        """The file was refused: keep what was scored, under a name nothing replays."""
        return set_aside(self.path)


def files_of_event(base: Path, event_id: str) -> list[Path]:
    """Every journal in ``<base>/held/`` (open or set aside) started on this event: a purge
    shreds them with the event's backups."""
    folder = base / "held"
    if not folder.is_dir():
        return []
    found: list[Path] = []
    for path in sorted(folder.iterdir()):
        if path.is_symlink() or not path.is_file():
            continue
        try:
            with path.open("rb") as handle:
                first = json.loads(handle.readline().decode("utf-8", "surrogatepass"))
        except (OSError, ValueError):
            continue
        if isinstance(first, dict) and first.get("event") == event_id:
            found.append(path)
    return found


def set_aside(path: Path) -> Path | None:
    if not path.is_file():
        return None
    target = path.with_name(f"{path.name}.{time.strftime('%Y%m%d-%H%M%S')}.aside")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{time.strftime('%Y%m%d-%H%M%S')}-{n}.aside")
    os.replace(path, target)
    _sync_folder(path.parent)
    return target


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fsync_dir(folder)


def _write_whole(path: Path, lines: list[str]) -> None:
    """``path`` holds exactly ``lines`` (each ended by a newline), durably: temp file, fsync,
    rename, folder fsync."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, "".join(line + "\n" for line in lines).encode("utf-8", "surrogatepass"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    _sync_folder(path.parent)


def start(conn: sqlite3.Connection, event_path: Path, device: Device) -> Journal:
    """A new journal for the file as it is now (its audit head), written and fsync'd."""
    path = journal_path(event_path)
    seq, head = audit.head(conn)
    event_id = _event_id(conn)
    body = {"v": 1, "event": event_id, "device": device.id, "seq": seq, "hash": head}
    mac = device.mac(PURPOSE, _dump(body).encode("utf-8"))
    _write_whole(path, [_dump({**body, "mac": mac})])
    return Journal(path, device, event_id, seq, head, mac)


def resume(conn: sqlite3.Connection, event_path: Path, device: Device) -> Journal:
    """Open the journal an earlier session left for this file and replay every complete
    entry into ``conn``'s open transaction. Raises JournalError when it does not belong to this
    file at its current head, was not made by this laptop, or an entry was changed; the caller
    rolls back and sets it aside. A last line cut short by a crash was never shown as saved
    and is left out."""
    path = journal_path(event_path)
    try:
        lines = path.read_bytes().decode("utf-8", "surrogatepass").split("\n")
    except (OSError, UnicodeError) as exc:
        raise JournalError("unreadable") from exc
    try:
        first = json.loads(lines[0])
        body = {k: first[k] for k in ("v", "event", "device", "seq", "hash")}
        mac = str(first["mac"])
    except (ValueError, KeyError, TypeError) as exc:
        raise JournalError("header") from exc
    if device.mac(PURPOSE, _dump(body).encode("utf-8")) != mac or body["device"] != device.id:
        raise JournalError("not_ours")
    if body["event"] != _event_id(conn) or [body["seq"], body["hash"]] != list(audit.head(conn)):
        raise JournalError("other_state")
    journal = Journal(path, device, str(body["event"]), int(body["seq"]), str(body["hash"]), mac)
    # Every complete entry ends in a newline; what follows the last one (a line cut short by a
    # crash before its fsync returned) was never shown as saved and is left out.
    complete = lines[1:-1]
    for line in complete:
        try:
            entry = json.loads(line)
            entry_body = {k: entry[k] for k in ("n", "sql", "seq", "hash")}
            entry_mac = str(entry["mac"])
        except (ValueError, KeyError, TypeError) as exc:
            raise JournalError("entry") from exc
        expected = device.mac(PURPOSE, (journal.last_mac + _dump(entry_body)).encode(
            "utf-8", "surrogatepass"))
        if expected != entry_mac or entry_body["n"] != journal.entries + 1:
            raise JournalError("entry")
        statements = entry_body["sql"]
        if not isinstance(statements, list) or not all(
                isinstance(s, str) and is_recorded(s) for s in statements):
            raise JournalError("entry")
        for statement in statements:
            try:
                conn.execute(statement)
            except sqlite3.IntegrityError:
                continue  # it failed the first time too; the block's ROLLBACK TO follows
        if list(audit.head(conn)) != [entry_body["seq"], entry_body["hash"]]:
            raise JournalError("replay_differs")
        journal.entries += 1
        journal.last_mac = entry_mac
    journal.replayed = journal.entries
    if lines[-1]:  # a torn last line: the journal is rewritten without it
        _write_whole(path, [_dump(first), *complete])
    return journal
