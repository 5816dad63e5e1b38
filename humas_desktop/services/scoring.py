"""Scoring use cases: consent, verdicts, unit and overall recommendations, sign-off.

Every call is one committed transaction with its audit rows (autosave). Rules live here:
no scoring before FR.AK.01 consent, nothing changes after sign-off until a reasoned reopen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from reprlib import recursive_repr
from typing import TYPE_CHECKING, Any

from humas_desktop.domain.errors import ScoringError
from humas_desktop.domain.models import (
    Assessment,
    AssessmentStatus,
    Assessor,
    Attendance,
    EvidenceType,
    Unit,
    Verdict,
    new_id,
    suggest_overall,
)
from humas_desktop.services import scoring_rules
from humas_desktop.storage import apl_store, queries, records_store
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, now_iso
from humas_desktop.storage.device import Device

if TYPE_CHECKING:  # FR.APL/AK.01 and sign-off are imported when used (start-up, #25)
    from humas_desktop.services import apl


class ScoringService:
    """Scoring on one open event file, as one actor (the assessor id or 'coordinator')."""

    def __init__(self, edb: EventDB, device: Device | None = None) -> None:
        self.edb = edb
        # With a device key, sign-off also stores a signed receipt (services.signoff).
        self.device = device
        # Undo is per session and per window: only the last verdict/note changes, in memory.
        self._undo: list[UndoStep] = []
        self._reason = ""  # audit reason for changes made by undo()
        # Records looked at but not written yet: id -> (participant, assessor, scheme). The row
        # is created by the first real action (consent, a verdict, a note), never by looking.
        self._pending: dict[str, tuple[str, str, str]] = {}
        self._pending_by_key: dict[tuple[str, str, str], str] = {}

    # --- reading -------------------------------------------------------------------------
    def assessment(self, assessment_id: str) -> Assessment:
        pending = self._pending.get(assessment_id)
        if pending is not None and not queries.assessment_exists(self.edb, assessment_id):
            participant_id, assessor_id, scheme_id = pending
            return Assessment(participant_id, assessor_id, scheme_id, id=assessment_id)
        return repo.load_assessment(self.edb, assessment_id)

    def assessment_status(self, assessment_id: str) -> AssessmentStatus:
        """The record's status without loading the record (a record only looked at: not
        started). The workspace reads it after each K/BK click to keep the row current."""
        status = queries.assessment_status(self.edb, assessment_id)
        if status is None:
            return self.assessment(assessment_id).status  # pending, or missing: as assessment()
        return AssessmentStatus(status)

    def open_assessment(self, participant_id: str, assessor_id: str, scheme_id: str) -> str:
        """The assessment row, created now (audited) if missing: for callers that score at once."""
        return repo.ensure_assessment(self.edb, participant_id, assessor_id, scheme_id)

    def draft_assessment(self, participant_id: str, assessor_id: str, scheme_id: str) -> str:
        """An id for the record of participant x assessor x scheme WITHOUT writing anything:
        the existing row's id, else a pending one the first real action creates."""
        existing = repo.find_assessment_id(self.edb, participant_id, assessor_id, scheme_id)
        if existing:
            return existing
        key = (participant_id, assessor_id, scheme_id)
        pending = self._pending_by_key.get(key)
        if pending is None:
            pending = new_id()
            self._pending_by_key[key] = pending
            self._pending[pending] = key
        return pending

    def is_pending(self, assessment_id: str) -> bool:
        """Looked at, not written yet (the participant list shows it as not started)."""
        return (assessment_id in self._pending
                and not queries.assessment_exists(self.edb, assessment_id))

    def _materialise(self, assessment_id: str) -> None:
        """Create a pending record inside the caller's transaction (rolled back with it)."""
        pending = self._pending.get(assessment_id)
        if pending is None or queries.assessment_exists(self.edb, assessment_id):
            return
        participant_id, assessor_id, scheme_id = pending
        repo.create_assessment(self.edb, assessment_id, participant_id, assessor_id, scheme_id)

    # --- guards (services/scoring_rules.py, shared with sign-off) ------------------------
    def _event_open(self) -> None:
        scoring_rules.ensure_event_open(self.edb)

    def _editable(self, assessment_id: str, need_consent: bool = True) -> None:
        self._event_open()
        if self.is_pending(assessment_id):
            if need_consent:
                raise ScoringError("consent_required")  # nothing written: consent comes first
            self._materialise(assessment_id)
        scoring_rules.ensure_editable(self.edb, assessment_id, need_consent)

    def _touch_started(self, assessment_id: str) -> None:
        if queries.assessment_status(self.edb, assessment_id) == AssessmentStatus.BELUM_MULAI.value:
            repo.audited_update(self.edb, "assessment", assessment_id,
                                {"status": AssessmentStatus.BERLANGSUNG.value})

    # --- consent -------------------------------------------------------------------------
    def give_consent(self, assessment_id: str, at: datetime | None = None,
                     declare: bool = True, terms: apl.Ak01Terms | None = None) -> None:
        """FR.AK.01: the participant's consent with the form as agreed (``terms``: the evidence
        methods, TUK, date and time; the event's and the scheme's when not given), signed by the
        asesi and the assessor, and (``declare``) the assessor's declaration of impartiality and
        confidentiality, confirmed together on the assessor's laptop. A consent recorded before
        the form existed (an older file) gets the form now."""
        with self.edb.atomic():
            self._editable(assessment_id, need_consent=False)
            stamp = at.isoformat() if at else now_iso()
            if self.assessment(assessment_id).consent_at is None:
                repo.audited_update(self.edb, "assessment", assessment_id, {"consent_at": stamp})
            from humas_desktop.services import apl

            apl.record_ak01(self.edb, assessment_id, terms, at)
            if declare:
                self._declare(assessment_id)
            self._touch_started(assessment_id)
            self._mark_present(assessment_id)

    def has_ak01(self, assessment_id: str) -> bool:
        """Whether this participant's FR.AK.01 form is recorded (consent alone from an older
        file does not open scoring)."""
        return not self.is_pending(assessment_id) and apl_store.has_ak01(self.edb, assessment_id)

    # --- FR.APL.02 -----------------------------------------------------------------------
    def review_apl02(self, assessment_id: str, entries: list[apl.Apl02Unit]) -> None:
        """The assessor's FR.APL.02 review of the asesi's self-assessment, unit by unit (before
        AK.01; a unit that cannot go on is then not scored)."""
        with self.edb.atomic():
            self._editable(assessment_id, need_consent=False)
            from humas_desktop.services import apl

            apl.review_units(self.edb, assessment_id, entries)

    def stopped_units(self, assessment_id: str) -> set[str]:
        """Units FR.APL.02 stopped (empty for a record not written yet)."""
        if self.is_pending(assessment_id):
            return set()
        return scoring_rules.stopped_units(self.edb, assessment_id)

    def _unit_open(self, assessment_id: str, unit_id: str | None) -> None:
        scoring_rules.ensure_unit_open(self.edb, assessment_id, unit_id)

    def has_declaration(self, assessment_id: str) -> bool:
        """Whether the assessor's FR.AK.01 declaration for this participant exists (a file from
        before the declaration existed has consents without it)."""
        return records_store.has_declaration(self.edb, assessment_id)

    def declare_impartiality(self, assessment_id: str) -> None:
        """The assessor's FR.AK.01 declaration for this participant (once; the wording of the
        day is snapshotted). Scoring needs it as it needs the consent."""
        with self.edb.atomic():
            self._editable(assessment_id, need_consent=False)
            self._declare(assessment_id)

    def _declare(self, assessment_id: str) -> None:
        if records_store.has_declaration(self.edb, assessment_id):
            return
        from humas_desktop.services import form_wording

        words = form_wording.for_assessment(self.edb, assessment_id)
        name, met = records_store.assessor_of_assessment(self.edb, assessment_id) or ("", "")
        repo.audited_insert(self.edb, "impartiality", {
            "id": new_id(), "assessment_id": assessment_id, "wording_version": words.version,
            "statement": words.ak01_declaration, "signed_name": name, "signed_met": met,
            "signed_at": now_iso()}, reason="FR.AK.01 pernyataan asesor")

    def _mark_present(self, assessment_id: str) -> None:
        scoring_rules.mark_present(self.edb, assessment_id)

    # --- questions -----------------------------------------------------------------------
    def set_verdict(self, assessment_id: str, question_id: str, verdict: Verdict | None) -> None:
        with self.edb.atomic():
            self._editable(assessment_id)
            self._unit_open(assessment_id, apl_store.unit_of_question(self.edb, question_id))
            answer_id = repo.ensure_child(self.edb, "answer", assessment_id, "question_id",
                                          question_id)
            old = repo.audited_update(self.edb, "answer", answer_id,
                                      {"verdict": verdict.value if verdict else None},
                                      reason=self._reason)
            self._touch_started(assessment_id)
            if verdict is not None and old.get("verdict", "") is None:
                self._tick_method_for_question(assessment_id, question_id)
        self._remember(old, "verdict", assessment_id, question_id)

    # --- FR.AK.02 evidence methods from what was done --------------------------------------
    _METHOD_OF_KIND = {"IA.09": EvidenceType.WAWANCARA, "IA.07": EvidenceType.LISAN}

    def _tick_method_for_question(self, assessment_id: str, question_id: str) -> None:
        """The first answered IA.09 (interview) / IA.07 (oral) question of a unit ticks that
        method on the unit's FR.AK.02 row. Only the first: a method the assessor unticked
        stays unticked while they go on scoring."""
        found = queries.question_kind_and_unit(self.edb, question_id)
        if found is None:
            return
        kind, unit_id = found
        method = self._METHOD_OF_KIND.get(kind)
        if method is not None and queries.answered_count(self.edb, assessment_id, unit_id,
                                                         kind) == 1:
            self._tick_method(assessment_id, unit_id, method)

    def _tick_method(self, assessment_id: str, unit_id: str, method: EvidenceType) -> None:
        used = [EvidenceType(k) for k in json.loads(
            queries.unit_evidence_types(self.edb, assessment_id, unit_id))
            if k in EvidenceType._value2member_map_]
        if method in used:
            return
        row_id = repo.ensure_child(self.edb, "unit_result", assessment_id, "unit_id", unit_id)
        ordered = [k.value for k in EvidenceType if k in used or k is method]
        repo.audited_update(self.edb, "unit_result", row_id, {"evidence_types": json.dumps(ordered)},
                            reason="metode bukti dari penilaian")

    def unit_evidence_types(self, assessment_id: str, unit_id: str) -> list[EvidenceType]:
        """The unit's ticked methods as stored (the panel re-reads them after a K/BK click)."""
        return [EvidenceType(k) for k in json.loads(
            queries.unit_evidence_types(self.edb, assessment_id, unit_id))
            if k in EvidenceType._value2member_map_]

    def set_summary(self, assessment_id: str, question_id: str, summary: str) -> None:
        with self.edb.atomic():
            self._editable(assessment_id)
            self._unit_open(assessment_id, apl_store.unit_of_question(self.edb, question_id))
            answer_id = repo.ensure_child(self.edb, "answer", assessment_id, "question_id",
                                          question_id)
            old = repo.audited_update(self.edb, "answer", answer_id, {"summary": summary},
                                      reason=self._reason)
        self._remember(old, "summary", assessment_id, question_id)

    # --- units ---------------------------------------------------------------------------
    def set_unit_recommendation(self, assessment_id: str, unit_id: str,
                                verdict: Verdict | None) -> None:
        with self.edb.atomic():
            self._editable(assessment_id)
            if verdict is not Verdict.BK:  # a unit FR.APL.02 stopped can only be BK
                self._unit_open(assessment_id, unit_id)
            row_id = repo.ensure_child(self.edb, "unit_result", assessment_id, "unit_id", unit_id)
            old = repo.audited_update(self.edb, "unit_result", row_id,
                                      {"recommendation": verdict.value if verdict else None},
                                      reason=self._reason)
        self._remember(old, "recommendation", assessment_id, unit_id)

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
            old = repo.audited_update(self.edb, "unit_result", row_id, {"notes": notes},
                                      reason=self._reason)
        self._remember(old, "notes", assessment_id, unit_id)

    # --- overall -------------------------------------------------------------------------
    def suggested_overall(self, assessment_id: str) -> Verdict | None:
        a = self.assessment(assessment_id)
        units = [u.id for u in self._scheme_units(a.scheme_id)]
        by_unit = {r.unit_id: r.recommendation for r in a.unit_results}
        return suggest_overall([by_unit.get(u) for u in units])

    def _scheme_units(self, scheme_id: str) -> list[Unit]:
        return scoring_rules.scheme_units(self.edb, scheme_id)

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
            old = repo.audited_update(self.edb, "assessment", assessment_id, {field: text},
                                      reason=self._reason)
        self._remember(old, field, assessment_id, "")

    # --- sign-off ------------------------------------------------------------------------
    def sign_off(self, assessment_id: str, name: str, met: str) -> str:
        """Sign off (read-only from now on) through services.signoff, the one sign-off path;
        returns the receipt code ('' without a device key)."""
        with self.edb.atomic():
            self._editable(assessment_id)  # a record only looked at: consent comes first
            from humas_desktop.services import signoff

            receipt = signoff.sign_off(self.edb, self.device, assessment_id, name, met)
        return receipt.code if receipt is not None else ""

    def reopen(self, assessment_id: str, reason: str) -> None:
        if not reason.strip():
            raise ScoringError("reopen_needs_reason")
        with self.edb.atomic():
            self._event_open()
            if self.assessment(assessment_id).status is not AssessmentStatus.DITANDATANGANI:
                raise ScoringError("not_signed")
            repo.audited_update(self.edb, "assessment", assessment_id, {
                "status": AssessmentStatus.SELESAI.value, "signed_at": None,
            }, reason=reason.strip())

    # --- attendance ----------------------------------------------------------------------
    def set_attendance(self, participant_id: str, attendance: Attendance | None) -> None:
        self._event_open()
        repo.audited_update(self.edb, "participant", participant_id,
                            {"attendance": attendance.value if attendance else None})

    # --- FR.IA.08 portfolio evidence ------------------------------------------------------
    def add_evidence(self, assessment_id: str, unit_id: str, name: str) -> str:
        name = name.strip()
        if not name:
            raise ScoringError("evidence_name_missing")
        with self.edb.atomic():
            self._editable(assessment_id)
            self._unit_open(assessment_id, unit_id)
            first = queries.active_evidence_count(self.edb, assessment_id, unit_id) == 0
            position = queries.next_evidence_position(self.edb, assessment_id)
            item_id = new_id()
            repo.audited_insert(self.edb, "evidence_item", {
                "id": item_id, "assessment_id": assessment_id, "unit_id": unit_id,
                "position": position, "name": name})
            self._touch_started(assessment_id)
            if first:  # the unit's first FR.IA.08 item: the portfolio method was used
                self._tick_method(assessment_id, unit_id, EvidenceType.PORTOFOLIO)
        return item_id

    def _evidence_guard(self, assessment_id: str, item_id: str) -> None:
        self._editable(assessment_id)
        self._unit_open(assessment_id, apl_store.unit_of_evidence(self.edb, item_id))
        if not queries.evidence_item_active(self.edb, assessment_id, item_id):
            raise ScoringError("evidence_missing")

    def rename_evidence(self, assessment_id: str, item_id: str, name: str) -> None:
        name = name.strip()
        if not name:
            raise ScoringError("evidence_name_missing")
        with self.edb.atomic():
            self._evidence_guard(assessment_id, item_id)
            repo.audited_update(self.edb, "evidence_item", item_id, {"name": name})

    def remove_evidence(self, assessment_id: str, item_id: str) -> None:
        """Mark removed; the row stays so the audit log and merges can still see it."""
        with self.edb.atomic():
            self._evidence_guard(assessment_id, item_id)
            repo.audited_update(self.edb, "evidence_item", item_id, {"removed": 1})

    def set_evidence_flag(self, assessment_id: str, item_id: str, flag: str,
                          value: bool | None) -> None:
        if flag not in EVIDENCE_FLAGS:
            raise ScoringError("unknown_field", field=flag)
        with self.edb.atomic():
            self._evidence_guard(assessment_id, item_id)
            repo.audited_update(self.edb, "evidence_item", item_id,
                                {flag: None if value is None else int(value)})

    # --- interview timer -----------------------------------------------------------------
    def start_timer(self, assessment_id: str, at: datetime | None = None) -> None:
        with self.edb.atomic():
            self._editable(assessment_id, need_consent=False)
            a = self.assessment(assessment_id)
            if a.timer_started_at is None:
                stamp = (at or datetime.now(UTC)).isoformat()
                repo.audited_update(self.edb, "assessment", assessment_id,
                                    {"timer_started_at": stamp})

    def pause_timer(self, assessment_id: str, at: datetime | None = None) -> None:
        with self.edb.atomic():
            a = self.assessment(assessment_id)
            if a.timer_started_at is not None:
                total = self._elapsed(a, at)
                repo.audited_update(self.edb, "assessment", assessment_id,
                                    {"timer_started_at": None, "timer_seconds": total})

    def timer_running(self, assessment_id: str) -> bool:
        return self.assessment(assessment_id).timer_started_at is not None

    def elapsed(self, assessment_id: str, at: datetime | None = None) -> int:
        return self._elapsed(self.assessment(assessment_id), at)

    @staticmethod
    def _elapsed(a: Assessment, at: datetime | None) -> int:
        total = a.timer_seconds
        if a.timer_started_at is not None:
            started = a.timer_started_at
            if started.tzinfo is None:
                started = started.replace(tzinfo=UTC)
            total += max(0, int(((at or datetime.now(UTC)) - started).total_seconds()))
        return total

    # --- undo ----------------------------------------------------------------------------
    def _remember(self, old: dict[str, object], kind: str, assessment_id: str, key: str) -> None:
        if old:
            value = next(iter(old.values()))
            self._undo.append(UndoStep(kind, assessment_id, key, value))
            del self._undo[:-50]

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> UndoStep | None:
        """Put back the value before the last verdict or note change; None if nothing to undo."""
        if not self._undo:
            return None
        step = self._undo.pop()
        depth = len(self._undo)
        self._reason = UNDO_REASON
        try:
            self._replay(step)
        finally:
            self._reason = ""
        del self._undo[depth:]  # the undo itself is not a new step to undo
        return step

    def _replay(self, step: UndoStep) -> None:
        aid, key, value = step.assessment_id, step.key, step.old
        if step.kind == "verdict":
            self.set_verdict(aid, key, Verdict(str(value)) if value else None)
        elif step.kind == "summary":
            self.set_summary(aid, key, str(value or ""))
        elif step.kind == "recommendation":
            self.set_unit_recommendation(aid, key, Verdict(str(value)) if value else None)
        elif step.kind == "notes":
            self.set_unit_notes(aid, key, str(value or ""))
        else:
            self.set_text(aid, step.kind, str(value or ""))

    # --- who scores on this laptop, and where they were -----------------------------------
    def _device_key(self, name: str) -> str:
        return f"{name}:{self.edb.device_id}"

    def current_assessor(self) -> Assessor | None:
        wanted = self.edb.setting(self._device_key("current_assessor"))
        return next((a for a in repo.list_assessors(self.edb) if a.id == wanted), None)

    def set_current_assessor(self, assessor_id: str | None) -> None:
        with self.edb.atomic():
            self.edb.set_setting(self._device_key("current_assessor"), assessor_id or "")
        self.edb.actor = assessor_id or "coordinator"

    def last_participant(self) -> str | None:
        return self.edb.setting(self._device_key("last_participant")) or None

    def set_last_participant(self, participant_id: str) -> None:
        with self.edb.atomic():
            self.edb.set_setting(self._device_key("last_participant"), participant_id)

    def assessment_for(self, participant_id: str) -> str | None:
        """The participant's assessment by the current (else the assigned) assessor: the stored
        record, or a pending one that nothing has written yet (looking writes nothing); None
        when nobody can score (no assessor, or no scheme)."""
        person = repo.get_participant(self.edb, participant_id)
        if not person.scheme_id:
            return None
        current = self.current_assessor()
        assessor_id = current.id if current else repo.primary_assessor_id(self.edb, participant_id)
        if assessor_id is None:
            return None
        return self.draft_assessment(participant_id, assessor_id, person.scheme_id)


EVIDENCE_FLAGS = ("valid", "asli", "terkini", "memadai")
UNDO_REASON = "urungkan (Ctrl+Z)"


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class UndoStep:
    kind: str  # verdict | summary | recommendation | notes | follow_up | comments
    assessment_id: str
    key: str  # question id, unit id, or "" for assessment-level text
    old: object

    def __init__(self, kind: str, assessment_id: str, key: str, old: object) -> None:
        _set = object.__setattr__  # frozen: as @dataclass(frozen=True) sets them
        _set(self, "kind", kind)
        _set(self, "assessment_id", assessment_id)
        _set(self, "key", key)
        _set(self, "old", old)

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(kind={self.kind!r}, assessment_id={self.assessment_id!r}, "
                f"key={self.key!r}, old={self.old!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.kind, self.assessment_id, self.key, self.old)
        theirs = (other.kind, other.assessment_id, other.key, other.old)
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self.kind, self.assessment_id, self.key, self.old))
