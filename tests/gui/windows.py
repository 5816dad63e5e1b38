"""The window a GUI test drives: the app's main window on a private data folder, an event opened in
it as a user opens one (and the export dialog over it), closed with the test."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.gui.export_dialog import ExportDialog
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.storage.device import load_or_create_device


def open_window(qtbot, path: Path | None = None, base: Path | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window of data folder ``base`` (by default the one holding the event's ``events``
    folder) with event ``path`` opened in it (none when ``path`` is None)."""
    if base is None:
        assert path is not None
        base = path.parents[1]
    window = MainWindow(base, load_or_create_device(base))
    qtbot.addWidget(window)
    if path is not None:
        assert window.open_event(path)
    return window


def export_dialog(qtbot, path: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    """Acara → Ekspor dokumen's dialog over a window with event ``path`` opened."""
    dialog = ExportDialog(open_window(qtbot, path).ctx)
    qtbot.addWidget(dialog)
    return dialog
