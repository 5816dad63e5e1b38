"""Merge conflicts waiting for a person: listed with the differing fields (:func:`describe_conflicts`
says them in the user's words: participant, sender, field label, values as the app shows them),
and resolved with a reason, keeping what this laptop holds or taking the incoming version."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from humas_desktop.domain import dictionary
from humas_desktop.domain.errors import DomainError
from humas_desktop.messages import MESSAGES, message
from humas_desktop.services.package_snapshot import (
    _NATURAL_KEYS,
    COORDINATOR_KEPT,
    with_coordinator_columns,
)
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
        return {"id": self.id, "kind": self.kind, "entity": self.entity, "entity_id": self.entity_id,
                "participant_id": self.participant_id, "assessor_id": self.assessor_id,
                "package_id": self.package_id, "fields": self.fields(), "status": self.status,
                "resolution": self.resolution, "reason": self.reason}

    def fields(self) -> list[str]:
        """The columns in dispute: where the two versions differ, without the sync columns and,
        when both laptops changed what the assessor owns, without the coordinator's own columns
        (those stay as held here whatever is chosen)."""
        kept = COORDINATOR_KEPT.get(self.entity, ()) if self.kind == "concurrent" else ()
        return sorted(k for k in self.incoming if k not in repo.SYNC_FIELDS and k not in kept
                      and (self.local or {}).get(k) != self.incoming.get(k))



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
            if c.kind == "concurrent":
                # Both laptops changed what the assessor owns: taking the incoming version takes
                # that, never the coordinator's own columns (a Kabupaten/Kota filled in here).
                held = repo.table_rows(edb, c.entity, "WHERE id = ?", [c.entity_id])
                row = with_coordinator_columns(c.entity, row, held[0] if held else None)
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




# --- the conflict in the user's words (issue 24) -------------------------------------------

_BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
_FLAGS = frozenset({"valid", "asli", "terkini", "memadai", "removed"})
_CODED = frozenset({"attendance", "verdict", "recommendation", "overall_recommendation", "status",
                    "gender"})


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One column in dispute: its label and both values as the app shows them."""

    column: str
    label: str
    here: str
    incoming: str
    personal: bool


@dataclass(frozen=True, slots=True)
class ConflictView:
    """What the conflict screen and the CLI show of one conflict: who, from whom, what, and what
    each choice does."""

    id: str
    kind: str
    kind_text: str
    what: str
    participant_number: int | None
    participant_name: str
    sender: str
    changes: tuple[FieldChange, ...]
    keep_text: str
    take_text: str

    def as_dict(self, personal: bool = False) -> dict[str, Any]:
        """For the CLI's JSON: personal values (NIK, birth date, address) masked unless asked."""
        def shown(ch: FieldChange, value: str) -> str:
            return message("conflict_value_personal") if ch.personal and not personal else value
        return {"id": self.id, "kind": self.kind, "kind_text": self.kind_text, "what": self.what,
                "participant_number": self.participant_number, "participant_name": self.participant_name,
                "sender": self.sender,
                "changes": [{"field": ch.column, "label": ch.label, "here": shown(ch, ch.here),
                             "incoming": shown(ch, ch.incoming)} for ch in self.changes],
                "keep_local": self.keep_text, "take_incoming": self.take_text}


def field_label(table: str, column: str) -> str:
    for code in (f"field_{table}_{column}", f"field_{column}"):
        if code in MESSAGES:
            return message(code)
    return column


def _date_text(value: str) -> str | None:
    try:
        if len(value) == 10:
            d = date.fromisoformat(value)
            return f"{d.day} {_BULAN[d.month - 1]} {d.year}"
        t = datetime.fromisoformat(value)
    except ValueError:
        return None
    return f"{t.day} {_BULAN[t.month - 1]} {t.year} {t:%H:%M}"


def value_text(column: str, value: Any) -> str:
    """A stored value as the app shows it: "Tidak hadir", not ``tidak_hadir``; "5 Maret 2026",
    not ``2026-03-05``; "Ya"/"Tidak" for a tick; "(kosong)" for nothing."""
    if value is None or value == "":
        return message("conflict_value_empty")
    if column in _FLAGS:
        return message("conflict_value_yes" if value in (1, "1", True) else "conflict_value_no")
    text = str(value)
    if column in _CODED and f"conflict_value_{text}" in MESSAGES:
        return message(f"conflict_value_{text}")
    if column.endswith(("_at", "_date", "_on")):
        shown = _date_text(text)
        if shown is not None:
            return shown
    return text if len(text) <= 80 else text[:79] + "…"


def describe_conflicts(edb: EventDB) -> list[ConflictView]:
    """The open conflicts as a person reads them: participant number and name, the sender's name
    (not a file or key), the fields in dispute by their label, both values as shown in the app,
    and what keeping or taking does."""
    people = {str(r["id"]): (int(r["number"]), str(r["name"] or ""))
              for r in repo.table_rows(edb, "participant")}
    names = {a.id: a.name for a in repo.list_assessors(edb)}
    out: list[ConflictView] = []
    for c in list_conflicts(edb):
        number, name = people.get(c.participant_id, (None, ""))
        sender = names.get(c.assessor_id) or message("conflict_sender_unknown")
        personal = dictionary.personal_columns(c.entity)
        changes = tuple(FieldChange(f, field_label(c.entity, f), value_text(f, (c.local or {}).get(f)),
                                    value_text(f, c.incoming.get(f)), f in personal)
                        for f in c.fields())
        kind = c.kind if f"conflict_kind_{c.kind}" in MESSAGES else "concurrent"
        out.append(ConflictView(
            c.id, c.kind, message(f"conflict_kind_{kind}"),
            message(f"conflict_entity_{c.entity}") if f"conflict_entity_{c.entity}" in MESSAGES else c.entity,
            number, name, sender, changes,
            message(f"conflict_keep_{kind}", sender=sender), message(f"conflict_take_{kind}", sender=sender)))
    return out
