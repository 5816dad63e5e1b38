"""The main window opens on the demo event and shows its participants."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humas_desktop.gui.main_window import MainWindow
from humas_desktop.storage.device import load_or_create_device

pytestmark = pytest.mark.gui


def test_window_lists_demo_participants_and_searches(qtbot, data_dir: Path,
                                                     demo_path: Path) -> None:
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(demo_path)
    window.show()
    table = window.participants.table
    assert table.model().rowCount() == 30
    names = [table.model().index(r, 1).data() for r in range(30)]
    assert "Dr. Ir. Raden Ajeng Siti Nur’aini Kusumawardhani, S.Sos., M.I.Kom." in names
    assert "dari 30 selesai" in window.participants.count_label.text()
    qtbot.keyClicks(window.participants.search, "kusumawardhani")
    assert table.model().rowCount() == 1
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 1)).center())
    assert "Kusumawardhani" in window.interview.header.text()


def test_model_passes_qt_model_tester(qtmodeltester, demo_db) -> None:
    from humas_desktop.gui.participants import ParticipantTableModel
    from humas_desktop.storage import repository as repo

    model = ParticipantTableModel(repo.participant_summaries(demo_db))
    qtmodeltester.check(model)


def test_foreign_file_shows_a_message_not_a_crash(qtbot, data_dir: Path, tmp_path: Path,
                                                   monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    bad = tmp_path / "bad.humas"
    bad.write_bytes(b"not a database at all" * 10)
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert not window.open_event(bad)
    assert shown and "bukan berkas acara" in shown[0]


def test_first_start_offers_open_new_and_demo_and_the_demo_opens(qtbot, data_dir: Path) -> None:
    from humas_desktop.gui import workers

    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    window.show_welcome()
    window.show()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.new_button.isVisible()  # the import feature installed "Acara baru"
    workers.set_pool(workers.SynchronousPool())
    try:
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    finally:
        workers.set_pool(None)
    assert window.stack.currentWidget() is window.splitter
    assert window.participants.table.model().rowCount() == 30
    assert list((data_dir / "events").glob("*.humas"))
