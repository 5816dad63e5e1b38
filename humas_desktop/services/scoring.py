"""Scoring use cases: consent, verdicts, unit and overall recommendations, sign-off.

Every call is one committed transaction with its audit rows (autosave). Rules live here:
no scoring before FR.AK.01 consent, nothing changes after sign-off until a reasoned reopen.
"""

from __future__ import annotations

import json
from datetime import datetime

from humas_desktop.domain.errors import ScoringError
from humas_desktop.domain.models import (
    Assessment,
    AssessmentStatus,
    Attendance,
    EvidenceType,
    Unit,
    Verdict,
    suggest_overall,
)
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, now_iso


class ScoringService:
    """Scoring on one open event file, as one actor (the assessor id or 'coordinator')."""

    def __init__(self, edb: EventDB) -> None:
        self.edb = edb

    # --- reading -------------------------------------------------------------------------
    def assessment(self, assessment_id: str) -> Assessment:
        return repo.load_assessment(self.edb, assessment_id)

    def open_assessment(self, participant_id: str, assessor_id: str, scheme_id: str) -> str:
        return repo.ensure_assessment(self.edb, participant_id, assessor_id, scheme_id)

    # --- guards --------------------------------------------------------------------------
    def _editable(self, assessment_id: str, need_consent: bool = True) -> None:
        row = self.edb.conn.execute(
            "SELECT status, consent_at FROM assessment WHERE id = ?", (assessment_id,)).fetchone()
        if row is None:
            raise ScoringError("assessment_missing")
        if row[0] == AssessmentStatus.DITANDATANGANI.value:
            raise ScoringError("signed_read_only")
        if need_consent and not row[1]:
            raise ScoringError("consent_required")

    def _touch_started(self, assessment_id: str) -> None:
        row = self.edb.conn.execute("SELECT status FROM assessment WHERE id = ?",
                                    (assessment_id,)).fetchone()
        if row and row[0] == AssessmentStatus.BELUM_MULAI.value:
            repo.audited_update(self.edb, "assessment", assessment_id,
                                {"status": AssessmentStatus.BERLANGSUNG.value})

    # --- consent -------------------------------------------------------------------------
    def give_consent(self, assessment_id: str, at: datetime | None = None) -> None:
        with self.edb.atomic():
            self._editable(assessment_id, need_consent=False)
            stamp = at.isoformat() if at else now_iso()
            repo.audited_update(self.edb, "assessment", assessment_id, {"consent_at": stamp})
            self._touch_started(assessment_id)

    # --- questions -----------------------------------------------------------------------
    def set_verdict(self, assessment_id: str, question_id: str, verdict: Verdict | None) -> None:
        with self.edb.atomic():
            self._editable(assessment_id)
            answer_id = repo.ensure_child(self.edb, "answer", assessment_id, "question_id",
                                          question_id)
            repo.audited_update(self.edb, "answer", answer_id,
                                {"verdict": verdict.value if verdict else None})
            self._touch_started(assessment_id)

    def set_summary(self, assessment_id: str, question_id: str, summary: str) -> None:
        with self.edb.atomic():
            self._editable(assessment_id)
            answer_id = repo.ensure_child(self.edb, "answer", assessment_id, "question_id",
                                          question_id)
            repo.audited_update(self.edb, "answer", answer_id, {"summary": summary})

    # --- units ---------------------------------------------------------------------------
    def set_unit_recommendation(self, assessment_id: str, unit_id: str,
                                verdict: Verdict | None) -> None:
        with self.edb.atomic():
            self._editable(assessment_id)
            row_id = repo.ensure_child(self.edb, "unit_result", assessment_id, "unit_id", unit_id)
            repo.audited_update(self.edb, "unit_result", row_id,
                                {"recommendation": verdict.value if verdict else None})

    def set_unit_evidence_types(self, assessment_id: str, unit_id: str,
                                kinds: list[EvidenceType]) -> None:
        with self.edb.atomic():
            self._editable(assessment_id)
            row_id = repo.ensure_child(self.edb, "unit_result", assessment_id, "unit_id", unit_id)
            ordered = [k.value for k in EvidenceType if k in kinds]
            repo.audited_update(self.edb, "unit_result", row_id,
                                {"evidence_types": json.dumps(ordered)})

    def set_unit_notes(self, assessment_id: str, unit_id: str, notes: str) -> None:
        with self.edb.atomic():
            self._editable(assessment_id)
            row_id = repo.ensure_child(self.edb, "unit_result", assessment_id, "unit_id", unit_id)
            repo.audited_update(self.edb, "unit_result", row_id, {"notes": notes})

    # --- overall -------------------------------------------------------------------------
    def suggested_overall(self, assessment_id: str) -> Verdict | None:
        a = self.assessment(assessment_id)
        units = [u.id for u in self._scheme_units(a.scheme_id)]
        by_unit = {r.unit_id: r.recommendation for r in a.unit_results}
        return suggest_overall([by_unit.get(u) for u in units])

    def _scheme_units(self, scheme_id: str) -> list[Unit]:
        rows = self.edb.conn.execute(
            "SELECT id, code, title_id, title_en FROM unit WHERE scheme_id = ? ORDER BY position",
            (scheme_id,)).fetchall()
        return [Unit(id=r[0], code=r[1], title_id=r[2], title_en=r[3]) for r in rows]

    def set_overall(self, assessment_id: str, verdict: Verdict | None, reason: str = "") -> None:
        """Confirm the suggestion, or override it: an override needs a reason."""
        with self.edb.atomic():
            self._editable(assessment_id)
            suggested = self.suggested_overall(assessment_id)
            if verdict is not None and suggested is not None and verdict is not suggested \
                    and not reason.strip():
                raise ScoringError("override_needs_reason")
            status = AssessmentStatus.SELESAI if verdict else AssessmentStatus.BERLANGSUNG
            repo.audited_update(self.edb, "assessment", assessment_id, {
                "overall_recommendation": verdict.value if verdict else None,
                "override_reason": reason.strip() if verdict is not suggested else "",
                "status": status.value,
            }, reason=reason.strip())

    def set_text(self, assessment_id: str, field: str, text: str) -> None:
        if field not in {"follow_up", "comments"}:
            raise ScoringError("unknown_field", field=field)
        with self.edb.atomic():
            self._editable(assessment_id, need_consent=False)
            repo.audited_update(self.edb, "assessment", assessment_id, {field: text})

    # --- sign-off ------------------------------------------------------------------------
    def sign_off(self, assessment_id: str, name: str, met: str) -> None:
        with self.edb.atomic():
            self._editable(assessment_id)
            a = self.assessment(assessment_id)
            if a.overall_recommendation is None:
                raise ScoringError("overall_missing")
            units = self._scheme_units(a.scheme_id)
            done = {r.unit_id for r in a.unit_results if r.recommendation is not None}
            if any(u.id not in done for u in units):
                raise ScoringError("units_incomplete")
            if not name.strip() or not met.strip():
                raise ScoringError("signer_missing")
            repo.audited_update(self.edb, "assessment", assessment_id, {
                "status": AssessmentStatus.DITANDATANGANI.value, "signed_at": now_iso(),
                "signed_name": name.strip(), "signed_met": met.strip(),
            })

    def reopen(self, assessment_id: str, reason: str) -> None:
        if not reason.strip():
            raise ScoringError("reopen_needs_reason")
        with self.edb.atomic():
            repo.audited_update(self.edb, "assessment", assessment_id, {
                "status": AssessmentStatus.SELESAI.value, "signed_at": None,
            }, reason=reason.strip())

    # --- attendance ----------------------------------------------------------------------
    def set_attendance(self, participant_id: str, attendance: Attendance | None) -> None:
        repo.audited_update(self.edb, "participant", participant_id,
                            {"attendance": attendance.value if attendance else None})
