"""'Buka acara' dialog: the events in the data directory, or another file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.gui.errors import message_text
from humas_desktop.paths import EVENT_SUFFIX
from humas_desktop.services.events import EventInfo, list_events


class OpenEventDialog(QDialog):
    def __init__(self, base: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Buka acara"))
        self.resize(760, 380)
        self.infos: list[EventInfo] = list_events(base)
        self.chosen: Path | None = None
        self.table = QTableWidget(len(self.infos), 4, self)
        self.table.setAccessibleName(self.tr("Daftar acara"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Acara"), self.tr("LSP"), self.tr("Tanggal"), self.tr("Peserta")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(self.infos):
            name = info.name
            if info.problem:
                problem = message_text(info.problem, path=info.path.name, version="?", supported="?")
                name = f"{info.name} — {problem}"
            values = [name, info.lsp_name, info.start_date, str(info.participants)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if info.problem:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, item)
        empty = QLabel(self.tr("Belum ada acara di folder data. Buat acara baru atau jalankan "
                               "demo."), self)
        empty.setVisible(not self.infos)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("Buka"), QDialogButtonBox.ButtonRole.AcceptRole)
        other = buttons.addButton(self.tr("Berkas lain…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_selected)
        buttons.rejected.connect(self.reject)
        other.clicked.connect(self._browse)
        self.table.doubleClicked.connect(lambda _i: self._accept_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        if self.infos:
            self.table.selectRow(0)

    def _accept_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.infos) and not self.infos[row].problem:
            self.chosen = self.infos[row].path
            self.accept()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas acara"), "",
                                              self.tr("Berkas acara (*%1)").replace("%1", EVENT_SUFFIX))
        if name:
            self.chosen = Path(name)
            self.accept()

    @classmethod
    def ask(cls, base: Path, parent: QWidget | None = None) -> Path | None:
        dialog = cls(base, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
