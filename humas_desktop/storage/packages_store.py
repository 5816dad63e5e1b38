"""SQL for hand-out and results packages, merging, purging and integrity checks (event file and snapshots)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB
from humas_desktop.storage.schema import AUDIT_NO_DELETE_SQL

AUDIT_NO_DELETE_TRIGGER = AUDIT_NO_DELETE_SQL


_dicts = repo.rows_as_dicts


# --- any connection (event file or package snapshot) ----------------------------------------

def packages_written(conn: sqlite3.Connection) -> set[str]:
    """Ids of the results packages a laptop wrote ("Kirim hasil"), from its audit log."""
    return {str(r[0]) for r in conn.execute(
        "SELECT entity_id FROM audit WHERE entity = 'package' AND field = 'results_written'")}


def latest_change_reason(conn: sqlite3.Connection, table: str, row_id: str,
                         columns: Sequence[str]) -> str | None:
    """The reason of the last audited change of any of ``columns`` of one row (None: never changed)."""
    found = conn.execute(
        "SELECT reason FROM audit WHERE entity = ? AND entity_id = ? AND field IN "
        "(SELECT value FROM json_each(?)) ORDER BY seq DESC LIMIT 1",
        (table, row_id, json.dumps(list(columns)))).fetchone()
    return None if found is None else str(found[0])


def changed_since(conn: sqlite3.Connection, table: str, row_id: str, columns: Sequence[str], *,
                  after_seq: int | None, at_or_after: str) -> bool:
    """Whether any of ``columns`` of one row had an audited change after audit entry ``after_seq``
    (when that is not known: at or after the time ``at_or_after``)."""
    since, value = ("seq > ?", after_seq) if after_seq is not None else ("at >= ?", at_or_after)
    return conn.execute(
        f"SELECT 1 FROM audit WHERE entity = ? AND entity_id = ? AND {since} AND field IN "
        "(SELECT value FROM json_each(?)) LIMIT 1",
        (table, row_id, value, json.dumps(list(columns)))).fetchone() is not None


def event_id(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT id FROM event").fetchone()
    return None if row is None else str(row[0])


def row_revisions(conn: sqlite3.Connection, tables: Sequence[str]) -> dict[str, list[Any]]:
    """``id -> [revision, device_id]`` of every row of ``tables``."""
    out: dict[str, list[Any]] = {}
    for table in tables:
        out.update({str(r[0]): [int(r[1]), str(r[2])]
                    for r in conn.execute(f"SELECT id, revision, device_id FROM {table}")})
    return out


def record_handout(edb: EventDB, package_id: str, assessor_id: str, created_at: str,
                   rows_json: str) -> None:
    edb.conn.execute("INSERT INTO handout_record (package_id, assessor_id, created_at, rows_json) "
                     "VALUES (?, ?, ?, ?)", (package_id, assessor_id, created_at, rows_json))


def handout_record(edb: EventDB, package_id: str) -> tuple[str, str, str] | None:
    """(assessor id, rows JSON, created at) of a hand-out this laptop made."""
    row = edb.conn.execute("SELECT assessor_id, rows_json, created_at FROM handout_record "
                           "WHERE package_id = ?", (package_id,)).fetchone()
    return (str(row[0]), str(row[1]), str(row[2])) if row else None


def assessor_has_handout_records(edb: EventDB, assessor_id: str) -> bool:
    return edb.conn.execute("SELECT 1 FROM handout_record WHERE assessor_id = ? LIMIT 1",
                            (assessor_id,)).fetchone() is not None


def participant_ids(conn: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT id FROM participant")}


def count_rows(conn: sqlite3.Connection, tables: Sequence[str]) -> dict[str, int]:
    return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}


def table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]


def row_ids(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[0]) for r in conn.execute(f"SELECT id FROM {table}")}


def rows_logged(conn: sqlite3.Connection, table: str, columns: Sequence[str],
                logged: Sequence[str]) -> list[tuple[Any, ...]]:
    """Every row of ``table`` as a tuple: its ``columns`` values, then its ``logged`` columns as
    the JSON object the audit log holds for an inserted row (keys sorted), written by SQLite
    while it reads the row (a merge logs every row it adds; encoding them in Python was a tenth
    of its time). Tuples, not dicts: most rows are inserted as read. The text is ``None`` where
    SQLite cannot write it (no JSON functions in an old SQLite, a BLOB a damaged snapshot
    holds): the caller encodes that row itself."""
    select = ", ".join(columns)
    pairs = ", ".join(f"'{c}', {c}" for c in sorted(logged))
    try:
        return conn.execute(f"SELECT {select}, json_object({pairs}) FROM {table}").fetchall()
    except sqlite3.Error:
        return [(*r, None) for r in conn.execute(f"SELECT {select} FROM {table}")]


def rows_by_id(conn: sqlite3.Connection, table: str, columns: Sequence[str],
               ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """``id -> row`` of the rows of ``table`` whose id is in ``ids``: one statement (a join:
    ``id IN (SELECT …)`` builds the list first and costs two to four times as much)."""
    select = ", ".join(f"t.{c}" for c in columns)
    rows = _dicts(conn, f"SELECT {select} FROM json_each(?) AS j JOIN {table} AS t ON t.id = j.value",
                  [json.dumps(list(ids))])
    return {str(r["id"]): r for r in rows}


def key_index(conn: sqlite3.Connection, table: str, columns: Sequence[str],
              first: Sequence[str]) -> dict[tuple[Any, ...], str]:
    """``natural key values -> row id`` of the rows of ``table`` whose first key column is in ``first``."""
    if not first:
        return {}
    return {tuple(r[1:]): str(r[0]) for r in conn.execute(
        f"SELECT id, {', '.join(columns)} FROM {table} "
        f"WHERE {columns[0]} IN (SELECT value FROM json_each(?))",
        (json.dumps(list(first)),))}


def assessment_heads(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """``assessment id -> (assessor id, participant id)``."""
    return {str(r[0]): (str(r[1]), str(r[2]))
            for r in conn.execute("SELECT id, assessor_id, participant_id FROM assessment")}


def insert_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (values in ``columns`` order) with one statement."""
    if rows:
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "
                         f"VALUES ({', '.join('?' * len(columns))})", rows)


def update_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """Overwrite ``columns`` of existing rows with one statement; each row is its values in
    ``columns`` order followed by its id."""
    if rows:
        conn.executemany(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?", rows)


def assessments_with_assignment_of(conn: sqlite3.Connection, participant_ids: Sequence[str]
                                   ) -> list[dict[str, Any]]:
    """Every assessment of these participants, with ``assigned`` = whether its assessor is assigned."""
    return _dicts(conn, "SELECT a.*, EXISTS (SELECT 1 FROM assignment g WHERE g.participant_id = "
                  "a.participant_id AND g.assessor_id = a.assessor_id) AS assigned FROM assessment a "
                  "WHERE a.participant_id IN (SELECT value FROM json_each(?)) ORDER BY a.participant_id, "
                  "a.assessor_id, a.id", [json.dumps(list(participant_ids))])


# --- package snapshots (a second, raw connection) ----------------------------------------------

def open_snapshot_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection to a snapshot file."""
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def probe_snapshot(conn: sqlite3.Connection) -> None:
    """Raise ``sqlite3.Error`` if the file is not a readable database."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def vacuum_into(edb: EventDB, target: Path) -> None:
    """A consistent, compacted copy of the event file (safe on an open WAL database)."""
    edb.conn.execute("VACUUM INTO ?", (str(target),))


def open_snapshot_copy(path: Path) -> sqlite3.Connection:
    """A writable autocommit connection to a snapshot copy: no WAL, foreign keys cascade,
    freed pages zeroed."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def minimise_snapshot(conn: sqlite3.Connection, keep_participants: Sequence[str],
                      hidden_assessments: Sequence[str], travelling: frozenset[str],
                      keep_audit: bool) -> None:
    """Delete (in one transaction) everything a snapshot must not carry, then VACUUM it.

    ``travelling``: the tables whose rows a package carries (the data dictionary's); every other
    table, declared or not (a later feature's, or one added behind the app's back), travels empty.
    Without ``keep_audit`` the copy's log starts anew with one whole-row entry per row it holds.
    """
    from humas_desktop.domain import dictionary
    from humas_desktop.storage.baseline import log_rows

    conn.execute("BEGIN")
    conn.execute("CREATE TEMP TABLE keep (id TEXT PRIMARY KEY)")
    conn.executemany("INSERT OR IGNORE INTO keep VALUES (?)", [(p,) for p in keep_participants])
    conn.execute("DELETE FROM participant WHERE id NOT IN (SELECT id FROM keep)")
    conn.executemany("DELETE FROM assessment WHERE id = ?", [(a,) for a in hidden_assessments])
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                "AND name NOT LIKE 'sqlite_%'").fetchall():
        if name not in travelling and name != "audit":
            conn.execute(f'DELETE FROM "{name}"')
    conn.execute("DELETE FROM assessor WHERE id NOT IN (SELECT assessor_id FROM assignment "
                 "UNION SELECT assessor_id FROM assessment)")
    if not keep_audit:
        # The coordinator's log names every participant's rows; the copy starts its own
        # chain (one entry per row it holds) and the manifest carries the coordinator's head.
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute("DELETE FROM audit")
        conn.execute("DELETE FROM sqlite_sequence WHERE name = 'audit'")
        conn.execute(AUDIT_NO_DELETE_TRIGGER)
        log_rows(conn, [t for t in dictionary.audited_tables() if t in travelling],
                 actor="coordinator", device_id="", reason="paket tugas")
    conn.execute("COMMIT")
    conn.execute("VACUUM")


# --- hand-out: assignments ----------------------------------------------------------------

def assignment_exists(edb: EventDB, participant_id: str, assessor_id: str) -> bool:
    return edb.conn.execute("SELECT 1 FROM assignment WHERE participant_id = ? AND assessor_id = ?",
                            (participant_id, assessor_id)).fetchone() is not None


def assessor_numbers(edb: EventDB) -> dict[str, int]:
    """``assessor id -> 1, 2, ...`` in the order the assessors were entered."""
    rows = edb.conn.execute("SELECT id FROM assessor ORDER BY rowid").fetchall()
    return {str(r[0]): i + 1 for i, r in enumerate(rows)}


def primary_load(edb: EventDB) -> dict[str, int]:
    """``assessor id -> number of participants`` they are the primary assessor of."""
    return {str(a): int(n) for a, n in edb.conn.execute(
        "SELECT assessor_id, count(*) FROM assignment WHERE role = 'primary' GROUP BY assessor_id")}


def participants_without_primary(edb: EventDB) -> list[str]:
    return [str(r[0]) for r in edb.conn.execute(
        "SELECT id FROM participant p WHERE NOT EXISTS (SELECT 1 FROM assignment g "
        "WHERE g.participant_id = p.id AND g.role = 'primary') ORDER BY number")]


def assessor_participant_ids(edb: EventDB, assessor_id: str) -> list[str]:
    """Participants assigned to an assessor (any role), by participant number."""
    return [str(r[0]) for r in edb.conn.execute(
        "SELECT g.participant_id FROM assignment g JOIN participant p ON p.id = g.participant_id "
        "WHERE g.assessor_id = ? ORDER BY p.number", (assessor_id,))]


def assigned_participant_ids(edb: EventDB, assessor_id: str) -> set[str]:
    return {str(r[0]) for r in edb.conn.execute(
        "SELECT participant_id FROM assignment WHERE assessor_id = ?", (assessor_id,))}


def assessment_statuses(edb: EventDB, participant_id: str) -> list[tuple[str, str, str]]:
    """``(assessment id, assessor id, status)`` of every assessment of one participant."""
    return [(str(r[0]), str(r[1]), str(r[2])) for r in edb.conn.execute(
        "SELECT id, assessor_id, status FROM assessment WHERE participant_id = ?", (participant_id,))]


# --- results packages ----------------------------------------------------------------------

def assessment_ids_with_status(edb: EventDB, assessor_id: str, status: str) -> list[str]:
    return [str(r[0]) for r in edb.conn.execute(
        "SELECT id FROM assessment WHERE assessor_id = ? AND status = ?", (assessor_id, status))]


def participant_ids_by_number(edb: EventDB) -> list[str]:
    return [str(r[0]) for r in edb.conn.execute("SELECT id FROM participant ORDER BY number")]


def other_assessors_assessment_ids(edb: EventDB, assessor_id: str) -> list[str]:
    return [str(r[0]) for r in edb.conn.execute("SELECT id FROM assessment WHERE assessor_id != ?",
                                                (assessor_id,))]


def assessor_key_fingerprint(edb: EventDB, assessor_id: str) -> str | None:
    """The registered key fingerprint ('' when none), None if the assessor is unknown."""
    row = edb.conn.execute("SELECT key_fingerprint FROM assessor WHERE id = ?", (assessor_id,)).fetchone()
    return None if row is None else (row[0] or "")


def package_applied(edb: EventDB, package_id: str) -> bool:
    return edb.conn.execute("SELECT 1 FROM applied_package WHERE package_id = ?",
                            (package_id,)).fetchone() is not None


def applied_package_sender(edb: EventDB, package_id: str) -> tuple[str, str] | None:
    """(assessor id, device id) of a results package merged here, from this laptop's own record."""
    found = edb.conn.execute("SELECT assessor_id, device_id FROM applied_package WHERE package_id = ?",
                             (package_id,)).fetchone()
    return None if found is None else (str(found[0]), str(found[1]))


def record_applied_package(edb: EventDB, *, package_id: str, kind: str, assessor_id: str, device_id: str,
                           file_sha256: str, applied_at: str, report_json: str) -> None:
    edb.conn.execute(
        "INSERT INTO applied_package (package_id, kind, assessor_id, device_id, file_sha256, "
        "applied_at, report_json) VALUES (?,?,?,?,?,?,?)",
        (package_id, kind, assessor_id, device_id, file_sha256, applied_at, report_json))


def natural_key_taken(edb: EventDB, table: str, values: dict[str, Any]) -> bool:
    """Whether a row of ``table`` already holds these column values."""
    where = " AND ".join(f"{c} = ?" for c in values)
    return edb.conn.execute(f"SELECT 1 FROM {table} WHERE {where}",
                            tuple(values.values())).fetchone() is not None


def row_revision(edb: EventDB, table: str, row_id: str) -> int | None:
    row = edb.conn.execute(f"SELECT revision FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return None if row is None else int(row[0])


# --- merge conflicts -----------------------------------------------------------------------

def conflict_states(edb: EventDB) -> dict[tuple[str, str, str, str], str]:
    """``(kind, entity, entity_id, incoming_hash) -> status`` of every conflict recorded. A conflict
    recorded before the hash named the version's device (``content:revision``) is read with the
    device of its incoming row appended, as it is recorded now."""
    out: dict[tuple[str, str, str, str], str] = {}
    for kind, entity, entity_id, digest, status, raw in edb.conn.execute(
            "SELECT kind, entity, entity_id, incoming_hash, status, incoming_json FROM merge_conflict"):
        digest = str(digest)
        if not digest.startswith("agreed:") and digest.count(":") == 1:
            with contextlib.suppress(TypeError, ValueError, KeyError):  # damaged: kept as it is
                digest += f":{json.loads(raw)['device_id']}"
        out[(str(kind), str(entity), str(entity_id), digest)] = str(status)
    return out


def open_conflict_versions(edb: EventDB) -> dict[tuple[str, str], list[tuple[str, str, int, str]]]:
    """``(entity, entity_id) -> [(conflict id, kind, revision, device)]`` of the incoming version
    of every open conflict."""
    out: dict[tuple[str, str], list[tuple[str, str, int, str]]] = {}
    for cid, kind, entity, entity_id, raw in edb.conn.execute(
            "SELECT id, kind, entity, entity_id, incoming_json FROM merge_conflict WHERE status = 'open' "
            "ORDER BY rowid"):
        try:
            row = json.loads(raw)
            version = (int(row["revision"]), str(row["device_id"]))
        except (TypeError, ValueError, KeyError):
            continue  # not a row version (a damaged entry): left for a person
        out.setdefault((str(entity), str(entity_id)), []).append((str(cid), str(kind), *version))
    return out


def open_conflict_records(edb: EventDB) -> set[tuple[str, str]]:
    """``(entity, entity_id)`` of every record with an open conflict, whatever its entry holds."""
    return {(str(r[0]), str(r[1])) for r in edb.conn.execute(
        "SELECT entity, entity_id FROM merge_conflict WHERE status = 'open'")}


def open_conflict_incoming(edb: EventDB, entity: str, entity_id: str) -> list[tuple[str, str, str]]:
    """``[(conflict id, kind, incoming JSON)]`` of the open conflicts on one record."""
    return [(str(r[0]), str(r[1]), str(r[2])) for r in edb.conn.execute(
        "SELECT id, kind, incoming_json FROM merge_conflict WHERE status = 'open' AND entity = ? "
        "AND entity_id = ? ORDER BY rowid", (entity, entity_id))]


def mark_conflicts_agreed(edb: EventDB, ids: Sequence[str], *, reason: str, resolved_at: str) -> None:
    """Close open conflicts whose incoming values the record now holds (another laptop's later
    version arrived with the same values): recorded like an agreement (``resolved_by`` empty)."""
    edb.conn.executemany(
        "UPDATE merge_conflict SET status = 'resolved', resolution = 'keep_local', reason = ?, "
        "resolved_by = '', resolved_at = ? WHERE id = ? AND status = 'open'",
        [(reason, resolved_at, cid) for cid in ids])


def mark_conflicts_superseded(edb: EventDB, ids: Sequence[str], *, reason: str, resolved_by: str,
                              resolved_at: str) -> None:
    """Close open conflicts whose incoming version a later one from the same laptop replaced
    (recorded as keeping what this laptop holds over that version, with the reason)."""
    edb.conn.executemany(
        "UPDATE merge_conflict SET status = 'resolved', resolution = 'keep_local', reason = ?, "
        "resolved_by = ?, resolved_at = ? WHERE id = ? AND status = 'open'",
        [(reason, resolved_by, resolved_at, cid) for cid in ids])


def insert_conflicts(edb: EventDB, rows: Sequence[Sequence[Any]]) -> None:
    """Record new conflicts with one statement: ``(id, kind, entity, entity_id, participant_id,
    assessor_id, package_id, local_json, incoming_json, incoming_hash, detected_at)`` each."""
    if rows:
        edb.conn.executemany(
            "INSERT INTO merge_conflict (id, kind, entity, entity_id, participant_id, assessor_id, "
            "package_id, local_json, incoming_json, incoming_hash, detected_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            rows)


def agreed_rows(edb: EventDB, entity: str, ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """``row id -> rows`` another laptop holds with the same values (recorded by the merge as an
    agreement: status resolved, resolved_by ''), not yet consumed by a person's decision."""
    out: dict[str, list[dict[str, Any]]] = {}
    for entity_id, raw in edb.conn.execute(
            "SELECT entity_id, incoming_json FROM merge_conflict WHERE entity = ? AND status = 'resolved' "
            "AND resolved_by = '' AND entity_id IN (SELECT value FROM json_each(?)) ORDER BY rowid",
            (entity, json.dumps(list(ids)))):
        out.setdefault(str(entity_id), []).append(json.loads(raw))
    return out


def insert_agreements(edb: EventDB, rows: Sequence[Sequence[Any]], reason: str) -> None:
    """Record agreements with one statement: ``(id, entity, entity_id, participant_id, assessor_id,
    package_id, kept_json, other_json, other_hash, detected_at)`` each; one seen before is kept."""
    if rows:
        edb.conn.executemany(
            "INSERT OR IGNORE INTO merge_conflict (id, kind, entity, entity_id, participant_id, "
            "assessor_id, package_id, local_json, incoming_json, incoming_hash, detected_at, status, "
            "resolution, reason, resolved_by, resolved_at) "
            "VALUES (?,'concurrent',?,?,?,?,?,?,?,?,?,'resolved','keep_local',?,'',?)",
            [(*r, reason, r[-1]) for r in rows])


def consume_agreements(edb: EventDB, entity: str, entity_id: str, resolved_by: str) -> None:
    """A person decided on the record: the agreements recorded for it are behind that decision."""
    edb.conn.execute("UPDATE merge_conflict SET resolved_by = ? WHERE entity = ? AND entity_id = ? "
                     "AND status = 'resolved' AND resolved_by = ''", (resolved_by, entity, entity_id))


def mark_conflict_resolved(edb: EventDB, conflict_id: str, *, resolution: str, reason: str,
                           resolved_by: str, resolved_at: str) -> None:
    edb.conn.execute("UPDATE merge_conflict SET status = 'resolved', resolution = ?, reason = ?, "
                     "resolved_by = ?, resolved_at = ? WHERE id = ?",
                     (resolution, reason, resolved_by, resolved_at, conflict_id))


# --- blind co-assessment -------------------------------------------------------------------

def assessment_verdict_rows(edb: EventDB, participant_id: str) -> list[dict[str, Any]]:
    return _dicts(edb.conn, "SELECT id, assessor_id, status, overall_recommendation FROM assessment "
                  "WHERE participant_id = ? ORDER BY assessor_id", [participant_id])


def answer_verdicts(edb: EventDB, assessment_id: str) -> dict[str, str | None]:
    return {str(a[0]): a[1] for a in edb.conn.execute(
        "SELECT question_id, verdict FROM answer WHERE assessment_id = ?", (assessment_id,))}


def unit_recommendations(edb: EventDB, assessment_id: str) -> dict[str, str | None]:
    return {str(u[0]): u[1] for u in edb.conn.execute(
        "SELECT unit_id, recommendation FROM unit_result WHERE assessment_id = ?", (assessment_id,))}


# --- personal-data purge -------------------------------------------------------------------

def event_status_and_retention(edb: EventDB) -> tuple[str, str | None] | None:
    """``(status, retention_until)`` of the event, None if the file holds no event."""
    row = edb.conn.execute("SELECT status, retention_until FROM event").fetchone()
    return None if row is None else (row[0], row[1])


def anonymous_counts(edb: EventDB) -> dict[str, object]:
    """Counts without personal data: participants by gender, attendance, scheme; results; certificates."""
    conn = edb.conn

    def grouped(sql: str) -> dict[str, int]:
        return {str(k if k is not None else "-"): int(n) for k, n in conn.execute(sql)}

    return {
        "participants": int(conn.execute("SELECT count(*) FROM participant").fetchone()[0]),
        "by_gender": grouped("SELECT gender, count(*) FROM participant GROUP BY gender"),
        "by_attendance": grouped("SELECT attendance, count(*) FROM participant GROUP BY attendance"),
        "by_result": grouped("SELECT result, count(*) FROM decision GROUP BY result"),
        "by_scheme": grouped("SELECT s.code, count(*) FROM participant p JOIN scheme s "
                             "ON s.id = p.scheme_id GROUP BY s.code"),
        "certificates": int(conn.execute("SELECT count(*) FROM certificate").fetchone()[0]),
    }


def table_names(conn: sqlite3.Connection) -> list[str]:
    """Every user table of the database."""
    return [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]


def texts_with_long_digit_runs(edb: EventDB, table: str, column: str) -> Iterator[str]:
    """Text values of one column holding at least eight digits in a row (candidate ID numbers)."""
    for (value,) in edb.conn.execute(
            f"SELECT {column} FROM {table} WHERE typeof({column}) = 'text' "
            f"AND {column} GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'"):
        yield str(value)


def prepare_for_shredding(edb: EventDB) -> None:
    """Zero freed cells, and keep VACUUM's working copy in memory (never in a temp file)."""
    edb.conn.execute("PRAGMA secure_delete = ON")
    edb.conn.execute("PRAGMA temp_store = MEMORY")


def participant_id_numbers(edb: EventDB) -> set[str]:
    """Every NIK and NIP held (non-empty)."""
    ids = {r[0] for r in edb.conn.execute("SELECT nik FROM participant WHERE nik != ''")}
    ids |= {r[0] for r in edb.conn.execute("SELECT nip FROM participant WHERE nip != ''")}
    return ids


def purge_columns(edb: EventDB, plan: Mapping[str, Mapping[str, str]], updated_at: str,
                  actor: str, device_id: str, reason: str) -> int:
    """Erase what ``plan`` ({table: {column: keep|blank|null|pseudonym}}, the data dictionary's)
    names, in the caller's transaction. The log's key for personal values is replaced first, and
    every erased column of an audited table is logged with its new value sealed under the new key
    (the old digests can no longer be linked to anyone). Returns the participants changed."""
    from humas_desktop.domain import dictionary
    from humas_desktop.storage import audit

    sealer = audit.Sealer(audit.rotate_personal_key(edb.conn))
    changed = 0
    entries: list[tuple[str, str, str, str, str, str, None, Any, str]] = []
    for table, columns in plan.items():
        sets = []
        for column, how in columns.items():
            if how == "pseudonym":
                sets.append(f"{column} = 'Asesi ' || printf('%04d', number)")
            elif how == "null":
                sets.append(f"{column} = NULL")
            else:
                sets.append(f"{column} = ''")
        declared = dictionary.table(table)
        if declared.sync:
            sets.append("updated_at = ?")
        cur = edb.conn.execute(f"UPDATE {table} SET {', '.join(sets)}"
                               + (", revision = revision + 1" if declared.sync else ""),
                               (updated_at,) if declared.sync else ())
        if table == "participant":
            changed = int(cur.rowcount)
        if not declared.audited:
            continue
        personal = dictionary.personal_columns(table)
        names = list(columns)
        for row in edb.conn.execute(f"SELECT id, {', '.join(names)} FROM {table} ORDER BY rowid"):
            for column, value in zip(names, row[1:], strict=True):
                logged = sealer(value) if column in personal else value
                entries.append((updated_at, actor, device_id, table, str(row[0]), column, None,
                                logged, reason))
    audit.append_many(edb.conn, entries)
    return changed


def checkpoint_and_vacuum(edb: EventDB) -> None:
    """Empty the WAL into the file, rewrite the file without free pages, empty the WAL again."""
    edb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    edb.conn.execute("VACUUM")
    edb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# --- integrity: sign-off receipts and audit replay -----------------------------------------

def assessment_columns(edb: EventDB, assessment_id: str, columns: Sequence[str]) -> dict[str, Any] | None:
    rows = _dicts(edb.conn, f"SELECT {', '.join(columns)} FROM assessment WHERE id = ?", [assessment_id])
    return rows[0] if rows else None


def answer_state(edb: EventDB, assessment_id: str) -> list[dict[str, Any]]:
    return _dicts(edb.conn, "SELECT question_id, summary, verdict FROM answer WHERE assessment_id = ? "
                  "ORDER BY question_id", [assessment_id])


def unit_state(edb: EventDB, assessment_id: str) -> list[dict[str, Any]]:
    return _dicts(edb.conn, "SELECT unit_id, recommendation, evidence_types, notes FROM unit_result "
                  "WHERE assessment_id = ? ORDER BY unit_id", [assessment_id])


def evidence_state(edb: EventDB, assessment_id: str) -> list[dict[str, Any]]:
    return _dicts(edb.conn, "SELECT id, unit_id, position, name, valid, asli, terkini, memadai, "
                  "removed FROM evidence_item WHERE assessment_id = ? ORDER BY id", [assessment_id])


def assessment_head(edb: EventDB, assessment_id: str) -> tuple[Any, Any, Any, Any] | None:
    """``(status, assessor_id, participant_id, scheme_id)`` of one assessment."""
    row = edb.conn.execute("SELECT status, assessor_id, participant_id, scheme_id FROM assessment "
                           "WHERE id = ?", (assessment_id,)).fetchone()
    return None if row is None else (row[0], row[1], row[2], row[3])


def latest_signoff(edb: EventDB, assessment_id: str) -> dict[str, Any] | None:
    rows = _dicts(edb.conn, "SELECT * FROM signoff WHERE assessment_id = ? ORDER BY audit_seq DESC, "
                  "created_at DESC LIMIT 1", [assessment_id])
    return rows[0] if rows else None


def last_status_seq(edb: EventDB, assessment_id: str, status: str) -> int:
    """Sequence number of the last audit row that put the assessment into ``status`` (0 if none)."""
    row = edb.conn.execute(
        "SELECT max(seq) FROM audit WHERE entity = 'assessment' AND entity_id = ? AND ("
        "(field = 'status' AND new = ?) OR (field = '*' AND new LIKE ?))",
        (assessment_id, status, f'%"status": "{status}"%')).fetchone()
    return int(row[0] or 0)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def participant_identity(edb: EventDB, participant_id: str,
                         columns: Sequence[str]) -> dict[str, Any] | None:
    rows = _dicts(edb.conn, f"SELECT {', '.join(columns)} FROM participant WHERE id = ?",
                  [participant_id])
    return rows[0] if rows else None


def audit_entries_of(conn: sqlite3.Connection, table: str) -> Iterator[tuple[str, str, Any]]:
    """(entity id, field, new) of the log entries about ``table`` in (entity id, seq) order: the
    audit_entity index's own order (its key ends in the rowid, which is seq), so no sort."""
    # A plain loop, not ``yield from``: a generator closed early (a failed check) must not close
    # the cursor of a connection that may be closed by then.
    for row in conn.execute(  # noqa: UP028
            "SELECT entity_id, field, new FROM audit INDEXED BY audit_entity WHERE entity = ? "
            "AND typeof(entity_id) = 'text' AND typeof(field) = 'text' ORDER BY entity_id, seq",
            (table,)):
        yield row


def rows_in_id_order(edb: EventDB, table: str) -> Iterator[dict[str, Any]]:
    cur = edb.conn.execute(f"SELECT * FROM {table} WHERE typeof(id) = 'text' ORDER BY id")
    names = [c[0] for c in cur.description]
    for raw in cur:
        yield dict(zip(names, raw, strict=True))


def rows_in_id_order_as_tuples(edb: EventDB, table: str, columns: Sequence[str],
                               ) -> Iterator[tuple[Any, ...]]:
    """``columns`` of :func:`rows_in_id_order`'s rows, as tuples (no dict per row)."""
    return _each(edb.conn.execute(f"SELECT {', '.join(columns)} FROM {table} "
                                  "WHERE typeof(id) = 'text' ORDER BY id"))


def _each(cur: sqlite3.Cursor) -> Iterator[tuple[Any, ...]]:
    for row in cur:  # noqa: UP028 - a plain loop: closing the generator leaves the cursor be
        yield row


def ids_not_text(edb: EventDB, table: str) -> list[str]:
    return [str(r[0]) for r in edb.conn.execute(f"SELECT id FROM {table} WHERE typeof(id) != 'text'")]


def rows_in_rowid_order(edb: EventDB, table: str) -> Iterator[dict[str, Any]]:
    cur = edb.conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
    names = [c[0] for c in cur.description]
    for raw in cur:
        yield dict(zip(names, raw, strict=True))


def assessor_key_fingerprints(edb: EventDB) -> dict[Any, Any]:
    return dict(edb.conn.execute("SELECT id, key_fingerprint FROM assessor").fetchall())


def assessor_key_changes(edb: EventDB) -> dict[str, list[tuple[int, str]]]:
    """``assessor id -> [(audit seq, fingerprint before that change), ...]`` in log order."""
    changes: dict[str, list[tuple[int, str]]] = {}
    for seq, assessor_id, old in edb.conn.execute(
            "SELECT seq, entity_id, old FROM audit WHERE entity = 'assessor' AND field = 'key_fingerprint' "
            "ORDER BY seq"):
        changes.setdefault(str(assessor_id), []).append((int(seq), old if isinstance(old, str) else ""))
    return changes


# What verify_signoffs once looked up in whole-file dictionaries, per receipt, in SQLite: the hash of the
# entry the receipt is anchored at (signoff_anchor_hashes), the first entry that put it into this
# file (signoff_insert_seqs) and the device of the last one (signoff_writers; ``IS``: a NULL id
# matches as the dictionaries' None keys did).
_RECEIPT_EXTRAS = (
    "(SELECT a.hash FROM audit a WHERE a.seq = s.audit_seq) AS _anchor_hash, "
    "(SELECT min(a.seq) FROM audit a WHERE a.entity = 'signoff' AND a.field = '*' "
    "AND a.entity_id IS s.id) AS _inserted_at, "
    "(SELECT a.device_id FROM audit a WHERE a.entity = 'signoff' AND a.field = '*' "
    "AND a.entity_id IS s.id ORDER BY a.seq DESC LIMIT 1) AS _writer")


def signoffs_checked(edb: EventDB, assessment_ids: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
    """:func:`signoffs` one at a time, each with ``_anchor_hash``, ``_inserted_at`` and ``_writer``
    (see _RECEIPT_EXTRAS): memory that does not grow with the number of receipts. With
    ``assessment_ids``: the receipts of those assessments only (a merge checks one package's)."""
    if assessment_ids is None:
        cur = edb.conn.execute(f"SELECT s.*, {_RECEIPT_EXTRAS} FROM signoff s ORDER BY s.audit_seq")
    else:
        cur = edb.conn.execute(f"SELECT s.*, {_RECEIPT_EXTRAS} FROM signoff s WHERE s.assessment_id IN "
                               "(SELECT value FROM json_each(?)) ORDER BY s.audit_seq",
                               (json.dumps(list(assessment_ids)),))
    names = [c[0] for c in cur.description]
    for row in cur:
        yield dict(zip(names, row, strict=True))


def count_by_status(edb: EventDB, status: str) -> int:
    """``len(assessment_ids_by_status(edb, status))``."""
    return int(edb.conn.execute("SELECT count(*) FROM assessment WHERE status = ?",
                                (status,)).fetchone()[0])


def assessment_ids_by_status_in_batches(edb: EventDB, status: str,
                                        size: int) -> Iterator[list[Any]]:
    """:func:`assessment_ids_by_status` in lists of at most ``size``, read as they are needed."""
    cur = edb.conn.execute("SELECT id FROM assessment WHERE status = ? ORDER BY id", (status,))
    while True:
        rows = cur.fetchmany(size)
        if not rows:
            return
        yield [r[0] for r in rows]


def _grouped(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> dict[Any, list[dict[str, Any]]]:
    """Rows of ``sql`` (its first column the key) as {key: [dict of the other columns, ...]}."""
    cur = conn.execute(sql, tuple(params))
    names = [c[0] for c in cur.description][1:]
    out: dict[Any, list[dict[str, Any]]] = {}
    held = out.get
    # A merge checks every row of a package's signed assessments: no setdefault's new list per
    # row, no length check (the names are the cursor's own columns).
    for row in cur.fetchall():
        rows = held(row[0])
        if rows is None:
            rows = out[row[0]] = []
        rows.append(dict(zip(names, row[1:], strict=False)))
    return out


def signed_assessment_states(edb: EventDB, ids: Sequence[Any], columns: Sequence[str], status: str,
                             ) -> dict[str, Any]:
    """For a batch of assessments at once, what verify_signoffs read about each with seven
    queries: {"head": {id: columns}, "signature": {id: (signature, receipt_code)},
    "answers"/"units"/"evidence": {id: rows as answer_state/unit_state/evidence_state order
    them}, "latest": {id: latest_signoff with ``_writer``}, "status_seq": {id: last_status_seq}}.
    The same rows in the same order: one assessment's rows are the ones with its id, sorted by
    the same key (unique within an assessment)."""
    conn = edb.conn
    marks = ", ".join("?" * len(ids))
    cur = conn.execute(f"SELECT id, signature, receipt_code, {', '.join(columns)} FROM assessment "
                       f"WHERE id IN ({marks})", tuple(ids))
    names = [c[0] for c in cur.description][3:]
    head: dict[Any, dict[str, Any]] = {}
    signature: dict[Any, tuple[Any, ...]] = {}
    for row in cur:
        if row[0] not in head:  # the first row, as fetchone()/rows[0] took it
            head[row[0]] = dict(zip(names, row[3:], strict=True))
            signature[row[0]] = (row[1], row[2])
    answers = _grouped(conn, "SELECT assessment_id, question_id, summary, verdict FROM answer "
                       f"WHERE assessment_id IN ({marks}) ORDER BY assessment_id, question_id", ids)
    units = _grouped(conn, "SELECT assessment_id, unit_id, recommendation, evidence_types, notes "
                     f"FROM unit_result WHERE assessment_id IN ({marks}) "
                     "ORDER BY assessment_id, unit_id", ids)
    evidence = _grouped(conn, "SELECT assessment_id, id, unit_id, position, name, valid, asli, "
                        "terkini, memadai, removed FROM evidence_item "
                        f"WHERE assessment_id IN ({marks}) ORDER BY assessment_id, id", ids)
    latest: dict[Any, dict[str, Any]] = {}
    cur = conn.execute(
        "SELECT s.*, (SELECT a.device_id FROM audit a WHERE a.entity = 'signoff' AND a.field = '*' "
        "AND a.entity_id IS s.id ORDER BY a.seq DESC LIMIT 1) AS _writer FROM signoff s "
        f"WHERE s.assessment_id IN ({marks}) "
        "ORDER BY s.assessment_id, s.audit_seq DESC, s.created_at DESC", tuple(ids))
    snames = [c[0] for c in cur.description]
    at = snames.index("assessment_id")
    for row in cur:
        if row[at] not in latest:
            latest[row[at]] = dict(zip(snames, row, strict=True))
    status_seq = {entity_id: int(seq or 0) for entity_id, seq in conn.execute(
        "SELECT entity_id, max(seq) FROM audit WHERE entity = 'assessment' "
        f"AND entity_id IN ({marks}) AND ((field = 'status' AND new = ?) "
        "OR (field = '*' AND new LIKE ?)) GROUP BY entity_id",
        (*ids, status, f'%"status": "{status}"%'))}
    return {"head": head, "signature": signature, "answers": answers, "units": units,
            "evidence": evidence, "latest": latest, "status_seq": status_seq}


def any_signoff(edb: EventDB) -> bool:
    """Whether the file holds (or ever logged) a sign-off receipt."""
    return bool(edb.conn.execute(
        "SELECT EXISTS(SELECT 1 FROM signoff) OR EXISTS(SELECT 1 FROM audit WHERE entity = 'signoff')"
    ).fetchone()[0])


def assessment_ids_by_status(edb: EventDB, status: str, among: Sequence[str] | None = None) -> list[Any]:
    """Ids of the assessments in ``status`` (of those in ``among`` alone, if given), in id order."""
    if among is None:
        return [r[0] for r in edb.conn.execute("SELECT id FROM assessment WHERE status = ? ORDER BY id",
                                               (status,))]
    return [r[0] for r in edb.conn.execute(
        "SELECT id FROM assessment WHERE status = ? AND id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (status, json.dumps(list(among))))]


def assessment_signature(edb: EventDB, assessment_id: str) -> tuple[Any, ...] | None:
    """``(signature, receipt_code)`` stored on the assessment row."""
    row = edb.conn.execute("SELECT signature, receipt_code FROM assessment WHERE id = ?",
                           (assessment_id,)).fetchone()
    return None if row is None else tuple(row)


def signed_receipts(conn: sqlite3.Connection) -> Iterator[tuple[Any, Any, Any]]:
    """(public key, signature, statement) of every receipt in a file (a package's snapshot, opened
    as foreign data), one at a time."""
    yield from conn.execute("SELECT public_key, signature, statement FROM signoff")


def signoff_statements_and_keys(edb: EventDB) -> Iterator[tuple[Any, Any]]:
    """(statement, public key) of every receipt, one at a time."""
    for r in edb.conn.execute("SELECT statement, public_key FROM signoff"):
        yield r[0], r[1]


@contextlib.contextmanager
def checkpoint_after(edb: EventDB) -> Iterator[None]:
    """Several packages merged in a row: each commit is fsync'd in the WAL as always, and the WAL
    is copied back into the file once, after the last one, instead of after every commit (the
    pages each package shares with the one before, the audit log's and the indexes', copied
    once). Durability is unchanged: a commit is durable once its WAL frames are synced."""
    conn = edb.conn
    old = int(conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint = {old}")
        if not conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

