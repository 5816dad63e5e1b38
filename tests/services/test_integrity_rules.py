"""Integrity rules the review's mutants I02 and I08 showed unheld: the signed state digest covers
which question got which verdict (not only the counts) and the notes, and a receipt signed by a
key other than the assessor's registered laptop key is reported."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.domain.models import Verdict
from humas_desktop.services import handout, integrity
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage.db import EventDB, open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo


def _reopened(edb: EventDB) -> tuple[str, list[str]]:
    aid = edb.conn.execute("SELECT id FROM assessment WHERE status = 'ditandatangani' LIMIT 1").fetchone()[0]
    ScoringService(edb).reopen(aid, "koreksi")
    questions = [r[0] for r in edb.conn.execute(
        "SELECT q.id FROM question q JOIN unit u ON q.unit_id = u.id JOIN assessment a "
        "ON a.scheme_id = u.scheme_id WHERE a.id = ? ORDER BY q.id LIMIT 2", (aid,))]
    return aid, questions


def test_state_digest_sees_swapped_verdicts_and_changed_notes(decided: EventDB) -> None:
    svc = ScoringService(decided)
    aid, (q1, q2) = _reopened(decided)
    svc.set_verdict(aid, q1, Verdict.K)
    svc.set_verdict(aid, q2, Verdict.BK)
    digest, counts = integrity.assessment_state(decided, aid)
    svc.set_verdict(aid, q1, Verdict.BK)
    svc.set_verdict(aid, q2, Verdict.K)
    swapped, swapped_counts = integrity.assessment_state(decided, aid)
    assert swapped_counts == counts  # the same number of K and BK ...
    assert swapped != digest  # ... but not the same record
    svc.set_text(aid, "comments", "catatan baru")
    assert integrity.assessment_state(decided, aid)[0] != swapped


def test_receipt_from_a_key_other_than_the_registered_one_is_reported(tmp_path: Path) -> None:
    # The key that counts is the one registered for the assessor when the receipt entered the
    # file: registering a laptop later neither forges old receipts nor launders a foreign one.
    base = tmp_path / "data"
    path = make_demo(base, participants=3, decided=True)  # signed with this data dir's key
    here = load_or_create_device(base)
    other = load_or_create_device(tmp_path / "another-laptop")
    with open_event(path, device_id="t", actor="coordinator") as edb:
        assert not [f for f in integrity.verify_signoffs(edb) if f.code == "signoff_unknown_key"]
        aid, assessor, name, met = edb.conn.execute(
            "SELECT a.id, a.assessor_id, s.name, s.met_number FROM assessment a "
            "JOIN assessor s ON s.id = a.assessor_id WHERE a.status = 'ditandatangani' LIMIT 1").fetchone()
        handout.register_device_key(edb, assessor, other.fingerprint)
        # Receipts signed before any laptop was registered for the assessor stay valid.
        assert not [f for f in integrity.verify_signoffs(edb) if f.code == "signoff_unknown_key"]
        # A receipt signed now with a key that is not the registered one is reported ...
        svc = ScoringService(edb, here)
        svc.reopen(aid, "koreksi")
        svc.sign_off(aid, name, met or "MET.000.000001 2020")
        found = [f for f in integrity.verify_signoffs(edb) if f.code == "signoff_unknown_key"]
        assert [f.context["assessment"] for f in found] == [aid]
        # ... and registering its key afterwards does not make it genuine.
        handout.register_device_key(edb, assessor, here.fingerprint)
        found = [f for f in integrity.verify_signoffs(edb) if f.code == "signoff_unknown_key"]
        assert [f.context["assessment"] for f in found] == [aid]


def test_receipt_code_is_sha256_in_crockford_with_a_mod37_check(decided: EventDB) -> None:
    import hashlib

    statement = b'{"kind":"signoff"}'
    code = integrity.receipt_code(statement)
    bits = int.from_bytes(hashlib.sha256(statement).digest()[:8], "big") >> (64 - 45)
    data = "".join(integrity.CROCKFORD[(bits >> (5 * i)) & 31] for i in reversed(range(9)))
    value = 0
    for ch in data:
        value = value * 32 + integrity.CROCKFORD.index(ch)
    assert code.replace("-", "") == data + integrity._CHECK_SYMBOLS[value % 37]
    assert len(code) == 11 and code[5] == "-"
    assert integrity.verify_receipt_code(code)
    assert not integrity.verify_receipt_code(code[:-2])  # too short
    assert not integrity.verify_receipt_code("UUUUU-UUUU" + code[-1])  # U is no Crockford letter


def test_state_counts_and_statement_name_the_record(decided: EventDB, tmp_path: Path) -> None:
    import json

    aid = decided.conn.execute(
        "SELECT id FROM assessment WHERE status = 'ditandatangani' LIMIT 1").fetchone()[0]
    _, counts = integrity.assessment_state(decided, aid)
    q = decided.conn.execute
    assert counts == {
        "answers": q("SELECT count(*) FROM answer WHERE assessment_id = ?", (aid,)).fetchone()[0],
        "answers_k": q("SELECT count(*) FROM answer WHERE assessment_id = ? AND verdict = 'K'",
                       (aid,)).fetchone()[0],
        "answers_bk": q("SELECT count(*) FROM answer WHERE assessment_id = ? AND verdict = 'BK'",
                        (aid,)).fetchone()[0],
        "units_k": q("SELECT count(*) FROM unit_result WHERE assessment_id = ? AND recommendation = 'K'",
                     (aid,)).fetchone()[0],
        "units_bk": q("SELECT count(*) FROM unit_result WHERE assessment_id = ? AND recommendation = 'BK'",
                      (aid,)).fetchone()[0],
        "evidence": q("SELECT count(*) FROM evidence_item WHERE assessment_id = ? AND removed = 0",
                      (aid,)).fetchone()[0],
    }
    assert counts["answers_k"] + counts["answers_bk"] > 0
    ScoringService(decided).reopen(aid, "koreksi")
    from humas_desktop.services import signoff

    receipt = signoff.sign_off(decided, load_or_create_device(tmp_path / "laptop"), aid, "Asesor", "MET.1")
    assert receipt is not None
    statement = json.loads(receipt.statement)
    event_id = q("SELECT id FROM event").fetchone()[0]
    assert statement["v"] == 2 and statement["event"] == event_id and statement["assessment"] == aid
    # Version 2 also covers who was assessed: a digest of the identity the assessor saw.
    assert len(statement["identity"]) == 64 and int(statement["identity"], 16) >= 0


def test_signing_again_after_a_reopen_without_changes_gives_a_current_receipt(
        decided: EventDB, tmp_path: Path) -> None:
    """Reopened and signed again with nothing changed: the receipt anchors the latest sign-off,
    so check finds no stale receipt."""
    from humas_desktop.services import signoff

    device = load_or_create_device(tmp_path / "laptop")
    aid = decided.conn.execute(
        "SELECT id FROM assessment WHERE status = 'ditandatangani' LIMIT 1").fetchone()[0]
    ScoringService(decided).reopen(aid, "koreksi")
    first = signoff.sign_off(decided, device, aid, "Asesor", "MET.1")
    ScoringService(decided).reopen(aid, "lihat lagi")
    second = signoff.sign_off(decided, device, aid, "Asesor", "MET.1")
    assert first is not None and second is not None and second.seq > first.seq
    assert [f.code for f in integrity.verify_signoffs(decided) if f.context.get("assessment") == aid] == []


def test_state_counts_leave_out_removed_evidence(decided: EventDB) -> None:
    svc = ScoringService(decided)
    aid = decided.conn.execute(
        "SELECT id FROM assessment WHERE status = 'ditandatangani' LIMIT 1").fetchone()[0]
    svc.reopen(aid, "koreksi")
    unit = decided.conn.execute("SELECT u.id FROM unit u JOIN assessment a ON a.scheme_id = "
                                "u.scheme_id WHERE a.id = ? LIMIT 1", (aid,)).fetchone()[0]
    _, before = integrity.assessment_state(decided, aid)
    for name in ("SK pengangkatan", "Ijazah", "Sertifikat pelatihan"):
        svc.add_evidence(aid, unit, name)
    gone = svc.add_evidence(aid, unit, "Foto kegiatan")
    svc.remove_evidence(aid, gone)
    _, counts = integrity.assessment_state(decided, aid)
    assert counts["evidence"] == before["evidence"] + 3  # the removed one is not counted


def test_a_signed_record_reworded_behind_the_apps_back_breaks_its_receipt(tmp_path: Path) -> None:
    """A unit's notes rewritten with SQL after sign-off: the same counts of K and BK, but the
    signed state no longer matches, and the receipt check says so."""
    import sqlite3

    base = tmp_path / "data"
    path = make_demo(base, participants=3, decided=True)  # signed with receipts
    with open_event(path, read_only=True) as edb:
        aid, unit = edb.conn.execute(
            "SELECT a.id, r.id FROM assessment a JOIN unit_result r ON r.assessment_id = a.id "
            "WHERE a.status = 'ditandatangani' LIMIT 1").fetchone()
        assert not [f for f in integrity.verify_signoffs(edb) if f.context.get("assessment") == aid]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE unit_result SET notes = 'ditulis ulang' WHERE id = ?", (unit,))
    conn.close()
    with open_event(path, read_only=True) as edb:
        found = [f.code for f in integrity.verify_signoffs(edb) if f.context.get("assessment") == aid]
    assert "signoff_state_mismatch" in found
