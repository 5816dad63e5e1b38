"""Merge on the coordinator laptop: conflicts, ownership, blind co-assessment, order, replays."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Attendance
from humas_desktop.formats.package import read_package, read_package_bytes
from humas_desktop.services import completeness, handout
from humas_desktop.services.blind import visible_verdicts
from humas_desktop.services.conflicts import list_conflicts, resolve_conflict
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import audit
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.services.laptops import score_and_send, setup_venue


def test_same_record_changed_on_two_machines_is_a_conflict_resolved_with_reason(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    a1 = venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        target = handout.participants_of(edb, a1.id)[0]
        ScoringService(edb).set_attendance(target, Attendance.TIDAK_HADIR)  # coordinator's change
    results = score_and_send(venue, 0, attendance=Attendance.HADIR)  # assessor's change
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [results]).as_dict()
        assert report["conflicts"] == 1 and report["rejected"] == []
        [conflict] = list_conflicts(edb)
        assert (conflict.kind, conflict.entity, conflict.entity_id) == ("concurrent", "participant", target)
        assert conflict.as_dict()["fields"] == ["attendance"]
        # Nothing resolved silently: the coordinator's value stays until a person decides.
        assert repo.get_participant(edb, target).attendance is Attendance.TIDAK_HADIR
        with pytest.raises(DomainError) as err:
            resolve_conflict(edb, conflict.id, take_incoming=True, reason=" ")
        assert err.value.code == "conflict_needs_reason"
        resolve_conflict(edb, conflict.id, take_incoming=True, reason="Asesi datang terlambat")
        assert repo.get_participant(edb, target).attendance is Attendance.HADIR
        assert list_conflicts(edb) == []
        assert any(e.entity == "merge_conflict" and e.reason == "Asesi datang terlambat"
                   for e in audit.entries(edb.conn))
        # Re-importing the package after the decision changes nothing and reopens nothing.
        shutil.copy(results, tmp_path / "copy.humaspkg")
        again = merge_packages(edb, [tmp_path / "copy.humaspkg"]).as_dict()
        assert again["duplicates"] == ["copy.humaspkg"] and list_conflicts(edb) == []


def test_participant_scored_by_two_assessors_disagreeing_is_a_conflict(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4, co=1)
    a1, a2 = venue.assessor_rows
    with venue.coordinator.open() as edb:
        shared = handout.participants_of(edb, a1.id)[0]
        assert shared in handout.participants_of(edb, a2.id)
    r1 = score_and_send(venue, 0, bk=frozenset({"none"}))  # all K
    r2 = score_and_send(venue, 1, bk=frozenset({shared}))  # the shared participant BK
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [r1, r2]).as_dict()
        assert report["rejected"] == []
        kinds = [(c.kind, c.participant_id) for c in list_conflicts(edb)]
        assert kinds == [("two_assessors", shared)]
        assert completeness.open_conflict_count(edb) == 1


def test_co_assessors_agreeing_is_not_a_conflict(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4, co=1)
    r1 = score_and_send(venue, 0, bk=frozenset({"none"}))
    r2 = score_and_send(venue, 1, bk=frozenset({"none"}))
    with venue.coordinator.open() as edb:
        assert merge_packages(edb, [r2, r1]).as_dict()["conflicts"] == 0
        assert completeness.missing_expected(edb) == []


def test_blind_co_assessment(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4, co=1)
    a1, a2 = venue.assessor_rows
    with venue.coordinator.open() as edb:
        shared = handout.participants_of(edb, a1.id)[0]
    r1 = score_and_send(venue, 0, bk=frozenset({"none"}))
    with venue.coordinator.open() as edb:
        merge_packages(edb, [r1])
        # a2 has not signed: a1's verdicts stay hidden from a2, visible to a1.
        assert [v.assessor_id for v in visible_verdicts(edb, shared, a2.id)] == []
        assert [v.assessor_id for v in visible_verdicts(edb, shared, a1.id)] == [a1.id]
        # A fresh package for a2 does not carry a1's answers.
        _pid, data, _n = handout.build_handout(edb, venue.coordinator.device, a2.id)
        snap = tmp_path / "a2.sqlite"
        snap.write_bytes(read_package_bytes(data).snapshot)
        conn = sqlite3.connect(snap)
        hidden = conn.execute("SELECT count(*) FROM assessment WHERE assessor_id = ?", (a1.id,)).fetchone()
        assert hidden == (0,)
        assert conn.execute("SELECT count(*) FROM answer").fetchone() == (0,)
        conn.close()
    r2 = score_and_send(venue, 1, bk=frozenset({"none"}))
    with venue.coordinator.open() as edb:
        merge_packages(edb, [r2])
        assert sorted(v.assessor_id for v in visible_verdicts(edb, shared, a2.id)) == sorted([a1.id, a2.id])


def test_results_from_an_unregistered_laptop_are_refused(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    results = score_and_send(venue, 0)
    (tmp_path / "pencuri").mkdir()
    with venue.coordinator.open() as edb:
        handout.register_device_key(edb, venue.assessor_rows[0].id,
                                    load_or_create_device(tmp_path / "pencuri").fingerprint)
        report = merge_packages(edb, [results]).as_dict()
        assert report["rejected"] == [{"package": results.name, "reason": "package_unknown_key"}]
        assert report["added"] == 0
        assert edb.conn.execute("SELECT count(*) FROM assessment").fetchone()[0] == 0


def test_handout_package_is_not_accepted_as_results(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, list(venue.handouts.values())).as_dict()
    assert {r["reason"] for r in report["rejected"]} == {"package_not_results"}


def _versions(path: Path) -> set[tuple[str, str, int]]:
    """Everything the coordinator holds: current rows plus open conflict versions."""
    conn = sqlite3.connect(path)
    try:
        held = {(str(r[0]), "row", int(r[1])) for t in ("participant", "assessment", "answer", "unit_result")
                for r in conn.execute(f"SELECT id, revision FROM {t}")}
        held |= {(str(r[0]), str(r[1]), 0) for r in conn.execute(
            "SELECT entity_id, kind FROM merge_conflict WHERE status = 'open'")}
        return held
    finally:
        conn.close()


def test_merge_order_does_not_matter(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4, co=1)
    a1 = venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        ScoringService(edb).set_attendance(handout.participants_of(edb, a1.id)[1], Attendance.TIDAK_HADIR)
    r1 = score_and_send(venue, 0, bk=frozenset({"none"}))
    r2 = score_and_send(venue, 1, bk=frozenset({"none"}))
    assert venue.coordinator.event_path is not None
    pristine = tmp_path / "pristine.humas"
    shutil.copy(venue.coordinator.event_path, pristine)
    seen = []
    for i, order in enumerate(itertools.permutations([r1, r2, r1])):
        copy = tmp_path / f"order{i}.humas"
        shutil.copy(pristine, copy)
        with open_event(copy, device_id=venue.coordinator.device.id) as edb:
            merge_packages(edb, list(order))
        seen.append(_versions(copy))
    assert all(s == seen[0] for s in seen)
    assert any(kind == "concurrent" for _id, kind, _rev in seen[0])


def test_package_reads_back_identically(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=2)
    for path in venue.handouts.values():
        contents = read_package(path)
        assert contents.kind == "handout" and contents.manifest["counts"]["participant"] == 1
        assert not list(path.parent.glob(".*.tmp"))


def test_an_older_package_replayed_after_a_newer_one_changes_nothing(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    from humas_desktop.services.assessor_laptop import open_handout, write_results
    from tests.services.laptops import score

    lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                  coordinator_fingerprint=venue.coordinator.device.fingerprint)
    sent = []
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb)
        for person in repo.list_participants(edb):
            aid = svc.open_assessment(person.id, row.id, venue.scheme.id)
            score(svc, aid, venue.scheme, row, bk=False)
            sent.append(write_results(edb, lap.device, venue.stick))
    first, second = sent
    with venue.coordinator.open() as edb:
        merge_packages(edb, [second])
        state = {t: edb.conn.execute(f"SELECT id, revision FROM {t} ORDER BY id").fetchall()
                 for t in ("assessment", "answer", "unit_result")}
        report = merge_packages(edb, [first]).as_dict()
        assert report["conflicts"] == 0 and report["added"] == 0 and report["updated"] == 0
        assert report["older"] + report["packages"][0]["unchanged"] > 0
        assert state == {t: edb.conn.execute(f"SELECT id, revision FROM {t} ORDER BY id").fetchall()
                         for t in ("assessment", "answer", "unit_result")}
        assert all(c.signed for c in completeness.grid(edb) if c.assessor_id == row.id)


def test_unknown_tables_travel_empty(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=2)
    a1 = venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        with edb.atomic():
            edb.conn.execute("CREATE TABLE import_staging (raw TEXT)")
            edb.conn.execute("INSERT INTO import_staging VALUES ('3273015501900001 Nama Asesi Lain')")
        _pid, data, _n = handout.build_handout(edb, venue.coordinator.device, a1.id)
    snapshot = read_package_bytes(data).snapshot
    assert b"3273015501900001" not in snapshot


def test_device_key_is_owner_only(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=2)
    key = venue.coordinator.base / "device_key.pem"
    assert key.stat().st_mode & 0o777 == 0o600


def test_a_conflict_recorded_by_the_previous_version_is_not_recorded_twice(tmp_path: Path) -> None:
    """A file merged by the version before conflicts named their incoming device (key
    ``content:revision``): the same version arriving again after the upgrade (the assessor sends
    again, nothing changed) is that conflict, still open once, not a second one."""
    venue = setup_venue(tmp_path, participants=4)
    a1 = venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        target = handout.participants_of(edb, a1.id)[0]
        ScoringService(edb).set_attendance(target, Attendance.TIDAK_HADIR)
    first = score_and_send(venue, 0, attendance=Attendance.HADIR)
    with venue.coordinator.open() as edb:
        assert merge_packages(edb, [first]).as_dict()["conflicts"] == 1
        # As the previous version stored it: the device was not part of the key.
        edb.conn.execute("UPDATE merge_conflict SET incoming_hash = substr(incoming_hash, 1, "
                         "length(incoming_hash) - length(?) - 1)", (venue.assessors[0].device.id,))
        assert edb.conn.execute("SELECT incoming_hash FROM merge_conflict").fetchone()[0].count(":") == 1
    first.unlink()
    again = score_and_send(venue, 0, attendance=Attendance.HADIR)  # the same version, sent again
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [again]).as_dict()
        assert report["conflicts"] == 1 and report["rejected"] == []
        [conflict] = list_conflicts(edb)
        assert conflict.entity_id == target
        assert edb.conn.execute("SELECT count(*) FROM merge_conflict").fetchone()[0] == 1
