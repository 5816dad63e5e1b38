"""The main window is composed, not injected into: feature modules get an AppContext.

Fails on 4154483, where six modules were loaded by string and set attributes on the window.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from humas_desktop.gui.main_window import MainWindow
from humas_desktop.storage.device import load_or_create_device

GUI = Path(__file__).resolve().parents[2] / "humas_desktop" / "gui"
SOURCES = sorted(p for p in GUI.glob("*.py") if p.name != "message_catalog.py")


def _window_names(node: ast.expr) -> bool:
    """``window.x`` or ``self.window.x`` / ``self.window_.x`` (any object called window)."""
    if isinstance(node, ast.Name):
        return node.id in {"window", "w"}
    return isinstance(node, ast.Attribute) and node.attr in {"window", "window_"}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_module_sets_attributes_on_the_window(path: Path) -> None:
    if path.name == "main_window.py":
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Attribute) and _window_names(target.value):
                bad.append(f"{path.name}:{node.lineno} sets .{target.attr} on the window")
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr"
                and node.args and _window_names(node.args[0])):
            bad.append(f"{path.name}:{node.lineno} setattr on the window")
    assert not bad, bad


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_string_loading_no_untyped_window_no_attr_ignores(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "import_module(" not in text, f"{path.name} loads a module by string"
    assert not re.search(r"\bwindow_?: Any\b", text), f"{path.name} takes an untyped window"
    assert "type: ignore[attr-defined]" not in text, f"{path.name} hides an attribute from mypy"


def test_main_window_names_its_features(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Each feature is a typed attribute of the window, found by reading MainWindow."""
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    ctx = window.ctx
    for feature in (window.imports, window.exports, window.packages, window.privacy, window.backups,
                    window.document_settings):
        assert feature.ctx is ctx
    assert window.app_lock.window is window
    menu_text = [a.text() for a in window.menu_event.actions()]
    assert "Ekspor dokumen…" in menu_text and "Gabungkan hasil asesor…" in menu_text
    # A feature that changes data asks the window to re-read once, through the context.
    seen: list[bool] = []
    window.refresh = lambda: seen.append(True)  # type: ignore[method-assign]
    ctx.changed.disconnect()
    ctx.changed.connect(window.refresh)
    ctx.changed.emit()
    assert seen == [True]
