"""Verifikasi sertifikat: paste a QR text or choose a PDF/PNG; shows holder match, scheme, dates."""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.progress import Progress
from humas_desktop.gui.errors import message_text
from humas_desktop.gui.operations import Operation

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from humas_desktop.services.verify import VerifyResult


class VerifyDialog(QDialog):
    def __init__(self, base: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.outcome: VerifyResult | None = None
        self.setWindowTitle(self.tr("Verifikasi sertifikat"))
        self.resize(640, 560)
        self.source = QPlainTextEdit(self)
        self.source.setAccessibleName(self.tr("Kode QR sertifikat"))
        self.source.setPlaceholderText(self.tr("Tempel teks kode QR (HD1S.…), atau pilih berkas "
                                               "PDF/gambar sertifikat."))
        self.source.setFixedHeight(80)
        self.file_button = QPushButton(self.tr("Pilih &berkas PDF/gambar…"), self)
        self.file_button.clicked.connect(self._choose_file)
        self.key_label = QLabel(self)
        self.key_label.setWordWrap(True)
        key_button = QPushButton(self.tr("Pilih kunci &publik LSP…"), self)
        key_button.clicked.connect(self._choose_key)
        self.holder_name = QLineEdit(self)
        self.holder_nik = QLineEdit(self)
        self.holder_nik.setMaxLength(16)
        self.check_button = QPushButton(self.tr("&Periksa"), self)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.verify)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        # Word-wrapped rich text gets squeezed by the form below without a floor height.
        self.verdict.setMinimumHeight(self.verdict.fontMetrics().height() * 5)
        self.details: dict[str, QLabel] = {}
        details = QFormLayout()
        for key, label in (("number", self.tr("Nomor sertifikat")),
                           ("registration", self.tr("Nomor registrasi")),
                           ("scheme", self.tr("Skema")), ("issued", self.tr("Tanggal terbit")),
                           ("valid_until", self.tr("Berlaku sampai")),
                           ("holder", self.tr("Pemegang")), ("key", self.tr("Sidik kunci LSP")),
                           ("revocations", self.tr("Daftar pencabutan"))):
            value = QLabel("—", self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.details[key] = value
            details.addRow(label, value)
        holder = QFormLayout()
        holder.addRow(self.tr("Nama pemegang (opsional)"), self.holder_name)
        holder.addRow(self.tr("NIK pemegang (opsional)"), self.holder_nik)
        row = QHBoxLayout()
        row.addWidget(self.file_button)
        row.addStretch(1)
        row.addWidget(self.check_button)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_label, 1)
        key_row.addWidget(key_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(row)
        layout.addLayout(key_row)
        layout.addLayout(holder)
        layout.addWidget(self.verdict)
        layout.addLayout(details)
        layout.addStretch(1)
        layout.addWidget(close)
        self.public: Ed25519PublicKey | None = None
        self.public_error = ""
        self._load_default_key()

    # --- key -----------------------------------------------------------------------------
    def _load_default_key(self) -> None:
        from humas_desktop.services.verify import default_public_key

        try:
            self.public = default_public_key(self.base)
        except DomainError as exc:
            self.public_error = self._msg(exc.code, **exc.context)
        self._show_key()

    def set_public_key_file(self, path: Path) -> bool:
        from humas_desktop.services import lsp_key

        try:
            self.public = lsp_key.load_public_key(path)
            self.public_error = ""
        except DomainError as exc:
            self.public, self.public_error = None, self._msg(exc.code, **exc.context)
        self._show_key()
        return self.public is not None

    def _show_key(self) -> None:
        from humas_desktop.services import lsp_key

        if self.public is not None:
            self.key_label.setText(self.tr("Kunci publik LSP: %1").replace(
                "%1", lsp_key.public_fingerprint(self.public)))
        else:
            self.key_label.setText(self.public_error or self._msg("no_public_key"))

    def _choose_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Kunci publik LSP"), "",
                                              self.tr("Kunci publik (*.pem)"))
        if name:
            self.set_public_key_file(Path(name))

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Berkas sertifikat"), "",
            self.tr("Sertifikat atau gambar (*.pdf *.png *.jpg *.jpeg)"))
        if name:
            self.source.setPlainText(name)
            self.verify()

    # --- verification --------------------------------------------------------------------
    @staticmethod
    def _msg(code: str, **context: Any) -> str:
        return message_text(code, **context)

    def verify(self) -> None:
        from humas_desktop.services.verify import default_revocations, verify_source

        text = self.source.toPlainText().strip()
        if not text:
            return
        name, nik = self.holder_name.text().strip(), self.holder_nik.text().strip()
        holder = (name, nik) if name and nik else None
        public, base = self.public, self.base
        from humas_desktop.gui.registry_window import registry_location

        location = registry_location(base)  # the registry's list, where it is reachable

        def job() -> Generator[Progress, None, VerifyResult]:
            yield Progress(0, 1, "verify")
            revocations = default_revocations(base, public, location)
            return verify_source(text, public, revocations, holder, date.today())

        self.check_button.setEnabled(False)
        self.verdict.setText(self.tr("Memeriksa…"))
        op: Operation[VerifyResult] = Operation(job, label=self.tr("Verifikasi sertifikat"), parent=self)
        op.success(self._show).failure(self._failed).run()

    def _failed(self, text: str) -> None:
        self.check_button.setEnabled(True)
        self.verdict.setText(f"<b style='color:#b00020'>{self.tr('TIDAK DAPAT DIPERIKSA')}</b><br>{text}")

    def _show(self, result: VerifyResult) -> None:
        self.check_button.setEnabled(True)
        self.outcome = result
        p = result.payload
        text = self._msg(result.code, number=p.number if p else "",
                         valid_until=p.valid_until.strftime("%d-%m-%Y") if p else "")
        if result.valid:
            head = f"<b style='color:#1b5e20;font-size:16pt'>{self.tr('SAH')}</b>"
        else:
            head = f"<b style='color:#b00020;font-size:16pt'>{self.tr('TIDAK SAH')}</b>"
        self.verdict.setText(f"{head}<br>{text}")
        holder = {None: self.tr("tidak diperiksa (isi nama dan NIK)"),
                  True: self.tr("cocok dengan nama dan NIK yang diisi"),
                  False: self.tr("TIDAK cocok dengan nama dan NIK yang diisi")}[result.holder_match]
        values = {
            "number": p.number if p else "—", "registration": p.registration_number if p else "—",
            "scheme": p.scheme_code if p else "—",
            "issued": p.issue_date.strftime("%d-%m-%Y") if p else "—",
            "valid_until": p.valid_until.strftime("%d-%m-%Y") if p else "—",
            "holder": holder, "key": result.key_fingerprint or "—",
            # Which list was checked (source, sequence, date), or that none was: never silent.
            "revocations": result.revocation_text(),
        }
        for key, value in values.items():
            self.details[key].setText(value)

    @classmethod
    def ask(cls, parent: QWidget, base: Path) -> VerifyResult | None:
        dialog = cls(base, parent)
        dialog.exec()
        return dialog.outcome
