"""Issue #24 N17, N13: the laptop fingerprint is accepted the way people type it (lower case, no
dashes) and a wrong one says what is wrong; the pairing dialog keeps a wrong code to correct."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from humas_desktop.gui.handout_dialog import HandoutDialog
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.pairing_dialog import PairingDialog
from humas_desktop.services.assessor_laptop import HandoutPreview
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, data_dir: Path) -> HandoutDialog:
    win = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(win)
    assert win.open_event(make_demo(data_dir, participants=4))
    dlg = HandoutDialog(win.ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _shown(dialog: HandoutDialog) -> list[str]:
    return [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]


def test_lower_case_without_dashes_is_registered_in_the_printed_form(qtbot, dialog) -> None:
    dialog.table.selectRow(0)
    qtbot.keyClicks(dialog.fingerprint, "7bbd6f17b7463879")
    qtbot.keyClick(dialog.fingerprint, Qt.Key.Key_Return)  # Enter registers, as the button does
    assert _shown(dialog)[0] == "7BBD-6F17-B746-3879"
    assert dialog.status.text() == "Sidik kunci terdaftar."
    dialog.table.selectRow(1)
    dialog.fingerprint.setText(" 7bbd 6f17-b746 387A ")
    dialog.register_button.click()
    assert _shown(dialog)[1] == "7BBD-6F17-B746-387A"


@pytest.mark.parametrize(("typed", "said"), [
    ("7bbd6f17b746387", "16 karakter; yang diketik 15"),
    ("7bbd6f17b7463879a", "16 karakter; yang diketik 17"),
    ("7bbd6f17b746387g", "\"G\" bukan bagian sidik kunci"),
])
def test_a_wrong_fingerprint_says_what_is_wrong_and_stays(qtbot, dialog, typed: str,
                                                          said: str) -> None:
    dialog.table.selectRow(0)
    before = _shown(dialog)
    dialog.fingerprint.setText(typed)
    dialog.register_button.click()
    assert said in dialog.status.text()
    assert dialog.fingerprint.text() == typed and _shown(dialog) == before


def test_a_wrong_pairing_code_keeps_the_dialog_and_the_typed_code(qtbot) -> None:
    from humas_desktop.services.handout import pairing_code

    signer = "3F9A-01CE-77B2-D450"
    pairing = PairingDialog(HandoutPreview(signer, "acara", 12, None))
    qtbot.addWidget(pairing)
    pairing.show()
    qtbot.waitExposed(pairing)
    right = pairing_code(signer)
    wrong = ("Z" if right[0] != "Z" else "Y") + right[1:]
    qtbot.keyClicks(pairing.code, wrong.lower().replace("-", ""))
    qtbot.keyClick(pairing.code, Qt.Key.Key_Return)
    assert pairing.isVisible() and pairing.error.isVisible()
    assert pairing.code.text() == wrong.lower().replace("-", "")  # kept, to correct one character
    # Within a 1366x768 screen, every label as tall as its wrapped text needs.
    assert pairing.height() <= 768 - 40 and pairing.width() <= 1366
    ok = pairing.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
