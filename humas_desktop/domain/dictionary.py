"""The data dictionary of the event file: every table and column, its owner and its guarantees.

This is the one place that says which data is audited and replayed by ``check``, carried in the
hand-out and back in results, owned by whom, covered by the sign-off receipt, frozen after sign-off
or close, and erased by purge. Every mechanism reads it (``services/integrity.py``,
``services/handout.py``, ``services/merge.py``, ``services/purge.py``, ``services/close_session.py``,
``storage/repository.py``), and ``tests/domain/test_dictionary.py`` generates one test per column
and mechanism from it. A table or column in a file that is not declared here fails ``check``.

Owners:

* ``coordinator`` — the coordinator's laptop writes it; a results package never changes it
  (identity, roster, scheme, assignments, decisions, certificates);
* ``assessor`` — the assessor a participant is assigned to (scores, consent, sign-off, attendance);
* ``derived`` — the app computes it from other data (receipt codes, signatures, numbers);
* ``system`` — bookkeeping that is not a fact of the assessment (sync columns, package records).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from reprlib import recursive_repr
from typing import Any


class Owner(StrEnum):
    COORDINATOR = "coordinator"
    ASSESSOR = "assessor"
    DERIVED = "derived"
    SYSTEM = "system"


class Purge(StrEnum):
    KEEP = "keep"  # kept for anonymous statistics
    BLANK = "blank"  # set to ''
    NULL = "null"  # set to NULL
    PSEUDONYM = "pseudonym"  # 'Asesi NNNN' (the participant's number)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Column:
    name: str
    owner: Owner
    personal: bool = False  # personal data (UU PDP): never in the audit log in clear, erased by purge
    audited: bool = True  # every change logged in the hash chain and replayed by ``check``
    receipt: bool = False  # covered by the assessor's signed sign-off receipt
    frozen_signoff: bool = False  # unchangeable once the participant has a signed assessment
    frozen_close: bool = True  # unchangeable once the event is closed
    purge: Purge = Purge.KEEP

    def __init__(self, name: str, owner: Owner, personal: bool = False, audited: bool = True,
                 receipt: bool = False, frozen_signoff: bool = False, frozen_close: bool = True,
                 purge: Purge = Purge.KEEP) -> None:
        _set = object.__setattr__  # frozen: as @dataclass(frozen=True) sets them
        _set(self, "name", name)
        _set(self, "owner", owner)
        _set(self, "personal", personal)
        _set(self, "audited", audited)
        _set(self, "receipt", receipt)
        _set(self, "frozen_signoff", frozen_signoff)
        _set(self, "frozen_close", frozen_close)
        _set(self, "purge", purge)

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(name={self.name!r}, owner={self.owner!r}, "
                f"personal={self.personal!r}, audited={self.audited!r}, receipt={self.receipt!r}, "
                f"frozen_signoff={self.frozen_signoff!r}, frozen_close={self.frozen_close!r}, "
                f"purge={self.purge!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.name, self.owner, self.personal, self.audited, self.receipt, self.frozen_signoff,
                self.frozen_close, self.purge)
        theirs = (other.name, other.owner, other.personal, other.audited, other.receipt,
                  other.frozen_signoff, other.frozen_close, other.purge)
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self.name, self.owner, self.personal, self.audited, self.receipt, self.frozen_signoff,
                    self.frozen_close, self.purge))


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Table:
    name: str
    columns: tuple[Column, ...]
    audited: bool  # inserts, updates and deletes go through the audit log; ``check`` replays them
    handout: bool  # travels in the hand-out package (rows of the assessor's participants)
    results: bool  # travels back in results packages and may be merged
    sync: bool = True  # has the sync columns (created_at, updated_at, device_id, written_by, revision)
    # How a row belongs to a participant: 'id' (the participant itself), 'participant_id',
    # 'assessment_id' (through its assessment), or '' (belongs to the event as a whole).
    participant_link: str = ""
    natural_key: tuple[str, ...] = ()  # unique besides the id (merge matches rows by it)

    def __init__(self, name: str, columns: tuple[Column, ...], audited: bool, handout: bool, results: bool,
                 sync: bool = True, participant_link: str = "", natural_key: tuple[str, ...] = ()) -> None:
        _set = object.__setattr__  # frozen: as @dataclass(frozen=True) sets them
        _set(self, "name", name)
        _set(self, "columns", columns)
        _set(self, "audited", audited)
        _set(self, "handout", handout)
        _set(self, "results", results)
        _set(self, "sync", sync)
        _set(self, "participant_link", participant_link)
        _set(self, "natural_key", natural_key)

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(name={self.name!r}, columns={self.columns!r}, "
                f"audited={self.audited!r}, handout={self.handout!r}, results={self.results!r}, "
                f"sync={self.sync!r}, participant_link={self.participant_link!r}, "
                f"natural_key={self.natural_key!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.name, self.columns, self.audited, self.handout, self.results, self.sync,
                self.participant_link, self.natural_key)
        theirs = (other.name, other.columns, other.audited, other.handout, other.results, other.sync,
                  other.participant_link, other.natural_key)
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self.name, self.columns, self.audited, self.handout, self.results, self.sync,
                    self.participant_link, self.natural_key))

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.name}.{name}")

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def names(self, **flags: object) -> tuple[str, ...]:
        """Columns whose attributes equal ``flags`` (e.g. ``names(personal=True)``)."""
        return tuple(c.name for c in self.columns
                     if all(getattr(c, k) == v for k, v in flags.items()))


SYNC_COLUMNS = ("created_at", "updated_at", "device_id", "written_by", "revision")
_C, _A, _D, _S = Owner.COORDINATOR, Owner.ASSESSOR, Owner.DERIVED, Owner.SYSTEM


def _cols(owner: Owner, *names: str, **flags: object) -> tuple[Column, ...]:
    return tuple(Column(n, owner, **flags) for n in names)  # type: ignore[arg-type]


def _identity(name: str, purge: Purge = Purge.BLANK, receipt: bool = False) -> Column:
    return Column(name, _C, personal=True, receipt=receipt, frozen_signoff=True, purge=purge)


_SYNC = _cols(_S, *SYNC_COLUMNS, audited=False)

TABLES: tuple[Table, ...] = (
    Table("settings", _cols(_S, "key", "value", audited=False), audited=False, handout=False,
          results=False, sync=False),
    Table("event", (
        *_cols(_C, "id", "name", "lsp_name", "lsp_license", "tuk_name", "tuk_type", "city",
               "start_date", "end_date", "purpose", "retention_until"),
        Column("status", _C, frozen_close=False),  # reopen with a reason
        *_SYNC), audited=True, handout=True, results=False),
    Table("scheme", (
        *_cols(_C, "id", "code", "title_id", "title_en", "scheme_type", "field_id", "field_en",
               "level", "kbli", "kbji", "version", "is_example", "source_sha256", "validity_years",
               "wording"),  # the scheme's own form wording (issue 26)
        *_SYNC), audited=True, handout=True, results=False),
    Table("unit", _cols(_C, "id", "scheme_id", "position", "code", "title_id", "title_en",
                        "standard_type"), audited=True, handout=True, results=False, sync=False),
    Table("element", _cols(_C, "id", "unit_id", "position", "number", "title"),
          audited=True, handout=True, results=False, sync=False),
    Table("criterion", _cols(_C, "id", "element_id", "position", "number", "text"),
          audited=True, handout=True, results=False, sync=False),
    Table("question", _cols(_C, "id", "scheme_id", "unit_id", "element_id", "position", "kind",
                            "text", "model_answer", "text_en"),
          audited=True, handout=True, results=False, sync=False),
    Table("assessor", (*_cols(_C, "id", "name", "met_number", "key_fingerprint"), *_SYNC),
          audited=True, handout=True, results=False),
    Table("participant", (
        Column("id", _C),
        Column("number", _C),
        _identity("name", Purge.PSEUDONYM, receipt=True),
        _identity("certificate_name", receipt=True),
        _identity("nik", receipt=True),
        _identity("birth_place"),
        _identity("birth_date", Purge.NULL),
        Column("gender", _C, frozen_signoff=True),
        Column("nationality", _C),
        _identity("address"),
        _identity("postal_code"),
        _identity("phone"),
        _identity("email"),
        Column("education", _C),
        _identity("institution"),
        _identity("job_title"),
        _identity("office_address"),
        _identity("nip"),
        _identity("rank_grade"),
        _identity("work_unit"),
        Column("scheme_id", _C, frozen_signoff=True),
        Column("attendance", _A),  # the assessor records who came
        _identity("city_code"),
        Column("province_code", _C),
        Column("education_code", _C),
        Column("occupation_code", _C),
        _identity("regency"),
        # Random salt of the identity digest a sign-off receipt covers (blank after purge: the
        # digest then names nobody).
        Column("identity_salt", _D, frozen_signoff=True, purge=Purge.BLANK),
        *_SYNC), audited=True, handout=True, results=True, participant_link="id"),
    Table("assignment", (*_cols(_C, "id", "participant_id", "assessor_id", "role"), *_SYNC),
          audited=True, handout=True, results=False, participant_link="participant_id",
          natural_key=("participant_id", "assessor_id")),
    Table("assessment", (
        *_cols(_A, "id"),
        *_cols(_A, "participant_id", "assessor_id", "scheme_id", "status", "consent_at",
               "overall_recommendation", "override_reason", "follow_up", "comments", "signed_at",
               "signed_name", "signed_met", receipt=True),
        *_cols(_A, "timer_seconds", "timer_started_at"),
        *_cols(_D, "signature", "receipt_code"),
        *_SYNC), audited=True, handout=True, results=True, participant_link="participant_id",
          natural_key=("participant_id", "assessor_id", "scheme_id")),
    Table("evidence_item", (
        *_cols(_A, "id", "unit_id", "position", "name", "valid", "asli", "terkini", "memadai",
               "removed", receipt=True),
        Column("assessment_id", _A),
        *_SYNC), audited=True, handout=True, results=True, participant_link="assessment_id"),
    Table("answer", (
        Column("id", _A), Column("assessment_id", _A),
        *_cols(_A, "question_id", "summary", "verdict", receipt=True),
        *_SYNC), audited=True, handout=True, results=True, participant_link="assessment_id",
          natural_key=("assessment_id", "question_id")),
    Table("unit_result", (
        Column("id", _A), Column("assessment_id", _A),
        *_cols(_A, "unit_id", "recommendation", "evidence_types", "notes", receipt=True),
        *_SYNC), audited=True, handout=True, results=True, participant_link="assessment_id",
          natural_key=("assessment_id", "unit_id")),
    Table("decision", (*_cols(_C, "id", "participant_id", "scheme_id", "result", "plenary_date",
                              "sk_number", "decided_by"), *_SYNC),
          audited=True, handout=False, results=False, participant_link="participant_id",
          natural_key=("participant_id", "scheme_id")),
    Table("certificate", (
        *_cols(_D, "id", "participant_id", "scheme_id", "decision_id", "number",
               "registration_number", "issue_date", "valid_until", "verification_code"),
        # The actions defined for a closed event: the BNSP blanko it was printed on, voiding.
        *_cols(_C, "voided", "void_reason", "blanko_serial", frozen_close=False),
        *_SYNC), audited=True, handout=False, results=False, participant_link="participant_id"),
    Table("number_sequence", _cols(_S, "name", "year", "last_value", audited=False),
          audited=False, handout=False, results=False, sync=False),
    Table("audit", _cols(_S, "seq", "id", "at", "actor", "device_id", "entity", "entity_id",
                         "field", "old", "new", "reason", "prev_hash", "hash", audited=False),
          audited=False, handout=False, results=True, sync=False),
    Table("merge_conflict", (
        *_cols(_S, "id", "kind", "entity", "entity_id", "participant_id", "assessor_id",
               "package_id", "incoming_hash", "detected_at", "status", "resolution", "reason",
               "resolved_by", "resolved_at", audited=False),
        # Whole rows as they stood on two laptops: participants' identity among them.
        *_cols(_S, "local_json", "incoming_json", audited=False, personal=True, purge=Purge.BLANK),
    ), audited=False, handout=False, results=False, sync=False),
    Table("applied_package", _cols(_S, "package_id", "kind", "assessor_id", "device_id",
                                   "file_sha256", "applied_at", "report_json", audited=False),
          audited=False, handout=False, results=False, sync=False),
    Table("handout_record", _cols(_S, "package_id", "assessor_id", "created_at", "rows_json",
                                  audited=False),
          audited=False, handout=False, results=False, sync=False),
    Table("completeness_mark", (*_cols(_C, "id", "participant_id", "assessor_id", "status",
                                       "reason"), *_SYNC),
          audited=True, handout=True, results=False, participant_link="participant_id",
          natural_key=("participant_id", "assessor_id")),
    Table("signoff", (*_cols(_D, "id", "assessment_id", "audit_seq", "statement", "signature",
                             "public_key", "receipt_code"), *_SYNC),
          audited=True, handout=True, results=True, participant_link="assessment_id"),
    Table("report_note", (*_cols(_A, "id", "assessor_id", "scheme_id", "aspects", "rejections",
                                 "improvements", "notes"), *_SYNC),
          audited=True, handout=True, results=True, natural_key=("assessor_id", "scheme_id")),
    # FR.AK.03: the participant's feedback, filled on the assessor's laptop after the
    # recommendation (issue 26). The statements are the wording it was filled with; the answers
    # (ya/tidak) stay for anonymous statistics (AK.06), the participant's words and mark go.
    Table("feedback", (
        *_cols(_A, "id", "assessment_id", "wording_version", "statements", "answers", "signed_at"),
        *_cols(_A, "comments", "other_comments", "signed_name", personal=True, purge=Purge.BLANK),
        *_SYNC), audited=True, handout=True, results=True, participant_link="assessment_id",
          natural_key=("assessment_id",)),
    # FR.AK.01: the assessor's declaration of impartiality and confidentiality towards this
    # participant, with the consent; no scoring without both (services/scoring_rules.py).
    Table("impartiality", (
        *_cols(_A, "id", "assessment_id", "wording_version", "statement", "signed_name",
               "signed_met", "signed_at"),
        *_SYNC), audited=True, handout=True, results=True, participant_link="assessment_id",
          natural_key=("assessment_id",)),
    # FR.APL.01 as received: what the roster does not hold (tujuan asesmen, the office's and
    # home's contacts, the documents checked, the LSP's Diterima). The coordinator's; it travels
    # to the assessor laptop, never back.
    Table("apl01", (
        *_cols(_C, "id", "participant_id", "purpose", "recommendation", "applied_on",
               "admin_name", "admin_signed_on"),
        *_cols(_C, "purpose_other", "home_phone", "office_phone", "office_postal_code",
               "office_fax", "office_email", "documents", "notes", personal=True,
               purge=Purge.BLANK),
        *_SYNC), audited=True, handout=True, results=False, participant_link="participant_id",
          natural_key=("participant_id",)),
    # FR.APL.02: the asesi's self-assessment per unit (K/BK, evidence) and the assigned
    # assessor's review ("asesmen dapat / tidak dapat dilanjutkan"); a unit that cannot go on is
    # not scored (services/scoring_rules.py). Back in results.
    Table("apl02", (
        *_cols(_A, "id", "assessment_id", "unit_id", "self_assessment", "recommendation",
               "asesi_signed_on", "reviewed_name", "reviewed_met", "reviewed_at"),
        Column("evidence", _A, personal=True, purge=Purge.BLANK),
        *_SYNC), audited=True, handout=True, results=True, participant_link="assessment_id",
          natural_key=("assessment_id", "unit_id")),
    # FR.AK.01 as the form is: evidence methods, TUK, date and time agreed, the asesi's and the
    # assessor's signatures, the statements snapshotted. No scoring without it.
    Table("ak01", (
        *_cols(_A, "id", "assessment_id", "wording_version", "statements", "methods", "tuk_type",
               "tuk_name", "agreed_date", "agreed_time", "asesi_signed_at", "assessor_name",
               "assessor_met", "assessor_signed_at"),
        Column("asesi_name", _A, personal=True, purge=Purge.BLANK),
        *_SYNC,
        # 0012: what the evidence method "Lainnya" is (a method, not the participant's data).
        Column("other_method", _A)), audited=True, handout=True, results=True,
          participant_link="assessment_id", natural_key=("assessment_id",)),
    # FR.AK.04: an appeal as a case the LSP tracks (received, window, team, decision with SK).
    Table("appeal", (
        *_cols(_C, "id", "participant_id", "scheme_id", "assessment_id", "wording_version",
               "questions", "answers", "received_on", "window_days", "team", "status",
               "outcome", "sk_number", "decided_on"),
        *_cols(_C, "reason", "decision_notes", personal=True, purge=Purge.BLANK),
        *_SYNC,
        # 0011: the re-assessment the case ordered (an assessment of the same participant).
        Column("reassessment_id", _C)), audited=True, handout=False, results=False,
          participant_link="participant_id"),
    # FR.AK.06: the lead assessor's review of the event, one per scheme, written at the
    # coordinator's laptop after the assessments; the day's facts it was prefilled with (methods,
    # AK.03 "Tidak" counts and decisions per assessor, counts only: no participant in them) and
    # the wording are snapshotted. Belongs to the event, not to a participant.
    # FR.AK.06 and FR.VA are records of after the event: written (and revised) once the event is
    # closed too, without reopening it (every column open after close).
    Table("review", (
        *_cols(_C, "id", "scheme_id", "wording_version", "wording", "facts", "principles",
               "principles_recommendation", "dimensions", "dimensions_recommendation",
               "reviewer_name", "reviewer_met", "reviewed_on", "comments", frozen_close=False),
        *_SYNC), audited=True, handout=False, results=False, natural_key=("scheme_id",)),
    # FR.VA: validation by two validators, one per scheme and period (before, during or after the
    # assessment): the LSP's staff and the aspects against the evidence rules and the principles,
    # the findings and the improvement plan. No participant's data.
    Table("validation", (
        *_cols(_C, "id", "scheme_id", "period", "wording_version", "wording", "validators",
               "validated_on", "place", "purposes", "contexts", "approaches", "people",
               "benchmarks", "communication", "aspects", "findings", "plan", frozen_close=False),
        *_SYNC), audited=True, handout=False, results=False, natural_key=("scheme_id", "period")),
)

BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
# SQLite's own bookkeeping (AUTOINCREMENT of the audit log): not data.
INTERNAL_TABLES = frozenset({"sqlite_sequence"})
# The only code the event file may carry: the audit log's append-only guards. No views.
TRIGGERS = frozenset({"audit_no_update", "audit_no_delete"})


def table(name: str) -> Table:
    return BY_NAME[name]


def table_names(**flags: object) -> tuple[str, ...]:
    """Tables whose attributes equal ``flags``, in declaration order (parents before children)."""
    return tuple(t.name for t in TABLES if all(getattr(t, k) == v for k, v in flags.items()))


def audited_tables() -> tuple[str, ...]:
    return table_names(audited=True)


def replayed_columns(name: str) -> tuple[str, ...]:
    """Columns of an audited table that ``check`` compares with the replayed log (not ``id``)."""
    return tuple(c.name for c in BY_NAME[name].columns if c.audited and c.name != "id")


def personal_columns(name: str) -> frozenset[str]:
    return frozenset(BY_NAME[name].names(personal=True)) if name in BY_NAME else frozenset()


def purge_plan() -> dict[str, dict[str, Purge]]:
    """{table: {column: how}} of every column purge erases."""
    out: dict[str, dict[str, Purge]] = {}
    for t in TABLES:
        cols: dict[str, Purge] = {c.name: c.purge for c in t.columns if c.purge is not Purge.KEEP}
        if cols:
            out[t.name] = cols
    return out


def receipt_columns(name: str) -> tuple[str, ...]:
    return BY_NAME[name].names(receipt=True)


def owner(name: str, column: str) -> Owner:
    return BY_NAME[name].column(column).owner


def frozen_after_close(name: str, column: str) -> bool:
    t = BY_NAME.get(name)
    if t is None or not t.audited:
        return False
    return column in t.column_names and t.column(column).frozen_close


def rows_after_close(name: str) -> bool:
    """Whether rows of ``name`` may still be added or removed once the event is closed: a record
    of after the event (every audited column of it stays open after close)."""
    t = BY_NAME.get(name)
    return t is not None and t.audited and not t.names(audited=True, frozen_close=True)


def closed_event_columns(name: str) -> frozenset[str]:
    """Columns of ``name`` that may still change once the event is closed."""
    t = BY_NAME.get(name)
    return frozenset() if t is None else frozenset(t.names(frozen_close=False))
