"""Assessor laptop, first contact with a coordinator: confirm the signer's key by its pairing code.

"Buka paket tugas" shows the fingerprint of the laptop that signed the hand-out and asks for the
short code shown on the coordinator's "Bagikan paket asesor" screen (or the printed hand-out slip).
Only when the code matches is the key pinned for the event (services.merge.open_handout).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.services.merge import HandoutPreview

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate


class PairingDialog(QDialog):
    """The signer fingerprint and a field for the coordinator's pairing code."""

    def __init__(self, preview: HandoutPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pasangkan dengan laptop koordinator"))
        self.resize(520, 0)
        intro = QLabel(self.tr(
            "Paket tugas ini (%1 asesi) ditandatangani oleh laptop dengan sidik kunci:"
        ).replace("%1", str(preview.participants)), self)
        intro.setWordWrap(True)
        self.fingerprint = QLabel(f"<b>{preview.signer_fingerprint}</b>", self)
        self.fingerprint.setAccessibleName(self.tr("Sidik kunci penanda tangan"))
        ask = QLabel(self.tr(
            "Laptop ini belum mengenal kunci tersebut. Cocokkan sidik kunci dengan layar koordinator "
            "atau slip pembagian paket, lalu ketik kode pasangan yang tertera di sana."
        ), self)
        ask.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("1234-5678")
        self.code.setAccessibleName(self.tr("Kode pasangan"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Percayai dan buka"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.code.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        for widget in (intro, self.fingerprint, ask, self.code, self.buttons):
            layout.addWidget(widget)
        self._update()

    def typed_code(self) -> str:
        return "".join(ch for ch in self.code.text() if ch.isdigit())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(len(self.typed_code()) == 8)

    @classmethod
    def ask(cls, preview: HandoutPreview, parent: QWidget | None = None) -> str | None:
        """The code typed, or None when the assessor cancelled."""
        dialog = cls(preview, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.typed_code()


def show_own_fingerprint(parent: QWidget, fingerprint: str) -> QMessageBox:
    """Bantuan → Sidik kunci laptop ini: what the coordinator registers for this laptop."""
    box = QMessageBox(parent)
    box.setObjectName("own_fingerprint")
    box.setWindowTitle(translate("PairingDialog", "Sidik kunci laptop ini"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(translate("PairingDialog", "Sidik kunci laptop ini:") + f"<br><b>{fingerprint}</b>")
    box.setInformativeText(translate(
        "PairingDialog",
        "Sampaikan sidik kunci ini ke koordinator. Koordinator mendaftarkannya di "
        "Acara → Bagikan paket asesor, sehingga paket tugas hanya bisa dibuka di laptop ini."))
    box.open()
    return box
