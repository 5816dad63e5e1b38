"""Coordinator: the report after merging results packages, and the open merge conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.errors import error_text
from humas_desktop.gui.tables import read_only_item, row_table
from humas_desktop.services import workspace
from humas_desktop.services.workspace import EventDB


class MergeReportDialog(QDialog):
    """One line per package: added, updated, conflicts, or why it was refused."""

    STATUS = {"applied": "Digabung", "duplicate": "Sudah pernah digabung", "rejected": "Ditolak"}

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Laporan penggabungan hasil"))
        self.resize(820, 320)
        self.table = row_table(
            [
                self.tr("Paket"),
                self.tr("Status"),
                self.tr("Asesi baru"),
                self.tr("Asesi diperbarui"),
                self.tr("Asesi berkonflik"),
                self.tr("Keterangan"),
            ],
            self,
        )
        self.table.setRowCount(len(report.packages))
        for r, p in enumerate(report.packages):
            values = [
                p.package,
                self.tr(self.STATUS[p.status]),
                str(len(p.participants_added)),
                str(len(p.participants_updated)),
                str(len(p.participants_conflicts)),
                error_text(DomainError(p.reason)) if p.reason else "",
            ]
            for c, value in enumerate(values):
                item = read_only_item(value)
                if p.status == "rejected":
                    item.setForeground(QBrush(QColor("#b00020")))
                self.table.setItem(r, c, item)
        data = report.as_dict()
        # Counted in participants (asesi), not database rows; conflicts named by number.
        text = (
            self.tr("%1 asesi baru, %2 asesi diperbarui, %3 asesi berkonflik, %4 paket ditolak.")
            .replace("%1", str(data["participants"]["added"]))
            .replace("%2", str(data["participants"]["updated"]))
            .replace("%3", str(data["participants"]["conflicts"]))
            .replace("%4", str(len(data["rejected"])))
        )
        if data["conflict_numbers"]:
            text += " " + self.tr("Konflik: peserta no. %1.").replace(
                "%1", ", ".join(str(n) for n in data["conflict_numbers"])
            )
        self.summary = QLabel(text, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)


class ConflictDialog(QDialog):
    """Open conflicts; choose a version and give a reason (recorded in the audit log)."""

    ENTITIES = {
        "participant": "Asesi",
        "assessment": "Asesmen",
        "answer": "Jawaban",
        "unit_result": "Rekomendasi unit",
        "evidence_item": "Bukti",
    }
    KINDS = {
        "concurrent": "Diubah di dua laptop",
        "not_owner": "Bukan milik pengirim",
        "duplicate_key": "Rekaman ganda",
        "two_assessors": "Dinilai dua asesor",
    }

    def __init__(self, edb: EventDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb = edb
        self.setWindowTitle(self.tr("Konflik penggabungan"))
        self.resize(860, 420)
        columns = [
            self.tr("Jenis"),
            self.tr("Data"),
            self.tr("Asesi no."),
            self.tr("Kolom berbeda"),
            self.tr("Di laptop ini"),
            self.tr("Versi masuk"),
        ]
        self.table = row_table(columns, self)
        self.keep_local = QRadioButton(self.tr("Pakai versi di laptop ini"), self)
        self.take_incoming = QRadioButton(self.tr("Pakai versi masuk"), self)
        self.keep_local.setChecked(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Alasan (wajib)"))
        self.resolve_button = QPushButton(self.tr("Selesaikan"), self)
        self.status = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.keep_local)
        row.addWidget(self.take_incoming)
        row.addWidget(self.reason, 1)
        row.addWidget(self.resolve_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resolve_button.clicked.connect(self.resolve)
        self.reload()

    def reload(self) -> None:
        from humas_desktop.services.conflicts import list_conflicts

        numbers = workspace.participant_numbers(self.edb)
        conflicts = list_conflicts(self.edb)
        self.table.setRowCount(len(conflicts))
        for r, c in enumerate(conflicts):
            fields = c.as_dict()["fields"]
            local = ", ".join(f"{f}={(c.local or {}).get(f)}" for f in fields[:3])
            incoming = ", ".join(f"{f}={c.incoming.get(f)}" for f in fields[:3])
            values = [
                self.tr(self.KINDS.get(c.kind, c.kind)),
                self.tr(self.ENTITIES.get(c.entity, c.entity)),
                str(numbers.get(c.participant_id, "")),
                ", ".join(fields),
                local,
                incoming,
            ]
            for col, value in enumerate(values):
                self.table.setItem(r, col, read_only_item(value, c.id if col == 0 else None))
        if conflicts:
            self.table.selectRow(0)
        self.status.setText(self.tr("%1 konflik terbuka.").replace("%1", str(len(conflicts))))

    def resolve(self) -> None:
        from humas_desktop.services.conflicts import resolve_conflict

        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        try:
            resolve_conflict(
                self.edb,
                str(item.data(Qt.ItemDataRole.UserRole)),
                take_incoming=self.take_incoming.isChecked(),
                reason=self.reason.text(),
            )
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return
        self.reason.clear()
        self.reload()
