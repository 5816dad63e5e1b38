"""The audit chain a batch writes is the chain ``check`` verifies, whatever the values hold.

``append_many`` writes the hashed text itself (quoting the values a batch repeats once) and
numbers the rows of a batch in order; ``append`` and the chain walk go through ``canonical``.
These tests hold the three to the same bytes: quotes, backslashes, control characters,
emoji, ``None`` and numbers in every column, and a batch written after single entries.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humas_desktop.storage import audit
from humas_desktop.storage.schema import V1_SQL

# Any code point SQLite can store (a lone surrogate cannot be bound: sqlite3 refuses it, in
# append as in append_many); quotes, backslashes, NUL and other control characters included.
TEXT = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=("Cs",)),
               max_size=40)
VALUE = st.one_of(st.none(), TEXT, st.integers(-(2**63), 2**63 - 1), st.booleans())
ROW = st.tuples(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, VALUE, VALUE, TEXT)


def _log() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.executescript(V1_SQL)  # the audit table as every event file has it
    return conn


def _stored(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    return conn.execute("SELECT seq, id, old, new, prev_hash, hash FROM audit ORDER BY seq").fetchall()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=st.lists(ROW, max_size=3), batch=st.lists(ROW, min_size=1, max_size=12))
def test_a_batch_writes_the_chain_that_verifies(first: list[tuple[Any, ...]],
                                                batch: list[tuple[Any, ...]]) -> None:
    conn = _log()
    for at, actor, device, entity, entity_id, field, old, new, reason in first:
        audit.append(conn, at=at, actor=actor, device_id=device, entity=entity, entity_id=entity_id,
                     field=field, old=old, new=new, reason=reason)
    assert audit.append_many(conn, batch) == len(batch)
    assert audit.first_broken_link(conn) is None
    # Every hash is sha256 of canonical(): what append would have written entry by entry.
    single = _log()
    for row in [*first, *batch]:
        at, actor, device, entity, entity_id, field, old, new, reason = row
        audit.append(single, at=at, actor=actor, device_id=device, entity=entity, entity_id=entity_id,
                     field=field, old=old, new=new, reason=reason)
    assert [r[5] for r in _stored(conn)] == [r[5] for r in _stored(single)]


def test_a_batch_numbers_its_rows_in_order_and_two_batches_never_share_an_id() -> None:
    conn = _log()
    rows = [("2026-12-02T08:00:00+07:00", "asesor", "laptop", "answer", f"row-{i}", "*", None,
             json.dumps({"verdict": "K"}), "paket 1") for i in range(50)]
    audit.append_many(conn, rows)
    audit.append_many(conn, rows)
    ids = [r[1] for r in _stored(conn)]
    assert len(set(ids)) == 100
    first, second = ids[:50], ids[50:]
    assert first == sorted(first) and second == sorted(second)  # the index takes them at its end
    assert first[0].rsplit("-", 1)[0] != second[0].rsplit("-", 1)[0]  # each batch its own prefix
    assert all(len(i) == 36 and i.count("-") == 4 for i in ids)  # shaped like the uuid4 of append


def test_a_damaged_value_read_back_still_hashes_as_canonical_does() -> None:
    """A BLOB or a float in a batch (read back from a damaged row) goes the slow, exact way."""
    conn = _log()
    audit.append_many(conn, [("at", "actor", "dev", "answer", "r1", "verdict", b"\x00\xff", 1.5, "")])
    assert audit.first_broken_link(conn) is None


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.binary(max_size=80),
       values=st.lists(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=30)),
                       max_size=40))
def test_a_sealed_value_is_the_hmac_of_its_text(key: bytes, values: list[Any]) -> None:
    """Sealing (one value or a column at a time, issue #25) gives HMAC-SHA256 of the value's text
    under the file's key, the first 40 hex digits; None stays None."""
    import hashlib
    import hmac

    def reference(value: Any) -> str | None:
        if value is None:
            return None
        text = ("1" if value else "0") if isinstance(value, bool) else str(value)
        mac = hmac.new(key, text.encode("utf-8", "surrogatepass"), hashlib.sha256)
        return "h:" + mac.hexdigest()[:40]

    expected = [reference(v) for v in values + values]
    assert audit.Sealer(key).many(values + values) == expected
    sealer = audit.Sealer(key)
    assert [sealer(v) for v in values + values] == expected
    assert [audit.seal(key, v) for v in values] == expected[:len(values)]
