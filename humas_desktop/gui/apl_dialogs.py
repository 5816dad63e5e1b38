"""The forms before the interview, from the participant's workspace (issue 26):

* :class:`Apl01Dialog` — FR.APL.01 as received: tujuan asesmen, the contacts the roster does not
  hold, the documents checked, the LSP's Diterima (the coordinator's; read-only on an assessor's
  copy);
* :class:`Apl02Dialog` — the asesi's self-assessment per unit (K/BK, evidence) and the assessor's
  review "asesmen dapat / tidak dapat dilanjutkan";
* :class:`Ak01Dialog` — FR.AK.01 as the form: the evidence methods, TUK, date and time, the
  statements, signed by the asesi and the assessor with the assessor's declaration.

Every dialog saves through a service call (one audited transaction); a refusal is shown in the
dialog in one sentence and nothing is written.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Participant, Scheme
from humas_desktop.gui.errors import error_text
from humas_desktop.gui.interview_widgets import scheme_text
from humas_desktop.services import apl
from humas_desktop.services.scoring import ScoringService
from humas_desktop.services.workspace import EventDB


def _qdate(d: date | None) -> QDate:
    d = d or date.today()
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


def _buttons(dialog: QDialog, read_only: bool = False) -> QDialogButtonBox:
    which = QDialogButtonBox.StandardButton.Close if read_only else (
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    box = QDialogButtonBox(which, dialog)
    box.rejected.connect(dialog.reject)
    return box


class Apl01Dialog(QDialog):
    """FR.APL.01 of one participant, as received."""

    def __init__(self, edb: EventDB, person: Participant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb, self.person = edb, person
        held = apl.get_apl01(edb, person.id) or apl.Apl01(person.id)
        self.editable = apl.apl01_editable(edb)
        self.setWindowTitle(self.tr("FR.APL.01 Permohonan sertifikasi — %1").replace(
            "%1", f"{person.number}. {person.name}"))
        self.purpose = QComboBox(self)
        for key, label in apl.PURPOSE_LABELS.items():
            self.purpose.addItem(label, key)  # the official set: data, not translated
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(held.purpose)))
        self.purpose_other = QLineEdit(held.purpose_other, self)
        self.home_phone = QLineEdit(held.home_phone, self)
        self.office_phone = QLineEdit(held.office_phone, self)
        self.office_postal = QLineEdit(held.office_postal_code, self)
        self.office_fax = QLineEdit(held.office_fax, self)
        self.office_email = QLineEdit(held.office_email, self)
        self.applied_on = QDateEdit(_qdate(held.applied_on), self)
        self.applied_on.setCalendarPopup(True)
        self.applied_on.setDisplayFormat("dd-MM-yyyy")
        form = QFormLayout()
        form.addRow(self.tr("Tujuan asesmen"), self.purpose)
        form.addRow(self.tr("Tujuan lainnya"), self.purpose_other)
        form.addRow(self.tr("Telp. rumah"), self.home_phone)
        form.addRow(self.tr("Telp. kantor"), self.office_phone)
        form.addRow(self.tr("Kode pos kantor"), self.office_postal)
        form.addRow(self.tr("Fax kantor"), self.office_fax)
        form.addRow(self.tr("E-mail kantor"), self.office_email)
        form.addRow(self.tr("Tanggal permohonan"), self.applied_on)
        docs = list(held.documents) or [apl.Document(c, n, "memenuhi")
                                        for c, n in apl.DEFAULT_DOCUMENTS]
        box = QGroupBox(self.tr("Bukti kelengkapan pemohon"), self)
        grid = QGridLayout(box)
        for col, title in enumerate((self.tr("Dokumen"), self.tr("Status"), self.tr("Catatan"))):
            grid.addWidget(QLabel(f"<b>{title}</b>", box), 0, col)
        self.docs: list[tuple[apl.Document, QComboBox, QLineEdit]] = []
        for row, doc in enumerate(docs, 1):
            name = QLabel(f"{doc.name} ({apl.DOC_CATEGORIES.get(doc.category, doc.category)})", box)
            status = QComboBox(box)
            for key, label in apl.DOC_STATUSES.items():
                status.addItem(label, key)
            status.setCurrentIndex(max(0, status.findData(doc.status)))
            status.setAccessibleName(self.tr("Status %1").replace("%1", doc.name))
            note = QLineEdit(doc.note, box)
            note.setAccessibleName(self.tr("Catatan %1").replace("%1", doc.name))
            grid.addWidget(name, row, 0)
            grid.addWidget(status, row, 1)
            grid.addWidget(note, row, 2)
            self.docs.append((doc, status, note))
        grid.setColumnStretch(2, 1)
        self.recommendation = QComboBox(self)
        self.recommendation.addItem(self.tr("— belum diperiksa —"), "")
        for key, label in apl.APL01_RECOMMENDATIONS.items():
            self.recommendation.addItem(label, key)
        self.recommendation.setCurrentIndex(max(0, self.recommendation.findData(held.recommendation or "")))
        self.notes = QPlainTextEdit(held.notes, self)
        self.notes.setMaximumHeight(54)
        self.admin = QLineEdit(held.admin_name, self)
        lsp = QFormLayout()
        lsp.addRow(self.tr("Rekomendasi LSP"), self.recommendation)
        lsp.addRow(self.tr("Catatan"), self.notes)
        lsp.addRow(self.tr("Nama Admin LSP"), self.admin)
        self.error = _error_label(self)
        self.buttons = _buttons(self, not self.editable)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        known = QLabel(self.tr("Data pribadi dan pekerjaan dari daftar peserta: %1, %2, %3.")
                       .replace("%1", person.name).replace("%2", person.institution or "-")
                       .replace("%3", person.job_title or "-"), self)
        known.setWordWrap(True)
        layout.addWidget(known)
        layout.addLayout(form)
        layout.addWidget(box)
        layout.addLayout(lsp)
        if not self.editable:
            self.error.setText(self.tr("FR.APL.01 dicatat koordinator; di salinan asesor hanya "
                                       "dapat dibaca."))
            for w in (self.purpose, self.purpose_other, self.home_phone, self.office_phone,
                      self.office_postal, self.office_fax, self.office_email, self.applied_on,
                      self.recommendation, self.notes, self.admin, box):
                w.setEnabled(False)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 640)

    def record(self) -> apl.Apl01:
        docs = tuple(apl.Document(d.category, d.name, str(s.currentData()), n.text())
                     for d, s, n in self.docs)
        return apl.Apl01(
            self.person.id, str(self.purpose.currentData()), self.purpose_other.text(),
            self.home_phone.text(), self.office_phone.text(), self.office_postal.text(),
            self.office_fax.text(), self.office_email.text(), docs,
            str(self.recommendation.currentData()) or None, self.notes.toPlainText(),
            _pydate(self.applied_on.date()), self.admin.text())

    def save(self) -> bool:
        try:
            apl.save_apl01(self.edb, self.record())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        self.accept()
        return True


class Apl02Dialog(QDialog):
    """FR.APL.02: the asesi's self-assessment per unit and the assessor's review."""

    def __init__(self, service: ScoringService, assessment_id: str, scheme: Scheme,
                 person: Participant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.assessment_id, self.scheme = service, assessment_id, scheme
        held = {} if service.is_pending(assessment_id) else apl.get_apl02(service.edb, assessment_id)
        self.setWindowTitle(self.tr("FR.APL.02 Asesmen mandiri — %1").replace(
            "%1", f"{person.number}. {person.name}"))
        guide = QLabel(self.tr("Isi dari formulir asesmen mandiri asesi: K/BK dan bukti yang "
                               "relevan per unit. Tinjau lalu pilih apakah asesmen unit itu "
                               "dapat dilanjutkan. Unit yang tidak dapat dilanjutkan tidak "
                               "dinilai."), self)
        guide.setWordWrap(True)
        grid = QGridLayout()
        for col, title in enumerate((self.tr("Unit kompetensi"), self.tr("Asesi: K/BK"),
                                     self.tr("Bukti yang relevan"), self.tr("Tinjauan asesor"))):
            grid.addWidget(QLabel(f"<b>{title}</b>", self), 0, col)
        self.rows: list[tuple[str, QComboBox, QLineEdit, QComboBox]] = []
        for row, unit in enumerate(scheme.units, 1):
            entry = held.get(unit.id)
            label = QLabel(f"{unit.code}\n{scheme_text(unit.title_id, unit.title_en)}", self)
            label.setWordWrap(True)
            self_k = QComboBox(self)
            self_k.addItem("—", "")
            self_k.addItem("K", "K")
            self_k.addItem("BK", "BK")
            self_k.setCurrentIndex(max(0, self_k.findData(entry.self_assessment if entry else "")))
            self_k.setAccessibleName(self.tr("Asesmen mandiri unit %1").replace("%1", unit.code))
            evidence = QLineEdit(entry.evidence if entry else "", self)
            evidence.setAccessibleName(self.tr("Bukti unit %1").replace("%1", unit.code))
            review = QComboBox(self)
            review.addItem("—", "")
            review.addItem(self.tr("Asesmen dapat dilanjutkan"), "lanjut")
            review.addItem(self.tr("Asesmen tidak dapat dilanjutkan"), "tidak_lanjut")
            review.setCurrentIndex(max(0, review.findData(entry.recommendation if entry else "")))
            review.setAccessibleName(self.tr("Tinjauan asesor unit %1").replace("%1", unit.code))
            for col, w in enumerate((label, self_k, evidence, review)):
                grid.addWidget(w, row, col)
            self.rows.append((unit.id, self_k, evidence, review))
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(len(scheme.units) + 1, 1)
        inner = QWidget(self)
        inner.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.error = _error_label(self)
        self.buttons = _buttons(self)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(guide)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(900, 560)

    def entries(self) -> list[apl.Apl02Unit] | None:
        out = []
        for unit_id, self_k, evidence, review in self.rows:
            if not self_k.currentData() and not review.currentData():
                continue  # not reviewed yet
            if not self_k.currentData() or not review.currentData():
                self.error.setText(self.tr("Isi K/BK asesi dan tinjauan asesor untuk setiap unit "
                                           "yang ditinjau (%1).").replace(
                    "%1", next(u.code for u in self.scheme.units if u.id == unit_id)))
                return None
            out.append(apl.Apl02Unit(unit_id, str(self_k.currentData()), evidence.text(),
                                     str(review.currentData())))
        return out

    def save(self) -> bool:
        entries = self.entries()
        if entries is None:
            return False
        try:
            self.service.review_apl02(self.assessment_id, entries)
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        self.accept()
        return True


class Ak01Dialog(QDialog):
    """FR.AK.01: what the asesi and the assessor agree, signed by both with the declaration."""

    def __init__(self, service: ScoringService, assessment_id: str, person: Participant,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.assessment_id = service, assessment_id
        edb = service.edb
        held = None if service.is_pending(assessment_id) else apl.get_ak01(edb, assessment_id)
        self.recorded = held is not None
        terms = held.terms if held else apl.default_terms(edb)
        words = apl.wording(edb, assessment_id)
        self.setWindowTitle(self.tr("FR.AK.01 Persetujuan asesmen dan kerahasiaan — %1").replace(
            "%1", f"{person.number}. {person.name}"))
        opening = QLabel(held.opening if held else words.ak01_opening, self)
        opening.setWordWrap(True)
        methods = QGroupBox(self.tr("Bukti yang akan dikumpulkan"), self)
        mgrid = QGridLayout(methods)
        self.methods: dict[str, QCheckBox] = {}
        for i, (key, label) in enumerate(apl.AK01_METHODS.items()):
            box = QCheckBox(label, methods)
            box.setChecked(key in terms.methods)
            mgrid.addWidget(box, i // 2, i % 2)
            self.methods[key] = box
        # "Lainnya" names what it is: the field opens when the box is ticked.
        self.other_method = QLineEdit(terms.other_method, methods)
        self.other_method.setMaxLength(apl.MAX_TEXT)
        self.other_method.setAccessibleName(self.tr("Bukti lainnya"))
        self.other_method.setPlaceholderText(self.tr("Bukti lainnya: tuliskan apa"))
        lainnya = self.methods["lainnya"]
        self.other_method.setEnabled(lainnya.isChecked())
        lainnya.toggled.connect(self.other_method.setEnabled)
        mgrid.addWidget(self.other_method, len(apl.AK01_METHODS) // 2 + 1, 0, 1, 2)
        self.tuk_type = QComboBox(self)
        for key, label in apl.TUK_LABELS.items():
            self.tuk_type.addItem(label, key)
        self.tuk_type.setCurrentIndex(max(0, self.tuk_type.findData(terms.tuk_type)))
        self.tuk_name = QLineEdit(terms.tuk_name, self)
        self.day = QDateEdit(_qdate(terms.agreed_date), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        hh, _, mm = (terms.agreed_time or "08:00").partition(":")
        self.time = QTimeEdit(QTime(int(hh or 8), int(mm or 0)), self)
        self.time.setDisplayFormat("HH:mm")
        form = QFormLayout()
        form.addRow(self.tr("TUK"), self.tuk_type)
        form.addRow(self.tr("Nama TUK"), self.tuk_name)
        form.addRow(self.tr("Hari/Tanggal"), self.day)
        form.addRow(self.tr("Waktu"), self.time)
        statements = QLabel(
            "<b>" + self.tr("Asesor") + ":</b> " + (held.assessor_statement if held
                                                     else words.ak01_assessor_statement)
            + "<br><b>" + self.tr("Asesi") + ":</b> "
            + "<br>".join(held.asesi_statements if held else words.ak01_asesi_statements)
            + "<br><b>" + self.tr("Pernyataan ketidakberpihakan asesor") + ":</b> "
            + (apl.declaration(edb, assessment_id) if held else words.ak01_declaration), self)
        statements.setWordWrap(True)
        self.agree = QCheckBox(self.tr("Asesi dan asesor menyetujui dan menandatangani FR.AK.01; "
                                       "asesor membuat pernyataan ketidakberpihakan dan "
                                       "kerahasiaan"), self)
        self.error = _error_label(self)
        self.buttons = _buttons(self, self.recorded)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(opening)
        layout.addWidget(methods)
        layout.addLayout(form)
        layout.addWidget(statements)
        layout.addWidget(self.agree)
        if self.recorded and held is not None:
            self.error.setText(self.tr("FR.AK.01 sudah ditandatangani asesi dan asesor (%1).")
                               .replace("%1", held.asesi_signed_at[:16].replace("T", " ")))
            for w in (methods, self.tuk_type, self.tuk_name, self.day, self.time, self.agree):
                w.setEnabled(False)
            self.agree.setChecked(True)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(820, 600)

    def terms(self) -> apl.Ak01Terms:
        return apl.Ak01Terms(tuple(k for k, b in self.methods.items() if b.isChecked()),
                             str(self.tuk_type.currentData()), self.tuk_name.text(),
                             _pydate(self.day.date()), self.time.time().toString("HH:mm"),
                             self.other_method.text())

    def save(self) -> bool:
        if not self.agree.isChecked():
            self.error.setText(self.tr("Centang persetujuan: asesi dan asesor menandatangani "
                                       "FR.AK.01."))
            return False
        try:
            self.service.give_consent(self.assessment_id, terms=self.terms())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        self.accept()
        return True
