"""Reads of the event's review and validation (FR.AK.06, FR.VA) and of the day's facts they are
prefilled with (issue 26). Writes go through :mod:`repository`'s audited paths."""

from __future__ import annotations

from typing import Any

from humas_desktop.storage.db import EventDB
from humas_desktop.storage.repository import rows_as_dicts


def review_of(edb: EventDB, scheme_id: str) -> dict[str, Any] | None:
    rows = rows_as_dicts(edb.conn, "SELECT * FROM review WHERE scheme_id = ?", [scheme_id])
    return rows[0] if rows else None


def review_rows(edb: EventDB) -> list[dict[str, Any]]:
    return rows_as_dicts(edb.conn, "SELECT * FROM review ORDER BY reviewed_on, id", [])


def validation_of(edb: EventDB, scheme_id: str, period: str) -> dict[str, Any] | None:
    rows = rows_as_dicts(edb.conn, "SELECT * FROM validation WHERE scheme_id = ? AND period = ?",
                         [scheme_id, period])
    return rows[0] if rows else None


def validation_rows(edb: EventDB) -> list[dict[str, Any]]:
    return rows_as_dicts(edb.conn, "SELECT * FROM validation ORDER BY validated_on, period, id", [])


def signed_assessments(edb: EventDB, scheme_id: str) -> list[dict[str, Any]]:
    """The scheme's signed assessments: id, assessor (id, name), participant, recommendation."""
    return rows_as_dicts(edb.conn,
                         "SELECT a.id, a.assessor_id, s.name AS assessor_name, a.participant_id, "
                         "a.overall_recommendation FROM assessment a "
                         "JOIN assessor s ON s.id = a.assessor_id "
                         "WHERE a.scheme_id = ? AND a.status = 'ditandatangani' "
                         "ORDER BY s.name, a.id", [scheme_id])


def evidence_types_of(edb: EventDB, scheme_id: str) -> list[tuple[str, str]]:
    """(assessment id, evidence_types JSON) of every unit result of the scheme's signed
    assessments."""
    return [(str(r[0]), str(r[1])) for r in edb.conn.execute(
        "SELECT u.assessment_id, u.evidence_types FROM unit_result u "
        "JOIN assessment a ON a.id = u.assessment_id "
        "WHERE a.scheme_id = ? AND a.status = 'ditandatangani'", (scheme_id,))]


def feedback_answers(edb: EventDB, scheme_id: str) -> list[tuple[str, str, str]]:
    """(assessor name, statements JSON, answers JSON) of every FR.AK.03 of the scheme."""
    return [(str(r[0]), str(r[1]), str(r[2])) for r in edb.conn.execute(
        "SELECT s.name, f.statements, f.answers FROM feedback f "
        "JOIN assessment a ON a.id = f.assessment_id JOIN assessor s ON s.id = a.assessor_id "
        "WHERE a.scheme_id = ? ORDER BY s.name, f.id", (scheme_id,))]


def decisions_of(edb: EventDB, scheme_id: str) -> dict[str, str]:
    """Participant id -> the plenary's decision (K/BK) in the scheme."""
    return {str(r[0]): str(r[1]) for r in edb.conn.execute(
        "SELECT participant_id, result FROM decision WHERE scheme_id = ?", (scheme_id,))}


def assessment_participant(edb: EventDB, assessment_id: str) -> tuple[str, str, str, str, str | None] | None:
    """(participant id, assessor id, scheme id, status, recommendation) of an assessment."""
    row = edb.conn.execute("SELECT participant_id, assessor_id, scheme_id, status, "
                           "overall_recommendation FROM assessment WHERE id = ?",
                           (assessment_id,)).fetchone()
    return None if row is None else (str(row[0]), str(row[1]), str(row[2]), str(row[3]), row[4])


def decision_id(edb: EventDB, participant_id: str, scheme_id: str) -> tuple[str, str] | None:
    """(decision id, result) of the participant's plenary decision in the scheme."""
    row = edb.conn.execute("SELECT id, result FROM decision WHERE participant_id = ? "
                           "AND scheme_id = ?", (participant_id, scheme_id)).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def appeal_candidates(edb: EventDB) -> list[tuple[str, int, str]]:
    """(participant id, number, name) of participants with a signed result and no open appeal,
    by number (who may file an FR.AK.04)."""
    return [(str(r[0]), int(r[1]), str(r[2])) for r in edb.conn.execute(
        "SELECT p.id, p.number, p.name FROM participant p WHERE EXISTS (SELECT 1 FROM assessment a "
        "WHERE a.participant_id = p.id AND a.status = 'ditandatangani' "
        "AND a.overall_recommendation IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM appeal x "
        "WHERE x.participant_id = p.id AND x.status = 'open') ORDER BY p.number")]
