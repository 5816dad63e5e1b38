"""FR.AK.06 (the review of the assessment process) and FR.VA (validation) of an event (issue 26).

FR.AK.06 is made after the assessments by the lead assessor (or an assessor of the event), one per
scheme. It is prefilled with the day's facts read from the event, computed here and snapshotted
into the record with the wording it was filled with: the evidence methods used (FR.AK.02 ticks),
the FR.AK.03 "Tidak" answers per statement per assessor, and the recommendations and plenary
decisions per assessor. The reviewer adds their own findings: the stages of the procedure against
the principles, the competency dimensions, the recommendations for improvement and comments.

FR.VA is made by two validators, one per scheme and period (before, during or after the
assessment): the purpose, context and approach, the people consulted, the benchmarks, the
aspects against the evidence rules and the principles, the findings with their recommendations
and the improvement plan. The choices offered are the LSP's wording (data): an answer outside it
is refused. Both are the coordinator's (they belong to the event, not to a participant) and are
written through the audited path while the event is open.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import new_id
from humas_desktop.formats.forms_wording import (
    Ak06Wording,
    VaWording,
    Wording,
    parse_ak06,
    parse_va,
)
from humas_desktop.formats.forms_wording import wording_for as wording_for  # tests read it
from humas_desktop.services import form_wording
from humas_desktop.services.workspace import ensure_coordinator_file
from humas_desktop.storage import repository as repo
from humas_desktop.storage import review_store as store
from humas_desktop.storage.db import EventDB

MAX_TEXT = 2000
# The FR.AK.02 evidence kinds as the form's methods are named (EvidenceType values).
METHOD_LABELS = {
    "observasi": "Observasi demonstrasi", "portofolio": "Portofolio",
    "pihak_ketiga": "Pernyataan pihak ketiga", "wawancara": "Pertanyaan wawancara",
    "lisan": "Pertanyaan lisan", "tertulis": "Pertanyaan tertulis", "proyek": "Proyek kerja",
    "lainnya": "Lainnya",
}
PERIODS = ("sebelum", "pada_saat", "setelah")  # stored keys; labels are the wording's periods


# --- the day's facts -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class AssessorFacts:
    assessor: str
    assessed: int  # signed assessments
    recommended_k: int
    recommended_bk: int
    decided_k: int  # the plenary's decisions of the assessor's participants
    decided_bk: int
    feedback_filled: int  # FR.AK.03 forms filled
    tidak: tuple[int, ...]  # "Tidak" answers per FR.AK.03 statement


@dataclass(frozen=True, slots=True)
class DayFacts:
    """What the event says about the day, counts only (no participant is named)."""

    methods: tuple[tuple[str, int], ...]  # (method, assessments that used it)
    statements: tuple[str, ...]  # the FR.AK.03 statements the counts are of
    assessors: tuple[AssessorFacts, ...]

    def as_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @staticmethod
    def from_json(text: str) -> DayFacts:
        raw = json.loads(text)
        return DayFacts(tuple((str(m), int(n)) for m, n in raw["methods"]),
                        tuple(raw["statements"]),
                        tuple(AssessorFacts(**{**a, "tidak": tuple(a["tidak"])})
                              for a in raw["assessors"]))


def day_facts(edb: EventDB, scheme_id: str) -> DayFacts:
    """The facts FR.AK.06 is prefilled with, read from the scheme's signed assessments, their
    FR.AK.03 and the plenary's decisions."""
    signed = store.signed_assessments(edb, scheme_id)
    by_assessment: dict[str, set[str]] = {}
    for aid, raw in store.evidence_types_of(edb, scheme_id):
        by_assessment.setdefault(aid, set()).update(json.loads(raw or "[]"))
    used = Counter(kind for kinds in by_assessment.values() for kind in kinds)
    methods = tuple((label, used[key]) for key, label in METHOD_LABELS.items() if used[key])
    statements = tuple(form_wording.for_scheme(edb, scheme_id).ak03_statements)
    feedback: dict[str, list[tuple[list[str], list[str]]]] = {}
    for name, stmts_json, answers_json in store.feedback_answers(edb, scheme_id):
        feedback.setdefault(name, []).append((json.loads(stmts_json), json.loads(answers_json)))
    decided = store.decisions_of(edb, scheme_id)
    names = sorted({r["assessor_name"] for r in signed} | set(feedback))
    rows = []
    for name in names:
        mine = [r for r in signed if r["assessor_name"] == name]
        tidak = [0] * len(statements)
        for stmts, answers in feedback.get(name, []):
            for stmt, answer in zip(stmts, answers, strict=False):
                # Counted against today's statement of the same text (a record filled with an
                # older wording counts where its statement still exists).
                if answer == "tidak" and stmt in statements:
                    tidak[statements.index(stmt)] += 1
        people = {r["participant_id"] for r in mine}
        rows.append(AssessorFacts(
            name, len(mine), sum(1 for r in mine if r["overall_recommendation"] == "K"),
            sum(1 for r in mine if r["overall_recommendation"] == "BK"),
            sum(1 for p in people if decided.get(p) == "K"),
            sum(1 for p in people if decided.get(p) == "BK"),
            len(feedback.get(name, [])), tuple(tidak)))
    return DayFacts(methods, statements, tuple(rows))


# --- FR.AK.06 --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Review:
    id: str
    scheme_id: str
    wording_version: str
    wording: Ak06Wording
    facts: DayFacts
    principles: tuple[tuple[bool, ...], ...]  # per stage, per principle
    principles_recommendation: str
    dimensions: tuple[bool, ...]
    dimensions_recommendation: str
    reviewer_name: str
    reviewer_met: str
    reviewed_on: date
    comments: str


def wording(edb: EventDB, scheme_id: str | None = None) -> Wording:
    """The scheme's own wording, else the event's, else the shipped one."""
    return form_wording.for_scheme(edb, scheme_id)


def ak06_wording(edb: EventDB, scheme_id: str | None = None) -> Ak06Wording:
    words = wording(edb, scheme_id).ak06
    if words is None:  # wording_for always fills it; said rather than assumed
        raise DomainError("forms_wording_invalid", where="ak06")
    return words


def va_wording(edb: EventDB, scheme_id: str | None = None) -> VaWording:
    words = wording(edb, scheme_id).va
    if words is None:
        raise DomainError("forms_wording_invalid", where="va")
    return words


def _clean(text: str, code: str = "review_text_too_long") -> str:
    out = text.strip()
    if len(out) > MAX_TEXT:
        raise DomainError(code, limit=MAX_TEXT)
    return out


def _name(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _ensure_results(edb: EventDB, scheme_id: str) -> None:
    # No open-event gate: FR.AK.06 reviews the event after it, closed or not (the data
    # dictionary keeps every other table of a closed event shut).
    if not store.signed_assessments(edb, scheme_id):
        raise DomainError("review_before_results")


def _grid(rows: Sequence[Sequence[bool]], height: int, width: int, where: str) -> list[list[bool]]:
    if len(rows) != height or any(len(r) != width for r in rows):
        raise DomainError("review_grid_shape", where=where, rows=height, columns=width)
    return [[bool(v) for v in r] for r in rows]


def _upsert(edb: EventDB, table: str, existing: dict[str, Any] | None, key: dict[str, Any],
            values: dict[str, Any], reason_new: str, reason_revised: str) -> str:
    """Revise the record ``existing`` (audited) or add it with ``key``; its id either way."""
    if existing is not None:
        repo.audited_update(edb, table, str(existing["id"]), values, reason=reason_revised)
        return str(existing["id"])
    row_id = new_id()
    repo.audited_insert(edb, table, {"id": row_id, **key, **values}, reason=reason_new)
    return row_id


def record_review(edb: EventDB, scheme_id: str, *, principles: Sequence[Sequence[bool]],
                  dimensions: Sequence[bool], reviewer_name: str, reviewed_on: date,
                  principles_recommendation: str = "", dimensions_recommendation: str = "",
                  reviewer_met: str = "", comments: str = "") -> str:
    """Record (or revise) the scheme's FR.AK.06 with the day's facts as they stand now."""
    ensure_coordinator_file(edb, "FR.AK.06")  # the LSP's record: it never travels back
    with edb.atomic():
        _ensure_results(edb, scheme_id)
        words = wording(edb, scheme_id)
        ak06 = ak06_wording(edb, scheme_id)
        grid = _grid(principles, len(ak06.stages), len(ak06.principles), "principles")
        dims = _grid([dimensions], 1, len(ak06.dimensions), "dimensions")[0]
        name = _name(reviewer_name)
        if not name:
            raise DomainError("review_reviewer_missing")
        values = {
            "wording_version": words.version,
            "wording": json.dumps(asdict(ak06), ensure_ascii=False),
            "facts": day_facts(edb, scheme_id).as_json(),
            "principles": json.dumps(grid), "dimensions": json.dumps(dims),
            "principles_recommendation": _clean(principles_recommendation),
            "dimensions_recommendation": _clean(dimensions_recommendation),
            "reviewer_name": name, "reviewer_met": _name(reviewer_met),
            "reviewed_on": reviewed_on.isoformat(), "comments": _clean(comments)}
        return _upsert(edb, "review", store.review_of(edb, scheme_id), {"scheme_id": scheme_id},
                       values, "FR.AK.06 peninjauan proses asesmen", "FR.AK.06 diperbarui")


def _ak06_wording(raw: str) -> Ak06Wording:
    words = parse_ak06(json.loads(raw))
    if words is None:
        raise DomainError("forms_wording_invalid", where="ak06")
    return words


def _review(row: dict[str, Any]) -> Review:
    return Review(
        str(row["id"]), str(row["scheme_id"]), str(row["wording_version"]),
        _ak06_wording(row["wording"]), DayFacts.from_json(row["facts"]),
        tuple(tuple(r) for r in json.loads(row["principles"])),
        str(row["principles_recommendation"]), tuple(json.loads(row["dimensions"])),
        str(row["dimensions_recommendation"]), str(row["reviewer_name"]), str(row["reviewer_met"]),
        date.fromisoformat(str(row["reviewed_on"])), str(row["comments"]))


def get_review(edb: EventDB, scheme_id: str) -> Review | None:
    row = store.review_of(edb, scheme_id)
    return None if row is None else _review(row)


def all_reviews(edb: EventDB) -> list[Review]:
    return [_review(r) for r in store.review_rows(edb)]


# --- FR.VA -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Person:
    role: str  # one of the wording's people
    name: str
    result: str  # "Hasil konfirmasi/diskusi"


@dataclass(frozen=True, slots=True)
class AspectScore:
    rules: tuple[bool, ...]  # per evidence rule (V, A, T, M)
    principles: tuple[bool, ...]  # per principle (V, R, F, Adil)


@dataclass(frozen=True, slots=True)
class Finding:
    finding: str
    recommendation: str


@dataclass(frozen=True, slots=True)
class PlanItem:
    activity: str  # "Kegiatan perbaikan"
    due: str  # "Waktu penyelesaian"
    responsible: str  # "Penanggungjawab"


@dataclass(frozen=True, slots=True)
class ValidationInput:
    validators: tuple[str, ...]
    validated_on: date
    place: str
    period: str  # one of PERIODS
    purposes: tuple[str, ...] = ()  # wording choices; "Lainnya: ..." for one of its own
    contexts: tuple[str, ...] = ()
    approaches: tuple[str, ...] = ()
    people: tuple[Person, ...] = ()
    benchmarks: tuple[str, ...] = ()
    communication: tuple[str, ...] = ()
    aspects: tuple[AspectScore, ...] = ()
    findings: tuple[Finding, ...] = ()
    plan: tuple[PlanItem, ...] = ()


@dataclass(frozen=True, slots=True)
class Validation:
    id: str
    scheme_id: str
    wording_version: str
    wording: VaWording
    data: ValidationInput

    @property
    def period_label(self) -> str:
        return self.wording.periods[PERIODS.index(self.data.period)]


OTHER = "Lainnya: "


def _choices(values: Sequence[str], offered: Sequence[str], where: str) -> list[str]:
    out: list[str] = []
    for value in values:
        text = _name(value)
        if text.startswith(OTHER) and len(text) > len(OTHER):
            out.append(text[:MAX_TEXT])
        elif text in offered:
            out.append(text)
        else:
            raise DomainError("validation_choice_unknown", where=where, value=text[:80])
    return list(dict.fromkeys(out))


def _validate(v: ValidationInput, words: VaWording) -> dict[str, Any]:
    validators = [_name(n) for n in v.validators if _name(n)]
    if len(validators) != 2 or len({n.casefold() for n in validators}) != 2:
        raise DomainError("validation_two_validators")
    if v.period not in PERIODS:
        raise DomainError("validation_period_invalid")
    if not _name(v.place):
        raise DomainError("validation_place_missing")
    people = []
    for p in v.people:
        if p.role not in words.people:
            raise DomainError("validation_choice_unknown", where="people", value=p.role[:80])
        if _name(p.name):
            people.append({"role": p.role, "name": _name(p.name), "result": _clean(p.result)})
    if not any(p["role"] == words.required_person for p in people):
        raise DomainError("validation_required_person", role=words.required_person)
    aspects = _grid([[*a.rules, *a.principles] for a in v.aspects], len(words.aspects),
                    len(words.evidence_rules) + len(words.principles), "aspects")
    findings = [{"finding": _clean(f.finding), "recommendation": _clean(f.recommendation)}
                for f in v.findings if f.finding.strip() or f.recommendation.strip()]
    if any(not f["finding"] for f in findings):
        raise DomainError("validation_row_incomplete", where="findings")
    plan = [{"activity": _clean(i.activity), "due": _clean(i.due),
             "responsible": _name(i.responsible)} for i in v.plan
            if i.activity.strip() or i.due.strip() or i.responsible.strip()]
    if any(not (i["activity"] and i["due"] and i["responsible"]) for i in plan):
        raise DomainError("validation_row_incomplete", where="plan")
    if findings and not plan:
        raise DomainError("validation_plan_missing")
    dump = json.dumps
    return {
        "validators": dump(validators, ensure_ascii=False),
        "validated_on": v.validated_on.isoformat(), "place": _name(v.place), "period": v.period,
        "purposes": dump(_choices(v.purposes, words.purposes, "purposes"), ensure_ascii=False),
        "contexts": dump(_choices(v.contexts, words.contexts, "contexts"), ensure_ascii=False),
        "approaches": dump(_choices(v.approaches, words.approaches, "approaches"),
                           ensure_ascii=False),
        "people": dump(people, ensure_ascii=False),
        "benchmarks": dump(_choices(v.benchmarks, words.benchmarks, "benchmarks"),
                           ensure_ascii=False),
        "communication": dump(_choices(v.communication, words.communication, "communication"),
                              ensure_ascii=False),
        "aspects": dump(aspects), "findings": dump(findings, ensure_ascii=False),
        "plan": dump(plan, ensure_ascii=False)}


def record_validation(edb: EventDB, scheme_id: str, v: ValidationInput) -> str:
    """Record (or revise) the scheme's FR.VA of ``v.period``."""
    ensure_coordinator_file(edb, "FR.VA")  # the LSP's record: it never travels back
    with edb.atomic():  # FR.VA after the event: a closed event takes it too (the dictionary)
        if v.period == "setelah" and not store.signed_assessments(edb, scheme_id):
            raise DomainError("review_before_results")
        words, va = wording(edb, scheme_id), va_wording(edb, scheme_id)
        values = {**_validate(v, va), "wording_version": words.version,
                  "wording": json.dumps(asdict(va), ensure_ascii=False)}
        return _upsert(edb, "validation", store.validation_of(edb, scheme_id, v.period),
                       {"scheme_id": scheme_id}, values, "FR.VA validasi asesmen",
                       "FR.VA diperbarui")


def _va_wording(raw: str) -> VaWording:
    words = parse_va(json.loads(raw))
    if words is None:
        raise DomainError("forms_wording_invalid", where="va")
    return words


def _validation(row: dict[str, Any]) -> Validation:
    j = json.loads
    words = _va_wording(row["wording"])
    rules = len(words.evidence_rules)  # the aspects' columns as the snapshotted wording had them
    data = ValidationInput(
        tuple(j(row["validators"])), date.fromisoformat(str(row["validated_on"])),
        str(row["place"]), str(row["period"]), tuple(j(row["purposes"])),
        tuple(j(row["contexts"])), tuple(j(row["approaches"])),
        tuple(Person(**p) for p in j(row["people"])), tuple(j(row["benchmarks"])),
        tuple(j(row["communication"])),
        tuple(AspectScore(tuple(a[:rules]), tuple(a[rules:])) for a in j(row["aspects"])),
        tuple(Finding(**f) for f in j(row["findings"])), tuple(PlanItem(**i) for i in j(row["plan"])))
    return Validation(str(row["id"]), str(row["scheme_id"]), str(row["wording_version"]), words, data)


def get_validation(edb: EventDB, scheme_id: str, period: str) -> Validation | None:
    row = store.validation_of(edb, scheme_id, period)
    return None if row is None else _validation(row)


def all_validations(edb: EventDB) -> list[Validation]:
    return [_validation(r) for r in store.validation_rows(edb)]


def schemes(edb: EventDB) -> list[tuple[str, str]]:
    """(scheme id, "title (code)") of the event's schemes."""
    return [(s.id, f"{s.title_id} ({s.code})") for s in repo.load_schemes(edb)]


def assessor_names(edb: EventDB) -> list[tuple[str, str]]:
    """(name, MET number) of the event's assessors: the reviewer is usually one of them."""
    return [(a.name, a.met_number) for a in repo.list_assessors(edb)]
