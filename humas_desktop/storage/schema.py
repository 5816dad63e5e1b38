"""Schema migrations of the event file, applied in order; ``user_version`` = migrations applied.

Every row that travels between laptops has a UUID text key, ``created_at``, ``updated_at``,
``device_id`` and ``written_by`` (the assessor id, or ``coordinator``). Append a new
:class:`Migration` to :data:`MIGRATIONS` for every change; never edit a released one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from reprlib import recursive_repr
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

SYNC_COLUMNS = """
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    device_id TEXT NOT NULL DEFAULT '',
    written_by TEXT NOT NULL DEFAULT 'coordinator',
    revision INTEGER NOT NULL DEFAULT 1
"""

# Re-created by the package snapshot code after it empties the copy's audit table.
AUDIT_NO_DELETE_SQL = ("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit\n"
                       "BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END")

V1_SQL = f"""
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE event (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    lsp_name TEXT NOT NULL,
    lsp_license TEXT NOT NULL DEFAULT '',
    tuk_name TEXT NOT NULL DEFAULT '',
    tuk_type TEXT NOT NULL DEFAULT 'sewaktu'
        CHECK (tuk_type IN ('sewaktu','tempat_kerja','mandiri')),
    city TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    purpose TEXT NOT NULL DEFAULT 'sertifikasi'
        CHECK (purpose IN ('sertifikasi','sertifikasi_ulang','pkt','rpl','lainnya')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
    retention_until TEXT,
    {SYNC_COLUMNS}
);

CREATE TABLE scheme (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    title_id TEXT NOT NULL,
    title_en TEXT NOT NULL DEFAULT '',
    scheme_type TEXT NOT NULL DEFAULT 'okupasi',
    field_id TEXT NOT NULL DEFAULT '',
    field_en TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '0',
    kbli TEXT NOT NULL DEFAULT '',
    kbji TEXT NOT NULL DEFAULT '',
    version TEXT NOT NULL DEFAULT '1',
    is_example INTEGER NOT NULL DEFAULT 0,
    source_sha256 TEXT NOT NULL DEFAULT '',
    {SYNC_COLUMNS}
);

CREATE TABLE unit (
    id TEXT PRIMARY KEY,
    scheme_id TEXT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    title_id TEXT NOT NULL,
    title_en TEXT NOT NULL DEFAULT '',
    standard_type TEXT NOT NULL DEFAULT 'SKKNI',
    UNIQUE (scheme_id, code)
);

CREATE TABLE element (
    id TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL
);

CREATE TABLE criterion (
    id TEXT PRIMARY KEY,
    element_id TEXT NOT NULL REFERENCES element(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    text TEXT NOT NULL
);

CREATE TABLE question (
    id TEXT PRIMARY KEY,
    scheme_id TEXT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    element_id TEXT REFERENCES element(id) ON DELETE SET NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('IA.07','IA.09')),
    text TEXT NOT NULL,
    model_answer TEXT NOT NULL DEFAULT ''
);

CREATE TABLE assessor (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    met_number TEXT NOT NULL,
    key_fingerprint TEXT NOT NULL DEFAULT '',
    {SYNC_COLUMNS}
);

CREATE TABLE participant (
    id TEXT PRIMARY KEY,
    number INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    nik TEXT NOT NULL DEFAULT '' CHECK (typeof(nik) = 'text'),
    birth_place TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    gender TEXT CHECK (gender IN ('L','P')),
    nationality TEXT NOT NULL DEFAULT 'Indonesia',
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    education TEXT NOT NULL DEFAULT '',
    institution TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    office_address TEXT NOT NULL DEFAULT '',
    nip TEXT NOT NULL DEFAULT '' CHECK (typeof(nip) = 'text'),
    rank_grade TEXT NOT NULL DEFAULT '',
    work_unit TEXT NOT NULL DEFAULT '',
    scheme_id TEXT REFERENCES scheme(id),
    attendance TEXT CHECK (attendance IN ('hadir','tidak_hadir')),
    city_code TEXT NOT NULL DEFAULT '',
    province_code TEXT NOT NULL DEFAULT '',
    education_code TEXT NOT NULL DEFAULT '',
    occupation_code TEXT NOT NULL DEFAULT '',
    {SYNC_COLUMNS}
);
CREATE INDEX participant_nik ON participant(nik);

CREATE TABLE assignment (
    id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    assessor_id TEXT NOT NULL REFERENCES assessor(id),
    role TEXT NOT NULL DEFAULT 'primary' CHECK (role IN ('primary','co')),
    {SYNC_COLUMNS},
    UNIQUE (participant_id, assessor_id)
);

CREATE TABLE assessment (
    id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    assessor_id TEXT NOT NULL REFERENCES assessor(id),
    scheme_id TEXT NOT NULL REFERENCES scheme(id),
    status TEXT NOT NULL DEFAULT 'belum_mulai'
        CHECK (status IN ('belum_mulai','berlangsung','selesai','ditandatangani')),
    consent_at TEXT,
    overall_recommendation TEXT CHECK (overall_recommendation IN ('K','BK')),
    override_reason TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT '',
    comments TEXT NOT NULL DEFAULT '',
    timer_seconds INTEGER NOT NULL DEFAULT 0,
    timer_started_at TEXT,
    signed_at TEXT,
    signed_name TEXT NOT NULL DEFAULT '',
    signed_met TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT '',
    receipt_code TEXT NOT NULL DEFAULT '',
    {SYNC_COLUMNS},
    UNIQUE (participant_id, assessor_id, scheme_id)
);

CREATE TABLE evidence_item (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES unit(id),
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    valid INTEGER, asli INTEGER, terkini INTEGER, memadai INTEGER,
    removed INTEGER NOT NULL DEFAULT 0,
    {SYNC_COLUMNS}
);

CREATE TABLE answer (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL REFERENCES question(id),
    summary TEXT NOT NULL DEFAULT '',
    verdict TEXT CHECK (verdict IN ('K','BK')),
    {SYNC_COLUMNS},
    UNIQUE (assessment_id, question_id)
);

CREATE TABLE unit_result (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES unit(id),
    recommendation TEXT CHECK (recommendation IN ('K','BK')),
    evidence_types TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    {SYNC_COLUMNS},
    UNIQUE (assessment_id, unit_id)
);

CREATE TABLE decision (
    id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    scheme_id TEXT NOT NULL REFERENCES scheme(id),
    result TEXT NOT NULL CHECK (result IN ('K','BK')),
    plenary_date TEXT,
    sk_number TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL DEFAULT '',
    {SYNC_COLUMNS},
    UNIQUE (participant_id, scheme_id)
);

CREATE TABLE certificate (
    id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    scheme_id TEXT NOT NULL REFERENCES scheme(id),
    decision_id TEXT REFERENCES decision(id),
    number TEXT NOT NULL UNIQUE,
    registration_number TEXT NOT NULL UNIQUE,
    issue_date TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    verification_code TEXT NOT NULL DEFAULT '',
    voided INTEGER NOT NULL DEFAULT 0,
    void_reason TEXT NOT NULL DEFAULT '',
    {SYNC_COLUMNS}
);

-- Local numbering sequences (certificate, registration): assigned once, never reused.
CREATE TABLE number_sequence (
    name TEXT NOT NULL,
    year INTEGER NOT NULL,
    last_value INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (name, year)
);

-- Append-only audit log, hash-chained: hash = sha256(canonical(row without hash) ).
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    device_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    old TEXT,
    new TEXT,
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit(entity, entity_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
{AUDIT_NO_DELETE_SQL};
"""


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Migration:
    name: str
    apply: Callable[[sqlite_utils.Database], None]

    def __init__(self, name: str, apply: Callable[[sqlite_utils.Database], None]) -> None:
        _set = object.__setattr__  # frozen: as @dataclass(frozen=True) sets them
        _set(self, "name", name)
        _set(self, "apply", apply)

    @recursive_repr()
    def __repr__(self) -> str:
        return f"{self.__class__.__qualname__}(name={self.name!r}, apply={self.apply!r})"

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.name, self.apply)
        theirs = (other.name, other.apply)
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self.name, self.apply))


def _v1_initial(db: sqlite_utils.Database) -> None:
    for statement in _split_sql(V1_SQL):
        db.execute(statement)


def _split_sql(script: str) -> list[str]:
    """Split a DDL script into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    buf: list[str] = []
    in_trigger = False
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        buf.append(line)
        upper = line.strip().upper()
        if upper.startswith("CREATE TRIGGER"):
            in_trigger = True
        if in_trigger:
            if upper.endswith("END;"):
                statements.append("\n".join(buf))
                buf, in_trigger = [], False
        elif line.rstrip().endswith(";"):
            statements.append("\n".join(buf))
            buf = []
    if buf:
        statements.append("\n".join(buf))
    return statements


PACKAGES_SQL = f"""
-- Several laptops: merge conflicts waiting for a person, packages already applied (so a
-- replayed package changes nothing), and absent/withdrawn marks for the completeness grid.
CREATE TABLE merge_conflict (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('concurrent','not_owner','duplicate_key','two_assessors')),
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    participant_id TEXT,
    assessor_id TEXT NOT NULL DEFAULT '',
    package_id TEXT NOT NULL,
    local_json TEXT,
    incoming_json TEXT NOT NULL,
    incoming_hash TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','resolved')),
    resolution TEXT CHECK (resolution IN ('keep_local','take_incoming')),
    reason TEXT NOT NULL DEFAULT '',
    resolved_by TEXT NOT NULL DEFAULT '',
    resolved_at TEXT,
    UNIQUE (kind, entity, entity_id, incoming_hash)
);
CREATE INDEX merge_conflict_open ON merge_conflict(status, entity_id);

CREATE TABLE applied_package (
    package_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    assessor_id TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL DEFAULT '',
    file_sha256 TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    report_json TEXT NOT NULL DEFAULT '{{}}'
);

CREATE TABLE completeness_mark (
    id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    assessor_id TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('absent','withdrawn')),
    reason TEXT NOT NULL,
    {SYNC_COLUMNS},
    UNIQUE (participant_id, assessor_id)
);
"""


def _packages(db: sqlite_utils.Database) -> None:
    for statement in _split_sql(PACKAGES_SQL):
        db.execute(statement)


SIGNOFF_SQL = f"""
CREATE TABLE signoff (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    audit_seq INTEGER NOT NULL,
    statement TEXT NOT NULL,
    signature TEXT NOT NULL,
    public_key TEXT NOT NULL,
    receipt_code TEXT NOT NULL,
    {SYNC_COLUMNS}
);
CREATE INDEX signoff_assessment ON signoff(assessment_id, audit_seq);
"""


def _signoff(db: sqlite_utils.Database) -> None:
    """Signed sign-off receipts: the device-key anchor the audit chain is checked against."""
    for statement in _split_sql(SIGNOFF_SQL):
        db.execute(statement)


def _certificate_name(db: sqlite_utils.Database) -> None:
    """The name printed on the certificate when it differs from the roster name (titles,
    spelling the participant asks for); empty means the name itself."""
    db.execute("ALTER TABLE participant ADD COLUMN certificate_name TEXT NOT NULL DEFAULT ''")
DOCUMENTS_SQL = f"""
ALTER TABLE participant ADD COLUMN regency TEXT NOT NULL DEFAULT '';
CREATE TABLE report_note (
    id TEXT PRIMARY KEY,
    assessor_id TEXT NOT NULL REFERENCES assessor(id) ON DELETE CASCADE,
    scheme_id TEXT NOT NULL REFERENCES scheme(id) ON DELETE CASCADE,
    aspects TEXT NOT NULL DEFAULT '',
    rejections TEXT NOT NULL DEFAULT '',
    improvements TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    {SYNC_COLUMNS},
    UNIQUE (assessor_id, scheme_id)
);
"""


def _documents(db: sqlite_utils.Database) -> None:
    """The participant's kabupaten/kota (BNSP KODE KOTA/PROVINSI) and the FR.AK.05 narrative
    boxes an assessor types (issue 15)."""
    for statement in _split_sql(DOCUMENTS_SQL):
        db.execute(statement)


VALIDITY_BLANKO_SQL = """
ALTER TABLE scheme ADD COLUMN validity_years INTEGER NOT NULL DEFAULT 3;
ALTER TABLE certificate ADD COLUMN blanko_serial TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX certificate_blanko_serial ON certificate(blanko_serial) WHERE blanko_serial <> '';
"""


def _validity_blanko(db: sqlite_utils.Database) -> None:
    """The scheme's certificate validity in years (3 where a file predates it) and the serial of
    the BNSP blanko each certificate was printed on, one serial on one certificate (issue 15)."""
    for statement in _split_sql(VALIDITY_BLANKO_SQL):
        db.execute(statement)


def _question_text_en(db: sqlite_utils.Database) -> None:
    """A scheme's question in English where the scheme has it (the English UI shows it;
    documents stay Indonesian)."""
    db.execute("ALTER TABLE question ADD COLUMN text_en TEXT NOT NULL DEFAULT ''")


DICTIONARY_SQL = """
CREATE TABLE handout_record (
    package_id TEXT PRIMARY KEY,
    assessor_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    rows_json TEXT NOT NULL
);
ALTER TABLE participant ADD COLUMN identity_salt TEXT NOT NULL DEFAULT '';
"""
# Tables written before 0008 by paths that did not log them (issue 21): baseline-logged once.
_UNLOGGED_BEFORE_0008 = ("event", "scheme", "unit", "element", "criterion", "question", "assessor",
                         "participant", "assignment", "completeness_mark")


def _dictionary(db: sqlite_utils.Database) -> None:
    """One data dictionary (domain/dictionary.py): every table is audited, so rows written before
    by unaudited paths get a whole-row log entry once; each participant gets the random salt of
    the identity digest sign-off receipts cover; the coordinator keeps a record of each hand-out
    (the revisions it carried, the ancestry a results package is judged by)."""
    from humas_desktop.storage.baseline import log_rows

    for statement in _split_sql(DICTIONARY_SQL):
        db.execute(statement)
    db.execute("UPDATE participant SET identity_salt = lower(hex(randomblob(16)))")
    conn = db.conn
    log_rows(conn, _UNLOGGED_BEFORE_0008, actor="migration", device_id="",
             reason="0008: tabel tercatat di log audit")
    log_rows(conn, ("report_note",), actor="migration", device_id="",
             reason="0008: tabel tercatat di log audit", only_unlogged=True)


RECORDS_SQL = f"""
CREATE TABLE feedback (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL UNIQUE REFERENCES assessment(id) ON DELETE CASCADE,
    wording_version TEXT NOT NULL,
    statements TEXT NOT NULL,
    answers TEXT NOT NULL,
    comments TEXT NOT NULL DEFAULT '[]',
    other_comments TEXT NOT NULL DEFAULT '',
    signed_name TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    {SYNC_COLUMNS}
);
CREATE TABLE appeal (
    id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    scheme_id TEXT NOT NULL REFERENCES scheme(id),
    assessment_id TEXT,  -- the signed result appealed (a link, kept if that record goes)
    wording_version TEXT NOT NULL,
    questions TEXT NOT NULL,
    answers TEXT NOT NULL,
    reason TEXT NOT NULL,
    received_on TEXT NOT NULL,
    window_days INTEGER NOT NULL,
    team TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','decided')),
    outcome TEXT CHECK (outcome IN ('diterima','ditolak')),
    decision_notes TEXT NOT NULL DEFAULT '',
    sk_number TEXT NOT NULL DEFAULT '',
    decided_on TEXT,
    {SYNC_COLUMNS}
);
CREATE INDEX appeal_participant ON appeal(participant_id, status);
CREATE TABLE impartiality (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL UNIQUE REFERENCES assessment(id) ON DELETE CASCADE,
    wording_version TEXT NOT NULL,
    statement TEXT NOT NULL,
    signed_name TEXT NOT NULL,
    signed_met TEXT NOT NULL DEFAULT '',
    signed_at TEXT NOT NULL,
    {SYNC_COLUMNS}
);
"""


def _records(db: sqlite_utils.Database) -> None:
    """FR.AK.03, the participant's feedback after the recommendation (one per assessment, the
    wording it was filled with snapshotted), FR.AK.04 appeals as tracked cases, and the
    assessor's impartiality and confidentiality declaration of FR.AK.01 (issue 26)."""
    for statement in _split_sql(RECORDS_SQL):
        db.execute(statement)


APL_SQL = f"""
CREATE TABLE apl01 (
    id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL UNIQUE REFERENCES participant(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL
        CHECK (purpose IN ('sertifikasi','sertifikasi_ulang','pkt','rpl','lainnya')),
    purpose_other TEXT NOT NULL DEFAULT '',
    home_phone TEXT NOT NULL DEFAULT '',
    office_phone TEXT NOT NULL DEFAULT '',
    office_postal_code TEXT NOT NULL DEFAULT '',
    office_fax TEXT NOT NULL DEFAULT '',
    office_email TEXT NOT NULL DEFAULT '',
    documents TEXT NOT NULL DEFAULT '[]',
    recommendation TEXT CHECK (recommendation IN ('diterima','tidak_diterima')),
    notes TEXT NOT NULL DEFAULT '',
    applied_on TEXT,
    admin_name TEXT NOT NULL DEFAULT '',
    admin_signed_on TEXT,
    {SYNC_COLUMNS}
);
CREATE TABLE apl02 (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES unit(id),
    self_assessment TEXT NOT NULL CHECK (self_assessment IN ('K','BK')),
    evidence TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL CHECK (recommendation IN ('lanjut','tidak_lanjut')),
    asesi_signed_on TEXT,
    reviewed_name TEXT NOT NULL DEFAULT '',
    reviewed_met TEXT NOT NULL DEFAULT '',
    reviewed_at TEXT NOT NULL,
    {SYNC_COLUMNS},
    UNIQUE (assessment_id, unit_id)
);
CREATE TABLE ak01 (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL UNIQUE REFERENCES assessment(id) ON DELETE CASCADE,
    wording_version TEXT NOT NULL,
    statements TEXT NOT NULL,
    methods TEXT NOT NULL,
    tuk_type TEXT NOT NULL CHECK (tuk_type IN ('sewaktu','tempat_kerja','mandiri')),
    tuk_name TEXT NOT NULL DEFAULT '',
    agreed_date TEXT NOT NULL,
    agreed_time TEXT NOT NULL DEFAULT '',
    asesi_name TEXT NOT NULL,
    asesi_signed_at TEXT NOT NULL,
    assessor_name TEXT NOT NULL,
    assessor_met TEXT NOT NULL DEFAULT '',
    assessor_signed_at TEXT NOT NULL,
    {SYNC_COLUMNS}
);
"""


def _apl(db: sqlite_utils.Database) -> None:
    """FR.APL.01 as received (the fields the roster does not hold; the coordinator's), the
    assessor's FR.APL.02 review per unit ("asesmen dapat / tidak dapat dilanjutkan", with the
    asesi's K/BK and evidence), and FR.AK.01 as the form is: the evidence methods, TUK, date and
    time, both signatures, the statements snapshotted (issue 26)."""
    for statement in _split_sql(APL_SQL):
        db.execute(statement)


REVIEW_SQL = f"""
CREATE TABLE review (
    id TEXT PRIMARY KEY,
    scheme_id TEXT NOT NULL UNIQUE REFERENCES scheme(id),
    wording_version TEXT NOT NULL,
    wording TEXT NOT NULL,
    facts TEXT NOT NULL,
    principles TEXT NOT NULL,
    principles_recommendation TEXT NOT NULL DEFAULT '',
    dimensions TEXT NOT NULL,
    dimensions_recommendation TEXT NOT NULL DEFAULT '',
    reviewer_name TEXT NOT NULL,
    reviewer_met TEXT NOT NULL DEFAULT '',
    reviewed_on TEXT NOT NULL,
    comments TEXT NOT NULL DEFAULT '',
    {SYNC_COLUMNS}
);
CREATE TABLE validation (
    id TEXT PRIMARY KEY,
    scheme_id TEXT NOT NULL REFERENCES scheme(id),
    period TEXT NOT NULL,
    wording_version TEXT NOT NULL,
    wording TEXT NOT NULL,
    validators TEXT NOT NULL,
    validated_on TEXT NOT NULL,
    place TEXT NOT NULL,
    purposes TEXT NOT NULL,
    contexts TEXT NOT NULL,
    approaches TEXT NOT NULL,
    people TEXT NOT NULL,
    benchmarks TEXT NOT NULL,
    communication TEXT NOT NULL,
    aspects TEXT NOT NULL,
    findings TEXT NOT NULL,
    plan TEXT NOT NULL,
    {SYNC_COLUMNS},
    UNIQUE (scheme_id, period)
);
ALTER TABLE appeal ADD COLUMN reassessment_id TEXT;  -- the re-assessment the case ordered
"""


def _review(db: sqlite_utils.Database) -> None:
    """FR.AK.06, the lead assessor's review of the event per scheme (the day's facts it was
    prefilled with snapshotted), FR.VA validation per scheme and period, and the re-assessment
    an appeal case orders (issue 26)."""
    for statement in _split_sql(REVIEW_SQL):
        db.execute(statement)


def _scheme_wording(db: sqlite_utils.Database) -> None:
    """A scheme's own wording of FR.AK.01/03/04/06/VA (a JSON document; '' = the event's or the
    shipped one), so an LSP whose forms differ per scheme changes data; and what the FR.AK.01
    evidence method "Lainnya" is (issue 26)."""
    db.execute("ALTER TABLE scheme ADD COLUMN wording TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE ak01 ADD COLUMN other_method TEXT NOT NULL DEFAULT ''")


MIGRATIONS: list[Migration] = [
    Migration("0001_initial", _v1_initial),
    Migration("0002_packages", _packages),
    Migration("0003_signoff", _signoff),
    Migration("0004_certificate_name", _certificate_name),
    Migration("0005_documents", _documents),
    Migration("0006_validity_blanko", _validity_blanko),
    Migration("0007_question_text_en", _question_text_en),
    Migration("0008_dictionary", _dictionary),
    Migration("0009_records", _records),
    Migration("0010_apl", _apl),
    Migration("0011_review", _review),
    Migration("0012_scheme_wording", _scheme_wording),
]

SCHEMA_VERSION = len(MIGRATIONS)
