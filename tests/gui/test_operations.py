"""One operation type for background work and one exception-to-text function.

The source checks fail on 4154483 (11 hand-written jobs, 5 opening their own connection, 16
copies of the code-to-message conversion, str(exc) shown to users).
"""

from __future__ import annotations

import ast
import errno
import logging
import sqlite3
import threading
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.progress import Progress
from humas_desktop.gui.errors import error_text
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.operations import EventOp, Operation
from humas_desktop.messages import message
from humas_desktop.storage.device import load_or_create_device

pytestmark = pytest.mark.gui

GUI = Path(__file__).resolve().parents[2] / "humas_desktop" / "gui"
SOURCES = sorted(p for p in GUI.glob("*.py") if p.name != "message_catalog.py")


def _calls(tree: ast.AST) -> list[tuple[int, str]]:
    """Bare-name calls (``open_event(...)``), not methods (``ctx.open_event(...)``)."""
    return [(n.lineno, n.func.id) for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_gui_never_opens_an_event_file_itself(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    opened = [f"{path.name}:{line} {name}()" for line, name in _calls(tree)
              if name in {"open_event", "open_event_file"}]
    openers = {"open_event", "open_event_file"}
    imported = [f"{path.name}:{n.lineno} imports {a.name}" for n in ast.walk(tree)
                if isinstance(n, ast.ImportFrom) for a in n.names if a.name in openers]
    assert not opened + imported, "background work gets its connection from EventSession (EventOp)"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_one_way_from_exception_to_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.name != "errors.py":
        assert 'translate("Messages"' not in text, f"{path.name}: use gui.errors.error_text/message_text"
    tree = ast.parse(text)
    raw = [n.lineno for n in ast.walk(tree)
           if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "str"
           and n.args and isinstance(n.args[0], ast.Name) and n.args[0].id in {"exc", "e", "error"}]
    assert not raw, f"{path.name}:{raw} shows an exception's own text"
    strerror = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "strerror"]
    assert not strerror, f"{path.name}:{strerror} shows the OS's English text"
    if path.name not in {"operations.py", "workers.py"}:
        assert "run_in_background(" not in text, f"{path.name}: background work goes through EventOp"


def test_error_text_domain_storage_and_unexpected(caplog: pytest.LogCaptureFixture) -> None:
    assert error_text(DomainError("roster_no_event")) == message("roster_no_event")
    # An OSError is a file beside the event (export, package, backup); SQLite's is the event's own.
    assert error_text(OSError(errno.ENOSPC, "No space left on device")) == message(
        "disk_full_file", path=message("unnamed_file"))
    assert error_text(sqlite3.OperationalError("database or disk is full")) == message("disk_full", path="")
    caplog.set_level(logging.ERROR, logger="humas_desktop")
    try:
        raise ValueError("Budi Santoso 3201012345670001")
    except ValueError as exc:
        text = error_text(exc)
    assert text == message("unexpected_error_logged", kind="ValueError")
    assert "Budi" not in text and "3201012345670001" not in text
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "ValueError" in logged and "test_operations.py" in logged
    assert "Budi" not in logged and "3201012345670001" not in logged


@pytest.fixture
def window(qtbot, demo_path: Path, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(win)
    assert win.open_event(demo_path)
    return win


def test_event_op_runs_on_a_worker_connection_then_refreshes_once(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    seen: dict[str, object] = {}
    refreshes: list[int] = []
    ctx.changed.connect(lambda: refreshes.append(1))

    def service(edb):  # type: ignore[no-untyped-def]
        seen["thread"] = threading.get_ident()
        seen["same_connection"] = edb is ctx.edb
        seen["actor"] = edb.actor
        yield Progress(1, 2, "half")
        return edb.conn.execute("SELECT count(*) FROM participant").fetchone()[0]

    progress: list[int] = []
    results: list[int] = []
    op = EventOp[int](ctx, service, label="uji").with_progress(lambda p: progress.append(p.done))
    op.success(lambda n: results.append(n)).run()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == [30] and progress == [1]
    assert seen["thread"] != threading.get_ident() and seen["same_connection"] is False
    assert seen["actor"] == ctx.edb.actor if ctx.edb else False
    assert refreshes == [1]  # the window re-reads once, after success


def test_failure_is_text_never_the_exception(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))
    refreshes: list[int] = []
    window.ctx.changed.connect(lambda: refreshes.append(1))

    def broken(edb):  # type: ignore[no-untyped-def]
        raise ValueError("Nur'aini 3201012345670001")

    EventOp[None](window.ctx, broken, label="Ekspor dokumen").run()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [("Ekspor dokumen", message("unexpected_error_logged", kind="ValueError"))]
    assert refreshes == []  # nothing changed: no refresh
    texts: list[str] = []
    Operation[None](lambda: (_ for _ in ()).throw(OSError(errno.EROFS, "Read-only file system")),
                    label="x").failure(texts.append).run()
    qtbot.waitUntil(lambda: bool(texts), timeout=10_000)
    assert texts == [message("read_only_file", path=message("unnamed_file"))]


def test_read_only_op_does_not_refresh_and_cannot_write(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    refreshes: list[int] = []
    window.ctx.changed.connect(lambda: refreshes.append(1))
    texts: list[str] = []

    def write(edb):  # type: ignore[no-untyped-def]
        edb.conn.execute("DELETE FROM participant")
        return None

    EventOp[None](window.ctx, write, label="x", read_only=True).failure(texts.append).run()
    qtbot.waitUntil(lambda: bool(texts), timeout=10_000)
    assert refreshes == []
    assert window.edb is not None
    assert window.edb.conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 30
