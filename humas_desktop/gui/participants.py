"""Participants panel: a sortable, searchable table of the event's participants."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.models import AssessmentStatus, Attendance
from humas_desktop.storage.repository import ParticipantSummary

Index = QModelIndex | QPersistentModelIndex

STATUS_LABELS = {
    AssessmentStatus.BELUM_MULAI: str(QT_TRANSLATE_NOOP("Status", "belum mulai")),
    AssessmentStatus.BERLANGSUNG: str(QT_TRANSLATE_NOOP("Status", "berlangsung")),
    AssessmentStatus.SELESAI: str(QT_TRANSLATE_NOOP("Status", "selesai")),
    AssessmentStatus.DITANDATANGANI: str(QT_TRANSLATE_NOOP("Status", "ditandatangani")),
}


def status_label(status: AssessmentStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Status", STATUS_LABELS[status])


def attendance_label(value: Attendance | None) -> str:
    from PySide6.QtCore import QCoreApplication

    if value is None:
        return "–"
    if value is Attendance.HADIR:
        return QCoreApplication.translate("Status", "hadir")
    return QCoreApplication.translate("Status", "tidak hadir")


class ParticipantTableModel(QAbstractTableModel):
    COL_NO, COL_NAME, COL_INSTANSI, COL_JABATAN, COL_SCHEME, COL_ASSESSOR, COL_STATUS, \
        COL_ATTENDANCE = range(8)
    HEADERS: ClassVar[list[str]] = [
        str(QT_TRANSLATE_NOOP("ParticipantTableModel", "No.")),
        str(QT_TRANSLATE_NOOP("ParticipantTableModel", "Nama")),
        str(QT_TRANSLATE_NOOP("ParticipantTableModel", "Instansi")),
        str(QT_TRANSLATE_NOOP("ParticipantTableModel", "Jabatan")),
        str(QT_TRANSLATE_NOOP("ParticipantTableModel", "Skema")),
        str(QT_TRANSLATE_NOOP("ParticipantTableModel", "Asesor")),
        str(QT_TRANSLATE_NOOP("ParticipantTableModel", "Status")),
        str(QT_TRANSLATE_NOOP("ParticipantTableModel", "Kehadiran")),
    ]
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, rows: list[ParticipantSummary] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantSummary] = list(rows or [])
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[ParticipantSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows.sort(key=self._key(self._sort[0]),
                            reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def _key(self, column: int) -> Any:
        statuses = list(AssessmentStatus)
        if column == self.COL_NO:
            return lambda r: r.number
        if column == self.COL_STATUS:
            return lambda r: (statuses.index(r.status), r.number)
        if column == self.COL_ATTENDANCE:
            return lambda r: (attendance_label(r.attendance).casefold(), r.number)
        field = ["number", "name", "institution", "job_title", "scheme_title",
                 "assessor_name"][column]
        return lambda r: (str(getattr(r, field)).casefold(), r.number)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the Python list itself: a proxy sort of 5,000 rows calls data() ~80k times."""
        if not 0 <= column < len(self.HEADERS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self._rows[i.row()].id, i.column()) for i in old]
        self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        where = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(old, [self.index(where[rid], col) for rid, col in old_ids])
        self.layoutChanged.emit()

    def rows(self) -> list[ParticipantSummary]:
        return list(self._rows)

    def row_at(self, row: int) -> ParticipantSummary:
        return self._rows[row]

    def update_row(self, participant_id: str, **changes: Any) -> None:
        """Change one row in place (status, attendance) without resetting the view."""
        for i, row in enumerate(self._rows):
            if row.id == participant_id:
                self._rows[i] = replace(row, **changes)
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ParticipantTableModel", self.HEADERS[section])
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
        if role == Qt.ItemDataRole.ToolTipRole and col != self.COL_NO:
            return self.data(index)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_NO:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ParticipantFilter(QSortFilterProxyModel):
    """Search as you type over name, instansi and the last digits of the NIK."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._status: AssessmentStatus | None = None
        self._assessor: str | None = None
        # The participant being scored stays listed when its status stops matching the filter:
        # otherwise the first verdict on a "belum mulai" row would switch the workspace away.
        self.pinned: str | None = None

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: AssessmentStatus | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_assessor(self, assessor_id: str | None) -> None:
        """Only "peserta saya": rows whose primary assessor is this one (None = everyone)."""
        self.beginFilterChange()
        self._assessor = assessor_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Delegate to the source model; the proxy itself only filters (fast on 5,000 rows)."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        # Straight to the Python rows: model.data() per row is too slow for 5,000 per keystroke.
        row = model.row_at(source_row) if isinstance(model, ParticipantTableModel) else \
            model.data(model.index(source_row, 0, source_parent), ParticipantTableModel.RowRole)
        if row.id == self.pinned:
            return True
        if self._status is not None and row.status is not self._status:
            return False
        if self._assessor is not None and row.assessor_id != self._assessor:
            return False
        if not self._needle:
            return True
        needle = self._needle
        if needle.isdigit():
            return row.nik.endswith(needle) or str(row.number) == needle
        return needle in row.name.casefold() or needle in row.institution.casefold()


class ParticipantsPanel(QWidget):
    participant_selected = Signal(str)  # participant id
    attendance_requested = Signal(str, object)  # participant id, Attendance

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._my_assessor: str | None = None
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
        header.setDefaultSectionSize(self.fontMetrics().horizontalAdvance("M") * 9)
        header.setStretchLastSection(True)
        self.count_label = QLabel(self)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Saring status"))
        self.status_filter.addItem(self.tr("Semua status"), None)
        for status in AssessmentStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.mine = QCheckBox(self.tr("Peserta saya"), self)
        self.mine.setAccessibleName(self.tr("Hanya peserta saya"))
        self.mine.setEnabled(False)
        self.mine.setToolTip(self.tr("Pilih asesor di Pengaturan untuk memakai saringan ini."))
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.mine)
        self.present_button = QPushButton(self.tr("Hadir"), self)
        self.present_button.setAccessibleName(self.tr("Tandai hadir"))
        self.absent_button = QPushButton(self.tr("Tidak hadir"), self)
        self.absent_button.setAccessibleName(self.tr("Tandai tidak hadir"))
        attendance = QHBoxLayout()
        attendance.addWidget(self.count_label, 1)
        attendance.addWidget(self.present_button)
        attendance.addWidget(self.absent_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(attendance)
        self.status_filter.currentIndexChanged.connect(self._on_status)
        self.mine.toggled.connect(self._on_mine)
        self.present_button.clicked.connect(lambda: self._attendance(Attendance.HADIR))
        self.absent_button.clicked.connect(lambda: self._attendance(Attendance.TIDAK_HADIR))
        self.search.textChanged.connect(self._on_search)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

    def set_rows(self, rows: list[ParticipantSummary]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(ParticipantTableModel.COL_NO)
        self.table.setColumnWidth(ParticipantTableModel.COL_NAME,
                                  self.fontMetrics().horizontalAdvance("M") * 16)
        self._update_count()

    def set_my_assessor(self, assessor_id: str | None) -> None:
        """Which assessor "peserta saya" means on this laptop (None: the filter is off)."""
        self._my_assessor = assessor_id
        self.mine.setEnabled(assessor_id is not None)
        if assessor_id is None:
            self.mine.setChecked(False)
        self._on_mine(self.mine.isChecked())

    def _on_mine(self, on: bool) -> None:
        self.proxy.set_assessor(self._my_assessor if on else None)
        self._update_count()

    def _on_status(self, _index: int) -> None:
        value = self.status_filter.currentData()
        self.proxy.set_status(AssessmentStatus(value) if value else None)
        self._update_count()

    def _attendance(self, value: Attendance) -> None:
        current = self.current_id()
        if current is not None:
            self.attendance_requested.emit(current, value)

    def update_row(self, participant_id: str, **changes: Any) -> None:
        self.model.update_row(participant_id, **changes)
        self._update_count()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return str(self.proxy.data(index, ParticipantTableModel.RowRole).id)

    def select(self, participant_id: str) -> bool:
        """Select (and scroll to) a participant among the rows shown; False if not shown."""
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, ParticipantTableModel.COL_NAME)
            if self.proxy.data(index, ParticipantTableModel.RowRole).id == participant_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def select_offset(self, step: int) -> None:
        """Next (step=1) or previous (step=-1) participant among the rows shown."""
        count = self.proxy.rowCount()
        if count == 0:
            return
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        row = max(0, min(row, count - 1))
        index = self.proxy.index(row, ParticipantTableModel.COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

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
            self.proxy.pinned = row.id
            self.participant_selected.emit(row.id)
