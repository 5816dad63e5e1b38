"""Sign-off: the one path from a scored FR.AK.02 to a signed, read-only record with its receipt.

The rules (session open, not yet signed, consent given, every unit recommended, an overall
recommendation, the assessor's name and MET number), the status change and, with this laptop's
device key, the signed receipt (services.integrity.sign_assessment) happen in one transaction:
all or nothing. ``ScoringService.sign_off`` and the receipt tests both come here.
"""

from __future__ import annotations

from humas_desktop.domain.errors import ScoringError
from humas_desktop.domain.models import AssessmentStatus
from humas_desktop.services.integrity import Receipt, sign_assessment
from humas_desktop.services.scoring_rules import (
    ensure_editable,
    mark_present,
    scheme_units,
    stopped_units,
)
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, now_iso
from humas_desktop.storage.device import Device


def check_signable(edb: EventDB, assessment_id: str, name: str, met: str) -> None:
    """Raise the first rule that keeps this FR.AK.02 from being signed."""
    ensure_editable(edb, assessment_id)
    a = repo.load_assessment(edb, assessment_id)
    if a.overall_recommendation is None:
        raise ScoringError("overall_missing")
    done = {r.unit_id for r in a.unit_results if r.recommendation is not None}
    units = scheme_units(edb, a.scheme_id)
    if any(u.id not in done for u in units):
        raise ScoringError("units_incomplete")
    # A K or BK on FR.AK.02 says how it was reached: at least one evidence method per unit
    # (a unit FR.APL.02 stopped is BK without evidence: it was not assessed).
    with_method = {r.unit_id for r in a.unit_results if r.evidence_types}
    with_method |= stopped_units(edb, assessment_id)
    for u in units:
        if u.id not in with_method:
            raise ScoringError("unit_evidence_missing", unit=f"{u.code} ({u.title_id})")
    if not name.strip() or not met.strip():
        raise ScoringError("signer_missing")


def sign_off(edb: EventDB, device: Device | None, assessment_id: str, name: str,
             met: str) -> Receipt | None:
    """Sign off (read-only from now on); the signed receipt, or None without a device key."""
    with edb.atomic():
        check_signable(edb, assessment_id, name, met)
        repo.audited_update(edb, "assessment", assessment_id, {
            "status": AssessmentStatus.DITANDATANGANI.value, "signed_at": now_iso(),
            "signed_name": name.strip(), "signed_met": met.strip(),
        })
        mark_present(edb, assessment_id)
        if device is None:
            return None
        return sign_assessment(edb, device, assessment_id)
