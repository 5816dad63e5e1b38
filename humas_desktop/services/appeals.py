"""FR.AK.04: an appeal (banding) as a case the LSP tracks, not only a form (issue 26).

The participant answers the form's three questions and gives the reason; the coordinator records
when it was received. The LSP's window (days after the result, setting ``appeal.window_days``,
14 when unset) is checked; an appeal team is named, none of whom assessed the participant (the
team must be independent of the assessment); the decision carries the SK hasil banding number.
While a case is open the participant's certificate is held back: ``close`` numbers none for them,
the blanko request and the registry publish name them as held (services/blanko.py).

The team may order a re-assessment (:func:`order_reassessment`): a new assessment of the same
participant by an assessor who did not assess them and is not on the team, linked to the case.
The case then stays open (the certificate held) until the re-assessment is signed; deciding it
"diterima" makes the plenary's decision follow the re-assessment's result, so the certificate
follows it too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import AssessmentStatus, new_id
from humas_desktop.formats.forms_wording import Wording
from humas_desktop.services import form_wording, scoring_rules
from humas_desktop.services.workspace import ensure_coordinator_file
from humas_desktop.storage import records_store as store
from humas_desktop.storage import repository as repo
from humas_desktop.storage import review_store
from humas_desktop.storage.db import EventDB

WINDOW_SETTING = "appeal.window_days"
DEFAULT_WINDOW_DAYS = 14
MIN_REASON, MAX_REASON = 10, 2000
OPEN, DECIDED = "open", "decided"
OUTCOMES = ("diterima", "ditolak")


@dataclass(frozen=True, slots=True)
class Appeal:
    id: str
    participant_id: str
    number: int
    scheme_id: str
    assessment_id: str | None
    wording_version: str
    questions: tuple[str, ...]
    answers: tuple[str, ...]
    reason: str
    received_on: date
    window_days: int
    team: tuple[str, ...]
    status: str
    outcome: str | None
    decision_notes: str
    sk_number: str
    decided_on: date | None
    reassessment_id: str | None = None


def window_days(edb: EventDB) -> int:
    raw = (edb.setting(WINDOW_SETTING) or "").strip()
    try:
        days = int(raw) if raw else DEFAULT_WINDOW_DAYS
    except ValueError:
        days = DEFAULT_WINDOW_DAYS
    return days if days > 0 else DEFAULT_WINDOW_DAYS


def set_window_days(edb: EventDB, days: int) -> None:
    ensure_coordinator_file(edb, "Banding FR.AK.04")  # the LSP's case: never travels back
    if days < 1 or days > 365:
        raise DomainError("appeal_window_invalid")
    with edb.atomic():
        edb.set_setting(WINDOW_SETTING, str(days))


def wording(edb: EventDB, participant_id: str | None = None) -> Wording:
    """The wording of the participant's scheme, else the event's, else the shipped one."""
    return form_wording.for_participant(edb, participant_id)


def scheme_wording(edb: EventDB, scheme_id: str) -> Wording:
    """The wording of a scheme's records (its own, else the event's, else the shipped one)."""
    return form_wording.for_scheme(edb, scheme_id)


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _team(edb: EventDB, participant_id: str, team: Sequence[str]) -> list[str]:
    names = [re.sub(r"\s+", " ", n).strip() for n in team if n.strip()]
    assessors = {_norm(n): n for n in store.participant_assessor_names(edb, participant_id)}
    for name in names:
        if _norm(name) in assessors:
            raise DomainError("appeal_team_conflict", name=assessors[_norm(name)])
    if len({_norm(n) for n in names}) != len(names):
        raise DomainError("appeal_team_duplicate")
    return names


def _yes_no(value: str | bool) -> str:
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    text = str(value).strip().lower()
    if text in ("ya", "y", "yes"):
        return "ya"
    if text in ("tidak", "t", "no", "n"):
        return "tidak"
    raise DomainError("feedback_answer_invalid", value=value)


def open_appeal(edb: EventDB, participant_id: str, answers: Sequence[str | bool], reason: str,
                received_on: date, team: Sequence[str] = ()) -> str:
    """Record an appeal as received. Refused before the participant has a result, after the
    LSP's window, while another appeal of the participant is open, or with an assessor of the
    participant on the team."""
    ensure_coordinator_file(edb, "Banding FR.AK.04")  # the LSP's case: never travels back
    with edb.atomic():
        scoring_rules.ensure_event_open(edb)
        results = store.signed_results(edb, participant_id)
        if not results:
            raise DomainError("appeal_before_result")
        if participant_id in store.open_appeal_participant_ids(edb):
            raise DomainError("appeal_already_open")
        words = wording(edb, participant_id)
        if len(answers) != len(words.ak04_questions):
            raise DomainError("feedback_answers_count", expected=len(words.ak04_questions),
                              given=len(answers))
        text = reason.strip()
        if not MIN_REASON <= len(text) <= MAX_REASON:
            raise DomainError("appeal_reason_length", low=MIN_REASON, high=MAX_REASON)
        days = window_days(edb)
        result = results[-1]
        result_day = datetime.fromisoformat(str(result["signed_at"])).date()
        if received_on < result_day:
            raise DomainError("appeal_received_before_result", result=result_day.isoformat())
        if received_on > result_day + timedelta(days=days):
            raise DomainError("appeal_window_passed", days=days, result=result_day.isoformat())
        names = _team(edb, participant_id, team)
        row_id = new_id()
        repo.audited_insert(edb, "appeal", {
            "id": row_id, "participant_id": participant_id, "scheme_id": result["scheme_id"],
            "assessment_id": result["id"], "wording_version": words.version,
            "questions": json.dumps(list(words.ak04_questions), ensure_ascii=False),
            "answers": json.dumps([_yes_no(a) for a in answers]), "reason": text,
            "received_on": received_on.isoformat(), "window_days": days,
            "team": json.dumps(names, ensure_ascii=False), "status": OPEN, "outcome": None,
            "decision_notes": "", "sk_number": "", "decided_on": None},
            reason="FR.AK.04 banding diterima")
        return row_id


def _open_case(edb: EventDB, appeal_id: str) -> dict[str, Any]:
    row = store.appeal_row(edb, appeal_id)
    if row is None:
        raise DomainError("appeal_missing")
    if row["status"] != OPEN:
        raise DomainError("appeal_already_decided")
    return row


def set_team(edb: EventDB, appeal_id: str, team: Sequence[str]) -> None:
    ensure_coordinator_file(edb, "Banding FR.AK.04")  # the LSP's case: never travels back
    with edb.atomic():
        scoring_rules.ensure_event_open(edb)
        row = _open_case(edb, appeal_id)
        names = _team(edb, str(row["participant_id"]), team)
        repo.audited_update(edb, "appeal", appeal_id,
                            {"team": json.dumps(names, ensure_ascii=False)}, reason="tim banding")


def decide(edb: EventDB, appeal_id: str, outcome: str, sk_number: str, decided_on: date,
           notes: str = "", team: Sequence[str] | None = None) -> None:
    """Close the case with the LSP's decision (SK hasil banding). The team must be named."""
    ensure_coordinator_file(edb, "Banding FR.AK.04")  # the LSP's case: never travels back
    with edb.atomic():
        scoring_rules.ensure_event_open(edb)
        row = _open_case(edb, appeal_id)
        if outcome not in OUTCOMES:
            raise DomainError("appeal_outcome_invalid")
        if not sk_number.strip():
            raise DomainError("sk_number_missing")
        names = (_team(edb, str(row["participant_id"]), team) if team is not None
                 else json.loads(row["team"] or "[]"))
        if not names:
            raise DomainError("appeal_team_missing")
        if decided_on < date.fromisoformat(str(row["received_on"])):
            raise DomainError("appeal_decided_before_received")
        if row.get("reassessment_id"):
            _apply_reassessment(edb, row, outcome, sk_number.strip())
        repo.audited_update(edb, "appeal", appeal_id, {
            "team": json.dumps(names, ensure_ascii=False), "status": DECIDED, "outcome": outcome,
            "sk_number": sk_number.strip(), "decision_notes": notes.strip(),
            "decided_on": decided_on.isoformat()}, reason="keputusan banding")


def _appeal(row: dict[str, Any]) -> Appeal:
    return Appeal(
        id=str(row["id"]), participant_id=str(row["participant_id"]), number=int(row["number"]),
        scheme_id=str(row["scheme_id"]), assessment_id=row["assessment_id"],
        wording_version=str(row["wording_version"]),
        questions=tuple(json.loads(row["questions"])), answers=tuple(json.loads(row["answers"])),
        reason=str(row["reason"]), received_on=date.fromisoformat(str(row["received_on"])),
        window_days=int(row["window_days"]), team=tuple(json.loads(row["team"] or "[]")),
        status=str(row["status"]), outcome=row["outcome"], decision_notes=str(row["decision_notes"]),
        sk_number=str(row["sk_number"]),
        decided_on=date.fromisoformat(row["decided_on"]) if row["decided_on"] else None,
        reassessment_id=row.get("reassessment_id"))


def list_appeals(edb: EventDB, status: str | None = None) -> list[Appeal]:
    return [_appeal(r) for r in store.appeal_rows(edb, status)]


def get(edb: EventDB, appeal_id: str) -> Appeal:
    row = store.appeal_row(edb, appeal_id)
    if row is None:
        raise DomainError("appeal_missing")
    return _appeal(row)


def held_back(edb: EventDB) -> set[str]:
    """Participants whose certificate waits for an open appeal."""
    return store.open_appeal_participant_ids(edb)


def held_decided_k(edb: EventDB) -> list[tuple[int, str]]:
    """(number, name) of the participants decided K whose certificate waits for an open appeal,
    by number: what the blanko request and the registry publish say instead of leaving them out."""
    held = held_back(edb)
    if not held:
        return []
    k = {d.participant_id for d in repo.list_decisions(edb) if d.result.value == "K"}
    return sorted((p.number, p.name) for p in repo.list_participants(edb)
                  if p.id in held and p.id in k)


def participant_by_number(edb: EventDB, number: int) -> str:
    """The id of participant ``number`` (the CLI names participants by number, never by name)."""
    person = repo.participant_by_number(edb, number)
    if person is None:
        raise DomainError("participant_number_unknown", number=number)
    return person.id


def open_case_of(edb: EventDB, number: int) -> str:
    """The open appeal case of participant ``number``."""
    pid = participant_by_number(edb, number)
    for case in list_appeals(edb, OPEN):
        if case.participant_id == pid:
            return case.id
    raise DomainError("appeal_missing")


def order_reassessment(edb: EventDB, appeal_id: str, assessor_id: str) -> str:
    """Open a re-assessment of the case's participant by ``assessor_id``, linked to the case (the
    case stays open and the certificate held until it is signed and the case decided). The
    assessor must not have assessed the participant nor sit on the appeal team."""
    ensure_coordinator_file(edb, "Banding FR.AK.04")  # the LSP's case: never travels back
    with edb.atomic():
        scoring_rules.ensure_event_open(edb)
        row = _open_case(edb, appeal_id)
        if row.get("reassessment_id"):
            raise DomainError("reassessment_exists")
        assessor = next((a for a in repo.list_assessors(edb) if a.id == assessor_id), None)
        if assessor is None:
            raise DomainError("reassessment_assessor_unknown")
        pid = str(row["participant_id"])
        if _norm(assessor.name) in {_norm(n) for n in store.participant_assessor_names(edb, pid)}:
            raise DomainError("reassessment_assessor_conflict", name=assessor.name)
        if _norm(assessor.name) in {_norm(n) for n in json.loads(row["team"] or "[]")}:
            raise DomainError("reassessment_assessor_on_team", name=assessor.name)
        # No assignment: an expected result would hold up the close of the whole event while
        # the re-assessment runs. It is scored at the coordinator's laptop with the re-assessor
        # chosen as the current assessor (Pengaturan), usually at the LSP after the event.
        aid = repo.ensure_assessment(edb, pid, assessor_id, str(row["scheme_id"]))
        repo.audited_update(edb, "appeal", appeal_id, {"reassessment_id": aid},
                            reason="asesmen ulang atas banding")
        return aid


def _apply_reassessment(edb: EventDB, row: dict[str, Any], outcome: str, sk_number: str) -> None:
    """Deciding a case with a re-assessment: it must be signed, the appeal accepted, and the
    plenary's decision (when there is one) takes the re-assessment's result."""
    if outcome != "diterima":
        raise DomainError("reassessment_needs_acceptance")
    found = review_store.assessment_participant(edb, str(row["reassessment_id"]))
    if found is None or found[3] != AssessmentStatus.DITANDATANGANI.value or not found[4]:
        raise DomainError("reassessment_unsigned")
    pid, _assessor, scheme_id, _status, result = found
    decision = review_store.decision_id(edb, pid, scheme_id)
    if decision is not None and decision[1] != result:
        repo.audited_update(edb, "decision", decision[0], {"result": result},
                            reason=f"hasil asesmen ulang atas banding (SK {sk_number})")


def candidates(edb: EventDB) -> list[tuple[str, int, str]]:
    """(participant id, number, name) of those who may appeal now: a signed result, no open
    case (the window is checked against the received date when the case is recorded)."""
    return review_store.appeal_candidates(edb)


def participant_names(edb: EventDB) -> dict[str, tuple[int, str]]:
    """Participant id -> (number, name), for showing cases."""
    return {p.id: (p.number, p.name) for p in repo.list_participants(edb)}


def assessor_choices(edb: EventDB) -> list[tuple[str, str]]:
    """(assessor id, name) of the event's assessors, for a re-assessment."""
    return [(a.id, a.name) for a in repo.list_assessors(edb)]
