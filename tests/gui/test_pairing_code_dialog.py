"""Issue #23: the pairing dialog compares the whole 16-character code with the signer's key; a
wrong code keeps it open with a message, and none of its text is clipped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from humas_desktop.gui.pairing_dialog import PairingDialog
from humas_desktop.services.assessor_laptop import HandoutPreview
from humas_desktop.services.handout import pairing_code

SIGNER = "3F9A-01CE-77B2-D450"


def _dialog(qtbot) -> PairingDialog:
    dialog = PairingDialog(HandoutPreview(SIGNER, "acara", 12, None))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _ok(dialog: PairingDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _clipped(dialog: PairingDialog) -> list[str]:
    """Visible labels shorter than their text needs at their width, or narrower than one word."""
    out = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        need = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        if label.height() < need or label.width() < label.minimumSizeHint().width():
            out.append(label.text()[:40])
    return out


def test_a_wrong_code_keeps_the_dialog_open_and_says_so(qtbot) -> None:
    dialog = _dialog(qtbot)
    right = pairing_code(SIGNER)
    wrong = ("Z" if right[0] != "Z" else "Y") + right[1:]  # one character off
    dialog.code.setText(wrong)
    assert _ok(dialog).isEnabled()
    _ok(dialog).click()
    assert dialog.isVisible() and dialog.result() == 0
    errors = [w for w in dialog.findChildren(QLabel) if w.isVisible() and "tidak cocok" in w.text()]
    assert errors, "no message in the dialog"
    assert not _clipped(dialog)
    # The right code, typed the way people type it, closes the dialog with the printed form.
    dialog.code.setText("  " + " ".join(right.lower().split("-")) + " ")
    _ok(dialog).click()
    assert not dialog.isVisible() and dialog.result() == 1
    assert dialog.typed_code() == right


@pytest.mark.parametrize("typed", ["", "1234-5678", "ABCD-EFGH-JKMN"])
def test_an_incomplete_code_cannot_be_confirmed(qtbot, typed: str) -> None:
    dialog = _dialog(qtbot)
    dialog.code.setText(typed)
    assert not _ok(dialog).isEnabled()


def test_no_text_in_the_dialog_is_clipped(qtbot) -> None:
    dialog = _dialog(qtbot)
    assert SIGNER in dialog.fingerprint.text()
    assert not _clipped(dialog)
