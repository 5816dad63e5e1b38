"""Registry fixtures: a registry location per backend (SQLite file; PostgreSQL schema of its own).

Shared by the registry tests in tests/services/, tests/storage/registry/ and tests/formats/
(tests/conftest.py makes them available everywhere)."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from humas_desktop.storage.registry import RegistryStore
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


# --- the LSP's one registry on this laptop (issue 21: the registry is the only series) ---------

LSP_VERIFY_URL = "https://sertifikat.lsp-humas.example/cek"


def make_lsp_registry(base: Path, *, certificate_start: int = 81, registration_start: int = 1) -> str:
    """The LSP's registry where close looks without an explicit one: the embedded SQLite
    ``<base>/registry.sqlite`` (services.registry.default_location), set up as ``registry init``
    or the first GUI close makes it: the demo LSP's name and licence, the numbering codes of
    tests/services/conftest.CONFIG and a verification address. Returns its location."""
    from humas_desktop.services import numbering as nb
    from humas_desktop.services import registry as reg

    location = str(base / reg.REGISTRY_FILE)
    if not Path(location).exists():
        reg.init_registry(location, "LSP Humas Nusantara (contoh)", "BNSP-LSP-000-ID",
                          verify_url=LSP_VERIFY_URL, field_code="HMS", licence_code="001",
                          certificate_pattern=nb.DEFAULT_CERT_PATTERN,
                          registration_pattern=nb.DEFAULT_REG_PATTERN,
                          certificate_start=certificate_start,
                          registration_start=registration_start).close()
    return location


@pytest.fixture
def lsp_registry(_isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """This test's laptop has its LSP's registry at the default place (its data dir)."""
    monkeypatch.delenv("HUMAS_REGISTRY", raising=False)
    return make_lsp_registry(_isolated_data_dir)


@contextlib.contextmanager
def lsp_registry_store(base: Path) -> Iterator[RegistryStore]:
    """The LSP's registry of the data dir ``base`` (made if missing), open: for a close in a
    module-scoped fixture, where the per-test data dir is not set yet."""
    from humas_desktop.services import registry as reg

    store = reg.open_registry(make_lsp_registry(base))
    try:
        yield store
    finally:
        store.close()
