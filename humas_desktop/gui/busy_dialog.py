"""A modal "please wait" for one indivisible step that runs in a worker."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget


class BusyDialog(QDialog):
    """Modal "please wait" while one package step runs in a worker; it cannot be closed half-way."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # one indivisible step: a busy indicator, not a percentage
        self.bar.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.resize(420, 100)
        self.running = True

    def finish(self) -> None:
        self.running = False
        self.accept()

    def reject(self) -> None:
        if not self.running:  # the package is being written: stopping now could leave it unverified
            super().reject()
