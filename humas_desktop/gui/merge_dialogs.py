"""Coordinator: the report after merging results packages, and the open merge conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
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
from humas_desktop.messages import message
from humas_desktop.services.workspace import EventDB


class MergeReportDialog(QDialog):
    """One line per package, named by its sender: added, updated, conflicts, or why it was
    refused; below, one line per assessor ("Budi: 12 hasil baru, 3 diperbarui, 1 konflik")."""

    STATUS = {"applied": "Digabung", "duplicate": "Sudah pernah digabung", "rejected": "Ditolak"}

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Laporan penggabungan hasil"))
        self.resize(820, 320)
        self.table = row_table(
            [
                self.tr("Asesor"),
                self.tr("Status"),
                self.tr("Asesi dengan hasil baru"),
                self.tr("Asesi dengan hasil diperbarui"),
                self.tr("Asesi berkonflik"),
                self.tr("Keterangan"),
            ],
            self,
        )
        self.table.setRowCount(len(report.packages))
        for r, p in enumerate(report.packages):
            values = [
                p.assessor_name or p.package,
                self.tr(self.STATUS[p.status]),
                str(len(p.participants_added)),
                str(len(p.participants_updated)),
                str(len(p.participants_conflicts)),
                error_text(DomainError(p.reason)) if p.reason else "",
            ]
            for c, value in enumerate(values):
                item = read_only_item(value)
                if c == 0:
                    item.setToolTip(p.package)  # the file, for whoever needs it
                if p.status == "rejected":
                    item.setForeground(QBrush(QColor("#b00020")))
                self.table.setItem(r, c, item)
        data = report.as_dict()
        # Counted in participants (asesi), not database rows; conflicts named by number.
        text = (
            self.tr("%1 asesi mendapat hasil baru, %2 asesi diperbarui, %3 asesi berkonflik, %4 paket ditolak.")  # noqa: E501 - one literal for lupdate
            .replace("%1", str(data["participants"]["added"]))
            .replace("%2", str(data["participants"]["updated"]))
            .replace("%3", str(data["participants"]["conflicts"]))
            .replace("%4", str(len(data["rejected"])))
        )
        if data["conflict_numbers"]:
            text += " " + self.tr("Konflik: peserta no. %1.").replace(
                "%1", ", ".join(str(n) for n in data["conflict_numbers"])
            )
        if data["missing_numbers"]:
            text += " " + self.tr(
                "Tidak ada di paket (dihapus di laptop asesor; di sini tidak diubah): peserta no. %1."
            ).replace("%1", ", ".join(str(n) for n in data["missing_numbers"]))
        lines = [message("merge_assessor_summary", name=a["name"], added=a["added"],
                         updated=a["updated"], conflicts=a["conflicts"])
                 for a in data["assessors"] if a["name"]]
        self.summary = QLabel("\n".join([text, *lines]), self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)


class ConflictDialog(QDialog):
    """Open conflicts in the user's words: participant number and name, the assessor who sent the
    version, the field's label, both values as the app shows them, and what each choice does.
    Choose a version and give a reason (recorded in the audit log)."""

    def __init__(self, edb: EventDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb = edb
        self.setWindowTitle(self.tr("Konflik penggabungan"))
        self.resize(960, 440)
        columns = [
            self.tr("Asesi"),
            self.tr("Dikirim oleh"),
            self.tr("Jenis"),
            self.tr("Data"),
            self.tr("Di laptop ini"),
            self.tr("Versi masuk"),
        ]
        self.table = row_table(columns, self)
        # A long name with titles must not push the two versions off the screen: the participant
        # column is capped (the whole name in its tooltip), the versions get the room.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 240)
        self.table.setWordWrap(True)
        self.keep_local = QRadioButton(self.tr("Pakai versi di laptop ini"), self)
        self.take_incoming = QRadioButton(self.tr("Pakai versi masuk"), self)
        self.keep_local.setChecked(True)
        self.choice_help = QLabel(self)  # what the chosen option does, in words
        self.choice_help.setWordWrap(True)
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
        layout.addWidget(self.choice_help)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.views: list[Any] = []
        self.resolve_button.clicked.connect(self.resolve)
        self.table.currentCellChanged.connect(lambda *_: self.explain())
        self.keep_local.toggled.connect(lambda *_: self.explain())
        self.reload()

    def reload(self) -> None:
        from humas_desktop.services.conflicts import describe_conflicts

        self.views = describe_conflicts(self.edb)
        self.table.setRowCount(len(self.views))
        for r, v in enumerate(self.views):
            who = (self.tr("No. %1 %2").replace("%1", str(v.participant_number))
                   .replace("%2", v.participant_name) if v.participant_number is not None else v.what)
            here = "\n".join(f"{ch.label}: {ch.here}" for ch in v.changes)
            incoming = "\n".join(f"{ch.label}: {ch.incoming}" for ch in v.changes)
            values = [who, v.sender, v.kind_text, v.what, here, incoming]
            for col, value in enumerate(values):
                item = read_only_item(value, v.id if col == 0 else None)
                item.setToolTip(value)
                self.table.setItem(r, col, item)
        self.table.resizeRowsToContents()
        if self.views:
            self.table.selectRow(0)
        self.explain()
        self.status.setText(self.tr("%1 konflik terbuka.").replace("%1", str(len(self.views))))

    def current_view(self) -> Any:
        row = self.table.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def explain(self) -> None:
        """Name the sender on the choice and say what it does for the selected conflict."""
        v = self.current_view()
        if v is None:
            self.take_incoming.setText(self.tr("Pakai versi masuk"))
            self.choice_help.clear()
            return
        self.take_incoming.setText(self.tr("Pakai versi dari %1").replace("%1", v.sender))
        self.choice_help.setText(v.keep_text if self.keep_local.isChecked() else v.take_text)

    def resolve(self) -> None:
        from humas_desktop.services.conflicts import resolve_conflict

        v = self.current_view()
        if v is None:
            return
        try:
            resolve_conflict(
                self.edb,
                v.id,
                take_incoming=self.take_incoming.isChecked(),
                reason=self.reason.text(),
            )
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return
        self.reason.clear()
        self.reload()
