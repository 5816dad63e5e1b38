"""Identity is the coordinator's (issue 21), and so is the record of what each hand-out carried.

Observed on da7ae9f: (1) a results package signed by the assessor's own registered key renamed one
of its signed-off participants and gave another NIK and birth date; the merge applied it ("5
diperbarui, 0 konflik") and the forged holder got a certificate that verified. (2) A package that
set another institution and claimed in ``manifest.base`` to derive from the coordinator's later
correction was applied with 0 conflicts: the package decided its own ancestry.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest

from humas_desktop.domain import dictionary
from humas_desktop.formats.package import package_bytes, read_package
from humas_desktop.services import handout, roster_edit
from humas_desktop.services.close_session import close_blockers
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.integrity import integrity_findings
from humas_desktop.services.merge import merge_packages
from humas_desktop.storage import repository as repo
from tests.services.laptops import Venue, forged_results, score_and_send, setup_venue


def _signed_participant(venue: Venue, package: Path) -> str:
    contents = read_package(package)
    return str(contents.manifest["ids"]["participants"][0])


def _participant(venue: Venue, pid: str) -> dict[str, Any]:
    with venue.coordinator.open() as edb:
        return repo.table_rows(edb, "participant", "WHERE id = ?", [pid])[0]


def test_a_package_that_renames_a_signed_participant_is_never_applied(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    honest = score_and_send(venue, 0)
    pid = _signed_participant(venue, honest)
    before = _participant(venue, pid)

    def rename(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE participant SET name = 'Nama Palsu', nik = '3273015507900009', "
                     "birth_date = '1990-07-15', revision = revision + 1 WHERE id = ?", (pid,))

    forged = forged_results(honest, venue.assessors[0].device, rename, tmp_path / "palsu.humaspkg")
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [forged])
        assert report.packages[0].status == "applied"  # the scores are the assessor's: they merge
        row = repo.table_rows(edb, "participant", "WHERE id = ?", [pid])[0]
        assert (row["name"], row["nik"], row["birth_date"]) == (before["name"], before["nik"],
                                                                before["birth_date"])
        conflicts = [c for c in list_conflicts(edb) if c.entity_id == pid]
        assert [c.kind for c in conflicts] == ["not_owner"]
        fields = conflicts[0].as_dict()["fields"]
        assert {"name", "nik", "birth_date"} <= set(fields)
        assert pid in report.packages[0].participants_conflicts
        assert "merge_conflicts_open" in {b.code for b in close_blockers(edb)}
        assert integrity_findings(edb) == []


@pytest.mark.parametrize("column", [c for c in dictionary.table("participant").column_names
                                    if dictionary.owner("participant", c) is not dictionary.Owner.ASSESSOR
                                    and c not in dictionary.SYNC_COLUMNS and c != "id"])
def test_no_column_the_assessor_does_not_own_is_taken_from_results(tmp_path: Path, column: str) -> None:
    """One per column the data dictionary gives to someone other than the assessor."""
    venue = setup_venue(tmp_path, participants=2, assessors=1)
    honest = score_and_send(venue, 0)
    pid = _signed_participant(venue, honest)
    before = _participant(venue, pid)
    value: Any = {"number": 99, "birth_date": "1971-01-01", "gender": "P" if before["gender"] == "L" else "L",
                  "scheme_id": before["scheme_id"] + "x"}.get(column, "Diubah Asesor")

    def change(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(f"UPDATE participant SET {column} = ?, revision = revision + 1 WHERE id = ?",
                     (value, pid))

    forged = forged_results(honest, venue.assessors[0].device, change, tmp_path / "ubah.humaspkg")
    with venue.coordinator.open() as edb:
        merge_packages(edb, [forged])
        after = repo.table_rows(edb, "participant", "WHERE id = ?", [pid])[0]
        assert after[column] == before[column]
        assert any(c.entity_id == pid and column in c.as_dict()["fields"] for c in list_conflicts(edb))


def test_attendance_the_assessor_owns_is_taken(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=2, assessors=1)
    package = score_and_send(venue, 0)
    pid = _signed_participant(venue, package)
    with venue.coordinator.open() as edb:
        merge_packages(edb, [package])
        assert repo.table_rows(edb, "participant", "WHERE id = ?", [pid])[0]["attendance"] == "hadir"
        assert list_conflicts(edb) == []


def _with_base(package: Path, signer: Any, out: Path, edit: Any, base: dict[str, list[Any]]) -> Path:
    contents = read_package(package)
    snap = out.with_suffix(".sqlite")
    snap.write_bytes(contents.snapshot)
    conn = sqlite3.connect(snap, isolation_level=None)
    edit(conn)
    conn.close()
    data = snap.read_bytes()
    manifest = dict(contents.manifest)
    manifest["package_id"] = str(uuid.uuid4())
    manifest["counts"] = handout.snapshot_counts(data)
    manifest["base"] = base
    out.write_bytes(package_bytes(manifest, data, signer.public_bytes, signer.sign))
    return out


def test_a_package_cannot_claim_to_descend_from_the_coordinators_later_correction(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=2, assessors=1)
    honest = score_and_send(venue, 0)
    pid = _signed_participant(venue, honest)
    with venue.coordinator.open() as edb:
        roster_edit.edit_participant(edb, pid, {"institution": "Dinas Kominfo Kota Cimahi"},
                                     reason="salah ketik instansi")
        corrected = repo.table_rows(edb, "participant", "WHERE id = ?", [pid])[0]

    def other_institution(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE participant SET institution = 'PT Lain Sekali', "
                     "revision = ? WHERE id = ?", (corrected["revision"] + 1, pid))

    claimed = dict(read_package(honest).manifest["base"])
    claimed[pid] = [corrected["revision"], corrected["device_id"]]  # "I derive from your correction"
    lying = _with_base(honest, venue.assessors[0].device, tmp_path / "bohong.humaspkg",
                       other_institution, claimed)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [lying])
        assert report.packages[0].status == "rejected"
        assert report.packages[0].reason == "package_altered"
        row = repo.table_rows(edb, "participant", "WHERE id = ?", [pid])[0]
        assert row["institution"] == "Dinas Kominfo Kota Cimahi"

    honest_base = _with_base(honest, venue.assessors[0].device, tmp_path / "jujur.humaspkg",
                             other_institution, dict(read_package(honest).manifest["base"]))
    with venue.coordinator.open() as edb:
        merge_packages(edb, [honest_base])
        row = repo.table_rows(edb, "participant", "WHERE id = ?", [pid])[0]
        assert row["institution"] == "Dinas Kominfo Kota Cimahi"  # the correction survives
        assert any(c.entity_id == pid for c in list_conflicts(edb))


def test_the_receipt_covers_identity_and_close_lists_a_change_after_signoff(tmp_path: Path) -> None:
    from humas_desktop.services.integrity import identity_changes_after_signoff

    """The assessor's proposal (a typo in the certificate name) arrives as a conflict; once the
    coordinator accepts it with a reason, the identity differs from the one the assessor signed
    for, and close lists the participant until the change is confirmed with a reason."""
    from humas_desktop.services.conflicts import resolve_conflict

    venue = setup_venue(tmp_path, participants=2, assessors=1)
    package = score_and_send(venue, 0)
    pid = _signed_participant(venue, package)

    def typo(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE participant SET certificate_name = 'Dra. Nama Baru, M.Si.', "
                     "revision = revision + 1 WHERE id = ?", (pid,))

    proposal = forged_results(package, venue.assessors[0].device, typo, tmp_path / "usul.humaspkg")
    with venue.coordinator.open() as edb:
        merge_packages(edb, [proposal])
        assert identity_changes_after_signoff(edb) == []
        [conflict] = [c for c in list_conflicts(edb) if c.entity_id == pid]
        resolve_conflict(edb, conflict.id, take_incoming=True, reason="sesuai ijazah")
        assert repo.table_rows(edb, "participant", "WHERE id = ?", [pid])[0]["certificate_name"] \
            == "Dra. Nama Baru, M.Si."
        assert identity_changes_after_signoff(edb) == [pid]
        assert integrity_findings(edb) == []
        blockers = {b.code: b for b in close_blockers(edb)}
        assert "identity_changed_after_signoff" in blockers
        number = repo.participant_numbers(edb)[pid]
        assert blockers["identity_changed_after_signoff"].numbers == (number,)
        confirmed = {b.code for b in close_blockers(edb, identity_reason="sesuai KTP")}
        assert "identity_changed_after_signoff" not in confirmed
