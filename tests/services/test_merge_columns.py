"""Issue 24 (N7): merge column by column where the owners differ. The coordinator fills in a
participant's Kabupaten/Kota after the hand-out, the assessor records attendance and scores on
the same participant: both stand, no conflict. Both sides changing the same column stays a
conflict; an assessor's change to a coordinator-owned column stays ``not_owner``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
