"""Backup menu actions, the restore dialog (shows what would be lost) and the start-up recovery offer."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.errors import error_text, message_text

if TYPE_CHECKING:
    from humas_desktop.services.backups import BackupInfo, RestorePreview
    from humas_desktop.services.startup_check import StartupCheck

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate

TICK_MS = 60_000

_REASONS = {
    "auto": QT_TRANSLATE_NOOP("Backups", "otomatis"),
    "close": QT_TRANSLATE_NOOP("Backups", "saat ditutup"),
    "manual": QT_TRANSLATE_NOOP("Backups", "manual"),
    "closed-event": QT_TRANSLATE_NOOP("Backups", "acara ditutup"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "sebelum impor"),
    "before-merge": QT_TRANSLATE_NOOP("Backups", "sebelum penggabungan"),
    "before-migration": QT_TRANSLATE_NOOP("Backups", "sebelum pembaruan skema"),
    "before-purge": QT_TRANSLATE_NOOP("Backups", "sebelum penghapusan data"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "sebelum pemulihan"),
    "self-test": QT_TRANSLATE_NOOP("Backups", "uji mandiri"),
}
_TABLES = (
    ("participant", QT_TRANSLATE_NOOP("Backups", "peserta")),
    ("assessment", QT_TRANSLATE_NOOP("Backups", "asesmen")),
    ("answer", QT_TRANSLATE_NOOP("Backups", "jawaban")),
    ("decision", QT_TRANSLATE_NOOP("Backups", "keputusan")),
    ("certificate", QT_TRANSLATE_NOOP("Backups", "sertifikat")),
    ("audit", QT_TRANSLATE_NOOP("Backups", "entri jejak audit")),
)


def _tr(text: object) -> str:
    return translate("Backups", str(text))


def reason_label(reason: str) -> str:
    return _tr(_REASONS.get(reason, reason))


def describe_loss(preview: RestorePreview) -> str:
    """One sentence a coordinator can act on: what the current file has that the backup lacks."""
    if not preview.current_readable:
        return translate(
            "Backups",
            "Berkas acara saat ini tidak dapat dibaca; cadangan ini menggantikannya. "
            "Berkas saat ini disimpan di samping, tidak dihapus.",
        )
    lost = [f"{preview.lost[key]} {_tr(label)}" for key, label in _TABLES if preview.lost.get(key)]
    if not lost:
        return translate(
            "Backups", "Tidak ada data yang hilang: cadangan ini memuat semua yang ada sekarang."
        )
    return (
        translate("Backups", "Yang akan hilang bila dipulihkan: ")
        + ", ".join(lost)
        + ". "
        + translate("Backups", "Berkas saat ini disimpan di samping, tidak dihapus.")
    )


class RestoreDialog(QDialog):
    """Pick a backup; the loss compared with the current file shows before anything happens."""

    def __init__(self, event_path: Path, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.resize(760, 420)
        self.event_path = event_path
        self.backups = backups
        self.table = QTableWidget(len(backups), 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Waktu"),
                self.tr("Alasan"),
                self.tr("Peserta"),
                self.tr("Keputusan"),
                self.tr("Jejak audit"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, info in enumerate(backups):
            local = info.taken_at.astimezone().strftime("%d-%m-%Y %H:%M:%S")
            cells = [
                local,
                reason_label(info.reason) + ("" if info.ok else self.tr(" (rusak)")),
                str(info.counts.get("participant", "-")),
                str(info.counts.get("decision", "-")),
                str(info.audit_seq),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.loss = QLabel(self.tr("Pilih cadangan untuk melihat apa yang akan hilang."), self)
        self.loss.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("Pulihkan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.loss)
        layout.addWidget(self.buttons)
        self.preview: RestorePreview | None = None
        self.table.itemSelectionChanged.connect(self._selected)
        if backups:
            self.table.selectRow(0)

    def _selected(self) -> None:
        from humas_desktop.services.backups import preview_restore

        rows = {index.row() for index in self.table.selectedIndexes()}
        if not rows:
            return
        info = self.backups[min(rows)]
        if not info.ok:
            self.preview = None
            self.loss.setText(self.tr("Cadangan ini rusak dan tidak dapat dipulihkan."))
            self.restore_button.setEnabled(False)
            return
        self.preview = preview_restore(self.event_path, info)
        self.loss.setText(describe_loss(self.preview))
        self.restore_button.setEnabled(True)

    @classmethod
    def ask(cls, parent: QWidget | None, event_path: Path, backups: list[BackupInfo]) -> BackupInfo | None:
        dialog = cls(event_path, backups, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.preview is None:
            return None
        return dialog.preview.backup


def offer_recovery(parent: QWidget | None, check: StartupCheck) -> bool:
    """Tell what is wrong with the last event file and offer its newest verified backup.

    Returns True when the person chose to restore it.
    """
    problem = message_text(check.code, **(check.context or {}), path=check.path.name)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Backups", "Berkas acara bermasalah"))
    if check.backup is None:
        box.setText(
            problem
            + "\n\n"
            + translate("Backups", "Belum ada cadangan yang utuh. Berkas tidak dibuka dan tidak diubah.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        return False
    info = check.backup
    when = info.taken_at.astimezone().strftime("%d-%m-%Y %H:%M")
    box.setText(
        problem + "\n\n" + translate("Backups", "Cadangan terbaru yang utuh: ") + f"{when} "
        f"({info.counts.get('participant', 0)} " + translate("Backups", "peserta") + ", "
        f"{info.counts.get('decision', 0)} "
        + translate("Backups", "keputusan")
        + "). "
        + translate(
            "Backups",
            "Pulihkan dari cadangan ini? Berkas yang rusak disimpan di samping (.corrupt), tidak dihapus.",
        )
    )
    restore = box.addButton(translate("Backups", "Pulihkan cadangan"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Backups", "Jangan buka sekarang"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore


class BackupKeeper(QObject):
    """Automatic backups of the window's open event: on a timer while it changes, and on close."""

    def __init__(self, ctx: AppContext, interval_s: float | None = None) -> None:
        super().__init__(ctx.window)
        from humas_desktop.services.backups import AUTO_INTERVAL_S, AutoBackup

        self.ctx = ctx
        self.busy = False
        self.last_backup: object = None
        self.last_error: object = None
        self.auto = AutoBackup(base=ctx.base, interval=interval_s or AUTO_INTERVAL_S)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        ctx.window.installEventFilter(self)
        ctx.event_opened.connect(self._opened)
        self._opened()

    def _opened(self) -> None:
        from humas_desktop.services.storage_faults import FileIdentity

        if self.ctx.edb is not None:
            self.auto.mark_opened(self.ctx.edb)
            self.identity = FileIdentity.of(self.ctx.edb.path)

    def tick(self) -> bool:
        """Timer slot: True when a copy was started (in a worker thread, with its own connection:
        a large event takes a few hundred milliseconds to copy and check)."""
        from humas_desktop.gui.operations import Operation
        from humas_desktop.services.backups import backup_file

        edb = self.ctx.edb
        if edb is None or self.check_file_present() or self.busy:
            return False
        try:
            if not self.auto.due(edb):
                return False
            self.auto.mark(edb)
        except DomainError:
            return False
        path, base = edb.path, self.ctx.base

        def failed(text: str) -> None:
            self.busy = False
            self.last_error = text
            self.ctx.prompter.status(text, 10_000)

        def done(result: Path) -> None:
            self.busy = False
            self.last_backup = result

        self.busy = True
        # A file copy through the backup service (its own connection), not an event operation.
        op = Operation[Path](lambda: backup_file(path, "auto", base),
                             label=translate("Backups", "Cadangan otomatis gagal."), parent=self.ctx.window)
        op.success(done).failure(failed).run()
        return True

    def check_file_present(self) -> bool:
        """If the open file was deleted or moved away by another program, write the data (still
        held by the open connection) back under its name and reopen it. True when that happened."""
        from humas_desktop.services.storage_faults import file_still_there, rescue_removed_file

        edb = self.ctx.edb
        if edb is None or file_still_there(edb, getattr(self, "identity", None)):
            return False
        path = edb.path
        removed = message_text("event_file_removed", path=path.name)
        try:
            rescued = rescue_removed_file(edb)
        except DomainError as exc:
            self.ctx.prompter.warning(translate("Backups", "Berkas acara hilang"),
                                      removed + "\n" + error_text(exc))
            return True
        self.ctx.release_event()
        self.ctx.open_event(rescued)
        done = message_text("event_file_rescued", path=rescued.name)
        self.ctx.prompter.information(translate("Backups", "Berkas acara hilang"), removed + "\n" + done)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Runs before MainWindow.closeEvent closes the file.
        if watched is self.ctx.window and event.type() == QEvent.Type.Close and self.ctx.edb is not None:
            # Never block closing: committed data is already on disk.
            with contextlib.suppress(DomainError, OSError):
                self.auto.on_close(self.ctx.edb)
        return False


class BackupFeature:
    """File menu: "Cadangkan sekarang" and "Pulihkan dari cadangan…"."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.last_manual_backup: object = None
        self.action_backup_now = QAction(translate("Backups", "Cadangkan &sekarang"), ctx.window)
        self.action_backup_now.triggered.connect(self.backup_now)
        self.action_restore_backup = QAction(translate("Backups", "&Pulihkan dari cadangan…"), ctx.window)
        self.action_restore_backup.triggered.connect(self.restore_from_backup)
        menu, anchor = ctx.menus.file, ctx.menus.quit
        menu.insertAction(anchor, self.action_backup_now)
        menu.insertAction(anchor, self.action_restore_backup)
        menu.insertSeparator(anchor)

    def backup_now(self) -> object | None:
        """ "Cadangkan sekarang": a verified copy taken in a worker through its own connection; the
        status bar says it is running and then where it went. Returns the worker (None if not started)."""
        from humas_desktop.gui.operations import Operation
        from humas_desktop.services.backups import backup_file

        ctx = self.ctx
        if ctx.edb is None:
            ctx.prompter.information(translate("Backups", "Cadangkan sekarang"),
                                     translate("Backups", "Belum ada acara terbuka."))
            return None
        action = self.action_backup_now
        path, base = ctx.edb.path, ctx.base

        def done(result: Path) -> None:
            action.setEnabled(True)
            self.last_manual_backup = result
            ctx.prompter.status(translate("Backups", "Cadangan dibuat: ") + Path(str(result)).name, 10_000)

        def failed(text: str) -> None:
            action.setEnabled(True)
            ctx.prompter.status(translate("Backups", "Cadangan gagal"), 10_000)
            ctx.prompter.warning(translate("Backups", "Cadangan gagal"), text)

        action.setEnabled(False)  # one manual copy at a time
        ctx.prompter.status(translate("Backups", "Mencadangkan acara…"))
        op = Operation[Path](lambda: backup_file(path, "manual", base),
                             label=translate("Backups", "Cadangan gagal"), parent=ctx.window)
        return op.success(done).failure(failed).run()

    def restore_from_backup(self) -> bool:
        from humas_desktop.services.backups import list_event_backups, restore_backup

        ctx = self.ctx
        if ctx.edb is None:
            ctx.prompter.information(translate("Backups", "Pulihkan dari cadangan"),
                                     translate("Backups", "Belum ada acara terbuka."))
            return False
        path = ctx.edb.path
        backups = list_event_backups(path, ctx.base)
        if not backups:
            ctx.prompter.information(translate("Backups", "Pulihkan dari cadangan"),
                                     translate("Backups", "Belum ada cadangan untuk acara ini."))
            return False
        chosen = RestoreDialog.ask(ctx.window, path, backups)
        if chosen is None:
            return False
        ctx.release_event()
        try:
            restore_backup(path, chosen, ctx.base)
        except DomainError as exc:
            ctx.prompter.warning(translate("Backups", "Pemulihan gagal"), error_text(exc))
            ctx.open_event(path)
            return False
        ctx.open_event(path)
        ctx.prompter.status(translate("Backups", "Acara dipulihkan dari cadangan."), 10_000)
        return True
