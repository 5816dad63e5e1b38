"""Participants panel: a sortable, searchable table of the event's participants."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.models import AssessmentStatus, Attendance
from humas_desktop.storage.repository import ParticipantSummary

Index = QModelIndex | QPersistentModelIndex


def status_label(status: AssessmentStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        AssessmentStatus.BELUM_MULAI: "belum mulai",
        AssessmentStatus.BERLANGSUNG: "berlangsung",
        AssessmentStatus.SELESAI: "selesai",
        AssessmentStatus.DITANDATANGANI: "ditandatangani",
    }
    return QCoreApplication.translate("Status", labels[status])


def attendance_label(value: Attendance | None) -> str:
    from PySide6.QtCore import QCoreApplication

    if value is None:
        return "–"
    text = "hadir" if value is Attendance.HADIR else "tidak hadir"
    return QCoreApplication.translate("Status", text)


class ParticipantTableModel(QAbstractTableModel):
    COL_NO, COL_NAME, COL_INSTANSI, COL_JABATAN, COL_SCHEME, COL_ASSESSOR, COL_STATUS, \
        COL_ATTENDANCE = range(8)
    HEADERS: ClassVar[list[str]] = ["No.", "Nama", "Instansi", "Jabatan", "Skema", "Asesor",
                                    "Status", "Kehadiran"]
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, rows: list[ParticipantSummary] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantSummary] = list(rows or [])

    def set_rows(self, rows: list[ParticipantSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ParticipantSummary]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return [row.number, row.name, row.institution, row.job_title, row.scheme_title,
                    row.assessor_name, status_label(row.status),
                    attendance_label(row.attendance)][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_NO:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ParticipantFilter(QSortFilterProxyModel):
    """Search as you type over name, instansi and the last digits of the NIK."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(Qt.ItemDataRole.DisplayRole)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        row: ParticipantSummary = model.data(model.index(source_row, 0, source_parent),
                                             ParticipantTableModel.RowRole)
        needle = self._needle
        if needle.isdigit():
            return row.nik.endswith(needle) or str(row.number) == needle
        return needle in row.name.casefold() or needle in row.institution.casefold()


class ParticipantsPanel(QWidget):
    participant_selected = Signal(str)  # participant id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari nama, instansi, atau digit akhir NIK…"))
        self.search.setAccessibleName(self.tr("Cari peserta"))
        self.search.setClearButtonEnabled(True)
        self.model = ParticipantTableModel(parent=self)
        self.proxy = ParticipantFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Daftar peserta"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ParticipantTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        self.search.textChanged.connect(self._on_search)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

    def set_rows(self, rows: list[ParticipantSummary]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(ParticipantTableModel.COL_NO)
        self._update_count()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        rows = self.model.rows()
        done = sum(1 for r in rows if r.status in (AssessmentStatus.SELESAI,
                                                     AssessmentStatus.DITANDATANGANI))
        shown = self.proxy.rowCount()
        text = self.tr("%1 dari %2 selesai").replace("%1", str(done)).replace("%2", str(len(rows)))
        if shown != len(rows):
            text += " · " + self.tr("%1 ditampilkan").replace("%1", str(shown))
        self.count_label.setText(text)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row = self.proxy.data(current, ParticipantTableModel.RowRole)
            self.participant_selected.emit(row.id)
