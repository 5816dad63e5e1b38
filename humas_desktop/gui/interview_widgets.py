"""Small building blocks of the assessor workspace: autosaving text and K/BK choices."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Verdict
from humas_desktop.gui.errors import error_text


def in_english() -> bool:
    """The English UI is on (install_translator sets the default locale for it)."""
    from PySide6.QtCore import QLocale

    return QLocale().language() == QLocale.Language.English


def scheme_text(indonesian: str, english: str) -> str:
    """A scheme's own text in the UI language where the scheme provides it (title_en)."""
    return english if english and in_english() else indonesian


class ChangeRunner(QObject):
    """Runs one service call (= one committed transaction) and tells the window how it went."""

    saved = Signal()  # committed: show "tersimpan", refresh what depends on it
    # Committed by a change whose caller updates exactly what it changed (a K/BK click: its
    # card, its unit's count, the row): show "tersimpan" only, re-read nothing.
    saved_in_place = Signal()
    failed = Signal(str)  # translated, people-facing reason; nothing was changed

    def run(self, fn: Callable[..., Any], *args: Any, in_place: bool = False) -> Any:
        try:
            result = fn(*args)
        except DomainError as exc:
            self.failed.emit(error_text(exc))
            return None
        # Emitted only after fn returned, i.e. after its transaction committed.
        (self.saved_in_place if in_place else self.saved).emit()
        return result if result is not None else True


class AutoSaveText(QPlainTextEdit):
    """A text box that reports its text when the user pauses or leaves it (no Save button)."""

    committed = Signal(str)
    DELAY_MS = 900

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on: the keyboard flow must not get stuck here
        self._saved = ""
        self._dirty = False  # typed since the last save: commit() has something to look at
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._typed)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 2)

    def set_saved_text(self, text: str) -> None:
        """Show stored text without treating it as a change."""
        if text == self._saved and text == self.toPlainText():
            self._timer.stop()
            return  # unchanged: setPlainText would reset the document and its undo stack
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._saved = text
        self._dirty = False
        self._timer.stop()

    def _typed(self) -> None:
        self._dirty = True
        self._timer.start()

    def commit(self) -> None:
        self._timer.stop()
        if not self._dirty:
            return  # nothing typed: no need to read the text (72 boxes are committed per click)
        self._dirty = False
        text = self.toPlainText()
        if text != self._saved:
            self._saved = text
            self.committed.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)


class VerdictChoice(QWidget):
    """Two exclusive radio buttons K / BK; ``chosen`` fires only on user changes."""

    chosen = Signal(object)  # Verdict

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.k = QRadioButton(self.tr("K"), self)
        self.bk = QRadioButton(self.tr("BK"), self)
        self.k.setToolTip(self.tr("Kompeten"))
        self.bk.setToolTip(self.tr("Belum kompeten"))
        self.k.setAccessibleName(accessible + " — " + self.tr("Kompeten"))
        self.bk.setAccessibleName(accessible + " — " + self.tr("Belum kompeten"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.k)
        self.group.addButton(self.bk)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.k)
        layout.addWidget(self.bk)
        layout.addStretch(1)
        self.k.clicked.connect(lambda: self.chosen.emit(Verdict.K))
        self.bk.clicked.connect(lambda: self.chosen.emit(Verdict.BK))

    def value(self) -> Verdict | None:
        if self.k.isChecked():
            return Verdict.K
        if self.bk.isChecked():
            return Verdict.BK
        return None

    def set_value(self, verdict: Verdict | None) -> None:
        self.group.setExclusive(False)  # exclusive groups cannot show "nothing chosen"
        self.k.setChecked(verdict is Verdict.K)
        self.bk.setChecked(verdict is Verdict.BK)
        self.group.setExclusive(True)
