"""``check`` names what nobody declared (issue #21's mutation run: the schema check's own findings
were held by no test, because the whole-schema comparison fails such a file anyway): a table or a
column the data dictionary does not know is listed by its name, so the coordinator (or an
auditor) sees what was added behind the app's back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from humas_desktop.services.check import check_event_file
from tests.conftest import make_demo


@pytest.mark.parametrize(("statement", "named"), [
    ("CREATE TABLE catatan_rahasia (x TEXT)", {"code": "schema_unknown_table", "table": "catatan_rahasia"}),
    ("ALTER TABLE participant ADD COLUMN catatan TEXT NOT NULL DEFAULT ''",
     {"code": "schema_unknown_column", "table": "participant", "column": "catatan"}),
])
def test_check_names_a_table_or_column_nobody_declared(data_dir: Path, statement: str,
                                                       named: dict[str, str]) -> None:
    path = make_demo(data_dir, participants=2, decided=True)
    assert check_event_file(path).ok
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(statement)
    conn.close()
    report = check_event_file(path)
    assert not report.ok
    assert named in report.problems
    # SQLite's own bookkeeping table is never one of them
    assert not [p for p in report.problems if p.get("table") == "sqlite_sequence"]


def test_check_names_a_changed_definition(data_dir: Path) -> None:
    """The audit log's append-only trigger dropped (no new table or column): the schema differs
    from the one this version writes, and check says so."""
    path = make_demo(data_dir, participants=2, decided=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.close()
    report = check_event_file(path)
    assert not report.ok
    assert [p for p in report.problems if p["code"] == "schema_altered"]
