"""An open conflict that a later version settles as an agreement is in the record (issue #21's
mutation run: the log entry of that decision was held by no test). Two co-assessors mark one
participant differently: a conflict. When the first later marks the same as the second, the
open conflict is an agreement now (merged in the other order it would never have been a
conflict), and the audit log says so: who, when, open -> agreed."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.domain.models import Attendance
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.merge import merge_packages
from tests.services.test_merge_agreements import _assessor_sets, _venue


def test_an_open_conflict_settled_by_a_later_equal_version_is_logged_as_agreed(tmp_path: Path) -> None:
    venue, target = _venue(tmp_path, co=1)
    first = _assessor_sets(venue, 0, target, Attendance.HADIR)
    second = _assessor_sets(venue, 1, target, Attendance.TIDAK_HADIR)
    with venue.coordinator.open() as edb:
        merge_packages(edb, [first, second])
        [conflict] = [c for c in list_conflicts(edb) if c.entity_id == target]
        assert conflict.kind == "concurrent"
    later = _assessor_sets(venue, 0, target, Attendance.TIDAK_HADIR)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [later])
        assert report.packages[0].status == "applied"
        assert [c for c in list_conflicts(edb) if c.entity_id == target] == []
        status = edb.conn.execute("SELECT status, resolution FROM merge_conflict WHERE id = ?",
                                  (conflict.id,)).fetchone()
        logged = edb.conn.execute(
            "SELECT field, old, new FROM audit WHERE entity = 'merge_conflict' AND entity_id = ? "
            "ORDER BY seq", (conflict.id,)).fetchall()
        held = edb.conn.execute("SELECT attendance FROM participant WHERE id = ?", (target,)).fetchone()
    assert status[0] != "open"
    assert ("resolution", "open", "agreed") in logged
    assert held == ("tidak_hadir",)
