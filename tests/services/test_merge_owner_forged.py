"""Who may change what, against forged results packages (signed again by the sender's own,
registered laptop key): another assessor's FR.AK.05 boxes or FR.AK.02 record claimed by the
sender is a 'not_owner' conflict and not applied; the sender's own boxes, changed and sent again,
are an update.

Written for mutants of services/merge._PackageMerge.owner that survived (the 'and' of the
report_note and assessment rules turned into 'or', the report_note sender check inverted)."""

from __future__ import annotations

import uuid
from pathlib import Path

from humas_desktop.domain.models import ReportNote
from humas_desktop.services import report_notes
from humas_desktop.services.assessor_laptop import write_results
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from tests.services.forged import forged_results, put_row
from tests.services.laptops import score_and_send, setup_venue


def _conflicts(edb) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return sorted((c.kind, c.entity, c.entity_id) for c in list_conflicts(edb))


def test_fr_ak05_boxes_of_another_assessor_are_not_taken_but_ones_own_update_is(
        tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    sender, other = venue.assessor_rows
    lap = venue.assessors[0]
    score_and_send(venue, 0)
    with lap.open(actor=sender.id) as edb:
        report_notes.save(edb, ReportNote(sender.id, venue.scheme.id, aspects="Rilis pers rapi"))
        [mine] = repo.table_rows(edb, "report_note")
    for old in venue.stick.glob("hasil-*"):
        old.unlink()
    first = score_and_send(venue, 0)
    with venue.coordinator.open() as edb:
        assert merge_packages(edb, [first]).packages[0].status == "applied"
        assert repo.table_rows(edb, "report_note", "WHERE id = ?", [mine["id"]])[0]["aspects"] == \
            "Rilis pers rapi"
    # The sender changes their own boxes and sends again: an update, no conflict.
    with lap.open(actor=sender.id) as edb:
        report_notes.save(edb, ReportNote(sender.id, venue.scheme.id, aspects="Rilis pers rapi, "
                                          "judul kurang tajam", id=str(mine["id"])))
    for old in venue.stick.glob("hasil-*"):
        old.unlink()
    second = score_and_send(venue, 0)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [second])
        assert report.packages[0].status == "applied" and _conflicts(edb) == []
        assert repo.table_rows(edb, "report_note", "WHERE id = ?", [mine["id"]])[0]["aspects"] == \
            "Rilis pers rapi, judul kurang tajam"
    # A forged package adds boxes in the other assessor's name: not taken.
    theirs = {**mine, "id": str(uuid.uuid4()), "assessor_id": other.id, "aspects": "Palsu",
              "revision": 1}
    forged = forged_results(second, lap.device, lambda conn: put_row(conn, "report_note", theirs),
                            tmp_path / "palsu.humaspkg")
    with venue.coordinator.open() as edb:
        merge_packages(edb, [forged])
        assert repo.table_rows(edb, "report_note", "WHERE id = ?", [theirs["id"]]) == []
        assert _conflicts(edb) == [("not_owner", "report_note", theirs["id"])]


def test_another_assessors_record_claimed_by_the_sender_is_not_owner(tmp_path: Path) -> None:
    """The package carries the other assessor's (merged) FR.AK.02 under its own id, rewritten
    with the sender as its assessor and one of the sender's participants."""
    venue = setup_venue(tmp_path, participants=4)
    sender = venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        assert merge_packages(edb, [score_and_send(venue, 1)]).packages[0].status == "applied"
        theirs = repo.table_rows(edb, "assessment", "WHERE assessor_id != ? ORDER BY id",
                                 [sender.id])[0]
        mine = repo.table_rows(edb, "participant", "WHERE id IN (SELECT participant_id FROM "
                               "assignment WHERE assessor_id = ?) ORDER BY number", [sender.id])[0]
    results = score_and_send(venue, 0)
    claimed = {**theirs, "assessor_id": sender.id, "participant_id": mine["id"],
               "revision": int(str(theirs["revision"])) + 1,
               "device_id": venue.assessors[0].device.id, "written_by": sender.id}
    forged = forged_results(results, venue.assessors[0].device,
                            lambda conn: put_row(conn, "assessment", claimed), tmp_path / "p.humaspkg")
    with venue.coordinator.open() as edb:
        merge_packages(edb, [forged])
        assert repo.table_rows(edb, "assessment", "WHERE id = ?", [theirs["id"]]) == [theirs]
        assert ("not_owner", "assessment", theirs["id"]) in _conflicts(edb)


def test_an_answer_of_another_assessors_record_moved_under_the_senders_is_not_owner(
        tmp_path: Path) -> None:
    """The package carries an answer of the other assessor's merged FR.AK.02 under its own id,
    re-parented to one of the sender's own records: the answer held here decides, not owned."""
    venue = setup_venue(tmp_path, participants=4)
    sender = venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        assert merge_packages(edb, [score_and_send(venue, 1)]).packages[0].status == "applied"
        theirs = repo.table_rows(edb, "answer", "WHERE assessment_id IN (SELECT id FROM assessment "
                                 "WHERE assessor_id != ?) ORDER BY id", [sender.id])[0]
    score_and_send(venue, 0).unlink()
    with venue.assessors[0].open(actor=sender.id) as edb:
        own = repo.table_rows(edb, "assessment", "WHERE assessor_id = ? ORDER BY id", [sender.id])[0]
        # Reopened (no current receipt): the forgery must be caught by ownership, not by the
        # receipt check that refuses a signed record changed after sign-off.
        ScoringService(edb, venue.assessors[0].device).reopen(own["id"], "dibuka lagi")
        results = write_results(edb, venue.assessors[0].device, venue.stick)
    moved = {**theirs, "assessment_id": own["id"], "verdict": "BK" if theirs["verdict"] == "K" else "K",
             "revision": int(str(theirs["revision"])) + 1,
             "device_id": venue.assessors[0].device.id, "written_by": sender.id}
    forged = forged_results(results, venue.assessors[0].device,
                            lambda conn: put_row(conn, "answer", moved), tmp_path / "p.humaspkg")
    with venue.coordinator.open() as edb:
        merge_packages(edb, [forged])
        assert repo.table_rows(edb, "answer", "WHERE id = ?", [theirs["id"]]) == [theirs]
        assert ("not_owner", "answer", theirs["id"]) in _conflicts(edb)
