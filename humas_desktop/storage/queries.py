"""Named queries and small writes that services use, so SQL stays in the storage layer."""

from __future__ import annotations

import sqlite3
from typing import Any

from humas_desktop.domain.models import Unit
from humas_desktop.storage.db import EventDB

# --- whole-file probes (raw connections: check, start-up check, backups) ---------------------


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the file has the table (older files lack tables added by later migrations)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None


def integrity_check_lines(conn: sqlite3.Connection) -> list[str]:
    """The lines of ``PRAGMA integrity_check`` (a single "ok" for a sound file)."""
    return [str(line) for (line,) in conn.execute("PRAGMA integrity_check").fetchall()]


def foreign_key_violation_count(conn: sqlite3.Connection) -> int:
    return len(conn.execute("PRAGMA foreign_key_check").fetchall())


def has_event_row(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM event").fetchone() is not None


def event_row_count(conn: sqlite3.Connection) -> int:
    """Reads the event table; raises ``sqlite3.Error`` when it cannot be read."""
    return int(conn.execute("SELECT count(*) FROM event").fetchone()[0])


def data_version(conn: sqlite3.Connection) -> int:
    """``PRAGMA data_version``: changes when another connection commits to the file."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def audit_max_seq(conn: sqlite3.Connection) -> int:
    """Highest audit sequence number (0 for an empty log); raises when there is no audit table."""
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0])


# --- event ------------------------------------------------------------------------------------


def event_status(edb: EventDB) -> str | None:
    """The event's status, or None when the file has no event row yet."""
    row = edb.conn.execute("SELECT status FROM event").fetchone()
    return row[0] if row is not None else None


def event_id(edb: EventDB) -> str:
    """Id of the file's one event row (the file always has one once created)."""
    return str(edb.conn.execute("SELECT id FROM event").fetchone()[0])


def all_settings(edb: EventDB) -> dict[str, str]:
    return {r[0]: r[1] for r in edb.conn.execute("SELECT key, value FROM settings")}


# --- participants, assessments, decisions ----------------------------------------------------


def participant_count(edb: EventDB) -> int:
    return int(edb.conn.execute("SELECT count(*) FROM participant").fetchone()[0])


def participant_attendance_rows(edb: EventDB) -> list[tuple[str, int, str | None, str | None]]:
    """(id, number, attendance, scheme_id) of every participant, by number."""
    return [(r[0], int(r[1]), r[2], r[3]) for r in edb.conn.execute(
        "SELECT id, number, attendance, scheme_id FROM participant ORDER BY number")]


def absent_participant_ids(edb: EventDB) -> set[str]:
    """Participants the attendance list records as absent (tidak hadir)."""
    return {str(r[0]) for r in edb.conn.execute(
        "SELECT id FROM participant WHERE attendance = 'tidak_hadir'")}


def participant_name_nik(edb: EventDB, participant_id: str) -> tuple[str, str] | None:
    row = edb.conn.execute("SELECT name, nik FROM participant WHERE id = ?",
                           (participant_id,)).fetchone()
    return (row[0], row[1]) if row is not None else None


def signed_participant_ids(edb: EventDB) -> set[str]:
    """Participants with at least one signed (ditandatangani) assessment."""
    return {r[0] for r in edb.conn.execute(
        "SELECT participant_id FROM assessment WHERE status = 'ditandatangani'")}


def last_signed_at(edb: EventDB) -> str | None:
    """The latest sign-off time (UTC ISO text) of any signed assessment, or None."""
    row = edb.conn.execute(
        "SELECT MAX(signed_at) FROM assessment WHERE status = 'ditandatangani'").fetchone()
    return str(row[0]) if row and row[0] else None


def assessment_exists(edb: EventDB, assessment_id: str) -> bool:
    return edb.conn.execute("SELECT 1 FROM assessment WHERE id = ?",
                            (assessment_id,)).fetchone() is not None


def assessment_status_and_consent(edb: EventDB, assessment_id: str) -> tuple[str, str | None] | None:
    """(status, consent_at) of an assessment, or None when it does not exist."""
    row = edb.conn.execute(
        "SELECT status, consent_at FROM assessment WHERE id = ?", (assessment_id,)).fetchone()
    return (row[0], row[1]) if row is not None else None


def assessment_status(edb: EventDB, assessment_id: str) -> str | None:
    row = edb.conn.execute("SELECT status FROM assessment WHERE id = ?", (assessment_id,)).fetchone()
    return row[0] if row else None


def best_assessment_ids(edb: EventDB) -> dict[str, str]:
    """Participant id -> assessment id: the signed one wins, otherwise the most recently touched."""
    best: dict[str, str] = {}
    for pid, aid in edb.conn.execute(
            "SELECT participant_id, id FROM assessment ORDER BY "
            "(status = 'ditandatangani'), updated_at"):
        best[pid] = aid
    return best


def assessor_by_participant(edb: EventDB) -> dict[str, str]:
    """Participant id -> assessor id; the primary assignment wins over a second assessor."""
    return {r[0]: r[1] for r in edb.conn.execute(
        "SELECT participant_id, assessor_id FROM assignment ORDER BY role DESC")}


def scheme_units(edb: EventDB, scheme_id: str) -> list[Unit]:
    """A scheme's units in order (without their elements)."""
    rows = edb.conn.execute(
        "SELECT id, code, title_id, title_en FROM unit WHERE scheme_id = ? ORDER BY position",
        (scheme_id,)).fetchall()
    return [Unit(id=r[0], code=r[1], title_id=r[2], title_en=r[3]) for r in rows]


def next_evidence_position(edb: EventDB, assessment_id: str) -> int:
    return int(edb.conn.execute(
        "SELECT coalesce(max(position), 0) + 1 FROM evidence_item WHERE assessment_id = ?",
        (assessment_id,)).fetchone()[0])


def evidence_item_active(edb: EventDB, assessment_id: str, item_id: str) -> bool:
    """Whether the evidence item belongs to the assessment and has not been removed."""
    row = edb.conn.execute(
        "SELECT removed FROM evidence_item WHERE id = ? AND assessment_id = ?",
        (item_id, assessment_id)).fetchone()
    return row is not None and not row[0]


def decision_plenary_by_participant(edb: EventDB) -> dict[str, tuple[str | None, str | None]]:
    """Participant id -> (plenary_date, sk_number) of their decision."""
    return {r[0]: (r[1], r[2]) for r in edb.conn.execute(
        "SELECT participant_id, plenary_date, sk_number FROM decision")}


DecisionCandidateRow = tuple[str, int, str, str | None, str | None, str | None, str | None, str | None]


def decision_candidate_rows(edb: EventDB) -> list[DecisionCandidateRow]:
    """Present participants: (id, number, name, scheme_id, signed recommendation, decision result,
    plenary_date, sk_number), by number."""
    sql = """
    SELECT p.id, p.number, p.name, p.scheme_id,
           (SELECT overall_recommendation FROM assessment a WHERE a.participant_id = p.id
              AND a.status = 'ditandatangani' ORDER BY a.updated_at DESC LIMIT 1),
           d.result, d.plenary_date, d.sk_number
    FROM participant p LEFT JOIN decision d ON d.participant_id = p.id AND d.scheme_id = p.scheme_id
    WHERE p.attendance = 'hadir' ORDER BY p.number
    """
    return [(r[0], int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7]) for r in edb.conn.execute(sql)]


def signed_not_present_rows(edb: EventDB) -> list[tuple[int, str | None]]:
    """(number, attendance) of participants with a signed assessment who are not marked present."""
    sql = """
    SELECT p.number, p.attendance FROM participant p
    WHERE coalesce(p.attendance, '') != 'hadir' AND EXISTS (
        SELECT 1 FROM assessment a WHERE a.participant_id = p.id AND a.status = 'ditandatangani')
    ORDER BY p.number
    """
    return [(int(r[0]), r[1]) for r in edb.conn.execute(sql)]


def present_k_decisions(edb: EventDB) -> list[tuple[str, str, str]]:
    """(decision id, participant id, scheme id) of every K decision of a present participant
    whose certificate is not held back by an open appeal (FR.AK.04, issue 26)."""
    return [(r[0], r[1], r[2]) for r in edb.conn.execute(
        "SELECT d.id, d.participant_id, d.scheme_id FROM decision d "
        "JOIN participant p ON p.id = d.participant_id "
        "WHERE d.result = 'K' AND p.attendance = 'hadir' AND NOT EXISTS (SELECT 1 FROM appeal a "
        "WHERE a.participant_id = d.participant_id AND a.status = 'open') "
        "ORDER BY p.number").fetchall()]


# --- certificates and number sequences -------------------------------------------------------


def active_certificate_id(edb: EventDB, participant_id: str, scheme_id: str) -> str | None:
    """The participant's non-voided certificate for the scheme, if any."""
    row = edb.conn.execute(
        "SELECT id FROM certificate WHERE participant_id = ? AND scheme_id = ? AND voided = 0",
        (participant_id, scheme_id)).fetchone()
    return str(row[0]) if row else None


def scheme_numbering_fields(edb: EventDB, scheme_id: str) -> tuple[str, str, str, str] | None:
    """(code, kbli, kbji, level) of a scheme, the parts a certificate number is made of."""
    row = edb.conn.execute("SELECT code, kbli, kbji, level FROM scheme WHERE id = ?",
                           (scheme_id,)).fetchone()
    return (row[0], row[1], row[2], row[3]) if row is not None else None


def scheme_validity_years(edb: EventDB, scheme_id: str) -> int:
    """How many years a certificate of this scheme is valid (the scheme file's masa berlaku)."""
    row = edb.conn.execute("SELECT validity_years FROM scheme WHERE id = ?", (scheme_id,)).fetchone()
    return int(row[0]) if row is not None else 3


def participants_with_work(edb: EventDB) -> set[str]:
    """Participants with an assessment record (consent or a score), an LSP decision or a
    certificate: what an import undo must not remove."""
    return {str(r[0]) for r in edb.conn.execute(
        "SELECT participant_id FROM assessment UNION SELECT participant_id FROM decision "
        "UNION SELECT participant_id FROM certificate")}


# --- completeness grid and merge conflicts ---------------------------------------------------

GridRow = tuple[str, str, int, str, bool, bool, Any, str]


def completeness_grid_rows(edb: EventDB, signed_status: str) -> list[GridRow]:
    """Every assignment with what has arrived for it: (assessor id, participant id, number, role,
    received, signed, mark, mark reason), by assessor and number."""
    sql = """
    SELECT g.assessor_id, g.participant_id, p.number, g.role,
           x.id IS NOT NULL AS received, coalesce(x.status = ?, 0) AS signed,
           coalesce(m1.status, m2.status) AS mark, coalesce(m1.reason, m2.reason, '') AS reason
    FROM assignment g
    JOIN participant p ON p.id = g.participant_id
    LEFT JOIN assessment x ON x.participant_id = g.participant_id AND x.assessor_id = g.assessor_id
         AND x.status != 'belum_mulai'
    LEFT JOIN completeness_mark m1 ON m1.participant_id = g.participant_id AND m1.assessor_id = g.assessor_id
    LEFT JOIN completeness_mark m2 ON m2.participant_id = g.participant_id AND m2.assessor_id = ''
    ORDER BY g.assessor_id, p.number
    """
    return [(str(r[0]), str(r[1]), int(r[2]), str(r[3]), bool(r[4]), bool(r[5]), r[6], str(r[7]))
            for r in edb.conn.execute(sql, (signed_status,))]


def open_merge_conflict_count(edb: EventDB) -> int:
    return int(edb.conn.execute("SELECT count(*) FROM merge_conflict WHERE status = 'open'").fetchone()[0])


def completeness_marked_participant_ids(edb: EventDB) -> set[str]:
    """Participants with an absent/withdrawn mark; empty on files without the mark table."""
    if not table_exists(edb.conn, "completeness_mark"):
        return set()
    return {str(r[0]) for r in edb.conn.execute("SELECT participant_id FROM completeness_mark")}


def find_completeness_mark(edb: EventDB, participant_id: str, assessor_id: str) -> tuple[str, str] | None:
    """(id, status) of the mark for the participant and assessor ('' = all assessors), if any."""
    row = edb.conn.execute("SELECT id, status FROM completeness_mark WHERE participant_id = ? "
                           "AND assessor_id = ?", (participant_id, assessor_id)).fetchone()
    return (str(row[0]), row[1]) if row is not None else None


def update_completeness_mark(edb: EventDB, mark_id: str, status: str, reason: str, at: str) -> None:
    """Change a mark; the caller writes the audit entry in the same transaction."""
    edb.conn.execute("UPDATE completeness_mark SET status = ?, reason = ?, updated_at = ?, "
                     "revision = revision + 1, device_id = ?, written_by = ? WHERE id = ?",
                     (status, reason, at, edb.device_id, edb.actor, mark_id))


def insert_completeness_mark(edb: EventDB, mark_id: str, participant_id: str, assessor_id: str,
                             status: str, reason: str) -> None:
    """Add a mark; the caller writes the audit entry in the same transaction."""
    edb.conn.execute("INSERT INTO completeness_mark (id, participant_id, assessor_id, status, "
                     "reason, device_id, written_by) VALUES (?,?,?,?,?,?,?)",
                     (mark_id, participant_id, assessor_id, status, reason, edb.device_id, edb.actor))


def delete_completeness_mark(edb: EventDB, mark_id: str) -> None:
    """Remove a mark; the caller writes the audit entry in the same transaction."""
    edb.conn.execute("DELETE FROM completeness_mark WHERE id = ?", (mark_id,))


def certificate_for_blanko(edb: EventDB, number: str) -> tuple[str, str, str, bool] | None:
    """(id, certificate number, blanko serial, voided) of the certificate with this number, or
    of participant number ``number``'s latest certificate when ``number`` is digits only."""
    row = edb.conn.execute("SELECT id, number, blanko_serial, voided FROM certificate "
                           "WHERE number = ?", (number,)).fetchone()
    if row is None and number.isdigit():
        row = edb.conn.execute(
            "SELECT c.id, c.number, c.blanko_serial, c.voided FROM certificate c "
            "JOIN participant p ON p.id = c.participant_id WHERE p.number = ? "
            "ORDER BY c.voided, c.created_at DESC LIMIT 1", (int(number),)).fetchone()
    return (row[0], row[1], row[2], bool(row[3])) if row is not None else None


def blanko_serial_holder(edb: EventDB, serial: str, except_id: str) -> str | None:
    """The number of another certificate already printed on blanko ``serial``, if any."""
    row = edb.conn.execute("SELECT number FROM certificate WHERE blanko_serial = ? AND id <> ?",
                           (serial, except_id)).fetchone()
    return str(row[0]) if row is not None else None


def blanko_serials(edb: EventDB) -> dict[str, str]:
    """Certificate number -> blanko serial, for every certificate that has one."""
    return {str(n): str(s) for n, s in edb.conn.execute(
        "SELECT number, blanko_serial FROM certificate WHERE blanko_serial <> '' ORDER BY number")}


# --- FR.AK.02 evidence methods from what was done (#24) ---------------------------------------

def question_kind_and_unit(edb: EventDB, question_id: str) -> tuple[str, str] | None:
    """(kind "IA.07"/"IA.09", unit id) of a question."""
    row = edb.conn.execute("SELECT kind, unit_id FROM question WHERE id = ?",
                           (question_id,)).fetchone()
    return (str(row[0]), str(row[1])) if row is not None else None


def answered_count(edb: EventDB, assessment_id: str, unit_id: str, kind: str) -> int:
    """Questions of ``kind`` in the unit that have a K/BK in this assessment."""
    return int(edb.conn.execute(
        "SELECT count(*) FROM answer a JOIN question q ON q.id = a.question_id "
        "WHERE a.assessment_id = ? AND q.unit_id = ? AND q.kind = ? AND a.verdict IS NOT NULL",
        (assessment_id, unit_id, kind)).fetchone()[0])


def active_evidence_count(edb: EventDB, assessment_id: str, unit_id: str) -> int:
    """FR.IA.08 portfolio items of the unit in this assessment, removed ones not counted."""
    return int(edb.conn.execute(
        "SELECT count(*) FROM evidence_item WHERE assessment_id = ? AND unit_id = ? "
        "AND removed = 0", (assessment_id, unit_id)).fetchone()[0])


def unit_evidence_types(edb: EventDB, assessment_id: str, unit_id: str) -> str:
    """The unit result's evidence methods as stored (a JSON list), '[]' without a result."""
    row = edb.conn.execute("SELECT evidence_types FROM unit_result WHERE assessment_id = ? "
                           "AND unit_id = ?", (assessment_id, unit_id)).fetchone()
    return str(row[0]) if row is not None and row[0] else "[]"


_SCHEME_WORDING_SQL = {
    "scheme": "SELECT wording FROM scheme WHERE id = ?",
    "assessment": "SELECT s.wording FROM assessment a JOIN scheme s ON s.id = a.scheme_id "
                  "WHERE a.id = ?",
    "participant": "SELECT s.wording FROM participant p JOIN scheme s ON s.id = p.scheme_id "
                   "WHERE p.id = ?",
}


def scheme_wording(edb: EventDB, of: str, key: str | None) -> str | None:
    """The own form wording (JSON) of a scheme, or of the scheme of an assessment or a
    participant (``of`` = 'scheme' | 'assessment' | 'participant'); None when it has none."""
    if not key:
        return None
    row = edb.conn.execute(_SCHEME_WORDING_SQL[of], (key,)).fetchone()
    return str(row[0]) if row and row[0] else None
