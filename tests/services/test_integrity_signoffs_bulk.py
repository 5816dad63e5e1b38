"""verify_signoffs reads the signed assessments a batch at a time and looks up each receipt's anchor,
first insert and writer in SQLite: the state digest it computes is signed, so it must be byte for
byte what ``assessment_state`` computes for one assessment, and its findings exactly what the
per-assessment check of 8b47116 found, in the same order, on files edited behind the app's back
(answers, units, evidence, receipts, statuses, the log), with receipts merged from another device,
stale, missing or damaged."""

from __future__ import annotations

import base64
import json
import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from humas_desktop.domain.models import AssessmentStatus
from humas_desktop.services import integrity
from humas_desktop.services.integrity import Finding
from humas_desktop.storage import packages_store as store
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import fingerprint
from tests.conftest import make_demo

SIGNED = AssessmentStatus.DITANDATANGANI.value


def _reference(edb: Any, require_receipts: bool = False,
               only: set[str] | None = None) -> Iterator[Finding]:
    """verify_signoffs as 8b47116 wrote it: whole-file dictionaries, seven queries an assessment."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    conn = edb.conn
    event_id = store.event_id(conn) or ""
    hashes = dict(conn.execute("SELECT a.seq, a.hash FROM audit a WHERE a.seq IN "
                               "(SELECT audit_seq FROM signoff)").fetchall())
    key_of = store.assessor_key_fingerprints(edb)
    key_changes = store.assessor_key_changes(edb)
    inserted_at = {e: int(s) for e, s in conn.execute(
        "SELECT entity_id, MIN(seq) FROM audit WHERE entity = 'signoff' AND field = '*' "
        "GROUP BY entity_id")}
    writers = dict(conn.execute("SELECT entity_id, device_id FROM audit WHERE entity = 'signoff' "
                                "AND field = '*'").fetchall())
    for so in repo.rows_as_dicts(conn, "SELECT * FROM signoff ORDER BY audit_seq"):
        if only is not None and so["assessment_id"] not in only:
            continue
        ctx = {"assessment": so["assessment_id"], "seq": so["audit_seq"]}
        try:
            statement = json.loads(so["statement"])
            if not isinstance(statement, dict):
                raise ValueError("statement")
            public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(so["public_key"]))
            public.verify(base64.b64decode(so["signature"]), so["statement"].encode("utf-8"))
        except InvalidSignature:
            yield Finding("signoff_bad_signature", ctx)
            continue
        except (ValueError, TypeError, AttributeError):
            yield Finding("signoff_malformed", ctx)
            continue
        if (statement.get("assessment") != so["assessment_id"]
                or statement.get("seq") != so["audit_seq"] or statement.get("event") != event_id):
            yield Finding("signoff_wrong_record", ctx)
            continue
        inserted_by = writers.get(so["id"])
        home = inserted_by is None or inserted_by == statement.get("device")
        if home and hashes.get(so["audit_seq"]) != statement.get("head"):
            yield Finding("signoff_anchor_mismatch", ctx)
        if so["receipt_code"] != integrity.receipt_code(so["statement"].encode("utf-8")):
            yield Finding("receipt_mismatch", ctx)
        registered = integrity._key_in_effect(key_of, key_changes, statement.get("assessor"),
                                              inserted_at.get(so["id"]))
        if registered and registered != fingerprint(bytes.fromhex(so["public_key"])):
            yield Finding("signoff_unknown_key", ctx)
    any_receipt = store.any_signoff(edb)
    signed = store.assessment_ids_by_status(edb, SIGNED)
    if only is not None:
        signed = [aid for aid in signed if aid in only]
    for aid in signed:
        latest = store.latest_signoff(edb, aid)
        if latest is None:
            if any_receipt or require_receipts:
                yield Finding("signoff_missing", {"assessment": aid})
            continue
        ctx = {"assessment": aid, "seq": latest["audit_seq"]}
        try:
            statement = json.loads(latest["statement"])
        except (ValueError, TypeError):
            continue
        if not isinstance(statement, dict):
            continue
        inserted_by = writers.get(latest["id"])
        home = inserted_by is None or inserted_by == statement.get("device")
        if not isinstance(latest["audit_seq"], int):
            continue
        if home and latest["audit_seq"] < store.last_status_seq(edb, aid, SIGNED):
            yield Finding("signoff_stale", ctx)
        digest, counts = integrity.assessment_state(edb, aid)
        if statement.get("state") != digest or statement.get("counts") != counts:
            yield Finding("signoff_state_mismatch", ctx)
        if store.assessment_signature(edb, aid) != (latest["signature"], latest["receipt_code"]):
            yield Finding("signoff_not_current", ctx)


VALUES = [None, "", "K", "BK", "x", 0, 1, 2.5, "é\u202e\x00", b"\x01\xff", "[]", '["observasi"]']


def _edit(path: Path, rng: random.Random) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA ignore_check_constraints = ON")
        for name, _sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                       ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        aids = [r[0] for r in conn.execute("SELECT id FROM assessment")]
        units = [r[0] for r in conn.execute("SELECT id FROM unit")]
        for _ in range(rng.choice([1, 2, 3])):
            try:
                _one_edit(conn, rng, rng.choice(aids), units)
            except sqlite3.IntegrityError:
                continue  # NOT NULL, UNIQUE: that edit cannot be written
    finally:
        conn.close()


def _one_edit(conn: sqlite3.Connection, rng: random.Random, aid: str, units: list[str]) -> None:
    what = rng.randrange(11)
    if what == 0:
        column = rng.choice(["verdict", "summary", "question_id", "assessment_id"])
        conn.execute(f"UPDATE answer SET {column} = ? WHERE rowid = (SELECT rowid FROM "
                     "answer WHERE assessment_id = ? LIMIT 1)", (rng.choice(VALUES), aid))
    elif what == 1:
        column = rng.choice(["recommendation", "evidence_types", "notes", "unit_id"])
        conn.execute(f"UPDATE unit_result SET {column} = ? WHERE assessment_id = ?",
                     (rng.choice(VALUES), aid))
    elif what == 2:  # evidence behind the app's back, some removed, odd values
        for i in range(rng.randrange(1, 4)):
            conn.execute(
                "INSERT INTO evidence_item (id, assessment_id, unit_id, position, name, "
                "valid, asli, terkini, memadai, removed) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (f"ev-{rng.randrange(10**6)}-{i}", aid, rng.choice(units), i,
                 rng.choice(["Foto", "é", ""]), rng.choice([None, 0, 1]), 1, 0,
                 rng.choice([None, 1]), rng.choice([0, 1])))
    elif what == 3:
        column = rng.choice(["status", "overall_recommendation", "signature",
                             "receipt_code", "assessor_id"])
        value = rng.choice([*VALUES, SIGNED, "dinilai"])
        conn.execute(f"UPDATE assessment SET {column} = ? WHERE id = ?", (value, aid))
    elif what == 4:  # a receipt gone
        conn.execute("DELETE FROM signoff WHERE rowid = (SELECT rowid FROM signoff "
                     "WHERE assessment_id = ? LIMIT 1)", (aid,))
    elif what == 5:  # a second, older or newer copy of a receipt
        conn.execute("INSERT INTO signoff SELECT ? || id, assessment_id, audit_seq + ?, "
                     "statement, signature, public_key, receipt_code, created_at, "
                     "updated_at, device_id, written_by, revision FROM signoff "
                     "WHERE assessment_id = ? LIMIT 1",
                     (f"c{rng.randrange(100)}-", rng.choice([-3, 0, 5]), aid))
    elif what == 6:
        column = rng.choice(["statement", "signature", "public_key", "receipt_code",
                             "audit_seq", "assessment_id", "id"])
        value = rng.choice([*VALUES, "{}", '{"seq": 1}', "zz", 12, 10**6])
        conn.execute(f"UPDATE signoff SET {column} = ? WHERE assessment_id = ?",
                     (value, aid))
    elif what == 7:  # the receipt's insert entry says another device wrote it
        conn.execute("UPDATE audit SET device_id = ? WHERE entity = 'signoff' AND "
                     "field = '*' AND entity_id IN (SELECT id FROM signoff WHERE "
                     "assessment_id = ?)", (rng.choice(["other-laptop", ""]), aid))
    elif what == 8:  # a later status entry: the receipt is stale
        seq = conn.execute("SELECT max(seq) FROM audit").fetchone()[0] + 1
        conn.execute("INSERT INTO audit (seq, id, at, actor, device_id, entity, entity_id, "
                     "field, old, new, reason, prev_hash, hash) VALUES "
                     "(?, ?, 'at', 'a', 'd', 'assessment', ?, ?, NULL, ?, '', '', '')",
                     (seq, f"audit-{seq}", aid, rng.choice(["status", "*"]),
                      rng.choice([SIGNED, f'{{"status": "{SIGNED}"}}', "dinilai"])))
    elif what == 9:  # the anchor entry's hash changed
        conn.execute("UPDATE audit SET hash = 'x' WHERE seq IN (SELECT audit_seq FROM "
                     "signoff WHERE assessment_id = ?)", (aid,))
    else:  # an assessor's key changed (or registered) after the receipts
        conn.execute("UPDATE assessor SET key_fingerprint = ? WHERE id = (SELECT "
                     "assessor_id FROM assessment WHERE id = ?)",
                     (rng.choice(["", "ab" * 8, None]), aid))


def _as_dicts(findings: Iterator[integrity.Finding]) -> list[dict[str, Any]]:
    return [{"code": f.code, **f.context} for f in findings]


@pytest.mark.slow
def test_bulk_receipt_checks_find_what_the_per_assessment_checks_found(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    template = make_demo(tmp_path / "data", participants=7, decided=True)
    monkeypatch.setattr(integrity, "_BATCH", 3)  # several batches, one partly filled
    rng = random.Random(20261207)
    target = tmp_path / "case.humas"
    found = 0
    for case in range(70):
        shutil.copyfile(template, target)
        if case:
            _edit(target, rng)
        with open_event(target, read_only=True) as edb:
            for require in (False, True):
                bulk = _as_dicts(integrity.verify_signoffs(edb, require))
                assert bulk == _as_dicts(_reference(edb, require)), case
            some = set(store.assessment_ids_by_status(edb, SIGNED)[::2])
            assert (_as_dicts(integrity.verify_signoffs(edb, only=some))
                    == _as_dicts(_reference(edb, only=some)))
            found += bool(bulk)
        target.unlink()
    assert found > 40


def test_the_batch_state_digest_is_the_one_assessment_state_signs(tmp_path: Path) -> None:
    template = make_demo(tmp_path / "data", participants=5, decided=True)
    rng = random.Random(7)
    target = tmp_path / "case.humas"
    for _case in range(15):
        shutil.copyfile(template, target)
        _edit(target, rng)
        with open_event(target, read_only=True) as edb:
            aids = [r[0] for r in edb.conn.execute("SELECT id FROM assessment")]
            known = store.signed_assessment_states(edb, aids, integrity._ASSESSMENT_STATE, SIGNED)
            for aid in aids:
                head = known["head"].get(aid)
                if head is None:
                    continue
                bulk = integrity._state_digest(head, known["answers"].get(aid, []),
                                               known["units"].get(aid, []),
                                               known["evidence"].get(aid, []))
                assert bulk == integrity.assessment_state(edb, aid)
                assert known["status_seq"].get(aid, 0) == store.last_status_seq(edb, aid, SIGNED)
                latest = store.latest_signoff(edb, aid)
                got = known["latest"].get(aid)
                assert (None if got is None else {k: v for k, v in got.items() if k != "_writer"}
                        ) == latest
                assert known["signature"].get(aid) == store.assessment_signature(edb, aid)
        target.unlink()


@given(st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(),
              st.binary(max_size=4), st.dates()),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12))
def test_the_state_and_statement_bytes_are_json_dumps_bytes(data: Any) -> None:
    """What is signed is encoded by an encoder built once: the bytes json.dumps always gave."""
    expected = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                          default=str).encode("utf-8", "surrogatepass")
    assert integrity._canonical(data) == expected
