"""Completeness grid: for each assessor x participant, what is expected, received and signed.

Closing the event must wait while an expected result is missing, unless the coordinator marked
the participant absent or withdrawn with a reason (:func:`missing_expected` is the hook).
"""

from __future__ import annotations

from dataclasses import dataclass

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import AssessmentStatus, new_id
from humas_desktop.storage import audit
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, now_iso

MARKS = ("absent", "withdrawn")


@dataclass(frozen=True, slots=True)
class Cell:
    """One assessor x participant cell of the grid (ids and numbers only; names come from the UI)."""

    assessor_id: str
    participant_id: str
    participant_number: int
    role: str
    received: bool
    signed: bool
    mark: str | None  # absent | withdrawn
    mark_reason: str

    @property
    def expected(self) -> bool:
        return True

    @property
    def missing(self) -> bool:
        return not self.signed and self.mark is None

    @property
    def state(self) -> str:
        if self.mark:
            return self.mark
        if self.signed:
            return "signed"
        return "received" if self.received else "expected"


def grid(edb: EventDB) -> list[Cell]:
    """Every assignment (the expected results) with what has arrived for it."""
    sql = """
    SELECT g.assessor_id, g.participant_id, p.number, g.role,
           x.id IS NOT NULL AS received, coalesce(x.status = ?, 0) AS signed,
           coalesce(m1.status, m2.status) AS mark, coalesce(m1.reason, m2.reason, '') AS reason
    FROM assignment g
    JOIN participant p ON p.id = g.participant_id
    LEFT JOIN assessment x ON x.participant_id = g.participant_id AND x.assessor_id = g.assessor_id
         AND x.status != 'belum_mulai'
    LEFT JOIN completeness_mark m1 ON m1.participant_id = g.participant_id AND m1.assessor_id = g.assessor_id
    LEFT JOIN completeness_mark m2 ON m2.participant_id = g.participant_id AND m2.assessor_id = ''
    ORDER BY g.assessor_id, p.number
    """
    return [Cell(str(r[0]), str(r[1]), int(r[2]), str(r[3]), bool(r[4]), bool(r[5]), r[6], str(r[7]))
            for r in edb.conn.execute(sql, (AssessmentStatus.DITANDATANGANI.value,))]


def missing_expected(edb: EventDB) -> list[Cell]:
    """Expected results that have not arrived signed and are not marked absent/withdrawn.

    ``close_session.close_blockers(edb)`` should refuse to close while this is non-empty.
    """
    return [c for c in grid(edb) if c.missing]


def open_conflict_count(edb: EventDB) -> int:
    """Merge conflicts still waiting for a person (closing should wait for these too)."""
    return int(edb.conn.execute("SELECT count(*) FROM merge_conflict WHERE status = 'open'").fetchone()[0])


def mark(edb: EventDB, participant_id: str, status: str, reason: str, assessor_id: str = "") -> None:
    """Mark a participant absent or withdrawn (for all assessors, or one), with a reason (audited)."""
    if status not in MARKS:
        raise DomainError("bad_mark")
    if not reason.strip():
        raise DomainError("mark_needs_reason")
    repo.get_participant(edb, participant_id)
    with edb.atomic():
        row = edb.conn.execute("SELECT id, status FROM completeness_mark WHERE participant_id = ? "
                               "AND assessor_id = ?", (participant_id, assessor_id)).fetchone()
        at = now_iso()
        if row:
            mark_id = str(row[0])
            edb.conn.execute("UPDATE completeness_mark SET status = ?, reason = ?, updated_at = ?, "
                             "revision = revision + 1, device_id = ?, written_by = ? WHERE id = ?",
                             (status, reason.strip(), at, edb.device_id, edb.actor, mark_id))
            old = row[1]
        else:
            mark_id, old = new_id(), None
            edb.conn.execute("INSERT INTO completeness_mark (id, participant_id, assessor_id, status, "
                             "reason, device_id, written_by) VALUES (?,?,?,?,?,?,?)",
                             (mark_id, participant_id, assessor_id, status, reason.strip(), edb.device_id,
                              edb.actor))
        audit.append(edb.conn, at=at, actor=edb.actor, device_id=edb.device_id, entity="completeness_mark",
                     entity_id=mark_id, field="status", old=old, new=status, reason=reason.strip())


def unmark(edb: EventDB, participant_id: str, reason: str, assessor_id: str = "") -> None:
    if not reason.strip():
        raise DomainError("mark_needs_reason")
    with edb.atomic():
        row = edb.conn.execute("SELECT id, status FROM completeness_mark WHERE participant_id = ? "
                               "AND assessor_id = ?", (participant_id, assessor_id)).fetchone()
        if row is None:
            return
        edb.conn.execute("DELETE FROM completeness_mark WHERE id = ?", (row[0],))
        audit.append(edb.conn, at=now_iso(), actor=edb.actor, device_id=edb.device_id,
                     entity="completeness_mark", entity_id=str(row[0]), field="status", old=row[1],
                     new=None, reason=reason.strip())
