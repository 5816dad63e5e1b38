"""Append-only, hash-chained audit log: who changed what, when, old -> new, and why."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from humas_desktop.domain.models import AuditEntry, new_id

GENESIS = "0" * 64
_COLUMNS = "seq, at, actor, device_id, entity, entity_id, field, old, new, reason, prev_hash, hash"


def as_text(value: Any) -> str | None:
    """How a value is written into the log (replay compares table values the same way)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _stored(value: Any) -> Any:
    """A value read back from a damaged row (a BLOB, a float, text with lone surrogates) as
    something JSON can hash. Rows the app wrote hold only text, numbers and NULL, so their bytes
    (and hashes) are unchanged; a damaged row just fails to verify."""
    if isinstance(value, bytes | bytearray | memoryview):
        return {"blob": bytes(value).hex()}
    if isinstance(value, float) and value != value:  # NaN is not JSON
        return {"float": "nan"}
    return value


def _refuse(value: Any) -> Any:
    raise TypeError(f"not JSON: {type(value).__name__}")


def json_encoder(*, separators: tuple[str, str], sort_keys: bool = False,
                 default: Callable[[Any], Any] = _refuse, allow_nan: bool = True) -> Callable[[Any], str]:
    """``json.JSONEncoder(ensure_ascii=False, ...).encode``, the same text, with the encoder built
    once: ``encode`` builds a new C encoder (and a dict of markers) on every call, which was a
    third of the cost of logging a merged row. No check for circular references: what is encoded
    here is a flat list or dict of a row's values."""
    make = getattr(json.encoder, "c_make_encoder", None)  # the C accelerator, absent from PyPy
    if make is None:  # a Python without the C accelerator: the same text, the slower way
        slow = json.JSONEncoder(ensure_ascii=False, separators=separators, sort_keys=sort_keys,
                                default=default, allow_nan=allow_nan)
        return slow.encode
    fast = make(None, default, json.encoder.encode_basestring, None, separators[1], separators[0],
                sort_keys, False, allow_nan)
    join = "".join

    def encode(value: Any) -> str:
        return join(fast(value, 0))

    return encode


# One encoder for every row (see json_encoder): most of the cost of walking a 500,000-entry chain
# was building encoders. ``allow_nan=False`` (and bytes being unencodable) sends the rare damaged
# value to the ``_stored`` path; the bytes are identical.
_ENCODE = json_encoder(separators=(",", ":"), allow_nan=False)


def canonical(seq: int, at: str, actor: str, device_id: str, entity: str, entity_id: str,
              field: str, old: str | None, new: str | None, reason: str, prev_hash: str) -> bytes:
    """The exact bytes hashed for one audit row (JSON array, UTF-8, no whitespace)."""
    values = [seq, at, actor, device_id, entity, entity_id, field, old, new, reason, prev_hash]
    try:
        text = _ENCODE(values)
    except (TypeError, ValueError):  # a BLOB, NaN or infinity read back from a damaged row
        text = json.dumps([_stored(v) for v in values], ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8", "surrogatepass")


_QUOTE: Callable[[str], str] = json.encoder.encode_basestring  # how the encoder writes a str


def head(conn: sqlite3.Connection) -> tuple[int, str]:
    """(last sequence number, its hash); (0, GENESIS) for an empty log."""
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def append(conn: sqlite3.Connection, *, at: str, actor: str, device_id: str, entity: str,
           entity_id: str, field: str, old: Any, new: Any, reason: str = "") -> AuditEntry:
    """Append one row chained to the current head. Call inside the transaction of the change."""
    last_seq, prev_hash = head(conn)
    seq = last_seq + 1
    old_t, new_t = as_text(old), as_text(new)
    digest = hashlib.sha256(
        canonical(seq, at, actor, device_id, entity, entity_id, field, old_t, new_t, reason,
                  prev_hash)
    ).hexdigest()
    conn.execute(
        "INSERT INTO audit (seq, id, at, actor, device_id, entity, entity_id, field, old, new, "
        "reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (seq, new_id(), at, actor, device_id, entity, entity_id, field, old_t, new_t,
         reason, prev_hash, digest),
    )
    return AuditEntry(seq, at, actor, device_id, entity, entity_id, field, old_t, new_t, reason,
                      prev_hash, digest)


def append_many(conn: sqlite3.Connection,
                rows: Iterable[tuple[str, str, str, str, str, str, Any, Any, str]]) -> int:
    """Append ``(at, actor, device_id, entity, entity_id, field, old, new, reason)`` rows in order,
    exactly as :func:`append` would one by one: the head is read once and kept in memory, and all
    rows go in with one statement. Call inside the transaction of the change. Returns the count."""
    last_seq, prev_hash = head(conn)
    out: list[tuple[Any, ...]] = []
    # Row ids of one batch share a random prefix and end in the sequence number: unique (the
    # sequence is), and in ascending order, so the ``id`` index takes them at its end instead of
    # at 100,000 random places (a third of the cost of a merge's audit insert). Not hashed.
    h = os.urandom(16).hex()
    prefix = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-"
    sha256, quote = hashlib.sha256, _QUOTE
    # canonical()'s text written directly (tests/storage/test_audit.py holds them to the same
    # bytes); the quoted (time, actor, device, table) and (column, reason) a batch repeats are
    # quoted once.
    leads: dict[tuple[str, str, str, str], str] = {}
    tails: dict[tuple[str, str], tuple[str, str]] = {}
    # The previous hash as quoted: after the first row, a hex digest this loop made (quoting
    # leaves it as it is); the head read from the file is quoted like any text.
    prev_q = quote(prev_hash) if type(prev_hash) is str else ""
    for at, actor, device_id, entity, entity_id, field, old, new, reason in rows:
        last_seq += 1
        row_uuid = f"{prefix}{last_seq:012x}"
        # as_text(), without the call for the text and NULL nearly every value is
        old_t = old if old is None or type(old) is str else as_text(old)
        new_t = new if new is None or type(new) is str else as_text(new)
        if prev_q and type(at) is type(actor) is type(device_id) is type(entity) is type(entity_id) \
                is type(field) is type(reason) is str:
            lead = leads.get((at, actor, device_id, entity))
            if lead is None:
                lead = leads[(at, actor, device_id, entity)] = \
                    f"{quote(at)},{quote(actor)},{quote(device_id)},{quote(entity)},"
            tail = tails.get((field, reason))
            if tail is None:
                tail = tails[(field, reason)] = (quote(field), quote(reason))
            old_q = "null" if old_t is None else quote(old_t)
            new_q = "null" if new_t is None else quote(new_t)
            text = f"[{last_seq},{lead}{quote(entity_id)},{tail[0]},{old_q},{new_q},{tail[1]},{prev_q}]"
            digest = sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        else:
            digest = sha256(canonical(last_seq, at, actor, device_id, entity, entity_id, field, old_t,
                                      new_t, reason, prev_hash)).hexdigest()
        prev_q = f'"{digest}"'
        out.append((last_seq, row_uuid, at, actor, device_id, entity, entity_id, field, old_t,
                    new_t, reason, prev_hash, digest))
        prev_hash = digest
    conn.executemany(
        "INSERT INTO audit (seq, id, at, actor, device_id, entity, entity_id, field, old, new, "
        "reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", out)
    return len(out)


def entries(conn: sqlite3.Connection, entity_id: str | None = None,
            after_seq: int = 0) -> Iterator[AuditEntry]:
    sql = f"SELECT {_COLUMNS} FROM audit"
    params: tuple[str | int, ...] = ()
    if entity_id is not None:
        sql += " WHERE entity_id = ?"
        params = (entity_id,)
    elif after_seq:
        sql += " WHERE seq > ?"
        params = (after_seq,)
    for row in conn.execute(sql + " ORDER BY seq", params):
        yield AuditEntry(*row)


def hash_at(conn: sqlite3.Connection, seq: int) -> object:
    """The stored ``hash`` column of entry ``seq`` (None when there is no such entry)."""
    row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else row[0]


def _no_report(walked: int) -> None:
    return None


# The walk without a visitor has SQLite write each row's canonical text (json_array: the same
# compact JSON for text, NULL and integers, escapes included, when _sqlite_json_is_ours says so)
# and fetches 4 values a row instead of 12: a third less time on a 400,000-entry log. A row
# holding anything else (a BLOB or a float read back from a damaged row), or whose hash does not
# verify on that text, is hashed from its values as canonical() does, so the first broken link
# is the one the entry-by-entry walk names (tests/storage/test_audit_walk.py).
_TEXT_COLUMNS = ("at", "actor", "device_id", "entity", "entity_id", "field", "old", "new", "reason",
                 "prev_hash")
_RENDERED = ("SELECT seq, prev_hash, hash, CASE WHEN "
             + " AND ".join(f"typeof({c}) IN ('text', 'null')" for c in _TEXT_COLUMNS)
             + f" THEN json_array(seq, {', '.join(_TEXT_COLUMNS)}) END FROM audit")
_JSON_IS_OURS: bool | None = None  # per process: one SQLite library


def _sqlite_json_is_ours(conn: sqlite3.Connection) -> bool:
    """Whether this SQLite's json_array writes text, NULL and integers as :func:`canonical` does
    (every character that needs escaping, and some that must not be escaped, in one probe)."""
    global _JSON_IS_OURS
    if _JSON_IS_OURS is None:
        probe = ("".join(chr(c) for c in range(0x20)) + '"\\/\x7f\u00e9\u2028\u2029\ufeff\U0001f600'
                 + "\\u0041 \\\"")
        values = [probe, "", None, 0, -(2**63), 2**63 - 1]
        try:
            row = conn.execute("SELECT json_array(?, ?, ?, ?, ?, ?)", values).fetchone()
            _JSON_IS_OURS = row is not None and row[0] == _ENCODE(values)
        except (sqlite3.Error, UnicodeError):
            _JSON_IS_OURS = False
    return _JSON_IS_OURS


def _row_text(row: tuple[Any, ...]) -> bytes:
    """The bytes :func:`canonical` hashes for a fetched row (its first 11 columns)."""
    try:
        return _ENCODE(row[:11]).encode("utf-8", "surrogatepass")
    except (TypeError, ValueError):  # a BLOB, NaN or infinity read back from a damaged row
        return canonical(*row[:11])


def walk(conn: sqlite3.Connection, visit: Callable[[AuditEntry], None] | None = None,
         progress: Callable[[int], None] | None = None, every: int = 2000,
         after: tuple[int, str] | None = None, to_end: bool = False) -> int | None:
    """The one walk of the chain (check, start-up, merge): hand every entry to ``visit`` in order
    (one read of the log for the chain and a replay) and return the first broken link's sequence
    number, or ``None`` if every link verifies.

    ``progress(walked)``: called after every ``every`` entries with the count walked so far.
    ``after=(seq, hash)``: walk only the entries after ``seq``, chained from ``hash`` (a verified
    checkpoint; the caller checks that entry ``seq`` still holds ``hash``). Without ``visit`` the
    walk stops at the first broken link, unless ``to_end`` or ``progress`` is given (it walks on,
    and reports its progress, to the end).

    Each row is hashed from the fetched tuple itself (the compact JSON of its first 11 columns is
    :func:`canonical`'s text), or without a visitor from the text SQLite writes (see _RENDERED);
    an :class:`AuditEntry` is built only for a ``visit``."""
    to_end = to_end or progress is not None
    if visit is None and _sqlite_json_is_ours(conn):
        return _walk_rendered(conn, progress, every, after, to_end)
    sha256 = hashlib.sha256
    broken: int | None = None
    start_seq, expected_prev = after if after is not None else (0, GENESIS)
    expected_seq = start_seq + 1
    step = max(1, every)
    report = progress or _no_report
    walked, report_at = 0, step if progress is not None else 0  # 0: never reached
    stop = visit is None and not to_end
    sql = f"SELECT {_COLUMNS} FROM audit"
    params: tuple[int, ...] = ()
    if start_seq:
        sql += " WHERE seq > ?"
        params = (start_seq,)
    for row in conn.execute(sql + " ORDER BY seq", params):
        if visit is not None:
            visit(AuditEntry(*row))
        walked += 1
        if walked == report_at:
            report_at += step
            report(walked)
        if broken is not None:
            continue
        seq = row[0]
        if (type(seq) is not int or seq != expected_seq or row[10] != expected_prev
                or sha256(_row_text(row)).hexdigest() != row[11]):
            broken = seq if type(seq) is int else expected_seq
            if stop:
                return broken
            continue
        expected_prev, expected_seq = row[11], seq + 1
    return broken


def _walk_rendered(conn: sqlite3.Connection, progress: Callable[[int], None] | None, every: int,
                   after: tuple[int, str] | None, to_end: bool) -> int | None:
    """:func:`walk` without a visitor, on the canonical text SQLite writes (see _RENDERED)."""
    sha256 = hashlib.sha256
    broken: int | None = None
    start_seq, expected_prev = after if after is not None else (0, GENESIS)
    expected_seq = start_seq + 1
    step = max(1, every)
    report = progress or _no_report
    walked, report_at = 0, step if progress is not None else 0  # 0: never reached
    sql = _RENDERED
    params: tuple[int, ...] = ()
    if start_seq:
        sql += " WHERE seq > ?"
        params = (start_seq,)
    for seq, prev_hash, stored, text in conn.execute(sql + " ORDER BY seq", params):
        walked += 1
        if walked == report_at:
            report_at += step
            report(walked)
        if broken is not None:
            continue
        if (text is None or type(seq) is not int
                or sha256(text.encode("utf-8", "surrogatepass")).hexdigest() != stored):
            # Not written the usual way, or not verifying on SQLite's text: the row's own
            # values, hashed as canonical() hashes them (seq is the rowid: this is the row).
            row = conn.execute(f"SELECT {_COLUMNS} FROM audit WHERE rowid = ?", (seq,)).fetchone()
            if row is None or sha256(_row_text(row)).hexdigest() != stored:
                stored = None  # never equal to a hash: the link is broken
        if type(seq) is not int or seq != expected_seq or prev_hash != expected_prev or stored is None:
            broken = seq if type(seq) is int else expected_seq
            if not to_end:
                return broken
            continue
        expected_prev, expected_seq = stored, seq + 1
    return broken


def first_broken_link(conn: sqlite3.Connection,
                      after: tuple[int, str] | None = None) -> int | None:
    """Sequence number of the first row whose chain does not verify, or ``None`` if all do
    (:func:`walk` without a visitor)."""
    return walk(conn, after=after)


# --- personal data in the log ------------------------------------------------------------------
# The log must prove a participant's identity was not changed behind the app's back, but must not
# be a second copy of it (purge could not erase an append-only chain). A personal column is
# logged as a keyed digest ("h:" + HMAC-SHA256 with a random key kept in the file's settings):
# replay compares the digest of the table's value; purge logs the blanked values with a new key
# and deletes the old one, so what the chain holds from before can no longer be linked to anyone.

PERSONAL_KEY = "audit.personal_key"
SEALED = "h:"


def personal_key(conn: sqlite3.Connection, create: bool = True) -> bytes | None:
    """The file's key for personal values in the log (made on first use in the caller's
    transaction)."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (PERSONAL_KEY,)).fetchone()
    if row is not None:
        try:
            return bytes.fromhex(str(row[0]))
        except ValueError:
            return None
    if not create:
        return None
    key = os.urandom(32)
    conn.execute("INSERT INTO settings(key, value) VALUES (?, ?)", (PERSONAL_KEY, key.hex()))
    return key


def rotate_personal_key(conn: sqlite3.Connection) -> bytes:
    """A new key (purge): digests made with the old one can no longer be recomputed."""
    key = os.urandom(32)
    conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) "
                 "DO UPDATE SET value = excluded.value", (PERSONAL_KEY, key.hex()))
    return key


def _keyed_hmac(key: bytes) -> Any:
    """HMAC-SHA256 keyed once, to ``copy()`` per value: OpenSSL's HMAC object itself where the
    interpreter has it (``hmac.new`` wraps the same object in Python methods that cost half of a
    seal), ``hmac.new`` otherwise. Both give the same digests (tests/storage/test_audit.py)."""
    try:
        from _hashlib import hmac_new  # CPython built with OpenSSL: what hmac.new uses inside

        return hmac_new(key, digestmod="sha256")
    except (ImportError, ValueError, TypeError):
        import hmac

        return hmac.new(key, digestmod=hashlib.sha256)


class Sealer:
    """Seals values with one key: the HMAC state is keyed once and copied per value, and a value
    seen before (an institution, a city, a blank) is sealed once (a 10,000-row roster has
    170,000 personal values, most of them repeated)."""

    __slots__ = ("_base", "_limit", "_memo")

    def __init__(self, key: bytes | None, limit: int = 200_000) -> None:
        """``limit``: how many sealed values are remembered before the memo starts again (a
        check that seals every participant's values keeps it small: memory stays flat)."""
        self._base = _keyed_hmac(key or b"")
        self._memo: dict[str, str] = {}
        self._limit = limit

    def __call__(self, value: Any) -> str | None:
        if type(value) is str:  # nearly every personal value: the memo first, no conversion
            sealed = self._memo.get(value)
            if sealed is not None:
                return sealed
            text: str = value
        else:
            converted = as_text(value)
            if converted is None:
                return None
            text = converted
            sealed = self._memo.get(text)
        if sealed is None:
            h = self._base.copy()
            h.update(text.encode("utf-8", "surrogatepass"))
            sealed = self._memo[text] = SEALED + h.hexdigest()[:40]
            if len(self._memo) > self._limit:  # bounded, whatever the file holds
                self._memo.clear()
        return sealed


    def many(self, values: Iterable[Any]) -> list[str | None]:
        """``[self(v) for v in values]``, a column at a time: a value sealed before is one
        dictionary look-up, without a call per value."""
        memo, base, limit = self._memo, self._base, self._limit
        out: list[str | None] = []
        get, append = memo.get, out.append
        for value in values:
            if type(value) is str:
                sealed = get(value)
                if sealed is None:  # a new text: sealed here, as __call__ would
                    h = base.copy()
                    h.update(value.encode("utf-8", "surrogatepass"))
                    sealed = memo[value] = SEALED + h.hexdigest()[:40]
                    if len(memo) > limit:  # bounded, whatever the file holds
                        memo.clear()
                append(sealed)
            else:
                append(self(value))
        return out


def seal(key: bytes | None, value: Any) -> str | None:
    """How a personal value is written into the log (None stays None: nothing to hide)."""
    return Sealer(key)(value)


def sealed_values(key: bytes | Sealer | None, values: dict[str, Any],
                  personal: frozenset[str]) -> dict[str, Any]:
    """``values`` with its personal columns sealed."""
    if not personal:
        return values
    sealer = key if isinstance(key, Sealer) else Sealer(key)
    return {k: (sealer(v) if k in personal else v) for k, v in values.items()}


_ROW_JSON = json_encoder(separators=(", ", ": "), sort_keys=True, default=str)


_ROW_JSON_IN_ORDER = json_encoder(separators=(", ", ": "), default=str)


def row_json_in_order(values: dict[str, Any]) -> str:
    """:func:`row_json` of a dict whose keys are already in sorted order (the same text, without
    sorting each row again)."""
    return _ROW_JSON_IN_ORDER(values)


def row_json(values: dict[str, Any]) -> str:
    """The text of a whole-row entry ("*" insert, "-" delete), as the log has always written it
    (``json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)``, encoder built once)."""
    return _ROW_JSON(values)
