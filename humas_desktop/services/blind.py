"""Blind co-assessment: another assessor's verdicts on a participant become visible to an
assessor only once that assessor has signed off their own assessment."""

from __future__ import annotations

from dataclasses import dataclass

from humas_desktop.domain.models import AssessmentStatus
from humas_desktop.storage import packages_store as store
from humas_desktop.storage.db import EventDB

# --- blind co-assessment -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VisibleVerdicts:
    assessment_id: str
    assessor_id: str
    status: str
    overall: str | None
    answers: dict[str, str | None]
    units: dict[str, str | None]


def visible_verdicts(edb: EventDB, participant_id: str, asker_assessor_id: str) -> list[VisibleVerdicts]:
    """The verdicts on a participant the asking assessor may see: always their own; another
    assessor's only once the asker has signed off their own assessment."""
    rows = store.assessment_verdict_rows(edb, participant_id)
    own_signed = any(r["assessor_id"] == asker_assessor_id
                     and r["status"] == AssessmentStatus.DITANDATANGANI.value for r in rows)
    out: list[VisibleVerdicts] = []
    for r in rows:
        if r["assessor_id"] != asker_assessor_id and not own_signed:
            continue
        answers = store.answer_verdicts(edb, r["id"])
        units = store.unit_recommendations(edb, r["id"])
        out.append(VisibleVerdicts(r["id"], r["assessor_id"], r["status"], r["overall_recommendation"],
                                   answers, units))
    return out


