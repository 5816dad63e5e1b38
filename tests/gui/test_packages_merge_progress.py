"""Gabungkan hasil asesor as the coordinator waits for it (issue #25's venue-day side): while the
packages merge, a dialog says how many of them are done, and Batal stops the merge between two
packages; what was merged stays, the rest is not merged, and the window says so."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from humas_desktop.gui import workers
from humas_desktop.gui.busy_dialog import BusyDialog
from humas_desktop.services import merge
from tests.gui.windows import open_window
from tests.services.laptops import Venue, score_and_send, setup_venue

pytestmark = pytest.mark.gui


def _assessments_by_sender(venue: Venue) -> dict[str, int]:
    assert venue.coordinator.event_path is not None
    conn = sqlite3.connect(venue.coordinator.event_path, isolation_level=None)
    try:
        return {str(a): int(n) for a, n in conn.execute(
            "SELECT assessor_id, count(*) FROM assessment GROUP BY assessor_id")}
    finally:
        conn.close()


def _merge_dialog() -> BusyDialog | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, BusyDialog) and w.isVisible()]
    return shown[0] if shown else None


def _held_at_the_second_package(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The merge waits before the second package until the returned event is set (the test looks
    at the window meanwhile)."""
    go = threading.Event()
    real = merge._import_one

    def import_one(edb: Any, path: Path, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("index") == 1:
            assert go.wait(60)
        return real(edb, path, *args, **kwargs)

    monkeypatch.setattr(merge, "_import_one", import_one)
    return go


def _start(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    venue = setup_venue(tmp_path, participants=6, assessors=3)
    assert venue.coordinator.event_path is not None
    window = open_window(qtbot, venue.coordinator.event_path, venue.coordinator.base)
    packages = [score_and_send(venue, i) for i in range(3)]
    go = _held_at_the_second_package(monkeypatch)
    workers.set_pool(None)  # the window's real worker thread, as a user runs it
    window.packages.merge_from_files([str(p) for p in packages])
    try:
        qtbot.waitUntil(lambda: _merge_dialog() is not None
                        and "1 dari 3" in _merge_dialog().label.text(), timeout=20_000)  # type: ignore[union-attr]
    except BaseException:
        go.set()  # the merge goes on and ends: no worker left waiting
        raise
    return venue, window, go


def test_the_merge_says_how_far_it_is_while_it_runs(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on 9b2c25d: nothing showed that a merge was running, nor how far it was."""
    venue, window, go = _start(qtbot, tmp_path, monkeypatch)
    dialog = _merge_dialog()
    assert dialog is not None and dialog.isModal()
    assert (dialog.bar.value(), dialog.bar.maximum()) == (1, 3)
    go.set()
    qtbot.waitUntil(lambda: getattr(window.packages, "merge_report", None) is not None, timeout=60_000)
    assert _merge_dialog() is None
    assert _assessments_by_sender(venue) == {r.id: 2 for r in venue.assessor_rows}


def test_batal_stops_the_merge_between_two_packages(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on 9b2c25d: a merge could not be stopped once started."""
    venue, window, go = _start(qtbot, tmp_path, monkeypatch)
    dialog = _merge_dialog()
    assert dialog is not None
    [batal] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Batal"]
    qtbot.mouseClick(batal, Qt.MouseButton.LeftButton)
    assert not batal.isEnabled()  # once: it stops after the package being merged
    go.set()
    qtbot.waitUntil(lambda: _merge_dialog() is None, timeout=60_000)
    text = window.statusBar().currentMessage()
    assert text.startswith("Penggabungan dibatalkan: 2 dari 3 paket sudah digabung"), text
    assert getattr(window.packages, "merge_report", None) is None
    rows = venue.assessor_rows
    assert _assessments_by_sender(venue) == {rows[0].id: 2, rows[1].id: 2}  # the third not merged
    assert not [p for p in multiprocessing.active_children() if p.name == "humas-merge-read"]
