"""Long package and backup work runs in a worker thread: progress, cancel and results as a user sees them."""

from __future__ import annotations

import os
import threading
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from humas_desktop.gui import workers
from humas_desktop.gui.handout_dialog import HandoutDialog
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.services import handout
from humas_desktop.storage import packages_store, trusted_keys
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import app_update
from tests.services.laptops import score_and_send, setup_venue

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("HUMAS_SHOTS")  # set to a folder to keep screenshots for a look


@pytest.fixture(autouse=True)
def real_pool() -> Generator[None, None, None]:
    workers.set_pool(None)  # the application's QThreadPool: these tests are about threads
    yield
    workers.QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def coordinator(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    venue = setup_venue(tmp_path, participants=4)
    window = MainWindow(venue.coordinator.base, venue.coordinator.device)
    qtbot.addWidget(window)
    assert venue.coordinator.event_path is not None and window.open_event(venue.coordinator.event_path)
    return window, venue


class Gate:
    """Wraps ``write_handouts``: after the first package it waits until the test releases it, and it
    records the thread it ran on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []
        original = handout.write_handouts

        def gated(*args: Any, **kwargs: Any) -> Generator[Any, None, Any]:
            self.threads.append(threading.current_thread())
            inner = original(*args, **kwargs)
            try:
                yield next(inner)
            except GeneratorExit:
                inner.close()
                raise
            self.release.wait(10)
            return (yield from inner)

        monkeypatch.setattr(handout, "write_handouts", gated)


def _packages(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.humaspkg")) if folder.exists() else []


def test_handout_writes_in_a_worker_with_progress_then_says_safe_to_remove(
        coordinator, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window, _venue = coordinator
    gate = Gate(monkeypatch)
    dialog = HandoutDialog(window.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    stick = tmp_path / "flashdisk"
    dialog.folder.setText(str(stick))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() == 1, timeout=10_000)
    # Mid-way: the window answers, the bar says 1 of 2, only Batal is available, not yet "aman dicabut".
    assert dialog.progress.maximum() == 2 and dialog.progress.text() == "1 dari 2 paket"
    assert dialog.cancel_button.isEnabled() and not dialog.write_button.isEnabled()
    assert "Jangan cabut" in dialog.status.text() and "aman dicabut" not in dialog.status.text()
    dialog.reject()  # Esc / Tutup while writing: refused with a reason
    assert dialog.isVisible() and "tekan Batal" in dialog.status.text()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "handout_progress.png"))
    gate.release.set()
    qtbot.waitUntil(lambda: "aman dicabut" in dialog.status.text(), timeout=10_000)
    assert gate.threads and gate.threads[0] is not threading.main_thread()
    assert dialog.status.text().startswith("2 paket tertulis")
    assert dialog.progress.value() == 2 and dialog.write_button.isEnabled()
    assert not dialog.cancel_button.isEnabled()
    assert len(_packages(stick)) == 2 and [r.path for r in dialog.results] == _packages(stick)
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "handout_done.png"))


def test_cancelling_the_handout_leaves_no_package_on_the_stick(
        coordinator, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window, _venue = coordinator
    gate = Gate(monkeypatch)
    dialog = HandoutDialog(window.ctx)
    qtbot.addWidget(dialog)
    stick = tmp_path / "flashdisk"
    dialog.folder.setText(str(stick))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() == 1, timeout=10_000)
    assert len(_packages(stick)) == 1  # the first package is complete on the stick
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert "Membatalkan" in dialog.status.text()
    gate.release.set()
    qtbot.waitUntil(lambda: "Dibatalkan" in dialog.status.text(), timeout=10_000)
    assert "aman dicabut" not in dialog.status.text()
    assert list(stick.iterdir()) == []  # neither packages nor temp files left behind
    assert dialog.write_button.isEnabled() and dialog.progress.value() == 0
    # Writing again after a cancel works and yields a full round.
    gate.release.set()
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "aman dicabut" in dialog.status.text(), timeout=10_000)
    assert len(_packages(stick)) == 2


def test_handout_with_an_unregistered_laptop_writes_the_others_and_names_it(  # type: ignore[no-untyped-def]
        coordinator, qtbot, tmp_path: Path) -> None:
    # Issue #16: the ready packages are written and the missing assessor is named (before, one
    # unregistered laptop failed the whole round in the worker and took every package back).
    window, venue = coordinator
    missing = sorted(venue.assessor_rows, key=lambda r: r.id)[1]
    with window.edb.atomic():
        app_update(window.edb, "assessor", {"key_fingerprint": ""}, missing.id)
    dialog = HandoutDialog(window.ctx)
    qtbot.addWidget(dialog)
    stick = tmp_path / "flashdisk"
    dialog.folder.setText(str(stick))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "aman dicabut" in dialog.status.text(), timeout=10_000)
    assert f"laptop belum didaftarkan): {missing.name}" in dialog.status.text(), dialog.status.text()
    assert len(_packages(stick)) == 1


def test_send_results_runs_behind_a_modal_progress_dialog(qtbot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    venue = setup_venue(tmp_path, participants=4)
    score_and_send(venue, 0)
    lap = venue.assessors[0]
    window = MainWindow(lap.base, lap.device)
    qtbot.addWidget(window)
    assert lap.event_path is not None and window.open_event(lap.event_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append("GAGAL " + a[2]))
    out = tmp_path / "kirim"
    out.mkdir()
    window.packages.send_results(str(out))
    busy = window.packages.busy
    assert busy.isVisible() and busy.isModal() and "Jangan cabut" in busy.label.text()
    busy.reject()  # cannot be dismissed half-way
    assert busy.isVisible()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert not busy.isVisible()
    assert "aman dicabut" in shown[0], shown
    written = _packages(out)
    assert len(written) == 1 and written[0].name in shown[0] and written[0].name.startswith("hasil-")


def test_open_handout_runs_in_the_background_and_refuses_a_foreign_package(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, own, other = venue.assessors[1], venue.assessor_rows[1], venue.assessor_rows[0]
    # Paired before (tests/gui/test_pairing.py drives the pairing dialog itself).
    with venue.coordinator.open() as edb:
        event_id = str(packages_store.event_id(edb.conn))
    trusted_keys.pin(lap.base, event_id, venue.coordinator.device.fingerprint)
    window = MainWindow(lap.base, lap.device)
    qtbot.addWidget(window)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    # After opening, "Paket untuk <asesor>: N asesi" (asserted in tests/gui/test_pairing.py).
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.packages.open_handout_file(str(venue.handouts[other.id]))
    assert window.packages.busy.isVisible()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "laptop" in warnings[0].lower() and window.edb is None
    assert not window.packages.busy.isVisible()
    window.packages.open_handout_file(str(venue.handouts[own.id]))
    qtbot.waitUntil(lambda: window.edb is not None, timeout=10_000)
    assert window.edb.path.name.startswith("asesor-") and window.edb.actor == own.id
    qtbot.waitUntil(lambda: not window.packages.busy.isVisible(), timeout=10_000)
    assert not window.packages.busy.isVisible() and len(warnings) == 1
    window.edb.close()
    window.edb = None


def test_backup_now_in_the_background_with_status_bar(qtbot, data_dir: Path, demo_path: Path) -> None:
    from humas_desktop.services.backups import list_event_backups

    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(demo_path)
    before = len(list_event_backups(demo_path, data_dir))
    window.backups.action_backup_now.trigger()
    # The copy is queued on the worker: the status bar says so and a second click is not possible.
    assert window.statusBar().currentMessage() == "Mencadangkan acara…"
    assert not window.backups.action_backup_now.isEnabled()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Cadangan dibuat: "),
                    timeout=10_000)
    assert window.backups.action_backup_now.isEnabled()
    backups = list_event_backups(demo_path, data_dir)
    assert len(backups) == before + 1
    newest = max(backups, key=lambda b: b.taken_at)
    assert newest.ok and newest.reason == "manual"
    assert newest.path.name in window.statusBar().currentMessage()
    window.edb.close()
    window.edb = None
