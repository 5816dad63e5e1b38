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
    base = tmp_path / "data"
    path = make_demo(base, participants=3, decided=True)  # signed with this data dir's key
    other = load_or_create_device(tmp_path / "another-laptop")
    with open_event(path, device_id="t", actor="coordinator") as edb:
        assert not [f for f in integrity.verify_signoffs(edb) if f.code == "signoff_unknown_key"]
        assessor = edb.conn.execute(
            "SELECT assessor_id FROM assessment WHERE status = 'ditandatangani' LIMIT 1").fetchone()[0]
        handout.register_device_key(edb, assessor, load_or_create_device(base).fingerprint)
        assert not [f for f in integrity.verify_signoffs(edb) if f.code == "signoff_unknown_key"]
        handout.register_device_key(edb, assessor, other.fingerprint)
        found = [f for f in integrity.verify_signoffs(edb) if f.code == "signoff_unknown_key"]
        assert found
