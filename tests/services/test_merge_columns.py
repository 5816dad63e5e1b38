"""Issue 24 (N7): merge column by column where the owners differ. The coordinator fills in a
participant's Kabupaten/Kota after the hand-out, the assessor records attendance and scores on
the same participant: both stand, no conflict. Both sides changing the same column stays a
conflict; an assessor's change to a coordinator-owned column stays ``not_owner``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from humas_desktop.domain.models import Attendance
from humas_desktop.services import handout
from humas_desktop.services.conflicts import list_conflicts, resolve_conflict
from humas_desktop.services.integrity import integrity_findings
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.roster_edit import edit_participant
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import audit
from humas_desktop.storage import repository as repo
from tests.services.laptops import forged_results, score_and_send, setup_venue


def _fill_regency(venue, participant_id: str, regency: str = "Kota Bandung") -> None:  # type: ignore[no-untyped-def]
    with venue.coordinator.open() as edb:
        edit_participant(edb, participant_id, {"regency": regency}, reason="data dari KTP")


def _first_of(venue, index: int = 0) -> str:  # type: ignore[no-untyped-def]
    with venue.coordinator.open() as edb:
        return handout.participants_of(edb, venue.assessor_rows[index].id)[0]


def _check_passes(edb) -> None:  # type: ignore[no-untyped-def]
    assert audit.first_broken_link(edb.conn) is None
    assert integrity_findings(edb) == []


def test_coordinator_regency_and_assessor_attendance_both_stand(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    target = _first_of(venue)
    _fill_regency(venue, target)
    results = score_and_send(venue, 0, attendance=Attendance.HADIR)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [results]).as_dict()
        assert report["rejected"] == [] and report["conflicts"] == 0, report
        assert list_conflicts(edb) == []
        person = repo.get_participant(edb, target)
        assert person.attendance is Attendance.HADIR  # the assessor's
        row = repo.table_rows(edb, "participant", "WHERE id = ?", [target])[0]
        assert row["regency"] == "Kota Bandung" and row["city_code"]  # the coordinator's
        _check_passes(edb)


def test_a_later_package_of_the_same_assessor_keeps_the_coordinators_columns(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    target = _first_of(venue)
    _fill_regency(venue, target)
    first = score_and_send(venue, 0, attendance=Attendance.HADIR)
    second = score_and_send(venue, 0, attendance=Attendance.TIDAK_HADIR)
    for order in ([first, second], [second, first]):
        copy = tmp_path / f"order-{len(order)}-{order[0].name}.humas"
        assert venue.coordinator.event_path is not None
        src = sqlite3.connect(venue.coordinator.event_path)
        dst = sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        dst.close()
        from humas_desktop.storage.db import open_event

        with open_event(copy, device_id=venue.coordinator.device.id) as edb:
            report = merge_packages(edb, order).as_dict()
            assert report["rejected"] == [] and report["conflicts"] == 0, report
            row = repo.table_rows(edb, "participant", "WHERE id = ?", [target])[0]
            assert row["regency"] == "Kota Bandung"
            assert row["attendance"] == Attendance.TIDAK_HADIR.value  # the later one wins
            _check_passes(edb)


def test_both_sides_changed_attendance_stays_a_conflict_and_taking_it_keeps_the_regency(
        tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    target = _first_of(venue)
    _fill_regency(venue, target)
    with venue.coordinator.open() as edb:
        ScoringService(edb).set_attendance(target, Attendance.TIDAK_HADIR)
    results = score_and_send(venue, 0, attendance=Attendance.HADIR)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [results]).as_dict()
        assert report["conflicts"] == 1
        [conflict] = list_conflicts(edb)
        assert (conflict.kind, conflict.entity, conflict.entity_id) == ("concurrent", "participant", target)
        assert conflict.as_dict()["fields"] == ["attendance"]  # not the coordinator's regency
        assert repo.get_participant(edb, target).attendance is Attendance.TIDAK_HADIR
        resolve_conflict(edb, conflict.id, take_incoming=True, reason="Asesi datang terlambat")
        row = repo.table_rows(edb, "participant", "WHERE id = ?", [target])[0]
        # "Pakai versi masuk" takes the assessor's attendance, never erases the city.
        assert row["attendance"] == Attendance.HADIR.value
        assert row["regency"] == "Kota Bandung" and row["city_code"]
        _check_passes(edb)


def test_an_assessor_changing_a_coordinator_column_is_still_not_owner(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    target = _first_of(venue)
    _fill_regency(venue, target)
    results = score_and_send(venue, 0, attendance=Attendance.HADIR)

    def rename(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE participant SET regency = 'Kota Bogor', revision = revision + 1 WHERE id = ?",
                     (target,))

    forged = forged_results(results, venue.assessors[0].device, rename, tmp_path / "forged.humaspkg")
    with venue.coordinator.open() as edb:
        merge_packages(edb, [forged])
        kinds = {(c.kind, c.entity_id) for c in list_conflicts(edb) if c.entity == "participant"}
        assert kinds == {("not_owner", target)}
        row = repo.table_rows(edb, "participant", "WHERE id = ?", [target])[0]
        assert row["regency"] == "Kota Bandung"
        _check_passes(edb)


def test_a_coordinator_edit_after_a_merge_does_not_make_the_next_attendance_a_conflict(
        tmp_path: Path) -> None:
    """The coordinator fills in Kabupaten/Kota after the assessor's first package was merged; the
    assessor then changes attendance and sends again: the later attendance is applied, the city
    stays (the coordinator never touched attendance)."""
    from humas_desktop.services.assessor_laptop import open_handout, write_results
    from tests.services.laptops import score

    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        signed, target = handout.participants_of(edb, row.id)[:2]  # target: not signed, editable
    lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                  coordinator_fingerprint=venue.coordinator.device.fingerprint)

    def send(attendance: Attendance | None) -> Path:
        with lap.open(actor=row.id) as edb:
            svc = ScoringService(edb, lap.device)
            aid = svc.open_assessment(signed, row.id, venue.scheme.id)
            if svc.assessment(aid).status.value != "ditandatangani":
                score(svc, aid, venue.scheme, row, bk=False)
            svc.set_attendance(target, attendance)
            return write_results(edb, lap.device, venue.stick)

    first = send(Attendance.HADIR)
    with venue.coordinator.open() as edb:
        assert merge_packages(edb, [first]).as_dict()["conflicts"] == 0
    _fill_regency(venue, target)
    later = send(Attendance.TIDAK_HADIR)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [later]).as_dict()
        assert report["conflicts"] == 0 and list_conflicts(edb) == [], report
        held = repo.table_rows(edb, "participant", "WHERE id = ?", [target])[0]
        assert (held["attendance"], held["regency"]) == (Attendance.TIDAK_HADIR.value, "Kota Bandung")
        _check_passes(edb)
    # The coordinator changing attendance itself after that is still a true conflict.
    with venue.coordinator.open() as edb:
        ScoringService(edb).set_attendance(target, Attendance.HADIR)
    last = send(None)  # the assessor clears it: both changed attendance
    with venue.coordinator.open() as edb:
        merge_packages(edb, [last])
        assert [(c.kind, c.entity_id) for c in list_conflicts(edb)] == [("concurrent", target)]
        _check_passes(edb)


def _forget_audit_head(venue) -> None:  # type: ignore[no-untyped-def]
    """The coordinator's hand-out records as made before they kept the audit log's head."""
    with venue.coordinator.open() as edb:
        for package_id, rows_json in edb.conn.execute("SELECT package_id, rows_json FROM handout_record"):
            data = json.loads(rows_json)
            data.pop("audit_seq", None)
            edb.conn.execute("UPDATE handout_record SET rows_json = ? WHERE package_id = ?",
                             (json.dumps(data, sort_keys=True), package_id))
        edb.conn.commit()


@pytest.mark.parametrize("record", ["audit_head", "before_audit_head"])
def test_attendance_changed_back_here_and_changed_there_is_a_conflict(tmp_path: Path, record: str) -> None:
    """Found by the property run: the coordinator marks a participant present, then clears it again
    (its attendance as handed out, but changed here), and fills in the Kabupaten/Kota; the assessor
    marks the participant absent. The absent was applied silently over the coordinator's change."""
    venue = setup_venue(tmp_path, participants=4)
    target = _first_of(venue)
    if record == "before_audit_head":
        _forget_audit_head(venue)
    with venue.coordinator.open() as edb:
        held = repo.get_participant(edb, target).attendance
        svc = ScoringService(edb)
        svc.set_attendance(target, Attendance.HADIR)
        svc.set_attendance(target, held)
    _fill_regency(venue, target)
    results = score_and_send(venue, 0, attendance=Attendance.TIDAK_HADIR)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [results]).as_dict()
        assert report["rejected"] == [], report
        on_target = [(c.kind, c.entity) for c in list_conflicts(edb) if c.entity_id == target]
        assert on_target == [("concurrent", "participant")]
        row = repo.table_rows(edb, "participant", "WHERE id = ?", [target])[0]
        assert row["attendance"] == (held.value if held else None)  # the coordinator's, until decided
        assert row["regency"] == "Kota Bandung"
        _check_passes(edb)


def test_regency_alone_still_merges_with_a_handout_record_made_before_the_audit_head(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    target = _first_of(venue)
    _forget_audit_head(venue)
    _fill_regency(venue, target)
    results = score_and_send(venue, 0, attendance=Attendance.HADIR)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [results]).as_dict()
        assert report["rejected"] == [] and report["conflicts"] == 0, report
        row = repo.table_rows(edb, "participant", "WHERE id = ?", [target])[0]
        assert row["attendance"] == Attendance.HADIR.value and row["regency"] == "Kota Bandung"
        _check_passes(edb)
