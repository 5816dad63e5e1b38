"""Kehadiran follows consent at once (#24 N20): the file said "hadir", the list said "–" until a
restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humas_desktop.gui.main_window import MainWindow
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo

pytestmark = pytest.mark.gui


def test_consent_shows_hadir_in_the_list(qtbot, data_dir: Path) -> None:
    path = make_demo(data_dir, participants=3)
    with open_event(path, device_id="t") as edb:
        svc = ScoringService(edb)
        for p in repo.list_participants(edb):
            svc.set_attendance(p.id, None)
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(path)
    table = window.participants.table
    model = table.model()
    col = window.participants.model.COL_ATTENDANCE
    rect = table.visualRect(model.index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert model.index(0, col).data() == "–"
    window.interview.consent_button.click()
    assert model.index(0, col).data() == "hadir"
