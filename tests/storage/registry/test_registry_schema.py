"""A registry file whose schema is not the app's (trigger, view, table) is refused, unchanged (#23)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.messages import message
from humas_desktop.services import registry as svc

ADDITIONS = {
    # The observed one: a trigger that puts the number series back after every allocation.
    "trigger": "CREATE TRIGGER reset_series AFTER UPDATE ON number_series "
               "BEGIN UPDATE number_series SET next_value = 1; END",
    "view": "CREATE VIEW every_nik AS SELECT nik FROM certificate",
    "table": "CREATE TABLE catatan (x TEXT)",
    "index": "CREATE INDEX certificate_holder ON certificate (holder_name)",
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _registry(tmp_path: Path) -> Path:
    path = tmp_path / "registry.sqlite"
    store = svc.init_registry(str(path), "LSP Uji", "BNSP-LSP-1926-ID", field_code="HMS")
    store.close()
    return path


@pytest.mark.parametrize("kind", sorted(ADDITIONS))
def test_a_registry_with_an_unknown_schema_entry_is_refused_unchanged(tmp_path: Path,
                                                                     kind: str) -> None:
    path = _registry(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(ADDITIONS[kind])
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _sha(path)
    with pytest.raises(DomainError) as caught:
        svc.open_registry(str(path))
    assert caught.value.code == "registry_altered"
    text = message(caught.value.code, **caught.value.context)
    assert "registri" in text.lower() and "\n" not in text
    assert _sha(path) == before


def test_the_apps_own_registry_is_accepted(tmp_path: Path) -> None:
    path = _registry(tmp_path)
    store = svc.open_registry(str(path))
    try:
        first = store.allocate(2026, 2)
        assert store.allocate(2026, 1) == (first[0] + 2, first[1] + 2)
    finally:
        store.close()


def test_an_older_registry_is_still_migrated(tmp_path: Path) -> None:
    """A registry at schema 1 (before the period report) is not 'altered': it is upgraded."""
    from humas_desktop.storage.registry.migrations import MIGRATIONS

    path = tmp_path / "registry.sqlite"
    conn = sqlite3.connect(path)
    for sql in MIGRATIONS[0]:
        conn.execute(sql.replace("{blob}", "BLOB"))
    conn.execute("INSERT INTO registry_meta VALUES ('schema_version', '1')")
    conn.execute("INSERT INTO lsp_profile (id, name, licence, created_at) "
                 "VALUES ('x', 'LSP', 'BNSP-LSP-1-ID', '2026-01-01')")
    conn.commit()
    conn.close()
    store = svc.open_registry(str(path))
    try:
        assert store.schema_version() == len(MIGRATIONS)
    finally:
        store.close()
