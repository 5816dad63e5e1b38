"""Reads of the records before the interview: FR.APL.01, FR.APL.02 and FR.AK.01 (issue 26), and
the facts of a participant's day in order. Writes go through :mod:`repository`'s audited paths."""

from __future__ import annotations

from typing import Any

from humas_desktop.storage.db import EventDB
from humas_desktop.storage.repository import rows_as_dicts


def apl01_of(edb: EventDB, participant_id: str) -> dict[str, Any] | None:
    rows = rows_as_dicts(edb.conn, "SELECT * FROM apl01 WHERE participant_id = ?", [participant_id])
    return rows[0] if rows else None


def apl01_rows(edb: EventDB) -> list[dict[str, Any]]:
    return rows_as_dicts(edb.conn, "SELECT a.*, p.number FROM apl01 a JOIN participant p "
                         "ON p.id = a.participant_id ORDER BY p.number")


def apl02_of(edb: EventDB, assessment_id: str) -> list[dict[str, Any]]:
    return rows_as_dicts(edb.conn, "SELECT r.*, u.code AS unit_code, u.position FROM apl02 r "
                         "JOIN unit u ON u.id = r.unit_id WHERE r.assessment_id = ? "
                         "ORDER BY u.position, u.code", [assessment_id])


def apl02_assessments(edb: EventDB) -> list[dict[str, Any]]:
    """Assessments with an FR.APL.02 review, with participant and assessor, by number."""
    return rows_as_dicts(edb.conn,
                         "SELECT DISTINCT a.id, a.participant_id, a.assessor_id, a.scheme_id, "
                         "p.number FROM assessment a JOIN participant p ON p.id = a.participant_id "
                         "WHERE EXISTS (SELECT 1 FROM apl02 r WHERE r.assessment_id = a.id) "
                         "ORDER BY p.number, a.id")


def stopped_unit_ids(edb: EventDB, assessment_id: str) -> set[str]:
    """Units whose FR.APL.02 review says the assessment cannot go on."""
    return {str(r[0]) for r in edb.conn.execute(
        "SELECT unit_id FROM apl02 WHERE assessment_id = ? AND recommendation = 'tidak_lanjut'",
        (assessment_id,))}


def ak01_of(edb: EventDB, assessment_id: str) -> dict[str, Any] | None:
    rows = rows_as_dicts(edb.conn, "SELECT * FROM ak01 WHERE assessment_id = ?", [assessment_id])
    return rows[0] if rows else None


def has_ak01(edb: EventDB, assessment_id: str) -> bool:
    return edb.conn.execute("SELECT 1 FROM ak01 WHERE assessment_id = ?",
                            (assessment_id,)).fetchone() is not None


def ak01_rows(edb: EventDB) -> list[dict[str, Any]]:
    return rows_as_dicts(edb.conn,
                         "SELECT k.*, a.participant_id, a.assessor_id, a.scheme_id, p.number, "
                         "i.statement AS declaration, i.signed_at AS declared_at "
                         "FROM ak01 k JOIN assessment a ON a.id = k.assessment_id "
                         "JOIN participant p ON p.id = a.participant_id "
                         "LEFT JOIN impartiality i ON i.assessment_id = k.assessment_id "
                         "ORDER BY p.number, k.id")


def unit_of_question(edb: EventDB, question_id: str) -> str | None:
    row = edb.conn.execute("SELECT unit_id FROM question WHERE id = ?", (question_id,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def unit_of_evidence(edb: EventDB, item_id: str) -> str | None:
    row = edb.conn.execute("SELECT unit_id FROM evidence_item WHERE id = ?", (item_id,)).fetchone()
    return None if row is None else str(row[0])


def unit_code(edb: EventDB, unit_id: str) -> str:
    row = edb.conn.execute("SELECT code FROM unit WHERE id = ?", (unit_id,)).fetchone()
    return "" if row is None else str(row[0])


def day_facts(edb: EventDB, participant_id: str, assessment_id: str | None) -> dict[str, Any]:
    """The raw facts of a participant's day (domain/day_order.py turns them into steps)."""
    conn = edb.conn
    apl01 = conn.execute("SELECT recommendation FROM apl01 WHERE participant_id = ?",
                         (participant_id,)).fetchone()
    scheme = conn.execute("SELECT scheme_id FROM participant WHERE id = ?",
                          (participant_id,)).fetchone()
    units = 0 if scheme is None or scheme[0] is None else int(conn.execute(
        "SELECT COUNT(*) FROM unit WHERE scheme_id = ?", (scheme[0],)).fetchone()[0])
    facts: dict[str, Any] = {
        "apl01": None if apl01 is None else (apl01[0] or "dicatat"), "units": units,
        "apl02_reviewed": 0, "apl02_stopped": 0, "consent": False, "ak01": False,
        "declaration": False, "answered": 0, "units_recommended": 0, "status": None,
        "recommendation": None, "feedback": False}
    decision = conn.execute("SELECT result FROM decision WHERE participant_id = ? "
                            "ORDER BY created_at DESC LIMIT 1", (participant_id,)).fetchone()
    facts["decision"] = None if decision is None else decision[0]
    appeal = conn.execute("SELECT status FROM appeal WHERE participant_id = ? "
                          "ORDER BY status = 'open' DESC, received_on DESC LIMIT 1",
                          (participant_id,)).fetchone()
    facts["appeal"] = None if appeal is None else str(appeal[0])
    if not assessment_id:
        return facts
    row = conn.execute("SELECT status, consent_at, overall_recommendation FROM assessment "
                       "WHERE id = ?", (assessment_id,)).fetchone()
    if row is None:
        return facts
    facts["status"], facts["consent"], facts["recommendation"] = row[0], row[1] is not None, row[2]
    for key, sql in (
            ("apl02_reviewed", "SELECT COUNT(*) FROM apl02 WHERE assessment_id = ?"),
            ("apl02_stopped", "SELECT COUNT(*) FROM apl02 WHERE assessment_id = ? "
                              "AND recommendation = 'tidak_lanjut'"),
            ("ak01", "SELECT COUNT(*) FROM ak01 WHERE assessment_id = ?"),
            ("declaration", "SELECT COUNT(*) FROM impartiality WHERE assessment_id = ?"),
            ("answered", "SELECT COUNT(*) FROM answer WHERE assessment_id = ? "
                         "AND verdict IS NOT NULL"),
            ("units_recommended", "SELECT COUNT(*) FROM unit_result WHERE assessment_id = ? "
                                  "AND recommendation IS NOT NULL"),
            ("feedback", "SELECT COUNT(*) FROM feedback WHERE assessment_id = ?")):
        value = int(conn.execute(sql, (assessment_id,)).fetchone()[0])
        facts[key] = bool(value) if key in ("ak01", "declaration", "feedback") else value
    return facts
