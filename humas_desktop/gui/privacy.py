"""Integrity and privacy menu entries: app lock, certificate verification, purge personal data."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui import app_lock
from humas_desktop.messages import message

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from humas_desktop.gui.main_window import MainWindow


class PurgeAction:
    """ "Hapus data pribadi…": confirm, close the event, purge in the background, reopen."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.action = QAction(translate("MainWindow", "&Hapus data pribadi…"), window)
        self.action.triggered.connect(self.start)
        window.menu_event.addAction(self.action)
        self.last_report: Any = None
        self.worker: Any = None

    def start(self) -> None:
        from humas_desktop.gui import workers
        from humas_desktop.services.purge import PurgeReport, purge_steps, retention_due

        w = self.window
        if w.edb is None:
            return
        edb = w.edb
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
        edb.close()  # the purge needs the only connection to checkpoint and VACUUM
        w.edb = None
        report = PurgeReport()

        def job() -> Any:
            from humas_desktop.services.session import EventSession

            with EventSession(path, actor="coordinator").worker() as job_edb:
                yield from purge_steps(job_edb, w.base, report, force=force)
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
            w.open_event(path)
            QMessageBox.information(
                w,
                translate("MainWindow", "Hapus data pribadi"),
                translate("MainWindow", "Data pribadi %1 peserta dihapus; %2 cadangan dimusnahkan.")
                .replace("%1", str(result.participants))
                .replace("%2", str(len(result.backups_removed))),
            )

        def failed(exc: BaseException) -> None:
            self.action.setEnabled(True)
            w.statusBar().clearMessage()
            w.open_event(path)
            text = (
                message(exc.code, **exc.context)
                if isinstance(exc, DomainError)
                else message("damaged", path=path.name)
            )
            QMessageBox.warning(
                w, translate("MainWindow", "Hapus data pribadi"), QCoreApplication.translate("Messages", text)
            )

        self.action.setEnabled(False)  # the event is closed until the purge ends: no second run
        w.statusBar().showMessage(translate("MainWindow", "Menghapus data pribadi… %1%").replace("%1", "0"))
        self.worker = workers.run_in_background(job, on_progress=progress, on_done=done, on_error=failed)


def _verify(window: MainWindow) -> None:
    from humas_desktop.gui.verify_dialog import VerifyDialog  # loaded on first use

    VerifyDialog.ask(window, window.base)


def _lsp_key(window: MainWindow) -> None:
    from humas_desktop.gui.lsp_key_dialog import LspKeyDialog

    LspKeyDialog.ask(window, window.base)


def _export_public(window: MainWindow) -> None:
    from humas_desktop.gui.lsp_key_dialog import export_public_key

    try:
        export_public_key(window)
    except OSError as exc:
        QMessageBox.warning(window, translate("MainWindow", "Kunci publik LSP"), str(exc.strerror or exc))


def install(window: MainWindow) -> None:
    app_lock.install(window)
    verify = QAction(translate("MainWindow", "&Verifikasi sertifikat…"), window)
    verify.triggered.connect(lambda: _verify(window))
    window.menu_help.insertAction(window.menu_help.actions()[0], verify)
    for text, handler in (
        (translate("MainWindow", "Kunci tanda tangan &LSP…"), _lsp_key),
        (translate("MainWindow", "Ekspor kunci &publik LSP…"), _export_public),
    ):
        action = QAction(text, window)
        action.triggered.connect(lambda _=False, h=handler: h(window))
        window.menu_settings.addAction(action)
    window.purge_action = PurgeAction(window)  # type: ignore[attr-defined]
