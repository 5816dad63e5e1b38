"""Packages and conflict decisions the merge refuses, each through the public service, with the
one code the user's message comes from and nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Attendance
from humas_desktop.messages import MESSAGES
from humas_desktop.services import handout
from humas_desktop.services.assessor_laptop import open_handout, write_results
from humas_desktop.services.conflicts import list_conflicts, resolve_conflict
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from tests.services.hostile import resigned
from tests.services.laptops import Venue, score, score_and_send, setup_venue

TABLES = ("participant", "assessment", "answer", "unit_result", "merge_conflict", "applied_package")


def _counts(venue: Venue) -> dict[str, int]:
    with venue.coordinator.open() as edb:
        return {t: len(repo.table_rows(edb, t)) for t in TABLES}


def _refused(venue: Venue, package: Path, code: str) -> None:
    assert code in MESSAGES
    before = _counts(venue)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [package]).as_dict()
    assert report["rejected"] == [{"package": package.name, "reason": code}]
    assert report["added"] == report["updated"] == report["conflicts"] == 0
    assert _counts(venue) == before


def test_results_whose_rows_differ_from_the_signed_counts_are_refused(tmp_path: Path) -> None:
    """A row added to the snapshot after the manifest was made: package_counts_mismatch."""
    venue = setup_venue(tmp_path, participants=4)
    results = score_and_send(venue, 0)
    extra = resigned(results, venue.assessors[0].device,
                     ["INSERT INTO answer (id, assessment_id, question_id, verdict, created_at, updated_at, "
                      "device_id, written_by, revision) SELECT 'tambahan', assessment_id, 'q-lain', 'K', "
                      "created_at, updated_at, device_id, written_by, revision FROM answer LIMIT 1"],
                     tmp_path / "hasil-tambah.humaspkg")
    _refused(venue, extra, "package_counts_mismatch")
    fewer = resigned(results, venue.assessors[0].device, ["DELETE FROM unit_result WHERE rowid = 1"],
                     tmp_path / "hasil-kurang.humaspkg")
    _refused(venue, fewer, "package_counts_mismatch")


def test_results_of_another_event_are_refused(tmp_path: Path) -> None:
    """Results from a stick of another session (same assessors' laptops): package_other_event."""
    here = setup_venue(tmp_path / "sini", participants=2)
    there = setup_venue(tmp_path / "sana", participants=2)
    _refused(here, score_and_send(there, 0), "package_other_event")


def test_a_results_package_is_not_opened_as_a_handout(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=2)
    results = score_and_send(venue, 0)
    other = venue.assessors[1]
    with pytest.raises(DomainError) as err:
        open_handout(other.base, other.device, results,
                     coordinator_fingerprint=venue.coordinator.device.fingerprint)
    assert err.value.code == "package_not_handout" and err.value.code in MESSAGES


def test_a_second_handout_for_an_event_this_laptop_holds_is_refused(tmp_path: Path) -> None:
    """The coordinator hands out again; the laptop keeps its working copy (and its scores)."""
    venue = setup_venue(tmp_path, participants=2)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    score_and_send(venue, 0)
    assert lap.event_path is not None
    before = lap.event_path.read_bytes()
    (tmp_path / "usb2").mkdir()
    with venue.coordinator.open() as edb:
        again = {r.assessor_id: r.path for r in handout.handout_all(edb, venue.coordinator.device,
                                                                    tmp_path / "usb2")}
    with pytest.raises(DomainError) as err:
        open_handout(lap.base, lap.device, again[row.id],
                     coordinator_fingerprint=venue.coordinator.device.fingerprint)
    assert err.value.code == "package_event_exists" and err.value.code in MESSAGES
    assert lap.event_path.read_bytes() == before
    # The hand-out it was installed from still opens as the no-op it is.
    assert open_handout(lap.base, lap.device, venue.handouts[row.id]) == lap.event_path


def test_a_conflict_is_decided_once(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    with venue.coordinator.open() as edb:
        target = handout.participants_of(edb, venue.assessor_rows[0].id)[0]
        ScoringService(edb).set_attendance(target, Attendance.TIDAK_HADIR)
    results = score_and_send(venue, 0, attendance=Attendance.HADIR)
    with venue.coordinator.open() as edb:
        merge_packages(edb, [results])
        [conflict] = list_conflicts(edb)
        resolve_conflict(edb, conflict.id, take_incoming=False, reason="Koordinator mencatat sendiri")
        with pytest.raises(DomainError) as err:
            resolve_conflict(edb, conflict.id, take_incoming=True, reason="Berubah pikiran")
        assert err.value.code == "conflict_resolved" and err.value.code in MESSAGES
        assert repo.get_participant(edb, target).attendance is Attendance.TIDAK_HADIR  # first decision stands
        [decided] = list_conflicts(edb, include_resolved=True)
        assert (decided.resolution, decided.reason) == ("keep_local", "Koordinator mencatat sendiri")


def test_taking_an_incoming_row_whose_key_is_taken_is_refused(tmp_path: Path) -> None:
    """A duplicate_key conflict (the coordinator opened the same participant x assessor x scheme)
    cannot be decided for the incoming row while the local one holds the key."""
    venue = setup_venue(tmp_path, participants=2)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        target = handout.participants_of(edb, row.id)[0]
        local_aid = ScoringService(edb).open_assessment(target, row.id, venue.scheme.id)
    lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                  coordinator_fingerprint=venue.coordinator.device.fingerprint)
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb, lap.device)
        score(svc, svc.open_assessment(target, row.id, venue.scheme.id), venue.scheme, row, bk=False)
        results = write_results(edb, lap.device, venue.stick)
    with venue.coordinator.open() as edb:
        merge_packages(edb, [results])
        [dup] = [c for c in list_conflicts(edb) if c.kind == "duplicate_key" and c.entity == "assessment"]
        with pytest.raises(DomainError) as err:
            resolve_conflict(edb, dup.id, take_incoming=True, reason="Pakai penilaian asesor")
        assert err.value.code == "conflict_key_taken" and err.value.code in MESSAGES
        assert [r["id"] for r in repo.table_rows(edb, "assessment")] == [local_aid]
        assert dup.id in {c.id for c in list_conflicts(edb)}  # still open, to decide otherwise
