"""Tamper evidence: replay the audit log against the tables, signed sign-off receipts, receipt codes.

The audit chain alone only proves the log is self-consistent: anyone with the file can rewrite it
and recompute every hash. The anchor is the sign-off statement signed with the device key
(event, assessment, assessor, participant, last audit sequence number, chain head hash, counts,
digest of the scored state): an edit behind the app's back changes either the tables (replay
mismatch), the chain (hash at the signed sequence no longer matches) or the state digest.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from humas_desktop.domain import dictionary
from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import AssessmentStatus, new_id
from humas_desktop.domain.progress import Tally
from humas_desktop.storage import audit, foreign_db, queries
from humas_desktop.storage import packages_store as store
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB
from humas_desktop.storage.device import Device, fingerprint
from humas_desktop.storage.structure_check import StructureCheck, snapshot_with_structure_check

STATEMENT_VERSION = 2  # 2: the statement also covers the identity the assessor saw
# Every table the data dictionary declares audited: each row is written through the audited
# paths of storage/repository.py, and check replays the log against it, column by column.
REPLAYED_TABLES = dictionary.audited_tables()

# What a signed receipt covers, as the data dictionary declares it.
_ASSESSMENT_STATE = dictionary.receipt_columns("assessment")
IDENTITY_COLUMNS = dictionary.receipt_columns("participant")


class IntegrityError(DomainError):
    """A sign-off receipt cannot be made (assessment missing or not signed)."""


@dataclass(frozen=True, slots=True)
class Receipt:
    code: str
    statement: bytes
    signature: bytes
    seq: int
    head: str
    fingerprint: str


@dataclass
class Finding:
    """One problem found by replay or signature checks (codes are message keys)."""

    code: str
    context: dict[str, Any] = field(default_factory=dict)


# --- receipt code ------------------------------------------------------------------------------

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CHECK_SYMBOLS = CROCKFORD + "*~$=U"  # Crockford's mod-37 check alphabet
_DATA_CHARS = 9


def _normalise(code: str) -> str:
    text = code.strip().upper().replace("-", "").replace(" ", "")
    return text.translate(str.maketrans("OIL", "011"))


def _check_symbol(data: str) -> str:
    value = 0
    for ch in data:
        value = value * 32 + CROCKFORD.index(ch)
    return _CHECK_SYMBOLS[value % 37]


def receipt_code(statement: bytes) -> str:
    """``XXXXX-XXXXX``: 9 Crockford base32 characters (45 bits of SHA-256) + a mod-37 check."""
    bits = int.from_bytes(hashlib.sha256(statement).digest()[:8], "big") >> (64 - 5 * _DATA_CHARS)
    data = "".join(CROCKFORD[(bits >> (5 * i)) & 31] for i in reversed(range(_DATA_CHARS)))
    full = data + _check_symbol(data)
    return f"{full[:5]}-{full[5:]}"


def verify_receipt_code(code: str) -> bool:
    """True if ``code`` is well formed and its check character matches (typos are caught)."""
    text = _normalise(code)
    if len(text) != _DATA_CHARS + 1 or any(ch not in CROCKFORD for ch in text[:-1]):
        return False
    return text[-1] == _check_symbol(text[:-1])


# --- state digest and signed statement ---------------------------------------------------------

def assessment_state(edb: EventDB, assessment_id: str) -> tuple[str, dict[str, int]]:
    """(SHA-256 of the scored state, counts). Excludes signature/receipt columns (circular)."""
    head = store.assessment_columns(edb, assessment_id, _ASSESSMENT_STATE)
    if head is None:
        raise IntegrityError("assessment_missing")
    return _state_digest(head, store.answer_state(edb, assessment_id),
                         store.unit_state(edb, assessment_id), store.evidence_state(edb, assessment_id))


def _state_digest(head: dict[str, Any], answers: list[dict[str, Any]], units: list[dict[str, Any]],
                  evidence: list[dict[str, Any]]) -> tuple[str, dict[str, int]]:
    """The digest and counts of :func:`assessment_state` from the rows it reads."""
    state = {"assessment": head, "answers": answers, "units": units, "evidence": evidence}
    digest = hashlib.sha256(_canonical(state)).hexdigest()
    counts = {
        "answers": len(answers),
        "answers_k": sum(1 for a in answers if a["verdict"] == "K"),
        "answers_bk": sum(1 for a in answers if a["verdict"] == "BK"),
        "units_k": sum(1 for u in units if u["recommendation"] == "K"),
        "units_bk": sum(1 for u in units if u["recommendation"] == "BK"),
        "evidence": sum(1 for e in evidence if not e["removed"]),
    }
    return digest, counts


def identity_digest(edb: EventDB, participant_id: str) -> str:
    """SHA-256 of who the assessor assessed (name, certificate name, NIK: the data dictionary's
    receipt columns of the participant), salted with the participant's random salt so that the
    digest names nobody once purge has blanked the salt. '' when the participant is missing."""
    values = store.participant_identity(edb, participant_id, ("identity_salt", *IDENTITY_COLUMNS))
    if values is None:
        return ""
    return hashlib.sha256(_canonical(values)).hexdigest()


def identity_changes_after_signoff(edb: EventDB) -> list[str]:
    """Participants (ids) whose identity differs from what a signed receipt covers: a change made
    after sign-off (by the coordinator, with a reason) that close must show before numbering."""
    changed: list[str] = []
    for aid in store.assessment_ids_by_status(edb, AssessmentStatus.DITANDATANGANI.value):
        latest = _latest_signoff(edb, aid)
        if latest is None:
            continue
        try:
            statement = json.loads(latest["statement"])
        except (ValueError, TypeError):
            continue
        if not isinstance(statement, dict) or "identity" not in statement:
            continue  # a receipt from before identity was covered
        pid = str(statement.get("participant", ""))
        if statement["identity"] != identity_digest(edb, pid) and pid not in changed:
            changed.append(pid)
    return changed


# json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str), the
# same text with the encoder built once (audit.json_encoder): a check encodes a state per signed
# assessment. tests/services/test_integrity_signoffs_bulk.py holds the two to the same bytes.
_CANONICAL = audit.json_encoder(separators=(",", ":"), sort_keys=True, default=str)


def _canonical(data: Any) -> bytes:
    return _CANONICAL(data).encode("utf-8", "surrogatepass")


def _event_id(edb: EventDB) -> str:
    return store.event_id(edb.conn) or ""


def sign_assessment(edb: EventDB, device: Device, assessment_id: str) -> Receipt:
    """Sign what was recorded; call inside the sign-off transaction right after the status change.

    Stores a ``signoff`` row (statement, signature, public key, receipt code) and writes
    ``assessment.signature`` / ``assessment.receipt_code``, all through the audit log. Calling it
    again with nothing changed returns the existing receipt.
    """
    with edb.atomic():
        row = store.assessment_head(edb, assessment_id)
        if row is None:
            raise IntegrityError("assessment_missing")
        if row[0] != AssessmentStatus.DITANDATANGANI.value:
            raise IntegrityError("signoff_not_signed")
        digest, counts = assessment_state(edb, assessment_id)
        existing = _latest_signoff(edb, assessment_id)
        if existing is not None:
            statement = json.loads(existing["statement"])
            if statement.get("state") == digest and existing["audit_seq"] >= _last_signed_seq(
                    edb, assessment_id):
                return Receipt(existing["receipt_code"], existing["statement"].encode("utf-8"),
                               base64.b64decode(existing["signature"]), existing["audit_seq"],
                               statement["head"], fingerprint(bytes.fromhex(existing["public_key"])))
        seq, head_hash = audit.head(edb.conn)
        statement_data = {
            "v": STATEMENT_VERSION, "kind": "signoff", "event": _event_id(edb),
            "assessment": assessment_id, "assessor": row[1], "participant": row[2],
            "scheme": row[3], "seq": seq, "head": head_hash, "counts": counts, "state": digest,
            "device": device.id, "identity": identity_digest(edb, str(row[2])),
        }
        statement = _canonical(statement_data)
        signature = device.sign(statement)
        code = receipt_code(statement)
        signature_text = base64.b64encode(signature).decode("ascii")
        repo.audited_insert(edb, "signoff", {
            "id": new_id(), "assessment_id": assessment_id, "audit_seq": seq,
            "statement": statement.decode("utf-8"), "signature": signature_text,
            "public_key": device.public_bytes.hex(), "receipt_code": code,
        })
        repo.audited_update(edb, "assessment", assessment_id,
                            {"signature": signature_text, "receipt_code": code})
        return Receipt(code, statement, signature, seq, head_hash, device.fingerprint)


def check_receipt_signature(public_key: str, signature: str, statement: str) -> None:
    """The Ed25519 signature of one receipt (hex public key, base64 signature, statement text):
    raises ``InvalidSignature`` when it does not hold, ValueError / TypeError / AttributeError
    when a part is not what it must be."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key)).verify(
        base64.b64decode(signature), statement.encode("utf-8"))


def receipt_digest(public_key: Any, signature: Any, statement: Any) -> str:
    """What names one receipt's signed triple (hex public key, base64 signature, statement text)
    exactly: '' for anything but text (never taken for a verified receipt)."""
    if not (isinstance(public_key, str) and isinstance(signature, str) and isinstance(statement, str)):
        return ""
    text = f"{public_key}\0{signature}\0{statement}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _latest_signoff(edb: EventDB, assessment_id: str) -> dict[str, Any] | None:
    return store.latest_signoff(edb, assessment_id)


def _last_signed_seq(edb: EventDB, assessment_id: str) -> int:
    """Sequence number of the last audit row that put the assessment into 'ditandatangani'."""
    return store.last_status_seq(edb, assessment_id, AssessmentStatus.DITANDATANGANI.value)


def receipt_for(edb: EventDB, assessment_id: str) -> str | None:
    """The receipt code recomputed from the stored signed statement (for FR.AK.02, berita acara)."""
    latest = _latest_signoff(edb, assessment_id)
    return receipt_code(latest["statement"].encode("utf-8")) if latest else None


# --- replay ----------------------------------------------------------------------------------

_text = audit.as_text  # one encoding for the log and for the tables it is compared with


# The C scanner json.loads ends in, called directly: json.loads checks its argument, skips
# whitespace and matches the end with a regular expression around it, about half of the cost of
# decoding a whole-row entry. Anything it does not take whole goes through json.loads itself.
_SCAN_ONCE: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _row_values(new: object) -> dict[str, Any] | None:
    """The JSON object of a whole-row entry, or None when the entry is damaged."""
    if new is None:
        return {}
    if not isinstance(new, str):
        return None
    try:
        values, end = _SCAN_ONCE(new, 0)
    except (StopIteration, ValueError):
        end = -1
    if end != len(new):  # leading or trailing text, or not JSON: as json.loads decides
        try:
            values = json.loads(new)
        except ValueError:
            return None
    return values if isinstance(values, dict) else None


State = dict[str, dict[str, dict[str, str | None]]]


def _defaults(edb: EventDB) -> dict[str, dict[str, str | None]]:
    """The columns' defaults in this schema version (a whole-row entry leaves them out)."""
    version = store.schema_version(edb.conn)
    return foreign_db.column_defaults(version)


def _replayer(defaults: Mapping[str, Mapping[str, str | None]] | None = None,
              ) -> tuple[State, Callable[[audit.AuditEntry], None]]:
    """An empty state and the function that applies one log entry to it."""
    state: State = {t: {} for t in REPLAYED_TABLES}
    start = {t: {c: (defaults or {}).get(t, {}).get(c) for c in dictionary.replayed_columns(t)
                 if c in (defaults or {}).get(t, {})} for t in REPLAYED_TABLES}

    def apply(entry: audit.AuditEntry) -> None:
        table = state.get(entry.entity) if isinstance(entry.entity, str) else None
        if table is None or not isinstance(entry.entity_id, str) or not isinstance(entry.field, str):
            return  # a damaged entry: the chain check names it, the tables then differ
        if entry.field == "-":  # an audited deletion (repository.audited_delete)
            table.pop(entry.entity_id, None)
            return
        if entry.field == "*":
            values = _row_values(entry.new)
            if values is None:
                return  # a damaged entry: the chain check names it, the tables then differ
            row = dict(start[str(entry.entity)])
            row.update({str(k): _text(v) for k, v in values.items() if k != "id"})
            table[entry.entity_id] = row
        else:
            table.setdefault(entry.entity_id, {})[entry.field] = entry.new

    return state, apply


def replay(edb: EventDB) -> State:
    """Rebuild {table: {row id: {column: text}}} for the audited columns from the log alone."""
    state, apply = _replayer(_defaults(edb))
    for entry in audit.entries(edb.conn):
        apply(entry)
    return state


def compare_with_tables(edb: EventDB, state: State | None = None) -> Iterator[Finding]:
    """Every difference between the replayed log and the tables, table by table. Without
    ``state`` the log is replayed one record at a time beside the table (both read in id order),
    in memory that does not grow with the event."""
    # A small memo: the values repeated across rows (an institution, a blank) are still sealed
    # once, and memory stays flat however many participants the file holds.
    sealer = audit.Sealer(audit.personal_key(edb.conn, create=False), limit=4096)
    defaults = _defaults(edb)
    for table in REPLAYED_TABLES:
        if state is not None:
            logged: Iterable[tuple[str, dict[str, str | None] | None]] = sorted(state[table].items())
        else:
            logged = _replayed_records(edb, table, defaults)
        yield from _compare_table(edb, table, logged, sealer)


def _replayed_records(edb: EventDB, table: str, defaults: Mapping[str, Mapping[str, str | None]],
                      ) -> Iterator[tuple[str, dict[str, str | None] | None]]:
    """(row id, the row the log says it holds, None when deleted) in id order."""
    start = {c: defaults.get(table, {}).get(c) for c in dictionary.replayed_columns(table)
             if c in defaults.get(table, {})}
    text = _text
    current_id: str | None = None
    row: dict[str, str | None] | None = None
    for entity_id, field_name, new in store.audit_entries_of(edb.conn, table):
        if entity_id != current_id:
            if current_id is not None:
                yield current_id, row
            current_id, row = entity_id, None
        if field_name == "-":
            row = None
        elif field_name == "*":
            values = _row_values(new)
            if values is None:
                continue  # a damaged entry: the chain check names it, the tables then differ
            row = dict(start)
            # A JSON object's keys are text; most values are too (as_text of text is itself).
            row.update({k: v if type(v) is str else text(v) for k, v in values.items() if k != "id"})
        else:
            if row is None:
                row = {}
            row[field_name] = new
    if current_id is not None:
        yield current_id, row


_ABSENT = object()  # a column the log never set (never equal to a table's value)


def _compare_table(edb: EventDB, table: str,
                   logged: Iterable[tuple[str, dict[str, str | None] | None]],
                   sealer: audit.Sealer) -> Iterator[Finding]:
    """A merge of the replayed records and the table's rows, both in id order."""
    personal = dictionary.personal_columns(table)
    # The columns compared, in the data dictionary's order; a column the table lacks is left out
    # (the schema check names it). Read: the id, the plain columns, then the personal ones.
    present = set(store.table_columns(edb.conn, table))
    columns = [c for c in dictionary.replayed_columns(table) if c in present]
    plain = [c for c in columns if c not in personal]
    sealed = [c for c in columns if c in personal]
    rows = store.rows_in_id_order_as_tuples(edb, table, ["id", *plain, *sealed])
    position = {c: i for i, c in enumerate(["id", *plain, *sealed], start=0)}
    end_plain = 1 + len(plain)
    absent = [_ABSENT] * len(columns)
    text = _text
    records = iter(logged)
    record = next(records, None)
    for row in rows:
        row_id = str(row[0])
        while record is not None and record[0] < row_id:
            if record[1] is not None:
                yield Finding("row_missing", {"table": table, "row": record[0]})
            record = next(records, None)
        expected = record[1] if record is not None and record[0] == row_id else None
        if record is not None and record[0] == row_id:
            record = next(records, None)
        if expected is None:
            yield Finding("row_not_in_log", {"table": table, "row": row_id})
            continue
        # Every column at once (what the table holds, as the log writes it, against what the
        # log says); column by column, in order, only for a row that differs.
        get = expected.get
        if [v if type(v) is str else text(v) for v in row[1:end_plain]] == list(
                map(get, plain, absent)) and (
                not sealed or sealer.many(row[end_plain:]) == list(map(get, sealed, absent))):
            continue
        for column in columns:
            value = row[position[column]]
            got = sealer(value) if column in personal else text(value)
            if column not in expected or got != expected[column]:
                yield Finding("state_mismatch", {"table": table, "row": row_id, "column": column})
    while record is not None:
        if record[1] is not None:
            yield Finding("row_missing", {"table": table, "row": record[0]})
        record = next(records, None)
    for row_id in store.ids_not_text(edb, table):
        yield Finding("row_not_in_log", {"table": table, "row": row_id})


def schema_findings(edb: EventDB) -> list[Finding]:
    """The file's tables, columns, triggers and views against the data dictionary and the schema
    this version writes: anything else (a table or column nobody declared, a trigger, a view, a
    changed definition) is a finding."""
    findings: list[Finding] = []
    version = store.schema_version(edb.conn)
    for entry in foreign_db.schema_differences(edb.conn, version):
        findings.append(Finding("schema_altered", {"entry": entry}))
    for table in store.table_names(edb.conn):
        if table in dictionary.INTERNAL_TABLES:
            continue
        declared = dictionary.BY_NAME.get(table)
        if declared is None:
            findings.append(Finding("schema_unknown_table", {"table": table}))
            continue
        for column in store.table_columns(edb.conn, table):
            if column not in declared.column_names:
                findings.append(Finding("schema_unknown_column", {"table": table, "column": column}))
    return findings


# --- signatures ------------------------------------------------------------------------------

def verify_signoffs(edb: EventDB, require_receipts: bool = False,
                    progress: Callable[[int, int], None] | None = None,
                    only: set[str] | None = None,
                    verified: Container[str] = frozenset()) -> Iterator[Finding]:
    """Check every signed statement and that each signed assessment has a current one.

    ``require_receipts``: a signed assessment without any receipt is a problem even in files
    that hold no receipt at all (files written before sign-off receipts existed pass otherwise).
    ``progress(done, total)``: called before each signed assessment's state is checked.
    ``only``: the receipts and signed assessments of these assessments alone (a merge checks
    what one package wrote before it commits).
    ``verified``: receipts whose Ed25519 signature was verified already, named by
    receipt_digest of their exact public key, signature and statement (the merge's
    package reader checks them in its own process); every other check still runs here.
    """
    # Imported here: scoring imports this module, and the first paint needs no signature check.
    from cryptography.exceptions import InvalidSignature

    event_id = _event_id(edb)
    key_of = store.assessor_key_fingerprints(edb)
    key_changes = store.assessor_key_changes(edb)
    # One receipt at a time, with the anchor hash, the entry that put it into this file and its
    # writer looked up by SQLite: memory that does not grow with the number of receipts.
    for so in store.signoffs_checked(edb, None if only is None else sorted(only)):
        ctx = {"assessment": so["assessment_id"], "seq": so["audit_seq"]}
        try:
            statement = json.loads(so["statement"])
            if not isinstance(statement, dict):
                raise ValueError("statement")
            if not verified or receipt_digest(so["public_key"], so["signature"], so["statement"]) \
                    not in verified:
                check_receipt_signature(so["public_key"], so["signature"], so["statement"])
        except InvalidSignature:
            yield Finding("signoff_bad_signature", ctx)
            continue
        except (ValueError, TypeError, AttributeError):  # not text, not hex, not base64, not JSON
            yield Finding("signoff_malformed", ctx)
            continue
        if (statement.get("assessment") != so["assessment_id"]
                or statement.get("seq") != so["audit_seq"] or statement.get("event") != event_id):
            yield Finding("signoff_wrong_record", ctx)
            continue
        # The chain anchor is checked on the laptop that signed. A receipt merged into another
        # file (written there by another device) is anchored in a chain this file does not
        # hold; its signature and state digest still protect the scores.
        inserted_by = so["_writer"]
        home = inserted_by is None or inserted_by == statement.get("device")
        if home and so["_anchor_hash"] != statement.get("head"):
            yield Finding("signoff_anchor_mismatch", ctx)
        if so["receipt_code"] != receipt_code(so["statement"].encode("utf-8")):
            yield Finding("receipt_mismatch", ctx)
        # The key registered for the assessor when this file took the receipt, not the one
        # registered now: a laptop registered later must not turn earlier receipts into forgeries.
        registered = _key_in_effect(key_of, key_changes, statement.get("assessor"),
                                    so["_inserted_at"])
        if registered and registered != fingerprint(bytes.fromhex(so["public_key"])):
            yield Finding("signoff_unknown_key", ctx)
    any_receipt = store.any_signoff(edb)
    status = AssessmentStatus.DITANDATANGANI.value
    batches: Iterable[list[Any]]
    if only is not None:
        signed = store.assessment_ids_by_status(edb, status, sorted(only))
        total = len(signed)
        batches = [signed[i:i + _BATCH] for i in range(0, total, _BATCH)]
    else:  # read as they are needed: memory that does not grow with the event
        total = store.count_by_status(edb, status)
        batches = store.assessment_ids_by_status_in_batches(edb, status, _BATCH)
    done = 0
    for batch in batches:
        # What the signed assessments of this batch hold, a few queries for the whole batch
        # (the same rows, in the same order, as assessment_state reads for one).
        known = store.signed_assessment_states(edb, batch, _ASSESSMENT_STATE, status)
        for aid in batch:
            if progress is not None:
                progress(done, total)
            done += 1
            yield from _signed_assessment_findings(aid, known, any_receipt or require_receipts)


_BATCH = 64  # signed assessments read together by verify_signoffs (1.6 MB at most)


def _signed_assessment_findings(aid: Any, known: Mapping[str, Any], receipt_required: bool,
                                ) -> Iterator[Finding]:
    """What verify_signoffs finds about one signed assessment, from its batch's rows."""
    latest = known["latest"].get(aid)
    if latest is None:
        if receipt_required:
            yield Finding("signoff_missing", {"assessment": aid})
        return
    ctx = {"assessment": aid, "seq": latest["audit_seq"]}
    try:
        statement = json.loads(latest["statement"])
    except (ValueError, TypeError):
        return  # already reported above
    if not isinstance(statement, dict):
        return  # its signature check failed above
    # Sequence numbers belong to the signing laptop's chain: compare them only there. A
    # merged receipt is held to its signature and state digest below.
    inserted_by = latest["_writer"]
    home = inserted_by is None or inserted_by == statement.get("device")
    if not isinstance(latest["audit_seq"], int):
        return  # its statement's sequence number did not match above
    if home and latest["audit_seq"] < known["status_seq"].get(aid, 0):
        yield Finding("signoff_stale", ctx)
    head = known["head"].get(aid)
    if head is None:
        raise IntegrityError("assessment_missing")
    digest, counts = _state_digest(head, known["answers"].get(aid, []), known["units"].get(aid, []),
                                   known["evidence"].get(aid, []))
    if statement.get("state") != digest or statement.get("counts") != counts:
        yield Finding("signoff_state_mismatch", ctx)
    stored = known["signature"].get(aid)
    if stored != (latest["signature"], latest["receipt_code"]):
        yield Finding("signoff_not_current", ctx)


def _key_in_effect(current: Mapping[Any, Any], changes: Mapping[str, list[tuple[int, str]]],
                   assessor_id: object, seq: int | None) -> str:
    """The assessor's registered key fingerprint as it stood at audit ``seq`` ('' = none)."""
    if seq is not None:
        for changed_at, before in changes.get(str(assessor_id), []):
            if changed_at > seq:
                return before
    value = current.get(assessor_id, "")
    return value if isinstance(value, str) else ""


def integrity_findings(edb: EventDB, require_receipts: bool = False) -> list[Finding]:
    """Chain, replay and signature findings, chain first (a broken chain explains the rest)."""
    return _findings(edb, require_receipts, None)


class _Shares:
    """The full check's figures on one scale, counted in audit entries, in shares of about the
    time each phase takes on a demo event: SQLite's integrity_check and foreign keys (no inner
    progress) the first ~12 %, the chain walk and replay one step an entry (~59 %), the
    comparison with the tables ~10 %, the signed receipts (a step a signed assessment) ~20 %."""

    def __init__(self, tally: Tally, entries: int) -> None:
        self.tally = tally
        self.entries = max(0, entries)
        self.before = max(1, self.entries // 5)
        self.compare = max(1, self.entries // 6)
        self.receipts = max(1, self.entries // 3)
        self.total = self.before + self.entries + self.compare + self.receipts

    def at(self, done: int) -> None:
        self.tally.report(min(done, self.total), self.total)

    def walked(self, count: int) -> None:
        self.at(self.before + min(count, self.entries))

    def signed(self, done: int, total: int) -> None:
        share = self.receipts * done // total if total > 0 else 0
        self.at(self.total - self.receipts + share)


def _entry_count(edb: EventDB) -> int:
    """About how many entries the walk reads (O(1): the last sequence number); 0 when the log
    cannot be read, which the check itself then reports."""
    try:
        return audit.head(edb.conn)[0]
    except (sqlite3.DatabaseError, ValueError, TypeError):
        return 0


def _findings(edb: EventDB, require_receipts: bool, shares: _Shares | None) -> list[Finding]:
    findings: list[Finding] = []
    # The chain in sequence order, then the replay table by table beside each table (in id
    # order): memory stays flat whatever the size of the event.
    if shares is None:
        broken = audit.walk(edb.conn, to_end=True)
    else:
        broken = audit.walk(edb.conn, None, progress=shares.walked, every=shares.tally.every)
        shares.walked(shares.entries)
    if broken is not None:
        findings.append(Finding("audit_chain_broken", {"seq": broken}))
    findings.extend(schema_findings(edb))
    findings.extend(compare_with_tables(edb))
    if shares is not None:
        shares.signed(0, 0)
    findings.extend(verify_signoffs(edb, require_receipts,
                                    progress=None if shares is None else shares.signed))
    return findings


class UnverifiedEventError(DomainError):
    """The event file failed verification: no document, package or merge is made from it."""


def verify_for_use(edb: EventDB, progress: Tally | None = None) -> tuple[int, str]:
    """The verification ``check`` runs, before anything is made from the file.

    SQLite's integrity_check and foreign keys, then the audit chain, the replay of the log
    against the tables and the signed sign-off receipts, all in one read snapshot (the UI
    thread may commit meanwhile). Raises UnverifiedEventError ("event_damaged" or "event_tampered",
    with the first finding's code) and writes nothing. Call it first in every service that
    exports documents, writes packages or merges results.

    ``progress``: a holder the check reports to as it goes (another thread may poll it), from 0
    to done == total when the file passed; a file that fails stops short of the total.

    Returns the verified log's head ``(seq, hash)``, read in the same snapshot: a caller that
    seals a checkpoint needs no snapshot of its own around the call (inside one, SQLite's checks
    cannot run beside the walk and run first, on this connection).
    """
    name = edb.path.name
    # SQLite's integrity_check and foreign key check of the same snapshot run beside the chain
    # walk on a second connection when they can (storage.structure_check); inside a snapshot
    # the caller already holds, on this connection after all.
    with snapshot_with_structure_check(edb.conn, edb.path) as structure:
        _verify(edb, name, structure, progress)
        try:
            return audit.head(edb.conn)
        except (sqlite3.DatabaseError, ValueError, TypeError):
            raise UnverifiedEventError("event_damaged", path=name, problem="unreadable") from None


def _verify(edb: EventDB, name: str, structure: StructureCheck,
            progress: Tally | None = None) -> None:
    shares = None if progress is None else _Shares(progress, _entry_count(edb))
    problem = ""
    findings: list[Finding] = []
    try:
        if shares is not None:
            shares.at(0)
        if not structure.parallel:  # checked first, as ever: a damaged file is not walked
            problem = _structure_problem(edb, structure)
        if shares is not None and not problem:
            shares.at(shares.before)  # SQLite's share (beside the walk: under way)
        if not problem:
            try:
                findings = _findings(edb, False, shares)
            except (sqlite3.DatabaseError, UnicodeError, ValueError, TypeError):
                if structure.parallel:  # what SQLite found is said first, whatever the walk hit
                    problem = _structure_problem(edb, structure)
                raise
            # (Anything else, a cancel, goes on at once: the snapshot's end stops SQLite's checks.)
            if structure.parallel:
                problem = _structure_problem(edb, structure)
    except (sqlite3.DatabaseError, UnicodeError, ValueError, TypeError):
        problem, findings = problem or "unreadable", []
    if problem:
        raise UnverifiedEventError("event_damaged", path=name, problem=problem)
    if findings:
        raise UnverifiedEventError("event_tampered", path=name, problem=findings[0].code,
                                   count=len(findings))
    if shares is not None:
        shares.at(shares.total)


def _structure_problem(edb: EventDB, structure: StructureCheck) -> str:
    """'' for a sound file, else what SQLite's checks or the event row say is wrong; raises
    ``sqlite3.DatabaseError`` for a file too damaged to check ("unreadable")."""
    lines, fk = structure.result()
    if lines != ["ok"]:
        return "integrity"
    if fk:
        return "foreign_keys"
    if not queries.has_event_row(edb.conn):
        return "event_missing"
    return ""


def signer_fingerprints(edb: EventDB) -> dict[str, str]:
    """{assessor id: device key fingerprint} of the receipts, to compare with the assessors' laptops."""
    result: dict[str, str] = {}
    for statement, key in store.signoff_statements_and_keys(edb):
        try:
            assessor_id = json.loads(statement).get("assessor", "")
            result[str(assessor_id)] = fingerprint(bytes.fromhex(key))
        except (ValueError, AttributeError):
            continue  # reported as signoff_malformed
    return result


def summarize(findings: list[Finding]) -> Mapping[str, int]:
    out: dict[str, int] = {}
    for f in findings:
        out[f.code] = out.get(f.code, 0) + 1
    return out
