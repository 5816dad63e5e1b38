"""Two assessors who disagree on a shared participant: the conflict the coordinator opens names
the record of the assessor whose package arrived second as the incoming one and the first as
the one held here, each shown whole (verdict, assessor), so 'take incoming' or 'keep' picks
the right FR.AK.02.

Written for mutants of services/merge._PackageMerge.two_assessors that survived: 'mine' and
'others' swapped, and the record's columns dropped instead of the helper column 'assigned'
(the tests checked only that there was one conflict for the participant)."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.services import handout
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.merge import merge_packages
from tests.services.laptops import score_and_send, setup_venue


def test_the_disagreement_shows_both_records_the_right_way_round(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4, co=1)
    first, second = venue.assessor_rows
    with venue.coordinator.open() as edb:
        shared = handout.participants_of(edb, first.id)[0]
        assert shared in handout.participants_of(edb, second.id)
    r1 = score_and_send(venue, 0, bk=frozenset({"none"}))  # all K
    r2 = score_and_send(venue, 1, bk=frozenset({shared}))  # the shared participant BK
    with venue.coordinator.open() as edb:
        merge_packages(edb, [r1, r2])
        [conflict] = list_conflicts(edb)
        theirs = edb.conn.execute("SELECT id FROM assessment WHERE participant_id = ? AND "
                                  "assessor_id = ?", (shared, second.id)).fetchone()[0]
    assert (conflict.kind, conflict.entity, conflict.participant_id) == ("two_assessors", "assessment",
                                                                         shared)
    assert conflict.entity_id == theirs and conflict.assessor_id == second.id
    assert conflict.local is not None
    assert (conflict.incoming["assessor_id"], conflict.incoming["overall_recommendation"]) == (
        second.id, "BK")
    assert (conflict.local["assessor_id"], conflict.local["overall_recommendation"]) == (first.id, "K")
    assert "assigned" not in conflict.incoming and "assigned" not in conflict.local
