"""Acara → Ekspor dokumen runs the export in a process of its own (issue #25): the window's interpreter
never runs the export's Python, so a K/BK click saved meanwhile is painted at once. Driven with
real clicks on the app's own worker pool (offscreen)."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QDesktopServices

from humas_desktop.gui.export_dialog import ExportDialog
from tests.conftest import make_demo
from tests.gui.windows import export_dialog

pytestmark = pytest.mark.gui


def _start_and_wait_for_a_fifth(qtbot, dialog: ExportDialog, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """Ekspor clicked; back once a fifth is done, the export still running."""
    out = tmp_path / "keluar"
    qtbot.keyClicks(dialog.folder, str(out))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.value() >= 20 or dialog.start_button.isEnabled(),
                    timeout=120_000)
    assert not dialog.start_button.isEnabled(), "the export ended before it could be stopped"
    return out


def _shown_and_exporting(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                         monkeypatch: pytest.MonkeyPatch) -> tuple[ExportDialog, Path]:
    """The dialog shown over a 40-participant decided event, its export a fifth done and running."""
    path = make_demo(tmp_path / "data", participants=40, decided=True)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    dialog = export_dialog(qtbot, path)
    dialog.show()
    return dialog, _start_and_wait_for_a_fifth(qtbot, dialog, tmp_path)


def test_the_export_runs_outside_the_window_process(qtbot, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on ee8a725: every step of the export ran in the window's own process."""
    path = make_demo(tmp_path / "data", participants=6, decided=True)
    timeline = tmp_path / "trace.txt"
    monkeypatch.setenv("HUMAS_EXPORT_TRACE", str(timeline))  # each step: "time pid cpu rss what"
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    dialog = export_dialog(qtbot, path)
    out = tmp_path / "keluar"
    qtbot.keyClicks(dialog.folder, str(out))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=120_000)
    assert "berkas ditulis" in dialog.status.text(), dialog.status.text()
    on_disk = sorted(p for p in out.rglob("*") if p.is_file())
    assert on_disk and sorted(dialog.files) == on_disk
    steps = [line.split(maxsplit=4) for line in timeline.read_text().splitlines()]
    assert [what for *_, what in steps].count("export begin") == 1
    assert os.getpid() not in {int(pid) for _, pid, *_ in steps}
    QThreadPool.globalInstance().waitForDone(10_000)
    assert multiprocessing.active_children() == []


def test_batal_stops_the_export_with_whole_files_only(qtbot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_demo(tmp_path / "data", participants=40, decided=True)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    dialog = export_dialog(qtbot, path)
    out = _start_and_wait_for_a_fifth(qtbot, dialog, tmp_path)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=60_000)
    text = dialog.status.text()
    assert text.startswith("Ekspor dibatalkan; berkas yang belum selesai tidak ditulis."), text
    on_disk = sorted(p for p in out.rglob("*") if p.is_file())
    assert f"{len(on_disk)} berkas ditulis." in text
    assert sorted(dialog.written) == on_disk
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]  # no part or temp file
    QThreadPool.globalInstance().waitForDone(10_000)
    assert multiprocessing.active_children() == []


def test_esc_while_exporting_is_batal_and_the_dialog_stays(qtbot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on ee8a725: Esc (or the title bar's ×) closed the dialog and the export went on unseen,
    with nothing left to stop it."""
    dialog, out = _shown_and_exporting(qtbot, tmp_path, monkeypatch)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=60_000)
    text = dialog.status.text()
    assert text.startswith("Ekspor dibatalkan; berkas yang belum selesai tidak ditulis."), text
    assert sorted(dialog.written) == sorted(p for p in out.rglob("*") if p.is_file())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing runs: Esc closes it as always
    assert not dialog.isVisible()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_closing_the_app_while_exporting_stops_the_export_with_whole_files(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A logout (or ``kill``: the app's SIGTERM handler closes every window) while an export runs:
    the export stops between two steps, every file on disk is whole, and no export process is
    left running behind the closed app."""
    dialog, out = _shown_and_exporting(qtbot, tmp_path, monkeypatch)
    from PySide6.QtWidgets import QApplication

    QApplication.closeAllWindows()
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=60_000)
    assert dialog.status.text().startswith("Ekspor dibatalkan"), dialog.status.text()
    assert QThreadPool.globalInstance().waitForDone(60_000)  # the export's job ended, not left running
    assert multiprocessing.active_children() == []
    on_disk = sorted(p for p in out.rglob("*") if p.is_file())
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]  # no part or temp file
    assert sorted(dialog.written) == on_disk
