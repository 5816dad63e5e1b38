"""Static checks run as part of the test command: ruff, mypy and the import-layer contracts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.external import python_tool

ROOT = Path(__file__).resolve().parent.parent


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_ruff_is_clean() -> None:
    result = _run(sys.executable, "-m", "ruff", "check", "humas_desktop", "tests", "benchmarks", "tools")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_layers_hold() -> None:
    result = _run(python_tool("lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr
