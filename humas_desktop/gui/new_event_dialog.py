"""'Acara baru' dialog: LSP, TUK, dates, purpose, scheme files and assessors -> a new event file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Purpose, TukType
from humas_desktop.gui.errors import error_text, message_text
from humas_desktop.services.workspace import Device


class NewEventDialog(QDialog):
    def __init__(self, base: Path, device_id: str, parent: QWidget | None = None,
                 device: Device | None = None) -> None:
        super().__init__(parent)
        from humas_desktop.services.event_setup import PURPOSE_LABELS, TUK_LABELS

        self.base = base
        self.device_id = device_id
        self.device = device  # this laptop: the new file is sealed, its first open not locked
        self.created: Path | None = None
        self.setWindowTitle(self.tr("Acara baru"))
        self.name_edit = QLineEdit(self)
        self.lsp_edit = QLineEdit(self)
        self.license_edit = QLineEdit(self)
        self.tuk_edit = QLineEdit(self)
        self.tuk_combo = QComboBox(self)
        for tuk, label in TUK_LABELS.items():
            self.tuk_combo.addItem(self.tr(label), tuk.value)
        self.city_edit = QLineEdit(self)
        today = QDate.currentDate()
        self.start_edit = QDateEdit(today, self)
        self.end_edit = QDateEdit(today, self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.purpose_combo = QComboBox(self)
        for value, label in PURPOSE_LABELS.items():
            self.purpose_combo.addItem(self.tr(label), value.value)
        # The schemes the app knows (shipped, and the data folder's "skema" folder): tick one
        # or more; any other file is added below with "Tambah berkas skema…".
        self.available_list = QListWidget(self)
        self.available_list.setAccessibleName(self.tr("Skema tersedia"))
        self._fill_available()
        self.scheme_list = QListWidget(self)
        self.scheme_list.setAccessibleName(self.tr("Berkas skema lain"))
        add_scheme = QPushButton(self.tr("Tambah berkas skema…"), self)
        add_scheme.clicked.connect(self._browse_scheme)
        self.assessor_table = QTableWidget(0, 2, self)
        self.assessor_table.setHorizontalHeaderLabels([self.tr("Nama asesor"), self.tr("Nomor MET")])
        self.assessor_table.horizontalHeader().setStretchLastSection(True)
        add_assessor = QPushButton(self.tr("Tambah asesor"), self)
        add_assessor.clicked.connect(self.add_assessor_row)
        self.remove_scheme_button = QPushButton(self.tr("Hapus skema"), self)
        self.remove_scheme_button.clicked.connect(self.remove_selected_scheme)
        self.remove_assessor_button = QPushButton(self.tr("Hapus asesor"), self)
        self.remove_assessor_button.clicked.connect(self.remove_selected_assessor)
        form = QFormLayout()
        form.addRow(self.tr("Nama acara*"), self.name_edit)
        form.addRow(self.tr("Nama LSP*"), self.lsp_edit)
        form.addRow(self.tr("Nomor lisensi LSP"), self.license_edit)
        form.addRow(self.tr("Nama TUK"), self.tuk_edit)
        form.addRow(self.tr("Jenis TUK"), self.tuk_combo)
        form.addRow(self.tr("Kota"), self.city_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.end_edit)
        form.addRow(self.tr("Tanggal"), dates)
        form.addRow(self.tr("Tujuan asesmen"), self.purpose_combo)
        schemes = QHBoxLayout()
        schemes.addWidget(self.scheme_list, 1)
        scheme_buttons = QVBoxLayout()
        scheme_buttons.addWidget(add_scheme)
        scheme_buttons.addWidget(self.remove_scheme_button)
        scheme_buttons.addStretch(1)
        schemes.addLayout(scheme_buttons)
        form.addRow(self.tr("Skema*"), self.available_list)
        form.addRow(self.tr("Berkas skema lain"), schemes)
        assessors = QHBoxLayout()
        assessors.addWidget(self.assessor_table, 1)
        assessor_buttons = QVBoxLayout()
        assessor_buttons.addWidget(add_assessor)
        assessor_buttons.addWidget(self.remove_assessor_button)
        assessor_buttons.addStretch(1)
        assessors.addLayout(assessor_buttons)
        form.addRow(self.tr("Asesor"), assessors)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat acara"))
        self.buttons.accepted.connect(self.create_event)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(720, 620)

    def _fill_available(self) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        from humas_desktop.services.event_setup import available_schemes

        for choice in available_schemes(self.base):
            text = self.tr("%1 · versi %2 · %3 unit").replace("%1", choice.title) \
                .replace("%2", choice.version or "–").replace("%3", str(choice.units))
            if choice.example:
                text += " " + self.tr("(contoh)")
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(f"{choice.code} — {choice.path}")
            item.setData(Qt.ItemDataRole.UserRole, str(choice.path))
            self.available_list.addItem(item)
        if self.available_list.count() == 0:
            item = QListWidgetItem(self.tr("Belum ada skema tersimpan: tambahkan berkas skema "
                                           "(JSON atau Excel) di bawah."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.available_list.addItem(item)
        rows = max(2, min(self.available_list.count(), 4))
        self.available_list.setMaximumHeight(
            self.available_list.sizeHintForRow(0) * rows + 2 * self.available_list.frameWidth() + 4)

    def check_available(self, title: str) -> bool:
        """Tick the listed scheme whose title is ``title`` (tests, keyboard: Space ticks)."""
        for i in range(self.available_list.count()):
            item = self.available_list.item(i)
            if item.text().startswith(title + " ·"):
                item.setCheckState(Qt.CheckState.Checked)
                return True
        return False

    def chosen_files(self) -> list[Path]:
        """The ticked schemes, then the files added by hand, each file once."""
        paths = [Path(str(self.available_list.item(i).data(Qt.ItemDataRole.UserRole)))
                 for i in range(self.available_list.count())
                 if self.available_list.item(i).checkState() == Qt.CheckState.Checked]
        paths += [Path(str(self.scheme_list.item(i).data(Qt.ItemDataRole.UserRole)))
                  for i in range(self.scheme_list.count())]
        seen: set[Path] = set()
        out = []
        for path in paths:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                out.append(path)
        return out

    def _browse_scheme(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Pilih berkas skema"), "",
                                                self.tr("Skema (*.json *.xlsx)"))
        for path in paths:
            self.add_scheme_file(Path(path))

    def add_scheme_file(self, path: Path) -> bool:
        """List a scheme file by what it is ("Humas Yunior · 6 unit"); a bad file is refused here,
        with its message, rather than when the event is created."""
        from PySide6.QtWidgets import QListWidgetItem

        from humas_desktop.services.event_setup import load_schemes

        try:
            [(scheme, _sha)] = load_schemes([path])
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            return False
        item = QListWidgetItem(self.tr("%1 · %2 unit").replace("%1", scheme.title_id)
                               .replace("%2", str(len(scheme.units))))
        item.setToolTip(str(path))
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.scheme_list.addItem(item)
        self.error_label.clear()
        return True

    def remove_selected_scheme(self) -> None:
        row = self.scheme_list.currentRow()
        if row >= 0:
            self.scheme_list.takeItem(row)

    def remove_selected_assessor(self) -> None:
        row = self.assessor_table.currentRow()
        if row >= 0:
            self.assessor_table.removeRow(row)

    def add_assessor_row(self, name: str = "", met: str = "") -> None:
        row = self.assessor_table.rowCount()
        self.assessor_table.insertRow(row)
        name_item = QTableWidgetItem(name or "")
        self.assessor_table.setItem(row, 0, name_item)
        self.assessor_table.setItem(row, 1, QTableWidgetItem(met or ""))
        if not name:  # "Tambah asesor": start typing the name at once
            self.assessor_table.setCurrentCell(row, 0)
            self.assessor_table.editItem(name_item)

    def setup(self):  # type: ignore[no-untyped-def]
        from humas_desktop.services.event_setup import EventSetup

        def qdate(edit: QDateEdit):  # type: ignore[no-untyped-def]
            return edit.date().toPython()

        assessors = []
        for row in range(self.assessor_table.rowCount()):
            cells = [self.assessor_table.item(row, c) for c in (0, 1)]
            name, met = (c.text().strip() if c else "" for c in cells)
            if name or met:
                assessors.append((name, met))
        return EventSetup(
            name=self.name_edit.text(), lsp_name=self.lsp_edit.text(),
            lsp_license=self.license_edit.text(), tuk_name=self.tuk_edit.text(),
            tuk_type=TukType(self.tuk_combo.currentData()), city=self.city_edit.text(),
            start_date=qdate(self.start_edit), end_date=qdate(self.end_edit),
            purpose=Purpose(self.purpose_combo.currentData()),
            scheme_files=self.chosen_files(),
            assessors=assessors,
        )

    def row_problem(self) -> str:
        """The first assessor row with a missing part, named by its row ("Asesor baris 3: ...")."""
        for row in range(self.assessor_table.rowCount()):
            cells = [self.assessor_table.item(row, c) for c in (0, 1)]
            name, met = (c.text().strip() if c else "" for c in cells)
            if name and not met:
                return message_text("assessor_row_met_missing", row=row + 1)
            if met and not name:
                return message_text("assessor_row_name_missing", row=row + 1)
        return ""

    def create_event(self) -> None:
        from humas_desktop.services.event_setup import create_new_event

        problem = self.row_problem()
        if problem:
            self.error_label.setText(problem)
            return
        setup = self.setup()
        if not setup.scheme_files:
            self.error_label.setText(message_text("no_schemes"))
            return
        try:
            self.created = create_new_event(self.base, setup, device_id=self.device_id,
                                            device=self.device)
        except DomainError as exc:
            self.error_label.setText(
                error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, base: Path, device_id: str,
            device: Device | None = None) -> Path | None:
        dialog = cls(base, device_id, parent, device)
        return dialog.created if dialog.exec() == QDialog.DialogCode.Accepted else None
