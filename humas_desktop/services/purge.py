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

from humas_desktop.domain import dictionary
from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.progress import Progress
from humas_desktop.paths import EVENT_SUFFIX, backups_dir, clean_work_dirs, events_dir
from humas_desktop.services.backups import backup_before
from humas_desktop.services.session import EventSession
from humas_desktop.storage import audit, held_journal
from humas_desktop.storage import packages_store as store
from humas_desktop.storage.backup import event_id_of, parse_name
from humas_desktop.storage.backup_identity import IDENTITY_SUFFIX, identity_path, read_identity
from humas_desktop.storage.db import EventDB, now_iso

# What purge erases is the data dictionary's (domain/dictionary.py, ``purge`` of each column):
# identity and contact columns blanked, the name replaced by 'Asesi NNNN', the birth date
# emptied; kept for statistics: number, gender, nationality, education, scheme, attendance,
# province/education/occupation codes.
PURGE_PLAN = dictionary.purge_plan()
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
    row = store.event_status_and_retention(edb)
    return bool(row and row[1] and date.fromisoformat(row[1]) < (today or date.today()))


def _may_purge(edb: EventDB, today: date | None) -> None:
    row = store.event_status_and_retention(edb)
    if row is None:
        raise DomainError("event_missing")
    if row[0] != "closed" and not retention_due(edb, today):
        raise DomainError("purge_not_closed", retention_until=row[1] or "-")


def anonymous_counts(edb: EventDB) -> dict[str, object]:
    return store.anonymous_counts(edb)


def _residual(edb: EventDB, secrets_: set[str]) -> list[str]:
    """Text columns of every table that still contain one of the removed ID numbers."""
    found: list[str] = []
    for table in store.table_names(edb.conn):
        for column in store.table_columns(edb.conn, table):
            for value in store.texts_with_long_digit_runs(edb, table, column):
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


def _made_from(candidate: Path, path: Path, base: Path) -> bool:
    """Whether a file's name says it was made from this event file: a backup named after its stem
    exactly (``<stem>.<time>Z.<reason>.humasbak``), a migration backup or a file set aside beside
    it. Used only for copies that name no event (damaged, or older than the sidecars)."""
    parsed = parse_name(candidate)
    if parsed is not None and parsed[0] == path.stem and candidate.is_relative_to(backups_dir(base)):
        return True
    return candidate.parent == path.parent and (
        candidate.name.startswith(f"{path.name}.")
        or (candidate.name.startswith(f"{path.stem}.v") and candidate.name.endswith(".bak")))


def event_backups(path: Path, base: Path, event_id: str | None = None) -> list[Path]:
    """Every copy of this event, found by its id wherever it sits in the data folder: backups
    under any name, migration backups, files set aside (``.corrupt``, ``.before-restore``), with
    the sidecars that name them. A file of another event is never listed, whatever it is called;
    live event files in the events folder are never listed. Outside the data folder (an event
    file on a share) only what was made from this very file beside it is listed. ``event_id`` is
    read from the file when not given (the purge passes the id it read on its own connection)."""
    event_id = event_id or event_id_of(path)
    own = {path.name, *(path.name + s for s in ("-wal", "-shm", "-journal"))}
    events = events_dir(base)
    in_base = [p for p in base.rglob("*") if not p.name.endswith(IDENTITY_SUFFIX)]
    beside = [p for p in path.parent.iterdir() if _made_from(p, path, base)]
    found: set[Path] = set()
    for candidate in dict.fromkeys([*in_base, *beside]):
        if (candidate.is_symlink() or not candidate.is_file() or candidate.name.endswith(("-wal", "-shm"))
                or (candidate.parent == path.parent and candidate.name in own)
                or (candidate.parent == events and candidate.suffix == EVENT_SUFFIX)):
            continue
        owner = event_id_of(candidate)
        # A copy naming no event (damaged) is this event's only when its name ties it to this file.
        if (owner == event_id) if owner is not None else _made_from(candidate, path, base):
            found.add(candidate)
            extras = (identity_path(candidate),
                      *(candidate.with_name(candidate.name + s) for s in ("-wal", "-shm")))
            found.update(extra for extra in extras if extra.is_file())
    # Sidecars whose backup is gone still name the event: removed with the rest.
    if event_id is not None:
        found.update(p for p in base.rglob(f"*{IDENTITY_SUFFIX}")
                     if not p.is_symlink() and read_identity(p) == event_id)
    return sorted(found)


def purge_steps(edb: EventDB, base: Path, report: PurgeReport, *, force: bool = False,
                today: date | None = None) -> Iterator[Progress]:
    """The purge as a job (for ``workers.run_in_background``) on the job's own connection
    (``EventSession.worker()``, the only one open: VACUUM needs that); fills ``report``.

    Closes ``edb`` (idempotent) before the backups are shredded.
    """
    path = edb.path
    try:
        if not force:
            _may_purge(edb, today)
        # A verified copy to return to if the purge itself fails; removed with the others below.
        backup_before(edb, "purge", base)
        store.prepare_for_shredding(edb)
        yield Progress(0, 4, "purge")
        ids = store.participant_id_numbers(edb)
        report.counts = anonymous_counts(edb)
        with edb.atomic():
            report.participants = store.purge_columns(
                edb, PURGE_PLAN, now_iso(), edb.actor, edb.device_id, "retensi")
            event_id = store.event_id(edb.conn)
            if event_id is None:
                raise DomainError("event_missing")
            stamp = now_iso()
            audit.append(edb.conn, at=stamp, actor=edb.actor, device_id=edb.device_id, entity="event",
                         entity_id=event_id, field="personal_data_purged", old=None,
                         new=report.participants, reason="retensi")
            for key, value in ((PURGED_SETTING, stamp),
                               (COUNTS_SETTING, json.dumps(report.counts, sort_keys=True))):
                edb.set_setting(key, value)
        yield Progress(1, 4, "purge")
        report.residual = _residual(edb, ids)
        store.checkpoint_and_vacuum(edb)
        yield Progress(2, 4, "purge")
    finally:
        edb.close()
    for backup in event_backups(path, base, event_id):
        _shred(backup)
        report.backups_removed.append(backup.name)
    # Changes held while the file was first checked (storage.held_journal), set aside or left
    # by a crash: they hold the values the purge has just erased from the file.
    for journal in held_journal.files_of_event(base, event_id):
        _shred(journal)
        report.backups_removed.append(journal.name)
    clean_work_dirs(base, everything=True)  # work files of merges, imports, packages, verify
    yield Progress(4, 4, "purge")


def purge_personal_data(path: Path, base: Path, *, force: bool = False,
                        today: date | None = None) -> PurgeReport:
    report = PurgeReport()
    with EventSession(path, actor="coordinator").worker() as edb:
        for _ in purge_steps(edb, base, report, force=force, today=today):
            pass
    return report
