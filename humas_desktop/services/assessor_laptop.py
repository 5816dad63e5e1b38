"""The assessor's laptop: open a hand-out package (after its signer is trusted) as a working copy,
and build and write the signed results package."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import AssessmentStatus
from humas_desktop.formats.atomic_file import write_bytes_atomic
from humas_desktop.formats.package import (
    PACKAGE_SUFFIX,
    PackageContents,
    package_bytes,
    read_package,
    write_package,
)
from humas_desktop.paths import EVENT_SUFFIX, events_dir
from humas_desktop.services import workspace
from humas_desktop.services.events import slug
from humas_desktop.services.handout import (
    NAME_TITLES,
    normal_code,
    pairing_code,
    snapshot_bytes,
    snapshot_counts,
)
from humas_desktop.services.integrity import verify_for_use
from humas_desktop.services.package_snapshot import _check_counts, _event_id, _revisions, _Snapshot
from humas_desktop.storage import audit, trusted_keys
from humas_desktop.storage import packages_store as store
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, now_iso, open_event
from humas_desktop.storage.device import Device, fingerprint

# --- assessor laptop: open a hand-out, send results ----------------------------------------

ROLE_KEY = "package.role"
ASSESSOR_KEY = workspace.ASSESSOR_COPY_KEY  # one owner of the "assessor copy" setting
COORDINATOR_FP_KEY = "package.coordinator_fingerprint"
HANDOUT_KEY = "package.handout_id"
BASE_KEY = "package.base_revisions"


working_actor = workspace.working_actor  # the actor to open an event with (CLI)


@dataclass(frozen=True, slots=True)
class HandoutPreview:
    """What "Buka paket tugas" shows before anything is installed or trusted."""

    signer_fingerprint: str
    event_id: str
    participants: int
    pinned: str | None  # the coordinator fingerprint this laptop trusts for the event, if any

    @property
    def trusted(self) -> bool:
        return self.pinned == self.signer_fingerprint


def preview_handout(base: Path, device: Device, package: Path,
                    passphrase: str | None = None) -> HandoutPreview:
    """Verify the package's signature and destination; nothing is written or pinned."""
    contents = read_package(package, passphrase)
    _check_handout(contents, device)
    event_id = str(contents.manifest["event_id"])
    participants = len((contents.manifest.get("ids") or {}).get("participants", []))
    return HandoutPreview(fingerprint(contents.public_key), event_id, participants,
                          trusted_keys.pinned(base, event_id))


def _check_handout(contents: PackageContents, device: Device) -> None:
    if contents.kind != "handout":
        raise DomainError("package_not_handout")
    if contents.manifest.get("assessor_fingerprint") != device.fingerprint:
        raise DomainError("package_foreign")


def _must_pin(base: Path, event_id: str, sender: str, coordinator_fingerprint: str | None,
              code: str | None) -> bool:
    """Pinned keys: the signer must be the coordinator key this laptop trusts for the event.

    First contact pins the key, but only when the assessor confirmed it: the fingerprint given
    (CLI ``--coordinator-fingerprint``) or the pairing code shown on the coordinator's screen.
    """
    pinned = trusted_keys.pinned(base, event_id)
    if pinned is not None:
        if pinned != sender:
            raise DomainError("package_unknown_key")
        return False
    if coordinator_fingerprint:
        if sender != coordinator_fingerprint.strip().upper().replace(" ", ""):
            raise DomainError("package_unknown_key")
    elif code:
        if normal_code(code) != pairing_code(sender):
            raise DomainError("pairing_code_wrong")
    else:
        raise DomainError("package_not_paired", fingerprint=sender)
    return True  # pinned once the package is installed


def open_handout(base: Path, device: Device, package: Path,
                 coordinator_fingerprint: str | None = None, passphrase: str | None = None,
                 pairing_code: str | None = None) -> Path:
    """Verify a hand-out package and install it as a working event on this laptop.

    Refuses a package made for another laptop, signed by a key this laptop does not trust for
    the event (see :func:`_must_pin`), or for an event this laptop already holds from a
    different hand-out. Opening the same one twice is a no-op.
    """
    contents = read_package(package, passphrase)
    manifest = contents.manifest
    _check_handout(contents, device)
    sender = fingerprint(contents.public_key)
    pin = _must_pin(base, str(manifest["event_id"]), sender, coordinator_fingerprint, pairing_code)
    event_id = str(manifest["event_id"])
    assessor8 = str(manifest["assessor_id"])[:8]
    target = events_dir(base) / f"asesor-{slug(event_id)[:8]}-{assessor8}{EVENT_SUFFIX}"
    if target.exists():
        with open_event(target, read_only=True) as existing:
            if existing.setting(HANDOUT_KEY) == contents.package_id:
                return target
            if existing.setting(COORDINATOR_FP_KEY) != sender:
                raise DomainError("package_unknown_key")
        raise DomainError("package_event_exists")
    with _Snapshot(contents.snapshot, base) as snap:
        _check_counts(snap.conn, manifest)
        if _event_id(snap.conn) != event_id:
            raise DomainError("package_tampered")
        revisions = _revisions(snap.conn)
    tmp = target.with_name(target.name + ".new")
    for stale in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        stale.unlink(missing_ok=True)
    write_bytes_atomic(tmp, contents.snapshot)
    edb = open_event(tmp, device_id=device.id, actor=str(manifest["assessor_id"]))
    try:
        with edb.atomic():
            for key, value in ((ROLE_KEY, "assessor"), (ASSESSOR_KEY, str(manifest["assessor_id"])),
                               (COORDINATOR_FP_KEY, sender), (HANDOUT_KEY, contents.package_id),
                               (BASE_KEY, json.dumps(revisions))):
                edb.set_setting(key, value)
            audit.append(edb.conn, at=now_iso(), actor=edb.actor, device_id=device.id, entity="package",
                         entity_id=contents.package_id, field="opened", old=None,
                         new=contents.file_sha256, reason="hand-out package opened")
        # Installed here from bytes signed by the trusted coordinator key (checked above): sealed,
        # so the working copy's first open is not locked for a full check.
        from humas_desktop.services.startup_check import seal_new

        seal_new(edb, device)
    finally:
        edb.close()
    tmp.replace(target)
    if pin:
        trusted_keys.pin(base, event_id, sender)
    return target


def working_copy_summary(edb: EventDB) -> tuple[str, int] | None:
    """(assessor name, participants) of an assessor's working copy; None on any other file."""
    assessor_id = edb.setting(ASSESSOR_KEY)
    if not assessor_id:
        return None
    names = {a.id: a.name for a in repo.list_assessors(edb)}
    return names.get(assessor_id, assessor_id[:8]), len(store.participant_ids(edb.conn))


def build_results(edb: EventDB, device: Device) -> tuple[str, bytes, dict[str, Any]]:
    """(package id, signed bytes, manifest) of this laptop's results. Needs a signed assessment."""
    if edb.setting(ROLE_KEY) != "assessor":
        raise DomainError("not_assessor_copy")
    assessor_id = edb.setting(ASSESSOR_KEY) or ""
    signed = store.assessment_ids_with_status(edb, assessor_id, AssessmentStatus.DITANDATANGANI.value)
    if not signed:
        raise DomainError("nothing_signed")
    participants = store.participant_ids_by_number(edb)
    others = store.other_assessors_assessment_ids(edb, assessor_id)
    snapshot = snapshot_bytes(edb, participants, hidden_assessments=others, keep_audit=True)
    base_revs: dict[str, list[Any]] = json.loads(edb.setting(BASE_KEY) or "{}")
    package_id = str(uuid.uuid4())
    seq, head_hash = audit.head(edb.conn)
    manifest: dict[str, Any] = {
        "kind": "results", "package_id": package_id, "event_id": _event_id(edb.conn),
        "assessor_id": assessor_id, "device_id": device.id, "sender_fingerprint": device.fingerprint,
        "handout_id": edb.setting(HANDOUT_KEY) or "", "created_at": now_iso(),
        "ids": {"participants": participants, "signed_assessments": signed},
        "counts": snapshot_counts(snapshot), "base": base_revs,
        "audit_head": {"seq": seq, "hash": head_hash},
    }
    return package_id, package_bytes(manifest, snapshot, device.public_bytes, device.sign), manifest


def results_file_name(edb: EventDB, assessor_id: str, package_id: str) -> str:
    """``hasil-wahyuni-lestari-uji-kompetensi-humas-2026-11-23-1a2b3c.humaspkg``: whose results
    and for which event, so the coordinator knows the file on the stick (issue 24). The
    assessor's own name without titles or degrees, the event's short name and first day, and
    the package's first characters (each "Kirim hasil" a new file); never a participant's data."""
    names = {a.id: a.name for a in repo.list_assessors(edb)}
    event = repo.load_event(edb)
    return results_name(names.get(assessor_id, ""), event.name, event.start_date, package_id)


def results_name(assessor_name: str, event_name: str, start: date | None, package_id: str) -> str:
    """The file name of :func:`results_file_name` from its parts (sanitised for any file system:
    lower-case ASCII letters, digits and dashes)."""
    given = assessor_name.split(",")[0]  # degrees after the comma name nobody
    words = [w for w in slug(given, limit=60).split("-") if w and w not in NAME_TITLES]
    who = "-".join(words[:2])[:24].strip("-") or "asesor"
    parts = [f"hasil-{who}", slug(event_name, limit=24).strip("-")]
    if start is not None:
        parts.append(start.isoformat())
    return f"{'-'.join(parts)}-{package_id[:6]}{PACKAGE_SUFFIX}"


def write_results(edb: EventDB, device: Device, out_dir: Path, passphrase: str | None = None) -> Path:
    """"Kirim hasil": write, read back and verify the signed (optionally encrypted) results package."""
    verify_for_use(edb)  # a damaged or tampered file never travels
    package_id, data, manifest = build_results(edb, device)
    path = write_package(out_dir / results_file_name(edb, str(manifest["assessor_id"]), package_id),
                         data, passphrase)
    with edb.atomic():
        audit.append(edb.conn, at=now_iso(), actor=edb.actor, device_id=edb.device_id, entity="package",
                     entity_id=package_id, field="results_written", old=None,
                     new=str(len(manifest["ids"]["signed_assessments"])), reason="Kirim hasil")
    return path


