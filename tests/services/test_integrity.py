"""Tamper suite: every edit made behind the app's back is found by ``humas-desktop check``."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.services import integrity, signoff
from humas_desktop.services.check import check_event_file
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import audit
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo

# HUMAS_TAMPER_SAMPLE=100000 runs every audited cell (684 in this demo) instead of 60.
SAMPLE = int(os.environ.get("HUMAS_TAMPER_SAMPLE", "60"))


def sign_all(path: Path, base: Path) -> None:
    """What ScoringService.sign_off will do once wired: a receipt for each signed assessment."""
    device = load_or_create_device(base)
    with open_event(path, device_id=device.id) as edb:
        for (aid,) in edb.conn.execute(
                "SELECT id FROM assessment WHERE status = 'ditandatangani'").fetchall():
            integrity.sign_assessment(edb, device, aid)


@pytest.fixture(scope="module")
def signed_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("tamper")
    path = make_demo(base, 6, decided=True)
    sign_all(path, base)
    return path


@pytest.fixture
def signed(signed_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.humas"
    shutil.copyfile(signed_template, target)  # closed file: no WAL to copy
    return target


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def rechain(conn: sqlite3.Connection) -> None:
    """What an attacker without the device key can do: recompute every hash of the log."""
    prev = audit.GENESIS
    rows = conn.execute("SELECT seq, at, actor, device_id, entity, entity_id, field, old, new, "
                        "reason FROM audit ORDER BY seq").fetchall()
    for row in rows:
        digest = hashlib.sha256(audit.canonical(*row, prev)).hexdigest()
        conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row[0]))
        prev = digest
    _restore_triggers(conn)


def _restore_triggers(conn: sqlite3.Connection) -> None:
    """A careful attacker puts the log's guards back exactly as the app writes them (else the
    schema check names the missing triggers at once)."""
    from humas_desktop.storage.foreign_db import expected_schema
    from humas_desktop.storage.schema import SCHEMA_VERSION

    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for kind, name, _tbl, sql in expected_schema(SCHEMA_VERSION):
        if kind == "trigger" and name not in present and sql:
            conn.execute(sql)


def drop_triggers(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")


def codes(path: Path) -> list[str]:
    return [p["code"] for p in check_event_file(path).problems]


def signed_answer(conn: sqlite3.Connection) -> tuple[str, str, str]:
    return conn.execute(
        "SELECT a.id, a.verdict, a.assessment_id FROM answer a JOIN assessment s "
        "ON s.id = a.assessment_id WHERE s.status = 'ditandatangani' AND a.verdict = 'K' "
        "ORDER BY a.id LIMIT 1").fetchone()


def test_untouched_signed_file_passes(signed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = check_event_file(signed, require_receipts=True)
    assert report.ok, report.problems
    assert report.signers, "receipts name the signing laptops"
    assert main(["check", str(signed)]) == 0


def test_direct_score_edit_is_found(signed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with raw(signed) as conn:
        answer_id, _, aid = signed_answer(conn)
        conn.execute("UPDATE answer SET verdict = 'BK' WHERE id = ?", (answer_id,))
    report = check_event_file(signed)
    first = report.problems[0]
    assert first == {"code": "state_mismatch", "table": "answer", "row": answer_id,
                     "column": "verdict"}
    assert {"code": "signoff_state_mismatch", "assessment": aid} in [
        {k: v for k, v in p.items() if k != "seq"} for p in report.problems]
    assert main(["check", str(signed)]) == 1
    err = capsys.readouterr().err
    assert "answer" in err and "verdict" in err and err[-1] == "\n" and err.count("\n") == 1


def test_rechained_log_without_key_is_found(signed: Path) -> None:
    with raw(signed) as conn:
        answer_id, _, aid = signed_answer(conn)
        conn.execute("UPDATE answer SET verdict = 'BK' WHERE id = ?", (answer_id,))
        drop_triggers(conn)
        seq = conn.execute("SELECT max(seq) FROM audit WHERE entity_id = ? AND field = 'verdict'",
                           (answer_id,)).fetchone()[0]
        conn.execute("UPDATE audit SET new = 'BK' WHERE seq = ?", (seq,))
        rechain(conn)
    with open_event(signed, read_only=True) as edb:
        assert audit.first_broken_link(edb.conn) is None  # the chain alone is fooled
    found = codes(signed)
    assert "signoff_anchor_mismatch" in found and "signoff_state_mismatch" in found
    assert "state_mismatch" not in found


@pytest.mark.parametrize("how", ["delete_middle", "reorder", "truncate", "delete_rechain",
                                 "truncate_rechain"])
def test_log_surgery_is_found(signed: Path, how: str) -> None:
    with raw(signed) as conn:
        drop_triggers(conn)
        last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
        if how.startswith("delete"):
            conn.execute("DELETE FROM audit WHERE seq = 10")
        elif how == "reorder":
            a = conn.execute("SELECT * FROM audit WHERE seq = 20").fetchone()
            b = conn.execute("SELECT * FROM audit WHERE seq = 21").fetchone()
            conn.execute("DELETE FROM audit WHERE seq IN (20, 21)")
            marks = ",".join("?" * len(a))
            conn.execute(f"INSERT INTO audit VALUES ({marks})", (20, *b[1:]))
            conn.execute(f"INSERT INTO audit VALUES ({marks})", (21, *a[1:]))
        else:
            conn.execute("DELETE FROM audit WHERE seq > ?", (last - 30,))
        if how.endswith("rechain"):
            if how == "delete_rechain":
                conn.execute("UPDATE audit SET seq = seq - 1 WHERE seq > 10")
            rechain(conn)
    report = check_event_file(signed)
    assert not report.ok
    if how in {"delete_middle", "reorder"}:
        assert report.problems[0]["code"] == "audit_chain_broken"
        assert report.problems[0]["seq"] in {10, 11, 20, 21}
    else:
        assert {p["code"] for p in report.problems} & {
            "signoff_anchor_mismatch", "row_not_in_log", "state_mismatch", "row_missing"}


def test_replayed_old_signoff_is_found(signed: Path, data_dir: Path) -> None:
    device = load_or_create_device(data_dir)
    with open_event(signed, device_id=device.id) as edb:
        aid, question = edb.conn.execute(
            "SELECT a.assessment_id, a.question_id FROM answer a JOIN assessment s "
            "ON s.id = a.assessment_id WHERE s.status = 'ditandatangani' AND a.verdict = 'K' "
            "AND s.overall_recommendation = 'K' LIMIT 1").fetchone()
        old = edb.conn.execute("SELECT signature, receipt_code FROM assessment WHERE id = ?",
                               (aid,)).fetchone()
        svc = ScoringService(edb)
        svc.reopen(aid, "Koreksi nilai")
        from humas_desktop.domain.models import Verdict

        svc.set_verdict(aid, question, Verdict.BK)
        new = signoff.sign_off(edb, device, aid, "Asesor", "MET.1")
    assert new.code != old[1]
    assert check_event_file(signed, require_receipts=True).ok
    # The attacker removes the new receipt and puts the old one back.
    with raw(signed) as conn:
        conn.execute("DELETE FROM signoff WHERE receipt_code = ?", (new.code,))
        conn.execute("UPDATE assessment SET signature = ?, receipt_code = ? WHERE id = ?",
                     (*old, aid))
    found = codes(signed)
    assert "signoff_stale" in found and "signoff_state_mismatch" in found
    assert "row_missing" in found


def test_receipt_moved_to_another_assessment_is_found(signed: Path) -> None:
    with raw(signed) as conn:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM assessment WHERE status = 'ditandatangani' ORDER BY id LIMIT 2")]
        so = conn.execute("SELECT id FROM signoff WHERE assessment_id = ?", (ids[0],)).fetchone()[0]
        conn.execute("DELETE FROM signoff WHERE assessment_id = ?", (ids[1],))
        conn.execute("UPDATE signoff SET assessment_id = ? WHERE id = ?", (ids[1], so))
    assert "signoff_wrong_record" in codes(signed)


def test_forged_statement_is_found(signed: Path) -> None:
    with raw(signed) as conn:
        so_id, statement = conn.execute("SELECT id, statement FROM signoff LIMIT 1").fetchone()
        conn.execute("UPDATE signoff SET statement = ? WHERE id = ?",
                     (statement.replace('"answers_k":', '"answers_k":1'), so_id))
    assert "signoff_bad_signature" in codes(signed)


def test_deleting_every_receipt_is_found(signed: Path) -> None:
    with raw(signed) as conn:
        drop_triggers(conn)
        conn.execute("DELETE FROM signoff")
        conn.execute("DELETE FROM audit WHERE entity = 'signoff' OR field IN "
                     "('signature', 'receipt_code')")
        conn.execute("UPDATE assessment SET signature = '', receipt_code = ''")
        rows = conn.execute("SELECT seq FROM audit ORDER BY seq").fetchall()
        for new_seq, (old_seq,) in enumerate(rows, 1):
            conn.execute("UPDATE audit SET seq = ? WHERE seq = ?", (new_seq, old_seq))
        rechain(conn)
    assert check_event_file(signed).ok  # a file from before receipts cannot tell...
    report = check_event_file(signed, require_receipts=True)  # ...but the strict check can
    assert report.problems[0]["code"] == "signoff_missing"


def test_receipt_code_check_character() -> None:
    code = integrity.receipt_code(b"statement")
    assert len(code.replace("-", "")) == 10
    assert integrity.verify_receipt_code(code)
    assert integrity.verify_receipt_code(code.lower().replace("-", ""))
    body = code.replace("-", "")
    for i in range(9):
        for ch in "0123456789ABCDEFGHJKMNPQRSTVWXYZ":
            if ch != body[i]:
                assert not integrity.verify_receipt_code(body[:i] + ch + body[i + 1:])
    swapped = [body[:i] + body[i + 1] + body[i] + body[i + 2:] for i in range(8)
               if body[i] != body[i + 1]]
    assert swapped and not any(integrity.verify_receipt_code(s) for s in swapped)


def test_receipt_recomputable_and_idempotent(signed: Path, data_dir: Path) -> None:
    device = load_or_create_device(data_dir)
    with open_event(signed, device_id=device.id) as edb:
        aid, stored = edb.conn.execute("SELECT id, receipt_code FROM assessment "
                                       "WHERE status = 'ditandatangani' LIMIT 1").fetchone()
        assert integrity.receipt_for(edb, aid) == stored
        before = edb.conn.execute("SELECT count(*) FROM signoff").fetchone()[0]
        again = integrity.sign_assessment(edb, device, aid)
        assert again.code == stored
        assert edb.conn.execute("SELECT count(*) FROM signoff").fetchone()[0] == before


def test_receipt_merged_into_another_file_keeps_its_protection(signed: Path,
                                                               tmp_path: Path) -> None:
    """A coordinator file that received the rows by merge holds a different chain."""
    with raw(signed) as conn:
        drop_triggers(conn)
        # The merge wrote the rows (and their audit entries) under the coordinator's device.
        # (so every hash differs from the ones the assessor's laptop signed).
        conn.execute("UPDATE audit SET device_id = 'coordinator-laptop'")
        rechain(conn)
    report = check_event_file(signed, require_receipts=True)
    assert report.ok, report.problems  # anchors elsewhere: signature + state still verified
    with raw(signed) as conn:
        drop_triggers(conn)
        answer_id, _, aid = signed_answer(conn)
        conn.execute("UPDATE answer SET verdict = 'BK' WHERE id = ?", (answer_id,))
        seq = conn.execute("SELECT max(seq) FROM audit WHERE entity_id = ? AND field = 'verdict'",
                           (answer_id,)).fetchone()[0]
        conn.execute("UPDATE audit SET new = 'BK' WHERE seq = ?", (seq,))
        rechain(conn)
    found = codes(signed)
    assert "signoff_state_mismatch" in found and "state_mismatch" not in found


def test_sign_off_with_receipt_is_all_or_nothing(data_dir: Path) -> None:
    from humas_desktop.domain.errors import ScoringError
    from humas_desktop.domain.models import EvidenceType, Verdict

    path = make_demo(data_dir, 1)
    device = load_or_create_device(data_dir)
    with open_event(path, device_id=device.id) as edb:
        pid, scheme = edb.conn.execute("SELECT id, scheme_id FROM participant").fetchone()
        assessor = edb.conn.execute("SELECT id FROM assessor LIMIT 1").fetchone()[0]
        svc = ScoringService(edb)
        aid = svc.open_assessment(pid, assessor, scheme)
        svc.give_consent(aid)
        before = edb.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        with pytest.raises(ScoringError):
            signoff.sign_off(edb, device, aid, "Asesor", "MET.1")
        assert edb.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == before
        units = [r[0] for r in edb.conn.execute("SELECT id FROM unit WHERE scheme_id = ?", (scheme,))]
        for unit in units:
            svc.set_unit_recommendation(aid, unit, Verdict.K)
            svc.set_unit_evidence_types(aid, unit, [EvidenceType.OBSERVASI])
        svc.set_overall(aid, Verdict.K)
        receipt = signoff.sign_off(edb, device, aid, "Asesor", "MET.1")
        stored = edb.conn.execute("SELECT status, receipt_code FROM assessment WHERE id = ?",
                                  (aid,)).fetchone()
        assert stored == ("ditandatangani", receipt.code)
        assert integrity.verify_receipt_code(receipt.code)
    assert check_event_file(path, require_receipts=True).ok


def test_any_single_cell_edit_of_an_audited_value_is_found(signed_template: Path,
                                                           tmp_path: Path) -> None:
    """Randomised: 60 edits of a replayed column (any table, any row) are each detected."""
    import random

    with open_event(signed_template, read_only=True) as edb:
        cells = [(table, row_id, column)
                 for table, rows in integrity.replay(edb).items()
                 for row_id, columns in rows.items() for column in columns
                 if column not in {"created_at", "updated_at"}]
    rng = random.Random(2026)
    missed = []
    for table, row_id, column in rng.sample(cells, min(len(cells), SAMPLE)):
        target = tmp_path / "case.humas"
        shutil.copyfile(signed_template, target)
        with raw(target) as conn:
            conn.execute("PRAGMA ignore_check_constraints = ON")
            conn.execute("PRAGMA foreign_keys = OFF")
            old = conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]
            swap = {"K": "BK", "BK": "K", None: "x"}
            new = old + 1 if isinstance(old, int) else swap.get(old, f"{old}x")
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (new, row_id))
        conn.close()
        if check_event_file(target).ok:
            missed.append((table, column))
        target.unlink()
    assert missed == []
