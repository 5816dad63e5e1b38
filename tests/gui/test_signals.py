"""The participants panel emits its signals without PySide6 6.12's leak of references to True."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QModelIndex

from humas_desktop.domain.models import AssessmentStatus
from humas_desktop.gui.participants import ParticipantsPanel, ParticipantTableModel
from humas_desktop.gui.signals import emit
from humas_desktop.storage import repository as repo

pytestmark = pytest.mark.gui


@pytest.mark.qt_log_ignore("No such method")
def test_emit_delivers_arguments_and_keeps_true_alive(qtbot) -> None:
    model = ParticipantTableModel()
    seen: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, _roles: seen.append((a.row(), b.row())))
    before = sys.getrefcount(True)
    for _ in range(1000):
        emit(model, "layoutAboutToBeChanged")
        emit(model, "layoutChanged")
        emit(model, "dataChanged", (QModelIndex, QModelIndex()), (QModelIndex, QModelIndex()))
    assert len(seen) == 1000
    # Signal.emit() drops one reference to True per call: 3,000 calls would show up here.
    assert sys.getrefcount(True) - before > -50
    with pytest.raises(RuntimeError):
        emit(model, "noSuchSignal")


def test_many_keystrokes_and_selections_do_not_drain_true(qtbot, demo_db) -> None:
    panel = ParticipantsPanel()
    qtbot.addWidget(panel)
    panel.set_rows(repo.participant_summaries(demo_db))
    picked: list[str] = []
    panel.participant_selected.connect(picked.append)
    before = sys.getrefcount(True)
    for i in range(300):
        panel.search.setText("dinas" if i % 2 else "1")
        panel.select_offset(1)
        panel.update_row(panel.current_id() or "", status=AssessmentStatus.BERLANGSUNG)
    assert picked
    assert sys.getrefcount(True) - before > -100
