"""Issue 25: at start-up the window paints with the first screenful of participants; every
participant is in the table right after, and the one the assessor was on is selected again."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.gui import app as gui_app
from humas_desktop.gui import main_window
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo

pytestmark = pytest.mark.gui


def _stop(started: gui_app.Started) -> None:
    from PySide6.QtCore import QThreadPool

    if started.window is not None:
        started.window.close()  # stops the check after the first paint
    QThreadPool.globalInstance().waitForDone(10000)
    if started.window is not None and started.window.edb is not None:
        started.window.edb.close()
        started.window.edb = None
    started.instance.release()


def test_start_paints_a_screenful_then_shows_everyone_and_the_last_participant(
        data_dir: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_window, "FIRST_ROWS", 10)  # a small screen for a small demo
    path = make_demo(data_dir, participants=25)
    device = load_or_create_device(data_dir)
    with open_event(path, device_id=device.id) as edb:
        people = sorted(repo.list_participants(edb), key=lambda p: p.number)
        last = people[-3]  # far below the first screenful
        ScoringService(edb, device).set_last_participant(last.id)
    started = gui_app.start(data_dir, path, lang="id")
    try:
        window = started.window
        assert window is not None
        qtbot.addWidget(window)
        # Before the first paint: the first screenful, in number order.
        assert [r.number for r in window.participants.model.rows()] == \
            [p.number for p in people[:10]]
        qtbot.waitUntil(lambda: len(window.participants.model.rows()) == 25, timeout=5000)
        assert [r.number for r in window.participants.model.rows()] == [p.number for p in people]
        qtbot.waitUntil(lambda: window.participants.current_id() == last.id, timeout=5000)
        assert window.participant_id == last.id
    finally:
        _stop(started)


def test_a_participant_chosen_before_the_rest_arrives_stays_chosen(
        data_dir: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_window, "FIRST_ROWS", 10)
    path = make_demo(data_dir, participants=25)
    started = gui_app.start(data_dir, path, lang="id")
    try:
        window = started.window
        assert window is not None
        qtbot.addWidget(window)
        chosen = window.participants.model.rows()[3]
        assert window.participants.select(chosen.id)
        assert window.participant_id == chosen.id
        qtbot.waitUntil(lambda: len(window.participants.model.rows()) == 25, timeout=5000)
        assert window.participants.current_id() == chosen.id
        assert window.participant_id == chosen.id
    finally:
        _stop(started)
