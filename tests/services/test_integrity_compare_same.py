"""The replay beside each table compares rows as tuples, all columns at once, and decodes whole-row
entries with the JSON scanner directly: it must name exactly what the column-by-column comparison
of dicts (decoded with json.loads) named, in the same order, whatever was edited behind the app's
back: any cell of any table to any type, rows added or removed, whole-row log entries that are
damaged, padded with whitespace or not an object."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from humas_desktop.domain import dictionary
from humas_desktop.services import integrity
from humas_desktop.storage import audit
from humas_desktop.storage import packages_store as store
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo


def _reference(edb: Any) -> list[dict[str, Any]]:
    """compare_with_tables as it was written before it compared tuples (8b47116)."""
    sealer = audit.Sealer(audit.personal_key(edb.conn, create=False))
    defaults = integrity._defaults(edb)
    out: list[dict[str, Any]] = []

    def row_values(new: object) -> dict[str, Any] | None:
        if new is None:
            return {}
        if not isinstance(new, str):
            return None
        try:
            values = json.loads(new)
        except ValueError:
            return None
        return values if isinstance(values, dict) else None

    def records(table: str) -> Iterator[tuple[str, dict[str, Any] | None]]:
        start = {c: defaults.get(table, {}).get(c) for c in dictionary.replayed_columns(table)
                 if c in defaults.get(table, {})}
        current: str | None = None
        row: dict[str, Any] | None = None
        for entity_id, field_name, new in store.audit_entries_of(edb.conn, table):
            if entity_id != current:
                if current is not None:
                    yield current, row
                current, row = entity_id, None
            if field_name == "-":
                row = None
            elif field_name == "*":
                values = row_values(new)
                if values is None:
                    continue
                row = dict(start)
                row.update({str(k): audit.as_text(v) for k, v in values.items() if k != "id"})
            else:
                if row is None:
                    row = {}
                row[field_name] = new
        if current is not None:
            yield current, row

    for table in integrity.REPLAYED_TABLES:
        columns = dictionary.replayed_columns(table)
        personal = dictionary.personal_columns(table)
        logged = records(table)
        record = next(logged, None)
        for row in store.rows_in_id_order(edb, table):
            row_id = str(row["id"])
            while record is not None and record[0] < row_id:
                if record[1] is not None:
                    out.append({"code": "row_missing", "table": table, "row": record[0]})
                record = next(logged, None)
            expected = record[1] if record is not None and record[0] == row_id else None
            if record is not None and record[0] == row_id:
                record = next(logged, None)
            if expected is None:
                out.append({"code": "row_not_in_log", "table": table, "row": row_id})
                continue
            for column in columns:
                if column not in row:
                    continue
                value = row[column]
                held = sealer(value) if column in personal else audit.as_text(value)
                if column not in expected or held != expected[column]:
                    out.append({"code": "state_mismatch", "table": table, "row": row_id,
                                "column": column})
        while record is not None:
            if record[1] is not None:
                out.append({"code": "row_missing", "table": table, "row": record[0]})
            record = next(logged, None)
        for row_id in store.ids_not_text(edb, table):
            out.append({"code": "row_not_in_log", "table": table, "row": row_id})
    return out


VALUES = [None, 0, 1, -7, 2**62, 1.5, float("inf"), "", "x", "K", "BK", "1", "0", " ", "é\u202e",
          b"\x00\xff", "null", "true"]
ENTRY_TEXTS = [None, "", "{", "[1, 2]", '"text"', "null", ' {"a": "b"}', '{"a": "b"} ', "\ufeff{}",
               '{"id": "x", "verdict": 1}', '{"verdict": true, "summary": null}',
               '{"verdict": 1.0}', '{"verdict": [1]}', '{"verdict": {"a": 1}}', "NaN",
               '{"verdict": NaN}', 5, 1.25, b"{}"]


def _edit(path: Path, rng: random.Random) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA ignore_check_constraints = ON")
        for name, _sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                       ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        for _ in range(rng.choice([1, 2, 4])):
            what = rng.randrange(5)
            table = rng.choice(integrity.REPLAYED_TABLES)
            rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM {table}")]
            if what == 0 and rowids:  # any cell, any type
                column = rng.choice(dictionary.replayed_columns(table))
                try:
                    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                                 (rng.choice(VALUES), rng.choice(rowids)))
                except sqlite3.Error:
                    continue
            elif what == 1 and rowids:  # a row removed
                conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rng.choice(rowids),))
            elif what == 2 and rowids:  # a row copied under a new id
                try:
                    conn.execute(f"INSERT INTO {table} SELECT * FROM {table} WHERE rowid = ?",
                                 (rng.choice(rowids),))
                except sqlite3.Error:
                    conn.execute(f"UPDATE {table} SET id = ? WHERE rowid = ?",
                                 (rng.choice(["zzz", "", "0", 12]), rng.choice(rowids)))
            else:  # a whole-row or field entry of the log rewritten
                seqs = [r[0] for r in conn.execute(
                    "SELECT seq FROM audit WHERE field = ?", ("*" if what == 3 else "verdict",))]
                if seqs:
                    conn.execute("UPDATE audit SET new = ? WHERE seq = ?",
                                 (rng.choice(ENTRY_TEXTS), rng.choice(seqs)))
    finally:
        conn.close()


@pytest.mark.slow
def test_the_tuple_comparison_names_what_the_dict_comparison_named(tmp_path: Path) -> None:
    template = make_demo(tmp_path / "data", participants=4, decided=True)
    rng = random.Random(20261207)
    target = tmp_path / "case.humas"
    found_any = 0
    for _ in range(80):
        shutil.copyfile(template, target)
        _edit(target, rng)
        with open_event(target, read_only=True) as edb:
            new = [{"code": f.code, **f.context} for f in integrity.compare_with_tables(edb)]
            assert new == _reference(edb)
        found_any += bool(new)
        target.unlink()
    assert found_any > 40  # the edits were seen at all


def test_whole_row_entries_decode_as_json_loads_decodes_them() -> None:
    for text in [*ENTRY_TEXTS, '{"a": 1}\n', '\t{"a": "\\u00e9"}', '{"a": 1} x', '{"a":1}{"b":2}']:
        try:
            expected = json.loads(text) if isinstance(text, str) else None  # type: ignore[arg-type]
        except ValueError:
            expected = None
        if text is None:
            expected = {}
        elif not isinstance(expected, dict):
            expected = None
        assert integrity._row_values(text) == expected, text
