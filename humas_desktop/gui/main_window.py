"""Main window: participants | interview | scoring in a splitter, menus and a status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.participants import ParticipantsPanel
from humas_desktop.messages import message
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB
from humas_desktop.storage.device import Device

ORG = "HumasDesktop"

# Feature modules that add menu actions and dialogs. Each exposes ``install(window)``; it must
# only create actions (import heavy modules when an action is triggered, not at start-up).
EXTENSIONS: tuple[str, ...] = (
    "humas_desktop.gui.export_dialog",
)


class PlaceholderPanel(QWidget):
    """Shown where a panel waits for a selected participant."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(f"<b>{title}</b>", self)
        self.body = QLabel(self.tr("Pilih peserta di daftar sebelah kiri."), self)
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    event_changed = Signal()  # an event file was opened (or closed): re-read what you show

    def __init__(self, base: Path, device: Device, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.device = device
        self.edb: EventDB | None = None
        self.setWindowTitle("Humas Desktop")
        self.resize(1366, 768)
        self.participants = ParticipantsPanel(self)
        self.interview = PlaceholderPanel(self.tr("Wawancara"), self)
        self.scoring = PlaceholderPanel(self.tr("Penilaian"), self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for panel in (self.participants, self.interview, self.scoring):
            self.splitter.addWidget(panel)
        self.splitter.setSizes([520, 480, 360])
        self.setCentralWidget(self.splitter)
        self.event_label = QLabel(self)
        self.statusBar().addWidget(self.event_label, 1)
        self._build_menus()
        self.participants.participant_selected.connect(self._on_participant)
        import importlib

        for name in EXTENSIONS:
            importlib.import_module(name).install(self)

    # --- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&Berkas"))
        self.action_open = QAction(self.tr("&Buka acara…"), self)
        self.action_open.setShortcut(QKeySequence.StandardKey.Open)
        self.action_open.triggered.connect(self.choose_event)
        self.menu_file.addAction(self.action_open)
        self.menu_file.addSeparator()
        self.action_quit = QAction(self.tr("&Keluar"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.triggered.connect(self.close)
        self.menu_file.addAction(self.action_quit)
        self.menu_event = bar.addMenu(self.tr("&Acara"))
        self.menu_settings = bar.addMenu(self.tr("&Pengaturan"))
        self.menu_help = bar.addMenu(self.tr("Ban&tuan"))
        about = QAction(self.tr("&Tentang Humas Desktop"), self)
        about.triggered.connect(self._about)
        self.menu_help.addAction(about)

    def _about(self) -> None:
        from humas_desktop import __version__

        QMessageBox.about(self, self.tr("Tentang Humas Desktop"),
                          self.tr("Humas Desktop %1\nUji kompetensi humas, luring.")
                          .replace("%1", __version__))

    # --- events --------------------------------------------------------------------------
    def show_welcome(self) -> None:
        self.event_label.setText(self.tr("Belum ada acara terbuka. Berkas → Buka acara…"))

    def choose_event(self) -> None:
        from humas_desktop.gui.open_event import OpenEventDialog

        path = OpenEventDialog.ask(self.base, self)
        if path is not None:
            self.open_event(path)

    def open_event(self, path: Path) -> bool:
        from humas_desktop.services.events import open_event_file

        try:
            edb = open_event_file(path, device_id=self.device.id)
            event = repo.load_event(edb)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Acara tidak dapat dibuka"),
                                self.translate_error(exc, path=path.name))
            return False
        if self.edb is not None:
            self.edb.close()
        self.edb = edb
        self.setWindowTitle(f"{event.name} — Humas Desktop")
        self.event_label.setText(f"{event.name} · {event.lsp_name} · {event.tuk_name}")
        QSettings(ORG, "HumasDesktop").setValue("last_event", str(path))
        self.refresh()
        self.event_changed.emit()
        return True

    def refresh(self) -> None:
        if self.edb is not None:
            self.participants.set_rows(repo.participant_summaries(self.edb))

    def _on_participant(self, participant_id: str) -> None:
        if self.edb is None:
            return
        person = repo.get_participant(self.edb, participant_id)
        self.interview.body.setText(f"{person.name}\n{person.institution}\n{person.job_title}")

    def translate_error(self, exc: DomainError, **extra: object) -> str:
        from PySide6.QtCore import QCoreApplication

        context = {**exc.context, **extra}
        return QCoreApplication.translate("Messages", message(exc.code, **context))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.edb is not None:
            self.edb.close()
            self.edb = None
        super().closeEvent(event)
