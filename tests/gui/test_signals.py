"""Signals can be emitted for a whole day of work: PySide6 6.12.0 dropped a reference to True on
every Python-side emit and aborted the interpreter after about 600 of them (pyproject pins <6.12)."""

from __future__ import annotations

import sys

import pytest

from humas_desktop.domain.models import AssessmentStatus
from humas_desktop.gui.participants import ParticipantsPanel
from humas_desktop.storage import repository as repo

pytestmark = pytest.mark.gui


def test_thousands_of_keystrokes_selections_and_updates_keep_true_alive(qtbot, demo_db) -> None:
    panel = ParticipantsPanel()
    qtbot.addWidget(panel)
    panel.set_rows(repo.participant_summaries(demo_db))
    picked: list[str] = []
    panel.participant_selected.connect(picked.append)
    before = sys.getrefcount(True)
    for i in range(1500):  # each turn emits several signals; 6.12.0 died after ~600 emits
        panel.search.setText("dinas" if i % 2 else "1")
        panel.select_offset(1)
        panel.update_row(panel.current_id() or "", status=AssessmentStatus.BERLANGSUNG)
    assert picked
    assert sys.getrefcount(True) - before > -100
