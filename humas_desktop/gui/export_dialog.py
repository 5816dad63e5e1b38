"""Ekspor dokumen: choose documents and a folder; runs off the UI thread with progress and cancel."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.gui import workers
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.operations import EventOp
from humas_desktop.messages import message
from humas_desktop.services.document_kinds import DIALOG_KINDS, label_code

if TYPE_CHECKING:
    from humas_desktop.services.exports.writing import ExportOptions

# The boxes: the kinds services/document_kinds.py declares, labelled by their messages.
KIND_LABELS = tuple((kind, label_code(kind)) for kind in DIALOG_KINDS)

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate


def _tr(text: object) -> str:
    return QCoreApplication.translate("ExportDialog", str(text))


class ExportDialog(QDialog):
    """Pick documents and a folder, then export in a worker thread (own SQLite connection)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent or ctx.window)
        self.ctx = ctx
        self.base = ctx.base
        self.files: list[Path] = []
        self.worker: workers.Worker | None = None
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Ekspor dokumen"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.boxes: dict[str, QCheckBox] = {}
        for kind, label in KIND_LABELS:
            box = QCheckBox(message(label), self)
            box.setChecked(True)
            self.boxes[kind] = box
            layout.addWidget(box)
        self.per_participant = QCheckBox(self.tr("Juga satu PDF per peserta"), self)
        self.per_participant.setChecked(True)
        layout.addWidget(self.per_participant)
        self.sign = QCheckBox(self.tr("Tandatangani kode QR sertifikat dengan kunci LSP"), self)
        # Final certificates (a closed event) are signed: ticked by default, never silently off.
        self.sign.setChecked(self._closed())
        layout.addWidget(self.sign)
        self.draft = QCheckBox(self.tr("Sertifikat sebagai draf tanpa tanda tangan (bertanda DRAF)"),
                               self)
        self.draft.toggled.connect(self._draft_toggled)
        self.sign.toggled.connect(self._sign_toggled)
        layout.addWidget(self.draft)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Folder tujuan:"), self))
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Folder tujuan"))
        row.addWidget(self.folder, 1)
        browse = QPushButton(self.tr("Pilih…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        layout.addLayout(row)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        layout.addWidget(self.progress)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        # Certificates printed on the BNSP blanko: record which serial each one went on.
        self.blanko_button = QPushButton(self.tr("Catat nomor blanko…"), self)
        self.blanko_button.clicked.connect(self.record_blanko)
        self.blanko_button.setVisible(self._blanko_mode())
        buttons.addWidget(self.blanko_button)
        buttons.addStretch(1)
        self.start_button = QPushButton(self.tr("Ekspor"), self)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Batal"), self)
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

    @classmethod
    def ask(cls, ctx: AppContext) -> list[Path] | None:
        dialog = cls(ctx)
        dialog.exec()
        return dialog.files or None

    def _draft_toggled(self, on: bool) -> None:
        if on:
            self.sign.setChecked(False)

    def _sign_toggled(self, on: bool) -> None:
        if on:
            self.draft.setChecked(False)  # signed and draft exclude each other

    def _closed(self) -> bool:
        from humas_desktop.services.event_state import is_closed

        edb = self.ctx.edb
        return edb is not None and is_closed(edb)

    def _blanko_mode(self) -> bool:
        edb = self.ctx.edb
        return edb is not None and (edb.setting("certificate.mode") or "") == "blanko"

    def record_blanko(self) -> None:
        from humas_desktop.gui.blanko_dialog import BlankoDialog
        from humas_desktop.gui.registry_window import registry_location

        edb = self.ctx.edb
        if edb is not None and BlankoDialog(edb, registry_location(self.base), self).exec():
            self.ctx.changed.emit()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder tujuan"))
        if folder:
            self.folder.setText(folder)

    def kinds(self) -> list[str]:
        return [k for k, box in self.boxes.items() if box.isChecked()]

    def start(self) -> None:
        from humas_desktop.services.exports import ExportOptions

        folder = self.folder.text().strip()
        if not folder or not self.kinds():
            self.status.setText(self.tr("Pilih folder tujuan dan paling sedikit satu dokumen."))
            return
        out = Path(folder)
        kinds = self.kinds()
        signer = None
        if self.sign.isChecked() and not self.draft.isChecked() and "certificates" in kinds:
            from humas_desktop.gui.lsp_key_dialog import LspKeyDialog
            from humas_desktop.services.lsp_key import make_signer

            key = LspKeyDialog.ask(self, self.base)
            if key is None:
                self.status.setText(self.tr("Ekspor dibatalkan: kunci LSP tidak dibuka."))
                return
            signer = make_signer(key)
        self.written = []  # whole files on disk so far (what a cancel leaves)
        options = ExportOptions(per_participant=self.per_participant.isChecked(), sign=signer,
                                draft=self.draft.isChecked(), written=self.written)
        self.start_button.setEnabled(False)
        self.status.setText(self.tr("Mengekspor…"))
        op = ExportOp(self.ctx, kinds, out, options, label=self.tr("Ekspor dokumen"))
        self.worker = (op.with_progress(self._on_progress).success(self._on_done).failure(self._on_error)
                       .on_cancel(self._on_cancel).run())

    def cancel(self) -> None:
        if self.worker is not None and not self.start_button.isEnabled():
            self.worker.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or the title bar's close button while the export runs is Batal: the export stops
        between two steps and the dialog stays to say which whole files it left (it used to
        close and let the export go on unseen, with no way to stop it)."""
        if self.worker is not None and not self.start_button.isEnabled():
            self.worker.cancel()
            return
        super().reject()

    def _on_progress(self, progress: Any) -> None:
        self.progress.setValue(int(progress.fraction * 100))
        kind, _, count = str(progress.message).partition(" ")
        code = f"export_kind_{kind}"
        from humas_desktop.messages import MESSAGES, message

        if code in MESSAGES:  # "Mengekspor… FR.AK.02 rekaman asesmen (PDF) 400/1000"
            self.status.setText(f"{self.tr('Mengekspor…')} {message(code)} {count}".rstrip())

    def _on_done(self, files: Any) -> None:
        self.files = list(files or [])
        self.progress.setValue(100)
        self.start_button.setEnabled(True)
        text = self.tr("%n berkas ditulis.", "", len(self.files))
        held = list(getattr(files, "not_written", []))
        if held:  # a partial export: say which certificates wait, and why
            from humas_desktop.messages import message

            lines = [message("export_partial", count=len(held))]
            lines += [f"• {message('certificate_held_back', number=n.number)} "
                      f"{message(n.code, length=n.detail)}" for n in held]
            text += "\n" + "\n".join(lines)
        self.status.setText(text)
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text().strip()))

    def _on_error(self, text: str) -> None:
        self.start_button.setEnabled(True)
        self.status.setText(text)

    def _on_cancel(self) -> None:
        self.start_button.setEnabled(True)
        count = len(self.written)
        self.status.setText(self.tr("Ekspor dibatalkan; berkas yang belum selesai tidak ditulis.") + "\n"
                            + self.tr("%n berkas ditulis.", "", count))  # whole files only, in the folder


class ExportOp(EventOp[list[Path]]):
    """Acara → Ekspor dokumen: ``export_documents`` in a process of its own (services/exports/child.py),
    so the export's Python never shares the window's interpreter: a K/BK click saved meanwhile
    is painted at once (issue #25). Refused, like every job, while the first check holds."""

    def __init__(self, ctx: AppContext, kinds: list[str], out: Path, options: ExportOptions, *,
                 label: str) -> None:
        super().__init__(ctx, lambda edb: None, label=label)
        self.kinds, self.out, self.options = kinds, out, options

    def _thread_job(self) -> Generator[Any, None, Any]:
        from humas_desktop.services.exports.child import ChildSpec, export_in_child

        session = self._open_session()
        path, device_id, actor, refusal = session.worker_opening(read_only=self.read_only)
        spec = ChildSpec(path, device_id, actor, self.read_only, refusal, self.ctx.base)
        return (yield from export_in_child(spec, self.kinds, self.out, self.options))


class ExportFeature:
    """Acara menu: "Tutup sesi…" and "Ekspor dokumen…"."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.action_close_session = QAction(translate("MainWindow", "Tutup sesi…"), ctx.window)
        self.action_export = QAction(translate("MainWindow", "Ekspor dokumen…"), ctx.window)
        self.action_close_session.triggered.connect(self.close_session)
        self.action_export.triggered.connect(self.export)
        ctx.menus.event.addAction(self.action_close_session)
        ctx.menus.event.addAction(self.action_export)

    def close_session(self) -> None:
        from humas_desktop.gui.close_dialog import CloseDialog

        edb = self.ctx.require_event()
        if edb is None:
            return
        from humas_desktop.gui.registry_window import registry_location

        if CloseDialog.ask(self.ctx.window, edb, registry_location(self.ctx.base)):
            self.ctx.changed.emit()
            self.export()

    def export(self) -> None:
        edb = self.ctx.require_event()
        if edb is not None:
            ExportDialog.ask(self.ctx)
