"""Pengaturan: interface language and which assessor scores on this laptop."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.models import Assessor
from humas_desktop.gui import app_settings

LANGUAGE_KEY = app_settings.LANGUAGE_KEY  # in the data folder's settings.ini (gui.app_settings)


@dataclass(frozen=True, slots=True)
class SettingsResult:
    language: str  # "id" or "en"
    assessor_id: str | None  # None: coordinator / nobody in particular


def current_language(base: Path) -> str:
    return app_settings.language(base)


def save_language(base: Path, lang: str) -> None:
    app_settings.save_language(base, lang)


class SettingsDialog(QDialog):
    def __init__(self, assessors: list[Assessor], assessor_id: str | None, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pengaturan"))
        self.language = QComboBox(self)
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setAccessibleName(self.tr("Bahasa tampilan"))
        self.assessor = QComboBox(self)
        self.assessor.addItem(self.tr("(koordinator / tidak ada)"), None)
        for a in assessors:
            self.assessor.addItem(f"{a.name} — {a.met_number}", a.id)
        self.assessor.setCurrentIndex(max(0, self.assessor.findData(assessor_id)))
        self.assessor.setAccessibleName(self.tr("Asesor di laptop ini"))
        note = QLabel(self.tr("Perubahan bahasa berlaku setelah aplikasi dimulai ulang."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Bahasa"), self.language)
        form.addRow(self.tr("&Asesor di laptop ini"), self.assessor)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def result_value(self) -> SettingsResult:
        return SettingsResult(str(self.language.currentData()), self.assessor.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None, assessors: list[Assessor], assessor_id: str | None,
            language: str) -> SettingsResult | None:
        dialog = cls(assessors, assessor_id, language, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()
