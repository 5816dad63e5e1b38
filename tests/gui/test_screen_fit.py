"""The main window and its dialogs open within the available screen area (#24 friction: at
1366x768 the "✓ Tersimpan" bar was off-screen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from humas_desktop.gui.main_window import MainWindow
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo

pytestmark = pytest.mark.gui


def test_main_window_and_a_tall_dialog_fit_the_screen(qtbot, data_dir: Path) -> None:
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(make_demo(data_dir, participants=3))
    window.show()
    qtbot.waitExposed(window)
    area = window.screen().availableGeometry()
    # Whatever this screen is (the offscreen one is 800x800), the window and its status bar
    # with "✓ Tersimpan" lie inside it.
    assert area.contains(window.frameGeometry())
    bar = window.statusBar()
    bottom_left = bar.mapToGlobal(bar.rect().bottomLeft())
    assert area.contains(bottom_left)
    dialog = QDialog(window)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("tinggi"))
    dialog.resize(600, area.height() + 300)  # asks for more than the screen has
    dialog.show()
    qtbot.waitExposed(dialog)
    assert area.contains(dialog.frameGeometry())
    dialog.close()
