"""What opening a hand-out and merging results share: a package's snapshot opened as foreign data
(never code), its counts checked against the manifest, and how rows are hashed and keyed."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from humas_desktop.domain import dictionary
from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.package import (
    MAX_SNAPSHOT_BYTES,
)
from humas_desktop.paths import running_data_dir, work_dir
from humas_desktop.services import handout
from humas_desktop.services.handout import (
    table_counts,
)
from humas_desktop.storage import audit, foreign_db
from humas_desktop.storage import packages_store as store
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import inspect_header

# --- helpers -----------------------------------------------------------------------------

_NATURAL_KEYS = {t.name: t.natural_key for t in dictionary.TABLES if t.natural_key}
RESULT_TABLES = handout.RESULT_TABLES
coordinator_digest = handout.coordinator_digest
assessor_digest = handout.assessor_digest

# Columns of a travelling table that are not the assessor's, in tables that mix owners (the
# participant: identity and roster beside attendance). A results package never changes them (a
# change is a ``not_owner`` conflict), so the merge keeps the coordinator's current values there
# and compares versions on the other columns only: the coordinator's Kabupaten/Kota filled in
# after the hand-out and the assessor's attendance are merged column by column (issue 24).
COORDINATOR_KEPT: dict[str, tuple[str, ...]] = {
    t.name: tuple(c.name for c in t.columns if c.owner is not dictionary.Owner.ASSESSOR
                  and c.name not in dictionary.SYNC_COLUMNS)
    for t in dictionary.TABLES
    if t.results and t.audited and any(c.owner is dictionary.Owner.COORDINATOR for c in t.columns)}


# One encoder, made once (json.dumps with options builds a new one per call; a merge encodes
# every row): the same text as json.dumps(..., ensure_ascii=False, sort_keys=True, default=str).
_JSON = audit.json_encoder(separators=(", ", ": "), sort_keys=True, default=str)


_SYNC = frozenset(repo.SYNC_FIELDS)
# COORDINATOR_KEPT and the sync columns as sets: version_hash tests every column of a row.
_NOT_VERSIONED = {table: frozenset(kept) | _SYNC for table, kept in COORDINATOR_KEPT.items()}


def content_hash(row: Mapping[str, Any]) -> str:
    body = {k: v for k, v in row.items() if k not in _SYNC}
    return hashlib.sha256(_JSON(body).encode("utf-8")).hexdigest()


def version_hash(table: str, row: Mapping[str, Any]) -> str:
    """What a package may change of a row: its content without the columns the coordinator keeps
    (:data:`COORDINATOR_KEPT`); the whole content in tables an assessor owns entirely."""
    left_out = _NOT_VERSIONED.get(table)
    if not left_out:
        return content_hash(row)
    return content_hash({k: v for k, v in row.items() if k not in left_out})


def with_coordinator_columns(table: str, row: Mapping[str, Any],
                             held: Mapping[str, Any] | None) -> dict[str, Any]:
    """``row`` with the coordinator's columns as held here: what a package writes into a table
    that mixes owners."""
    out = dict(row)
    if held is not None:
        for c in COORDINATOR_KEPT.get(table, ()):
            if c in out and c in held:
                out[c] = held[c]
    return out


def conflict_key(content: str, revision: Any, device: Any) -> str:
    """What tells one conflict's incoming version from another: content, revision and device."""
    return f"{content}:{revision}:{device}"


def _row_json(row: Mapping[str, Any] | None) -> str | None:
    return None if row is None else _JSON(dict(row))


def _event_id(conn: sqlite3.Connection) -> str:
    event_id = store.event_id(conn)
    if event_id is None:
        raise DomainError("event_missing")
    return event_id


def _revisions(conn: sqlite3.Connection) -> dict[str, list[Any]]:
    """(revision, device) of every travelling row as handed out: the base of later changes."""
    return store.row_revisions(conn, RESULT_TABLES)


_FOREIGN_CODES = {"db_altered": "package_altered", "db_too_large": "package_too_large"}


def data_base(event_path: Path) -> Path:
    """The data folder an event file lives in (``<data>/events/x.humas`` -> ``<data>``)."""
    return running_data_dir()  # work files stay in this app's data folder, never beside a stick's file


class _Snapshot:
    """A package's SQLite snapshot written to the private work folder and opened read-only,
    after its schema was compared with ours (storage.foreign_db): data, never code.
    ``written``: the snapshot already written in this process's work folder (by the merge's
    package reader, services.package_reader); removed on close like one written here."""

    def __init__(self, data: bytes, base: Path, written: Path | None = None) -> None:
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if written is not None:
            self.path = written
        else:
            if len(data) > MAX_SNAPSHOT_BYTES:
                raise DomainError("package_too_large")
            self._tmp = tempfile.TemporaryDirectory(prefix="merge-", dir=work_dir(base))
            self.path = Path(self._tmp.name) / "incoming.sqlite"
            self.path.write_bytes(data)
        try:
            inspect_header(self.path)
            self.conn = foreign_db.open_foreign(self.path, max_bytes=MAX_SNAPSHOT_BYTES)
        except foreign_db.ForeignDatabaseError as exc:
            self._remove()
            raise DomainError(_FOREIGN_CODES.get(exc.code, "package_damaged")) from None
        except (DomainError, sqlite3.Error):
            self._remove()
            raise DomainError("package_damaged") from None

    def _remove(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
        else:
            self.path.unlink(missing_ok=True)

    def close(self) -> None:
        self.conn.close()
        self._remove()

    def __enter__(self) -> _Snapshot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()



def _check_counts(conn: sqlite3.Connection, manifest: Mapping[str, Any]) -> None:
    counts = table_counts(conn)
    for table, expected in (manifest.get("counts") or {}).items():
        if counts.get(table) != expected:
            raise DomainError("package_counts_mismatch")
    participants = store.participant_ids(conn)
    if participants != set((manifest.get("ids") or {}).get("participants", [])):
        raise DomainError("package_counts_mismatch")


