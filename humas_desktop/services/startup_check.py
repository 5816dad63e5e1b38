"""Start-up check of the last event file, recovery from the newest backup, crash-loop guard."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.progress import Tally
from humas_desktop.services.backups import backup_folder, restore_backup
from humas_desktop.storage import audit, checkpoint, held_journal, queries
from humas_desktop.storage import backup as store
from humas_desktop.storage.backup import BackupInfo
from humas_desktop.storage.db import EventDB, on_read_only_media, set_aside_foreign_wal
from humas_desktop.storage.device import Device
from humas_desktop.storage.header import inspect_header, read_magic
from humas_desktop.storage.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from humas_desktop.services.session import EventSession

CORRUPT_SUFFIX = ".corrupt"
# The refusal (a messages.py code) while a file this laptop never sealed is checked after the
# first paint: the window shows the data, nothing is written until the full check passed.
BEING_CHECKED = "event_being_checked"
MARKER = "startup-in-progress.json"
# Files that are not broken, only not ours to change: kept where they are, never renamed.
NOT_DAMAGED = frozenset({"too_new", "foreign_file", "no_permission", "missing", "not_a_file",
                         "read_only_event", "foreign_wal_set_aside"})


@dataclass(frozen=True, slots=True)
class StartupCheck:
    """Outcome of checking one event file at start-up."""

    path: Path
    ok: bool
    code: str = ""  # a messages.py code when not ok
    context: dict[str, Any] | None = None
    backup: BackupInfo | None = None  # newest verified backup, offered when not ok
    # ok, but the whole chain was not walked (no checkpoint of this laptop): the window must
    # refuse writes until background_check has passed (gui/integrity_watch.py).
    deferred: bool = False
    verified: tuple[int, str] | None = None  # the audit head the full check verified

    @property
    def damaged(self) -> bool:
        return not self.ok and self.code not in NOT_DAMAGED


def _chain_problem(conn: sqlite3.Connection, device: Device | None,
                   defer: bool = False) -> tuple[str, dict[str, Any]] | None:
    """The audit chain at start-up. With this laptop's sealed checkpoint (storage.checkpoint):
    entry ``seq`` must still hold the sealed hash and the entries after it must chain from it,
    the rest is walked after the first paint (:func:`background_check`). Without one: SQLite's
    quick_check and the whole chain, before the window shows."""
    sealed = checkpoint.load(conn, device) if device is not None else None
    if sealed is None and defer:
        return None  # walked after the first paint, with writes refused until then
    if sealed is None:
        if store.quick_check(conn) != "ok":
            return "startup_quick_check", {}
        broken = audit.first_broken_link(conn)
    elif sealed.seq > 0 and audit.hash_at(conn, sealed.seq) != sealed.hash:
        broken = sealed.seq  # the log was rewritten (or cut) below what this laptop verified
    else:
        broken = audit.first_broken_link(conn, after=(sealed.seq, sealed.hash))
    return None if broken is None else ("audit_chain_broken", {"seq": broken})


def _problem(path: Path, device: Device | None = None,
             defer: bool = False) -> tuple[str, dict[str, Any]] | None:
    """First problem of the file, or None. Never writes to the file (a -wal beside it that does
    not belong is renamed, see storage.db.set_aside_foreign_wal)."""
    try:
        _app, version = inspect_header(path)
    except DomainError as exc:
        return exc.code, {k: v for k, v in exc.context.items() if k != "path"}
    if version > SCHEMA_VERSION:
        return "too_new", {"version": version, "supported": SCHEMA_VERSION}
    if on_read_only_media(path):
        return "read_only_event", {}  # not damaged: it must be copied to the laptop first
    # The app opens the file for writing next: a -wal that does not belong is set aside now.
    try:
        moved = set_aside_foreign_wal(path)
    except DomainError as exc:
        return exc.code, {}
    if moved is not None:
        return "foreign_wal_set_aside", {"moved": moved.name}
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return "damaged", {}
    try:
        if queries.table_exists(conn, "audit"):
            # A file that needs migrating is walked first: the migration writes to it.
            found = _chain_problem(conn, device, defer and version == SCHEMA_VERSION)
            if found is not None:
                return found
        elif store.quick_check(conn) != "ok":
            return "startup_quick_check", {}
        queries.event_row_count(conn)
    except sqlite3.Error:
        return "damaged", {}
    finally:
        conn.close()
    return None


def check_event(path: Path, base: Path | None = None, device: Device | None = None,
                defer_unsealed: bool = False) -> StartupCheck:
    """quick_check + audit chain; on a problem, find the newest verified backup. Never raises.

    With ``device`` (this laptop) and a checkpoint it sealed, only the chain after the checkpoint
    is checked here: the caller must then run :func:`background_check` once the window shows.
    With ``defer_unsealed`` and no such checkpoint (a file from another laptop, a restored
    backup, a file from before checkpoints), only the O(1) checks run here (header, read-only
    media, -wal state, the event row) and the result is ``deferred``: the caller opens the file
    with writes refused (:data:`BEING_CHECKED`) until :func:`background_check` has passed.
    A file that still needs migrating is walked here as before (migrating writes to it).
    """
    try:
        found = _problem(path, device, defer_unsealed)
    except Exception:  # noqa: BLE001 - start-up must end in a message, never a crash
        found = ("damaged", {})
    if found is None:
        return StartupCheck(path, True, deferred=defer_unsealed and not sealed_here(path, device))
    code, context = found
    return _failed(path, base, code, context)


def sealed_here(path_or_conn: Path | sqlite3.Connection, device: Device | None) -> bool:
    """Whether the file holds a valid checkpoint sealed by this laptop (O(1), read-only)."""
    if device is None:
        return False
    if isinstance(path_or_conn, sqlite3.Connection):
        return checkpoint.load(path_or_conn, device) is not None
    try:
        conn = sqlite3.connect(path_or_conn.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return checkpoint.load(conn, device) is not None
    finally:
        conn.close()


@dataclass(frozen=True, slots=True)
class Held:
    """Writes are held while the file is checked (storage.held_journal)."""

    replayed: int  # changes from an earlier session (a crash before its check ended) shown again
    aside: Path | None = None  # a journal that could not be replayed here, kept under this name


def hold_while_checked(session: EventSession, device: Device | None) -> Held | None:
    """Let the window write while the full check of a file this laptop never sealed runs: the
    session's window connection holds every write in one long transaction and a journal in the data
    the file (fsync'd per change), the file takes them only when the check passes
    (:func:`accept_held`); other connections write nothing meanwhile. A journal an earlier
    session left (the app was closed or crashed before its check ended) is replayed first.
    None when writes cannot be held (no device key, the journal cannot be written): the caller
    then refuses writes until the check passed, as before."""
    if device is None:
        return None
    try:
        edb = session.main
    except DomainError:
        return None
    aside: Path | None = None
    try:
        edb.begin_hold()
        journal = None
        if held_journal.exists(edb.path):
            try:
                journal = held_journal.resume(edb.conn, edb.path, device)
            except held_journal.JournalError:
                edb.rollback_hold()
                edb.begin_hold()
                aside = held_journal.set_aside(held_journal.journal_path(edb.path))
        if journal is None:
            journal = held_journal.start(edb.conn, edb.path, device)
    except (OSError, sqlite3.Error):
        edb.rollback_hold()
        return None
    edb.hold_writes(journal)
    session.hold_writes(BEING_CHECKED)
    return Held(journal.replayed, aside)


def accept_held(session: EventSession, device: Device | None, verified: tuple[int, str] | None,
                ) -> None:
    """The full check passed: the file takes the held writes (one commit) and this laptop seals
    the head the check verified (the held writes after it are this laptop's own, walked from
    there at the next start-up)."""
    edb = session.main
    edb.accept_held()
    session.allow_writes(BEING_CHECKED)
    if device is not None and verified is not None:
        checkpoint.store(edb.conn, device, verified[0], verified[1])


def drop_held(session: EventSession) -> Path | None:
    """The full check failed: the file takes none of the held writes; their journal is kept
    aside (returned) for the coordinator to read."""
    session.holding = None
    if not session.is_open:
        return None
    return session.main.drop_held()


def needs_full_check(session: EventSession, device: Device | None) -> bool:
    """Whether the open file must pass the full check before it takes a write: this laptop never
    sealed it, or an earlier session left writes held for it (a crash during that check)."""
    edb = session.main
    return held_journal.exists(edb.path) or not sealed_here(edb.conn, device)


def seal_new(edb: EventDB, device: Device | None) -> bool:
    """Seal a file this laptop has just written in full (a new event, the demo): its whole log
    was made here, so its first open need not wait for a full check. True when sealed."""
    if device is None:
        return False
    seq, head = audit.head(edb.conn)
    return checkpoint.store(edb.conn, device, seq, head)


def _failed(path: Path, base: Path | None, code: str, context: dict[str, Any]) -> StartupCheck:
    newest = None
    with contextlib.suppress(Exception):
        newest = store.newest_verified(backup_folder(path, base), path.stem)
    return StartupCheck(path, False, code, context, newest)


# What the check after the first paint found, as the banner names it (message codes).
_BACKGROUND_CODES = {"event_tampered": "check_tampered", "event_damaged": "check_damaged"}


def background_check(edb: EventDB, device: Device | None, base: Path | None = None,
                     progress: Tally | None = None, seal: bool = True) -> StartupCheck:
    """The full verification, run on a worker connection after the window shows: everything
    ``verify_for_use`` checks (SQLite integrity_check and foreign keys, the whole audit chain,
    the replay of the log against the tables, the signed receipts) in one read snapshot.
    ``progress``: how far it has got, for the window to poll (done == total once passed).

    On success this laptop's checkpoint is sealed at the verified head, so the next start-up
    checks only what was logged after it. On a problem: a failed StartupCheck with the newest
    verified backup to offer; nothing is written. Never raises for a damaged file.
    """
    from humas_desktop.services.integrity import UnverifiedEventError, verify_for_use

    path = edb.path
    try:
        # verify_for_use reads one snapshot itself (SQLite's own checks beside the chain walk on
        # a second core) and returns the head it verified.
        seq, head = verify_for_use(edb, progress)
    except UnverifiedEventError as exc:
        detail = str(exc.context.get("problem", ""))
        seq_broken = None
        if detail == "audit_chain_broken":
            with contextlib.suppress(Exception):
                seq_broken = audit.first_broken_link(edb.conn)
        if seq_broken is not None:
            return _failed(path, base, "audit_chain_broken", {"seq": seq_broken})
        return _failed(path, base, _BACKGROUND_CODES.get(exc.code, "check_damaged"),
                       {"problem": detail})
    except (sqlite3.DatabaseError, UnicodeError, ValueError, TypeError):
        return _failed(path, base, "check_damaged", {"problem": "unreadable"})
    if device is not None and seal:
        # This check's own connection may seal although the window refuses writes until now.
        # (``seal=False`` while the window holds writes: it seals after its commit, accept_held.)
        edb.allow_writes(BEING_CHECKED)
        checkpoint.store(edb.conn, device, seq, head)
    return StartupCheck(path, True, verified=(seq, head))


def recover(check: StartupCheck, base: Path | None = None) -> Path | None:
    """Restore the offered backup in place of the checked file; a damaged file is kept aside as
    ``<name>.corrupt`` (never deleted). Returns the aside path."""
    if check.backup is None:
        raise store.BackupError("no_backup")
    suffix = CORRUPT_SUFFIX if check.damaged else ".before-restore"
    return restore_backup(check.path, check.backup, base, aside_suffix=suffix)


def quarantine(path: Path) -> Path:
    """Keep a damaged file aside as ``<name>.corrupt`` without restoring anything."""
    return store.set_aside(path, CORRUPT_SUFFIX)


def looks_like_event(path: Path) -> bool:
    return read_magic(path)


# --- crash-loop guard -------------------------------------------------------------------------
def begin_startup(base: Path, event_path: Path | None) -> Path | None:
    """Mark that a start-up is under way; returns the event the previous start-up was opening
    if that one never finished (it crashed): the caller must then not open it automatically."""
    marker = base / MARKER
    previous: Path | None = None
    if marker.exists():
        try:
            data = json.loads(marker.read_text(encoding="utf-8"))
            previous = Path(data["event"]) if data.get("event") else base
        except (OSError, ValueError, KeyError, TypeError):
            previous = base
    tmp = marker.with_name(marker.name + ".tmp")
    with contextlib.suppress(OSError):
        tmp.write_text(json.dumps({"event": str(event_path) if event_path else "",
                                   "pid": os.getpid()}), encoding="utf-8")
        os.replace(tmp, marker)
    return previous


def startup_finished(base: Path) -> None:
    """The window is up and the event opened: the next start may open it automatically again."""
    with contextlib.suppress(FileNotFoundError):
        (base / MARKER).unlink()
