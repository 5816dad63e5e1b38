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


def answer_pairing(code: str, seen: list[str]) -> None:
    """Type ``code`` into the pairing dialog once it shows (it runs its own event loop)."""
    def poll() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, PairingDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(30, poll)
            return
        dialog = dialogs[0]
        seen.append(dialog.fingerprint.text())
        dialog.code.setText(code)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(30, poll)


def test_first_hand_out_asks_for_the_pairing_code_then_opens_a_working_copy(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    coordinator_fp = venue.coordinator.device.fingerprint
    with venue.coordinator.open() as edb:
        event_id = str(packages_store.event_id(edb.conn))
    code = pairing_code(event_id, coordinator_fp)
    wrong = "0000-0000" if code != "0000-0000" else "1111-1111"
    window = MainWindow(lap.base, lap.device)
    qtbot.addWidget(window)
    warnings: list[str] = []
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    seen: list[str] = []
    answer_pairing(wrong, seen)
    window.packages.open_handout_file(str(venue.handouts[row.id]))
    qtbot.waitUntil(lambda: bool(warnings), timeout=15_000)
    assert seen and coordinator_fp in seen[0]
    assert "Kode pasangan tidak cocok" in warnings[0] and window.edb is None
    assert trusted_keys.pinned(lap.base, event_id) is None
    answer_pairing(code, seen)
    window.packages.open_handout_file(str(venue.handouts[row.id]))
    qtbot.waitUntil(lambda: bool(infos), timeout=15_000)
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
