"""Rows held back with their assessment are listed, not dropped: when a results package's
FR.AK.02 is in conflict, each of its answers and unit results is in the coordinator's conflict
list too (with the participant and the same kind), so resolving the conflict can bring the
whole record and nothing waits unseen.

Written for a mutant of services/merge.py that survived: the children of a blocked assessment
skipped without being recorded (the tests only checked that they were not applied)."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.services import handout
from humas_desktop.services.assessor_laptop import open_handout, write_results
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.scoring import ScoringService
from tests.services.laptops import score, setup_venue


def test_the_answers_of_an_assessment_in_conflict_are_listed_with_it(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=2)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        target = handout.participants_of(edb, row.id)[0]
        ScoringService(edb).open_assessment(target, row.id, venue.scheme.id)  # the coordinator's own
    lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                  coordinator_fingerprint=venue.coordinator.device.fingerprint)
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb, lap.device)
        aid = svc.open_assessment(target, row.id, venue.scheme.id)
        score(svc, aid, venue.scheme, row, bk=False)
        answers = {r[0] for r in edb.conn.execute("SELECT id FROM answer WHERE assessment_id = ?",
                                                  (aid,))}
        units = {r[0] for r in edb.conn.execute("SELECT id FROM unit_result WHERE assessment_id = ?",
                                                (aid,))}
        results = write_results(edb, lap.device, venue.stick)
    assert answers and units
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [results])
        listed = [c for c in list_conflicts(edb) if c.participant_id == target]
        kinds = {c.kind for c in listed}
        assert kinds == {"duplicate_key"}
        by_table = {t: {c.entity_id for c in listed if c.entity == t} for t in ("answer", "unit_result")}
        assert by_table == {"answer": answers, "unit_result": units}
        assert report.packages[0].conflicts >= 1 + len(answers) + len(units)
        assert report.participants("conflicts") == [target]
        # Each conflict found is in the audit log too (kind, table, row), where the LSP reviews it.
        import json

        detected = [json.loads(r[0]) for r in edb.conn.execute(
            "SELECT new FROM audit WHERE entity = 'merge_conflict' AND field = 'detected'")]
        assert {(d["entity"], d["entity_id"]) for d in detected} >= {
            ("answer", a) for a in answers} | {("unit_result", u) for u in units}
        assert {d["kind"] for d in detected} == {"duplicate_key"}
