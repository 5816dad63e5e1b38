"""SQL lives in the storage layer: services, the GUI and the command line call storage
functions, never a connection's execute()."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "humas_desktop"
ABOVE_STORAGE = sorted(p for layer in ("services", "gui", "cli") for p in (PACKAGE / layer).glob("*.py"))


@pytest.mark.parametrize("path", ABOVE_STORAGE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_module_executes_no_sql(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = [node.lineno for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
             and node.func.attr in {"execute", "executemany", "executescript"}]
    where = f"{path.parent.name}/{path.name}"
    assert calls == [], f"{where} runs SQL at lines {calls}; add a function to storage/"
