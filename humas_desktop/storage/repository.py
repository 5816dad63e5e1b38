"""Rows <-> domain objects for the event file. Every write is one transaction; assessment
writes also append to the audit log inside the same transaction."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any

from humas_desktop.domain import dictionary
from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import (
    Answer,
    Assessment,
    AssessmentStatus,
    Assessor,
    AssignmentRole,
    Attendance,
    Certificate,
    Criterion,
    Decision,
    Element,
    Event,
    EventStatus,
    EvidenceItem,
    EvidenceType,
    Gender,
    Participant,
    Purpose,
    Question,
    QuestionKind,
    ReportNote,
    Scheme,
    SchemeType,
    TukType,
    Unit,
    UnitResult,
    Verdict,
    new_id,
)
from humas_desktop.storage import audit
from humas_desktop.storage.db import EventDB, now_iso


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _sync(edb: EventDB) -> dict[str, Any]:
    now = now_iso()
    return {"created_at": now, "updated_at": now, "device_id": edb.device_id,
            "written_by": edb.actor}


def rows_as_dicts(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    """Rows of a query as column-name dictionaries."""
    cur = conn.execute(sql, tuple(params))
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


_rows = rows_as_dicts


def _insert(conn: sqlite3.Connection, table: str, values: Mapping[str, Any]) -> None:
    cols = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(values.values()))


# --- event -----------------------------------------------------------------------------------

def save_event(edb: EventDB, event: Event) -> None:
    values = {
        "id": event.id, "name": event.name, "lsp_name": event.lsp_name,
        "lsp_license": event.lsp_license, "tuk_name": event.tuk_name,
        "tuk_type": event.tuk_type.value, "city": event.city,
        "start_date": _iso(event.start_date), "end_date": _iso(event.end_date),
        "purpose": event.purpose.value, "status": event.status.value,
        "retention_until": _iso(event.retention_until),
    }
    with edb.atomic():
        existing = edb.conn.execute("SELECT id FROM event").fetchone()
        if existing and existing[0] != event.id:
            raise DomainError("event_exists")
        if existing:
            audited_update(edb, "event", event.id, {k: v for k, v in values.items() if k != "id"})
        else:
            audited_insert(edb, "event", values)


def load_event(edb: EventDB) -> Event:
    rows = _rows(edb.conn, "SELECT * FROM event")
    if not rows:
        raise DomainError("event_missing")
    r = rows[0]
    return Event(
        id=r["id"], name=r["name"], lsp_name=r["lsp_name"], lsp_license=r["lsp_license"],
        tuk_name=r["tuk_name"], tuk_type=TukType(r["tuk_type"]), city=r["city"],
        start_date=_d(r["start_date"]), end_date=_d(r["end_date"]), purpose=Purpose(r["purpose"]),
        status=EventStatus(r["status"]), retention_until=_d(r["retention_until"]),
    )


# --- schemes ---------------------------------------------------------------------------------

def save_scheme(edb: EventDB, scheme: Scheme, source_sha256: str = "") -> None:
    """Insert a whole scheme (units, elements, KUK, questions) in one transaction."""
    with edb.atomic():
        audited_insert(edb, "scheme", {
            "id": scheme.id, "code": scheme.code, "title_id": scheme.title_id,
            "title_en": scheme.title_en, "scheme_type": scheme.scheme_type.value,
            "field_id": scheme.field_id, "field_en": scheme.field_en, "level": scheme.level,
            "kbli": scheme.kbli, "kbji": scheme.kbji, "version": scheme.version,
            "is_example": int(scheme.is_example), "source_sha256": source_sha256,
            "validity_years": scheme.validity_years, "wording": scheme.wording,
        })
        element_ids: dict[tuple[str, str], str] = {}
        unit_ids: dict[str, str] = {}
        units: list[tuple[Any, ...]] = []
        elements: list[tuple[Any, ...]] = []
        criteria: list[tuple[Any, ...]] = []
        for u_pos, unit in enumerate(scheme.units, 1):
            unit_ids[unit.code] = unit.id
            units.append((unit.id, scheme.id, u_pos, unit.code, unit.title_id, unit.title_en,
                          unit.standard_type))
            for e_pos, element in enumerate(unit.elements, 1):
                element_ids[(unit.code, element.number)] = element.id
                elements.append((element.id, unit.id, e_pos, element.number, element.title))
                for c_pos, crit in enumerate(element.criteria, 1):
                    criteria.append((crit.id, element.id, c_pos, crit.number, crit.text))
        questions: list[tuple[Any, ...]] = []
        for q_pos, q in enumerate(scheme.questions, 1):
            if q.unit_code not in unit_ids:
                raise DomainError("question_unknown_unit", unit=q.unit_code)
            questions.append((q.id, scheme.id, unit_ids[q.unit_code],
                              element_ids.get((q.unit_code, q.element_number or "")), q_pos,
                              q.kind.value, q.text, q.model_answer, q.text_en))
        logged_insert_many(edb, "unit", ("id", "scheme_id", "position", "code", "title_id",
                                         "title_en", "standard_type"), units)
        logged_insert_many(edb, "element", ("id", "unit_id", "position", "number", "title"), elements)
        logged_insert_many(edb, "criterion", ("id", "element_id", "position", "number", "text"),
                           criteria)
        logged_insert_many(edb, "question", ("id", "scheme_id", "unit_id", "element_id", "position",
                                             "kind", "text", "model_answer", "text_en"), questions)


def load_schemes(edb: EventDB) -> list[Scheme]:
    conn = edb.conn
    schemes: list[Scheme] = []
    for s in _rows(conn, "SELECT * FROM scheme ORDER BY created_at, code"):
        scheme = Scheme(
            id=s["id"], code=s["code"], title_id=s["title_id"], title_en=s["title_en"],
            scheme_type=SchemeType(s["scheme_type"]), field_id=s["field_id"],
            field_en=s["field_en"], level=s["level"], kbli=s["kbli"], kbji=s["kbji"],
            version=s["version"], is_example=bool(s["is_example"]),
            validity_years=int(s["validity_years"]), wording=s["wording"] or "",
        )
        unit_codes: dict[str, str] = {}
        element_numbers: dict[str, str] = {}
        for u in _rows(conn, "SELECT * FROM unit WHERE scheme_id = ? ORDER BY position", [s["id"]]):
            unit = Unit(id=u["id"], code=u["code"], title_id=u["title_id"],
                        title_en=u["title_en"], standard_type=u["standard_type"])
            unit_codes[u["id"]] = u["code"]
            for e in _rows(conn, "SELECT * FROM element WHERE unit_id = ? ORDER BY position",
                           [u["id"]]):
                element = Element(id=e["id"], number=e["number"], title=e["title"])
                element_numbers[e["id"]] = e["number"]
                element.criteria = [
                    Criterion(id=c["id"], number=c["number"], text=c["text"])
                    for c in _rows(conn, "SELECT * FROM criterion WHERE element_id = ? "
                                   "ORDER BY position", [e["id"]])
                ]
                unit.elements.append(element)
            scheme.units.append(unit)
        scheme.questions = [
            Question(id=q["id"], kind=QuestionKind(q["kind"]), text=q["text"],
                     unit_code=unit_codes[q["unit_id"]],
                     element_number=element_numbers.get(q["element_id"] or ""),
                     model_answer=q["model_answer"], text_en=q["text_en"])
            for q in _rows(conn, "SELECT * FROM question WHERE scheme_id = ? ORDER BY position",
                           [s["id"]])
        ]
        schemes.append(scheme)
    return schemes


# --- assessors and participants --------------------------------------------------------------

def add_assessor(edb: EventDB, assessor: Assessor) -> None:
    audited_insert(edb, "assessor", {
        "id": assessor.id, "name": assessor.name, "met_number": assessor.met_number,
        "key_fingerprint": assessor.key_fingerprint,
    })


def list_assessors(edb: EventDB) -> list[Assessor]:
    return [Assessor(id=r["id"], name=r["name"], met_number=r["met_number"],
                     key_fingerprint=r["key_fingerprint"])
            for r in _rows(edb.conn, "SELECT * FROM assessor ORDER BY name")]


PARTICIPANT_FIELDS = (
    "name", "nik", "birth_place", "birth_date", "gender", "nationality", "address",
    "postal_code", "phone", "email", "education", "institution", "job_title", "office_address",
    "nip", "rank_grade", "work_unit", "scheme_id", "number", "attendance", "city_code",
    "province_code", "education_code", "occupation_code", "certificate_name",
    "regency",
)


_PARTICIPANT_GET = attrgetter(*PARTICIPANT_FIELDS)
_BIRTH_AT, _GENDER_AT, _ATTENDANCE_AT = (
    PARTICIPANT_FIELDS.index(f) for f in ("birth_date", "gender", "attendance"))


def _participant_row(p: Participant) -> list[Any]:
    """Column values in PARTICIPANT_FIELDS order (one attrgetter call: the bulk insert's hot path)."""
    row = list(_PARTICIPANT_GET(p))
    row[_BIRTH_AT] = _iso(p.birth_date)
    row[_GENDER_AT] = p.gender.value if p.gender else None
    row[_ATTENDANCE_AT] = p.attendance.value if p.attendance else None
    return row


def participant_values(p: Participant) -> dict[str, Any]:
    return dict(zip(PARTICIPANT_FIELDS, _participant_row(p), strict=True))


def next_participant_number(edb: EventDB) -> int:
    """The nomor urut the next new participant gets (read inside the writer's transaction)."""
    return int(edb.conn.execute("SELECT coalesce(max(number), 0) FROM participant").fetchone()[0]) + 1


def insert_participants(edb: EventDB, participants: Iterable[Participant]) -> int:
    """Insert many participants in the caller's transaction (or one of its own)."""
    sync = _sync(edb)  # one timestamp for the whole batch: it lands in one transaction
    cols = ("id", *PARTICIPANT_FIELDS, "identity_salt", *sync)
    tail = tuple(sync.values())
    people = list(participants)
    # Each participant's own random identity salt (16 bytes), read in one call for the batch.
    salts = os.urandom(16 * len(people)).hex()
    with edb.atomic():
        next_no: int | None = None  # read only when needed: max(number) is a full table scan
        rows: list[tuple[Any, ...]] = []
        for at, p in enumerate(people):
            if not p.number:
                if next_no is None:
                    next_no = next_participant_number(edb) - 1
                next_no += 1
                p.number = next_no
            rows.append((p.id, *_participant_row(p), salts[32 * at:32 * at + 32], *tail))
        logged_insert_many(edb, "participant", cols, rows)
    return len(rows)


def _participant(r: Mapping[str, Any]) -> Participant:
    return Participant(
        id=r["id"], number=r["number"], name=r["name"], nik=r["nik"],
        birth_place=r["birth_place"], birth_date=_d(r["birth_date"]),
        gender=Gender(r["gender"]) if r["gender"] else None, nationality=r["nationality"],
        address=r["address"], postal_code=r["postal_code"], phone=r["phone"], email=r["email"],
        education=r["education"], institution=r["institution"], job_title=r["job_title"],
        office_address=r["office_address"], nip=r["nip"], rank_grade=r["rank_grade"],
        work_unit=r["work_unit"], scheme_id=r["scheme_id"],
        attendance=Attendance(r["attendance"]) if r["attendance"] else None,
        city_code=r["city_code"], province_code=r["province_code"],
        education_code=r["education_code"], occupation_code=r["occupation_code"],
        certificate_name=r["certificate_name"],
        regency=r["regency"],
    )


def list_participants(edb: EventDB) -> list[Participant]:
    return [_participant(r) for r in _rows(edb.conn, "SELECT * FROM participant ORDER BY number")]


def get_participant(edb: EventDB, participant_id: str) -> Participant:
    rows = _rows(edb.conn, "SELECT * FROM participant WHERE id = ?", [participant_id])
    if not rows:
        raise DomainError("participant_missing")
    return _participant(rows[0])


def assign(edb: EventDB, participant_id: str, assessor_id: str,
           role: AssignmentRole = AssignmentRole.PRIMARY) -> str:
    row_id = new_id()
    audited_insert(edb, "assignment", {"id": row_id, "participant_id": participant_id,
                                       "assessor_id": assessor_id, "role": role.value})
    return row_id


def assign_many(edb: EventDB, pairs: Iterable[tuple[str, str]],
                role: AssignmentRole = AssignmentRole.PRIMARY) -> int:
    """Like :func:`assign` for many (participant_id, assessor_id) pairs in one statement."""
    sync = _sync(edb)
    cols = ("id", "participant_id", "assessor_id", "role", *sync)
    tail = (role.value, *sync.values())
    rows = [(new_id(), participant_id, assessor_id, *tail) for participant_id, assessor_id in pairs]
    with edb.atomic():
        logged_insert_many(edb, "assignment", cols, rows)
    return len(rows)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class ParticipantSummary:
    """One line of the participants table: who, where from, which scheme, with whom, how far."""

    id: str
    number: int
    name: str
    institution: str
    job_title: str
    nik: str
    scheme_title: str
    assessor_id: str | None
    assessor_name: str
    status: AssessmentStatus
    attendance: Attendance | None

    def __init__(self, id: str, number: int, name: str, institution: str, job_title: str, nik: str,
                 scheme_title: str, assessor_id: str | None, assessor_name: str, status: AssessmentStatus,
                 attendance: Attendance | None) -> None:
        _set = object.__setattr__  # frozen: as @dataclass(frozen=True) sets them
        _set(self, "id", id)
        _set(self, "number", number)
        _set(self, "name", name)
        _set(self, "institution", institution)
        _set(self, "job_title", job_title)
        _set(self, "nik", nik)
        _set(self, "scheme_title", scheme_title)
        _set(self, "assessor_id", assessor_id)
        _set(self, "assessor_name", assessor_name)
        _set(self, "status", status)
        _set(self, "attendance", attendance)

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(id={self.id!r}, number={self.number!r}, "
                f"name={self.name!r}, institution={self.institution!r}, job_title={self.job_title!r}, "
                f"nik={self.nik!r}, scheme_title={self.scheme_title!r}, assessor_id={self.assessor_id!r}, "
                f"assessor_name={self.assessor_name!r}, status={self.status!r}, "
                f"attendance={self.attendance!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.id, self.number, self.name, self.institution, self.job_title, self.nik,
                self.scheme_title, self.assessor_id, self.assessor_name, self.status, self.attendance)
        theirs = (other.id, other.number, other.name, other.institution, other.job_title, other.nik,
                  other.scheme_title, other.assessor_id, other.assessor_name, other.status,
                  other.attendance)
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self.id, self.number, self.name, self.institution, self.job_title, self.nik,
                    self.scheme_title, self.assessor_id, self.assessor_name, self.status, self.attendance))


def participant_summaries(edb: EventDB, first: int | None = None) -> list[ParticipantSummary]:
    """Every participant's row, by number; ``first``: only the first that many (a screenful
    shown before the rest is read, issue #25)."""
    people = "participant" if first is None else \
        f"(SELECT * FROM participant ORDER BY number LIMIT {int(first)})"
    sql = f"""
    SELECT p.id, p.number, p.name, p.institution, p.job_title, p.nik, p.attendance,
           coalesce(s.title_id, '') AS scheme_title,
           a.id AS assessor_id, coalesce(a.name, '') AS assessor_name
    FROM {people} p
    LEFT JOIN scheme s ON s.id = p.scheme_id
    LEFT JOIN assignment g ON g.participant_id = p.id AND g.role = 'primary'
    LEFT JOIN assessor a ON a.id = g.assessor_id
    ORDER BY p.number
    """
    # The newest assessment's status, by the primary assessor (any assessor when none is
    # assigned): one pass over the assessments instead of a subquery per participant, plain
    # tuples and one enum lookup per value. This runs before the first paint (5,000
    # participants at start-up, issue #16).
    newest: dict[tuple[str, str], str] = {}
    newest_any: dict[str, str] = {}
    rows = edb.conn.execute(sql).fetchall()
    # The first screenful: the assessments of those participants only, named by id (without
    # an index on the number, picking the first ones again would read the whole table again:
    # ~2.5 ms of a 20,000-participant start-up).
    only = "" if first is None else f"WHERE participant_id IN ({','.join('?' * len(rows))}) "
    for participant_id, assessor_id, status in edb.conn.execute(
            f"SELECT participant_id, assessor_id, status FROM assessment {only}"
            "ORDER BY updated_at, rowid", [] if first is None else [row[0] for row in rows]):
        newest[(participant_id, assessor_id)] = newest_any[participant_id] = status
    statuses = {s.value: s for s in AssessmentStatus}
    attendances = {a.value: a for a in Attendance}

    def status_of(pid: str, assessor_id: str | None) -> AssessmentStatus:
        value = (newest.get((pid, assessor_id)) if assessor_id is not None
                 else newest_any.get(pid)) or "belum_mulai"
        return statuses.get(value) or AssessmentStatus(value)

    return [
        ParticipantSummary(
            id=pid, number=number, name=name, institution=institution, job_title=job_title,
            nik=nik, scheme_title=scheme_title, assessor_id=assessor_id,
            assessor_name=assessor_name, status=status_of(pid, assessor_id),
            attendance=(attendances.get(attendance) or Attendance(attendance)) if attendance
            else None,
        )
        for (pid, number, name, institution, job_title, nik, attendance, scheme_title,
             assessor_id, assessor_name) in rows
    ]


# --- audited writes: every table the data dictionary declares audited -----------------------

def _closed(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT status FROM event LIMIT 1").fetchone()
    return row is not None and row[0] == EventStatus.CLOSED.value


def guard_closed(edb: EventDB, table: str, columns: Iterable[str] | None = None) -> None:
    """Closed means closed: once the event is closed, a write to a column the data dictionary
    freezes after close is refused (``columns`` None: a whole row is added or removed)."""
    declared = dictionary.BY_NAME.get(table)
    if declared is None or not declared.audited or not _closed(edb.conn):
        return
    if columns is None:
        if not dictionary.rows_after_close(table):
            raise DomainError("event_closed")
        return
    open_after_close = dictionary.closed_event_columns(table)
    if any(c not in open_after_close for c in columns):
        raise DomainError("event_closed")


def logged(conn: sqlite3.Connection, table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` as the audit log holds them: personal columns sealed (audit.seal)."""
    personal = dictionary.personal_columns(table)
    if not personal or not any(k in personal for k in values):
        return dict(values)
    return audit.sealed_values(audit.personal_key(conn), dict(values), personal)


def logged_insert_many(edb: EventDB, table: str, columns: Sequence[str],
                       rows: Sequence[Sequence[Any]], reason: str = "") -> None:
    """Insert many rows in the caller's transaction, each logged as a whole-row entry ("*", the
    values without the sync columns), with one batched append to the chain."""
    if not rows:
        return
    guard_closed(edb, table)
    conn = edb.conn
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "
                     f"VALUES ({', '.join('?' * len(columns))})", rows)
    at, actor, device = now_iso(), edb.actor, edb.device_id
    # The logged columns in the order row_json writes them (its keys sorted): each row's dict is
    # built in that order and encoded without sorting, the same text. Done column by column: the
    # personal columns sealed in one pass each (audit.Sealer.many), every value of them.
    names = sorted(c for c in columns if c not in SYNC_FIELDS)
    position = {c: i for i, c in enumerate(columns)}
    id_at = position["id"]
    personal = dictionary.personal_columns(table)
    sealer = audit.Sealer(audit.personal_key(conn)) if personal & set(names) else None
    by_column = list(zip(*rows, strict=True))  # the batch transposed in C
    logged_columns: list[Sequence[Any]] = []
    for name in names:
        column = by_column[position[name]]
        logged_columns.append(sealer.many(column) if sealer is not None and name in personal
                              else column)
    encode = audit.row_json_in_order
    out = [(at, actor, device, table, str(row[id_at]), "*", None,
            encode(dict(zip(names, values, strict=True))), reason)
           for row, values in zip(rows, zip(*logged_columns, strict=True), strict=True)]
    audit.append_many(conn, out)


# --- assessments (audited) -------------------------------------------------------------------

def audited_update(edb: EventDB, table: str, row_id: str, changes: Mapping[str, Any],
                   reason: str = "") -> dict[str, Any]:
    """Update columns of one row and log each real change (old -> new) in the same transaction.

    Returns the old values of the changed columns. Call inside ``edb.atomic()`` or alone.
    """
    with edb.atomic():
        conn = edb.conn
        cols = ", ".join(changes)
        row = conn.execute(f"SELECT {cols} FROM {table} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            raise DomainError("row_missing", table=table)
        old = dict(zip(changes, row, strict=True))
        changed = {k: v for k, v in changes.items() if old[k] != v}
        if not changed:
            return {}
        guard_closed(edb, table, changed)
        at = now_iso()
        sets = ", ".join(f"{k} = ?" for k in changed)
        conn.execute(
            f"UPDATE {table} SET {sets}, updated_at = ?, revision = revision + 1, "
            "device_id = ?, written_by = ? WHERE id = ?",
            (*changed.values(), at, edb.device_id, edb.actor, row_id),
        )
        old_logged, new_logged = logged(conn, table, old), logged(conn, table, changed)
        for key in changed:
            audit.append(conn, at=at, actor=edb.actor, device_id=edb.device_id, entity=table,
                         entity_id=row_id, field=key, old=old_logged[key], new=new_logged[key],
                         reason=reason)
        return {k: old[k] for k in changed}


def audited_insert(edb: EventDB, table: str, values: Mapping[str, Any], reason: str = "") -> None:
    with edb.atomic():
        guard_closed(edb, table)
        row = {**values, **_sync(edb)}
        _insert(edb.conn, table, row)
        audit.append(edb.conn, at=row["updated_at"], actor=edb.actor, device_id=edb.device_id,
                     entity=table, entity_id=str(values["id"]), field="*", old=None,
                     new=audit.row_json(logged(edb.conn, table, values)), reason=reason)


def find_assessment_id(edb: EventDB, participant_id: str, assessor_id: str,
                       scheme_id: str) -> str | None:
    row = edb.conn.execute(
        "SELECT id FROM assessment WHERE participant_id = ? AND assessor_id = ? "
        "AND scheme_id = ?", (participant_id, assessor_id, scheme_id)).fetchone()
    return str(row[0]) if row else None


def create_assessment(edb: EventDB, row_id: str, participant_id: str, assessor_id: str,
                      scheme_id: str) -> None:
    """Insert (audited) the assessment row with a given id: a record the GUI showed before
    anything was written gets the id it was shown with."""
    audited_insert(edb, "assessment", {"id": row_id, "participant_id": participant_id,
                                       "assessor_id": assessor_id, "scheme_id": scheme_id})


def ensure_assessment(edb: EventDB, participant_id: str, assessor_id: str, scheme_id: str) -> str:
    """The assessment row for participant x assessor x scheme, created (audited) if missing."""
    with edb.atomic():
        existing = find_assessment_id(edb, participant_id, assessor_id, scheme_id)
        if existing:
            return existing
        row_id = new_id()
        audited_insert(edb, "assessment", {"id": row_id, "participant_id": participant_id,
                                           "assessor_id": assessor_id, "scheme_id": scheme_id})
        return row_id


def load_assessment(edb: EventDB, assessment_id: str, *, details: bool = True) -> Assessment:
    """The assessment with its unit results; with ``details`` also its answers and evidence
    items (the documents print neither: the export reads it without them)."""
    conn = edb.conn
    rows = _rows(conn, "SELECT * FROM assessment WHERE id = ?", [assessment_id])
    if not rows:
        raise DomainError("assessment_missing")
    r = rows[0]
    a = Assessment(
        id=r["id"], participant_id=r["participant_id"], assessor_id=r["assessor_id"],
        scheme_id=r["scheme_id"], status=AssessmentStatus(r["status"]),
        consent_at=_dt(r["consent_at"]),
        overall_recommendation=Verdict(r["overall_recommendation"])
        if r["overall_recommendation"] else None,
        override_reason=r["override_reason"], follow_up=r["follow_up"], comments=r["comments"],
        timer_seconds=r["timer_seconds"], timer_started_at=_dt(r["timer_started_at"]),
        signed_at=_dt(r["signed_at"]), signed_name=r["signed_name"], signed_met=r["signed_met"],
        receipt_code=r["receipt_code"], revision=r["revision"],
    )
    a.unit_results = [
        UnitResult(id=x["id"], unit_id=x["unit_id"],
                   recommendation=Verdict(x["recommendation"]) if x["recommendation"] else None,
                   evidence_types=[EvidenceType(e) for e in json.loads(x["evidence_types"])],
                   notes=x["notes"])
        for x in _rows(conn, "SELECT * FROM unit_result WHERE assessment_id = ?", [assessment_id])
    ]
    if not details:
        return a
    a.answers = [
        Answer(id=x["id"], question_id=x["question_id"], summary=x["summary"],
               verdict=Verdict(x["verdict"]) if x["verdict"] else None)
        for x in _rows(conn, "SELECT * FROM answer WHERE assessment_id = ?", [assessment_id])
    ]
    a.evidence = [
        EvidenceItem(id=x["id"], unit_id=x["unit_id"], name=x["name"], position=x["position"],
                     valid=_b(x["valid"]), asli=_b(x["asli"]), terkini=_b(x["terkini"]),
                     memadai=_b(x["memadai"]))
        for x in _rows(conn, "SELECT * FROM evidence_item WHERE assessment_id = ? AND removed = 0 "
                       "ORDER BY position", [assessment_id])
    ]
    return a


def _b(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def list_assessment_ids(edb: EventDB) -> list[str]:
    return [str(r[0]) for r in edb.conn.execute("SELECT id FROM assessment ORDER BY created_at")]


def ensure_child(edb: EventDB, table: str, assessment_id: str, key_col: str, key: str) -> str:
    """Id of the answer/unit_result row for (assessment, question|unit), created if missing."""
    with edb.atomic():
        row = edb.conn.execute(
            f"SELECT id FROM {table} WHERE assessment_id = ? AND {key_col} = ?",
            (assessment_id, key)).fetchone()
        if row:
            return str(row[0])
        row_id = new_id()
        audited_insert(edb, table, {"id": row_id, "assessment_id": assessment_id, key_col: key})
        return row_id


# --- decisions and certificates --------------------------------------------------------------

def save_decision(edb: EventDB, decision: Decision) -> None:
    with edb.atomic():
        existing = edb.conn.execute(
            "SELECT id FROM decision WHERE participant_id = ? AND scheme_id = ?",
            (decision.participant_id, decision.scheme_id)).fetchone()
        values = {"result": decision.result.value, "plenary_date": _iso(decision.plenary_date),
                  "sk_number": decision.sk_number, "decided_by": decision.decided_by}
        if existing:
            decision.id = str(existing[0])
            audited_update(edb, "decision", decision.id, values)
        else:
            audited_insert(edb, "decision", {"id": decision.id,
                                             "participant_id": decision.participant_id,
                                             "scheme_id": decision.scheme_id, **values})


def list_decisions(edb: EventDB) -> list[Decision]:
    return [Decision(id=r["id"], participant_id=r["participant_id"], scheme_id=r["scheme_id"],
                     result=Verdict(r["result"]), plenary_date=_d(r["plenary_date"]),
                     sk_number=r["sk_number"], decided_by=r["decided_by"])
            for r in _rows(edb.conn, "SELECT * FROM decision")]


def list_certificates(edb: EventDB) -> list[Certificate]:
    return [Certificate(id=r["id"], participant_id=r["participant_id"], scheme_id=r["scheme_id"],
                        decision_id=r["decision_id"], number=r["number"],
                        registration_number=r["registration_number"],
                        issue_date=date.fromisoformat(r["issue_date"]),
                        valid_until=date.fromisoformat(r["valid_until"]),
                        verification_code=r["verification_code"], voided=bool(r["voided"]),
                        void_reason=r["void_reason"], blanko_serial=r["blanko_serial"])
            for r in _rows(edb.conn, "SELECT * FROM certificate ORDER BY number")]


def counts(edb: EventDB) -> dict[str, int]:
    """Rows per audited table of the data dictionary, and the log's length (``check``)."""
    tables = (*dictionary.audited_tables(), "audit")
    return {t: int(edb.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}


def primary_assessor_id(edb: EventDB, participant_id: str) -> str | None:
    """The assessor assigned as primary to the participant, if any."""
    row = edb.conn.execute(
        "SELECT assessor_id FROM assignment WHERE participant_id = ? AND role = 'primary' "
        "ORDER BY created_at LIMIT 1", (participant_id,)).fetchone()
    return str(row[0]) if row else None
# --- several laptops: assignment changes, device keys, merged rows ---------------------------

SYNC_FIELDS = ("created_at", "updated_at", "device_id", "written_by", "revision")


def set_primary_assessor(edb: EventDB, participant_id: str, assessor_id: str) -> str:
    """Make ``assessor_id`` the primary assessor of a participant (update or create the row)."""
    with edb.atomic():
        row = edb.conn.execute(
            "SELECT id, assessor_id FROM assignment WHERE participant_id = ? AND role = 'primary'",
            (participant_id,)).fetchone()
        if row is None:
            return assign(edb, participant_id, assessor_id)
        if row[1] != assessor_id:
            for (co_id,) in edb.conn.execute(
                    "SELECT id FROM assignment WHERE participant_id = ? AND assessor_id = ? "
                    "AND role = 'co'", (participant_id, assessor_id)).fetchall():
                audited_delete(edb, "assignment", str(co_id), "asesor utama diganti")
            audited_update(edb, "assignment", str(row[0]), {"assessor_id": assessor_id})
        return str(row[0])


def set_key_fingerprint(edb: EventDB, assessor_id: str, key_fingerprint: str) -> None:
    """Register the public-key fingerprint of the laptop an assessor scores on (audited)."""
    audited_update(edb, "assessor", assessor_id, {"key_fingerprint": key_fingerprint},
                   reason="device key registered")


def table_rows(edb: EventDB, table: str, where: str = "", params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    """Raw rows of one table as dicts (used by the package and merge services)."""
    return _rows(edb.conn, f"SELECT * FROM {table} {where}", params)


def write_merged_row(edb: EventDB, table: str, values: Mapping[str, Any], reason: str) -> None:
    """Insert or overwrite one row exactly as it came from another laptop, sync columns included.

    Unlike :func:`audited_update` the revision, device and writer are the sender's: the merged row
    must stay identical on every laptop. Each changed column is logged in the audit chain.
    """
    with edb.atomic():
        conn = edb.conn
        row_id = str(values["id"])
        old_rows = _rows(conn, f"SELECT * FROM {table} WHERE id = ?", [row_id])
        at = now_iso()
        if not old_rows:
            insert_merged_row(edb, table, values, reason)
            return
        old = old_rows[0]
        changed = {k: v for k, v in values.items() if k != "id" and old.get(k) != v}
        if not changed:
            return
        sets = ", ".join(f"{k} = ?" for k in changed)
        conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*changed.values(), row_id))
        old_logged, new_logged = logged(conn, table, old), logged(conn, table, changed)
        for key in changed:
            if key in SYNC_FIELDS:
                continue
            audit.append(conn, at=at, actor=edb.actor, device_id=edb.device_id, entity=table,
                         entity_id=row_id, field=key, old=old_logged[key], new=new_logged[key],
                         reason=reason)


def insert_merged_row(edb: EventDB, table: str, values: Mapping[str, Any], reason: str) -> None:
    """Insert a row from another laptop that the caller knows is new here (audited, sync kept)."""
    with edb.atomic():
        _insert(edb.conn, table, values)
        # Without the sync columns, as audited_insert logs: later changes do not log them either.
        kept = {k: v for k, v in values.items() if k not in SYNC_FIELDS}
        audit.append(edb.conn, at=now_iso(), actor=edb.actor, device_id=edb.device_id, entity=table,
                     entity_id=str(values["id"]), field="*", old=None,
                     new=audit.row_json(logged(edb.conn, table, kept)), reason=reason)


# --- small read models for the several-laptops dialogs --------------------------------------

def assessors_with_load(edb: EventDB) -> list[tuple[str, str, str, str, int]]:
    """(id, name, MET number, key fingerprint, assigned participants) per assessor, by name."""
    return [(str(r[0]), r[1], r[2], r[3], int(r[4])) for r in edb.conn.execute(
        "SELECT a.id, a.name, a.met_number, a.key_fingerprint, "
        "(SELECT count(*) FROM assignment g WHERE g.assessor_id = a.id) FROM assessor a ORDER BY a.name")]


def assigned_assessor_ids(edb: EventDB) -> list[str]:
    return [str(r[0]) for r in edb.conn.execute(
        "SELECT DISTINCT assessor_id FROM assignment ORDER BY assessor_id")]


def assigned_assessors(edb: EventDB) -> list[tuple[str, str]]:
    """(id, name) of the assessors that have participants, by name."""
    return [(str(r[0]), r[1]) for r in edb.conn.execute(
        "SELECT id, name FROM assessor WHERE id IN (SELECT assessor_id FROM assignment) ORDER BY name")]


def assigned_participants(edb: EventDB) -> list[tuple[str, int, str]]:
    """(id, number, name) of the participants that have an assessor, by number."""
    return [(str(r[0]), int(r[1]), r[2]) for r in edb.conn.execute(
        "SELECT id, number, name FROM participant WHERE id IN (SELECT participant_id FROM assignment) "
        "ORDER BY number")]


def participant_numbers(edb: EventDB) -> dict[str, int]:
    return {str(r[0]): int(r[1]) for r in edb.conn.execute("SELECT id, number FROM participant")}


def ids_with_prefix(edb: EventDB, table: str, prefix: str) -> list[str]:
    """Ids of ``table`` (assessor or participant) starting with ``prefix`` (short ids in the CLI)."""
    if table not in {"assessor", "participant"}:
        raise DomainError("unknown_table", table=table)
    return [str(r[0]) for r in edb.conn.execute(f"SELECT id FROM {table} WHERE id LIKE ?", (prefix + "%",))]


# --- roster corrections ----------------------------------------------------------------------

def participant_by_number(edb: EventDB, number: int) -> Participant | None:
    rows = _rows(edb.conn, "SELECT * FROM participant WHERE number = ?", [number])
    return _participant(rows[0]) if rows else None


def participant_id_by_nik(edb: EventDB, nik: str) -> str | None:
    row = edb.conn.execute("SELECT id FROM participant WHERE nik = ? LIMIT 1", (nik,)).fetchone()
    return str(row[0]) if row else None


def participant_signed(edb: EventDB, participant_id: str) -> bool:
    """Is any of the participant's assessments signed off?"""
    row = edb.conn.execute(
        "SELECT 1 FROM assessment WHERE participant_id = ? AND status = 'ditandatangani' LIMIT 1",
        (participant_id,)).fetchone()
    return row is not None


def participant_decided(edb: EventDB, participant_id: str) -> bool:
    """Has the LSP recorded a decision or a certificate for the participant?"""
    row = edb.conn.execute(
        "SELECT 1 FROM decision WHERE participant_id = ? UNION ALL "
        "SELECT 1 FROM certificate WHERE participant_id = ? LIMIT 1",
        (participant_id, participant_id)).fetchone()
    return row is not None


def audited_delete(edb: EventDB, table: str, row_id: str, reason: str) -> None:
    """Delete one row and log it (field "-", the row's values as the old value)."""
    with edb.atomic():
        rows = _rows(edb.conn, f"SELECT * FROM {table} WHERE id = ?", [row_id])
        if not rows:
            raise DomainError("row_missing", table=table)
        guard_closed(edb, table)
        values = {k: v for k, v in rows[0].items() if k not in SYNC_FIELDS}
        edb.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        audit.append(edb.conn, at=now_iso(), actor=edb.actor, device_id=edb.device_id,
                     entity=table, entity_id=row_id, field="-",
                     old=audit.row_json(logged(edb.conn, table, values)), new=None, reason=reason)


# Children first: the audited rows that hang off a participant's assessments, and those that
# name the participant (the data dictionary's participant_link), latest-declared first.
_ASSESSMENT_CHILDREN = tuple(reversed(dictionary.table_names(audited=True,
                                                             participant_link="assessment_id")))
_PARTICIPANT_CHILDREN = tuple(t for t in reversed(dictionary.table_names(
    audited=True, participant_link="participant_id")) if t != "assessment")


def audited_delete_participant(edb: EventDB, participant_id: str, reason: str) -> None:
    """Remove a participant with their assessment records, every audited row logged as
    deleted; assignments and completeness marks go with the participant (not audited)."""
    with edb.atomic():
        conn = edb.conn
        assessments = [str(r[0]) for r in conn.execute(
            "SELECT id FROM assessment WHERE participant_id = ? ORDER BY rowid", (participant_id,))]
        for assessment_id in assessments:
            for table in _ASSESSMENT_CHILDREN:
                for (row_id,) in conn.execute(
                        f"SELECT id FROM {table} WHERE assessment_id = ? ORDER BY rowid",
                        (assessment_id,)).fetchall():
                    audited_delete(edb, table, str(row_id), reason)
            audited_delete(edb, "assessment", assessment_id, reason)
        for table in _PARTICIPANT_CHILDREN:
            for (row_id,) in conn.execute(f"SELECT id FROM {table} WHERE participant_id = ? "
                                          "ORDER BY rowid", (participant_id,)).fetchall():
                audited_delete(edb, table, str(row_id), reason)
        audited_delete(edb, "participant", participant_id, reason)
REPORT_NOTE_FIELDS = ("aspects", "rejections", "improvements", "notes")


def list_report_notes(edb: EventDB) -> list[ReportNote]:
    return [ReportNote(r["assessor_id"], r["scheme_id"], r["aspects"], r["rejections"],
                       r["improvements"], r["notes"], id=r["id"])
            for r in _rows(edb.conn, "SELECT * FROM report_note ORDER BY created_at, id")]


def save_report_note(edb: EventDB, note: ReportNote, reason: str = "") -> None:
    """Insert or update (audited, field by field) the FR.AK.05 boxes of assessor x scheme."""
    with edb.atomic():
        row = edb.conn.execute("SELECT id FROM report_note WHERE assessor_id = ? AND scheme_id = ?",
                               (note.assessor_id, note.scheme_id)).fetchone()
        values = {k: getattr(note, k) for k in REPORT_NOTE_FIELDS}
        if row is None:
            audited_insert(edb, "report_note", {"id": note.id, "assessor_id": note.assessor_id,
                                                "scheme_id": note.scheme_id, **values}, reason)
        else:
            note.id = str(row[0])
            audited_update(edb, "report_note", note.id, values, reason)
