"""Issue #24 N23: Acara baru lists the schemes the app knows (name, version, units); one or more
are ticked, no file dialog needed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humas_desktop.gui.new_event_dialog import NewEventDialog
from humas_desktop.resources import resource_path
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event

pytestmark = pytest.mark.gui


def _shipped() -> dict:
    return json.loads(resource_path("schemes", "humas-yunior.json").read_text(encoding="utf-8"))


def test_the_shipped_and_the_lsp_schemes_are_listed_and_ticked(qtbot, data_dir: Path) -> None:
    # The LSP keeps its own scheme files in the data folder's "skema" folder.
    own = _shipped()
    own.update(code="SKM-HUMAS-MADYA", title_id="Humas Madya", version="2", example=False)
    (data_dir / "skema").mkdir()
    (data_dir / "skema" / "humas-madya.json").write_text(json.dumps(own), encoding="utf-8")
    (data_dir / "skema" / "catatan.txt").write_text("bukan skema", encoding="utf-8")
    dialog = NewEventDialog(data_dir, "dev")
    qtbot.addWidget(dialog)
    dialog.show()
    shipped = _shipped()
    listed = [dialog.available_list.item(i).text() for i in range(dialog.available_list.count())]
    assert listed == [f"Humas Madya · versi 2 · {len(own['units'])} unit",
                      f"{shipped['title_id']} · versi {shipped['version']} · "
                      f"{len(shipped['units'])} unit (contoh)"]
    qtbot.keyClicks(dialog.name_edit, "Uji Humas Bogor")
    qtbot.keyClicks(dialog.lsp_edit, "LSP Humas")
    dialog.add_assessor_row("Dewi Lestari", "MET.000.001")
    # Nothing ticked: refused with the usual message.
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.created is None and dialog.error_label.text()
    # Keyboard: the list takes focus, Space ticks the current row; the other one by a click.
    dialog.available_list.setFocus()
    dialog.available_list.setCurrentRow(0)
    qtbot.keyClick(dialog.available_list, Qt.Key.Key_Space)
    assert dialog.available_list.item(0).checkState() == Qt.CheckState.Checked
    assert dialog.check_available(shipped["title_id"])
    # The same shipped file added by hand as well is taken once.
    dialog.add_scheme_file(resource_path("schemes", "humas-yunior.json"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.created is not None, dialog.error_label.text()
    with open_event(dialog.created, read_only=True) as edb:
        assert sorted((s.code, s.version) for s in repo.load_schemes(edb)) == sorted(
            [("SKM-HUMAS-MADYA", "2"), (shipped["code"], shipped["version"])])


def test_without_a_scheme_folder_the_shipped_scheme_is_offered(qtbot, data_dir: Path) -> None:
    dialog = NewEventDialog(data_dir, "dev")
    qtbot.addWidget(dialog)
    assert dialog.available_list.count() == 1
    assert dialog.available_list.item(0).text().startswith(_shipped()["title_id"] + " · versi")
