"""A record the assessor changed and changed back arrives with the values it was handed out
with: it derives from the coordinator's copy, so it is simply taken - no conflict, and no
'agreement' between two laptops is recorded (there was only one line of edits).

Written for a mutant of services/merge.py that survived: ``supersedes`` answering None, so
that every re-sent equal value was recorded as an independent agreement (which later makes
an ordinary change look like a conflict)."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.domain.models import Attendance
from humas_desktop.services.assessor_laptop import open_handout, write_results
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.scoring import ScoringService
from tests.services.laptops import score, setup_venue


def test_a_value_changed_and_changed_back_is_taken_without_any_agreement(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                  coordinator_fingerprint=venue.coordinator.device.fingerprint)
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb, lap.device)
        back, scored = [r[0] for r in edb.conn.execute("SELECT id FROM participant ORDER BY number")]
        svc.set_attendance(back, Attendance.HADIR)
        svc.set_attendance(back, None)  # a slip, put right
        score(svc, svc.open_assessment(scored, row.id, venue.scheme.id), venue.scheme, row, bk=False)
        results = write_results(edb, lap.device, venue.stick)
    with venue.coordinator.open() as edb:
        seq = edb.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
        report = merge_packages(edb, [results])
        assert report.packages[0].status == "applied"
        assert list_conflicts(edb, include_resolved=True) == []
        assert edb.conn.execute("SELECT count(*) FROM audit WHERE seq > ? AND entity = "
                                "'merge_conflict'", (seq,)).fetchone()[0] == 0
        assert edb.conn.execute("SELECT attendance FROM participant WHERE id = ?",
                                (back,)).fetchone()[0] is None
