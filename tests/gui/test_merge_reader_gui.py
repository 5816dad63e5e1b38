"""Gabungkan hasil asesor from the window, on the window's own worker thread, with the packages
read in a process of their own (services.package_reader, #25): the merge report lists each
package, and nothing is left running once it is shown."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from humas_desktop.gui import workers
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.services import package_reader
from tests.services.laptops import score_and_send, setup_venue

pytestmark = pytest.mark.gui


def test_the_window_merges_with_the_reader_process(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package_reader, "MIN_BYTES", 0)  # small test packages: the reader starts
    venue = setup_venue(tmp_path, participants=4)
    window = MainWindow(venue.coordinator.base, venue.coordinator.device)
    qtbot.addWidget(window)
    assert venue.coordinator.event_path is not None
    assert window.open_event(venue.coordinator.event_path)
    good = [score_and_send(venue, 0), score_and_send(venue, 1)]
    bad = tmp_path / "rusak.humaspkg"
    bad.write_bytes(good[0].read_bytes()[:-200])
    workers.set_pool(None)  # the window's real worker thread, as a user runs it
    seen: list[str] = []
    original = package_reader.ReadAhead._start

    def start(self: package_reader.ReadAhead) -> None:
        original(self)
        seen.append("started" if self.reader_pid else "not started")

    monkeypatch.setattr(package_reader.ReadAhead, "_start", start)
    window.packages.merge_from_files([str(good[0]), str(bad), str(good[1])])
    qtbot.waitUntil(lambda: getattr(window.packages, "merge_report", None) is not None, timeout=60_000)
    table = window.packages.merge_report.table  # type: ignore[union-attr]
    statuses = sorted(table.item(r, 1).text() for r in range(table.rowCount()))
    assert statuses == ["Digabung", "Digabung", "Ditolak"]
    assert seen == ["started"]  # spawned from the worker thread
    assert not [p for p in multiprocessing.active_children() if p.name == "humas-merge-read"]
