"""An update merged from a later results package is logged as exactly the change it makes: the
coordinator's audit log gets one entry per column that changed (old -> new), none for the
columns that stayed the same.

Written for a mutant of services/merge.py that survived: every column of an updated row logged
(old equal to new) - the replay still matched, so no test noticed the noise in the log the LSP
reviews."""

from __future__ import annotations

import json
from pathlib import Path

from humas_desktop.domain.models import Verdict
from humas_desktop.services.assessor_laptop import write_results
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.scoring import ScoringService
from tests.services.laptops import score_and_send, setup_venue


def test_a_changed_verdict_arrives_as_one_audit_entry(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    first = score_and_send(venue, 0)
    with venue.coordinator.open() as edb:
        merge_packages(edb, [first])
        seq = edb.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb, lap.device)
        answer_id, aid, question, verdict = edb.conn.execute(
            "SELECT x.id, x.assessment_id, x.question_id, x.verdict FROM answer x "
            "ORDER BY x.id LIMIT 1").fetchone()
        svc.reopen(aid, "salah klik")
        new = Verdict.BK if verdict == "K" else Verdict.K
        svc.set_verdict(aid, question, new)
        assessor = edb.conn.execute("SELECT name, met_number FROM assessor WHERE id = ?",
                                    (row.id,)).fetchone()
        svc.set_overall(aid, svc.suggested_overall(aid))
        svc.sign_off(aid, assessor[0], assessor[1])
        for old in venue.stick.glob("hasil-*"):
            old.unlink()
        second = write_results(edb, lap.device, venue.stick)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [second])
        assert report.packages[0].status == "applied"
        participant = edb.conn.execute("SELECT participant_id FROM assessment WHERE id = ?",
                                       (aid,)).fetchone()[0]
        assert report.participants("updated") == [participant]  # "1 asesi diperbarui"
        logged = edb.conn.execute(
            "SELECT field, old, new FROM audit WHERE seq > ? AND entity = 'answer' AND entity_id = ?",
            (seq, answer_id)).fetchall()
        assert logged == [("verdict", verdict, new.value)]
        same = edb.conn.execute("SELECT count(*) FROM audit WHERE seq > ? AND old IS new AND "
                                "field NOT IN ('*', '-')", (seq,)).fetchone()[0]
        assert same == 0  # no entry that changes nothing


NOTES = 'Catatan "asesor" \\ baris\nkedua\ttab \x00 nul \x1f · émoji 😀 — selesai'


def test_an_added_row_is_logged_as_exactly_its_values_and_the_merged_file_verifies(tmp_path: Path) -> None:
    """A merged row's log entry (written by SQLite while the snapshot is read) replays to the row
    as stored, whatever its text holds: quotes, backslashes, NUL, tabs, emoji; and check finds
    nothing in the coordinator's file after the merge."""
    from humas_desktop.services.integrity import integrity_findings

    venue = setup_venue(tmp_path, participants=2)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    score_and_send(venue, 0).unlink()
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb, lap.device)
        aid, unit = edb.conn.execute("SELECT assessment_id, unit_id FROM unit_result LIMIT 1").fetchone()
        svc.reopen(aid, "catatan ditambah")
        svc.set_unit_notes(aid, unit, NOTES)
        svc.sign_off(aid, row.name, row.met_number)
        package = write_results(edb, lap.device, venue.stick)
    with venue.coordinator.open() as edb:
        assert merge_packages(edb, [package]).packages[0].status == "applied"
        stored = edb.conn.execute("SELECT id, notes FROM unit_result WHERE assessment_id = ? AND unit_id = ?",
                                  (aid, unit)).fetchone()
        assert stored[1] == NOTES
        logged = edb.conn.execute("SELECT new FROM audit WHERE entity = 'unit_result' AND entity_id = ? "
                                  "AND field = '*'", (stored[0],)).fetchall()
        assert len(logged) == 1 and json.loads(logged[0][0])["notes"] == NOTES
        assert integrity_findings(edb) == []
