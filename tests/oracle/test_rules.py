"""Rules a document's truth rests on, tested directly (issue #22, observation 1).

- the audit chain walk refuses an entry whose previous-hash link was changed, even when the entry's
  own hash was recomputed to match (only the link to its predecessor gives it away);
- results signed by some laptop for an assessor who has no registered key are refused;
- a certificate is valid on its last valid day and expired the day after;
- "Hapus data pribadi" leaves no participant's phone number (or e-mail) in the event file.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from humas_desktop.formats.cert_payload import CertificatePayload, encode, holder_hash
from humas_desktop.storage import audit
from humas_desktop.storage.schema import V1_SQL

# --- the audit chain -----------------------------------------------------------------------------


def _log(entries: int) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.executescript(V1_SQL)
    for i in range(entries):
        audit.append(conn, at=f"2026-12-07T08:{i:02d}:00+07:00", actor="coordinator",
                     device_id="laptop", entity="participant", entity_id=f"p{i}", field="name",
                     old=None, new=f"Nama {i}", reason="roster")
    # The test plays an attacker with plain SQL: the append-only triggers are not in the way.
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                "AND tbl_name = 'audit'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    return conn


def _relink(conn: sqlite3.Connection, seq: int, prev_hash: str) -> None:
    """Give entry ``seq`` another previous-hash link and a hash that matches its new content."""
    row = conn.execute("SELECT seq, at, actor, device_id, entity, entity_id, field, old, new, reason "
                       "FROM audit WHERE seq = ?", (seq,)).fetchone()
    digest = hashlib.sha256(audit.canonical(*row, prev_hash)).hexdigest()
    conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev_hash, digest, seq))


def _walk(conn: sqlite3.Connection) -> int | None:
    return audit.walk(conn, lambda entry: None)


def test_an_intact_chain_walks_to_the_end() -> None:
    conn = _log(6)
    assert _walk(conn) is None and audit.first_broken_link(conn) is None


@pytest.mark.parametrize("seq", [1, 3, 6])
def test_an_entry_relinked_to_another_predecessor_breaks_the_chain_there(seq: int) -> None:
    """Its own hash matches its content: only the previous-hash link shows the forgery."""
    conn = _log(6)
    _relink(conn, seq, hashlib.sha256(b"a history that never happened").hexdigest())
    assert _walk(conn) == seq
    assert audit.first_broken_link(conn) == seq


def test_an_entry_cut_out_and_the_next_relinked_over_the_gap_is_found() -> None:
    """Entry 3 removed; entry 4 renumbered 3 and re-hashed, still linking to the removed entry."""
    conn = _log(5)
    removed_prev = conn.execute("SELECT prev_hash FROM audit WHERE seq = 3").fetchone()[0]
    conn.execute("DELETE FROM audit WHERE seq = 3")
    conn.execute("UPDATE audit SET seq = 3 WHERE seq = 4")
    # Entry (now) 3 keeps its old link (to the removed entry): a walk that skips links passes it.
    row = conn.execute("SELECT seq, at, actor, device_id, entity, entity_id, field, old, new, reason, "
                       "prev_hash FROM audit WHERE seq = 3").fetchone()
    conn.execute("UPDATE audit SET hash = ? WHERE seq = 3",
                 (hashlib.sha256(audit.canonical(*row)).hexdigest(),))
    assert row[-1] != removed_prev
    assert _walk(conn) == 3
    assert audit.first_broken_link(conn) == 3


def test_the_walk_of_an_event_file_is_what_check_uses(tmp_path: Path) -> None:
    """Through the service: a relinked entry in a real event file fails ``check``."""
    from humas_desktop.services.check import check_event_file
    from tests.conftest import make_demo

    path = make_demo(tmp_path / "data", participants=2)
    assert check_event_file(path).ok
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                    "AND tbl_name = 'audit'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
        _relink(conn, last, "f" * 64)
    finally:
        conn.close()
    assert not check_event_file(path).ok


# --- results from an assessor without a registered key ---------------------------------------------


def test_results_for_an_assessor_without_a_registered_key_are_refused(tmp_path: Path) -> None:
    from humas_desktop.services.merge import merge_packages
    from humas_desktop.storage import repository as repo
    from tests.services.laptops import score_and_send, setup_venue

    venue = setup_venue(tmp_path, participants=4)
    results = score_and_send(venue, 0)
    with venue.coordinator.open() as edb:
        # The coordinator withdraws the key (audited): no laptop speaks for this assessor now.
        repo.set_key_fingerprint(edb, venue.assessor_rows[0].id, "")
        report = merge_packages(edb, [results]).as_dict()
        assert report["rejected"] == [{"package": results.name, "reason": "package_unknown_key"}]
        assert report["added"] == 0
        assert edb.conn.execute("SELECT count(*) FROM assessment").fetchone()[0] == 0


# --- the last valid day ----------------------------------------------------------------------------


def test_a_certificate_is_valid_on_its_last_day_and_expired_the_next() -> None:
    from humas_desktop.services.verify import verify_payload

    key = Ed25519PrivateKey.generate()
    last = date(2029, 12, 9)
    p = CertificatePayload("70203 2432 0 0000001 2026", "HMS 1926 00001 2026", "SKM-HUMAS",
                           date(2026, 12, 9), last, holder_hash("Suparman", "3273010101900001"))
    text = encode(p, key.sign(p.body()))
    on_last = verify_payload(text, key.public_key(), today=last)
    assert on_last.valid and not on_last.expired and on_last.code == "certificate_valid"
    before = verify_payload(text, key.public_key(), today=last - timedelta(days=1))
    assert before.valid and not before.expired
    after = verify_payload(text, key.public_key(), today=last + timedelta(days=1))
    assert not after.valid and after.expired and after.code == "certificate_expired"


def test_the_registry_counts_a_certificate_due_on_its_last_day(tmp_path: Path) -> None:
    """``registry due``: a certificate whose last valid day is today is still active and due."""
    from humas_desktop.services import registry as reg
    from humas_desktop.storage.registry import CertRow

    store = reg.init_registry(str(tmp_path / "registry.sqlite"), "LSP Contoh", "BNSP-LSP-1926-ID",
                              field_code="HMS")
    today = date(2029, 12, 9)

    def rows(first_c: int, first_r: int) -> list[CertRow]:
        return [CertRow(f"id{i}", f"N{first_c + i}", f"R{first_r + i}", "", "Suparman",
                        f"327301010190000{i}", "SKM-HUMAS", "2026-12-09",
                        (today + timedelta(days=i - 1)).isoformat(), "event", f"p{i}", i + 1,
                        created_at="2026-12-09T08:00:00+07:00") for i in range(3)]

    store.issue("event", 2026, 3, rows)
    due = {r.valid_until for r in reg.due(store, 1, today)}
    assert today.isoformat() in due  # its last day: still valid, so due for renewal
    assert (today - timedelta(days=1)).isoformat() not in due  # expired yesterday


# --- purge ------------------------------------------------------------------------------------------


def test_purge_erases_phone_numbers_and_emails(data_dir: Path) -> None:
    from humas_desktop.services.purge import purge_personal_data
    from humas_desktop.storage.db import open_event
    from tests.conftest import make_demo

    path = make_demo(data_dir, 6, decided=True)
    with open_event(path) as edb:
        contacts = edb.conn.execute("SELECT phone, email FROM participant").fetchall()
        with edb.atomic():
            edb.conn.execute("UPDATE event SET retention_until = ?",
                             ((date.today() - timedelta(days=1)).isoformat(),))
    phones = [p for p, _ in contacts if p]
    emails = [e for _, e in contacts if e]
    assert len(phones) == 6 and len(emails) == 6
    purge_personal_data(path, data_dir)
    with open_event(path, read_only=True) as edb:
        left = edb.conn.execute("SELECT phone, email FROM participant").fetchall()
    assert all(not p and not e for p, e in left), left
    blob = b"".join(f.read_bytes() for f in data_dir.rglob("*") if f.is_file())
    assert [p for p in phones if p.encode() in blob] == []
    assert [e for e in emails if e.encode() in blob] == []
