"""Issue #11, "Messages", in the export dialog: a disk that fills up part-way shows, in Indonesian,
what to do, which files were written and which documents were not (never the OS's English)."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from humas_desktop.gui import workers
from humas_desktop.gui.errors import error_text
from humas_desktop.gui.main_window import MainWindow
from tests.conftest import make_demo
from tests.gui.windows import export_dialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _sync_pool() -> Iterator[None]:
    workers.set_pool(workers.SynchronousPool())
    yield
    workers.set_pool(None)


@pytest.mark.parametrize("name", ["ENOSPC", "EIO"])
def test_export_dialog_lists_written_and_not_written(qtbot, tmp_path: Path, name: str,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_demo(tmp_path / "data", participants=3, decided=True)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = export_dialog(qtbot, path)
    dialog.per_participant.setChecked(False)
    out = tmp_path / "flashdisk"
    qtbot.keyClicks(dialog.folder, str(out))
    monkeypatch.setenv("HUMAS_FAULT_ATOMIC_ERRNO", f"{name}:2")  # roster + attendance xlsx, then full
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=60_000)
    status = dialog.status.text()
    number = getattr(errno, name)
    assert os.strerror(number) not in status and "Errno" not in status
    assert "Ekspor terhenti" in status and "2 berkas" in status
    written_part = status.split("Sudah ditulis utuh")[1].split("Belum ditulis")[0]
    listed = [line.strip(" •") for line in written_part.splitlines()[1:] if line.strip()]
    assert listed == ["daftar-peserta.xlsx", "daftar-hadir.xlsx"]  # the PDF was cut off: not listed
    assert "Sertifikat" in status and "Rekapitulasi" in status
    assert ("kosongkan ruang" if name == "ENOSPC" else "periksa") in status.lower()
    on_disk = sorted(p.name for p in out.rglob("*") if p.is_file())
    assert on_disk == ["daftar-hadir.xlsx", "daftar-peserta.xlsx"]  # complete files only
    assert dialog.files == [] and opened == []  # not announced as done


def test_error_text_of_raw_os_errors_is_indonesian() -> None:
    for name in ("ENOSPC", "EROFS", "EACCES", "EIO", "ENOENT"):
        number = getattr(errno, name)
        text = error_text(OSError(number, os.strerror(number), "/media/usb/rekap.xlsx"))
        assert os.strerror(number) not in text and "Errno" not in text and "lalu" in text
        assert "rekap.xlsx" in text


def test_handout_screen_full_stick_says_no_package_is_left(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A hand-out round is all-or-nothing: the stick fills up after the first package, the
    screen says so in Indonesian, what to do, and that no package was left on the stick."""
    from humas_desktop.gui.handout_dialog import HandoutDialog
    from tests.services.laptops import setup_venue

    venue = setup_venue(tmp_path, participants=4)
    window = MainWindow(venue.coordinator.base, venue.coordinator.device)
    qtbot.addWidget(window)
    assert venue.coordinator.event_path is not None and window.open_event(venue.coordinator.event_path)
    dialog = HandoutDialog(window.ctx)
    qtbot.addWidget(dialog)
    stick = tmp_path / "flashdisk-penuh"
    dialog.folder.setText(str(stick))
    monkeypatch.setenv("HUMAS_FAULT_ATOMIC_ERRNO", "ENOSPC:1")
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.write_button.isEnabled(), timeout=60_000)
    status = dialog.status.text()
    assert os.strerror(errno.ENOSPC) not in status and "Errno" not in status
    assert "Pembagian paket terhenti" in status and "kosongkan ruang" in status.lower()
    assert "Tidak ada paket yang tertinggal" in status
    assert not [p for p in stick.rglob("*") if p.is_file()]
    assert not dialog.slip_button.isEnabled()  # no slip for packages that do not exist
