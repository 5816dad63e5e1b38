"""A participant handed to another assessor after the hand-out: the first assessor's later
results for them are a listed 'not_owner' conflict, never applied, although the participant's
row in that package derives cleanly from what the coordinator handed out; the rest of the
package merges.

Written for a mutant of services/merge.py that survived (the owner filter of ``view``: every
foreign change in the tests also differed from the coordinator's base, so it was a conflict
for a second reason)."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.domain.models import AssignmentRole
from humas_desktop.services import handout
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.merge import merge_packages
from humas_desktop.storage import repository as repo
from tests.services.laptops import score_and_send, setup_venue


def test_results_for_a_participant_reassigned_after_the_hand_out_are_not_applied(
        tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    first, second = venue.assessor_rows[0], venue.assessor_rows[1]
    with venue.coordinator.open() as edb:
        moved = handout.participants_of(edb, first.id)[0]
        handout.assign_by_hand(edb, moved, second.id, AssignmentRole.PRIMARY)  # after the hand-out
        before = repo.table_rows(edb, "participant", "WHERE id = ?", [moved])
        assert before[0]["attendance"] is None
    results = score_and_send(venue, 0)  # the first assessor still scores (and marks present) all four
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [results])
        [package] = report.packages
        assert package.status == "applied"
        assert repo.table_rows(edb, "participant", "WHERE id = ?", [moved]) == before  # not applied
        assert edb.conn.execute("SELECT count(*) FROM assessment WHERE participant_id = ?",
                                (moved,)).fetchone()[0] == 0
        conflicts = {(c.kind, c.entity, c.entity_id) for c in list_conflicts(edb)}
        assert ("not_owner", "participant", moved) in conflicts
        assert {kind for kind, _, _ in conflicts} == {"not_owner"}
        # The first assessor's other participants arrived, present and signed.
        kept = [p for p in handout.participants_of(edb, first.id)]
        assert kept and all(
            edb.conn.execute("SELECT attendance FROM participant WHERE id = ?", (p,)).fetchone()[0]
            == "hadir" for p in kept)
        assert edb.conn.execute(
            "SELECT count(*) FROM assessment WHERE assessor_id = ? AND status = 'ditandatangani'",
            (first.id,)).fetchone()[0] == len(kept)
