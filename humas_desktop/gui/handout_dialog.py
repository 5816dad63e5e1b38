"""Coordinator: register laptop keys, balance the assessors' load, write one hand-out package each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.errors import error_text
from humas_desktop.gui.tables import read_only_item, row_table
from humas_desktop.services import workspace


class HandoutDialog(QDialog):
    """Assessors with their laptop fingerprint and load; balance; write one package each."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent or ctx.window)
        edb = ctx.edb
        assert edb is not None, "opened only with an event open (AppContext.require_event)"
        self.ctx, self.edb, self.device = ctx, edb, ctx.device
        device = ctx.device
        self.setWindowTitle(self.tr("Bagikan paket asesor"))
        self.resize(760, 420)
        from humas_desktop.services.handout import coordinator_pairing_code

        # What an assessor's laptop checks on first contact ("Buka paket tugas" asks for the code).
        self.info = QLabel(
            self.tr("Sidik kunci laptop koordinator: %1 · Kode pasangan: %2")
            .replace("%1", device.fingerprint).replace("%2", coordinator_pairing_code(edb, device)), self
        )
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = row_table(
            [self.tr("Asesor"), self.tr("No. MET"), self.tr("Sidik kunci laptop"), self.tr("Asesi")], self
        )
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setPlaceholderText(
            self.tr("mis. 7BBD-6F17-B746-3879 atau 7bbd6f17b7463879"))
        self.fingerprint.setToolTip(self.tr("Sidik kunci laptop asesor: 16 karakter 0-9/A-F; huruf "
                                            "kecil, spasi dan tanpa tanda hubung juga diterima."))
        self.fingerprint.setAccessibleName(self.tr("Sidik kunci laptop asesor"))
        self.fingerprint.returnPressed.connect(lambda: self.register_key())
        self.register_button = QPushButton(self.tr("Daftarkan sidik kunci"), self)
        self.balance_button = QPushButton(self.tr("Bagi asesi otomatis (seimbang)"), self)
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("Folder tujuan (flashdisk)"))
        browse = QPushButton(self.tr("Pilih folder…"), self)
        self.write_button = QPushButton(self.tr("Tulis paket"), self)
        # The printed slip carries the fingerprint and pairing code to the assessor by hand.
        self.slip_button = QPushButton(self.tr("Simpan slip (PDF)…"), self)
        self.slip_button.setToolTip(self.tr(
            "Slip serah-terima untuk dicetak: satu halaman per asesor dengan sidik kunci koordinator dan "
            "kode pasangan. Tersedia setelah paket ditulis."))
        self.slip_button.setEnabled(False)
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
        out_row.addWidget(self.slip_button)
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
        self.slip_button.clicked.connect(self.save_slip)
        # Enter in the fingerprint field registers it (returnPressed), and presses no other
        # button on top (a dialog's auto-default buttons would also balance or write packages).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.results: list[Any] = []
        self.missing: list[str] = []
        self.worker: Any = None
        self.writing = False
        self.reload()

    def reload(self) -> None:
        rows = workspace.assessors_with_load(self.edb)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.table.setItem(r, 0, read_only_item(row[1], row[0]))
            self.table.setItem(r, 1, read_only_item(row[2]))
            self.table.setItem(r, 2, read_only_item(row[3] or self.tr("(belum terdaftar)")))
            self.table.setItem(r, 3, read_only_item(str(row[4])))
        if rows and not self.table.selectedItems():
            self.table.selectRow(0)

    def _selected_assessor(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _fail(self, exc: DomainError) -> None:
        self.status.setText(error_text(exc))

    def register_key(self) -> None:
        from humas_desktop.services.handout import register_device_key

        assessor_id = self._selected_assessor()
        if assessor_id is None:
            self.status.setText(self.tr("Pilih asesor di tabel dulu."))
            return
        typed, problem = self.normal_fingerprint(self.fingerprint.text())
        if typed is None:
            self.status.setText(problem)  # what is wrong; the typed text stays to be corrected
            self.fingerprint.setFocus()
            return
        try:
            register_device_key(self.edb, assessor_id, typed)
        except DomainError as exc:
            self._fail(exc)
            return
        self.fingerprint.clear()
        self.status.setText(self.tr("Sidik kunci terdaftar."))
        row = self.table.currentRow()
        self.reload()
        self.table.selectRow(row)

    def normal_fingerprint(self, text: str) -> tuple[str | None, str]:
        """The fingerprint in its printed form (``7BBD-6F17-B746-3879``) from what was typed:
        lower case, spaces and dashes are fine. Otherwise None and what is wrong with it."""
        raw = "".join(ch for ch in text.upper() if not (ch.isspace() or ch in "-–—.:"))
        if not raw:
            return None, self.tr("Ketik sidik kunci laptop asesor (16 karakter, tertera di "
                                 "Bantuan → Sidik kunci laptop ini pada laptop asesor).")
        bad = sorted({ch for ch in raw if ch not in "0123456789ABCDEF"})
        if bad:
            return None, self.tr("Sidik kunci berbentuk XXXX-XXXX-XXXX-XXXX, hanya angka 0-9 dan "
                                 "huruf A-F; \"%1\" bukan bagian sidik kunci.") \
                .replace("%1", " ".join(bad))
        if len(raw) != 16:
            return None, self.tr("Sidik kunci berbentuk XXXX-XXXX-XXXX-XXXX, 16 karakter; yang "
                                 "diketik %1.") \
                .replace("%1", str(len(raw)))
        return "-".join(raw[i:i + 4] for i in range(0, 16, 4)), ""

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
        self.slip_button.setEnabled(not busy and bool(self.results))
        self.cancel_button.setEnabled(busy)

    def write(self) -> None:
        """Write every package in a worker thread with its own connection; the window stays live."""
        from humas_desktop.gui.operations import EventOp
        from humas_desktop.services.handout import plan_handout, write_handouts

        if self.writing:
            return
        folder = self.folder.text().strip()
        if not folder:
            self.status.setText(self.tr("Pilih folder tujuan dulu."))
            return
        try:
            # Laptops not registered yet get no package now; they are named when the round ends.
            plan = plan_handout(self.edb)
        except DomainError as exc:
            self._fail(exc)
            return
        ids, self.missing = plan.ready, plan.missing
        device = self.device
        out_dir, passphrase = Path(folder), self.passphrase.text() or None

        self.results = []
        self.slip_button.setEnabled(False)
        self.progress.setRange(0, max(1, len(ids)))
        self.progress.setTextVisible(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Menulis paket… Jangan cabut flashdisk."))
        self._set_busy(True)  # before starting: a synchronous pool finishes inside the call
        op = EventOp[list[Any]](self.ctx, lambda edb: write_handouts(edb, device, out_dir, ids, passphrase),
                                label=self.tr("Bagikan paket asesor"))
        self.worker = (op.with_progress(self._on_progress).success(self._on_done).failure(self._on_error)
                       .on_cancel(self._on_cancel).run())

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
        self.results = list(results or [])
        self._set_busy(False)
        self.progress.setValue(self.progress.maximum())
        text = self.tr("%1 paket tertulis dan sudah diperiksa ulang. Flashdisk aman dicabut.").replace(
            "%1", str(len(self.results)))
        names = {row[0]: row[1] for row in workspace.assessors_with_load(self.edb)}
        # Which file goes to whom: "paket-01-wahyuni.humaspkg (Wahyuni Lestari, 13 asesi)".
        written = [self.tr("%1 (%2, %3 asesi)").replace("%1", r.path.name)
                   .replace("%2", names.get(r.assessor_id, "")).replace("%3", str(r.participants))
                   for r in self.results]
        if written:
            text += " " + "; ".join(written) + "."
        if self.missing:
            text += " " + self.tr("Belum ada paket (laptop belum didaftarkan): %1").replace(
                "%1", ", ".join(self.missing))
        if self.results:
            text += " " + self.tr("Simpan dan cetak slip serah-terima untuk asesor.")
        self.status.setText(text)

    def save_slip(self) -> None:
        """Save the hand-out slip of the packages just written, on this laptop (to print)."""
        from PySide6.QtCore import QStandardPaths

        from humas_desktop.services.handout import SLIP_FILE_NAME, write_handout_slip

        if not self.results or self.writing:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder or Path.home()) / SLIP_FILE_NAME)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan slip serah-terima"), suggested, self.tr("PDF (*.pdf)"))
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_handout_slip(self.edb, self.device, self.results, target)
        except (DomainError, OSError) as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Slip tersimpan: %1. Cetak dan serahkan langsung bersama flashdisk.")
                            .replace("%1", str(target)))

    def _on_error(self, text: str) -> None:
        self._set_busy(False)
        self.progress.setValue(0)
        self.status.setText(text)

    def _on_cancel(self) -> None:
        self._set_busy(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Dibatalkan. Tidak ada paket yang ditinggalkan di folder tujuan."))
