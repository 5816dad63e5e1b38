"""Agreements: two laptops that hold the same values for a record independently (neither derived
from the other) are not a conflict, but the merge remembers the version it did not keep, so that a
later change on one laptop that the other never saw is still reported as a conflict instead of
being applied last-writer-wins. A person's decision on the record consumes those agreements.

Each scenario is built on real packages (tests/services/laptops.py) and asserts what the
coordinator sees or relies on: the conflict list, the merge report, the table value, the
agreement rows and their audit entries, and a clean ``integrity_findings`` after every merge.

Which version the table keeps when two equal versions meet is decided by their revision numbers
(then by device id, which is random), so every scenario makes one laptop edit the value more
times than the other: the kept side is chosen on purpose and asserted, never left to chance.

Written for mutants of services/merge.py and storage/packages_store.py that survived the
property tests (test_merge_properties.py): ``insert_agreements`` doing nothing, the first line of
``_PackageMerge.agree`` turned into ``return``, ``consume_agreements`` doing nothing,
``agreed_rows`` answering ``{}``, and the ``seen_conflicts`` check in ``agree`` removed.

The last test reproduced a defect (strict xfail on bd78d46): after a person kept the held value
against an assessor's change, and the held row was that assessor's own earlier version (its equal
version had more edits than the coordinator's), the decision consumed the agreement and so forgot
the coordinator's version: the assessor's next change was applied over the decision without a
conflict. A decision to keep now leaves the agreements in place; taking the incoming consumes them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from humas_desktop.domain.models import Attendance
from humas_desktop.services import handout
from humas_desktop.services.assessor_laptop import open_handout, write_results
from humas_desktop.services.conflicts import list_conflicts, resolve_conflict
from humas_desktop.services.integrity import integrity_findings
from humas_desktop.services.merge import AGREED_REASON, MergeReport, PackageReport, merge_packages
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import packages_store as store
from humas_desktop.storage.db import EventDB
from tests.services.laptops import Venue, score, setup_venue

HADIR, TIDAK_HADIR = Attendance.HADIR, Attendance.TIDAK_HADIR
ONCE = (HADIR,)  # one edit: hadir
MANY = (TIDAK_HADIR, HADIR, TIDAK_HADIR, HADIR)  # four edits on one laptop, ending at the same hadir


# --- the laptops ---------------------------------------------------------------------------


def _venue(tmp_path: Path, co: int = 0) -> tuple[Venue, str]:
    """A venue whose assessors have opened their hand-outs and signed one assessment each (a
    results package needs one), never on ``target``: the first participant of assessor 1 (with
    ``co=1`` assessor 2 is assigned to it too)."""
    venue = setup_venue(tmp_path, participants=4, co=co)
    with venue.coordinator.open() as edb:
        target = handout.participants_of(edb, venue.assessor_rows[0].id)[0]
        own = {row.id: handout.participants_of(edb, row.id) for row in venue.assessor_rows}
    for lap, row in zip(venue.assessors, venue.assessor_rows, strict=True):
        lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                      coordinator_fingerprint=venue.coordinator.device.fingerprint)
        signed = next(p for p in own[row.id] if p != target)
        with lap.open(actor=row.id) as edb:
            svc = ScoringService(edb, lap.device)
            score(svc, svc.open_assessment(signed, row.id, venue.scheme.id), venue.scheme, row, bk=False)
    return venue, target


def _assessor_sets(venue: Venue, index: int, target: str, *values: Attendance | None) -> Path:
    """Assessor ``index`` sets the target's attendance to each value in turn, then "Kirim hasil"."""
    lap, row = venue.assessors[index], venue.assessor_rows[index]
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb, lap.device)
        for value in values:
            svc.set_attendance(target, value)
        return write_results(edb, lap.device, venue.stick)


def _coordinator_sets(venue: Venue, target: str, *values: Attendance | None) -> None:
    with venue.coordinator.open() as edb:
        svc = ScoringService(edb)
        for value in values:
            svc.set_attendance(target, value)


# --- what the coordinator sees -------------------------------------------------------------


def _merge(edb: EventDB, package: Path) -> tuple[MergeReport, PackageReport]:
    report = merge_packages(edb, [package])
    [rep] = report.packages
    assert (rep.status, rep.reason) == ("applied", "")
    assert integrity_findings(edb) == []
    return report, rep


def _held(edb: EventDB, target: str) -> tuple[str | None, str]:
    """(attendance, device id) of the target's row in the coordinator's table."""
    row = edb.conn.execute("SELECT attendance, device_id FROM participant WHERE id = ?", (target,)).fetchone()
    return row[0], str(row[1])


def _agreements(edb: EventDB) -> list[dict[str, Any]]:
    cur = edb.conn.execute(
        "SELECT id, kind, entity, entity_id, participant_id, assessor_id, local_json, incoming_json, "
        "status, resolution, reason, resolved_by FROM merge_conflict WHERE incoming_hash LIKE 'agreed:%' "
        "ORDER BY rowid")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _agreed_entries(edb: EventDB) -> list[tuple[str, str]]:
    """(merge_conflict id, what) of every audit entry recording an agreement."""
    return [(str(r[0]), str(r[1])) for r in edb.conn.execute(
        "SELECT entity_id, new FROM audit WHERE entity = 'merge_conflict' AND field = 'agreed' ORDER BY seq")]


def _agreement_count(edb: EventDB) -> int:
    return int(edb.conn.execute("SELECT count(*) FROM merge_conflict WHERE incoming_hash LIKE 'agreed:%'")
               .fetchone()[0])


def _open(edb: EventDB) -> list[tuple[str, str, str]]:
    return [(c.kind, c.entity, c.entity_id) for c in list_conflicts(edb)]


# --- 1. the same value on two laptops: one agreement, recorded once ------------------------


def test_same_value_on_coordinator_and_assessor_is_one_agreement_recorded_once(tmp_path: Path) -> None:
    venue, target = _venue(tmp_path)
    row, lap = venue.assessor_rows[0], venue.assessors[0]
    coordinator = venue.coordinator.device.id
    _coordinator_sets(venue, target, *MANY)  # more edits here: the coordinator's version is kept
    first = _assessor_sets(venue, 0, target, *ONCE)
    with venue.coordinator.open() as edb:
        report, rep = _merge(edb, first)
        assert rep.conflicts == 0 and rep.older == 0
        assert target not in report.participants("conflicts") + report.participants("updated")
        assert _open(edb) == []
        assert _held(edb, target) == ("hadir", coordinator)
        [agreement] = _agreements(edb)
        assert {k: agreement[k] for k in ("kind", "entity", "entity_id", "participant_id", "assessor_id",
                                          "status", "resolution", "reason", "resolved_by")} == {
            "kind": "concurrent", "entity": "participant", "entity_id": target, "participant_id": target,
            "assessor_id": row.id, "status": "resolved", "resolution": "keep_local",
            "reason": AGREED_REASON, "resolved_by": ""}
        # The version not kept is the assessor's; the one kept is the coordinator's.
        kept, other = json.loads(agreement["local_json"]), json.loads(agreement["incoming_json"])
        assert (kept["device_id"], other["device_id"]) == (coordinator, lap.device.id)
        assert kept["attendance"] == other["attendance"] == "hadir"
        assert _agreed_entries(edb) == [
            (agreement["id"], json.dumps({"entity": "participant", "entity_id": target}, sort_keys=True))]
        # What the next merge feeds back into view() as a version held here.
        assert [r["device_id"] for r in store.agreed_rows(edb, "participant", [target])[target]] == [
            lap.device.id]
    # "Kirim hasil" pressed again with nothing changed: a new package with the same versions.
    again = _assessor_sets(venue, 0, target)
    with venue.coordinator.open() as edb:
        report, rep = _merge(edb, again)
        assert (rep.added, rep.updated, rep.older, rep.conflicts) == (0, 0, 0, 0)
        assert report.participants("conflicts") == report.participants("updated") == []
        assert _open(edb) == []
        assert _held(edb, target) == ("hadir", coordinator)
        assert [a["id"] for a in _agreements(edb)] == [agreement["id"]]
        assert [e[0] for e in _agreed_entries(edb)] == [agreement["id"]]  # nothing logged twice
        # The same file once more is a duplicate and records nothing either.
        copy = tmp_path / "salinan.humaspkg"
        shutil.copy(again, copy)
        assert merge_packages(edb, [copy]).packages[0].status == "duplicate"
        assert len(_agreements(edb)) == len(_agreed_entries(edb)) == 1
        assert integrity_findings(edb) == []


# --- 2. a later change on one laptop is a conflict, whichever version was kept -------------


def test_a_later_change_on_the_laptop_whose_version_was_kept_is_a_conflict(tmp_path: Path) -> None:
    """Without the agreement the coordinator's table holds only the assessor's own version, which
    the assessor's later change supersedes: applied silently over the coordinator's 'hadir'."""
    venue, target = _venue(tmp_path)
    lap = venue.assessors[0]
    _coordinator_sets(venue, target, *ONCE)
    first = _assessor_sets(venue, 0, target, *MANY)  # more edits there: the assessor's version is kept
    with venue.coordinator.open() as edb:
        _report, rep = _merge(edb, first)
        assert rep.conflicts == 0 and _open(edb) == []
        assert _held(edb, target) == ("hadir", lap.device.id)
        assert len(_agreements(edb)) == 1
    later = _assessor_sets(venue, 0, target, TIDAK_HADIR)  # the coordinator's 'hadir' never reached it
    with venue.coordinator.open() as edb:
        report, rep = _merge(edb, later)
        assert _open(edb) == [("concurrent", "participant", target)]
        assert (rep.conflicts, rep.older) == (1, 0)
        assert report.participants("conflicts") == [target]
        assert target not in report.participants("updated")
        assert _held(edb, target) == ("hadir", lap.device.id)  # nothing decided without a person
        [conflict] = list_conflicts(edb)
        assert (conflict.local or {})["attendance"] == "hadir"
        assert conflict.incoming["attendance"] == "tidak_hadir"


def test_a_later_change_on_the_laptop_whose_version_was_not_kept_is_a_conflict(tmp_path: Path) -> None:
    """The mirror case: the table kept the coordinator's version, the assessor changes its own.
    The change must neither be applied nor dropped as 'older' (its own earlier version is only
    remembered through the agreement)."""
    venue, target = _venue(tmp_path)
    coordinator = venue.coordinator.device.id
    _coordinator_sets(venue, target, *MANY)
    first = _assessor_sets(venue, 0, target, *ONCE)
    with venue.coordinator.open() as edb:
        _merge(edb, first)
        assert _held(edb, target) == ("hadir", coordinator) and len(_agreements(edb)) == 1
    later = _assessor_sets(venue, 0, target, TIDAK_HADIR)
    with venue.coordinator.open() as edb:
        report, rep = _merge(edb, later)
        assert _open(edb) == [("concurrent", "participant", target)]
        assert (rep.conflicts, rep.older) == (1, 0)
        assert report.participants("conflicts") == [target]
        assert _held(edb, target) == ("hadir", coordinator)


def test_co_assessors_with_the_same_value_then_one_changes_it_is_a_conflict(tmp_path: Path) -> None:
    """Two assessors assigned to one participant both mark 'hadir'; the first one's version is kept.
    When the first later marks 'tidak hadir', the second assessor's 'hadir' (which never saw the
    change) still stands against it: a conflict, not last-writer-wins."""
    venue, target = _venue(tmp_path, co=1)
    a1, a2 = venue.assessors
    p1 = _assessor_sets(venue, 0, target, *MANY)
    p2 = _assessor_sets(venue, 1, target, *ONCE)
    with venue.coordinator.open() as edb:
        report, rep = _merge(edb, p1)
        assert target in report.participants("updated")
        report, rep = _merge(edb, p2)
        assert rep.conflicts == 0 and _open(edb) == []
        assert target not in report.participants("updated")
        assert _held(edb, target) == ("hadir", a1.device.id)
        [agreement] = _agreements(edb)
        assert json.loads(agreement["incoming_json"])["device_id"] == a2.device.id
        assert agreement["assessor_id"] == venue.assessor_rows[1].id
    later = _assessor_sets(venue, 0, target, TIDAK_HADIR)
    with venue.coordinator.open() as edb:
        report, rep = _merge(edb, later)
        assert _open(edb) == [("concurrent", "participant", target)]
        assert report.participants("conflicts") == [target]
        assert _held(edb, target) == ("hadir", a1.device.id)


# --- 3. a person's decision consumes the agreements ------------------------------------------


def test_taking_the_change_consumes_the_agreement_and_the_next_change_is_an_update(tmp_path: Path) -> None:
    venue, target = _venue(tmp_path)
    lap = venue.assessors[0]
    _coordinator_sets(venue, target, *ONCE)
    with venue.coordinator.open() as edb:
        _merge(edb, _assessor_sets(venue, 0, target, *MANY))
    with venue.coordinator.open() as edb:
        _merge(edb, _assessor_sets(venue, 0, target, TIDAK_HADIR))
        [conflict] = list_conflicts(edb)
        resolve_conflict(edb, conflict.id, take_incoming=True, reason="Asesi pulang sebelum uji tulis")
        assert _open(edb) == []
        assert _held(edb, target) == ("tidak_hadir", lap.device.id)
        # The agreement is behind the decision: kept for the record, no longer fed to the merge.
        [agreement] = _agreements(edb)
        assert (agreement["status"], agreement["resolved_by"]) == ("resolved", edb.actor)
        assert store.agreed_rows(edb, "participant", [target]) == {}
        [decided] = [c for c in list_conflicts(edb, include_resolved=True) if c.id == conflict.id]
        assert (decided.resolution, decided.reason) == ("take_incoming", "Asesi pulang sebelum uji tulis")
        assert integrity_findings(edb) == []
    # The assessor whose version was taken changes it again: an ordinary update. (Not back to
    # 'hadir': that would equal the consumed version and hide a leftover agreement.)
    with venue.coordinator.open() as edb:
        report, rep = _merge(edb, _assessor_sets(venue, 0, target, None))
        assert (rep.conflicts, rep.older) == (0, 0)
        assert _open(edb) == []
        assert report.participants("updated") == [target]
        assert _held(edb, target) == (None, lap.device.id)
        assert len(_agreements(edb)) == 1  # nothing new agreed: one laptop's line of edits


def test_keeping_the_coordinator_value_then_a_later_change_is_a_conflict_again(tmp_path: Path) -> None:
    """The coordinator's version was kept in the table; the person keeps it against the assessor's
    change; the assessor changes again (from the refused version): still a conflict."""
    venue, target = _venue(tmp_path)
    coordinator = venue.coordinator.device.id
    _coordinator_sets(venue, target, *MANY)
    with venue.coordinator.open() as edb:
        _merge(edb, _assessor_sets(venue, 0, target, *ONCE))
        assert _held(edb, target) == ("hadir", coordinator)
    with venue.coordinator.open() as edb:
        _merge(edb, _assessor_sets(venue, 0, target, TIDAK_HADIR))
        [conflict] = list_conflicts(edb)
        resolve_conflict(edb, conflict.id, take_incoming=False, reason="Tercatat di daftar hadir")
        assert _held(edb, target) == ("hadir", coordinator)
    with venue.coordinator.open() as edb:
        report, _rep = _merge(edb, _assessor_sets(venue, 0, target, None))
        assert _open(edb) == [("concurrent", "participant", target)]
        assert report.participants("conflicts") == [target]
        assert _held(edb, target) == ("hadir", coordinator)


def test_keeping_the_value_when_the_assessors_version_was_kept_then_a_later_change_is_a_conflict(
        tmp_path: Path) -> None:
    venue, target = _venue(tmp_path)
    lap = venue.assessors[0]
    _coordinator_sets(venue, target, *ONCE)
    with venue.coordinator.open() as edb:
        _merge(edb, _assessor_sets(venue, 0, target, *MANY))
        assert _held(edb, target) == ("hadir", lap.device.id)
    with venue.coordinator.open() as edb:
        _merge(edb, _assessor_sets(venue, 0, target, TIDAK_HADIR))
        [conflict] = list_conflicts(edb)
        resolve_conflict(edb, conflict.id, take_incoming=False, reason="Tercatat di daftar hadir")
        assert _held(edb, target) == ("hadir", lap.device.id)
    with venue.coordinator.open() as edb:
        report, _rep = _merge(edb, _assessor_sets(venue, 0, target, None))
        assert _held(edb, target) == ("hadir", lap.device.id)  # the person's decision stands
        assert _open(edb) == [("concurrent", "participant", target)]
        assert report.participants("conflicts") == [target]
