"""Completeness grid: for each assessor x participant, what is expected, received and signed.

Closing the event must wait while an expected result is missing, unless the coordinator marked
the participant absent or withdrawn with a reason (:func:`missing_expected` is the hook).
"""

from __future__ import annotations

from dataclasses import dataclass

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import AssessmentStatus, Attendance, new_id
from humas_desktop.storage import queries
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB

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
    """Every assignment (the expected results) with what has arrived for it. A participant the
    attendance list records as absent (an assessor's "Tidak hadir" that came in with the
    results, or the daftar hadir) is absent in the grid too, unless a signed result says
    otherwise."""
    absent = queries.absent_participant_ids(edb)
    cells = [Cell(*r) for r in queries.completeness_grid_rows(edb, AssessmentStatus.DITANDATANGANI.value)]
    return [Cell(c.assessor_id, c.participant_id, c.participant_number, c.role, c.received,
                 c.signed, "absent", c.mark_reason)
            if c.mark is None and not c.signed and c.participant_id in absent else c
            for c in cells]


def missing_expected(edb: EventDB) -> list[Cell]:
    """Expected results that have not arrived signed and are not marked absent/withdrawn.

    ``close_session.close_blockers(edb)`` should refuse to close while this is non-empty.
    """
    return [c for c in grid(edb) if c.missing]


def open_conflict_count(edb: EventDB) -> int:
    """Merge conflicts still waiting for a person (closing should wait for these too)."""
    return queries.open_merge_conflict_count(edb)


def mark(edb: EventDB, participant_id: str, status: str, reason: str, assessor_id: str = "") -> None:
    """Mark a participant absent or withdrawn (for all assessors, or one), with a reason (audited)."""
    if status not in MARKS:
        raise DomainError("bad_mark")
    if not reason.strip():
        raise DomainError("mark_needs_reason")
    repo.get_participant(edb, participant_id)
    with edb.atomic():
        row = queries.find_completeness_mark(edb, participant_id, assessor_id)
        if row:
            repo.audited_update(edb, "completeness_mark", row[0],
                                {"status": status, "reason": reason.strip()}, reason=reason.strip())
        else:
            repo.audited_insert(edb, "completeness_mark", {
                "id": new_id(), "participant_id": participant_id, "assessor_id": assessor_id,
                "status": status, "reason": reason.strip()}, reason=reason.strip())
        _attendance_follows(edb, participant_id, status, reason.strip())


def _attendance_follows(edb: EventDB, participant_id: str, status: str | None, reason: str) -> None:
    """An absence marked here is the participant's attendance (the daftar hadir counts it);
    lifting it clears the attendance this mark set. Withdrawal says nothing about presence."""
    if repo.participant_signed(edb, participant_id):
        return  # signed face to face: present, whatever the grid says
    current = repo.get_participant(edb, participant_id).attendance
    if status == "absent":
        if current is not Attendance.TIDAK_HADIR:
            repo.audited_update(edb, "participant", participant_id,
                                {"attendance": Attendance.TIDAK_HADIR.value}, reason=reason)
    elif status is None and current is Attendance.TIDAK_HADIR:
        repo.audited_update(edb, "participant", participant_id, {"attendance": None},
                            reason=reason)


def unmark(edb: EventDB, participant_id: str, reason: str, assessor_id: str = "") -> None:
    if not reason.strip():
        raise DomainError("mark_needs_reason")
    with edb.atomic():
        row = queries.find_completeness_mark(edb, participant_id, assessor_id)
        if row is None:
            return
        mark_id, old = row
        repo.audited_delete(edb, "completeness_mark", mark_id, reason.strip())
        if old == "absent" and queries.find_completeness_mark(edb, participant_id, "") is None:
            _attendance_follows(edb, participant_id, None, reason.strip())
