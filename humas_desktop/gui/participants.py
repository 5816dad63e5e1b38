"""Participants panel: a sortable, searchable table of the event's participants."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
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
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.models import AssessmentStatus, Attendance
from humas_desktop.services.workspace import ParticipantSummary

Index = QModelIndex | QPersistentModelIndex

STATUS_LABELS = {
    AssessmentStatus.BELUM_MULAI: str(QT_TRANSLATE_NOOP("Status", "belum mulai")),
    AssessmentStatus.BERLANGSUNG: str(QT_TRANSLATE_NOOP("Status", "berlangsung")),
    # Recommended but not signed: "selesai" read as done, and results went out unsigned (#24).
    AssessmentStatus.SELESAI: str(QT_TRANSLATE_NOOP("Status", "menunggu tanda tangan")),
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
    """The event's participants, sorted and filtered in place.

    Filtering lives here rather than in a QSortFilterProxyModel: the proxy calls a Python
    ``filterAcceptsRow`` once per row and emits one signal pair per removed/inserted range, which
    on 5,000 rows made a keystroke cost 15-55 ms. Here each row gets a precomputed search key when
    the rows are set, one list comprehension picks the shown rows, and one layout change tells the
    view (persistent indexes, hence the selection, follow their participant).
    """

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
    # Between name and instansi so a search cannot match across the two fields.
    _SEP = "\x1f"

    def __init__(self, rows: list[ParticipantSummary] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[ParticipantSummary] = []
        self._text_keys: list[str] = []  # casefolded "name SEP instansi", parallel to _all
        self._position: dict[str, int] = {}  # participant id -> index in _all
        self._order: list[int] = []  # indexes into _all, in the current sort order
        self._shown: list[int] = []  # the subset of _order that passes the filters
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._status_text: dict[AssessmentStatus, str] = {}
        self._attendance_text: dict[Attendance | None, str] = {}
        self._needle = ""
        self._status: AssessmentStatus | None = None
        self._assessor: str | None = None
        # The participant being scored stays listed when its status stops matching the filter:
        # otherwise the first verdict on a "belum mulai" row would switch the workspace away.
        self.pinned: str | None = None
        self._load(list(rows or []))

    def _load(self, rows: list[ParticipantSummary]) -> None:
        # Translated once per load: data() runs for every painted cell.
        self._status_text = {s: status_label(s) for s in AssessmentStatus}
        self._attendance_text = {a: attendance_label(a) for a in (None, *Attendance)}
        self._all = rows
        self._text_keys = [f"{r.name.casefold()}{self._SEP}{r.institution.casefold()}" for r in rows]
        self._position = {r.id: i for i, r in enumerate(rows)}
        self._order = list(range(len(rows)))
        if self._sort is not None:
            self._order.sort(key=self._key(self._sort[0]),
                             reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self._shown = self._filtered()

    def set_rows(self, rows: list[ParticipantSummary]) -> None:
        self.beginResetModel()
        self._load(list(rows))
        self.endResetModel()

    # --- filtering -------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        """Name or instansi containing the text; digits: the NIK's last digits or the number."""
        needle = text.strip().casefold()
        if needle != self._needle:
            self._needle = needle
            self._refilter()

    def set_status(self, status: AssessmentStatus | None) -> None:
        if status is not self._status:
            self._status = status
            self._refilter()

    def set_assessor(self, assessor_id: str | None) -> None:
        """Only "peserta saya": rows whose primary assessor is this one (None = everyone)."""
        if assessor_id != self._assessor:
            self._assessor = assessor_id
            self._refilter()

    def _accepts(self, row: ParticipantSummary, key: str) -> bool:
        """The same test as _filtered, for one row (after update_row)."""
        if row.id == self.pinned:
            return True
        if self._status is not None and row.status is not self._status:
            return False
        if self._assessor is not None and row.assessor_id != self._assessor:
            return False
        needle = self._needle
        if not needle:
            return True
        if needle.isdigit():
            return row.nik.endswith(needle) or str(row.number) == needle
        return needle in key

    def _filtered(self) -> list[int]:
        rows, keys, needle = self._all, self._text_keys, self._needle
        candidates = self._order
        if self._status is not None:
            status = self._status
            candidates = [i for i in candidates if rows[i].status is status]
        if self._assessor is not None:
            assessor = self._assessor
            candidates = [i for i in candidates if rows[i].assessor_id == assessor]
        if needle:
            if needle.isdigit():
                candidates = [i for i in candidates
                              if rows[i].nik.endswith(needle) or str(rows[i].number) == needle]
            else:
                candidates = [i for i in candidates if needle in keys[i]]
        pinned = self._position.get(self.pinned) if self.pinned is not None else None
        if pinned is None or candidates is self._order or pinned in set(candidates):
            return list(candidates)
        # Put the pinned row back where the sort order has it.
        rank = {i: n for n, i in enumerate(self._order)}
        shown = list(candidates)
        where = bisect.bisect_left([rank[i] for i in shown], rank[pinned])
        shown.insert(where, pinned)
        return shown

    def _refilter(self) -> None:
        self._relayout(self._filtered())

    def _relayout(self, shown: list[int]) -> None:
        """Show these rows (indexes into _all) with one layout change; persistent indexes follow."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [(self._shown[i.row()], i.column()) for i in old]
        self._shown = shown
        where = {r: n for n, r in enumerate(shown)}
        self.changePersistentIndexList(
            old, [self.index(where[r], col) if r in where else QModelIndex() for r, col in old_rows])
        self.layoutChanged.emit()

    # --- sorting ---------------------------------------------------------------------------

    def _key(self, column: int) -> Callable[[int], Any]:
        rows = self._all
        if column == self.COL_NO:
            return lambda i: rows[i].number
        if column == self.COL_STATUS:
            rank = {s: n for n, s in enumerate(AssessmentStatus)}
            return lambda i: (rank[rows[i].status], rows[i].number)
        if column == self.COL_ATTENDANCE:
            labels = {a: attendance_label(a).casefold() for a in (None, *Attendance)}
            return lambda i: (labels[rows[i].attendance], rows[i].number)
        field = ["number", "name", "institution", "job_title", "scheme_title",
                 "assessor_name"][column]
        return lambda i: (str(getattr(rows[i], field)).casefold(), rows[i].number)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the Python list itself: a proxy sort of 5,000 rows calls data() ~80k times."""
        if not 0 <= column < len(self.HEADERS):
            return
        self._sort = (column, order)
        self._order.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        rank = {i: n for n, i in enumerate(self._order)}
        self._relayout(sorted(self._shown, key=rank.__getitem__))

    # --- rows ------------------------------------------------------------------------------

    def rows(self) -> list[ParticipantSummary]:
        """Every participant of the event, shown or not."""
        return list(self._all)

    def done_count(self) -> int:
        # "selesai" in the count means signed: a recommendation alone can still change.
        finished = (AssessmentStatus.DITANDATANGANI,)
        return sum(1 for r in self._all if r.status in finished)

    def row_at(self, row: int) -> ParticipantSummary:
        """The participant on this (shown) row."""
        return self._all[self._shown[row]]

    def status_of(self, participant_id: str) -> AssessmentStatus | None:
        """The status the row shows (None for an unknown participant)."""
        at = self._position.get(participant_id)
        return self._all[at].status if at is not None else None

    def attendance_of(self, participant_id: str) -> Attendance | None:
        """The attendance the row shows (None: unknown, or not recorded)."""
        at = self._position.get(participant_id)
        return self._all[at].attendance if at is not None else None

    def row_of(self, participant_id: str) -> int | None:
        """The shown row of this participant, None when filtered out or unknown."""
        at = self._position.get(participant_id)
        if at is None:
            return None
        try:
            return self._shown.index(at)
        except ValueError:
            return None

    def update_row(self, participant_id: str, **changes: Any) -> None:
        """Change one row in place (status, attendance) without resetting the view."""
        at = self._position.get(participant_id)
        if at is None:
            return
        row = self._all[at] = replace(self._all[at], **changes)
        self._text_keys[at] = f"{row.name.casefold()}{self._SEP}{row.institution.casefold()}"
        shown = self.row_of(participant_id)
        if (shown is not None) != self._accepts(row, self._text_keys[at]):
            self._refilter()  # it now leaves (or joins) the rows the filters let through
        elif shown is not None:
            self.dataChanged.emit(self.index(shown, 0), self.index(shown, self.columnCount() - 1))

    # --- QAbstractItemModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ParticipantTableModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self._all[self._shown[index.row()]]
        col = index.column()
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return [row.number, row.name, row.institution, row.job_title, row.scheme_title,
                    row.assessor_name, self._status_text[row.status],
                    self._attendance_text[row.attendance]][col]
        if role == Qt.ItemDataRole.ToolTipRole and col != self.COL_NO:
            return self.data(index)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_NO:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ParticipantsPanel(QWidget):
    participant_selected = Signal(str)  # participant id
    attendance_requested = Signal(str, object)  # participant id, Attendance
    edit_requested = Signal(str)  # participant id: "Ubah data peserta…"
    remove_requested = Signal(str)  # participant id: "Hapus peserta…"
    assign_requested = Signal(list)  # participant ids: "Tetapkan asesor…"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._my_assessor: str | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari nama, instansi, atau digit akhir NIK…"))
        self.search.setAccessibleName(self.tr("Cari peserta"))
        self.search.setClearButtonEnabled(True)
        self.model = ParticipantTableModel(parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Daftar peserta"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Ctrl/Shift-click (Shift+arrows) selects many rows for one act: an assessor for all.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # The columns that matter during the day come right after the name, so Status and
        # Kehadiran are visible on a 1366 px screen without scrolling sideways.
        header.moveSection(header.visualIndex(ParticipantTableModel.COL_STATUS), 2)
        header.moveSection(header.visualIndex(ParticipantTableModel.COL_ATTENDANCE), 3)

    # False on an assessor's working copy: correcting the roster is the coordinator's act.
    roster_actions = True

    def context_menu_for(self, participant_id: str) -> QMenu:
        menu = QMenu(self)
        selected = self.selected_ids()
        if participant_id not in selected:
            selected = [participant_id]
        if self.roster_actions and len(selected) > 1:
            menu.addAction(self.tr("Tetapkan asesor untuk %1 peserta…")
                           .replace("%1", str(len(selected))),
                           lambda: self.assign_requested.emit(selected))
            return menu
        if self.roster_actions:
            menu.addAction(self.tr("Ubah data peserta…"),
                           lambda: self.edit_requested.emit(participant_id))
            menu.addAction(self.tr("Hapus peserta…"),
                           lambda: self.remove_requested.emit(participant_id))
            menu.addAction(self.tr("Tetapkan asesor…"),
                           lambda: self.assign_requested.emit([participant_id]))
        return menu

    def _context_menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        menu = self.context_menu_for(row.id)
        if menu.actions():
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def set_rows(self, rows: list[ParticipantSummary]) -> None:
        self.model.set_rows(rows)
        em = self.fontMetrics().horizontalAdvance("M")
        self.table.setColumnWidth(ParticipantTableModel.COL_NAME, em * 13)
        fm = self.fontMetrics()

        def width(column: int, texts: list[str]) -> int:
            # The widest value or the header, in the UI language (English labels are longer).
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # The header as drawn: its text, margins and the sort mark ("No." was cut to "No").
            drawn = self.table.horizontalHeader().sectionSizeFromContents(column).width()
            return max(max(fm.horizontalAdvance(t) for t in [header, *texts]) + em, drawn)

        # The longest number, measured once (resizeColumnToContents asked the model for 1,000
        # rows: ~100 ms of a 5,000-participant start-up, issue #16).
        digits = len(str(max((r.number for r in rows), default=0)))
        self.table.setColumnWidth(ParticipantTableModel.COL_NO,
                                  width(ParticipantTableModel.COL_NO, ["0" * digits, "8" * digits]))

        self.table.setColumnWidth(ParticipantTableModel.COL_STATUS,
                                  width(ParticipantTableModel.COL_STATUS,
                                        [status_label(st) for st in AssessmentStatus]))
        self.table.setColumnWidth(ParticipantTableModel.COL_ATTENDANCE,
                                  width(ParticipantTableModel.COL_ATTENDANCE,
                                        [attendance_label(a) for a in Attendance]))
        self.table.horizontalScrollBar().setValue(0)  # never open scrolled right, No. hidden
        self._update_count()

    def set_my_assessor(self, assessor_id: str | None) -> None:
        """Which assessor "peserta saya" means on this laptop (None: the filter is off)."""
        self._my_assessor = assessor_id
        self.mine.setEnabled(assessor_id is not None)
        if assessor_id is None:
            self.mine.setChecked(False)
        self._on_mine(self.mine.isChecked())

    def _on_mine(self, on: bool) -> None:
        self.model.set_assessor(self._my_assessor if on else None)
        self._update_count()

    def _on_status(self, _index: int) -> None:
        value = self.status_filter.currentData()
        self.model.set_status(AssessmentStatus(value) if value else None)
        self._update_count()

    def _attendance(self, value: Attendance) -> None:
        """Hadir / Tidak hadir for every selected row (Ctrl/Shift-click), else the current one."""
        current = self.current_id()
        chosen = self.selected_ids()
        if current is not None and current not in chosen:
            chosen = [current]
        for participant_id in chosen:
            self.attendance_requested.emit(participant_id, value)

    def update_row(self, participant_id: str, **changes: Any) -> None:
        self.model.update_row(participant_id, **changes)
        self._update_count()

    def status_of(self, participant_id: str) -> AssessmentStatus | None:
        return self.model.status_of(participant_id)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).id

    def selected_ids(self) -> list[str]:
        """The participants of every selected row, in the order shown."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows if r < self.model.rowCount()]

    def select_many(self, participant_ids: list[str]) -> None:
        """Select these participants' rows (those shown), as Ctrl+click would."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for pid in participant_ids:
            row = self.model.row_of(pid)
            if row is not None:
                selection.select(self.model.index(row, 0),
                                 self.model.index(row, self.model.columnCount() - 1))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select(self, participant_id: str) -> bool:
        """Select (and scroll to) a participant among the rows shown; False if not shown."""
        row = self.model.row_of(participant_id)
        if row is None:
            return False
        index = self.model.index(row, ParticipantTableModel.COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def select_offset(self, step: int) -> None:
        """Next (step=1) or previous (step=-1) participant among the rows shown."""
        count = self.model.rowCount()
        if count == 0:
            return
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        row = max(0, min(row, count - 1))
        index = self.model.index(row, ParticipantTableModel.COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _on_search(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        total = len(self.model.rows())
        shown = self.model.rowCount()
        text = self.tr("%1 dari %2 selesai").replace("%1", str(self.model.done_count())) \
            .replace("%2", str(total))
        if shown != total:
            text += " · " + self.tr("%1 ditampilkan").replace("%1", str(shown))
        self.count_label.setText(text)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row = self.model.row_at(current.row())
            self.model.pinned = row.id
            self.participant_selected.emit(row.id)
