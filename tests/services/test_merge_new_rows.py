"""Rows a package adds under its sender's own assessment (nearly every row of a package) are
decided without building their versions (issue #25): the same rules must hold there as on every
other row. A second row for a natural key held here is a listed conflict, not inserted; a new row
is added and logged once; rows sent again unchanged write nothing, not even an audit entry.

Every package here is a real one from a test laptop; the forged one is changed the way an insider
would change it and signed again with that laptop's own key."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from humas_desktop.services.assessor_laptop import write_results
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.integrity import integrity_findings
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import audit
from humas_desktop.storage import repository as repo
from tests.services.laptops import copy_row, forged_results, score_and_send, setup_venue


def test_a_new_row_whose_key_is_held_is_a_conflict_and_only_new_rows_are_logged(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    sender = venue.assessor_rows[0]
    lap = venue.assessors[0]
    first = score_and_send(venue, 0)
    with venue.coordinator.open() as edb:
        assert merge_packages(edb, [first]).packages[0].status == "applied"
        own = repo.table_rows(edb, "assessment", "WHERE assessor_id = ? ORDER BY id", [sender.id])[0]
        answer = repo.table_rows(edb, "answer", "WHERE assessment_id = ? ORDER BY id", [own["id"]])[0]
        unit = repo.table_rows(edb, "unit_result", "WHERE assessment_id = ? ORDER BY id", [own["id"]])[0]
        answers_before = repo.table_rows(edb, "answer", "ORDER BY id")
        seq_before = audit.head(edb.conn)[0]
    first.unlink()
    with lap.open(actor=sender.id) as edb:
        # Reopened (no current receipt): rows may be added to it; the others are sent again as they were.
        ScoringService(edb, lap.device).reopen(own["id"], "dibuka lagi")
        again = write_results(edb, lap.device, venue.stick)
    twin = str(uuid.uuid4())  # the same question of the same assessment, under another id
    extra = {"id": str(uuid.uuid4()), "assessment_id": own["id"], "unit_id": unit["unit_id"],
             "position": 0, "name": "Bukti tambahan", "valid": 1, "asli": 1, "terkini": 1, "memadai": 1,
             "removed": 0, "created_at": answer["created_at"], "updated_at": answer["updated_at"],
             "revision": 1, "device_id": lap.device.id, "written_by": sender.id}

    def edit(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE answer SET id = ? WHERE id = ?", (twin, answer["id"]))
        copy_row(conn, "evidence_item", extra)

    forged = forged_results(again, lap.device, edit, tmp_path / "palsu.humaspkg")
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [forged])
        [merged] = report.packages
        assert merged.status == "applied"
        assert (merged.added, merged.conflicts, merged.updated) == (1, 1, 1)
        assert sorted((c.kind, c.entity, c.entity_id) for c in list_conflicts(edb)) == \
            [("duplicate_key", "answer", twin)]
        # The answer held stays as it was; the twin is not in the table.
        assert repo.table_rows(edb, "answer", "ORDER BY id") == answers_before
        assert repo.table_rows(edb, "evidence_item", "WHERE id = ?", [extra["id"]]) != []
        # Entries for the reopened assessment's changed columns, the added row, the conflict and
        # the package: the rows sent again unchanged wrote nothing.
        logged = [(e.entity, e.entity_id, e.field) for e in audit.entries(edb.conn, after_seq=seq_before)]
        assert {(entity, row_id) for entity, row_id, _field in logged if entity != "merge_conflict"} == \
            {("assessment", own["id"]), ("evidence_item", extra["id"]), ("package", merged.package_id)}
        assert [f for e, i, f in logged if e == "evidence_item"] == ["*"]
        assert [f for e, i, f in logged if e == "merge_conflict"] == ["detected"]
        assert integrity_findings(edb) == []


def test_a_package_sent_again_changes_nothing(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    package = score_and_send(venue, 0)
    with venue.coordinator.open() as edb:
        assert merge_packages(edb, [package]).packages[0].status == "applied"
        seq = audit.head(edb.conn)
        tables = {t: repo.table_rows(edb, t, "ORDER BY id") for t in ("assessment", "answer", "unit_result")}
        report = merge_packages(edb, [package])
        assert report.packages[0].status == "duplicate"
        assert audit.head(edb.conn) == seq
        assert {t: repo.table_rows(edb, t, "ORDER BY id") for t in tables} == tables
