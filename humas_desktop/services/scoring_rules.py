"""The guards every scoring change passes, shared by scoring and sign-off.

Kept apart so that ``services.scoring`` (the edits) and ``services.signoff`` (the one sign-off
path: rules, status, signed receipt) use the same rules without importing each other.
"""

from __future__ import annotations

from humas_desktop.domain.errors import ScoringError
from humas_desktop.domain.models import AssessmentStatus, Attendance, Unit
from humas_desktop.services.event_state import is_closed
from humas_desktop.storage import apl_store, queries, records_store
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB


def ensure_event_open(edb: EventDB) -> None:
    """A closed session is read-only (reopening it needs a reason: services.close_session)."""
    if is_closed(edb):
        raise ScoringError("event_closed")


def ensure_editable(edb: EventDB, assessment_id: str, need_consent: bool = True) -> None:
    """The session is open, the FR.AK.02 exists and is not signed, and (for scoring) FR.AK.01
    consent was given and the assessor declared impartiality and confidentiality."""
    ensure_event_open(edb)
    row = queries.assessment_status_and_consent(edb, assessment_id)
    if row is None:
        raise ScoringError("assessment_missing")
    if row[0] == AssessmentStatus.DITANDATANGANI.value:
        raise ScoringError("signed_read_only")
    if need_consent and not row[1]:
        raise ScoringError("consent_required")
    if need_consent and not apl_store.has_ak01(edb, assessment_id):
        raise ScoringError("ak01_required")  # FR.AK.01 as the form: methods, TUK, both signed
    if need_consent and not records_store.has_declaration(edb, assessment_id):
        raise ScoringError("impartiality_required")  # FR.AK.01: the assessor's declaration too


def ensure_unit_open(edb: EventDB, assessment_id: str, unit_id: str | None) -> None:
    """FR.APL.02: a unit the assessor's review says cannot go on is not scored."""
    if unit_id and unit_id in apl_store.stopped_unit_ids(edb, assessment_id):
        raise ScoringError("apl02_unit_stopped", unit=apl_store.unit_code(edb, unit_id))


def stopped_units(edb: EventDB, assessment_id: str) -> set[str]:
    return apl_store.stopped_unit_ids(edb, assessment_id)


def scheme_units(edb: EventDB, scheme_id: str) -> list[Unit]:
    return queries.scheme_units(edb, scheme_id)


def mark_present(edb: EventDB, assessment_id: str) -> None:
    """Consent and sign-off happen face to face: the participant is present (unless a
    coordinator already recorded otherwise)."""
    participant_id = repo.load_assessment(edb, assessment_id).participant_id
    if repo.get_participant(edb, participant_id).attendance is None:
        repo.audited_update(edb, "participant", participant_id, {"attendance": Attendance.HADIR.value})
