"""Registry fixtures: a registry location per backend (SQLite file; PostgreSQL schema of its own).

Shared by the registry tests in tests/services/, tests/storage/registry/ and tests/formats/
(tests/conftest.py makes them available everywhere)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.external import postgres_dsn


def pg_location(dsn: str, schema: str) -> str:
    sep = "&" if "?" in dsn else "?"
    return f"{dsn}{sep}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture
def pg_schema_location() -> Iterator[str]:
    """A fresh schema on the test server; dropped afterwards."""
    import psycopg

    dsn = postgres_dsn()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield pg_location(dsn, schema)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def registry_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "data" / "registry.sqlite")
    return str(request.getfixturevalue("pg_schema_location"))
