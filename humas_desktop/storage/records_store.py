"""Reads of the day's records after the decision: FR.AK.03 feedback and FR.AK.04 appeals
(issue 26). Writes go through :mod:`repository`'s audited paths."""

from __future__ import annotations

from typing import Any

from humas_desktop.storage.db import EventDB
from humas_desktop.storage.repository import rows_as_dicts


def assessment_gate(edb: EventDB, assessment_id: str) -> tuple[str, str | None] | None:
    """(status, overall recommendation) of an assessment, None when it does not exist."""
    row = edb.conn.execute("SELECT status, overall_recommendation FROM assessment WHERE id = ?",
                           (assessment_id,)).fetchone()
    return None if row is None else (str(row[0]), row[1])


def feedback_of(edb: EventDB, assessment_id: str) -> dict[str, Any] | None:
    rows = rows_as_dicts(edb.conn, "SELECT * FROM feedback WHERE assessment_id = ?", [assessment_id])
    return rows[0] if rows else None


def feedback_rows(edb: EventDB) -> list[dict[str, Any]]:
    """Every FR.AK.03 with its participant, assessor and scheme, by participant number."""
    return rows_as_dicts(edb.conn,
                         "SELECT f.*, a.participant_id, a.assessor_id, a.scheme_id, p.number "
                         "FROM feedback f JOIN assessment a ON a.id = f.assessment_id "
                         "JOIN participant p ON p.id = a.participant_id ORDER BY p.number, f.id")


def signed_results(edb: EventDB, participant_id: str) -> list[dict[str, Any]]:
    """The participant's signed assessments with a recommendation (the result an appeal disputes)."""
    return rows_as_dicts(edb.conn,
                         "SELECT id, assessor_id, scheme_id, overall_recommendation, signed_at "
                         "FROM assessment WHERE participant_id = ? AND status = 'ditandatangani' "
                         "AND overall_recommendation IS NOT NULL ORDER BY signed_at, id",
                         [participant_id])


def participant_assessor_names(edb: EventDB, participant_id: str) -> list[str]:
    """Names of the assessors assigned to or assessing the participant (an appeal team's conflict)."""
    return [str(r[0]) for r in edb.conn.execute(
        "SELECT DISTINCT s.name FROM assessor s WHERE s.id IN ("
        "SELECT assessor_id FROM assignment WHERE participant_id = ? UNION "
        "SELECT assessor_id FROM assessment WHERE participant_id = ?) ORDER BY s.name",
        (participant_id, participant_id))]


def appeal_rows(edb: EventDB, status: str | None = None) -> list[dict[str, Any]]:
    where, params = ("WHERE a.status = ?", [status]) if status else ("", [])
    return rows_as_dicts(edb.conn, "SELECT a.*, p.number FROM appeal a "
                         f"JOIN participant p ON p.id = a.participant_id {where} "
                         "ORDER BY a.received_on, p.number, a.id", params)


def appeal_row(edb: EventDB, appeal_id: str) -> dict[str, Any] | None:
    rows = rows_as_dicts(edb.conn, "SELECT a.*, p.number FROM appeal a JOIN participant p "
                         "ON p.id = a.participant_id WHERE a.id = ?", [appeal_id])
    return rows[0] if rows else None


def open_appeal_participant_ids(edb: EventDB) -> set[str]:
    return {str(r[0]) for r in edb.conn.execute(
        "SELECT DISTINCT participant_id FROM appeal WHERE status = 'open'")}


def has_declaration(edb: EventDB, assessment_id: str) -> bool:
    """Has the assessor declared impartiality and confidentiality for this assessment?"""
    return edb.conn.execute("SELECT 1 FROM impartiality WHERE assessment_id = ?",
                            (assessment_id,)).fetchone() is not None


def declaration_of(edb: EventDB, assessment_id: str) -> dict[str, Any] | None:
    rows = rows_as_dicts(edb.conn, "SELECT * FROM impartiality WHERE assessment_id = ?",
                         [assessment_id])
    return rows[0] if rows else None


def assessor_of_assessment(edb: EventDB, assessment_id: str) -> tuple[str, str] | None:
    """(name, MET number) of the assessor of an assessment."""
    row = edb.conn.execute("SELECT s.name, s.met_number FROM assessment a JOIN assessor s "
                           "ON s.id = a.assessor_id WHERE a.id = ?", (assessment_id,)).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def feedback_candidates(edb: EventDB) -> list[tuple[str, int, str]]:
    """(assessment id, participant number, name) of signed assessments with a recommendation and
    no FR.AK.03 yet, by participant number."""
    return [(str(r[0]), int(r[1]), str(r[2])) for r in edb.conn.execute(
        "SELECT a.id, p.number, p.name FROM assessment a JOIN participant p ON p.id = a.participant_id "
        "WHERE a.status = 'ditandatangani' AND a.overall_recommendation IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.assessment_id = a.id) "
        "ORDER BY p.number, a.id")]
