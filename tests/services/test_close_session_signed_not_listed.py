"""Close names the signed records missing from the decision list, and why (issue #21's mutation
run: only the GUI tests held it): a participant with a signed FR.AK.02 whose attendance is empty,
and one marked absent, are listed by number in two lists; present ones are in the decision list."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.domain.models import Attendance
from humas_desktop.services.close_session import decision_candidates, signed_not_listed
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo


def test_signed_but_not_present_are_listed_by_number_with_the_reason(data_dir: Path) -> None:
    path = make_demo(data_dir, participants=4, decided=True)
    with open_event(path) as edb:
        people = edb.conn.execute(
            "SELECT p.id, p.number FROM participant p JOIN assessment a ON a.participant_id = p.id "
            "WHERE a.status = 'ditandatangani' ORDER BY p.number").fetchall()
        (empty_id, empty_no), (absent_id, absent_no) = people[0], people[1]
        svc = ScoringService(edb)
        svc.set_attendance(empty_id, None)
        svc.set_attendance(absent_id, Attendance.TIDAK_HADIR)
        assert signed_not_listed(edb) == ([empty_no], [absent_no])
        listed = {c.number for c in decision_candidates(edb)}
    assert empty_no not in listed and absent_no not in listed
    assert {n for _id, n in people[2:]} <= listed
