"""Kelengkapan (#24 item 2 and N11): several absences marked at once reach attendance; an absence
an assessor recorded reads "Tidak hadir", not "Ditunggu"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from humas_desktop.domain.models import Attendance
from humas_desktop.gui.completeness_dialog import CompletenessDialog
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

pytestmark = pytest.mark.gui


@pytest.fixture
def edb(data_dir: Path):
    db = open_event(make_demo(data_dir, participants=3), device_id="t", actor="coordinator")
    svc = ScoringService(db)
    for p in repo.list_participants(db):
        svc.set_attendance(p.id, None)
    yield db
    db.close()


def texts(dialog: CompletenessDialog) -> list[str]:
    g = dialog.grid
    return [g.item(r, c).text() for r in range(g.rowCount()) for c in range(g.columnCount())]


def test_mark_several_absent_at_once(qtbot, edb) -> None:
    dialog = CompletenessDialog(edb)
    qtbot.addWidget(dialog)
    dialog.show()
    g = dialog.grid
    # Ctrl-click the names of the first two rows.
    model = g.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in (0, 1):
        model.select(g.model().index(r, 0), flags)
    qtbot.keyClicks(dialog.reason, "tidak datang")
    qtbot.mouseClick(dialog.mark_button, Qt.MouseButton.LeftButton)
    assert "2 asesi ditandai" in dialog.status.text()
    assert texts(dialog).count("Tidak hadir") == 2
    absent = [p for p in repo.list_participants(edb) if p.attendance is Attendance.TIDAK_HADIR]
    assert len(absent) == 2


def test_assessor_recorded_absence_is_not_waiting(qtbot, edb) -> None:
    p = repo.list_participants(edb)[2]
    ScoringService(edb).set_attendance(p.id, Attendance.TIDAK_HADIR)  # came in with the results
    dialog = CompletenessDialog(edb)
    qtbot.addWidget(dialog)
    row = dialog.row_ids.index(p.id)
    cells = [dialog.grid.item(row, c).text() for c in range(dialog.grid.columnCount())]
    assert "Tidak hadir" in cells and "Ditunggu" not in cells
