"""'Catat nomor blanko': which BNSP blanko each printed certificate went on (issue 15).

One row per numbered certificate; the coordinator types the serial from the pile of printed
blankos. Saving records every changed row at once (all or none in the event file) and, when
the event was numbered from the LSP registry and it is reachable, there too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.errors import error_text
from humas_desktop.services import blanko
from humas_desktop.services.workspace import EventDB

SERIAL_COL = 3


class BlankoDialog(QDialog):
    def __init__(self, edb: EventDB, registry_location: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb = edb
        self.registry_location = registry_location
        self.setWindowTitle(self.tr("Catat nomor blanko"))
        self.rows = blanko.certificate_rows(edb)
        self.table = QTableWidget(len(self.rows), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("No"), self.tr("Nama pada sertifikat"),
                                              self.tr("Nomor sertifikat"),
                                              self.tr("Nomor seri blanko")])
        self.table.setAccessibleName(self.tr("Nomor seri blanko per sertifikat"))
        for i, row in enumerate(self.rows):
            for col, text in enumerate((str(row.participant_number), row.name,
                                        row.certificate_number)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, col, item)
            self.table.setItem(i, SERIAL_COL, QTableWidgetItem(row.serial))
        self.table.verticalHeader().setVisible(False)  # the "No" column is the participant's
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Alasan mengganti blanko"))
        self.reason.setPlaceholderText(self.tr("mis. blanko rusak saat dicetak"))
        form = QFormLayout()
        form.addRow(self.tr("Alasan (bila mengganti blanko yang sudah tercatat)"), self.reason)
        hint = QLabel(self.tr("Satu nomor blanko hanya untuk satu sertifikat. Nomor dicatat di "
                              "berkas acara (jejak audit) dan di registri LSP bila acara "
                              "dinomori dari registri.") if self.rows else
                      self.tr("Belum ada sertifikat bernomor: tutup sesi dulu."), self)
        hint.setWordWrap(True)
        # Decided K but held back by an open appeal: named, not silently missing (issue 26).
        held = blanko.held_by_appeal(edb)
        self.held = QLabel(self.tr("Sertifikat ditahan karena banding (FR.AK.04) belum "
                                   "diputuskan: %1").replace(
            "%1", "; ".join(f"{n}. {name}" for n, name in held)) if held else "", self)
        self.held.setWordWrap(True)
        self.held.setVisible(bool(held))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.rows))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.held)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(720, 460)

    def set_serial(self, participant_number: int, serial: str) -> None:
        """Type a serial into a participant's row (what a person does in the table)."""
        for i, row in enumerate(self.rows):
            if row.participant_number == participant_number:
                self._serial_item(i).setText(serial)
                return
        raise KeyError(participant_number)

    def _serial_item(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, SERIAL_COL)
        if item is None:  # every row gets one in __init__
            item = QTableWidgetItem("")
            self.table.setItem(row, SERIAL_COL, item)
        return item

    def changes(self) -> list[tuple[str, str]]:
        out = []
        for i, row in enumerate(self.rows):
            typed = " ".join(self._serial_item(i).text().split())
            if typed != row.serial and (typed or row.serial):
                out.append((row.certificate_number, typed))
        return out

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.accept()
            return
        store = (blanko.registry_for_event(self.edb, self.registry_location)
                 if self.registry_location else None)
        try:
            blanko.record_serials(self.edb, changes, self.reason.text(), store)
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        finally:
            if store is not None:
                store.close()
        self.accept()
