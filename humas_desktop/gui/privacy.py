"""Integrity and privacy menu entries: app lock, certificate verification, purge personal data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from humas_desktop.gui.context import AppContext
from humas_desktop.gui.errors import error_text

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate

class PurgeAction:
    """ "Hapus data pribadi…": confirm, close the event, purge in the background, reopen."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.action = QAction(translate("MainWindow", "&Hapus data pribadi…"), ctx.window)
        self.action.triggered.connect(self.start)
        ctx.menus.event.addAction(self.action)
        self.last_report: Any = None
        self.worker: Any = None

    def start(self) -> None:
        from humas_desktop.gui.operations import Operation
        from humas_desktop.services.purge import PurgeReport, purge_steps, retention_due
        from humas_desktop.services.session import EventSession

        ctx = self.ctx
        w = ctx.window
        if ctx.edb is None:
            return
        edb = ctx.edb
        from humas_desktop.services.close_session import is_closed

        closed = is_closed(edb)
        force = False
        if not closed and not retention_due(edb):
            force = True  # on request (UU PDP Art. 43): allowed, but said plainly
        answer = QMessageBox.warning(
            w,
            translate("MainWindow", "Hapus data pribadi"),
            translate(
                "MainWindow",
                "Nama, NIK, NIP, tanggal lahir, alamat dan kontak semua peserta acara ini akan "
                "dihapus permanen dari berkas acara dan cadangannya. Jumlah peserta dan hasil "
                "tetap tersimpan tanpa identitas. Tindakan ini tidak dapat dibatalkan.",
            )
            + (
                "\n\n" + translate("MainWindow", "Acara belum ditutup dan masa simpan belum habis.")
                if force
                else ""
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path: Path = edb.path
        ctx.release_event()  # the purge needs the only connection to checkpoint and VACUUM
        report = PurgeReport()

        def job() -> Any:
            # The window's session is released: this connection is the only one (VACUUM).
            with EventSession(path, actor="coordinator").worker() as job_edb:
                yield from purge_steps(job_edb, ctx.base, report, force=force)
            return report

        def progress(step: Any) -> None:
            w.statusBar().showMessage(
                translate("MainWindow", "Menghapus data pribadi… %1%").replace(
                    "%1", str(int(step.fraction * 100))
                )
            )

        def done(result: Any) -> None:
            self.action.setEnabled(True)
            w.statusBar().clearMessage()
            self.last_report = result
            ctx.open_event(path)
            QMessageBox.information(
                w,
                translate("MainWindow", "Hapus data pribadi"),
                translate("MainWindow", "Data pribadi %1 peserta dihapus; %2 cadangan dimusnahkan.")
                .replace("%1", str(result.participants))
                .replace("%2", str(len(result.backups_removed))),
            )

        def failed(text: str) -> None:
            self.action.setEnabled(True)
            w.statusBar().clearMessage()
            ctx.open_event(path)
            ctx.prompter.warning(translate("MainWindow", "Hapus data pribadi"), text)

        self.action.setEnabled(False)  # the event is closed until the purge ends: no second run
        w.statusBar().showMessage(translate("MainWindow", "Menghapus data pribadi… %1%").replace("%1", "0"))
        op = Operation[Any](job, label=translate("MainWindow", "Hapus data pribadi"), parent=w)
        self.worker = op.with_progress(progress).success(done).failure(failed).run()


class PrivacyFeature:
    """Help: verify a certificate; Settings: the LSP signing key; Acara: purge personal data."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        window = ctx.window
        self.action_verify = QAction(translate("MainWindow", "&Verifikasi sertifikat…"), window)
        self.action_verify.triggered.connect(self.verify)
        ctx.menus.help.insertAction(ctx.menus.help.actions()[0], self.action_verify)
        self.action_lsp_key = QAction(translate("MainWindow", "Kunci tanda tangan &LSP…"), window)
        self.action_lsp_key.triggered.connect(self.lsp_key)
        self.action_export_public = QAction(translate("MainWindow", "Ekspor kunci &publik LSP…"), window)
        self.action_export_public.triggered.connect(self.export_public)
        for action in (self.action_lsp_key, self.action_export_public):
            ctx.menus.settings.addAction(action)
        self.purge = PurgeAction(ctx)

    def verify(self) -> None:
        from humas_desktop.gui.verify_dialog import VerifyDialog  # loaded on first use

        VerifyDialog.ask(self.ctx.window, self.ctx.base)

    def lsp_key(self) -> None:
        from humas_desktop.gui.lsp_key_dialog import LspKeyDialog

        LspKeyDialog.ask(self.ctx.window, self.ctx.base)

    def export_public(self) -> None:
        from humas_desktop.gui.lsp_key_dialog import export_public_key

        try:
            export_public_key(self.ctx.window, self.ctx.base)
        except OSError as exc:
            self.ctx.prompter.warning(translate("MainWindow", "Kunci publik LSP"), error_text(exc))
