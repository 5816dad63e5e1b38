"""Rows with personal data that arrive by merge (issue #21's mutation run found no test holding
it): a participant's FR.AK.03 feedback (their comments and signed name) recorded on the
assessor's laptop is merged, its log entry holds those values sealed under this file's key (not
in clear, not under the laptop's key), and the coordinator's file still passes ``check``."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.services import feedback
from humas_desktop.services.assessor_laptop import write_results
from humas_desktop.services.check import check_event_file
from humas_desktop.services.merge import merge_packages
from humas_desktop.storage import repository as repo
from tests.services.laptops import score_and_send, setup_venue


def test_feedback_recorded_on_the_laptop_merges_sealed_and_the_file_verifies(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=2, assessors=1)
    score_and_send(venue, 0)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    names = []
    with lap.open(actor=row.id) as edb:
        count = len(feedback.wording(edb).ak03_statements)
        for person in repo.list_participants(edb):
            aid = edb.conn.execute("SELECT id FROM assessment WHERE participant_id = ?",
                                   (person.id,)).fetchone()[0]
            feedback.record(edb, aid, [True] * count, ["Ruang uji terlalu panas"],
                            signed_name=person.name)
            names.append(person.name)
        package = write_results(edb, lap.device, venue.stick)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [package])
        assert report.packages[0].status == "applied" and report.packages[0].conflicts == 0
        assert len(repo.table_rows(edb, "feedback")) == 2
        logged = [str(r[0]) for r in edb.conn.execute("SELECT new FROM audit WHERE entity = 'feedback'")]
    assert logged and not [n for n in names if any(n in text for text in logged)]
    report_check = check_event_file(venue.coordinator.event_path)
    assert report_check.ok, report_check.problems
