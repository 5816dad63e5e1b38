"""Acara baru: the scheme list says what a file is, an error names the assessor row, and a new
(empty) event says what to do next."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.new_event_dialog import NewEventDialog
from humas_desktop.resources import resource_path
from humas_desktop.storage.device import load_or_create_device

pytestmark = pytest.mark.gui


def ok(qtbot, dialog: NewEventDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_scheme_title_row_named_errors_and_empty_state(qtbot, data_dir: Path, tmp_path: Path) -> None:
    dialog = NewEventDialog(data_dir, "dev")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Uji Humas Bogor")
    qtbot.keyClicks(dialog.lsp_edit, "LSP Humas")
    scheme = resource_path("schemes", "humas-yunior.json")
    title = json.loads(scheme.read_text(encoding="utf-8"))["title_id"]
    assert dialog.add_scheme_file(scheme)
    assert dialog.scheme_list.item(0).text() == f"{title} · 6 unit"
    broken = tmp_path / "rusak.json"
    broken.write_text("{ bukan json", encoding="utf-8")
    assert not dialog.add_scheme_file(broken) and dialog.scheme_list.count() == 1
    assert dialog.error_label.text() and "Traceback" not in dialog.error_label.text()
    dialog.add_assessor_row("Dewi Lestari", "MET.000.001")
    dialog.add_assessor_row("Sri Wahyuni", "MET.000.002")
    dialog.add_assessor_row("Budi Santoso", "")
    ok(qtbot, dialog)
    assert dialog.created is None
    assert dialog.error_label.text() == "Asesor baris 3: nomor MET kosong."
    dialog.assessor_table.item(2, 1).setText("MET.000.003")
    ok(qtbot, dialog)
    assert dialog.created is not None
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(dialog.created)
    assert window.interview.header.text() == "Belum ada peserta — Berkas → Impor peserta…"
