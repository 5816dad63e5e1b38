"""Check an event file: header, schema, integrity, foreign keys, audit chain, replay, sign-offs."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humas_desktop.domain.errors import EventFileError
from humas_desktop.services import integrity
from humas_desktop.storage import audit, queries
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, open_event, wal_state
from humas_desktop.storage.schema import MIGRATIONS, SCHEMA_VERSION
from humas_desktop.storage.structure_check import StructureCheck, snapshot_with_structure_check

# The schema version that has the signoff table (older files only get the chain check).
SIGNOFF_SCHEMA = next(i + 1 for i, m in enumerate(MIGRATIONS) if m.name.endswith("_signoff"))
MAX_LISTED = 50
logger = logging.getLogger(__name__)


def _printable(value: Any) -> Any:
    """A problem's context as one printable line: damaged rows may hold BLOBs, control
    characters, undecodable text or megabytes of garbage."""
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        value = bytes(value)[:32].hex()
    text = str(value).encode("utf-8", "replace").decode("utf-8")
    text = " ".join(text.split())
    return text[:200]


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


# The text factory a check tries first: SQLite's own decoding (a test sets the lenient one to
# compare the two ways on damaged files).
_FAST_TEXT: Any = str


@dataclass
class CheckReport:
    path: str
    ok: bool = True
    schema_version: int | None = None
    participants: int = 0
    assessments: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[dict[str, Any]] = field(default_factory=list)
    signers: dict[str, str] = field(default_factory=dict)

    def problem(self, code: str, **context: Any) -> None:
        self.ok = False
        self.problems.append({"code": code, **{k: _printable(v) for k, v in context.items()}})

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "path": self.path, "schema_version": self.schema_version,
                "supported_schema_version": SCHEMA_VERSION, "participants": self.participants,
                "assessments": self.assessments, "counts": self.counts,
                "problems": self.problems, "signers": self.signers}


def check_event_file(path: Path, require_receipts: bool = False) -> CheckReport:
    """Read-only check; never modifies the file. The first problem is the first broken link."""
    report = CheckReport(path=str(path))
    if wal_state(path) == "foreign":
        report.problem("foreign_wal")
        return report
    try:
        edb = open_event(path, read_only=True)
    except EventFileError as exc:
        report.problem(exc.code, **{k: v for k, v in exc.context.items() if k != "path"})
        return report
    try:
        conn = edb.conn
        try:
            # One consistent view while the app may be writing; SQLite's integrity_check and
            # foreign key check of that same view run beside the chain walk, on a second
            # connection (storage.structure_check).
            with snapshot_with_structure_check(conn, path) as structure:
                # SQLite's own UTF-8 decoding first (a Python text factory is a call per value:
                # 7.5 million of them on a 400,000-entry log). Text that is no valid UTF-8 (a
                # flipped bit) stops it; the whole check then runs again, in the same snapshot,
                # decoding leniently, so that damage is reported as it always was, not a crash.
                try:
                    conn.text_factory = _FAST_TEXT
                    _check_snapshot(edb, report, structure, require_receipts)
                    again = False
                except sqlite3.OperationalError as exc:
                    if not str(exc).startswith("Could not decode to UTF-8"):
                        raise
                    again = True  # outside this block: the failed pass's cursors are let go first
                if again:
                    report = CheckReport(path=str(path))
                    conn.text_factory = _lenient_text
                    _check_snapshot(edb, report, structure, require_receipts)
        except (sqlite3.DatabaseError, UnicodeError) as exc:
            report.problem("damaged", detail=str(exc)[:200])
        except Exception as exc:  # noqa: BLE001 - a checker names damage, it never crashes on it
            logger.exception("check: unexpected failure on a damaged file")
            report.problem("damaged", detail=f"unexpected {type(exc).__name__}")
    finally:
        edb.discard()
    return report


def _check_snapshot(edb: EventDB, report: CheckReport, structure: StructureCheck,
                    require_receipts: bool) -> None:
    """Every check of the file, inside the caller's read snapshot, into ``report``: SQLite's
    checks first, then the chain, the replay and the receipts, as they were always reported
    (the chain is walked while SQLite checks; a failure of SQLite's checks is reported first)."""
    conn = edb.conn
    report.schema_version = edb.schema_version()
    findings: list[integrity.Finding] = []
    broken: int | None = None
    failure: BaseException | None = None
    try:
        if edb.schema_version() >= SIGNOFF_SCHEMA:
            findings = integrity.integrity_findings(edb, require_receipts)
        else:
            broken = audit.first_broken_link(conn)
    except Exception as exc:  # noqa: BLE001 - raised below, after SQLite's checks are reported
        failure = exc
    try:
        lines, fk = structure.result()
        for line in lines:
            if line != "ok":
                report.problem("integrity", detail=line[:200])
        if fk:
            report.problem("foreign_keys", rows=fk)
        if failure is not None:
            raise failure
    finally:
        # No cycle through this frame: the failed walk's cursors go with the error, so the
        # connection really closes when the caller closes it.
        failure = None
    if edb.schema_version() >= SIGNOFF_SCHEMA:
        for finding in findings[:MAX_LISTED]:
            report.problem(finding.code, **finding.context)
        if len(findings) > MAX_LISTED:
            report.problem("more_problems", count=len(findings) - MAX_LISTED)
        report.signers = integrity.signer_fingerprints(edb)
    elif broken is not None:
        report.problem("audit_chain_broken", seq=broken)
    report.counts = repo.counts(edb)
    report.participants = report.counts["participant"]
    report.assessments = report.counts["assessment"]
    if not queries.has_event_row(conn):
        report.problem("event_missing")
