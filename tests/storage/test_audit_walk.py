"""The chain walk hashes each fetched row directly (no AuditEntry, no per-row call of
``canonical``): it must name the same first broken link as the entry-by-entry walk it replaced,
whatever a damaged row holds (a BLOB, infinity, a float or text sequence number, a changed value,
a wrong link), with and without a visitor, from the start or from a checkpoint."""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humas_desktop.domain.models import AuditEntry
from humas_desktop.storage import audit
from humas_desktop.storage.schema import V1_SQL

TEXT = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=("Cs",)),
               max_size=12)
VALUE = st.one_of(st.none(), TEXT, st.integers(-(2**63), 2**63 - 1), st.booleans())
ROW = st.tuples(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, VALUE, VALUE, TEXT)
COLUMNS = ("seq", "at", "actor", "device_id", "entity", "entity_id", "field", "old", "new",
           "reason", "prev_hash", "hash")
DAMAGE = st.one_of(st.none(), TEXT, st.integers(-5, 2**40), st.floats(allow_nan=False),
                   st.just(float("inf")), st.binary(max_size=6))


def _log(rows: list[tuple[Any, ...]]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.executescript(V1_SQL)
    audit.append_many(conn, rows)
    conn.execute("DROP TRIGGER audit_no_update")  # the tampering under test
    return conn


def _reference(conn: sqlite3.Connection, stop: bool, after: tuple[int, str] | None = None) -> int | None:
    """The walk as it was: an AuditEntry per row, hashed through ``canonical``."""
    broken: int | None = None
    start, expected_prev = after if after is not None else (0, audit.GENESIS)
    expected_seq = start + 1
    sql = f"SELECT {', '.join(COLUMNS)} FROM audit"
    rows = (conn.execute(sql + " WHERE seq > ? ORDER BY seq", (start,)) if start
            else conn.execute(sql + " ORDER BY seq"))  # as audit.entries read them
    for row in rows:
        e = AuditEntry(*row)
        if broken is not None:
            continue
        digest = hashlib.sha256(audit.canonical(e.seq, e.at, e.actor, e.device_id, e.entity,
                                                e.entity_id, e.field, e.old, e.new, e.reason,
                                                e.prev_hash)).hexdigest()
        if (type(e.seq) is not int or e.seq != expected_seq or e.prev_hash != expected_prev
                or digest != e.hash):
            broken = e.seq if type(e.seq) is int else expected_seq
            if stop:
                return broken
            continue
        expected_prev, expected_seq = e.hash, e.seq + 1
    return broken


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(ROW, min_size=1, max_size=8), damages=st.lists(
    st.tuples(st.integers(0, 7), st.sampled_from(COLUMNS), DAMAGE), max_size=3),
    checkpoint=st.integers(0, 8))
def test_the_walk_names_the_link_the_entry_by_entry_walk_named(
        rows: list[tuple[Any, ...]], damages: list[tuple[int, str, Any]], checkpoint: int) -> None:
    conn = _log(rows)
    for index, column, value in damages:
        seq = index % len(rows) + 1
        try:
            conn.execute(f"UPDATE audit SET {column} = ? WHERE rowid = ?", (value, seq))
        except sqlite3.IntegrityError:
            continue  # seq is the rowid, hash and id unique: that damage cannot be written
    visited: list[AuditEntry] = []
    assert audit.walk(conn) == audit.first_broken_link(conn) == _reference(conn, stop=True)
    assert audit.walk(conn, to_end=True) == _reference(conn, stop=False)
    assert audit.walk(conn, visited.append) == _reference(conn, stop=False)
    assert [list(e.__getattribute__(c) for c in COLUMNS) for e in visited] == [
        list(r) for r in conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit ORDER BY seq")]
    anchor = conn.execute("SELECT seq, hash FROM audit WHERE rowid = ?", (checkpoint,)).fetchone()
    if anchor is not None and type(anchor[0]) is int and type(anchor[1]) is str:
        after = (anchor[0], anchor[1])
        assert audit.walk(conn, after=after) == _reference(conn, stop=True, after=after)


def test_progress_is_reported_to_the_end_past_a_broken_link() -> None:
    conn = _log([("at", "a", "d", "answer", f"r{i}", "verdict", None, "K", "") for i in range(10)])
    conn.execute("UPDATE audit SET new = 'BK' WHERE seq = 3")
    seen: list[int] = []
    assert audit.walk(conn, progress=seen.append, every=4, to_end=True) == 3
    assert seen == [4, 8]
    seen.clear()  # progress alone also walks to the end (the check's progress reaches 100 %)
    assert audit.walk(conn, progress=seen.append, every=4) == 3
    assert seen == [4, 8]
    assert audit.walk(conn) == 3  # without either, the walk stops at the broken link


def test_sqlite_writes_every_character_as_canonical_does() -> None:
    """The walk hashes SQLite's json_array text: for every character (surrogates cannot be
    stored as text) it is the text canonical() writes; the walk's own probe agrees."""
    conn = sqlite3.connect(":memory:")
    assert audit._sqlite_json_is_ours(conn)
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for start in range(0, len(chars), 4096):
        values = ["".join(chars[start:start + 4096]), *chars[start:start + 8], None, start, -start]
        marks = ", ".join("?" * len(values))
        sqlite_text = conn.execute(f"SELECT json_array({marks})", values).fetchone()[0]
        assert sqlite_text == audit._ENCODE(values), start


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(ROW, min_size=1, max_size=6), damages=st.lists(
    st.tuples(st.integers(0, 5), st.sampled_from(COLUMNS), DAMAGE), max_size=2))
def test_without_sqlites_text_the_walk_names_the_same_link(
        rows: list[tuple[Any, ...]], damages: list[tuple[int, str, Any]]) -> None:
    """A SQLite whose json_array writes differently: every row is hashed from its values."""
    conn = _log(rows)
    for index, column, value in damages:
        try:
            conn.execute(f"UPDATE audit SET {column} = ? WHERE rowid = ?", (value, index % len(rows) + 1))
        except sqlite3.IntegrityError:
            continue
    fast = (audit.walk(conn), audit.walk(conn, to_end=True))
    saved = audit._JSON_IS_OURS
    try:
        audit._JSON_IS_OURS = False
        assert (audit.walk(conn), audit.walk(conn, to_end=True)) == fast
    finally:
        audit._JSON_IS_OURS = saved
    assert fast == (_reference(conn, stop=True), _reference(conn, stop=False))
