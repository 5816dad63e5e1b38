"""Sign-off asks once with a summary when something is open; the verdict undo works with the
cursor in a text box (Ctrl+Alt+Z) while Ctrl+Z there still undoes typing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from humas_desktop.domain.models import Verdict
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.shortcuts import ShortcutSheet
from humas_desktop.storage.device import load_or_create_device

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, data_dir: Path, demo_path: Path) -> MainWindow:
    win = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(win)
    assert win.open_event(demo_path)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    return win


def select(qtbot, window: MainWindow, number: int) -> None:
    table = window.participants.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == number)
    rect = table.visualRect(model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_sign_off_asks_once_with_what_is_open(qtbot, window: MainWindow) -> None:
    select(qtbot, window, 1)
    window.interview.consent_button.click()
    qtbot.mouseClick(window.interview.cards[0].verdict.k, Qt.MouseButton.LeftButton)
    scoring = window.scoring
    for box in scoring.units:
        qtbot.mouseClick(box.recommendation.k, Qt.MouseButton.LeftButton)
        if box is not scoring.units[0]:  # the first unit's answered question ticked Wawancara
            qtbot.mouseClick(next(c for k, c in box.kinds.items() if k.value == "observasi"),
                             Qt.MouseButton.LeftButton)
    qtbot.mouseClick(scoring.confirm_button, Qt.MouseButton.LeftButton)
    asked: list[str] = []
    scoring.confirm = lambda title, text: asked.append(text) or False
    qtbot.mouseClick(scoring.sign_button, Qt.MouseButton.LeftButton)
    assert asked == ["6 unit belum dinilai per pertanyaan — tetap tandatangani?"]
    assert "Ditandatangani" not in scoring.sign_state.text()  # declined: nothing signed
    scoring.confirm = lambda title, text: asked.append(text) or True
    qtbot.mouseClick(scoring.sign_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and "Ditandatangani oleh" in scoring.sign_state.text()


def test_verdict_undo_from_inside_an_answer_box(qtbot, window: MainWindow) -> None:
    select(qtbot, window, 1)
    window.interview.consent_button.click()
    card = window.interview.cards[0]
    window.interview.go_to_question(0)
    assert card.summary.hasFocus()
    qtbot.keyClicks(card.summary, "jawaban")
    qtbot.keyClick(card.summary, Qt.Key.Key_K, CTRL)  # Ctrl+K: K for this question
    assert card.verdict.value() is Verdict.K
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL_ALT)
    assert card.verdict.value() is None  # the verdict is undone with the cursor in the box
    assert card.summary.hasFocus() and card.summary.toPlainText() == "jawaban"
    qtbot.keyClick(card.summary, Qt.Key.Key_Z, CTRL)  # Ctrl+Z in the box: its own typing
    assert card.summary.toPlainText() != "jawaban"
    sheet = ShortcutSheet(window.workspace_actions, window)
    qtbot.addWidget(sheet)
    rows = dict(sheet.rows())
    assert "kotak teks" in rows["Ctrl+Alt+Z"] and "kotak teks" in rows["Ctrl+Z"]


def test_ctrl_z_in_an_answer_box_undoes_typing_only_and_the_verdict_stays(qtbot, window) -> None:
    """Ctrl+Z with the cursor in a box takes back typing there and never a saved verdict;
    Ctrl+Alt+Z from the same box then takes back the verdict (as the shortcut sheet says)."""
    select(qtbot, window, 1)
    window.interview.consent_button.click()
    card = window.interview.cards[1]
    window.interview.go_to_question(1)
    qtbot.mouseClick(card.verdict.bk, Qt.MouseButton.LeftButton)
    assert card.verdict.value() is Verdict.BK
    card.summary.setFocus()
    qtbot.keyClicks(card.summary, "ringkasan")
    qtbot.keyClick(card.summary, Qt.Key.Key_Z, CTRL)
    assert card.summary.toPlainText() != "ringkasan"  # the box undid its own typing
    stored = {a.question_id: a.verdict
              for a in window.service.assessment(window.assessment_id).answers}
    assert card.verdict.value() is Verdict.BK and stored[card.question.id] is Verdict.BK
    assert card.summary.hasFocus()
    qtbot.keyClick(card.summary, Qt.Key.Key_Z, CTRL_ALT)
    stored = {a.question_id: a.verdict
              for a in window.service.assessment(window.assessment_id).answers}
    assert card.verdict.value() is None and stored.get(card.question.id) is None


def test_answering_ticks_the_method_and_sign_off_names_a_unit_without_one(
        qtbot, window: MainWindow) -> None:
    """#24 item 3: the shortcut sheet's way (K per question, K per unit) ticks Wawancara on the
    unit whose interview question was answered; a unit with no method keeps the record
    unsigned, and the message names that unit."""
    select(qtbot, window, 1)
    window.interview.consent_button.click()
    scoring = window.scoring
    first = scoring.units[0]
    wawancara = next(c for k, c in first.kinds.items() if k.value == "wawancara")
    assert not wawancara.isChecked()
    qtbot.mouseClick(window.interview.cards[0].verdict.k, Qt.MouseButton.LeftButton)
    assert wawancara.isChecked()  # shown at once, no reload
    for box in scoring.units:
        qtbot.mouseClick(box.recommendation.k, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(scoring.confirm_button, Qt.MouseButton.LeftButton)
    scoring.confirm = lambda title, text: True
    qtbot.mouseClick(scoring.sign_button, Qt.MouseButton.LeftButton)
    second = scoring.units[1].unit
    assert "Ditandatangani oleh" not in scoring.sign_state.text()
    assert second.code in window.saved_label.text()
    assert "metode bukti" in window.saved_label.text()


def test_status_does_not_say_selesai_before_signing(qtbot, window: MainWindow) -> None:
    """#24 N8: after "Tetapkan rekomendasi" the row says the signature is missing; the footer's
    "selesai" counts signed records only, and the two no longer disagree."""
    select(qtbot, window, 1)
    window.interview.consent_button.click()
    scoring = window.scoring
    for box in scoring.units:
        qtbot.mouseClick(box.recommendation.k, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(scoring.confirm_button, Qt.MouseButton.LeftButton)
    model = window.participants.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == 1)
    status = model.index(row, window.participants.model.COL_STATUS).data()
    assert status == "menunggu tanda tangan"
    assert "selesai" not in status
