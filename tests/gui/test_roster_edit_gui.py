"""Ubah data peserta / Hapus peserta from the participant list: the user sees the change, the
reason is audited, a signed participant is refused with one message."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.roster_edit_dialog import RemoveParticipantDialog, RosterEditDialog
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    win = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(win)
    assert win.open_event(make_demo(data_dir, participants=12))
    win.show()
    return win


def names(window: MainWindow) -> dict[int, str]:
    model = window.participants.table.model()
    return {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}


def test_edit_from_the_context_menu_shows_the_corrected_name(qtbot, window: MainWindow) -> None:
    model = window.participants.model
    first = model.row_at(0)
    menu = window.participants.context_menu_for(first.id)
    assert [a.text() for a in menu.actions()] == ["Ubah data peserta…", "Hapus peserta…"]
    menu.actions()[0].trigger()
    dialog = window.roster_edit.dialog
    assert isinstance(dialog, RosterEditDialog) and dialog.isVisible()
    dialog.edits["name"].setText("Dra. Nama Diperbaiki, M.Si.")
    dialog.edits["certificate_name"].setText("Dra. NAMA DIPERBAIKI, M.Si.")
    dialog.save_button.click()
    assert "alasan" in dialog.error_label.text().lower() and dialog.isVisible()  # reason required
    qtbot.keyClicks(dialog.reason, "salah ketik dari instansi")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert names(window)[first.number] == "Dra. Nama Diperbaiki, M.Si."
    rows = window.edb.conn.execute(
        "SELECT field, reason FROM audit WHERE entity_id = ? AND field IN ('name', 'certificate_name')",
        (first.id,)).fetchall()
    assert sorted(rows) == [("certificate_name", "salah ketik dari instansi"),
                            ("name", "salah ketik dari instansi")]


def test_remove_needs_a_reason_and_takes_the_row_away(qtbot, window: MainWindow) -> None:
    model = window.participants.model
    target = model.row_at(1)
    before = model.rowCount()
    window.participants.context_menu_for(target.id).actions()[1].trigger()
    dialog = window.roster_edit.dialog
    assert isinstance(dialog, RemoveParticipantDialog)
    assert dialog.cancel_button.isDefault()  # Enter never removes by accident
    qtbot.keyClicks(dialog.reason, "baris 'Mengetahui,' ikut terimpor")
    dialog.remove_button.click()
    assert not dialog.isVisible() and model.rowCount() == before - 1
    assert target.number not in names(window)


def test_signed_participant_is_refused_with_one_message(qtbot, window: MainWindow) -> None:
    signed = next(r for r in window.participants.model.rows() if r.status.value == "ditandatangani")
    dialog = window.roster_edit.edit(signed.id)
    assert dialog is not None
    dialog.edits["name"].setText("Nama Lain")
    qtbot.keyClicks(dialog.reason, "salah ketik")
    dialog.save_button.click()
    assert "sudah ditandatangani" in dialog.error_label.text() and dialog.isVisible()
    assert names(window)[signed.number] != "Nama Lain"


def test_status_and_attendance_sit_next_to_the_name(window: MainWindow) -> None:
    header = window.participants.table.horizontalHeader()
    order = [header.logicalIndex(v) for v in range(header.count())]
    model = window.participants.model
    assert order[:4] == [model.COL_NO, model.COL_NAME, model.COL_STATUS, model.COL_ATTENDANCE]
    window.resize(1366, 768)
    table = window.participants.table
    right = header.sectionViewportPosition(model.COL_ATTENDANCE) + header.sectionSize(
        model.COL_ATTENDANCE)
    assert right <= table.viewport().width() and table.horizontalScrollBar().value() == 0
