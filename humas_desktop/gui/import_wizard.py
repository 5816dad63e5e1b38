"""Participant import wizard: file -> sheet and header -> mapping -> findings -> import; menu hooks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.errors import error_text
from humas_desktop.services.workspace import EventDB

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate

PREVIEW_ROWS = 12




def _cell_text(value: Any) -> str:
    """A cell as the spreadsheet shows it: 3273011203800001, not 3273011203800001.0."""
    from humas_desktop.domain.roster_rules import display_of

    return display_of(value)


class ImportWizard(QDialog):
    """Five pages on a stack; every step's work is in services, the import itself off-thread."""

    PAGE_FILE, PAGE_SHEET, PAGE_MAPPING, PAGE_FINDINGS, PAGE_RUN = range(5)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent or ctx.window)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Impor peserta"))
        self.resize(960, 620)
        self.book: Any = None
        self.sheet: Any = None
        self.plan: Any = None
        self.result: Any = None
        self.worker: Any = None
        self.plan_worker: Any = None  # the findings being built off the UI thread
        self._import_ended = False
        self._plan_generation = 0  # results of a superseded check are ignored
        self.stack = QStackedWidget(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self._build_file_page()
        self._build_sheet_page()
        self._build_mapping_page()
        self._build_findings_page()
        self._build_run_page()
        self.back_button = QPushButton(self.tr("< Kembali"), self)
        self.next_button = QPushButton(self.tr("Lanjut >"), self)
        self.import_button = QPushButton(self.tr("Impor"), self)
        self.cancel_button = QPushButton(self.tr("Batal"), self)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- pages ---------------------------------------------------------------------------
    def _build_file_page(self) -> None:
        page = QWidget()
        self.path_edit = QLineEdit(page)
        self.path_edit.setPlaceholderText(self.tr("Berkas daftar peserta (.xlsx)"))
        browse = QPushButton(self.tr("Pilih berkas…"), page)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Pilih daftar peserta dalam format Excel (.xlsx). Kolom NIK, NIP dan nomor HP "
                "sebaiknya berformat Teks; gunakan Berkas → Unduh templat peserta bila perlu."
            ),
            page,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addStretch(1)
        self.stack.addWidget(page)

    def _build_sheet_page(self) -> None:
        page = QWidget()
        self.sheet_combo = QComboBox(page)
        self.header_spin = QSpinBox(page)
        self.header_spin.setRange(1, 1)
        # A roster whose first row is already a person: no header row at all.
        self.no_header_check = QCheckBox(self.tr("Tanpa baris judul (baris 1 sudah peserta)"), page)
        self.sheet_combo.currentTextChanged.connect(self._sheet_changed)
        self.header_spin.valueChanged.connect(self._show_raw_preview)
        self.no_header_check.toggled.connect(self._no_header_toggled)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Lembar:"), page))
        form.addWidget(self.sheet_combo, 1)
        form.addWidget(QLabel(self.tr("Baris judul kolom:"), page))
        form.addWidget(self.header_spin)
        form.addWidget(self.no_header_check)
        self.header_note = QLabel(page)  # says when the sheet looks header-less
        self.header_note.setWordWrap(True)
        self.header_note.setStyleSheet("color: #8a4b00;")
        self.raw_table = QTableWidget(page)
        self.raw_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.header_note)
        layout.addWidget(self.raw_table, 1)
        self.stack.addWidget(page)

    def _build_mapping_page(self) -> None:
        page = QWidget()
        self.mapping_table = QTableWidget(0, 3, page)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Kolom di berkas"), self.tr("Diisi ke"), self.tr("Contoh isi")]
        )
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_combos: list[QComboBox] = []
        note = QLabel(
            self.tr("Periksa pemetaan kolom; perbaikan diingat untuk berkas dengan judul kolom yang sama."),
            page,
        )
        note.setWordWrap(True)
        self.ignored_label = QLabel(page)  # columns with data left "(abaikan)"
        self.ignored_label.setWordWrap(True)
        self.ignored_label.setStyleSheet("color: #8a4b00;")
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.ignored_label)
        self.stack.addWidget(page)

    def _build_findings_page(self) -> None:
        page = QWidget()
        self.summary_label = QLabel(page)
        self.summary_label.setWordWrap(True)
        self.filter_combo = QComboBox(page)
        self.filter_combo.addItem(self.tr("Semua temuan"), "all")
        self.filter_combo.addItem(self.tr("Kesalahan saja"), "error")
        self.filter_combo.addItem(self.tr("Peringatan saja"), "warning")
        self.filter_combo.currentIndexChanged.connect(self._fill_findings)
        self.update_check = QCheckBox(self.tr("Perbarui peserta yang sudah terdaftar (NIK sama)"), page)
        self.update_check.toggled.connect(self._rebuild_plan)
        self.abort_check = QCheckBox(self.tr("Batalkan seluruh impor bila ada kesalahan"), page)
        self.save_rejected_button = QPushButton(self.tr("Simpan baris bermasalah…"), page)
        self.save_rejected_button.clicked.connect(self._save_rejected)
        self.plan_progress = QProgressBar(page)
        self.plan_progress.setVisible(False)
        self.findings_table = QTableWidget(0, 4, page)
        self.findings_table.setHorizontalHeaderLabels(
            [self.tr("Baris"), self.tr("Kolom"), self.tr("Jenis"), self.tr("Pesan")]
        )
        self.findings_table.horizontalHeader().setStretchLastSection(True)
        self.findings_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(self.filter_combo)
        top.addStretch(1)
        top.addWidget(self.save_rejected_button)
        self.skipped_label = QLabel(page)  # rows under the table that name nobody
        self.skipped_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.plan_progress)
        layout.addWidget(self.update_check)
        layout.addWidget(self.abort_check)
        layout.addLayout(top)
        layout.addWidget(self.findings_table, 1)
        self.stack.addWidget(page)

    def _build_run_page(self) -> None:
        page = QWidget()
        self.run_label = QLabel(self.tr("Siap mengimpor."), page)
        self.run_label.setWordWrap(True)
        self.progress = QProgressBar(page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.run_label)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.stack.addWidget(page)

    # --- navigation ----------------------------------------------------------------------
    def _update_buttons(self) -> None:
        page = self.stack.currentIndex()
        running = self.worker is not None or self.plan_worker is not None
        finished = self.result is not None
        self.back_button.setEnabled(page > 0 and not running and not finished)
        self.next_button.setEnabled(not running)
        self.update_check.setEnabled(not running)
        self.abort_check.setEnabled(not running)
        self.filter_combo.setEnabled(not running)
        self.save_rejected_button.setEnabled(not running and self.plan is not None and bool(self.plan.errors))
        self.next_button.setVisible(page < self.PAGE_RUN)
        self.import_button.setVisible(page == self.PAGE_RUN)
        self.import_button.setEnabled(not running and not finished)
        self.cancel_button.setText(self.tr("Tutup") if finished else self.tr("Batal"))
        # Enter moves forward (imports on the last page, closes when done); it never cancels.
        for button in (self.back_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.next_button.setDefault(page < self.PAGE_RUN)
        self.import_button.setDefault(page == self.PAGE_RUN and not finished)
        self.cancel_button.setDefault(finished)

    def go_back(self) -> None:
        self.error_label.clear()
        self.stack.setCurrentIndex(max(0, self.stack.currentIndex() - 1))
        self._update_buttons()

    def go_next(self) -> None:
        self.error_label.clear()
        page = self.stack.currentIndex()
        try:
            if page == self.PAGE_FILE:
                self._load_file()
            elif page == self.PAGE_SHEET:
                self._fill_mapping()
            elif page == self.PAGE_MAPPING:
                # The findings page shows the check's progress; it fills in when the worker ends.
                self.stack.setCurrentIndex(self.PAGE_FINDINGS)
                self._rebuild_plan()
                self._update_buttons()
                return
            elif page == self.PAGE_FINDINGS:
                self._prepare_run()
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.stack.setCurrentIndex(page + 1)
        self._update_buttons()

    def cancel(self) -> None:
        if self.plan_worker is not None:
            self.plan_worker.cancel()
            return
        if self.worker is not None:
            self.worker.cancel()
            return
        self.reject() if self.result is None else self.accept()

    def reject(self) -> None:
        # Escape or the window's close button while work runs: cancel it instead of closing
        # under it (the import rolls back; a check only reads and is simply dropped).
        if self.worker is not None:
            self.worker.cancel()
            return
        if self.plan_worker is not None:
            self.plan_worker.cancel()
            self._plan_generation += 1
            self.plan_worker = None
        super().reject()

    # --- steps ---------------------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih daftar peserta"), "", self.tr("Buku kerja Excel (*.xlsx *.xlsm)")
        )
        if path:
            self.path_edit.setText(path)

    def _load_file(self) -> None:
        from humas_desktop.services.roster_import import open_roster

        text = self.path_edit.text().strip()
        if not text:
            raise DomainError("xlsx_missing")
        self.book = open_roster(Path(text))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(self.book.sheet_names)
        self.sheet_combo.blockSignals(False)
        self._sheet_changed(self.book.sheet_names[0])

    def _sheet_changed(self, name: str) -> None:
        from humas_desktop.services.roster_import import (
            detect_header_row,
            looks_headerless,
            read_sheet,
        )

        if self.book is None or not name:
            return
        try:
            self.sheet = read_sheet(self.book, name)
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(1, max(1, len(self.sheet.rows)))
        detected = detect_header_row(self.sheet)
        self.header_spin.setValue((detected or 0) + 1)
        self.header_spin.blockSignals(False)
        headerless = looks_headerless(self.sheet)
        self.no_header_check.blockSignals(True)
        self.no_header_check.setChecked(headerless)
        self.no_header_check.blockSignals(False)
        self.header_spin.setEnabled(not headerless)
        self.header_note.setText(
            self.tr("Baris 1 sudah berisi data peserta, jadi berkas ini dibaca tanpa baris judul; "
                    "kolom dipetakan menurut isinya. Periksa pemetaannya.") if headerless else "")
        self._show_raw_preview()

    def _no_header_toggled(self, checked: bool) -> None:
        self.header_spin.setEnabled(not checked)
        if not checked:
            self.header_note.clear()
        self._show_raw_preview()

    @property
    def header_index(self) -> int:
        """0-based header row, or NO_HEADER (-1) for a sheet whose first row is a person."""
        from humas_desktop.services.roster_import import NO_HEADER

        return NO_HEADER if self.no_header_check.isChecked() else self.header_spin.value() - 1

    def _show_raw_preview(self) -> None:
        if self.sheet is None:
            return
        header = self.header_index
        rows = self.sheet.rows[: max(PREVIEW_ROWS, header + 6)]
        self.raw_table.setRowCount(len(rows))
        self.raw_table.setColumnCount(self.sheet.width)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(_cell_text(value))
                if r == header:
                    item.setBackground(QColor("#d7e8ff"))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.raw_table.setItem(r, c, item)

    @property
    def headers(self) -> list[Any]:
        from humas_desktop.services.roster_import import header_cells

        return header_cells(self.sheet, self.header_index) if self.sheet else []

    def _fill_mapping(self) -> None:
        from humas_desktop.services.roster_import import FIELDS, column_letter, sheet_mapping

        headers = self.headers
        mapping = sheet_mapping(self.sheet, self.header_index, self.ctx.base)
        body = self.sheet.rows[self.header_index + 1 :][:3]
        columns = len(headers) if headers else self.sheet.width
        self.mapping_table.setRowCount(columns)
        self.mapping_combos = []
        for c in range(columns):
            title = _cell_text(headers[c]) if headers else self.tr("Kolom %1").replace(
                "%1", column_letter(c))
            self.mapping_table.setItem(c, 0, QTableWidgetItem(title))
            combo = QComboBox(self.mapping_table)
            combo.addItem(self.tr("(abaikan)"), "")
            for key, label in FIELDS.items():
                combo.addItem(QCoreApplication.translate("Fields", label), key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(c, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(c, 1, combo)
            self.mapping_combos.append(combo)
            sample = " · ".join(_cell_text(r[c]) for r in body if c < len(r) and _cell_text(r[c]))
            self.mapping_table.setItem(c, 2, QTableWidgetItem(sample))
        self.mapping_table.resizeColumnsToContents()
        self._show_ignored()

    def _mapping_changed(self) -> None:
        self.error_label.clear()  # the problem the user just fixed must not stay on screen
        self._show_ignored()

    def _show_ignored(self) -> None:
        """Point out columns that hold data but are left "(abaikan)" before anything is imported."""
        from humas_desktop.services.roster_import import ignored_data_columns

        if self.sheet is None:
            self.ignored_label.clear()
            return
        ignored = ignored_data_columns(self.sheet, self.header_index, self.mapping())
        if not ignored:
            self.ignored_label.clear()
            return
        parts = [self.tr("%1 (kolom %2, %3 baris berisi)").replace("%1", c.header)
                 .replace("%2", c.letter).replace("%3", str(c.filled)) for c in ignored]
        self.ignored_label.setText(
            self.tr("Perhatian: kolom berikut berisi data tetapi diabaikan: %1. Pilih isiannya "
                    "bila datanya perlu diimpor.").replace("%1", "; ".join(parts)))

    def mapping(self) -> dict[int, str]:
        out: dict[int, str] = {}
        used: set[str] = set()
        for c, combo in enumerate(self.mapping_combos):
            key = combo.currentData()
            if key and key not in used:
                out[c] = key
                used.add(key)
        return out

    def options(self) -> Any:
        from humas_desktop.services.roster_import import ImportOptions, OnError

        return ImportOptions(
            on_error=OnError.ABORT if self.abort_check.isChecked() else OnError.SKIP,
            update_existing=self.update_check.isChecked(),
        )

    def _rebuild_plan(self) -> None:
        """Build the findings off the UI thread (10,000 rows take a noticeable fraction of a
        second); the worker reads the event through its own connection."""
        from humas_desktop.gui.operations import EventOp
        from humas_desktop.services.roster_import import plan_import

        if self.sheet is None or self.ctx.edb is None:
            return
        if self.plan_worker is not None:
            self.plan_worker.cancel()  # a newer request (option toggled) replaces it
        self.plan = None
        self.summary_label.setText(self.tr("Memeriksa baris…"))
        self.findings_table.setRowCount(0)
        self.plan_progress.setRange(0, 0)
        self.plan_progress.setVisible(True)
        sheet, header_index = self.sheet, self.header_index
        mapping, options = self.mapping(), self.options()

        self._plan_generation += 1
        generation = self._plan_generation
        ended = False

        def current() -> bool:
            return generation == self._plan_generation

        def progress(item: Any) -> None:
            if current():
                self.plan_progress.setRange(0, max(1, item.total))
                self.plan_progress.setValue(item.done)

        def finish(plan: Any, error: str | None) -> None:
            nonlocal ended
            ended = True
            if current():
                self._plan_finished(plan, error)

        # Read-only: the plan is only shown; nothing changes until "Impor".
        op = EventOp[Any](self.ctx, lambda edb: plan_import(edb, sheet, header_index, mapping, options),
                          label=self.tr("Impor peserta"), read_only=True)
        worker = (op.with_progress(progress).success(lambda plan: finish(plan, None))
                  .failure(lambda text: finish(None, text))
                  .on_cancel(lambda: finish(None, error_text(DomainError("roster_check_cancelled"))))
                  .run())
        # A synchronous pool (tests) has already finished the job by now.
        if not ended:
            self.plan_worker = worker
        self._update_buttons()

    def _plan_finished(self, plan: Any, error: str | None) -> None:
        from humas_desktop.services.roster_import import RowStatus

        self.plan_worker = None
        self.plan_progress.setVisible(False)
        if plan is None:
            self.plan = None
            self.summary_label.clear()
            self.error_label.setText(error or self.tr("Pemeriksaan gagal; tidak ada data yang diubah."))
            # Back to the mapping: nothing to confirm without findings.
            self.stack.setCurrentIndex(self.PAGE_MAPPING)
            self._update_buttons()
            return
        self.plan = p = plan
        self.summary_label.setText(
            self.tr(
                "%1 peserta baru, %2 diperbarui, %3 baris ditolak, %4 sudah terdaftar. "
                "%5 kesalahan, %6 peringatan."
            )
            .replace("%1", str(p.count(RowStatus.NEW)))
            .replace("%2", str(p.count(RowStatus.UPDATE)))
            .replace("%3", str(p.count(RowStatus.REJECTED)))
            .replace("%4", str(p.count(RowStatus.EXISTS)))
            .replace("%5", str(len(p.errors)))
            .replace("%6", str(len(p.warnings)))
        )
        skipped = p.skipped
        if skipped:
            shown = "; ".join(self.tr("baris %1 \"%2\"").replace("%1", str(r.excel_row))
                              .replace("%2", r.text) for r in skipped[:6])
            more = "" if len(skipped) <= 6 else self.tr(" dan %1 lainnya").replace(
                "%1", str(len(skipped) - 6))
            self.skipped_label.setText(
                self.tr("%1 baris bukan peserta (blok tanda tangan, catatan, baris jumlah) "
                        "dilewati: %2%3.")
                .replace("%1", str(len(skipped))).replace("%2", shown).replace("%3", more))
        else:
            self.skipped_label.clear()
        self._fill_findings()
        self._update_buttons()

    def visible_findings(self) -> list[Any]:
        if self.plan is None:
            return []
        wanted = self.filter_combo.currentData()
        return [f for f in self.plan.findings if wanted == "all" or f.severity.value == wanted]

    def _fill_findings(self) -> None:
        findings = self.visible_findings()
        self.findings_table.setRowCount(len(findings))
        for r, f in enumerate(findings):
            kind = self.tr("Kesalahan") if f.severity.value == "error" else self.tr("Peringatan")
            cells = [str(f.row), f.column, kind, f.message]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if f.severity.value == "error":
                    item.setForeground(QColor("#b00020"))
                self.findings_table.setItem(r, c, item)
        self.findings_table.resizeColumnsToContents()

    def _save_rejected(self) -> None:

        if self.plan is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan baris bermasalah"),
            "baris-bermasalah.xlsx",
            self.tr("Buku kerja Excel (*.xlsx)"),
        )
        if target:
            self.save_rejected_to(Path(target))

    def save_rejected_to(self, target: Path) -> int:
        from humas_desktop.services.roster_import import write_rejected_file

        return write_rejected_file(self.plan, target)

    def _prepare_run(self) -> None:
        from humas_desktop.services.roster_import import RowStatus

        if self.plan is None:
            raise DomainError("roster_no_rows")
        if self.abort_check.isChecked() and self.plan.errors:
            raise DomainError("roster_aborted", errors=len(self.plan.errors))
        todo = self.plan.count(RowStatus.NEW) + self.plan.count(RowStatus.UPDATE)
        self.run_label.setText(
            self.tr(
                "Siap mengimpor %1 peserta. Semua baris disimpan sekaligus atau tidak sama sekali."
            ).replace("%1", str(todo))
        )
        self.progress.setRange(0, max(1, todo))
        self.progress.setValue(0)

    def start_import(self) -> None:
        from humas_desktop.gui.operations import EventOp
        from humas_desktop.services.roster_import import apply_plan, remember_mapping

        ctx = self.ctx
        if ctx.edb is None or self.plan is None:
            return
        plan, options = self.plan, self.options()
        if self.headers:  # a header-less layout has nothing to recognise it by next time
            remember_mapping(ctx.base, self.headers, self.mapping())
        def apply(edb: EventDB) -> Any:
            edb.actor = "coordinator"  # importing the roster is the coordinator's act
            return apply_plan(edb, plan, options)

        # The worker's own connection (EventOp); closing the generator on cancel rolls back.
        op = EventOp[Any](ctx, apply, label=self.tr("Impor peserta"))
        self._import_ended = False
        worker = (op.with_progress(self._on_progress).success(self._on_done).failure(self._on_error)
                  .on_cancel(self._on_cancelled).run())
        # A job that already ended (synchronous pool) must not stay "running": Enter and
        # "Tutup" would then cancel a finished import instead of closing the wizard.
        self.worker = None if self._import_ended else worker
        self._update_buttons()

    def _on_progress(self, progress: Any) -> None:
        self.progress.setRange(0, max(1, progress.total))
        self.progress.setValue(progress.done)

    def _on_done(self, result: Any) -> None:
        self._import_ended = True
        self.worker = None
        self.result = result
        self.run_label.setText(
            self.tr("Selesai: %1 peserta diimpor, %2 diperbarui, %3 baris dilewati.")
            .replace("%1", str(result.imported))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.skipped))
        )
        if result.imported:
            self.run_label.setText(self.run_label.text() + " " + self.tr(
                "Salah berkas? Berkas → Batalkan impor terakhir menghapus peserta impor ini "
                "selama belum ada yang dinilai."))
        self._update_buttons()

    def _on_error(self, text: str) -> None:
        self._import_ended = True
        self.worker = None
        self.run_label.setText(text)
        self._update_buttons()

    def _on_cancelled(self) -> None:
        self._import_ended = True
        self.worker = None
        self.run_label.setText(error_text(DomainError("roster_cancelled")))
        self._update_buttons()


class UndoImportDialog(QDialog):
    """Berkas → Batalkan impor terakhir…: names how many participants go, asks a reason (audited),
    or says why it can no longer be done (someone of that import has been assessed)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QFormLayout

        from humas_desktop.services.roster_import import last_import

        super().__init__(parent or ctx.window)
        self.ctx = ctx
        edb = ctx.edb
        assert edb is not None, "opened only with an event open"
        self.setWindowTitle(self.tr("Batalkan impor"))
        self.found = last_import(edb)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("mis. berkas yang salah terimpor"))
        self.reason.setAccessibleName(self.tr("Alasan pembatalan"))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(self)
        self.remove_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Batal"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)  # removing many is never what Enter does by accident
        self.remove_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.undo)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Alasan (wajib)"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        count = self.found.count if self.found else 0
        self.remove_button.setText(self.tr("Hapus %1 peserta").replace("%1", str(count)))
        refused: DomainError | None = None
        if self.found is None:
            refused = DomainError("import_undo_none")
        elif self.found.started:
            refused = DomainError("import_undo_started", count=len(self.found.started),
                                  number=self.found.started[0])
        if refused is not None:
            self.text.setText(error_text(refused))
            for widget in (self.reason, self.remove_button):
                widget.setEnabled(False)
            self.remove_button.hide()
            self.cancel_button.setText(self.tr("Tutup"))
            return
        assert self.found is not None
        self.text.setText(self.tr(
            "Batalkan impor terakhir? %1 peserta yang ditambahkan impor itu dihapus dari acara "
            "(belum ada yang dinilai). Perubahan impor pada peserta yang sudah ada tidak "
            "dibatalkan. Semuanya dicatat di jejak audit.").replace("%1", str(count)))

    def undo(self) -> None:
        from humas_desktop.services.roster_import import undo_last_import

        edb = self.ctx.edb
        if edb is None:
            return
        try:
            removed = undo_last_import(edb, self.reason.text())
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.ctx.changed.emit()
        self.ctx.prompter.status(self.tr("Impor dibatalkan: %1 peserta dihapus.")
                                 .replace("%1", str(removed)), 8000)
        self.accept()


# --- File-menu feature ---------------------------------------------------------------------


class ImportFeature:
    """File-menu actions: new event, import participants, participant template."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        window = ctx.window
        self.action_new_event = QAction(translate("MainWindow", "Acara &baru…"), window)
        self.action_import = QAction(translate("MainWindow", "&Impor peserta…"), window)
        self.action_template = QAction(translate("MainWindow", "Unduh &templat peserta…"), window)
        self.action_undo_import = QAction(translate("MainWindow", "Batalkan impor &terakhir…"),
                                          window)
        self.action_undo_import.triggered.connect(lambda: self.undo_import())
        self.action_new_event.triggered.connect(self.new_event)
        self.action_import.triggered.connect(self.open_wizard)
        self.action_template.triggered.connect(lambda: self.save_template())
        menu = ctx.menus.file
        before = menu.actions()[0]  # "Buka acara…": these go above it
        for action in (self.action_new_event, self.action_import, self.action_template,
                       self.action_undo_import):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        self.wizard: ImportWizard | None = None

    def open_wizard(self) -> ImportWizard | None:
        if self.ctx.edb is None:
            self.ctx.prompter.information(translate("MainWindow", "Impor peserta"),
                                          error_text(DomainError("roster_no_event")))
            return None
        self.wizard = ImportWizard(self.ctx)
        self.wizard.open()
        return self.wizard

    def undo_import(self) -> UndoImportDialog | None:
        if self.ctx.require_event() is None:
            return None
        dialog = UndoImportDialog(self.ctx)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.undo_dialog = dialog
        dialog.open()
        return dialog

    def new_event(self) -> None:
        from humas_desktop.gui.new_event_dialog import NewEventDialog

        path = NewEventDialog.ask(self.ctx.window, self.ctx.base, self.ctx.device.id,
                                 self.ctx.device)
        if path is not None and self.ctx.open_event(path) and self.ctx.edb is not None:
            from humas_desktop.gui.errors import message_text
            from humas_desktop.services.workspace import event_header

            name = event_header(self.ctx.edb).name
            # Said where the eye goes next; the empty list says the same (no dialog to dismiss).
            self.ctx.prompter.status(message_text("event_created_next", name=name), 15000)

    def save_template(self, target: Path | None = None) -> Path | None:
        from humas_desktop.services.roster_import import write_template_file

        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.ctx.window,
                translate("MainWindow", "Unduh templat peserta"),
                "templat-peserta.xlsx",
                translate("MainWindow", "Buku kerja Excel (*.xlsx)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        write_template_file(target)
        return target
