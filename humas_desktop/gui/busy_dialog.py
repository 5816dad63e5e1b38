"""A modal "please wait" for a step that runs in a worker: one indivisible step, or several
counted ones that may be stopped between two of them (Batal)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


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
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.label)
        self._layout.addWidget(self.bar)
        self.resize(420, 100)
        self.running = True
        self._cancel: Callable[[], None] | None = None
        self._stopping_text = ""
        self.cancel_button: QPushButton | None = None

    def allow_cancel(self, cancel: Callable[[], None], stopping_text: str) -> None:
        """A Batal button (and Esc): ``cancel()`` asks the work to stop between two of its steps;
        the dialog says ``stopping_text`` and stays until the worker has stopped."""
        self._cancel, self._stopping_text = cancel, stopping_text
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        button.setText(self.tr("Batal"))
        self.cancel_button = button
        buttons.rejected.connect(self._stop)
        self._layout.addWidget(buttons)

    def set_progress(self, done: int, total: int, text: str) -> None:
        """``done`` of ``total`` counted steps finished, said by ``text``."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if self.cancel_button is None or self.cancel_button.isEnabled():
            self.label.setText(text)

    def _stop(self) -> None:
        if self.running and self._cancel is not None and self.cancel_button is not None \
                and self.cancel_button.isEnabled():
            self.cancel_button.setEnabled(False)
            self.label.setText(self._stopping_text)
            self._cancel()

    def finish(self) -> None:
        self.running = False
        self.accept()

    def reject(self) -> None:
        if not self.running:
            super().reject()
        elif self._cancel is not None:  # Esc or the title bar's ×: Batal, the dialog stays
            self._stop()
        # else: the package is being written: stopping now could leave it unverified
