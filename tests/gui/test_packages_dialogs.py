"""Merge report, completeness grid and conflict dialogs driven through real widgets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humas_desktop.domain.models import Attendance
from humas_desktop.gui import workers
from humas_desktop.gui.completeness_dialog import CompletenessDialog
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.merge_dialogs import ConflictDialog
from humas_desktop.services import handout
from humas_desktop.services.scoring import ScoringService
from tests.services.laptops import score_and_send, setup_venue

pytestmark = pytest.mark.gui

SHOTS = os.environ.get("HUMAS_SHOTS")  # set to a folder to keep screenshots for a look


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def coordinator_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    venue = setup_venue(tmp_path, participants=4)
    window = MainWindow(venue.coordinator.base, venue.coordinator.device)
    qtbot.addWidget(window)
    assert venue.coordinator.event_path is not None
    assert window.open_event(venue.coordinator.event_path)
    workers.set_pool(workers.SynchronousPool())
    yield window, venue
    workers.set_pool(None)


def test_acara_menu_has_the_package_actions(coordinator_window) -> None:  # type: ignore[no-untyped-def]
    window, _venue = coordinator_window
    texts = [a.text() for a in window.menu_event.actions()]
    for wanted in ("Bagikan paket asesor…", "Gabungkan hasil asesor…", "Konflik penggabungan…",
                   "Kelengkapan hasil…", "Kirim hasil…"):
        assert wanted in texts


def test_merge_dialog_reports_each_package(coordinator_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, venue = coordinator_window
    good = score_and_send(venue, 0)
    bad = tmp_path / "rusak.humaspkg"
    bad.write_bytes(good.read_bytes()[:-200])
    window.packages.merge_from_files([str(good), str(bad)])
    dialog = window.packages.merge_report
    table = dialog.table
    assert table.rowCount() == 2
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(6)] for r in range(2)}
    sender = venue.assessor_rows[0].name  # named by its sender; the refused one by its file
    assert rows[sender][1] == "Digabung" and int(rows[sender][2]) > 0
    assert rows[bad.name][1] == "Ditolak" and "rusak" in rows[bad.name][5]
    assert "1 paket ditolak" in dialog.summary.text()
    _shot(dialog, "merge_report")


def test_completeness_grid_marks_absent_with_reason(coordinator_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, venue = coordinator_window
    window.packages.merge_from_files([str(score_and_send(venue, 0))])
    dialog = CompletenessDialog(window.edb, window)
    qtbot.addWidget(dialog)
    grid = dialog.grid
    states = sorted(grid.item(r, c).text() for r in range(grid.rowCount()) for c in range(grid.columnCount())
                    if grid.item(r, c).text() != "—")
    assert states == ["Ditandatangani", "Ditandatangani", "Ditunggu", "Ditunggu"]
    assert not dialog.complete
    waiting = [(r, c) for r in range(grid.rowCount()) for c in range(grid.columnCount())
               if grid.item(r, c) and grid.item(r, c).text() == "Ditunggu"]
    for r, c in waiting:
        grid.setCurrentCell(r, c)
        qtbot.mouseClick(dialog.mark_button, Qt.MouseButton.LeftButton)
        assert "alasan" in dialog.status.text().lower()  # no reason: refused, nothing marked
        qtbot.keyClicks(dialog.reason, "Sakit, surat dokter")
        qtbot.mouseClick(dialog.mark_button, Qt.MouseButton.LeftButton)
    assert dialog.complete
    assert "0 belum lengkap" in dialog.summary.text()
    _shot(dialog, "completeness")


def test_conflict_dialog_needs_a_reason(coordinator_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, venue = coordinator_window
    a1 = venue.assessor_rows[0]
    ScoringService(window.edb).set_attendance(handout.participants_of(window.edb, a1.id)[0],
                                              Attendance.TIDAK_HADIR)
    window.packages.merge_from_files([str(score_and_send(venue, 0))])
    dialog = ConflictDialog(window.edb, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text() == "Kehadiran: Tidak hadir"
    assert dialog.table.item(0, 3).text() == "Data asesi"
    _shot(dialog, "conflicts")
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1 and "alasan" in dialog.status.text()
    dialog.take_incoming.setChecked(True)
    qtbot.keyClicks(dialog.reason, "Asesi hadir, dicek daftar hadir")
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0


def test_handout_dialog_registers_key_and_writes_packages(coordinator_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from humas_desktop.gui.handout_dialog import HandoutDialog

    window, venue = coordinator_window
    dialog = HandoutDialog(window.ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    dialog.table.selectRow(0)
    qtbot.keyClicks(dialog.fingerprint, "nonsense")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert "XXXX-XXXX-XXXX-XXXX" in dialog.status.text()
    dialog.fingerprint.clear()
    new_fp = "ABCD-0123-4567-89EF"
    qtbot.keyClicks(dialog.fingerprint, new_fp.lower())
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(0, 2).text() == new_fp
    dialog.folder.setText(str(tmp_path / "flashdisk"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert "aman dicabut" in dialog.status.text()
    assert len(list((tmp_path / "flashdisk").glob("*.humaspkg"))) == 2
    _shot(dialog, "handout")


def test_handout_dialog_encrypts_with_a_passphrase(coordinator_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from humas_desktop.formats.package import is_encrypted_package
    from humas_desktop.gui.handout_dialog import HandoutDialog

    window, _venue = coordinator_window
    dialog = HandoutDialog(window.ctx)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "stick-terenkripsi"))
    qtbot.keyClicks(dialog.passphrase, "pendek")
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert "minimal" in dialog.status.text(), dialog.status.text()  # refused: too short
    assert not list((tmp_path / "stick-terenkripsi").glob("*.humaspkg"))
    qtbot.keyClicks(dialog.passphrase, " tapi sekarang cukup panjang")
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    written = list((tmp_path / "stick-terenkripsi").glob("*.humaspkg"))
    assert len(written) == 2 and all(is_encrypted_package(p) for p in written)


def test_merge_report_counts_participants_and_names_conflicts_by_number(  # type: ignore[no-untyped-def]
        coordinator_window) -> None:
    """Issue 12 (7): 'N asesi', not database rows; the participant in conflict named by number."""
    from humas_desktop.services import workspace

    window, venue = coordinator_window
    a1 = venue.assessor_rows[0]
    mine = handout.participants_of(window.edb, a1.id)
    target = mine[0]
    ScoringService(window.edb).set_attendance(target, Attendance.TIDAK_HADIR)  # coordinator's change
    window.packages.merge_from_files([str(score_and_send(venue, 0))])  # the assessor's change
    dialog = window.packages.merge_report
    number = workspace.participant_numbers(window.edb)[target]
    text = dialog.summary.text()
    # They were on the roster already: what is new is their results, and the report says so
    # (it said "N asesi baru", which reads as new people; #24 N24).
    assert f"{len(mine)} asesi mendapat hasil baru" in text and "asesi baru" not in text, text
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers[2] == "Asesi dengan hasil baru", headers
    first = text.splitlines()[0]
    assert "1 asesi berkonflik" in text and first.endswith(f"Konflik: peserta no. {number}."), text
    row = [dialog.table.item(0, c).text() for c in range(5)]
    # The other participant's attendance, changed only by the assessor, is an update.
    assert row[1:5] == ["Digabung", str(len(mine)), "1", "1"], row
    assert "1 asesi diperbarui" in text
