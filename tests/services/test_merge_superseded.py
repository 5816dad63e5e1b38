"""What the merge does with a version a later one from the same laptop has replaced.

* A package older than what the coordinator holds (the assessor's later package merged first) is
  counted "older" and records nothing: no conflict, no agreement between two laptops.
* A conflict over an earlier version closes when the same laptop's later version arrives: it is
  resolved ("keep_local" over that version, with the reason) and logged in the audit chain.
* Conflicts over versions that could not be applied (a participant moved to another assessor)
  close when the same versions arrive again and can be applied (the participant moved back).
* A value SQLite cannot write as JSON while reading the snapshot (a BLOB a forged package holds)
  is logged the slower way, with its value.

Written for mutants of services/merge.py that survived the mutation run of stop 19 (merge.py
``_PackageMerge.merge_table``'s "older" test, ``settle``'s same-revision clause, the audit entry of
a closed conflict, and the Python fallback of the logged JSON).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from humas_desktop.domain.models import AssignmentRole, Attendance, ReportNote
from humas_desktop.services import handout, report_notes
from humas_desktop.services.assessor_laptop import open_handout, write_results
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.integrity import integrity_findings
from humas_desktop.services.merge import SUPERSEDED_REASON, merge_packages
from humas_desktop.services.scoring import ScoringService
from tests.services.laptops import Venue, forged_results, score_and_send, setup_venue


def _mark(venue: Venue, index: int, participant: str, value: Attendance | None) -> Path:
    """The assessor sets one participant's attendance and sends results (the earlier package
    stays on the stick under its own name)."""
    lap, row = venue.assessors[index], venue.assessor_rows[index]
    if lap.event_path is None:
        lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                      coordinator_fingerprint=venue.coordinator.device.fingerprint)
    with lap.open(actor=row.id) as edb:
        ScoringService(edb, lap.device).set_attendance(participant, value)
        return write_results(edb, lap.device, venue.stick)


def _agreements(edb: object) -> int:
    return int(edb.conn.execute(  # type: ignore[attr-defined]
        "SELECT count(*) FROM merge_conflict WHERE incoming_hash LIKE 'agreed:%'").fetchone()[0])


def test_an_older_package_merged_after_a_newer_one_is_counted_older_and_records_nothing(
        tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    score_and_send(venue, 0).rename(tmp_path / "signed.humaspkg")  # results need a signed assessment
    with venue.coordinator.open() as edb:
        merge_packages(edb, [tmp_path / "signed.humaspkg"])
        target = handout.participants_of(edb, venue.assessor_rows[0].id)[0]
    older = _mark(venue, 0, target, Attendance.TIDAK_HADIR)
    older = older.rename(tmp_path / "older.humaspkg")
    newer = _mark(venue, 0, target, None)
    with venue.coordinator.open() as edb:
        merge_packages(edb, [newer])
        report = merge_packages(edb, [older])
        [package] = report.packages
        assert package.status == "applied"
        assert package.older >= 1 and package.conflicts == 0
        assert list_conflicts(edb, include_resolved=True) == [] and _agreements(edb) == 0
        assert edb.conn.execute("SELECT attendance FROM participant WHERE id = ?",
                                (target,)).fetchone()[0] is None  # the newer value stays
        assert integrity_findings(edb) == []


def test_a_conflict_over_an_earlier_version_closes_when_the_same_laptop_sends_a_later_one(
        tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    with venue.coordinator.open() as edb:
        target = handout.participants_of(edb, venue.assessor_rows[0].id)[0]
        ScoringService(edb).set_attendance(target, Attendance.HADIR)  # the coordinator's value
    first = score_and_send(venue, 0, attendance=Attendance.TIDAK_HADIR)
    with venue.coordinator.open() as edb:
        assert merge_packages(edb, [first]).packages[0].conflicts == 1
        [earlier] = list_conflicts(edb)
        seq = edb.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    later = _mark(venue, 0, target, Attendance.HADIR)  # the assessor agrees after all
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [later])
        assert report.packages[0].conflicts == 0
        assert list_conflicts(edb) == []  # nothing left to decide
        [closed] = [c for c in list_conflicts(edb, include_resolved=True) if c.id == earlier.id]
        assert (closed.status, closed.resolution, closed.reason) == ("resolved", "keep_local",
                                                                    SUPERSEDED_REASON)
        logged = edb.conn.execute(
            "SELECT field, old, new, reason FROM audit WHERE seq > ? AND entity = 'merge_conflict' "
            "AND entity_id = ?", (seq, earlier.id)).fetchall()
        assert len(logged) == 1 and logged[0][:3] == ("resolution", "open", "keep_local")
        assert logged[0][3].startswith(SUPERSEDED_REASON)
        assert edb.conn.execute("SELECT attendance FROM participant WHERE id = ?",
                                (target,)).fetchone()[0] == "hadir"
        assert integrity_findings(edb) == []


def test_conflicts_over_versions_that_can_be_applied_now_close_when_they_arrive_again(
        tmp_path: Path) -> None:
    """A participant moved to another assessor after the hand-out: the first assessor's results
    for them are not_owner conflicts. Moved back, the same results sent again are applied, and
    the conflicts over those very versions are closed, not left open beside the applied rows."""
    venue = setup_venue(tmp_path, participants=4)
    first, second = venue.assessor_rows[0], venue.assessor_rows[1]
    with venue.coordinator.open() as edb:
        moved = handout.participants_of(edb, first.id)[0]
        handout.assign_by_hand(edb, moved, second.id, AssignmentRole.PRIMARY)
    results = score_and_send(venue, 0)
    with venue.coordinator.open() as edb:
        merge_packages(edb, [results])
        assert {c.kind for c in list_conflicts(edb)} == {"not_owner"}
        handout.assign_by_hand(edb, moved, first.id, AssignmentRole.PRIMARY)  # moved back
    results.unlink()
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    with lap.open(actor=row.id) as edb:
        again = write_results(edb, lap.device, venue.stick)  # nothing changed on the laptop
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [again])
        assert report.packages[0].status == "applied" and report.packages[0].conflicts == 0
        assert edb.conn.execute("SELECT count(*) FROM assessment WHERE participant_id = ?",
                                (moved,)).fetchone()[0] == 1
        assert list_conflicts(edb) == []
        assert integrity_findings(edb) == []


def test_a_value_sqlite_cannot_write_as_json_is_logged_with_its_value(tmp_path: Path) -> None:
    """A BLOB in a forged package's FR.AK.05 box (not under a receipt): the added row's audit entry
    holds its values all the same (encoded in Python), never an empty entry."""
    venue = setup_venue(tmp_path, participants=2)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    score_and_send(venue, 0).unlink()
    with lap.open(actor=row.id) as edb:
        report_notes.save(edb, ReportNote(row.id, venue.scheme.id, notes="Catatan asesor"))
        real = write_results(edb, lap.device, venue.stick)

    def blob_note(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE report_note SET notes = ?", (b"\x00\xffcatatan",))

    forged = forged_results(real, lap.device, blob_note, tmp_path / "blob.humaspkg")
    with venue.coordinator.open() as edb:
        assert merge_packages(edb, [forged]).packages[0].status == "applied"
        [(new,)] = edb.conn.execute("SELECT new FROM audit WHERE entity = 'report_note' AND field = '*'"
                                    ).fetchall()
        assert new is not None and "Catatan" not in new and "catatan" in new
        assert integrity_findings(edb) == []
