"""Assessor laptop: "Buka paket tugas" shows the signer's fingerprint and asks for the pairing code
before the coordinator key is trusted; the window then says it holds a working copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.pairing_dialog import PairingDialog
from humas_desktop.services.handout import pairing_code
from humas_desktop.storage import packages_store, trusted_keys
from tests.services.laptops import setup_venue


def answer_pairing(codes: list[str], seen: list[str]) -> None:
    """Type each of ``codes`` into the pairing dialog once it shows (it runs its own event loop),
    noting after each whether the dialog stayed open and what it said."""
    def poll() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, PairingDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(30, poll)
            return
        dialog = dialogs[0]
        seen.append(dialog.fingerprint.text())
        for code in codes:
            dialog.code.setText(code)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            said = dialog.error.text() if dialog.error.isVisible() else ""
            seen.append(f"open={dialog.isVisible()} {said}")
        if dialog.isVisible():
            dialog.reject()
    QTimer.singleShot(30, poll)


def test_first_hand_out_asks_for_the_pairing_code_then_opens_a_working_copy(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    coordinator_fp = venue.coordinator.device.fingerprint
    with venue.coordinator.open() as edb:
        event_id = str(packages_store.event_id(edb.conn))
    code = pairing_code(coordinator_fp)
    wrong = ("Z" if code[0] != "Z" else "Y") + code[1:]
    window = MainWindow(lap.base, lap.device)
    qtbot.addWidget(window)
    warnings: list[str] = []
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    seen: list[str] = []
    # A wrong code keeps the dialog open with its message; the right one (lower case) opens.
    answer_pairing([wrong, code.lower().replace("-", " ")], seen)
    window.packages.open_handout_file(str(venue.handouts[row.id]))
    qtbot.waitUntil(lambda: bool(infos), timeout=15_000)
    assert seen[0] and coordinator_fp in seen[0]
    assert seen[1].startswith("open=True") and "Kode pasangan tidak cocok" in seen[1]
    assert seen[2].startswith("open=False")
    assert not warnings
    assert infos == [f"Paket untuk {row.name}: 2 asesi"]
    assert window.edb is not None and window.edb.actor == row.id
    assert "salinan kerja" in window.windowTitle()
    assert trusted_keys.pinned(lap.base, event_id) == coordinator_fp
    window.edb.close()
    window.edb = None


def test_help_menu_shows_this_laptops_fingerprint(qtbot, tmp_path: Path) -> None:
    from humas_desktop.storage.device import load_or_create_device

    device = load_or_create_device(tmp_path)
    window = MainWindow(tmp_path, device)
    qtbot.addWidget(window)
    action = window.packages.action_fingerprint
    assert action in window.ctx.menus.help.actions()
    action.trigger()
    box = window.packages.own_fingerprint
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert device.fingerprint in box.text()
    box.close()
