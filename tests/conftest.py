"""Shared fixtures: offscreen Qt, a private data dir per test, demo event builders."""

from __future__ import annotations

import logging
import os

# Must happen before anything imports Qt: without a display pytest-qt would abort the run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# Timing belongs in benchmarks/, not in tests: a loaded 2-core CI machine must not turn a slow
# example into a failure.
# CI is deterministic: the same examples every run (derandomize: a fixed seed derived from each
# test), so a red CI means a real bug, not a dice roll. Locally the search is random (run the
# slow step without CI=true for a fresh search; found counterexamples become explicit @example).
settings.register_profile("humas", deadline=None)
settings.register_profile("humas-ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("humas-ci" if os.environ.get("CI") == "true" else "humas")

from humas_desktop.domain.progress import run_to_end  # noqa: E402, F401 - the tests drive service generators as the services do
from humas_desktop.services.demo import build_demo  # noqa: E402
from humas_desktop.storage.db import EventDB, open_event  # noqa: E402

# The registry fixtures, for the registry tests in services/, storage/registry/ and formats/.
from tests.registry_fixtures import (  # noqa: E402, F401
    lsp_registry,
    pg_schema_location,
    registry_location,
)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data dir and Qt settings; nothing touches the real home."""
    data = tmp_path / "data"
    monkeypatch.setenv("HUMAS_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    from humas_desktop.paths import set_running_data_dir

    set_running_data_dir(None)  # an earlier test's app/CLI run must not choose this one's folder
    return data


@pytest.fixture(autouse=True)
def _no_leftover_ui_state() -> Iterator[None]:
    """Qt caches its settings path for the whole process, and a test that launches the app may
    install the English translator: undo both so the next test starts in Indonesian."""
    yield
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from humas_desktop.messages import set_translator

    QSettings("HumasDesktop", "HumasDesktop").clear()
    set_translator(None)
    app = QApplication.instance()
    if app is not None and "humas_desktop.gui.app" in sys.modules:
        from humas_desktop.gui.app import remove_translator

        remove_translator(app)  # type: ignore[arg-type]


class _FailOnFpdfWarning(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING:
            raise AssertionError(f"fpdf2 warned: {record.getMessage()}")


@pytest.fixture(autouse=True)
def _fpdf_warnings_fail() -> Iterator[None]:
    """fpdf2's missing-glyph warning fails the test instead of printing a blank."""
    logger = logging.getLogger("fpdf")
    handler = _FailOnFpdfWarning()
    logger.addHandler(handler)
    yield
    logger.removeHandler(handler)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(parents=True, exist_ok=True)
    return path


def make_demo(base: Path, participants: int = 30, decided: bool = False) -> Path:
    """A demo event signed with this data dir's device key (as the CLI makes it)."""
    from humas_desktop.storage.device import load_or_create_device

    path = ""
    for progress in build_demo(base, participants, decided, device=load_or_create_device(base)):
        path = progress.message
    return Path(path)


def forget_checkpoints(path: Path) -> Path:
    """The file as another laptop (or an older version of the app) left it: no checkpoint sealed
    by this laptop, so the full check must pass before it takes a write."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM settings WHERE key LIKE 'chain_checkpoint:%'")
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def demo_path(data_dir: Path) -> Path:
    return make_demo(data_dir)


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[EventDB]:
    edb = open_event(demo_path, device_id="test-device", actor="coordinator")
    yield edb
    edb.close()




def app_update(edb: EventDB, table: str, values: dict[str, object], row_id: str | None = None,
               reason: str = "uji") -> None:
    """A change made the app's way (audited): for test set-up that is not itself an attack. A
    plain SQL UPDATE of an audited table is tampering, and check says so (issue 21)."""
    from humas_desktop.storage import repository as repo

    ids = [row_id] if row_id is not None else [
        str(r[0]) for r in edb.conn.execute(f"SELECT id FROM {table}").fetchall()]
    with edb.atomic():
        for one in ids:
            repo.audited_update(edb, table, one, values, reason=reason)
