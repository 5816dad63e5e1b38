"""Sign-off receipts over an assessment's life (issue #21's mutation run found no test holding
these): signed again after a reopening, the record gets a new receipt that ``check`` accepts;
receipts written before they covered the identity do not count as an identity change at close;
a receipt is never made for an assessment the file does not hold."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from humas_desktop.services import integrity
from humas_desktop.services.check import check_event_file
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import audit
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo
from tests.services.laptops import forged_results, score_and_send, setup_venue


@pytest.mark.parametrize("clock", ["running", "set back"])
def test_signed_again_after_reopening_without_a_change_gets_a_new_receipt(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, clock: str) -> None:
    """The assessor reopens a signed FR.AK.02 (with a reason) and signs it again as it was: the
    new signature needs its own receipt, anchored after the new sign-off; handing back the old
    one would leave a stale receipt that ``check`` refuses. Also when the laptop's clock was set
    back to the very millisecond of the first signature (the signed record is then identical)."""
    from humas_desktop.services import signoff

    path = make_demo(data_dir, participants=3, decided=True)
    device = load_or_create_device(data_dir)
    with open_event(path, device_id=device.id) as edb:
        aid, name, met, first, signed_at = edb.conn.execute(
            "SELECT id, signed_name, signed_met, receipt_code, signed_at FROM assessment "
            "WHERE status = 'ditandatangani' LIMIT 1").fetchone()
        if clock == "set back":
            monkeypatch.setattr(signoff, "now_iso", lambda: signed_at)
        svc = ScoringService(edb, device)
        svc.reopen(aid, "periksa ulang")
        again = svc.sign_off(aid, name, met)
        receipts = edb.conn.execute("SELECT count(*) FROM signoff WHERE assessment_id = ?",
                                    (aid,)).fetchone()[0]
    assert again and again != first
    assert receipts == 2
    assert check_event_file(path, require_receipts=True).ok


def test_receipts_from_before_identity_was_covered_are_no_identity_change(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An assessor's laptop on a version whose receipts did not yet cover the identity (statement
    v1): after the coordinator accepts a correction of the certificate name, close has nothing
    signed to compare it with, and the check does not fail on the old receipts."""
    from humas_desktop.services.conflicts import list_conflicts, resolve_conflict
    from humas_desktop.services.merge import merge_packages

    real = integrity._canonical

    def version_1(data: Any) -> bytes:
        if isinstance(data, dict) and data.get("kind") == "signoff":
            data = {**{k: v for k, v in data.items() if k != "identity"}, "v": 1}
        return real(data)

    venue = setup_venue(tmp_path, participants=2, assessors=1)
    with monkeypatch.context() as older:
        older.setattr(integrity, "_canonical", version_1)
        package = score_and_send(venue, 0)
    from humas_desktop.formats.package import read_package

    pid = str(read_package(package).manifest["ids"]["participants"][0])

    def typo(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE participant SET certificate_name = 'Dra. Nama Baru, M.Si.', "
                     "revision = revision + 1 WHERE id = ?", (pid,))

    proposal = forged_results(package, venue.assessors[0].device, typo, tmp_path / "usul.humaspkg")
    with venue.coordinator.open() as edb:
        merge_packages(edb, [package, proposal])
        [conflict] = [c for c in list_conflicts(edb) if c.entity_id == pid]
        statements = [json.loads(r[0]) for r in edb.conn.execute("SELECT statement FROM signoff")]
        assert statements and all("identity" not in s and s["v"] == 1 for s in statements)
        resolve_conflict(edb, conflict.id, take_incoming=True, reason="sesuai ijazah")
        assert integrity.identity_changes_after_signoff(edb) == []
        assert integrity.integrity_findings(edb) == []


def test_no_receipt_for_an_assessment_the_file_does_not_hold(data_dir: Path) -> None:
    path = make_demo(data_dir, participants=2, decided=True)
    device = load_or_create_device(data_dir)
    with open_event(path, device_id=device.id) as edb:
        before = audit.head(edb.conn)
        with pytest.raises(integrity.IntegrityError) as refused:
            integrity.sign_assessment(edb, device, "tidak-ada")
        assert refused.value.code == "assessment_missing"
        with pytest.raises(integrity.IntegrityError) as refused:
            integrity.assessment_state(edb, "tidak-ada")
        assert refused.value.code == "assessment_missing"
        assert audit.head(edb.conn) == before
        # and a participant the file does not hold has no identity to cover
        assert integrity.identity_digest(edb, "tidak-ada") == ""


def test_a_signed_receipt_that_is_no_statement_is_named_malformed(data_dir: Path) -> None:
    """Someone holding a laptop key signs a receipt whose statement is a JSON list, not the
    statement object: check names it malformed (one line, no traceback)."""
    import base64

    path = make_demo(data_dir, participants=2, decided=True)
    device = load_or_create_device(data_dir)
    conn = sqlite3.connect(path, isolation_level=None)
    aid = conn.execute("SELECT assessment_id FROM signoff LIMIT 1").fetchone()[0]
    conn.execute("UPDATE signoff SET statement = '[]', signature = ? WHERE assessment_id = ?",
                 (base64.b64encode(device.sign(b"[]")).decode("ascii"), aid))
    conn.close()
    report = check_event_file(path)
    assert not report.ok
    assert [p for p in report.problems if p["code"] == "signoff_malformed"
            and p.get("assessment") == aid]
