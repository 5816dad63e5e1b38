"""Hand-out: assign participants to assessors and write one signed package per assessor.

A package holds the scheme, the event and ONLY that assessor's participants with their rows:
other participants (names, NIK ...) never leave the coordinator's laptop.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import re
import sqlite3
import uuid
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from humas_desktop.domain import dictionary
from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import AssessmentStatus, AssignmentRole
from humas_desktop.domain.progress import Progress, run_to_end
from humas_desktop.formats.atomic_file import write_bytes_atomic
from humas_desktop.formats.package import PACKAGE_SUFFIX, is_encrypted_package, package_bytes, write_package
from humas_desktop.paths import running_data_dir, work_files
from humas_desktop.services.events import slug
from humas_desktop.services.integrity import verify_for_use
from humas_desktop.services.storage_faults import StoppedPartWay, StorageFault, classify
from humas_desktop.storage import audit
from humas_desktop.storage import packages_store as store
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, now_iso
from humas_desktop.storage.device import Device

FINGERPRINT_RE = re.compile(r"^[0-9A-F]{4}(-[0-9A-F]{4}){3}$")

# Rows that travel in packages and are counted in the manifest, parents first (foreign keys):
# the data dictionary's hand-out tables that belong to a participant.
TRAVELLING = tuple(t for t in dictionary.table_names(handout=True) if dictionary.table(t).participant_link)

# Tables whose rows a hand-out carries (minimised to the assessor's participants); every other
# table travels empty (domain/dictionary.py).
KNOWN_TABLES = frozenset(dictionary.table_names(handout=True))

# The audited tables a results package carries back (domain/dictionary.py), parents first.
RESULT_TABLES = tuple(t for t in dictionary.table_names(results=True, audited=True))
_COORDINATOR_COLUMNS = tuple(c.name for c in dictionary.table("participant").columns
                             if c.owner is not dictionary.Owner.ASSESSOR
                             and c.name not in dictionary.SYNC_COLUMNS)
_ASSESSOR_COLUMNS = dictionary.table("participant").names(owner=dictionary.Owner.ASSESSOR)


def coordinator_digest(row: Any) -> str:
    """SHA-256 of a participant row's columns that are not the assessor's (identity, roster)."""
    values = [row.get(c) for c in _COORDINATOR_COLUMNS]
    return hashlib.sha256(json.dumps(values, ensure_ascii=False, default=str).encode("utf-8")).hexdigest()


def assessor_digest(row: Any) -> str:
    """SHA-256 of a participant row's columns the assessor owns (attendance): with the hand-out
    record, what tells the merge whether the coordinator changed them since (issue 24)."""
    values = [row.get(c) for c in _ASSESSOR_COLUMNS]
    return hashlib.sha256(json.dumps(values, ensure_ascii=False, default=str).encode("utf-8")).hexdigest()


def handout_record(snapshot: bytes) -> dict[str, Any]:
    """What a hand-out carried, as the coordinator records it: the (revision, device) of every
    row that may come back in results, and the digests of each participant's coordinator-owned
    and assessor-owned columns."""
    with work_files(running_data_dir(), "pkg-") as tmp:
        path = tmp / "record.sqlite"
        path.write_bytes(snapshot)
        conn = store.open_snapshot_readonly(path)
        try:
            rows = store.row_revisions(conn, RESULT_TABLES)
            people = repo.rows_as_dicts(conn, "SELECT * FROM participant")
            identity = {str(r["id"]): coordinator_digest(r) for r in people}
            assessor = {str(r["id"]): assessor_digest(r) for r in people}
        finally:
            conn.close()
    return {"rows": rows, "identity": identity, "assessor": assessor}


@dataclass(frozen=True, slots=True)
class HandoutResult:
    assessor_id: str
    path: Path
    participants: int
    package_id: str


# --- assignment --------------------------------------------------------------------------

def assign_by_hand(edb: EventDB, participant_id: str, assessor_id: str,
                   role: AssignmentRole = AssignmentRole.PRIMARY) -> None:
    """Make an assessor the primary (or an additional co-) assessor of one participant."""
    _require_assessor(edb, assessor_id)
    repo.get_participant(edb, participant_id)
    if role is AssignmentRole.PRIMARY:
        repo.set_primary_assessor(edb, participant_id, assessor_id)
        return
    if not store.assignment_exists(edb, participant_id, assessor_id):
        repo.assign(edb, participant_id, assessor_id, AssignmentRole.CO)


def assign_balanced(edb: EventDB, assessor_ids: Sequence[str] | None = None) -> dict[str, int]:
    """Give every participant without a primary assessor to the least-loaded assessor.

    Existing assignments are kept; returns the new primary load per assessor.
    """
    ids = list(assessor_ids) if assessor_ids else [a.id for a in repo.list_assessors(edb)]
    if not ids:
        raise DomainError("no_assessors")
    for assessor_id in ids:
        _require_assessor(edb, assessor_id)
    load = {a: 0 for a in ids}
    for assessor_id, n in store.primary_load(edb).items():
        if assessor_id in load:
            load[assessor_id] = n
    free = store.participants_without_primary(edb)
    with edb.atomic():
        for participant_id in free:
            # Ties go to the earlier assessor in the list: the result is reproducible.
            target = min(ids, key=lambda a: (load[a], ids.index(a)))
            repo.assign(edb, participant_id, target)
            load[target] += 1
    return load


def register_device_key(edb: EventDB, assessor_id: str, key_fingerprint: str) -> str:
    """Record the fingerprint of the laptop an assessor works on (``XXXX-XXXX-XXXX-XXXX``)."""
    fp = key_fingerprint.strip().upper().replace(" ", "")
    if not FINGERPRINT_RE.match(fp):
        raise DomainError("bad_fingerprint")
    _require_assessor(edb, assessor_id)
    repo.set_key_fingerprint(edb, assessor_id, fp)
    return fp


def _require_assessor(edb: EventDB, assessor_id: str) -> dict[str, Any]:
    rows = repo.table_rows(edb, "assessor", "WHERE id = ?", [assessor_id])
    if not rows:
        raise DomainError("assessor_missing")
    return rows[0]


def participants_of(edb: EventDB, assessor_id: str) -> list[str]:
    return store.assessor_participant_ids(edb, assessor_id)


# --- snapshots -----------------------------------------------------------------------------

def snapshot_bytes(edb: EventDB, keep_participants: Sequence[str], *, hidden_assessments: Sequence[str] = (),
                   keep_audit: bool = False) -> bytes:
    """A minimised copy of the event file (VACUUM INTO a temp file) as bytes.

    Everything about participants not in ``keep_participants`` is deleted (foreign keys cascade),
    then the copy is vacuumed so no deleted page keeps their data.
    """
    with work_files(running_data_dir(), "pkg-") as tmp:
        target = tmp / "snapshot.sqlite"
        store.vacuum_into(edb, target)
        conn = store.open_snapshot_copy(target)
        try:
            store.minimise_snapshot(conn, keep_participants, hidden_assessments, KNOWN_TABLES, keep_audit)
        finally:
            conn.close()
        return target.read_bytes()


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return store.count_rows(conn, ("scheme", "assessor", *TRAVELLING))


def snapshot_counts(snapshot: bytes) -> dict[str, int]:
    with work_files(running_data_dir(), "pkg-") as tmp:
        path = tmp / "check.sqlite"
        path.write_bytes(snapshot)
        conn = store.open_snapshot_readonly(path)
        try:
            return table_counts(conn)
        finally:
            conn.close()


def _blind_hidden(edb: EventDB, assessor_id: str, participants: Sequence[str]) -> list[str]:
    """Other assessors' assessments of this assessor's participants, unless they signed first."""
    hidden: list[str] = []
    for participant_id in participants:
        rows = store.assessment_statuses(edb, participant_id)
        own_signed = any(r[1] == assessor_id and r[2] == AssessmentStatus.DITANDATANGANI.value for r in rows)
        hidden.extend(str(r[0]) for r in rows if r[1] != assessor_id and not own_signed)
    return hidden


# Crockford's base32: digits and capitals without I, L, O and U, so a code read aloud or typed
# from paper has no look-alikes (a typed O is read as 0, I and L as 1).
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
PAIRING_CODE_CHARS = 16  # 80 bits, shown as four groups of four


def pairing_code(coordinator_fingerprint: str) -> str:
    """The code an assessor types from the slip before trusting a coordinator key
    ("7KQ3-M9XD-2HTV-06RB"): 16 base32 characters derived from the key's fingerprint alone.

    Nothing a package carries besides the signer's key enters it, so a package signed by another
    key passes only if that key's 64-bit fingerprint equals the coordinator's (a second preimage
    of truncated SHA-256, 2^64 tries) or its 80-bit code does (2^80). The old code (8 digits of
    event id + key) let a forger vary the event id and match it in 2^26.6 tries.
    """
    fp = coordinator_fingerprint.strip().upper().replace(" ", "").replace("-", "")
    digest = hashlib.sha256(f"humas-pairing-v2|{fp}".encode()).digest()
    number = int.from_bytes(digest[:10], "big")  # 80 bits
    chars = "".join(_CODE_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(PAIRING_CODE_CHARS)))
    return "-".join(chars[i:i + 4] for i in range(0, PAIRING_CODE_CHARS, 4))


def coordinator_pairing_code(edb: EventDB, device: Device) -> str:
    """The pairing code of this (coordinator) laptop's key, shown and printed for the open event."""
    if store.event_id(edb.conn) is None:
        raise DomainError("event_missing")
    return pairing_code(device.fingerprint)


def normal_code(code: str) -> str:
    """A typed code in the printed form: lower case, spaces and dashes accepted; O read as 0,
    I and L as 1. Anything that is not 16 code characters comes back unchanged (and never matches)."""
    chars = "".join(ch for ch in code.upper() if not ch.isspace() and ch != "-").translate(_CODE_LOOKALIKES)
    if len(chars) != PAIRING_CODE_CHARS or any(ch not in _CODE_ALPHABET for ch in chars):
        return code.strip()
    return "-".join(chars[i:i + 4] for i in range(0, PAIRING_CODE_CHARS, 4))


def pairing_code_matches(code: str, signer_fingerprint: str) -> bool:
    """Whether a typed code is the whole pairing code of the signer's key."""
    return hmac.compare_digest(normal_code(code), pairing_code(signer_fingerprint))


# Academic and religious titles written before an Indonesian name, as slugs.
NAME_TITLES = frozenset({"dr", "drs", "dra", "drg", "ir", "prof", "h", "hj", "kh", "ns", "apt"})


def handout_file_name(number: int, assessor_name: str) -> str:
    """``paket-03-wahyuni.humaspkg``: the assessor's number and a short slug of their first name
    (never participant data), so the coordinator hands the right stick to the right person."""
    # Titles before the name ("Dra.", "Prof. Dr.", "Hj.") and degrees after the comma name nobody.
    given = assessor_name.split(",")[0]
    words = [w for w in slug(given, limit=60).split("-") if w and w not in NAME_TITLES]
    words = words or slug(assessor_name, limit=60).split("-")
    short = next((w for w in words if len(w) > 2), words[0] if words else "asesor")[:16]
    return f"paket-{number:02d}-{short}{PACKAGE_SUFFIX}"


@dataclass(frozen=True, slots=True)
class HandoutPlan:
    """Who gets a package now, and the assessors whose laptop is not registered yet (by name)."""

    ready: list[str]
    missing: list[str]


def plan_handout(edb: EventDB, assessor_ids: Sequence[str] | None = None) -> HandoutPlan:
    """Assessors with participants: ready when their laptop key is registered. Nothing assigned
    at all is an error (there is nothing to hand out)."""
    ids = list(assessor_ids) if assessor_ids else repo.assigned_assessor_ids(edb)
    if not ids:
        raise DomainError("nothing_assigned")
    rows = {a.id: a for a in repo.list_assessors(edb)}
    numbers = store.assessor_numbers(edb)
    ids.sort(key=lambda a: numbers.get(a, 0))  # packages come out in assessor-number order
    ready = [a for a in ids if a in rows and rows[a].key_fingerprint]
    missing = [rows[a].name if a in rows else a[:8] for a in ids if a not in ready]
    if not ready:
        raise DomainError("no_laptop_registered", names=", ".join(missing))
    return HandoutPlan(ready, missing)


def build_handout(edb: EventDB, device: Device, assessor_id: str) -> tuple[str, bytes, int]:
    """(package id, signed package bytes, participant count) for one assessor."""
    assessor = _require_assessor(edb, assessor_id)
    if not assessor["key_fingerprint"]:
        raise DomainError("assessor_key_missing")
    participants = participants_of(edb, assessor_id)
    if not participants:
        raise DomainError("assessor_has_no_participants")
    event_id = store.event_id(edb.conn)
    if event_id is None:
        raise DomainError("event_missing")
    snapshot = snapshot_bytes(edb, participants,
                              hidden_assessments=_blind_hidden(edb, assessor_id, participants))
    seq, head_hash = audit.head(edb.conn)
    package_id = str(uuid.uuid4())
    manifest = {
        "kind": "handout", "package_id": package_id, "event_id": event_id,
        "assessor_id": assessor_id, "assessor_fingerprint": assessor["key_fingerprint"],
        "device_id": device.id, "sender_fingerprint": device.fingerprint, "created_at": now_iso(),
        "ids": {"participants": participants}, "counts": snapshot_counts(snapshot),
        "audit_head": {"seq": seq, "hash": head_hash},
    }
    with edb.atomic():  # the coordinator's own record of what this hand-out carried
        # The audit log's head as handed out: a change made here after it (even one back to the
        # handed-out value) is a change the merge must see (issue 24).
        store.record_handout(edb, package_id, assessor_id, now_iso(),
                             json.dumps({**handout_record(snapshot), "audit_seq": seq}, sort_keys=True))
    return package_id, package_bytes(manifest, snapshot, device.public_bytes, device.sign), len(participants)


def write_handouts(edb: EventDB, device: Device, out_dir: Path, assessor_ids: Sequence[str],
                   passphrase: str | None = None) -> Generator[Progress, None, list[HandoutResult]]:
    """Write one verified (optionally encrypted) package per assessor.

    All or nothing: if the run is cancelled (the generator closed) or fails part-way, the packages
    it already wrote are removed, so a stick never carries a partial hand-out round.
    """
    from humas_desktop.services.workspace import ensure_coordinator_file

    ensure_coordinator_file(edb, "handout")  # an assessor's copy hands nothing out (#24)
    verify_for_use(edb)  # a damaged or tampered file never travels
    results: list[HandoutResult] = []
    total = len(assessor_ids)
    numbers = store.assessor_numbers(edb)
    names = {a.id: a.name for a in repo.list_assessors(edb)}
    try:
        for i, assessor_id in enumerate(assessor_ids):
            package_id, data, n = build_handout(edb, device, assessor_id)
            path = write_package(out_dir / handout_file_name(numbers.get(assessor_id, i + 1),
                                                             names.get(assessor_id, "")), data, passphrase)
            results.append(HandoutResult(assessor_id, path, n, package_id))
            yield Progress(i + 1, total, "package")
    except BaseException as exc:  # GeneratorExit on cancel included
        for written in results:
            with contextlib.suppress(OSError):
                written.path.unlink(missing_ok=True)
        fault = classify(exc, out_dir) if isinstance(exc, OSError) else None
        if fault is not None:  # disk full, stick read-only or pulled: say none is left
            raise HandoutInterrupted(fault, len(results), out_dir) from exc
        raise
    return results


class HandoutInterrupted(StoppedPartWay):  # noqa: N818 - named as users see it
    """An OS error stopped a hand-out round; the packages already written were removed again."""

    def __init__(self, fault: StorageFault, removed: int, out_dir: Path) -> None:
        super().__init__("handout_interrupted", reason=fault.code, removed=removed)
        self.fault = fault
        self.removed = removed
        self.out_dir = out_dir

    def report_lines(self) -> list[str]:
        from humas_desktop.messages import message

        return [message("handout_none_left", count=self.removed, folder=self.out_dir.name)]


def handout_all(edb: EventDB, device: Device, out_dir: Path,
                assessor_ids: Sequence[str] | None = None,
                passphrase: str | None = None) -> list[HandoutResult]:
    """Run :func:`write_handouts` to the end for every ready assessor (CLI and tests)."""
    return handout_round(edb, device, out_dir, assessor_ids, passphrase)[0]


def handout_round(edb: EventDB, device: Device, out_dir: Path,
                  assessor_ids: Sequence[str] | None = None,
                  passphrase: str | None = None) -> tuple[list[HandoutResult], list[str]]:
    """The packages of every assessor whose laptop is registered, and the names of the others."""
    plan = plan_handout(edb, assessor_ids)
    return list(run_to_end(write_handouts(edb, device, out_dir, plan.ready, passphrase))), plan.missing


# --- the printed hand-out slip -------------------------------------------------------------

SLIP_FILE_NAME = "slip-paket.pdf"  # no personal data in the name


def handout_slip(edb: EventDB, device: Device, results: Sequence[HandoutResult]) -> bytes:
    """The hand-out slip PDF for the packages just written: one A4 page per assessor with the
    coordinator fingerprint and pairing code the assessor's laptop asks for. No participant data."""
    from humas_desktop.formats.pdf.handout_slip import SlipData, SlipPage, slip_pdf
    from humas_desktop.formats.pdf.layout import tanggal

    if not results:
        raise DomainError("nothing_assigned")
    event = repo.load_event(edb)
    numbers = store.assessor_numbers(edb)
    assessors = {a.id: a for a in repo.list_assessors(edb)}
    dates = tanggal(event.start_date)
    if event.end_date and event.end_date != event.start_date:
        dates = f"{dates} \u2013 {tanggal(event.end_date)}"
    pages = []
    for r in results:
        assessor = assessors.get(r.assessor_id)
        pages.append(SlipPage(numbers.get(r.assessor_id, 0), assessor.name if assessor else "",
                              assessor.met_number if assessor else "", r.path.name, r.participants,
                              is_encrypted_package(r.path)))
    data = SlipData(event.name, dates, event.lsp_name, event.tuk_name, device.fingerprint,
                    coordinator_pairing_code(edb, device), pages)
    return slip_pdf(data)


def write_handout_slip(edb: EventDB, device: Device, results: Sequence[HandoutResult], target: Path) -> Path:
    """Write the slip to ``target`` (atomically: a half-written PDF never prints)."""
    data = handout_slip(edb, device, results)
    write_bytes_atomic(target, data)
    return target
