"""Whole-row log entries for rows that are in a file but not (completely) in its log.

Two places need them: the migration that made every table of the data dictionary audited
(rows written before by unaudited paths: the roster, the scheme, the event, assignments), and the
hand-out snapshot, whose copy starts a log of its own (the coordinator's log names every
participant). Each row gets one "*" entry with its current values, personal columns sealed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime

from humas_desktop.domain import dictionary
from humas_desktop.storage import audit


def log_rows(conn: sqlite3.Connection, tables: Iterable[str], *, actor: str, device_id: str,
             reason: str, only_unlogged: bool = False) -> int:
    """Append a "*" entry for every row of ``tables`` (``only_unlogged``: rows that have no "*"
    entry yet). Call inside a transaction. Returns the number of entries."""
    at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    out: list[tuple[str, str, str, str, str, str, None, str, str]] = []
    for table in tables:
        declared = dictionary.table(table)
        present = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        columns = [c for c in declared.column_names if c in present and c not in dictionary.SYNC_COLUMNS]
        personal = dictionary.personal_columns(table)
        key = audit.Sealer(audit.personal_key(conn)) if personal else None
        logged: set[str] = set()
        if only_unlogged:
            logged = {str(r[0]) for r in conn.execute(
                "SELECT entity_id FROM audit WHERE entity = ? AND field = '*'", (table,))}
        for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid"):
            values = dict(zip(columns, row, strict=True))
            row_id = str(values["id"])
            if row_id in logged:
                continue
            if key is not None:
                values = audit.sealed_values(key, values, personal)
            out.append((at, actor, device_id, table, row_id, "*", None, audit.row_json(values), reason))
    return audit.append_many(conn, out) if out else 0
