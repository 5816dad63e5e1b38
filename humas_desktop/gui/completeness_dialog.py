"""Coordinator: participants x assessors, what arrived and what is still missing; mark absences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.errors import error_text
from humas_desktop.gui.tables import read_only_item
from humas_desktop.services import workspace
from humas_desktop.services.workspace import EventDB


class CompletenessDialog(QDialog):
    """Participants (rows) x assessors (columns): expected / received / signed / absent / withdrawn."""

    LABELS = {
        "expected": "Ditunggu",
        "received": "Diterima",
        "signed": "Ditandatangani",
        "absent": "Tidak hadir",
        "withdrawn": "Mengundurkan diri",
    }
    COLORS = {
        "expected": "#fde2e1",
        "received": "#fff4cc",
        "signed": "#dff3e3",
        "absent": "#e8e8e8",
        "withdrawn": "#e8e8e8",
    }

    def __init__(self, edb: EventDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb = edb
        self.setWindowTitle(self.tr("Kelengkapan hasil asesmen"))
        self.resize(900, 520)
        self.grid = QTableWidget(self)
        # Ctrl/Shift-click several cells (or names) and mark them all at once.
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel(self)
        self.mark_kind = QComboBox(self)
        self.mark_kind.addItem(self.tr("Tidak hadir"), "absent")
        self.mark_kind.addItem(self.tr("Mengundurkan diri"), "withdrawn")
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Alasan (wajib)"))
        self.mark_button = QPushButton(self.tr("Tandai asesi"), self)
        self.status = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.mark_kind)
        row.addWidget(self.reason, 1)
        row.addWidget(self.mark_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.mark_button.clicked.connect(self.mark_selected)
        self.reload()

    def reload(self) -> None:
        from humas_desktop.services import completeness

        cells = completeness.grid(self.edb)
        assessors = workspace.assigned_assessors(self.edb)
        people = workspace.assigned_participants(self.edb)
        col_of = {str(a[0]): i for i, a in enumerate(assessors)}
        row_of = {str(p[0]): i for i, p in enumerate(people)}
        self.row_ids = [str(p[0]) for p in people]
        self.grid.clear()
        self.grid.setColumnCount(len(assessors))
        self.grid.setRowCount(len(people))
        self.grid.setHorizontalHeaderLabels([str(a[1]) for a in assessors])
        self.grid.setVerticalHeaderLabels([f"{p[1]}. {p[2]}" for p in people])
        for r in range(len(people)):  # not assigned to this assessor: nothing expected
            for c in range(len(assessors)):
                blank = read_only_item("—")
                blank.setForeground(QBrush(QColor("#9e9e9e")))
                blank.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.setItem(r, c, blank)
        for cell in cells:
            item = read_only_item(self.tr(self.LABELS[cell.state]), cell.participant_id)
            item.setBackground(QBrush(QColor(self.COLORS[cell.state])))
            if cell.mark_reason:
                item.setToolTip(cell.mark_reason)
            self.grid.setItem(row_of[cell.participant_id], col_of[cell.assessor_id], item)
        missing = len(completeness.missing_expected(self.edb))
        conflicts = completeness.open_conflict_count(self.edb)
        signed = sum(1 for c in cells if c.state == "signed")
        self.summary.setText(
            self.tr("%1 dari %2 hasil ditandatangani; %3 belum lengkap; %4 konflik terbuka.")
            .replace("%1", str(signed))
            .replace("%2", str(len(cells)))
            .replace("%3", str(missing))
            .replace("%4", str(conflicts))
        )
        self.complete = missing == 0 and conflicts == 0

    def mark_selected(self) -> None:
        from humas_desktop.services import completeness

        ids = self.selected_participants()
        if not ids:
            self.status.setText(self.tr("Pilih sel asesi dulu (Ctrl+klik untuk beberapa asesi)."))
            return
        done = 0
        try:
            for participant_id in ids:
                completeness.mark(self.edb, participant_id, str(self.mark_kind.currentData()),
                                  self.reason.text())
                done += 1
        except DomainError as exc:
            if done:
                self.reload()  # the ones marked before the refusal show as marked
            self.status.setText(error_text(exc))
            return
        self.reason.clear()
        self.status.setText(self.tr("%1 asesi ditandai.").replace("%1", str(len(ids))))
        self.reload()

    def selected_participants(self) -> list[str]:
        """Participants of the selected cells, or of selected rows (a click on the name)."""
        rows = {i.row() for i in self.grid.selectedIndexes()}
        rows |= {i.row() for i in self.grid.verticalHeader().selectionModel().selectedRows()}
        current = self.grid.currentItem()
        if not rows and current is not None:
            rows = {current.row()}
        return [self.row_ids[r] for r in sorted(rows) if r < len(self.row_ids)]
