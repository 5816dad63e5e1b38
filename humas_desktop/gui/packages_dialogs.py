"""Acara menu: hand out packages, merge results, resolve conflicts, completeness grid, and on an
assessor laptop open a hand-out and "Kirim hasil"."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.messages import message
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate


def _error_text(exc: DomainError) -> str:
    return translate("Messages", message(exc.code, **exc.context))


def _item(text: str, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _table(columns: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


# --- hand-out ----------------------------------------------------------------------------


class HandoutDialog(QDialog):
    """Assessors with their laptop fingerprint and load; balance; write one package each."""

    def __init__(self, edb: EventDB, device: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb, self.device = edb, device
        self.setWindowTitle(self.tr("Bagikan paket asesor"))
        self.resize(760, 420)
        self.info = QLabel(
            self.tr("Sidik kunci laptop koordinator: %1").replace("%1", device.fingerprint), self
        )
        self.table = _table(
            [self.tr("Asesor"), self.tr("No. MET"), self.tr("Sidik kunci laptop"), self.tr("Asesi")], self
        )
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.register_button = QPushButton(self.tr("Daftarkan sidik kunci"), self)
        self.balance_button = QPushButton(self.tr("Bagi asesi otomatis (seimbang)"), self)
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("Folder tujuan (flashdisk)"))
        browse = QPushButton(self.tr("Pilih folder…"), self)
        self.write_button = QPushButton(self.tr("Tulis paket"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(
            self.tr("Frasa sandi untuk mengenkripsi paket (opsional; sampaikan ke asesor secara langsung)")
        )
        self.passphrase.setAccessibleName(self.tr("Frasa sandi paket"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v dari %m paket"))
        self.progress.setTextVisible(False)  # "0 dari 1" before anything started would mislead
        self.progress.setAccessibleName(self.tr("Kemajuan penulisan paket"))
        self.cancel_button = QPushButton(self.tr("Batal"), self)
        self.cancel_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        key_row = QHBoxLayout()
        key_row.addWidget(self.fingerprint, 1)
        key_row.addWidget(self.register_button)
        key_row.addWidget(self.balance_button)
        out_row = QHBoxLayout()
        out_row.addWidget(self.folder, 1)
        out_row.addWidget(browse)
        out_row.addWidget(self.write_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.info, self.table):
            layout.addWidget(widget)
        layout.addLayout(key_row)
        layout.addLayout(out_row)
        layout.addWidget(self.passphrase)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.browse_button = browse
        self.cancel_button.clicked.connect(self.cancel)
        self.register_button.clicked.connect(self.register_key)
        self.balance_button.clicked.connect(self.balance)
        browse.clicked.connect(self._browse)
        self.write_button.clicked.connect(self.write)
        self.results: list[Any] = []
        self.worker: Any = None
        self.writing = False
        self.reload()

    def reload(self) -> None:
        rows = repo.assessors_with_load(self.edb)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.table.setItem(r, 0, _item(row[1], row[0]))
            self.table.setItem(r, 1, _item(row[2]))
            self.table.setItem(r, 2, _item(row[3] or self.tr("(belum terdaftar)")))
            self.table.setItem(r, 3, _item(str(row[4])))
        if rows and not self.table.selectedItems():
            self.table.selectRow(0)

    def _selected_assessor(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _fail(self, exc: DomainError) -> None:
        self.status.setText(_error_text(exc))

    def register_key(self) -> None:
        from humas_desktop.services.handout import register_device_key

        assessor_id = self._selected_assessor()
        if assessor_id is None:
            return
        try:
            register_device_key(self.edb, assessor_id, self.fingerprint.text())
        except DomainError as exc:
            self._fail(exc)
            return
        self.fingerprint.clear()
        self.status.setText(self.tr("Sidik kunci terdaftar."))
        row = self.table.currentRow()
        self.reload()
        self.table.selectRow(row)

    def balance(self) -> None:
        from humas_desktop.services.handout import assign_balanced

        try:
            assign_balanced(self.edb)
        except DomainError as exc:
            self._fail(exc)
            return
        self.reload()
        self.status.setText(self.tr("Asesi yang belum berasesor sudah dibagi."))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan paket"))
        if folder:
            self.folder.setText(folder)

    def _set_busy(self, busy: bool) -> None:
        self.writing = busy
        for widget in (
            self.write_button,
            self.register_button,
            self.balance_button,
            self.browse_button,
            self.folder,
            self.passphrase,
            self.fingerprint,
            self.table,
        ):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def write(self) -> None:
        """Write every package in a worker thread with its own connection; the window stays live."""
        from humas_desktop.gui.workers import run_in_background
        from humas_desktop.services.handout import write_handouts
        from humas_desktop.storage.db import open_event

        if self.writing:
            return
        folder = self.folder.text().strip()
        if not folder:
            self.status.setText(self.tr("Pilih folder tujuan dulu."))
            return
        ids = repo.assigned_assessor_ids(self.edb)
        event_path, device, actor = self.edb.path, self.device, self.edb.actor
        out_dir, passphrase = Path(folder), self.passphrase.text() or None

        def job() -> Any:
            edb = open_event(event_path, device_id=device.id, actor=actor)
            try:
                return (yield from write_handouts(edb, device, out_dir, ids, passphrase))
            finally:
                edb.close()

        self.results = []
        self.progress.setRange(0, max(1, len(ids)))
        self.progress.setTextVisible(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Menulis paket… Jangan cabut flashdisk."))
        self._set_busy(True)  # before starting: a synchronous pool finishes inside the call
        self.worker = run_in_background(
            job, self._on_progress, self._on_done, self._on_error, self._on_cancel
        )

    def cancel(self) -> None:
        if self.writing and self.worker is not None:
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Membatalkan… paket yang sedang ditulis diselesaikan dulu."))
            self.worker.cancel()

    def reject(self) -> None:
        if self.writing:  # closing would hide a write in progress; Batal stops it cleanly
            self.status.setText(self.tr("Paket sedang ditulis. Tunggu sampai selesai atau tekan Batal."))
            return
        super().reject()

    def _on_progress(self, progress: Any) -> None:
        self.progress.setValue(progress.done)

    def _on_done(self, results: Any) -> None:
        self._set_busy(False)
        self.results = list(results or [])
        self.progress.setValue(self.progress.maximum())
        self.status.setText(
            self.tr("%1 paket tertulis dan sudah diperiksa ulang. Flashdisk aman dicabut.").replace(
                "%1", str(len(self.results))
            )
        )

    def _on_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.progress.setValue(0)
        if isinstance(exc, DomainError):
            self._fail(exc)
        elif isinstance(exc, OSError):
            self.status.setText(
                self.tr("Gagal menulis ke folder: %1").replace("%1", exc.strerror or type(exc).__name__)
            )
        else:
            self.status.setText(self.tr("Penulisan paket gagal: %1").replace("%1", type(exc).__name__))

    def _on_cancel(self) -> None:
        self._set_busy(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Dibatalkan. Tidak ada paket yang ditinggalkan di folder tujuan."))


# --- merge -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MergeResult:
    report: Any  # services.merge.MergeReport


class MergeReportDialog(QDialog):
    """One line per package: added, updated, conflicts, or why it was refused."""

    STATUS = {"applied": "Digabung", "duplicate": "Sudah pernah digabung", "rejected": "Ditolak"}

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Laporan penggabungan hasil"))
        self.resize(820, 320)
        self.table = _table(
            [
                self.tr("Paket"),
                self.tr("Status"),
                self.tr("Baru"),
                self.tr("Diperbarui"),
                self.tr("Konflik"),
                self.tr("Keterangan"),
            ],
            self,
        )
        self.table.setRowCount(len(report.packages))
        for r, p in enumerate(report.packages):
            values = [
                p.package,
                self.tr(self.STATUS[p.status]),
                str(p.added),
                str(p.updated),
                str(p.conflicts),
                _error_text(DomainError(p.reason)) if p.reason else "",
            ]
            for c, value in enumerate(values):
                item = _item(value)
                if p.status == "rejected":
                    item.setForeground(QBrush(QColor("#b00020")))
                self.table.setItem(r, c, item)
        data = report.as_dict()
        self.summary = QLabel(
            self.tr("%1 baru, %2 diperbarui, %3 konflik, %4 paket ditolak.")
            .replace("%1", str(data["added"]))
            .replace("%2", str(data["updated"]))
            .replace("%3", str(data["conflicts"]))
            .replace("%4", str(len(data["rejected"]))),
            self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)


# --- conflicts ---------------------------------------------------------------------------


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
        self.table = _table(columns, self)
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
        from humas_desktop.services.merge import list_conflicts

        numbers = repo.participant_numbers(self.edb)
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
                self.table.setItem(r, col, _item(value, c.id if col == 0 else None))
        if conflicts:
            self.table.selectRow(0)
        self.status.setText(self.tr("%1 konflik terbuka.").replace("%1", str(len(conflicts))))

    def resolve(self) -> None:
        from humas_desktop.services.merge import resolve_conflict

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
            self.status.setText(_error_text(exc))
            return
        self.reason.clear()
        self.reload()


# --- completeness grid ---------------------------------------------------------------------


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
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        assessors = repo.assigned_assessors(self.edb)
        people = repo.assigned_participants(self.edb)
        col_of = {str(a[0]): i for i, a in enumerate(assessors)}
        row_of = {str(p[0]): i for i, p in enumerate(people)}
        self.grid.clear()
        self.grid.setColumnCount(len(assessors))
        self.grid.setRowCount(len(people))
        self.grid.setHorizontalHeaderLabels([str(a[1]) for a in assessors])
        self.grid.setVerticalHeaderLabels([f"{p[1]}. {p[2]}" for p in people])
        for r in range(len(people)):  # not assigned to this assessor: nothing expected
            for c in range(len(assessors)):
                blank = _item("—")
                blank.setForeground(QBrush(QColor("#9e9e9e")))
                blank.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.setItem(r, c, blank)
        for cell in cells:
            item = _item(self.tr(self.LABELS[cell.state]), cell.participant_id)
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

        item = self.grid.currentItem()
        if item is None:
            self.status.setText(self.tr("Pilih sel asesi dulu."))
            return
        try:
            completeness.mark(
                self.edb,
                str(item.data(Qt.ItemDataRole.UserRole)),
                str(self.mark_kind.currentData()),
                self.reason.text(),
            )
        except DomainError as exc:
            self.status.setText(_error_text(exc))
            return
        self.reason.clear()
        self.status.setText("")
        self.reload()


# --- install -----------------------------------------------------------------------------


def install(window: Any) -> None:
    """Add the several-laptop actions to the Acara menu (dialogs load when triggered)."""
    menu = window.menu_event
    menu.addSeparator()
    specs = [
        (
            translate("PackagesDialogs", "Bagikan paket asesor…"),
            lambda: _with_event(window, lambda edb: HandoutDialog(edb, window.device, window).exec()),
        ),
        (translate("PackagesDialogs", "Gabungkan hasil asesor…"), lambda: merge_from_files(window)),
        (
            translate("PackagesDialogs", "Konflik penggabungan…"),
            lambda: _with_event(window, lambda edb: ConflictDialog(edb, window).exec()),
        ),
        (
            translate("PackagesDialogs", "Kelengkapan hasil…"),
            lambda: _with_event(window, lambda edb: CompletenessDialog(edb, window).exec()),
        ),
        (
            translate("PackagesDialogs", "Buka paket tugas (laptop asesor)…"),
            lambda: open_handout_file(window),
        ),
        (translate("PackagesDialogs", "Kirim hasil…"), lambda: send_results(window)),
    ]
    window.packages_actions = []
    for text, slot in specs:
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
        window.packages_actions.append(action)


def _with_event(window: Any, show: Any) -> None:
    if not window.require_event():
        return
    show(window.edb)
    window.refresh()


def merge_from_files(window: Any, paths: list[str] | None = None) -> None:
    """Pick results packages and merge them off the UI thread on a connection of the worker's own."""
    from humas_desktop.gui.workers import run_in_background
    from humas_desktop.services.merge import import_results
    from humas_desktop.storage.db import open_event

    if not window.require_event():
        return
    if paths is None:
        paths, _ = QFileDialog.getOpenFileNames(
            window,
            translate("PackagesDialogs", "Paket hasil asesor"),
            "",
            translate("PackagesDialogs", "Paket Humas (*.humaspkg)"),
        )
    if not paths:
        return
    event_path, device_id, actor = window.edb.path, window.device.id, window.edb.actor
    passphrase = ask_package_passphrase(window, [Path(p) for p in paths])
    if passphrase is None:
        return

    def job() -> Any:
        edb = open_event(event_path, device_id=device_id, actor=actor)
        try:
            return (yield from import_results(edb, [Path(p) for p in paths], passphrase or None))
        finally:
            edb.close()

    def done(report: Any) -> None:
        window.merge_report = MergeReportDialog(report, window)
        window.refresh()
        window.merge_report.open()

    def failed(exc: BaseException) -> None:
        text = _error_text(exc) if isinstance(exc, DomainError) else str(exc)
        QMessageBox.warning(window, translate("PackagesDialogs", "Penggabungan gagal"), text)

    run_in_background(job, on_done=done, on_error=failed)


def ask_package_passphrase(window: Any, paths: list[Path]) -> str | None:
    """'' when no package is encrypted, the passphrase typed, or None when the user cancelled."""
    from PySide6.QtWidgets import QInputDialog

    from humas_desktop.formats.package import is_encrypted_package

    if not any(is_encrypted_package(p) for p in paths):
        return ""
    text, ok = QInputDialog.getText(
        window,
        translate("PackagesDialogs", "Paket terenkripsi"),
        translate("PackagesDialogs", "Frasa sandi paket:"),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


class BusyDialog(QDialog):
    """Modal "please wait" while one package step runs in a worker; it cannot be closed half-way."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # one indivisible step: a busy indicator, not a percentage
        self.bar.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.resize(420, 100)
        self.running = True

    def finish(self) -> None:
        self.running = False
        self.accept()

    def reject(self) -> None:
        if not self.running:  # the package is being written: stopping now could leave it unverified
            super().reject()


def _run_modal(window: Any, title: str, text: str, job: Any, done: Any, failed: Any) -> Any:
    """Run ``job`` in the background behind a modal busy dialog kept on ``window.package_busy``."""
    from humas_desktop.gui.workers import run_in_background

    busy = BusyDialog(title, text, window)
    window.package_busy = busy
    busy.open()

    def on_done(result: Any) -> None:
        busy.finish()
        done(result)

    def on_error(exc: BaseException) -> None:
        busy.finish()
        failed(exc)

    return run_in_background(job, on_done=on_done, on_error=on_error)


def _failure_text(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return _error_text(exc)
    if isinstance(exc, OSError):
        text = translate("PackagesDialogs", "Gagal menulis ke folder: %1")
        return text.replace("%1", exc.strerror or type(exc).__name__)
    return type(exc).__name__


def open_handout_file(window: Any, path: str | None = None) -> None:
    """Verify and install a hand-out package off the UI thread (a 500-asesi package takes seconds)."""
    from humas_desktop.services.merge import open_handout

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            translate("PackagesDialogs", "Paket tugas asesor"),
            "",
            translate("PackagesDialogs", "Paket Humas (*.humaspkg)"),
        )
    if not path:
        return
    passphrase = ask_package_passphrase(window, [Path(path)])
    if passphrase is None:
        return
    base, device, package = window.base, window.device, Path(path)

    def job() -> Any:
        yield None
        return open_handout(base, device, package, passphrase=passphrase or None)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(window, translate("PackagesDialogs", "Paket ditolak"), _failure_text(exc))

    _run_modal(
        window,
        translate("PackagesDialogs", "Buka paket tugas"),
        translate("PackagesDialogs", "Memeriksa dan membuka paket tugas…"),
        job,
        window.open_event,
        failed,
    )


def send_results(window: Any, folder: str | None = None) -> None:
    """Write, read back and verify the results package in a worker with its own connection."""
    from humas_desktop.services.merge import write_results
    from humas_desktop.storage.db import open_event

    if not window.require_event():
        return
    if folder is None:
        folder = QFileDialog.getExistingDirectory(
            window, translate("PackagesDialogs", "Folder tujuan paket hasil")
        )
    if not folder:
        return
    event_path, device, actor, out_dir = window.edb.path, window.device, window.edb.actor, Path(folder)

    def job() -> Any:
        edb = open_event(event_path, device_id=device.id, actor=actor)
        try:
            yield None
            return write_results(edb, device, out_dir)
        finally:
            edb.close()

    def done(path: Any) -> None:
        window.refresh()
        text = translate(
            "PackagesDialogs", "Paket hasil tertulis dan sudah diperiksa ulang: %1\nFlashdisk aman dicabut."
        )
        QMessageBox.information(
            window, translate("PackagesDialogs", "Kirim hasil"), text.replace("%1", Path(path).name)
        )

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(
            window, translate("PackagesDialogs", "Hasil belum dapat dikirim"), _failure_text(exc)
        )

    _run_modal(
        window,
        translate("PackagesDialogs", "Kirim hasil"),
        translate("PackagesDialogs", "Menulis dan memeriksa paket hasil… Jangan cabut flashdisk."),
        job,
        done,
        failed,
    )
