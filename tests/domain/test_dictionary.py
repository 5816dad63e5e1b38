"""The data dictionary declares every table and column of the event file, once (issue 21).

A column present in the schema but missing from the declaration (or declared but not in the
schema) fails here, so a new migration cannot add data that no guarantee covers.
"""

from __future__ import annotations

import sqlite3

import pytest

from humas_desktop.domain import dictionary
from humas_desktop.storage.foreign_db import expected_schema
from humas_desktop.storage.schema import SCHEMA_VERSION


def _schema_tables() -> dict[str, list[str]]:
    conn = sqlite3.connect(":memory:")
    try:
        for kind, _name, _tbl, sql in sorted(expected_schema(SCHEMA_VERSION)):
            if kind == "table" and sql and not _name.startswith("sqlite_"):
                conn.execute(sql)
        return {name: [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
                for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


SCHEMA = _schema_tables()


def test_every_table_of_the_schema_is_declared_and_nothing_else() -> None:
    assert set(SCHEMA) - dictionary.INTERNAL_TABLES == set(dictionary.BY_NAME)


@pytest.mark.parametrize("table", sorted(SCHEMA))
def test_every_column_of_the_schema_is_declared(table: str) -> None:
    if table in dictionary.INTERNAL_TABLES:
        return
    declared = dictionary.table(table)
    assert sorted(SCHEMA[table]) == sorted(declared.column_names)
    assert len(set(declared.column_names)) == len(declared.column_names)  # declared once


def test_only_the_audit_guards_are_code_in_the_file() -> None:
    code = {name for kind, name, _t, _s in expected_schema(SCHEMA_VERSION) if kind in ("trigger", "view")}
    assert code == dictionary.TRIGGERS


def test_identity_is_the_coordinators_and_personal() -> None:
    participant = dictionary.table("participant")
    for column in ("name", "certificate_name", "nik", "nip", "birth_place", "birth_date",
                   "address", "regency", "institution", "job_title"):
        c = participant.column(column)
        assert c.owner is dictionary.Owner.COORDINATOR, column
        assert c.personal and c.purge is not dictionary.Purge.KEEP, column
        assert c.frozen_signoff, column
    assert set(dictionary.receipt_columns("participant")) >= {"name", "certificate_name", "nik"}
    # The one participant column an assessor records.
    assert participant.names(owner=dictionary.Owner.ASSESSOR) == ("attendance",)


def test_every_personal_column_is_erased_by_purge() -> None:
    for t in dictionary.TABLES:
        for c in t.columns:
            if c.personal:
                assert c.purge is not dictionary.Purge.KEEP, f"{t.name}.{c.name}"


def test_tables_with_sync_columns_declare_them() -> None:
    for t in dictionary.TABLES:
        has = set(dictionary.SYNC_COLUMNS) <= set(t.column_names)
        assert has == t.sync, t.name


def test_a_table_that_travels_back_is_audited_or_the_log() -> None:
    for t in dictionary.TABLES:
        if t.results:
            assert t.audited or t.name == "audit", t.name


def test_after_close_only_the_defined_actions_stay_open() -> None:
    still_open = {(t.name, c.name) for t in dictionary.TABLES if t.audited
                  for c in t.columns if not c.frozen_close and c.audited}
    post_event = {(t, c.name) for t in ("review", "validation")
                  for c in dictionary.BY_NAME[t].columns if c.audited}
    assert still_open == {("event", "status"), ("certificate", "voided"),
                          ("certificate", "void_reason"), ("certificate", "blanko_serial")} | post_event
    # FR.AK.06 and FR.VA (after the event) are the only records whose rows a closed event takes.
    assert {t.name for t in dictionary.TABLES if dictionary.rows_after_close(t.name)} == {
        "review", "validation"}
