"""'Tentang Humas Desktop': a Designer form (ui/about_dialog.ui) composed into a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from humas_desktop import __version__
from humas_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.versionLabel.setText(self.tr("Versi %1").replace("%1", __version__))
