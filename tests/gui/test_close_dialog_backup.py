"""Tutup sesi says when the closed-event backup could not be taken (#23)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humas_desktop.gui.close_dialog import CloseDialog
from humas_desktop.services import close_session as cs
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

pytestmark = pytest.mark.gui


def _close(qtbot, dialog: CloseDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.bidang, "HMS")
    qtbot.keyClicks(dialog.lisensi, "001")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)  # the confirmation (#24)


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_a_close_whose_backup_fails_says_so(qtbot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_demo(tmp_path / "data", participants=4, decided=True)
    monkeypatch.setenv("HUMAS_FAULT_ATOMIC_ERRNO", "ENOSPC:0")
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        dialog = CloseDialog(edb)
        qtbot.addWidget(dialog)
        dialog.show()
        _close(qtbot, dialog)
        assert cs.is_closed(edb) and repo.list_certificates(edb)
        text = dialog.status.text()
        assert "Sesi ditutup" in text
        assert "cadangan acara yang ditutup tidak dapat dibuat" in text and "Disk penuh" in text
        assert "Cadangkan sekarang" in text
        assert dialog.isVisible()  # left open so the coordinator reads it
    finally:
        edb.close()


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_a_close_with_its_backup_closes_the_dialog(qtbot, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=4, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        dialog = CloseDialog(edb)
        qtbot.addWidget(dialog)
        dialog.show()
        _close(qtbot, dialog)
        assert cs.is_closed(edb)
        assert "cadangan" not in dialog.status.text()
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)  # after the summary
        assert not dialog.isVisible()
    finally:
        edb.close()
