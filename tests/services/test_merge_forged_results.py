"""Results packages an insider forges from a real one (signed again with the sender's own,
registered laptop key), that only the merge's last checks can refuse: each is rejected with
its reason and nothing of it is merged.

Written for mutants of services/merge._import_one that survived: the snapshot's own event id
check and the refusal of rows the event file's schema rejects were run by no test."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from humas_desktop.messages import MESSAGES
from humas_desktop.services.integrity import integrity_findings
from humas_desktop.services.merge import merge_packages
from tests.services.forged import forged_results
from tests.services.laptops import score_and_send, setup_venue

TABLES = ("participant", "assessment", "answer", "unit_result", "evidence_item", "signoff",
          "merge_conflict", "applied_package", "audit")


def _other_event(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE event SET id = 'acara-lain'")


def _verdict_the_schema_refuses(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE answer SET verdict = 'X' WHERE id = (SELECT min(id) FROM answer)")


def _note_changed_after_sign_off(conn: sqlite3.Connection) -> None:
    # Found in stop 19 (merged on de90905, after which check called the coordinator's whole file
    # tampered, signoff_state_mismatch, and refused every export): the receipt no longer matches.
    conn.execute("UPDATE unit_result SET notes = 'diubah' WHERE rowid = (SELECT min(rowid) FROM unit_result)")


@pytest.mark.parametrize(("edit", "code"), [
    (_other_event, "package_other_event"),
    (_verdict_the_schema_refuses, "package_damaged"),
    (_note_changed_after_sign_off, "package_receipt_mismatch"),
], ids=["snapshot of another event", "a verdict the schema refuses", "a note changed after sign-off"])
def test_a_forged_results_package_is_rejected_whole(
        tmp_path: Path, edit: Callable[[sqlite3.Connection], None], code: str) -> None:
    venue = setup_venue(tmp_path, participants=4)
    results = score_and_send(venue, 0)
    forged = forged_results(results, venue.assessors[0].device, edit, tmp_path / "palsu.humaspkg")
    with venue.coordinator.open() as edb:
        before = {t: edb.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        report = merge_packages(edb, [forged]).as_dict()
        assert report["rejected"] == [{"package": forged.name, "reason": code}] and code in MESSAGES
        assert report["added"] == report["updated"] == report["conflicts"] == 0
        after = {t: edb.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        assert after == before
        assert integrity_findings(edb) == []  # the coordinator's file still passes check
        # The real package still merges afterwards.
        assert merge_packages(edb, [results]).as_dict()["added"] > 0


def test_a_results_package_whose_snapshot_is_no_database_is_rejected(tmp_path: Path) -> None:
    """Signed by the sender's key, but the snapshot inside is not an SQLite file at all."""
    from humas_desktop.formats.package import package_bytes, read_package

    venue = setup_venue(tmp_path, participants=4)
    results = score_and_send(venue, 0)
    contents = read_package(results)
    manifest = {**contents.manifest, "package_id": "00000000-0000-4000-8000-000000000001"}
    device = venue.assessors[0].device
    forged = tmp_path / "rusak.humaspkg"
    forged.write_bytes(package_bytes(manifest, b"bukan basis data " * 64, device.public_bytes,
                                     device.sign))
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [forged]).as_dict()
        assert report["rejected"] == [{"package": forged.name, "reason": "package_damaged"}]
        assert report["added"] == 0
