"""Ubah data peserta / Hapus peserta from the participant list: the user sees the change, the
reason is audited, a signed participant is refused with one message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

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
    assert [a.text() for a in menu.actions()][:2] == ["Ubah data peserta…", "Hapus peserta…"]
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
    # Said on opening (#24 N14), before anything is typed: every field is read-only.
    assert "sudah ditandatangani" in dialog.locked_label.text()
    assert not dialog.edits["name"].isEnabled() and not dialog.save_button.isEnabled()
    dialog.edits["name"].setText("Nama Lain")  # and the service still refuses it
    dialog.reason.setText("salah ketik")
    dialog.save()
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


def test_kabupaten_kota_field_fills_the_bnsp_codes(qtbot, window: MainWindow) -> None:
    """#24 item 4: the residence Tutup sesi asks for can be typed in Ubah data peserta."""
    from humas_desktop.storage import repository as repo

    target = window.participants.model.row_at(0)
    dialog = window.roster_edit.edit(target.id)
    assert dialog is not None
    field = dialog.edits["regency"]
    field.setText("Kota Yogyakarta")  # (typing would pop the completer up: not offscreen)
    assert "kode kota 3471" in dialog.region_codes.text()
    qtbot.keyClicks(dialog.reason, "domisili dari KTP")
    dialog.save_button.click()
    assert not dialog.isVisible()
    stored = repo.get_participant(window.edb, target.id)
    assert (stored.regency, stored.city_code, stored.province_code) == (
        "Kota Yogyakarta", "3471", "34")


def test_enter_in_the_removal_reason_keeps_it_and_moves_to_hapus(qtbot, window) -> None:
    """#24 N16: Enter after typing the reason neither cancels (losing it) nor removes."""
    model = window.participants.model
    target = model.row_at(1)
    before = model.rowCount()
    dialog = window.roster_edit.remove(target.id)
    assert dialog is not None
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "baris tanda tangan")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.reason.text() == "baris tanda tangan"
    assert model.rowCount() == before
    assert dialog.focusWidget() is dialog.remove_button
    qtbot.keyClick(dialog.remove_button, Qt.Key.Key_Return)  # the second, deliberate Enter
    assert not dialog.isVisible() and model.rowCount() == before - 1
