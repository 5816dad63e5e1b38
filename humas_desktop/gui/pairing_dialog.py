"""Assessor laptop, first contact with a coordinator: confirm the signer's key by its pairing code.

"Buka paket tugas" shows the fingerprint of the laptop that signed the hand-out and asks for the
16-character pairing code printed on the hand-out slip (or shown on the coordinator's "Bagikan
paket asesor" screen). The code depends on the signer's key only, and it is compared whole: a
wrong code keeps the dialog open with a message. Only when it matches is the key pinned for the
event (services.assessor_laptop.open_handout checks it again).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.services.assessor_laptop import HandoutPreview
from humas_desktop.services.handout import PAIRING_CODE_CHARS, normal_code, pairing_code_matches

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate


class PairingDialog(QDialog):
    """The signer fingerprint and a field for the coordinator's pairing code."""

    def __init__(self, preview: HandoutPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Pasangkan dengan laptop koordinator"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Paket tugas ini (%1 asesi) ditandatangani oleh laptop dengan sidik kunci:"
        ).replace("%1", str(preview.participants)), self)
        intro.setWordWrap(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.fingerprint = QLabel(f"<b>{preview.signer_fingerprint}</b>", self)
        self.fingerprint.setFont(fixed)
        self.fingerprint.setAccessibleName(self.tr("Sidik kunci penanda tangan"))
        ask = QLabel(self.tr(
            "Laptop ini belum mengenal kunci tersebut. Cocokkan sidik kunci dengan slip serah-terima "
            "atau layar koordinator, lalu ketik ke-16 karakter kode pasangan yang tertera di sana "
            "(huruf kecil, spasi dan tanda hubung boleh)."
        ), self)
        ask.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setFont(fixed)
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.code.setMaxLength(40)
        self.code.setAccessibleName(self.tr("Kode pasangan"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setObjectName("pairing_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Percayai dan buka"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.code.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        for widget in (intro, self.fingerprint, ask, self.code, self.error, self.buttons):
            layout.addWidget(widget)
        self._update()
        self._fit()

    def _fit(self) -> None:
        """Give the wrapped labels the height their text needs at the dialog's width (the layout
        alone leaves a wrapped label one line high: the text was clipped)."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        self.setMinimumHeight(layout.totalHeightForWidth(self.width()))
        self.resize(self.width(), self.minimumHeight())

    def typed_code(self) -> str:
        """The code as typed, in its printed form (``XXXX-XXXX-XXXX-XXXX``) when it is complete."""
        return normal_code(self.code.text())

    def _complete(self) -> bool:
        return len(self.typed_code().replace("-", "")) == PAIRING_CODE_CHARS

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._complete())
        self.error.hide()

    def _try_accept(self) -> None:
        """Accept only the whole code of the key that signed the package; otherwise say so here."""
        if self._complete() and pairing_code_matches(self.code.text(), self.preview.signer_fingerprint):
            self.accept()
            return
        self.error.setText(self.tr(
            "Kode pasangan tidak cocok dengan kunci yang menandatangani paket ini. Periksa ke-16 "
            "karakter di slip serah-terima. Bila sudah benar dan tetap ditolak, jangan buka paket "
            "ini: hubungi koordinator."))
        self.error.show()
        self._fit()
        self.code.setFocus()
        self.code.selectAll()

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
