"""Issue #12: the coordinator's "Bagikan paket asesor" screen saves the printed hand-out slip for the
packages it just wrote; what the slip prints is what the screen shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from humas_desktop.gui import workers
from humas_desktop.gui.handout_dialog import HandoutDialog
from humas_desktop.gui.main_window import MainWindow
from tests.services.laptops import setup_venue
from tests.services.test_handout_slip import pdf_pages, printed_code, printed_fingerprint

pytestmark = pytest.mark.gui


def test_handout_screen_saves_the_slip_of_the_packages_it_wrote(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    venue = setup_venue(tmp_path, participants=4)
    window = MainWindow(venue.coordinator.base, venue.coordinator.device)
    qtbot.addWidget(window)
    assert venue.coordinator.event_path is not None and window.open_event(venue.coordinator.event_path)
    workers.set_pool(workers.SynchronousPool())
    try:
        dialog = HandoutDialog(window.ctx)
        qtbot.addWidget(dialog)
        slip_button = dialog.slip_button
        assert slip_button.text() == "Simpan slip (PDF)…"
        assert not slip_button.isEnabled()  # nothing written yet: a slip would name no package
        asked: list[Any] = []
        target = tmp_path / "cetak" / "slip-paket.pdf"
        target.parent.mkdir()

        def save_as(*args: Any, **kwargs: Any) -> tuple[str, str]:
            asked.append(args)
            return str(target), "PDF (*.pdf)"

        monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
        dialog.folder.setText(str(tmp_path / "flashdisk"))
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
        assert "aman dicabut" in dialog.status.text()
        assert slip_button.isEnabled()
        qtbot.mouseClick(slip_button, Qt.MouseButton.LeftButton)
        assert asked and Path(asked[0][2]).name == "slip-paket.pdf"  # suggested name: no personal data
        assert not str(asked[0][2]).startswith(str(tmp_path / "flashdisk"))  # not onto the stick
        assert target.is_file() and "Slip tersimpan" in dialog.status.text()
        assert "slip-paket.pdf" in dialog.status.text()
        pages = pdf_pages(target)
        assert len(pages) == 2
        shown = dialog.info.text()
        for page in pages:
            assert printed_fingerprint(page) in shown and printed_code(page) in shown
        assert printed_fingerprint(pages[0]) == venue.coordinator.device.fingerprint
        assert {p.name for p in (tmp_path / "flashdisk").iterdir()} == {
            "paket-01-asesor.humaspkg", "paket-02-asesor.humaspkg"}
    finally:
        workers.set_pool(None)


@pytest.fixture
def coordinator(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    venue = setup_venue(tmp_path, participants=4)
    window = MainWindow(venue.coordinator.base, venue.coordinator.device)
    qtbot.addWidget(window)
    assert venue.coordinator.event_path is not None and window.open_event(venue.coordinator.event_path)
    workers.set_pool(workers.SynchronousPool())
    yield window, venue
    workers.set_pool(None)


def test_handout_screen_names_each_package_file_and_its_asesi(coordinator, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Issue #16: the coordinator hands "paket-01-..." to assessor no. 1; the screen says which file
    # was written for whom (not only "2 paket tertulis").
    window, _venue = coordinator
    dialog = HandoutDialog(window.ctx)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "flashdisk"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    text = dialog.status.text()
    assert "2 paket tertulis" in text
    assert "paket-01-asesor.humaspkg (Asesor Contoh 1, 2 asesi)" in text, text
    assert "paket-02-asesor.humaspkg (Asesor Contoh 2, 2 asesi)" in text, text


def test_handout_screen_with_nothing_assigned_says_so_and_writes_nothing(  # type: ignore[no-untyped-def]
        coordinator, qtbot, tmp_path: Path) -> None:
    window, _venue = coordinator
    with window.edb.atomic():
        window.edb.conn.execute("DELETE FROM assignment")
    dialog = HandoutDialog(window.ctx)
    qtbot.addWidget(dialog)
    stick = tmp_path / "flashdisk"
    dialog.folder.setText(str(stick))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Belum ada asesi yang dibagikan ke asesor")
    assert "aman dicabut" not in dialog.status.text()
    assert not stick.exists() or not list(stick.iterdir())
    assert not dialog.slip_button.isEnabled() and dialog.write_button.isEnabled()
