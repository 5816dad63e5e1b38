"""Acara -> "Catatan laporan asesmen (FR.AK.05)…": the assessor types the four narrative boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import ReportNote
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.errors import error_text
from humas_desktop.services import report_notes, workspace
from humas_desktop.services.workspace import EventDB

translate = QCoreApplication.translate
FIELDS = ("aspects", "rejections", "improvements", "notes")


class ReportNotesDialog(QDialog):
    def __init__(self, edb: EventDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb = edb
        self.setWindowTitle(self.tr("Catatan laporan asesmen (FR.AK.05)"))
        self.assessor = QComboBox(self)
        self.assessor.setAccessibleName(self.tr("Asesor"))
        for a in workspace.assessors(edb):
            self.assessor.addItem(f"{a.name} ({a.met_number})", a.id)
        self.scheme = QComboBox(self)
        self.scheme.setAccessibleName(self.tr("Skema"))
        for s in workspace.schemes(edb):
            self.scheme.addItem(f"{s.title_id} ({s.code})", s.id)
        labels = (self.tr("Aspek negatif dan positif dalam asesmen"),
                  self.tr("Pencatatan penolakan hasil asesmen"),
                  self.tr("Saran perbaikan (asesor/personil terkait)"), self.tr("Catatan"))
        self.boxes: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Asesor"), self.assessor)
        form.addRow(self.tr("Skema"), self.scheme)
        for key, label in zip(FIELDS, labels, strict=True):
            box = QPlainTextEdit(self)
            box.setAccessibleName(label)
            box.setMaximumHeight(80)
            form.addRow(label, box)
            self.boxes[key] = box
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.assessor.currentIndexChanged.connect(self.load)
        self.scheme.currentIndexChanged.connect(self.load)
        self.resize(640, 520)
        self.load()

    def _key(self) -> tuple[str, str]:
        return str(self.assessor.currentData() or ""), str(self.scheme.currentData() or "")

    def load(self) -> None:
        assessor_id, scheme_id = self._key()
        note = report_notes.load(self.edb, assessor_id, scheme_id)
        for key, box in self.boxes.items():
            box.setPlainText(getattr(note, key))
        self.error.clear()

    def save(self) -> bool:
        assessor_id, scheme_id = self._key()
        text = {k: self.boxes[k].toPlainText() for k in FIELDS}
        note = ReportNote(assessor_id, scheme_id, aspects=text["aspects"],
                          rejections=text["rejections"], improvements=text["improvements"],
                          notes=text["notes"])
        try:
            report_notes.save(self.edb, note)
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        self.error.setText(self.tr("Tersimpan."))
        return True


class ReportNotesFeature:
    """Acara menu: "Catatan laporan asesmen (FR.AK.05)…"."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.action = QAction(translate("MainWindow", "Catatan laporan asesmen (FR.AK.&05)…"),
                              ctx.window)
        self.action.triggered.connect(self.run)
        ctx.menus.event.addAction(self.action)

    def run(self) -> None:
        edb = self.ctx.require_event()
        if edb is not None:
            ReportNotesDialog(edb, self.ctx.window).exec()
