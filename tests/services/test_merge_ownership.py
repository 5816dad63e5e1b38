"""Issue 12 (mutants M06, M07, M10): a results package changes only what its sender owns, and a
second row for a natural key already held is a listed conflict, never an IntegrityError.

Every package here is a real one from a test laptop, changed the way an insider (or a stolen,
registered laptop) would change it and signed again with that laptop's own key.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from humas_desktop.domain.models import ReportNote
from humas_desktop.services import report_notes
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.integrity import integrity_findings
from humas_desktop.services.merge import merge_packages
from humas_desktop.storage import repository as repo
from tests.services.laptops import Venue, copy_row, forged_results, score_and_send, setup_venue

TABLES = ("participant", "assessment", "answer", "unit_result", "evidence_item", "signoff", "report_note")


def _tables(venue: Venue) -> dict[str, list[dict[str, object]]]:
    with venue.coordinator.open() as edb:
        return {t: repo.table_rows(edb, t, "ORDER BY id") for t in TABLES}


def _theirs(venue: Venue, index: int) -> dict[str, object]:
    """A participant assigned to assessor ``index`` only."""
    with venue.coordinator.open() as edb:
        return repo.table_rows(edb, "participant", "WHERE id IN (SELECT participant_id FROM assignment "
                               "WHERE assessor_id = ?) ORDER BY number", [venue.assessor_rows[index].id])[0]


def _changed(row: dict[str, object], venue: Venue, index: int, **values: object) -> dict[str, object]:
    """``row`` as the sender's laptop would write it after changing ``values``."""
    return {**row, **values, "revision": int(str(row["revision"])) + 1,
            "device_id": venue.assessors[index].device.id, "written_by": venue.assessor_rows[index].id}


def test_attendance_of_another_assessors_participant_is_a_conflict_not_applied(tmp_path: Path) -> None:
    """M06: assessor 1's package marks assessor 2's participant absent."""
    venue = setup_venue(tmp_path, participants=4)
    sender = venue.assessor_rows[0]
    theirs = _theirs(venue, 1)
    results = score_and_send(venue, 0)
    absent = _changed(theirs, venue, 0, attendance="tidak_hadir")
    forged = forged_results(results, venue.assessors[0].device,
                            lambda conn: copy_row(conn, "participant", absent), tmp_path / "palsu.humaspkg")
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [forged])
        [package] = report.packages
        assert (package.status, package.reason) == ("applied", "")
        assert repo.table_rows(edb, "participant", "WHERE id = ?", [theirs["id"]]) == [theirs]
        conflicts = [(c.kind, c.entity, c.entity_id, c.participant_id, c.assessor_id)
                     for c in list_conflicts(edb)]
        assert conflicts == [("not_owner", "participant", theirs["id"], theirs["id"], sender.id)]
        assert report.participant_numbers("conflicts") == [theirs["number"]]
        # The sender's own results were merged all the same.
        assert len(repo.table_rows(edb, "assessment", "WHERE assessor_id = ?", [sender.id])) == 2
        assert integrity_findings(edb) == []


def test_answers_and_units_of_another_assessors_assessment_are_conflicts_not_applied(tmp_path: Path) -> None:
    """M07: assessor 1's package rewrites verdicts of assessor 2's (merged) assessment and adds one."""
    venue = setup_venue(tmp_path, participants=4)
    sender, other = venue.assessor_rows
    theirs = _theirs(venue, 1)
    with venue.coordinator.open() as edb:
        assert merge_packages(edb, [score_and_send(venue, 1)]).packages[0].status == "applied"
        [assessment] = repo.table_rows(edb, "assessment", "WHERE participant_id = ?", [theirs["id"]])
        where = ("WHERE assessment_id = ? ORDER BY id", [assessment["id"]])
        answer = repo.table_rows(edb, "answer", *where)[0]
        unit = repo.table_rows(edb, "unit_result", *where)[0]
    before = _tables(venue)
    results = score_and_send(venue, 0)
    extra = {"id": str(uuid.uuid4()), "assessment_id": assessment["id"], "unit_id": unit["unit_id"],
             "position": 0, "name": "Bukti tambahan", "valid": 1, "asli": 1, "terkini": 1, "memadai": 1,
             "removed": 0, "created_at": answer["created_at"], "updated_at": answer["updated_at"],
             "revision": 1, "device_id": venue.assessors[0].device.id, "written_by": sender.id}

    def edit(conn: sqlite3.Connection) -> None:
        copy_row(conn, "answer", _changed(answer, venue, 0,
                                          verdict="BK" if answer["verdict"] == "K" else "K"))
        copy_row(conn, "unit_result", _changed(unit, venue, 0,
                                               recommendation="BK" if unit["recommendation"] == "K" else "K"))
        copy_row(conn, "evidence_item", extra)

    forged = forged_results(results, venue.assessors[0].device, edit, tmp_path / "palsu.humaspkg")
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [forged])
        assert report.packages[0].status == "applied"
        conflicts = sorted((c.entity, c.entity_id, c.kind, c.participant_id, c.assessor_id)
                           for c in list_conflicts(edb))
        assert conflicts == sorted([("answer", answer["id"], "not_owner", theirs["id"], sender.id),
                                    ("unit_result", unit["id"], "not_owner", theirs["id"], sender.id),
                                    ("evidence_item", extra["id"], "not_owner", theirs["id"], sender.id)])
        assert theirs["number"] in report.participant_numbers("conflicts")
        assert integrity_findings(edb) == []
    after = _tables(venue)
    for table in ("answer", "unit_result", "evidence_item"):
        # Assessor 2's rows exactly as they were; only assessor 1's own rows were added.
        kept = [r for r in after[table] if r["assessment_id"] == assessment["id"]]
        assert kept == [r for r in before[table] if r["assessment_id"] == assessment["id"]]
    assert other.id != sender.id


def test_a_second_assessment_for_the_same_participant_assessor_and_scheme_is_a_duplicate_key(
        tmp_path: Path) -> None:
    """M10: the same participant x assessor x scheme under a new id, after the first was merged."""
    venue = setup_venue(tmp_path, participants=4)
    sender = venue.assessor_rows[0]
    results = score_and_send(venue, 0)
    with venue.coordinator.open() as edb:
        merge_packages(edb, [results])
        [first, _second] = repo.table_rows(edb, "assessment", "ORDER BY id")
    participant = str(first["participant_id"])
    new_id = str(uuid.uuid4())
    forged = forged_results(results, venue.assessors[0].device, lambda conn: conn.execute(
        "UPDATE assessment SET id = ?, revision = revision + 1 WHERE id = ?", (new_id, first["id"])),
        tmp_path / "palsu.humaspkg")
    before = _tables(venue)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [forged])
        assert (report.packages[0].status, report.packages[0].reason) == ("applied", "")
        conflicts = [(c.kind, c.entity, c.entity_id, c.participant_id, c.assessor_id)
                     for c in list_conflicts(edb)]
        assert conflicts == [("duplicate_key", "assessment", new_id, participant, sender.id)]
        assert report.participants("conflicts") == [participant]
        assert integrity_findings(edb) == []  # the row not applied is not in the table's log either
    assert _tables(venue) == before


def test_a_second_report_note_for_the_same_assessor_and_scheme_is_a_duplicate_key(tmp_path: Path) -> None:
    """The coordinator typed assessor 1's FR.AK.05 boxes; the assessor's own, new row arrives."""
    venue = setup_venue(tmp_path, participants=4)
    sender = venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        report_notes.save(edb, ReportNote(sender.id, venue.scheme.id, aspects="Diketik koordinator"))
    score_and_send(venue, 0)  # opens the hand-out (which carries no note) and scores
    with venue.assessors[0].open(actor=sender.id) as edb:
        report_notes.save(edb, ReportNote(sender.id, venue.scheme.id, aspects="Ditulis asesor"))
        from humas_desktop.services.assessor_laptop import write_results

        results = write_results(edb, venue.assessors[0].device, tmp_path / "usb")
    before = _tables(venue)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [results])
        assert (report.packages[0].status, report.packages[0].reason) == ("applied", "")
        kinds = [(c.kind, c.entity, c.assessor_id) for c in list_conflicts(edb)]
        assert kinds == [("duplicate_key", "report_note", sender.id)]
        assert report_notes.load(edb, sender.id, venue.scheme.id).aspects == "Diketik koordinator"
    assert _tables(venue)["report_note"] == before["report_note"]
