"""FR.AK.03: the participant's feedback on the assessment, filled on the assessor's laptop.

It opens only once the assessor's recommendation is recorded and the assessment signed (the
form says "diisi oleh Asesi setelah pengambilan keputusan"). The participant answers each
statement Ya/Tidak with an optional comment, adds other comments, and signs with their own name
or mark. One record per assessment; the wording it was filled with is snapshotted into it, so a
later change of the LSP's wording does not change what the participant answered to. Written
through the audited path: ``check`` replays it, results packages carry it to the coordinator.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import AssessmentStatus, new_id
from humas_desktop.formats.forms_wording import Wording
from humas_desktop.services import form_wording, scoring_rules
from humas_desktop.storage import records_store as store
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, now_iso

YA, TIDAK = "ya", "tidak"
MAX_COMMENT = 500
MAX_OTHER = 2000


@dataclass(frozen=True, slots=True)
class FeedbackItem:
    statement: str
    answer: str  # 'ya' | 'tidak'
    comment: str = ""


@dataclass(frozen=True, slots=True)
class Feedback:
    id: str
    assessment_id: str
    wording_version: str
    items: tuple[FeedbackItem, ...]
    other_comments: str
    signed_name: str
    signed_at: str

    @property
    def tidak_count(self) -> int:
        return sum(1 for i in self.items if i.answer == TIDAK)


def wording(edb: EventDB, assessment_id: str | None = None) -> Wording:
    """The wording of the assessment's scheme, else the event's, else the shipped one."""
    return form_wording.for_assessment(edb, assessment_id)


def ensure_open(edb: EventDB, assessment_id: str) -> None:
    """FR.AK.03 opens after the recommendation is recorded and the assessment signed."""
    scoring_rules.ensure_event_open(edb)
    gate = store.assessment_gate(edb, assessment_id)
    if gate is None:
        raise DomainError("assessment_missing")
    status, recommendation = gate
    if not recommendation or status != AssessmentStatus.DITANDATANGANI.value:
        raise DomainError("feedback_before_recommendation")


def _answer(value: str | bool) -> str:
    if isinstance(value, bool):
        return YA if value else TIDAK
    text = str(value).strip().lower()
    if text in ("ya", "y", "yes"):
        return YA
    if text in ("tidak", "t", "no", "n"):
        return TIDAK
    raise DomainError("feedback_answer_invalid", value=value)


def record(edb: EventDB, assessment_id: str, answers: Sequence[str | bool],
           comments: Sequence[str] = (), other_comments: str = "", signed_name: str = "") -> str:
    """Store the participant's FR.AK.03 (once: it cannot be filled again). Returns its id."""
    with edb.atomic():
        ensure_open(edb, assessment_id)
        if store.feedback_of(edb, assessment_id) is not None:
            raise DomainError("feedback_already_filled")
        words = wording(edb, assessment_id)
        count = len(words.ak03_statements)
        if len(answers) != count:
            raise DomainError("feedback_answers_count", expected=count, given=len(answers))
        notes = [str(c).strip() for c in comments] + [""] * (count - len(comments))
        if len(notes) != count or any(len(c) > MAX_COMMENT for c in notes):
            raise DomainError("feedback_comment_too_long", limit=MAX_COMMENT)
        if len(other_comments.strip()) > MAX_OTHER:
            raise DomainError("feedback_comment_too_long", limit=MAX_OTHER)
        for i, value in enumerate(answers, 1):
            if isinstance(value, str) and not value.strip():
                raise DomainError("feedback_answer_missing", number=i)
        if not signed_name.strip():
            raise DomainError("feedback_signature_missing")
        row_id = new_id()
        repo.audited_insert(edb, "feedback", {
            "id": row_id, "assessment_id": assessment_id, "wording_version": words.version,
            "statements": json.dumps(list(words.ak03_statements), ensure_ascii=False),
            "answers": json.dumps([_answer(a) for a in answers]),
            "comments": json.dumps(notes, ensure_ascii=False),
            "other_comments": other_comments.strip(), "signed_name": signed_name.strip(),
            "signed_at": now_iso()}, reason="FR.AK.03 diisi asesi")
        return row_id


def _feedback(row: dict[str, Any]) -> Feedback:
    statements = json.loads(row["statements"])
    answers = json.loads(row["answers"])
    try:
        comments = json.loads(row["comments"]) if row["comments"] else []
    except ValueError:
        comments = []
    comments = list(comments) + [""] * (len(statements) - len(comments))
    items = tuple(FeedbackItem(s, a, c) for s, a, c in zip(statements, answers, comments, strict=False))
    return Feedback(str(row["id"]), str(row["assessment_id"]), str(row["wording_version"]), items,
                    str(row["other_comments"]), str(row["signed_name"]), str(row["signed_at"]))


def get(edb: EventDB, assessment_id: str) -> Feedback | None:
    row = store.feedback_of(edb, assessment_id)
    return None if row is None else _feedback(row)


def all_feedback(edb: EventDB) -> list[tuple[dict[str, Any], Feedback]]:
    """(the row with participant/assessor/scheme ids and number, the feedback) of every AK.03."""
    return list(each_feedback(edb))


def each_feedback(edb: EventDB) -> Iterator[tuple[dict[str, Any], Feedback]]:
    """:func:`all_feedback` one form at a time (the export: not every form parsed at once, #25)."""
    return ((row, _feedback(row)) for row in store.feedback_rows(edb))


def candidates(edb: EventDB) -> list[tuple[str, int, str]]:
    """(assessment id, participant number, name) whose FR.AK.03 is open and not filled yet."""
    return store.feedback_candidates(edb)
