"""Kunci tanda tangan LSP: create or unlock the LSP certificate-signing key, export its public key."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.errors import error_text
from humas_desktop.services import lsp_key

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


class LspKeyDialog(QDialog):
    """Unlock the key (passphrase) or, when there is none yet, create it (passphrase twice)."""

    def __init__(self, base: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.path = lsp_key.default_key_path(base)
        self.creating = not self.path.exists()
        self.key: Ed25519PrivateKey | None = None
        self.setWindowTitle(self.tr("Kunci tanda tangan LSP"))
        self.setMinimumWidth(460)
        if self.creating:
            intro = self.tr(
                "Belum ada kunci tanda tangan LSP di laptop ini. Buat kunci baru dan "
                "lindungi dengan frasa sandi (minimal %1 karakter). Simpan frasa "
                "sandi di tempat aman: tanpa frasa sandi kunci tidak dapat dipakai."
            ).replace("%1", str(lsp_key.MIN_PASSPHRASE))
        else:
            intro = self.tr("Masukkan frasa sandi kunci tanda tangan LSP.")
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setVisible(self.creating)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Frasa sandi"), self.passphrase)
        if self.creating:
            form.addRow(self.tr("Ulangi frasa sandi"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(
            self.tr("Buat kunci") if self.creating else self.tr("Buka kunci"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if self.creating and self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("Kedua frasa sandi tidak sama."))
            return
        # Key stretching takes about half a second: show it is working.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.creating:
                self.key = lsp_key.create_key(self.path, self.passphrase.text())
                lsp_key.export_public(self.key, lsp_key.default_public_path(self.base))
            else:
                self.key = lsp_key.load_key(self.path, self.passphrase.text())
        except DomainError as exc:
            self.passphrase.clear()
            self.repeat.clear()
            self.error.setText(error_text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, base: Path) -> Ed25519PrivateKey | None:
        """The unlocked key for ``lsp_key.make_signer``, or None if cancelled."""
        dialog = cls(base, parent)
        dialog.exec()
        return dialog.key


def export_public_key(window: QWidget, base: Path) -> Path | None:
    source = lsp_key.default_public_path(base)
    if not source.exists() and LspKeyDialog.ask(window, base) is None:
        return None
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("MainWindow", "Ekspor kunci publik LSP"),
        "kunci-publik-lsp.pem",
        translate("MainWindow", "Kunci publik (*.pem)"),
    )
    if not name:
        return None
    target = lsp_key.save_public_copy(base, Path(name))
    fp = lsp_key.public_fingerprint(lsp_key.load_public_key(target))
    QMessageBox.information(
        window,
        translate("MainWindow", "Kunci publik LSP"),
        translate("MainWindow", "Kunci publik disimpan. Sidik kunci: %1").replace("%1", fp),
    )
    return target
