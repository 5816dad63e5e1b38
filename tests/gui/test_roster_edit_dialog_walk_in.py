"""Issue #24 (friction): a walk-in is added in the GUI with the import's checks, audited and given
to an assessor; many selected rows get one assessor at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.roster_edit_dialog import AddParticipantDialog, AssignAssessorDialog
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo

pytestmark = pytest.mark.gui

NIK = "3273015708900001"  # Kota Bandung, born 17-08-1990, a woman (day + 40)


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    win = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(win)
    assert win.open_event(make_demo(data_dir, participants=12))
    win.show()
    return win


def _rows(window: MainWindow) -> dict[int, tuple[str, str]]:
    return {r.number: (r.name, r.assessor_name) for r in window.participants.model.rows()}


def _add_action(window: MainWindow):
    actions = [a for a in window.menu_event.actions() if a.text().replace("&", "")
               == "Tambah peserta…"]
    assert actions, "no 'Tambah peserta…' in the Acara menu"
    return actions[0]


def test_a_walk_in_is_added_checked_audited_and_assigned(qtbot, window: MainWindow) -> None:
    before = _rows(window)
    action = _add_action(window)
    assert not action.shortcut().isEmpty()  # keyboard: a shortcut, besides Alt+A in the menu
    action.trigger()
    dialog = window.roster_edit.dialog
    assert isinstance(dialog, AddParticipantDialog) and dialog.isVisible()
    # Typed from the keyboard: the name field has the focus, Tab goes to the next field.
    assert dialog.focusWidget() is dialog.edits["name"]
    qtbot.keyClicks(dialog.edits["name"], "Siti Walk-in, S.Sos.")
    qtbot.keyClicks(dialog.edits["nik"], NIK[:-1])  # 15 digits: refused as the import does
    qtbot.keyClicks(dialog.edits["phone"], "0812-3456-7890")
    qtbot.keyClick(dialog.edits["phone"], Qt.Key.Key_Return)
    assert dialog.isVisible() and "16" in dialog.error_label.text()
    assert _rows(window) == before  # nothing added
    dialog.edits["nik"].setText(NIK)
    dialog.edits["email"].setText("siti@contoh")  # not an address
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.error_label.text()
    assert _rows(window) == before
    dialog.edits["email"].setText("siti@contoh.id")
    assessor = dialog.assessor.currentText().split(" (")[0]
    assert assessor  # the least-loaded assessor is offered
    qtbot.keyClick(dialog.edits["email"], Qt.Key.Key_Return)
    assert not dialog.isVisible()
    after = _rows(window)
    new = {n: v for n, v in after.items() if n not in before}
    assert new == {max(before) + 1: ("Siti Walk-in, S.Sos.", assessor)}
    edb = window.edb
    pid = next(r.id for r in window.participants.model.rows() if r.number == max(before) + 1)
    assert window.participants.current_id() == pid  # the new row is selected
    stored = edb.conn.execute("SELECT nik, phone, email, scheme_id FROM participant WHERE id = ?",
                              (pid,)).fetchone()
    assert stored[0] == NIK and stored[2] == "siti@contoh.id" and stored[3]
    assert stored[1].replace("+62", "0").replace("-", "").replace(" ", "") == "081234567890"
    audit = edb.conn.execute("SELECT field, reason FROM audit WHERE entity = 'participant' "
                             "AND entity_id = ?", (pid,)).fetchall()
    assert audit == [("*", "peserta datang langsung di lokasi")]


def test_a_walk_in_without_a_reason_is_refused(qtbot, window: MainWindow) -> None:
    before = _rows(window)
    dialog = window.roster_edit.add()
    assert dialog is not None
    dialog.edits["name"].setText("Tanpa Alasan")
    dialog.reason.clear()
    dialog.save_button.click()
    assert dialog.isVisible() and "alasan" in dialog.error_label.text().lower()
    assert _rows(window) == before


def test_many_selected_rows_get_one_assessor(qtbot, window: MainWindow) -> None:
    rows = window.participants.model.rows()
    assessors = {r.assessor_name for r in rows}
    assert len(assessors) == 2
    # The assessor of the first row; three unsigned rows of the other assessor are moved to them.
    target = rows[0].assessor_name
    moved = [r for r in rows if r.assessor_name != target
             and r.status.value in ("belum_mulai", "belum mulai")][:3]
    if len(moved) < 3:
        moved = [r for r in rows if r.assessor_name != target
                 and r.status.value != "ditandatangani"][:3]
    assert len(moved) == 3
    panel = window.participants
    # Ctrl+click on three rows, then the context menu of one of them.
    for i, r in enumerate(moved):
        index = panel.model.index(panel.model.row_of(r.id), 1)
        rect = panel.table.visualRect(index)
        modifier = Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, modifier,
                         rect.center())
    assert sorted(panel.selected_ids()) == sorted(r.id for r in moved)
    menu = panel.context_menu_for(moved[0].id)
    assert [a.text() for a in menu.actions()] == ["Tetapkan asesor untuk 3 peserta…"]
    menu.actions()[0].trigger()
    dialog = window.roster_edit.dialog
    assert isinstance(dialog, AssignAssessorDialog)
    dialog.assessor.setCurrentIndex(next(i for i in range(dialog.assessor.count())
                                         if dialog.assessor.itemText(i).startswith(target)))
    qtbot.keyClick(dialog.assessor, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    after = {r.id: r.assessor_name for r in window.participants.model.rows()}
    assert all(after[r.id] == target for r in moved)
    # The others kept theirs.
    assert all(after[r.id] == r.assessor_name for r in rows if r not in moved)


def test_assigning_a_signed_participant_is_refused_and_changes_nothing(qtbot,
                                                                     window: MainWindow) -> None:
    rows = window.participants.model.rows()
    signed = next(r for r in rows if r.status.value == "ditandatangani")
    other = next(r for r in rows if r.assessor_name != signed.assessor_name
                 and r.status.value != "ditandatangani")
    window.participants.select_many([other.id, signed.id])
    window.roster_edit.action_assign.trigger()
    dialog = window.roster_edit.dialog
    assert isinstance(dialog, AssignAssessorDialog)
    dialog.assessor.setCurrentIndex(next(i for i in range(dialog.assessor.count())
                                         if dialog.assessor.itemText(i)
                                         .startswith(other.assessor_name)))
    dialog.ok_button.click()
    assert dialog.isVisible() and f"no. {signed.number}" in dialog.error_label.text()
    after = {r.id: r.assessor_name for r in window.participants.model.rows()}
    assert after[signed.id] == signed.assessor_name and after[other.id] == other.assessor_name


def test_the_shortcut_is_listed_once(window: MainWindow) -> None:
    keys = [a.shortcut().toString() for a in window.findChildren(type(_add_action(window)))
            if not a.shortcut().isEmpty()]
    assert keys.count(_add_action(window).shortcut().toString(
        QKeySequence.SequenceFormat.PortableText)) == 1


def test_tidak_hadir_marks_every_selected_row(qtbot, window: MainWindow) -> None:
    rows = [r for r in window.participants.model.rows() if r.status.value == "belum_mulai"][:3]
    assert len(rows) == 3
    window.participants.select_many([r.id for r in rows])
    qtbot.mouseClick(window.participants.absent_button, Qt.MouseButton.LeftButton)
    shown = {r.id: r.attendance for r in window.participants.model.rows()}
    stored = {r.id: window.edb.conn.execute("SELECT attendance FROM participant WHERE id = ?",
                                            (r.id,)).fetchone()[0] for r in rows}
    assert all(shown[r.id] is not None and shown[r.id].value == "tidak_hadir" for r in rows)
    assert set(stored.values()) == {"tidak_hadir"}
