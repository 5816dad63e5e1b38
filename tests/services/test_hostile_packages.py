"""Packages as an attacker with a USB stick would make them, built here from real packages.

Every hostile package is signed with a key the receiver accepts (the coordinator's for a hand-out,
the assessor's registered laptop key for results), so what refuses it is the rule under test and
not the signature check.
"""

from __future__ import annotations

import io
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.package import read_package
from humas_desktop.messages import MESSAGES
from humas_desktop.paths import events_dir
from humas_desktop.services.assessor_laptop import open_handout, write_results
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from tests.services.hostile import EVIL_TRIGGER, resigned
from tests.services.laptops import Laptop, Venue, score, score_and_send, setup_venue

HOSTILE_SNAPSHOTS = {
    "trigger": [EVIL_TRIGGER],
    "view": ["CREATE VIEW peserta_lengkap AS SELECT * FROM participant"],
    "extra_table": ["CREATE TABLE catatan_rahasia (x TEXT)", "INSERT INTO catatan_rahasia VALUES ('x')"],
    "changed_table": ["ALTER TABLE participant ADD COLUMN extra TEXT DEFAULT 'x'"],
    "expression_index": ["CREATE INDEX evil_index ON participant(lower(name))"],
    "changed_trigger": ["DROP TRIGGER audit_no_delete",
                        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT 1; END"],
    # A VIEW in place of a table that never ends: the merge must not hang on it.
    "recursive_view": ["PRAGMA foreign_keys = OFF", "DROP TABLE participant",
                       "CREATE VIEW participant AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
                       "SELECT n + 1 FROM r) SELECT 'p' || n AS id, n AS number FROM r"],
}


def _state(lap: Laptop) -> list[tuple[str, int]]:
    with lap.open() as edb:
        return [(t, len(repo.table_rows(edb, t)))
                for t in ("participant", "assessment", "answer", "unit_result", "signoff", "merge_conflict")]


@pytest.fixture(scope="module")
def venue(tmp_path_factory: pytest.TempPathFactory) -> Venue:
    return setup_venue(tmp_path_factory.mktemp("venue"), participants=4)


@pytest.fixture(scope="module")
def results(venue: Venue) -> Path:
    return score_and_send(venue, 0)


def test_handout_with_a_trigger_is_refused_and_nothing_is_installed(venue: Venue, tmp_path: Path) -> None:
    lap, row = venue.assessors[1], venue.assessor_rows[1]
    hostile = resigned(venue.handouts[row.id], venue.coordinator.device, [EVIL_TRIGGER],
                       tmp_path / "paket.humaspkg")
    with pytest.raises(DomainError) as err:
        open_handout(lap.base, lap.device, hostile,
                     coordinator_fingerprint=venue.coordinator.device.fingerprint)
    assert err.value.code == "package_altered" and err.value.code in MESSAGES
    assert not list(events_dir(lap.base).glob("*.humas*"))


@pytest.mark.parametrize("kind", sorted(HOSTILE_SNAPSHOTS))
def test_results_with_code_or_foreign_schema_are_refused_quickly(venue: Venue, results: Path,
                                                                  tmp_path: Path, kind: str) -> None:
    hostile = resigned(results, venue.assessors[0].device, HOSTILE_SNAPSHOTS[kind],
                       tmp_path / f"hasil-{kind}.humaspkg")
    before = _state(venue.coordinator)
    started = time.monotonic()
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [hostile])
    elapsed = time.monotonic() - started
    assert [(p.status, p.reason) for p in report.packages] == [("rejected", "package_altered")]
    assert _state(venue.coordinator) == before
    assert elapsed < 5, f"a refused package must end within 5 s, took {elapsed:.1f} s"


def test_results_for_a_participant_not_assigned_to_the_sender_are_a_conflict(tmp_path: Path) -> None:
    """An insider (or a stolen laptop, registered key) scores someone assigned to another assessor."""
    venue = setup_venue(tmp_path, participants=4)
    coord, lap, row = venue.coordinator, venue.assessors[0], venue.assessor_rows[0]
    score_and_send(venue, 0)  # opens the hand-out; the working copy holds assessor 1's participants
    with coord.open() as edb:
        theirs = repo.table_rows(edb, "participant", "WHERE id IN (SELECT participant_id FROM assignment "
                                 "WHERE assessor_id = ?)", [venue.assessor_rows[1].id])[0]
        person = repo.get_participant(edb, str(theirs["id"]))
    assert lap.event_path is not None
    # Through the app's own (audited) insert: a plain SQL insert would make the laptop's own
    # check refuse to send anything (issue 21).
    with lap.open(actor=row.id) as edb:
        repo.insert_participants(edb, [person])
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb, lap.device)
        aid = svc.open_assessment(str(theirs["id"]), row.id, venue.scheme.id)
        score(svc, aid, venue.scheme, row, bk=True)
        (tmp_path / "stick2").mkdir()
        package = write_results(edb, lap.device, tmp_path / "stick2")
    with coord.open() as edb:
        report = merge_packages(edb, [package])
        stored = repo.table_rows(edb, "assessment", "WHERE participant_id = ?", [theirs["id"]])
        conflicts = [c for c in list_conflicts(edb) if c.participant_id == theirs["id"]]
    assert report.packages[0].status in ("applied", "rejected")
    assert stored == [], "an assessment of someone else's participant was added silently"
    assert report.packages[0].status == "rejected" or conflicts
    assert all(c.assessor_id == row.id for c in conflicts)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.comment = b"HDPKG1 " + b"A" * 88
    return buf.getvalue()


def test_a_zip_bomb_snapshot_is_refused_before_inflating(tmp_path: Path) -> None:
    from humas_desktop.formats import package

    bomb = _zip({package.MANIFEST: b"{}", package.MANIFEST_SIG: b"x",
                 package.SNAPSHOT: b"\0" * (getattr(package, "MAX_SNAPSHOT_BYTES", 256 << 20) + 1)})
    assert len(bomb) < 2 * 1024 * 1024
    with pytest.raises(DomainError) as err:
        package.read_package_bytes(bomb)
    assert err.value.code == "package_too_large"


def test_extra_members_are_refused(tmp_path: Path) -> None:
    from humas_desktop.formats import package

    many = _zip({package.MANIFEST: b"{}", package.MANIFEST_SIG: b"x", package.SNAPSHOT: b"x",
                 **{f"m{i}": b"" for i in range(2000)}})
    with pytest.raises(DomainError) as err:
        package.read_package_bytes(many)
    assert err.value.code == "package_tampered"


def test_a_backup_offered_for_restore_with_a_trigger_is_refused(venue: Venue, tmp_path: Path) -> None:
    from humas_desktop.storage import backup

    assert venue.coordinator.event_path is not None
    target = tmp_path / "acara.humas"
    backup.copy_connection(sqlite3.connect(venue.coordinator.event_path), target)
    offered = tmp_path / "cadangan.humas"
    backup.copy_connection(sqlite3.connect(target), offered)
    conn = sqlite3.connect(offered, isolation_level=None)
    conn.execute(EVIL_TRIGGER)
    conn.close()
    before = target.read_bytes()
    with pytest.raises(DomainError) as err:
        backup.restore(offered, target)
    assert err.value.code == "db_altered" and err.value.code in MESSAGES
    assert target.read_bytes() == before


def test_foreign_database_caps_and_damage_are_named(results: Path, tmp_path: Path) -> None:
    from humas_desktop.storage import foreign_db

    snap = tmp_path / "incoming.sqlite"
    snap.write_bytes(read_package(results).snapshot)
    foreign_db.check_foreign(snap)  # a real snapshot passes
    for limits in ({"max_rows": 1}, {"max_bytes": 1024}):
        with pytest.raises(DomainError) as err:
            foreign_db.check_foreign(snap, **limits)  # type: ignore[arg-type]
        assert err.value.code == "db_too_large" and err.value.code in MESSAGES
    garbage = tmp_path / "rusak.sqlite"
    garbage.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    with pytest.raises(DomainError) as err:
        foreign_db.check_foreign(garbage)
    assert err.value.code == "db_damaged" and err.value.code in MESSAGES
