"""The workspace on an 18-unit scheme: widgets are built once per scheme, a switch shows the right
participant's values, a K/BK click updates its card, the unit's count and the saved label."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humas_desktop.domain.models import Verdict
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.services.demo import build_demo
from humas_desktop.services.demo_schemes import scheme_with_units
from humas_desktop.storage.device import load_or_create_device

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    device = load_or_create_device(data_dir)
    path = ""
    for progress in build_demo(data_dir, 10, False, device=device, scheme_and_sha=scheme_with_units(18)):
        path = progress.message
    win = MainWindow(data_dir, device)
    qtbot.addWidget(win)
    assert win.open_event(Path(path))
    win.show()
    qtbot.waitExposed(win)
    return win


def click_row(qtbot, window: MainWindow, number: int) -> None:
    table = window.participants.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == number)
    index = model.index(row, 1)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def shown_verdicts(window: MainWindow) -> list[Verdict | None]:
    return [card.verdict.value() for card in window.interview.cards]


def test_switching_reuses_the_widgets_and_shows_each_participants_values(qtbot, window) -> None:
    click_row(qtbot, window, 5)  # demo participant 5 is scored through and signed
    cards = list(window.interview.cards)
    boxes = list(window.scoring.units)
    assert len(cards) == 54 and len(boxes) == 18
    scored = shown_verdicts(window)
    assert all(v is not None for v in scored)
    click_row(qtbot, window, 1)  # not started: nothing chosen, scoring locked until consent
    assert window.interview.cards == cards and window.scoring.units == boxes  # not rebuilt
    assert shown_verdicts(window) == [None] * 54
    assert not window.interview.body.isEnabled()
    click_row(qtbot, window, 5)
    assert shown_verdicts(window) == scored
    assert "Pertanyaan 54" in cards[-1].title()


def test_kbk_click_updates_card_unit_count_and_saved_label(qtbot, window) -> None:
    click_row(qtbot, window, 2)
    window.interview.consent_button.click()
    card = window.interview.cards[4]  # unit 2, second question
    box = next(b for b in window.scoring.units if b.unit.code == card.question.unit_code)
    assert box.progress.text().startswith("0 dari 3")
    qtbot.mouseClick(card.verdict.bk, Qt.MouseButton.LeftButton)
    assert card.verdict.value() is Verdict.BK
    assert box.progress.text() == "1 dari 3 pertanyaan dinilai · 1 BK"
    assert window.saved_label.text().startswith("✓ Tersimpan")
    stored = {a.question_id: a.verdict for a in window.service.assessment(window.assessment_id).answers}
    assert stored[card.question.id] is Verdict.BK


def test_kbk_clicks_keep_unit_counts_row_and_signoff_summary_true(qtbot, window) -> None:
    """A K/BK click updates its card, its unit's count and the row in place; after an undo and
    more clicks the counts still match the file, and the sign-off summary counts what is stored."""
    from PySide6.QtWidgets import QApplication

    click_row(qtbot, window, 3)
    window.interview.consent_button.click()
    cards = window.interview.cards
    first_unit = [c for c in cards if c.question.unit_code == cards[0].question.unit_code]
    box = window.scoring.units[0]
    qtbot.mouseClick(first_unit[0].verdict.bk, Qt.MouseButton.LeftButton)
    assert first_unit[0].is_current() and not cards[5].is_current()
    assert box.progress.text() == "1 dari 3 pertanyaan dinilai · 1 BK"
    window.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert first_unit[0].verdict.value() is None
    assert box.progress.text() == "0 dari 3 pertanyaan dinilai · 0 BK"
    qtbot.mouseClick(first_unit[1].verdict.k, Qt.MouseButton.LeftButton)
    assert box.progress.text() == "1 dari 3 pertanyaan dinilai · 0 BK"
    # every question of every unit but the last gets K by mouse
    for card in cards:
        if card.question.unit_code != cards[-1].question.unit_code:
            window.interview.scroll_area.ensureWidgetVisible(card)
            qtbot.mouseClick(card.verdict.k, Qt.MouseButton.LeftButton)
    assert cards[-1].is_current() is False and cards[-4].is_current()
    stored = {a.question_id: a.verdict for a in window.service.assessment(window.assessment_id).answers}
    assert [c.verdict.value() for c in cards] == [stored.get(c.question.id) for c in cards]
    assert all(b.progress.text() == "3 dari 3 pertanyaan dinilai · 0 BK" for b in window.scoring.units[:-1])
    assert window.scoring.units[-1].progress.text() == "0 dari 3 pertanyaan dinilai · 0 BK"
    row = window.participants.model.row_of(window.participant_id)
    status = window.participants.model.index(row, window.participants.model.COL_STATUS).data()
    assert status == "berlangsung"
    asked: list[str] = []
    window.scoring.confirm = lambda _title, text: asked.append(text) or False
    qtbot.mouseClick(window.scoring.sign_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and asked[0].startswith("1 unit belum dinilai per pertanyaan")
