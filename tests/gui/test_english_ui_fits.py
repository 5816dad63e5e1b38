"""The English UI at 1366x768: scheme and unit titles in English where the scheme has them,
no sideways scrolling in the interview panel, Status and Attendance readable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from humas_desktop.gui.app import install_translator, remove_translator
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.storage.device import load_or_create_device

pytestmark = pytest.mark.gui


def test_english_workspace_fits_and_shows_english_titles(qtbot, data_dir: Path, demo_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    install_translator(app, "en")
    try:
        window = MainWindow(data_dir, load_or_create_device(data_dir))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        assert window.open_event(demo_path)
        window.show()
        qtbot.waitExposed(window)
        table = window.participants.table
        model = table.model()
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == 5)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=table.visualRect(model.index(row, 1)).center())
        qtbot.wait(50)
        section = window.interview.sections[0]
        assert section.title().endswith(section.unit.title_en) and section.unit.title_en
        assert window.scoring.units[0].toolTip() == window.scoring.units[0].unit.title_en
        assert window.interview.scroll_area.horizontalScrollBar().maximum() == 0
        header = table.horizontalHeader()
        fm = table.fontMetrics()
        m = window.participants.model
        for col, texts in ((m.COL_STATUS, ["not started", "in progress", "completed", "signed"]),
                           (m.COL_ATTENDANCE, ["Attendance", "present", "absent"])):
            assert header.sectionSize(col) >= max(fm.horizontalAdvance(t) for t in texts), col
    finally:
        remove_translator(app)
        QLocale.setDefault(before)
