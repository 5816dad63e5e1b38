"""Acara -> Pengaturan dokumen: the LSP sets its kop (address, logo) and form editions (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from humas_desktop.gui.document_settings_dialog import DocumentSettingsDialog
from humas_desktop.services import document_settings as ds
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

pytestmark = pytest.mark.gui


def test_logo_address_and_editions_are_set_in_the_dialog(qtbot, tmp_path: Path) -> None:
    event = make_demo(tmp_path / "data", participants=2)
    edb = open_event(event, device_id="t")
    try:
        dialog = DocumentSettingsDialog(edb)
        qtbot.addWidget(dialog)
        assert dialog.logo_state.text() == "Belum ada logo"
        bad = tmp_path / "logo.png"
        bad.write_text("bukan gambar")
        assert not dialog.choose_logo(bad)
        assert "tidak dapat dibaca sebagai gambar" in dialog.error.text()
        assert "Traceback" not in dialog.error.text()
        assert dialog.logo_state.text() == "Belum ada logo"
        good = tmp_path / "logo.jpg"
        Image.new("RGB", (200, 120), "navy").save(good, format="JPEG")
        assert dialog.choose_logo(good)
        assert dialog.logo_state.text() == "Logo tersimpan" and dialog.error.text() == ""
        dialog.texts["lsp.address"].clear()
        qtbot.keyClicks(dialog.texts["lsp.address"], "Jl. Merdeka 1, Bandung")
        dialog.code_lists["document.editions"].setPlainText("FR.AK.02 = Rev. 1 · 2024")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        saved = ds.load(edb)
        assert saved.texts["lsp.address"] == "Jl. Merdeka 1, Bandung"
        assert saved.code_lists["document.editions"] == {"FR.AK.02": "Rev. 1 · 2024"}
        assert ds.decode_logo(edb.setting(ds.LOGO_KEY) or "")
    finally:
        edb.close()
