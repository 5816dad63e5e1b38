"""Merge conflicts waiting for a person: listed with the differing fields only (no names or NIK),
and resolved with a reason, keeping what this laptop holds or taking the incoming version."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.services.package_snapshot import _NATURAL_KEYS
from humas_desktop.storage import audit
from humas_desktop.storage import packages_store as store
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, now_iso

# --- conflicts ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str
    kind: str
    entity: str
    entity_id: str
    participant_id: str
    assessor_id: str
    package_id: str
    local: dict[str, Any] | None
    incoming: dict[str, Any]
    status: str
    resolution: str | None
    reason: str

    def as_dict(self) -> dict[str, Any]:
        # Only ids and the differing fields: no names or NIK in CLI/JSON output.
        diff = sorted(k for k in self.incoming if k not in repo.SYNC_FIELDS
                      and (self.local or {}).get(k) != self.incoming.get(k))
        return {"id": self.id, "kind": self.kind, "entity": self.entity, "entity_id": self.entity_id,
                "participant_id": self.participant_id, "assessor_id": self.assessor_id,
                "package_id": self.package_id, "fields": diff, "status": self.status,
                "resolution": self.resolution, "reason": self.reason}


def list_conflicts(edb: EventDB, include_resolved: bool = False) -> list[Conflict]:
    where = "" if include_resolved else "WHERE status = 'open'"
    return [Conflict(r["id"], r["kind"], r["entity"], r["entity_id"], r["participant_id"] or "",
                     r["assessor_id"], r["package_id"],
                     json.loads(r["local_json"]) if r["local_json"] else None,
                     json.loads(r["incoming_json"]), r["status"], r["resolution"], r["reason"])
            for r in repo.table_rows(edb, "merge_conflict",
                                     f"{where} ORDER BY detected_at, entity, entity_id")]


def resolve_conflict(edb: EventDB, conflict_id: str, take_incoming: bool, reason: str) -> None:
    """A person decides: keep what this laptop has, or take the incoming version. Reason required."""
    if not reason.strip():
        raise DomainError("conflict_needs_reason")
    found = [c for c in list_conflicts(edb, include_resolved=True) if c.id == conflict_id]
    if not found:
        raise DomainError("conflict_missing")
    c = found[0]
    if c.status != "open":
        raise DomainError("conflict_resolved")
    with edb.atomic():
        if take_incoming and c.kind != "two_assessors":
            row = dict(c.incoming)
            held_revision = store.row_revision(edb, c.entity, c.entity_id)
            cols = _NATURAL_KEYS.get(c.entity, ())
            if held_revision is None and cols and store.natural_key_taken(edb, c.entity,
                                                                          {k: row[k] for k in cols}):
                raise DomainError("conflict_key_taken")
            # The chosen version is kept exactly as the sender has it (revision and device
            # included), so the sender's next change of it is an ordinary update from the same
            # device. Bumping the revision here made that next change look concurrent again.
            repo.write_merged_row(edb, c.entity, row, reason=f"konflik: {reason.strip()}")
        resolution = "take_incoming" if take_incoming else "keep_local"
        store.mark_conflict_resolved(edb, conflict_id, resolution=resolution, reason=reason.strip(),
                                     resolved_by=edb.actor, resolved_at=now_iso())
        if take_incoming:
            # The taken version is now the record here: what other laptops agreed on before is
            # behind it. Kept, the agreements stay: the held row may be the sender's own earlier
            # version, which its later edits (derived from the refused one) would otherwise
            # supersede silently; the other laptop's equal version keeps them a conflict.
            store.consume_agreements(edb, c.entity, c.entity_id, resolved_by=edb.actor)
        audit.append(edb.conn, at=now_iso(), actor=edb.actor, device_id=edb.device_id,
                     entity="merge_conflict", entity_id=conflict_id, field="resolution", old="open",
                     new=resolution, reason=reason.strip())


