"""Acara -> "Umpan balik asesi (FR.AK.03)…": the participant fills FR.AK.03 on the assessor's
laptop after the recommendation was explained (issue 26): Ya/Tidak and a comment per statement,
other comments, and their own name or mark as signature. Saved once (it cannot be refilled)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.errors import error_text
from humas_desktop.services import feedback
from humas_desktop.services.workspace import EventDB

translate = QCoreApplication.translate


class FeedbackDialog(QDialog):
    def __init__(self, edb: EventDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb = edb
        self.setWindowTitle(self.tr("Umpan balik asesi (FR.AK.03)"))
        self.participant = QComboBox(self)
        self.participant.setAccessibleName(self.tr("Asesi"))
        for assessment_id, number, name in feedback.candidates(edb):
            self.participant.addItem(f"{number}. {name}", assessment_id)
        words = feedback.wording(edb, str(self.participant.currentData() or "") or None)
        self.heading = heading = QLabel(words.ak03_heading or self.tr("Umpan balik dari Asesi"),
                                        self)
        heading.setWordWrap(True)
        self.answers: list[QComboBox] = []
        self.comments: list[QLineEdit] = []
        self.statements: tuple[str, ...] = ()
        grid = self.grid = QGridLayout()
        self._rows(words.ak03_statements)
        inner = QWidget(self)
        inner.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.other = QPlainTextEdit(self)
        self.other.setAccessibleName(self.tr("Catatan/komentar lainnya"))
        self.other.setMaximumHeight(60)
        self.signature = QLineEdit(self)
        self.signature.setAccessibleName(self.tr("Nama atau paraf asesi"))
        form = QFormLayout()
        form.addRow(self.tr("Catatan/komentar lainnya (apabila ada)"), self.other)
        form.addRow(self.tr("Nama atau paraf asesi (tanda tangan)"), self.signature)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Asesi"), self.participant)
        layout.addLayout(top)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if self.participant.count() == 0:
            self.error.setText(self.tr("Belum ada asesi yang rekomendasinya sudah ditandatangani dan "
                                       "belum mengisi FR.AK.03."))
        # A participant of a scheme with its own wording answers that scheme's statements.
        self.participant.currentIndexChanged.connect(self._wording_changed)
        self.resize(900, 640)

    def _wording_changed(self) -> None:
        words = feedback.wording(self.edb, str(self.participant.currentData() or "") or None)
        self.heading.setText(words.ak03_heading or self.tr("Umpan balik dari Asesi"))
        if words.ak03_statements != self.statements:
            self._rows(words.ak03_statements)

    def _rows(self, statements: tuple[str, ...]) -> None:
        grid = self.grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.answers, self.comments, self.statements = [], [], statements
        for column, title in enumerate((self.tr("Komponen"), self.tr("Ya / Tidak"),
                                        self.tr("Catatan/Komentar Asesi"))):
            grid.addWidget(QLabel(f"<b>{title}</b>", self), 0, column)
        for i, statement in enumerate(statements, 1):
            text = QLabel(f"{i}. {statement}", self)  # the LSP's wording: data, not translated
            text.setWordWrap(True)
            answer = QComboBox(self)  # no answer until the participant chooses one
            answer.addItem("—", "")
            answer.addItem(self.tr("Ya"), "ya")
            answer.addItem(self.tr("Tidak"), "tidak")
            answer.setAccessibleName(self.tr("Jawaban pernyataan %1").replace("%1", str(i)))
            comment = QLineEdit(self)
            comment.setMaxLength(feedback.MAX_COMMENT)
            comment.setAccessibleName(self.tr("Catatan pernyataan %1").replace("%1", str(i)))
            grid.addWidget(text, i, 0)
            grid.addWidget(answer, i, 1)
            grid.addWidget(comment, i, 2)
            self.answers.append(answer)
            self.comments.append(comment)
        grid.setRowStretch(len(statements) + 1, 1)  # spare height below the rows
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)

    def save(self) -> bool:
        assessment_id = str(self.participant.currentData() or "")
        if not assessment_id:
            return False
        try:
            feedback.record(self.edb, assessment_id, [str(a.currentData()) for a in self.answers],
                            [c.text() for c in self.comments], self.other.toPlainText(),
                            self.signature.text())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        self.participant.removeItem(self.participant.currentIndex())
        for a in self.answers:
            a.setCurrentIndex(0)
        for c in self.comments:
            c.clear()
        self.other.clear()
        self.signature.clear()
        self.error.setText(self.tr("Tersimpan."))
        return True


class FeedbackFeature:
    """Acara menu: "Umpan balik asesi (FR.AK.03)…"."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.action = QAction(translate("MainWindow", "Umpan balik asesi (FR.AK.0&3)…"), ctx.window)
        self.action.triggered.connect(self.run)
        ctx.menus.event.addAction(self.action)

    def run(self) -> None:
        edb = self.ctx.require_event()
        if edb is not None:
            FeedbackDialog(edb, self.ctx.window).exec()
