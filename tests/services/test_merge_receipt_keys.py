"""A results package whose sign-off receipts were signed by another key (issue #21's mutation
run: the merge's check of the package's own receipts was held only through their state): the
package is signed by the assessor's registered laptop key, but a receipt inside was signed again
with a stranger's key (the statement, scores and stored signature left consistent). The merge
refuses it before anything is written, with the receipt mismatch message."""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path

from humas_desktop.messages import MESSAGES
from humas_desktop.services.merge import merge_packages
from humas_desktop.storage import repository as repo
from humas_desktop.storage.device import load_or_create_device
from tests.services.laptops import forged_results, score_and_send, setup_venue


def test_a_receipt_signed_by_a_stranger_inside_a_genuine_package_is_refused(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=2, assessors=1)
    package = score_and_send(venue, 0)
    stranger = load_or_create_device(tmp_path / "orang-asing")

    def resigned_receipt(conn: sqlite3.Connection) -> None:
        so_id, aid, statement = conn.execute(
            "SELECT id, assessment_id, statement FROM signoff ORDER BY id LIMIT 1").fetchone()
        signature = base64.b64encode(stranger.sign(statement.encode("utf-8"))).decode("ascii")
        conn.execute("UPDATE signoff SET signature = ?, public_key = ? WHERE id = ?",
                     (signature, stranger.public_bytes.hex(), so_id))
        conn.execute("UPDATE assessment SET signature = ? WHERE id = ?", (signature, aid))

    forged = forged_results(package, venue.assessors[0].device, resigned_receipt,
                            tmp_path / "kuitansi-asing.humaspkg")
    with venue.coordinator.open() as edb:
        before = len(repo.table_rows(edb, "assessment"))
        report = merge_packages(edb, [forged])
        after = len(repo.table_rows(edb, "assessment"))
    assert [(p.status, p.reason) for p in report.packages] == [("rejected", "package_receipt_mismatch")]
    assert "package_receipt_mismatch" in MESSAGES
    assert after == before
