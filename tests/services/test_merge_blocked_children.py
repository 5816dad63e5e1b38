"""Conflicts over the rows of an assessment that could not be applied (issue #21's mutation run:
no test sent such rows twice). An insider scores a participant assigned to another assessor: the
assessment and its answers wait as conflicts. The same laptop then corrects one answer and sends
again: its later versions replace the earlier ones, so each record waits once, at its latest
version, and the coordinator decides each thing once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from humas_desktop.domain.models import Verdict
from humas_desktop.services.assessor_laptop import write_results
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from tests.services.laptops import score, score_and_send, setup_venue


def test_a_blocked_assessments_rows_sent_again_wait_once_at_their_latest_version(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    coord, lap, row = venue.coordinator, venue.assessors[0], venue.assessor_rows[0]
    score_and_send(venue, 0)
    with coord.open() as edb:
        theirs = repo.table_rows(edb, "participant", "WHERE id IN (SELECT participant_id FROM assignment "
                                 "WHERE assessor_id = ?)", [venue.assessor_rows[1].id])[0]
        person = repo.get_participant(edb, str(theirs["id"]))
    with lap.open(actor=row.id) as edb:
        repo.insert_participants(edb, [person])
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb, lap.device)
        aid = svc.open_assessment(str(theirs["id"]), row.id, venue.scheme.id)
        score(svc, aid, venue.scheme, row, bk=False)
        (tmp_path / "stick2").mkdir()
        first = write_results(edb, lap.device, tmp_path / "stick2")
        question = edb.conn.execute("SELECT question_id FROM answer WHERE assessment_id = ? "
                                    "ORDER BY question_id LIMIT 1", (aid,)).fetchone()[0]
        signer = edb.conn.execute("SELECT signed_name, signed_met FROM assessment WHERE id = ?",
                                  (aid,)).fetchone()
        svc.reopen(aid, "koreksi")
        svc.set_verdict(aid, question, Verdict.BK)
        svc.sign_off(aid, signer[0], signer[1])
        (tmp_path / "stick3").mkdir()
        second = write_results(edb, lap.device, tmp_path / "stick3")
    with coord.open() as edb:
        merge_packages(edb, [first])
        assert [c for c in list_conflicts(edb) if c.participant_id == theirs["id"]]
        merge_packages(edb, [second])
        waiting = Counter((c.entity, c.entity_id) for c in list_conflicts(edb)
                          if c.participant_id == theirs["id"])
        stored = repo.table_rows(edb, "assessment", "WHERE participant_id = ?", [theirs["id"]])
    assert waiting and max(waiting.values()) == 1, [k for k, n in waiting.items() if n > 1]
    assert stored == []  # still not applied: a person decides
