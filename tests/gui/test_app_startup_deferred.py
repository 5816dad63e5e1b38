"""Issue 25: at start-up the window paints before the menu features (export, registry, backup,
import ... dialogs and the services behind them) are imported; once it has painted, the menus
hold exactly what a window built at once holds, and an app lock still covers the window before
anything of the event shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from humas_desktop.gui import app as gui_app
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def _stop(started: gui_app.Started) -> None:
    from PySide6.QtCore import QThreadPool

    if started.window is not None:
        started.window.close()
    QThreadPool.globalInstance().waitForDone(10000)
    if started.window is not None and started.window.edb is not None:
        started.window.edb.close()
        started.window.edb = None
    started.instance.release()


def _menus(window: MainWindow) -> list[tuple[str, list[str]]]:
    """Every menu of the bar with its actions' texts, separators included, in order."""
    return [(menu.title(), [a.text() or "---" for a in menu.actions()])
            for menu in (window.menu_file, window.menu_event, window.menu_scoring,
                         window.menu_settings, window.menu_help)]


def test_after_the_first_paint_the_menus_hold_what_a_window_built_at_once_holds(
        data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = make_demo(data_dir, participants=5)
    started = gui_app.start(data_dir, path, lang="id")
    try:
        window = started.window
        assert window is not None
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.features_built, timeout=5000)
        started_menus = _menus(window)
        assert started.keeper is not None
        qtbot.waitUntil(lambda: started.keeper is not None and started.keeper.keeper is not None,
                        timeout=5000)  # the automatic backups run too
    finally:
        _stop(started)
    at_once = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(at_once)
    assert at_once.features_built
    assert started_menus == _menus(at_once)
    file_texts = dict(started_menus)[window.menu_file.title()]
    assert any("Impor peserta" in t for t in file_texts)  # the features' actions are there
    assert any("Cadangkan" in t for t in file_texts)


def test_an_app_lock_covers_the_window_before_its_first_paint(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from humas_desktop.services import app_lock

    path = make_demo(data_dir, participants=3)
    app_lock.set_passphrase(data_dir, "frasa sandi panjang sekali")
    started = gui_app.start(data_dir, path, lang="id")
    try:
        window = started.window
        assert window is not None
        qtbot.addWidget(window)
        # No event-loop turn yet: the lock is already there (a restart must not bypass it).
        assert window.features_built and window.app_lock.locked
        assert not window.menuBar().isEnabled()
    finally:
        _stop(started)


PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import humas_desktop.gui.app as gapp
app = QApplication(sys.argv[:1])
def painted():
    app.sendPostedEvents()
    w = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible())
    w.repaint()
    print(" ".join(sorted(m for m in sys.modules if m.startswith(("humas_desktop", "cryptography",
                                                                  "PySide6.QtNetwork")))), flush=True)
    app.quit()
QTimer.singleShot(0, painted)
gapp.run(Path(sys.argv[1]), Path(sys.argv[2]))
"""


@pytest.mark.slow
def test_the_first_paint_imports_no_dialog_module_nor_cryptography(data_dir: Path) -> None:
    """What the window has imported when it first paints (a whole process, as launched):
    the workspace and the event file, not the menus' dialogs nor the signature library."""
    path = make_demo(data_dir, participants=5)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "HUMAS_DATA_DIR": str(data_dir), "XDG_CONFIG_HOME": str(data_dir)}
    out = subprocess.run([sys.executable, "-c", PROBE, str(data_dir), str(path)], env=env,
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    loaded = set(out.stdout.split())
    assert "humas_desktop.gui.participants" in loaded, out.stderr[-2000:]  # it did paint the event
    not_needed = {"humas_desktop.gui.export_dialog", "humas_desktop.gui.registry_window",
                  "humas_desktop.gui.backup_dialogs", "humas_desktop.gui.import_wizard",
                  "humas_desktop.gui.packages", "humas_desktop.gui.feedback_dialog",
                  "humas_desktop.gui.report_notes_dialog", "humas_desktop.gui.roster_edit_dialog",
                  "humas_desktop.gui.document_settings_dialog", "humas_desktop.services.registry",
                  "cryptography", "PySide6.QtNetwork"}
    assert not (loaded & not_needed), sorted(loaded & not_needed)


def test_an_assessor_copy_opened_at_start_gets_no_coordinator_action_once_the_menus_exist(
        data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The role is applied to the features built after the first paint too (#24 item 5)."""
    from humas_desktop.services.workspace import ASSESSOR_COPY_KEY
    from humas_desktop.storage import repository as repo
    from humas_desktop.storage.db import open_event
    from tests.gui.test_main_window_assessor_copy import COORDINATOR_MENU_TEXTS, offered

    copy = make_demo(data_dir / "asesor", participants=4)
    with open_event(copy, device_id="t") as edb, edb.atomic():
        edb.set_setting(ASSESSOR_COPY_KEY, repo.list_assessors(edb)[0].id)
    started = gui_app.start(data_dir, copy, lang="id")
    try:
        window = started.window
        assert window is not None
        qtbot.addWidget(window)
        assert "salinan kerja asesor" in window.windowTitle()
        qtbot.waitUntil(lambda: window.features_built, timeout=5000)
        assert offered(window) == set()
        assert not window.roster_edit.action_remove.isEnabled()
        assert window.open_event(make_demo(data_dir, participants=3))  # the coordinator's file
        assert offered(window) == set(COORDINATOR_MENU_TEXTS)
    finally:
        _stop(started)
