"""External programs and servers some tests need (pdftoppm, zbarimg, LibreOffice, Chromium, PostgreSQL).

On a developer laptop without one, the test is skipped with a reason; in CI (``CI=true``) a missing
tool is a failure, so a green CI run means every such test really ran.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def missing(reason: str) -> None:
    """Skip (laptop) or fail (CI) because something a test needs is not here."""
    if IN_CI:
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def need_program(*names: str) -> str:
    """Path of the first of ``names`` on PATH, else skip/fail."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    missing(f"{' / '.join(names)} is not installed")
    raise AssertionError("unreachable")


def python_tool(name: str) -> str:
    """A console script installed with this interpreter's packages (lint-imports, pyside6-lupdate).

    Looked up next to ``sys.executable`` first: ``.venv/bin/python -m pytest`` runs without the
    venv on PATH. A missing one is a broken install (``pip install -e '.[test]'``), so it fails.
    """
    here = Path(sys.executable).with_name(name)
    for candidate in (here, here.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed next to {sys.executable} (pip install -e '.[test]')")
    return found


def postgres_dsn() -> str:
    """DSN of a throw-away PostgreSQL server (``.ci/run`` starts one and sets HUMAS_TEST_PG_DSN)."""
    dsn = os.environ.get("HUMAS_TEST_PG_DSN", "")
    if not dsn:
        missing("HUMAS_TEST_PG_DSN is not set (no PostgreSQL server for tests)")
    return dsn
