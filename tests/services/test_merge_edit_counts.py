"""Issue 12 (5, 7): a record changed on two laptops is a conflict whatever the edit counts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from humas_desktop.domain.models import Attendance
from humas_desktop.services import handout
from humas_desktop.services.assessor_laptop import open_handout, write_results
from humas_desktop.services.conflicts import list_conflicts, resolve_conflict
from humas_desktop.services.integrity import integrity_findings
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.services.laptops import Venue, score, setup_venue


def _assessor_edits(venue: Venue, target: str, values: list[Attendance]) -> Path:
    """The first assessor opens the hand-out, sets the target's attendance value by value, sends."""
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    first = lap.event_path is None
    if first:
        lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                      coordinator_fingerprint=venue.coordinator.device.fingerprint)
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb, lap.device)
        if first:  # results need a signed assessment: one of another participant
            other = next(p.id for p in repo.list_participants(edb) if p.id != target)
            score(svc, svc.open_assessment(other, row.id, venue.scheme.id), venue.scheme, row, bk=False)
        for value in values:
            svc.set_attendance(target, value)
        return write_results(edb, lap.device, venue.stick)


def _coordinator_edits(venue: Venue, values: list[Attendance]) -> str:
    with venue.coordinator.open() as edb:
        target = handout.participants_of(edb, venue.assessor_rows[0].id)[0]
        svc = ScoringService(edb)
        for value in values:
            svc.set_attendance(target, value)
        return target


def _merge_expect_conflict(venue: Venue, results: Path, target: str, kept: Attendance) -> None:
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [results]).as_dict()
        assert report["rejected"] == [] and report["conflicts"] == 1, report
        assert report["older"] == 0, report
        [conflict] = list_conflicts(edb)
        assert (conflict.kind, conflict.entity) == ("concurrent", "participant")
        assert conflict.participant_id == target
        # Nothing decided silently: the coordinator's value stays until a person decides.
        assert repo.get_participant(edb, target).attendance is kept


def test_assessor_edited_more_often_than_coordinator_is_a_conflict(tmp_path: Path) -> None:
    """M04: the assessor's higher revision must not silently overwrite the coordinator's edit."""
    venue = setup_venue(tmp_path, participants=4)
    target = _coordinator_edits(venue, [Attendance.TIDAK_HADIR])
    results = _assessor_edits(venue, target, [Attendance.TIDAK_HADIR, Attendance.HADIR])
    _merge_expect_conflict(venue, results, target, kept=Attendance.TIDAK_HADIR)


def test_coordinator_edited_more_often_than_assessor_is_a_conflict(tmp_path: Path) -> None:
    """M05: the assessor's lower revision must not be dropped as 'older'."""
    venue = setup_venue(tmp_path, participants=4)
    target = _coordinator_edits(venue, [Attendance.TIDAK_HADIR, Attendance.HADIR])
    results = _assessor_edits(venue, target, [Attendance.TIDAK_HADIR])
    _merge_expect_conflict(venue, results, target, kept=Attendance.HADIR)


def test_taking_incoming_is_not_reopened_by_the_next_package(tmp_path: Path) -> None:
    """M16: after 'take incoming', the assessor's next change is an ordinary update."""
    venue = setup_venue(tmp_path, participants=4)
    target = _coordinator_edits(venue, [Attendance.TIDAK_HADIR])
    first = _assessor_edits(venue, target, [Attendance.TIDAK_HADIR, Attendance.HADIR])
    with venue.coordinator.open() as edb:
        merge_packages(edb, [first])
        [conflict] = list_conflicts(edb)
        resolve_conflict(edb, conflict.id, take_incoming=True, reason="Asesi hadir")
        assert repo.get_participant(edb, target).attendance is Attendance.HADIR
    second = _assessor_edits(venue, target, [Attendance.TIDAK_HADIR])
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [second]).as_dict()
        assert report["rejected"] == [] and report["conflicts"] == 0 and report["updated"] >= 1
        assert list_conflicts(edb) == []
        assert repo.get_participant(edb, target).attendance is Attendance.TIDAK_HADIR


def test_children_of_a_conflicting_assessment_are_not_applied(tmp_path: Path) -> None:
    """M08: answers and unit results wait with their assessment while it is in conflict."""
    venue = setup_venue(tmp_path, participants=2)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        target = handout.participants_of(edb, row.id)[0]
        # The coordinator opened an assessment for the same participant, assessor and scheme.
        local_aid = ScoringService(edb).open_assessment(target, row.id, venue.scheme.id)
    lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                  coordinator_fingerprint=venue.coordinator.device.fingerprint)
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb, lap.device)
        aid = svc.open_assessment(target, row.id, venue.scheme.id)
        score(svc, aid, venue.scheme, row, bk=False)
        results = write_results(edb, lap.device, venue.stick)
    assert aid != local_aid
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [results]).as_dict()
        assert report["rejected"] == []
        kinds = {(c.kind, c.entity) for c in list_conflicts(edb) if c.participant_id == target}
        assert ("duplicate_key", "assessment") in kinds
        for table in ("answer", "unit_result"):
            held = edb.conn.execute(f"SELECT count(*) FROM {table} WHERE assessment_id = ?", (aid,))
            assert held.fetchone() == (0,), table
        assert edb.conn.execute("SELECT count(*) FROM assessment WHERE id = ?", (aid,)).fetchone() == (0,)


def test_a_row_merged_then_changed_by_the_next_package_still_passes_check(tmp_path: Path) -> None:
    """Found by the order property: the first package's new answer was logged with its revision,
    the second package's change was logged without it, so check then called the coordinator's
    file tampered (state_mismatch on answer.revision) and refused every later merge and export."""
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                  coordinator_fingerprint=venue.coordinator.device.fingerprint)
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb, lap.device)
        first, second = [p.id for p in repo.list_participants(edb)]
        score(svc, svc.open_assessment(first, row.id, venue.scheme.id), venue.scheme, row, bk=False)
        aid = svc.open_assessment(second, row.id, venue.scheme.id)
        svc.give_consent(aid)
        question = venue.scheme.questions[0].id
        svc.set_summary(aid, question, "menjawab sebagian")
        sent = [write_results(edb, lap.device, venue.stick)]
        svc.set_summary(aid, question, "menjawab lengkap")
        sent.append(write_results(edb, lap.device, venue.stick))
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, sent).as_dict()
        assert report["rejected"] == [] and report["conflicts"] == 0 and report["updated"] >= 1, report
        assert integrity_findings(edb) == []
        [answer] = repo.table_rows(edb, "answer", "WHERE assessment_id = ?", [aid])
        assert answer["summary"] == "menjawab lengkap"


def _shared_attendance(venue: Venue, index: int, values: list[Attendance], sent: list[Path]) -> None:
    """Assessor ``index`` sets the shared participant's attendance value by value, sending after each."""
    lap, row = venue.assessors[index], venue.assessor_rows[index]
    if lap.event_path is None:
        lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                      coordinator_fingerprint=venue.coordinator.device.fingerprint)
        with lap.open(actor=row.id) as edb:  # results need a signed assessment
            svc = ScoringService(edb, lap.device)
            mine = [p.id for p in repo.list_participants(edb) if p.id != _shared(venue)]
            score(svc, svc.open_assessment(mine[0], row.id, venue.scheme.id), venue.scheme, row, bk=False)
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb, lap.device)
        for value in values:
            svc.set_attendance(_shared(venue), value)
            sent.append(write_results(edb, lap.device, venue.stick))


def _shared(venue: Venue) -> str:
    with venue.coordinator.open() as edb:
        first, second = (set(handout.participants_of(edb, r.id)) for r in venue.assessor_rows)
    [shared] = first & second
    return shared


@pytest.mark.parametrize("twice", [0, 1])
def test_a_value_both_laptops_chose_then_changed_on_one_is_a_conflict(tmp_path: Path, twice: int) -> None:
    """Both co-assessors mark the shared participant absent (the same value, no conflict); one of
    them then marks them present. The other's 'absent' was never seen by that laptop: a conflict,
    in every merge order and whichever laptop changed twice (which of two equal versions the
    coordinator keeps depends on the device ids; the other must not be forgotten)."""
    venue = setup_venue(tmp_path, participants=3, co=1)
    sent: list[Path] = []
    _shared_attendance(venue, twice, [Attendance.TIDAK_HADIR, Attendance.HADIR], sent)
    _shared_attendance(venue, 1 - twice, [Attendance.TIDAK_HADIR], sent)
    absent, present, other = sent
    assert venue.coordinator.event_path is not None
    pristine = tmp_path / "pristine.humas"
    shutil.copy(venue.coordinator.event_path, pristine)
    for i, order in enumerate(([absent, other, present], [other, absent, present], [absent, present, other])):
        copy = tmp_path / f"urutan{i}.humas"
        shutil.copy(pristine, copy)
        with open_event(copy, device_id=venue.coordinator.device.id) as edb:
            report = merge_packages(edb, order).as_dict()
            assert report["rejected"] == []
            kinds = [(c.kind, c.entity, c.entity_id) for c in list_conflicts(edb)]
            assert kinds == [("concurrent", "participant", _shared(venue))], (i, kinds, report["packages"])
            assert integrity_findings(edb) == []
