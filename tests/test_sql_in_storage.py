"""SQL lives in the storage layer: these services call storage functions, never a connection."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SERVICES = Path(__file__).resolve().parent.parent / "humas_desktop" / "services"
# Services moved onto storage/queries.py; extend the list as more services move.
SQL_FREE = ("close_session", "completeness", "numbering", "scoring", "exports", "check",
            "startup_check", "backups", "events")


@pytest.mark.parametrize("name", SQL_FREE)
def test_service_executes_no_sql(name: str) -> None:
    tree = ast.parse((SERVICES / f"{name}.py").read_text(encoding="utf-8"))
    calls = [node.lineno for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
             and node.func.attr in {"execute", "executemany", "executescript"}]
    assert calls == [], f"services/{name}.py runs SQL at lines {calls}; add a function to storage/"
