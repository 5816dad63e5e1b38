""""Hapus data pribadi": remove participants' personal data from an event file, its WAL and backups.

UU PDP Art. 42-44: when the retention period ends the data must really be gone. Rows stay (with
number, sex, education, scheme, attendance, results) so anonymous counts survive; identity and
contact columns are blanked. Deletion is made real: ``secure_delete`` zeroes freed cells, the WAL
is checkpointed and truncated, ``VACUUM`` rewrites the file, and the event's backup copies are
overwritten and removed. Close every other connection to the file first.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.progress import Progress
from humas_desktop.paths import backups_dir
from humas_desktop.storage import audit
from humas_desktop.storage.db import EventDB, now_iso, open_event

# Identity and contact columns (domain.md §4 roster): blanked. Kept for statistics: number,
# gender, nationality, education, scheme, attendance, province/education/occupation codes.
CLEARED_TEXT = ("nik", "birth_place", "address", "postal_code", "phone", "email", "institution",
                "job_title", "office_address", "nip", "rank_grade", "work_unit", "city_code")
PURGED_SETTING = "personal_data_purged_at"
COUNTS_SETTING = "anonymous_counts"
_DIGITS = re.compile(r"\d{16,}")


@dataclass
class PurgeReport:
    participants: int = 0
    backups_removed: list[str] = field(default_factory=list)
    residual: list[str] = field(default_factory=list)  # "table.column" still holding an ID number
    counts: dict[str, object] = field(default_factory=dict)


def retention_due(edb: EventDB, today: date | None = None) -> bool:
    row = edb.conn.execute("SELECT retention_until FROM event").fetchone()
    return bool(row and row[0] and date.fromisoformat(row[0]) < (today or date.today()))


def _may_purge(edb: EventDB, today: date | None) -> None:
    row = edb.conn.execute("SELECT status, retention_until FROM event").fetchone()
    if row is None:
        raise DomainError("event_missing")
    if row[0] != "closed" and not retention_due(edb, today):
        raise DomainError("purge_not_closed", retention_until=row[1] or "-")


def anonymous_counts(edb: EventDB) -> dict[str, object]:
    conn = edb.conn

    def grouped(sql: str) -> dict[str, int]:
        return {str(k if k is not None else "-"): int(n) for k, n in conn.execute(sql)}

    return {
        "participants": int(conn.execute("SELECT count(*) FROM participant").fetchone()[0]),
        "by_gender": grouped("SELECT gender, count(*) FROM participant GROUP BY gender"),
        "by_attendance": grouped("SELECT attendance, count(*) FROM participant GROUP BY attendance"),
        "by_result": grouped("SELECT result, count(*) FROM decision GROUP BY result"),
        "by_scheme": grouped("SELECT s.code, count(*) FROM participant p JOIN scheme s "
                             "ON s.id = p.scheme_id GROUP BY s.code"),
        "certificates": int(conn.execute("SELECT count(*) FROM certificate").fetchone()[0]),
    }


def _residual(edb: EventDB, secrets_: set[str]) -> list[str]:
    """Text columns of every table that still contain one of the removed ID numbers."""
    found: list[str] = []
    tables = [r[0] for r in edb.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        columns = [r[1] for r in edb.conn.execute(f"PRAGMA table_info({table})")]
        for column in columns:
            for (value,) in edb.conn.execute(
                    f"SELECT {column} FROM {table} WHERE typeof({column}) = 'text' "
                    f"AND {column} GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'"):
                if any(run in secrets_ or any(s in run for s in secrets_)
                       for run in _DIGITS.findall(value)):
                    found.append(f"{table}.{column}")
                    break
    return found


def _shred(path: Path) -> None:
    """Overwrite then remove (on SSDs the overwrite is best effort; the file is gone either way)."""
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with path.open("r+b") as fh:
            fh.write(b"\0" * size)
            fh.flush()
            os.fsync(fh.fileno())
    path.unlink(missing_ok=True)


def event_backups(path: Path, base: Path) -> list[Path]:
    """Backup copies of this event: in the backups folder and migration backups beside it."""
    stem = path.stem
    found = [p for p in backups_dir(base).iterdir() if p.is_file() and p.name.startswith(stem)]
    found += [p for p in path.parent.glob(f"{stem}.v*.bak") if p.is_file()]
    return sorted(set(found))


def purge_steps(path: Path, base: Path, report: PurgeReport, *, force: bool = False,
                today: date | None = None) -> Iterator[Progress]:
    """The purge as a job (for ``workers.run_in_background``); fills ``report``."""
    edb = open_event(path, actor="coordinator")
    try:
        if not force:
            _may_purge(edb, today)
        conn = edb.conn
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # VACUUM's copy never touches a temp file
        yield Progress(0, 4, "purge")
        ids = {r[0] for r in conn.execute("SELECT nik FROM participant WHERE nik != ''")}
        ids |= {r[0] for r in conn.execute("SELECT nip FROM participant WHERE nip != ''")}
        report.counts = anonymous_counts(edb)
        sets = ", ".join(f"{c} = ''" for c in CLEARED_TEXT)
        with edb.atomic():
            cur = conn.execute(
                f"UPDATE participant SET name = 'Asesi ' || printf('%04d', number), {sets}, "
                "birth_date = NULL, updated_at = ?, revision = revision + 1", (now_iso(),))
            report.participants = cur.rowcount
            event_id = conn.execute("SELECT id FROM event").fetchone()[0]
            stamp = now_iso()
            audit.append(conn, at=stamp, actor=edb.actor, device_id=edb.device_id, entity="event",
                         entity_id=event_id, field="personal_data_purged", old=None,
                         new=report.participants, reason="retensi")
            for key, value in ((PURGED_SETTING, stamp),
                               (COUNTS_SETTING, json.dumps(report.counts, sort_keys=True))):
                conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) "
                             "DO UPDATE SET value = excluded.value", (key, value))
        yield Progress(1, 4, "purge")
        report.residual = _residual(edb, ids)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        yield Progress(2, 4, "purge")
    finally:
        edb.close()
    for backup in event_backups(path, base):
        _shred(backup)
        report.backups_removed.append(backup.name)
    yield Progress(4, 4, "purge")


def purge_personal_data(path: Path, base: Path, *, force: bool = False,
                        today: date | None = None) -> PurgeReport:
    report = PurgeReport()
    for _ in purge_steps(path, base, report, force=force, today=today):
        pass
    return report
