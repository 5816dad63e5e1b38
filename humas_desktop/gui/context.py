"""What a feature module may use of the main window: a narrow context, handed over explicitly.

``MainWindow`` imports its feature modules and gives each one an ``AppContext``: the data folder,
this laptop's device, the event that is open, the menus to add actions to, a prompter for the
questions and messages a feature shows, and one ``changed`` signal after which the window re-reads
what it shows. A feature never sets attributes on the window and never reaches into its panels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from reprlib import recursive_repr
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu

from humas_desktop.services.session import EventSession
from humas_desktop.services.workspace import Device, EventDB

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Menus:
    """The window's menus a feature may add actions to (``quit`` anchors the File menu's end)."""

    file: QMenu
    event: QMenu
    settings: QMenu
    help: QMenu
    quit: QAction

    def __init__(self, file: QMenu, event: QMenu, settings: QMenu, help: QMenu, quit: QAction) -> None:
        _set = object.__setattr__  # frozen: as @dataclass(frozen=True) sets them
        _set(self, "file", file)
        _set(self, "event", event)
        _set(self, "settings", settings)
        _set(self, "help", help)
        _set(self, "quit", quit)

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(file={self.file!r}, event={self.event!r}, "
                f"settings={self.settings!r}, help={self.help!r}, quit={self.quit!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.file, self.event, self.settings, self.help, self.quit)
        theirs = (other.file, other.event, other.settings, other.help, other.quit)
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self.file, self.event, self.settings, self.help, self.quit))


class Prompter:
    """Questions and messages, parented to the window (tests patch QMessageBox/QFileDialog).

    The dialog classes are imported when asked for: their Qt types are not made at start-up."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window

    def information(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.window, title, text)

    def warning(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, title, text)

    def open_file(self, title: str, filters: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.window, title, "", filters)
        return path

    def open_files(self, title: str, filters: str) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self.window, title, "", filters)
        return list(paths)

    def folder(self, title: str, start: str = "") -> str:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getExistingDirectory(self.window, title, start)

    def secret(self, title: str, label: str) -> str | None:
        """Typed text without echo, or None when cancelled or empty."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self.window, title, label, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def status(self, text: str, timeout_ms: int = 0) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)


class AppContext(QObject):
    """Shared by the main window and its feature modules.

    ``changed``: a feature changed the open event's data; the window re-reads what it shows (one
    place). ``event_opened``: an event file was opened or closed.
    """

    changed = Signal()
    event_opened = Signal()

    def __init__(self, base: Path, device: Device, window: QMainWindow,
                 open_event: Callable[[Path], bool], release_event: Callable[[], None]) -> None:
        super().__init__(window)
        self.base = base
        self.device = device
        self.window = window
        # Set by the window once its menus exist, before any feature module is built.
        self.menus: Menus
        self.prompter = Prompter(window)
        self._open_event = open_event
        self._release_event = release_event
        # The open event's session (the one owner of its connections), None without an event.
        self.session: EventSession | None = None

    @property
    def edb(self) -> EventDB | None:
        """The UI thread's connection to the open event (background work uses EventOp)."""
        return self.session.main if self.session is not None else None

    def open_event(self, path: Path) -> bool:
        """Open ``path`` in the window (closing the current event first); False with a message."""
        return self._open_event(path)

    def release_event(self) -> None:
        """Close the open event file (before restoring over it or rescuing it)."""
        self._release_event()

    def require_event(self) -> EventDB | None:
        """The open event; otherwise says so (one message for every feature) and gives None."""
        if self.edb is None:
            self.prompter.information(translate("MainWindow", "Belum ada acara"),
                                      translate("MainWindow", "Buka acara terlebih dahulu."))
        return self.edb
