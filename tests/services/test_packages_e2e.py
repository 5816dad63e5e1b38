"""Three laptops, one event: roster -> hand-out -> scoring -> results -> merge -> complete grid."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Attendance
from humas_desktop.formats.package import read_package
from humas_desktop.services import completeness
from humas_desktop.services.assessor_laptop import open_handout
from humas_desktop.services.check import check_event_file
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.merge import merge_packages
from humas_desktop.storage import audit
from humas_desktop.storage import repository as repo
from tests.services.laptops import score_and_send, setup_venue


def _snapshot_rows(package: Path, tmp: Path, sql: str) -> list[tuple[object, ...]]:
    db = tmp / "peek.sqlite"
    db.write_bytes(read_package(package).snapshot)
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()
        db.unlink()


def test_three_laptops_from_roster_to_complete_grid(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=6)
    a1, a2 = venue.assessor_rows
    with venue.coordinator.open() as edb:
        everyone = {p.id: p.nik for p in repo.list_participants(edb)}
        grid = completeness.grid(edb)
        assert len(grid) == 6 and all(c.state == "expected" for c in grid)
        assert len(completeness.missing_expected(edb)) == 6
        mine = {c.participant_id for c in grid if c.assessor_id == a1.id}
    # Data minimisation: a1's package holds only a1's participants; no other NIK anywhere in it.
    pkg1 = venue.handouts[a1.id]
    ids = {r[0] for r in _snapshot_rows(pkg1, tmp_path, "SELECT id FROM participant")}
    assert ids == mine and len(ids) == 3
    raw = read_package(pkg1).snapshot
    for pid, nik in everyone.items():
        assert (nik.encode() in raw) == (pid in mine)
    # The copy's log starts anew: one whole-row entry per row it carries (identity sealed, the
    # NIK check above covers it), nothing of the coordinator's log (issue 21).
    logged = _snapshot_rows(pkg1, tmp_path, "SELECT entity, field, count(*) FROM audit GROUP BY 1, 2")
    assert {field for _entity, field, _n in logged} == {"*"}
    from humas_desktop.domain import dictionary
    carried = {t: _snapshot_rows(pkg1, tmp_path, f"SELECT count(*) FROM {t}")[0][0]
               for t in dictionary.audited_tables()}
    assert {entity: n for entity, _f, n in logged} == {t: n for t, n in carried.items() if n}

    results = [score_and_send(venue, 0, seed=3), score_and_send(venue, 1, seed=4)]
    with venue.coordinator.open() as edb:
        before = audit.head(edb.conn)
        report = merge_packages(edb, results).as_dict()
        assert report["rejected"] == [] and report["conflicts"] == 0
        assert report["added"] > 6  # assessments plus their answers and unit results
        assert report["updated"] == 6  # attendance set on the assessor laptops
        assert {p.attendance for p in repo.list_participants(edb)} == {Attendance.HADIR}
        assert completeness.missing_expected(edb) == []
        assert {c.state for c in completeness.grid(edb)} == {"signed"}
        assert audit.head(edb.conn)[0] > before[0]
        assert audit.first_broken_link(edb.conn) is None
        signed = edb.conn.execute("SELECT count(*) FROM assessment WHERE status = 'ditandatangani'")
        assert signed.fetchone()[0] == 6
        # Importing the same packages again changes nothing.
        snapshot = repo.counts(edb)
        again = merge_packages(edb, results).as_dict()
        assert sorted(again["duplicates"]) == sorted(p.name for p in results)
        assert again["added"] == again["updated"] == 0
        assert repo.counts(edb) == snapshot
        assert list_conflicts(edb) == []
        # The assessors' signed receipts travelled with their results and still verify here.
        assert edb.conn.execute("SELECT count(*) FROM signoff").fetchone()[0] == 6
    report = check_event_file(venue.coordinator.event_path)
    assert report.ok, report.problems


def test_handout_for_another_laptop_is_refused(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    a1, _a2 = venue.assessor_rows
    other = venue.assessors[1]
    with pytest.raises(DomainError) as err:
        open_handout(other.base, other.device, venue.handouts[a1.id])
    assert err.value.code == "package_foreign"
    wrong_coordinator = "0000-0000-0000-0000"
    mine = venue.assessors[0]
    with pytest.raises(DomainError) as err:
        open_handout(mine.base, mine.device, venue.handouts[a1.id], coordinator_fingerprint=wrong_coordinator)
    assert err.value.code == "package_unknown_key"
    path = open_handout(mine.base, mine.device, venue.handouts[a1.id],
                        coordinator_fingerprint=venue.coordinator.device.fingerprint)
    assert open_handout(mine.base, mine.device, venue.handouts[a1.id]) == path


def test_absent_participant_unblocks_with_reason(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    with venue.coordinator.open() as edb:
        cell = completeness.missing_expected(edb)[0]
        with pytest.raises(DomainError):
            completeness.mark(edb, cell.participant_id, "absent", "  ")
        completeness.mark(edb, cell.participant_id, "absent", "Tidak hadir sampai pukul 12.00")
        missing = completeness.missing_expected(edb)
        assert cell.participant_id not in {c.participant_id for c in missing} and len(missing) == 3
        assert any(e.entity == "completeness_mark" and e.reason.startswith("Tidak hadir")
                   for e in audit.entries(edb.conn))
