"""Fixtures for service tests: a decided demo event and a numbering configuration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from humas_desktop.services import numbering as nb
from humas_desktop.storage.db import EventDB, open_event
from tests.conftest import make_demo

CONFIG = nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN, "HMS", "001",
                            certificate_start=81, registration_start=1)


@pytest.fixture
def decided(tmp_path: Path) -> Iterator[EventDB]:
    """A six-participant demo event with every assessment signed and decided."""
    path = make_demo(tmp_path / "data", participants=6, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    yield edb
    edb.close()
