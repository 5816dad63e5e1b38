"""Acara -> "Tinjauan proses asesmen (FR.AK.06)…" and "Validasi asesmen (FR.VA)…" (issue 26).

FR.AK.06 shows the day's facts it is prefilled with (methods, FR.AK.03 "Tidak" per statement per
assessor, recommendations and decisions per assessor) above the reviewer's own findings: the
stages against the principles, the competency dimensions, the recommendations, comments. FR.VA
takes the two validators, the period, the choices of the LSP's wording, the people consulted, the
aspects against the evidence rules and the principles, the findings and the improvement plan. The
texts are the LSP's wording (data, not translated); a saved form opens with what it holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.errors import error_text
from humas_desktop.services import review
from humas_desktop.services.workspace import EventDB

translate = QCoreApplication.translate


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _date_edit(parent: QWidget, d: date) -> QDateEdit:
    edit = QDateEdit(_qdate(d), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def _text_box(parent: QWidget, name: str, text: str = "", height: int = 56) -> QPlainTextEdit:
    box = QPlainTextEdit(text, parent)
    box.setAccessibleName(name)
    box.setMaximumHeight(height)
    return box


def _scroll(parent: QDialog, inner: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    return scroll


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


def _say(label: QLabel, text: str, ok: bool) -> None:
    """A saved state in green, a refusal in red."""
    label.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
    label.setText(text)


def _tick_grid(parent: QWidget, rows: tuple[str, ...], columns: tuple[str, ...],
               values: tuple[tuple[bool, ...], ...] | None) -> tuple[QGridLayout, list[list[QCheckBox]]]:
    grid = QGridLayout()
    for c, title in enumerate(columns, 1):
        grid.addWidget(QLabel(f"<b>{title}</b>", parent), 0, c)
    boxes: list[list[QCheckBox]] = []
    for r, row in enumerate(rows, 1):
        grid.addWidget(QLabel(row, parent), r, 0)
        line = []
        for c, column in enumerate(columns, 1):
            box = QCheckBox(parent)
            box.setAccessibleName(f"{row}: {column}")
            if values is not None and r - 1 < len(values) and c - 1 < len(values[r - 1]):
                box.setChecked(values[r - 1][c - 1])
            grid.addWidget(box, r, c)
            line.append(box)
        boxes.append(line)
    grid.setColumnStretch(0, 1)
    return grid, boxes


class ReviewDialog(QDialog):
    """FR.AK.06 of one scheme: the facts, then the reviewer's findings."""

    def __init__(self, edb: EventDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb = edb
        self.setWindowTitle(self.tr("Meninjau proses asesmen (FR.AK.06)"))
        self.scheme = QComboBox(self)
        self.scheme.setAccessibleName(self.tr("Skema"))
        for scheme_id, title in review.schemes(edb):
            self.scheme.addItem(title, scheme_id)
        self.error = _error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Skema"), self.scheme)
        layout.addLayout(top)
        self.holder = QWidget(self)
        self.holder.setLayout(self.body)
        layout.addWidget(_scroll(self, self.holder), 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.scheme.currentIndexChanged.connect(self.load)
        self.load()
        self.resize(1000, 700)

    def _facts_text(self, facts: review.DayFacts) -> str:
        methods = "; ".join(f"{m} ({n})" for m, n in facts.methods) or "-"
        lines = [self.tr("Metode asesmen yang digunakan: %1").replace("%1", methods)]
        for a in facts.assessors:
            tidak = ", ".join(f"{i}: {n}" for i, n in enumerate(a.tidak, 1) if n) or "0"
            lines.append(self.tr("%1 — dinilai %2; rekomendasi K %3 / BK %4; keputusan pleno "
                                 "K %5 / BK %6; FR.AK.03 %7, \"Tidak\" per pernyataan: %8")
                         .replace("%1", a.assessor).replace("%2", str(a.assessed))
                         .replace("%3", str(a.recommended_k)).replace("%4", str(a.recommended_bk))
                         .replace("%5", str(a.decided_k)).replace("%6", str(a.decided_bk))
                         .replace("%7", str(a.feedback_filled)).replace("%8", tidak))
        return "\n".join(lines)

    def load(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        scheme_id = str(self.scheme.currentData() or "")
        if not scheme_id:
            self.error.setText(self.tr("Acara ini belum memiliki skema."))
            return
        words = review.ak06_wording(self.edb, scheme_id)
        saved = review.get_review(self.edb, scheme_id)
        facts_box = QGroupBox(self.tr("Fakta pelaksanaan asesmen (dari data acara)"), self.holder)
        facts = QLabel(self._facts_text(review.day_facts(self.edb, scheme_id)), facts_box)
        facts.setWordWrap(True)
        QVBoxLayout(facts_box).addWidget(facts)
        self.body.addWidget(facts_box)
        grid_box = QGroupBox(words.procedure_heading, self.holder)
        grid, self.principles = _tick_grid(grid_box, words.stages, words.principles,
                                           saved.principles if saved else None)
        grid_box.setLayout(grid)
        self.body.addWidget(grid_box)
        self.principles_rec = _text_box(self.holder, self.tr("Rekomendasi untuk peningkatan"),
                                        saved.principles_recommendation if saved else "")
        dims_box = QGroupBox(words.consistency, self.holder)
        dims, rows = _tick_grid(dims_box, ("",), words.dimensions,
                                (saved.dimensions,) if saved else None)
        self.dimensions = rows[0]
        dims_box.setLayout(dims)
        self.dimensions_rec = _text_box(self.holder, self.tr("Rekomendasi untuk peningkatan"),
                                        saved.dimensions_recommendation if saved else "")
        self.reviewer = QComboBox(self.holder)
        self.reviewer.setEditable(True)
        self.reviewer.setAccessibleName(self.tr("Nama peninjau"))
        for name, met in review.assessor_names(self.edb):
            self.reviewer.addItem(name, met)
        self.reviewer.setCurrentText(saved.reviewer_name if saved else "")
        self.reviewed_on = _date_edit(self.holder, saved.reviewed_on if saved else date.today())
        self.comments = _text_box(self.holder, self.tr("Komentar"), saved.comments if saved else "")
        form = QFormLayout()
        form.addRow(self.tr("Rekomendasi untuk peningkatan (prinsip asesmen)"), self.principles_rec)
        self.body.addLayout(form)
        self.body.addWidget(dims_box)
        form2 = QFormLayout()
        form2.addRow(self.tr("Rekomendasi untuk peningkatan (dimensi kompetensi)"),
                     self.dimensions_rec)
        form2.addRow(self.tr("Peninjau (lead asesor atau asesor)"), self.reviewer)
        form2.addRow(self.tr("Tanggal"), self.reviewed_on)
        form2.addRow(self.tr("Komentar"), self.comments)
        self.body.addLayout(form2)
        _say(self.error, self.tr("Tersimpan %1 oleh %2; simpan lagi untuk memperbarui.")
             .replace("%1", saved.reviewed_on.strftime("%d/%m/%Y"))
             .replace("%2", saved.reviewer_name) if saved else "", True)

    def save(self) -> bool:
        scheme_id = str(self.scheme.currentData() or "")
        if not scheme_id:
            return False
        name = self.reviewer.currentText()
        at = self.reviewer.findText(name)
        met = str(self.reviewer.itemData(at) or "") if at >= 0 else ""
        try:
            review.record_review(
                self.edb, scheme_id,
                principles=[[b.isChecked() for b in row] for row in self.principles],
                dimensions=[b.isChecked() for b in self.dimensions], reviewer_name=name,
                reviewer_met=met, reviewed_on=_pydate(self.reviewed_on.date()),
                principles_recommendation=self.principles_rec.toPlainText(),
                dimensions_recommendation=self.dimensions_rec.toPlainText(),
                comments=self.comments.toPlainText())
        except DomainError as exc:
            _say(self.error, error_text(exc), False)
            return False
        _say(self.error, self.tr("Tersimpan."), True)
        return True


class ValidationDialog(QDialog):
    """FR.VA of one scheme and period."""

    ROWS = 3  # empty rows offered for findings and the plan

    def __init__(self, edb: EventDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb = edb
        self.setWindowTitle(self.tr("Validasi asesmen (FR.VA)"))
        self.scheme = QComboBox(self)
        self.scheme.setAccessibleName(self.tr("Skema"))
        for scheme_id, title in review.schemes(edb):
            self.scheme.addItem(title, scheme_id)
        # The chosen scheme's wording (its own, else the event's, else the shipped one): the
        # form below is rebuilt when another scheme's wording differs.
        words = review.va_wording(edb, str(self.scheme.currentData() or "") or None)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Periode"))
        for key, label in zip(review.PERIODS, words.periods, strict=False):
            self.period.addItem(label, key)
        self.period.setCurrentIndex(len(review.PERIODS) - 1)  # usually after the assessment
        self.body_scroll = _scroll(self, self._body(words))
        self.error = _error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Skema"), self.scheme)
        top.addRow(self.tr("Periode"), self.period)
        layout.addLayout(top)
        layout.addWidget(self.body_scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.scheme.currentIndexChanged.connect(self._scheme_changed)
        self.period.currentIndexChanged.connect(self.load)
        self.load()
        self.resize(1000, 700)

    def _body(self, words: review.VaWording) -> QWidget:
        """The form's body for ``words``; its widgets become the dialog's fields."""
        self.words = words
        inner = QWidget(self)
        body = QVBoxLayout(inner)
        head = QFormLayout()
        self.validators = [QLineEdit(inner), QLineEdit(inner)]
        for i, edit in enumerate(self.validators, 1):
            edit.setAccessibleName(self.tr("Validator %1").replace("%1", str(i)))
            head.addRow(self.tr("Tim Validasi %1").replace("%1", str(i)), edit)
        self.validated_on = _date_edit(inner, date.today())
        head.addRow(self.tr("Hari/Tanggal"), self.validated_on)
        self.place = QLineEdit(inner)
        self.place.setAccessibleName(self.tr("Tempat"))
        head.addRow(self.tr("Tempat"), self.place)
        body.addLayout(head)
        self.choices: dict[str, tuple[list[QCheckBox], QLineEdit | None]] = {}
        for key, title, offered, other in (
                ("purposes", self.tr("Tujuan dan fokus validasi"), words.purposes, True),
                ("contexts", self.tr("Konteks validasi"), words.contexts, True),
                ("approaches", self.tr("Pendekatan validasi"), words.approaches, True),
                ("benchmarks", self.tr("Acuan pembanding"), words.benchmarks, True),
                ("communication", self.tr("Keterampilan komunikasi"), words.communication, True)):
            box = QGroupBox(title, inner)
            grid = QGridLayout(box)
            checks = []
            for i, text in enumerate(offered):
                check = QCheckBox(text, box)
                grid.addWidget(check, i // 2, i % 2)
                checks.append(check)
            own = QLineEdit(box) if other else None
            if own is not None:
                own.setPlaceholderText(self.tr("Lainnya (tulis bila ada)"))
                own.setAccessibleName(self.tr("%1: lainnya").replace("%1", title))
                grid.addWidget(own, (len(offered) + 1) // 2, 0, 1, 2)
            self.choices[key] = (checks, own)
            body.addWidget(box)
        people_box = QGroupBox(self.tr("Orang yang relevan"), inner)
        self.people = QTableWidget(len(words.people), 3, people_box)
        self.people.setAccessibleName(self.tr("Orang yang relevan"))
        self.people.setHorizontalHeaderLabels([self.tr("Orang yang relevan"), self.tr("Nama"),
                                               self.tr("Hasil konfirmasi/diskusi")])
        for r, role in enumerate(words.people):
            item = QTableWidgetItem(role + (" *" if role == words.required_person else ""))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.people.setItem(r, 0, item)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.setMinimumHeight(60 + 30 * len(words.people))
        QVBoxLayout(people_box).addWidget(self.people)
        body.addWidget(people_box)
        aspects_box = QGroupBox(words.aspect_heading, inner)
        grid, self.aspects = _tick_grid(aspects_box, words.aspects,
                                        (*words.evidence_rules, *words.principles), None)
        aspects_box.setLayout(grid)
        body.addWidget(aspects_box)
        self.findings = self._table(inner, body, self.tr("Temuan-temuan validasi"),
                                    [self.tr("Temuan-temuan validasi"), self.tr("Rekomendasi")])
        self.plan = self._table(inner, body, self.tr("Rencana implementasi perubahan/perbaikan"),
                                [self.tr("Kegiatan perbaikan"), self.tr("Waktu penyelesaian"),
                                 self.tr("Penanggungjawab")])
        return inner

    def _scheme_changed(self) -> None:
        words = review.va_wording(self.edb, str(self.scheme.currentData() or "") or None)
        if words != self.words:
            self.body_scroll.setWidget(self._body(words))  # the old body is deleted with it
            for i, label in enumerate(words.periods[:self.period.count()]):
                self.period.setItemText(i, label)
        self.load()

    def _table(self, parent: QWidget, body: QVBoxLayout, title: str,
               headers: list[str]) -> QTableWidget:
        box = QGroupBox(title, parent)
        table = QTableWidget(self.ROWS, len(headers), box)
        table.setAccessibleName(title)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(60 + 30 * self.ROWS)
        QVBoxLayout(box).addWidget(table)
        body.addWidget(box)
        return table

    @staticmethod
    def _cell(table: QTableWidget, r: int, c: int) -> str:
        item = table.item(r, c)
        return item.text() if item is not None else ""

    def _fill(self, table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(max(self.ROWS, len(rows) + 1))
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                text = rows[r][c] if r < len(rows) else ""
                table.setItem(r, c, QTableWidgetItem(text))

    def load(self) -> None:
        scheme_id = str(self.scheme.currentData() or "")
        saved = (review.get_validation(self.edb, scheme_id, str(self.period.currentData()))
                 if scheme_id else None)
        d = saved.data if saved else None
        for i, edit in enumerate(self.validators):
            edit.setText(d.validators[i] if d and i < len(d.validators) else "")
        self.validated_on.setDate(_qdate(d.validated_on if d else date.today()))
        self.place.setText(d.place if d else "")
        for key, (checks, own) in self.choices.items():
            chosen = getattr(d, key) if d else ()
            for check in checks:
                check.setChecked(check.text() in chosen)
            if own is not None:
                extra = [c for c in chosen if c.startswith(review.OTHER)]
                own.setText(extra[0][len(review.OTHER):] if extra else "")
        by_role = {p.role: p for p in d.people} if d else {}
        for r, role in enumerate(self.words.people):
            person = by_role.get(role)
            self.people.setItem(r, 1, QTableWidgetItem(person.name if person else ""))
            self.people.setItem(r, 2, QTableWidgetItem(person.result if person else ""))
        for r, row in enumerate(self.aspects):
            score = d.aspects[r] if d and r < len(d.aspects) else None
            values = (*score.rules, *score.principles) if score else ()
            for c, box in enumerate(row):
                box.setChecked(bool(values[c]) if c < len(values) else False)
        self._fill(self.findings, [(f.finding, f.recommendation) for f in d.findings] if d else [])
        self._fill(self.plan, [(i.activity, i.due, i.responsible) for i in d.plan] if d else [])
        _say(self.error, self.tr("Tersimpan; simpan lagi untuk memperbarui.") if saved else "", True)

    def data(self) -> review.ValidationInput:
        def chosen(key: str) -> tuple[str, ...]:
            checks, own = self.choices[key]
            out = [c.text() for c in checks if c.isChecked()]
            if own is not None and own.text().strip():
                out.append(review.OTHER + own.text().strip())
            return tuple(out)

        rules = len(self.words.evidence_rules)
        return review.ValidationInput(
            validators=tuple(e.text() for e in self.validators),
            validated_on=_pydate(self.validated_on.date()), place=self.place.text(),
            period=str(self.period.currentData()), purposes=chosen("purposes"),
            contexts=chosen("contexts"), approaches=chosen("approaches"),
            people=tuple(review.Person(role, self._cell(self.people, r, 1),
                                       self._cell(self.people, r, 2))
                         for r, role in enumerate(self.words.people)),
            benchmarks=chosen("benchmarks"), communication=chosen("communication"),
            aspects=tuple(review.AspectScore(tuple(b.isChecked() for b in row[:rules]),
                                             tuple(b.isChecked() for b in row[rules:]))
                          for row in self.aspects),
            findings=tuple(review.Finding(self._cell(self.findings, r, 0),
                                          self._cell(self.findings, r, 1))
                           for r in range(self.findings.rowCount())),
            plan=tuple(review.PlanItem(self._cell(self.plan, r, 0), self._cell(self.plan, r, 1),
                                       self._cell(self.plan, r, 2))
                       for r in range(self.plan.rowCount())))

    def save(self) -> bool:
        scheme_id = str(self.scheme.currentData() or "")
        if not scheme_id:
            return False
        try:
            review.record_validation(self.edb, scheme_id, self.data())
        except DomainError as exc:
            _say(self.error, error_text(exc), False)
            return False
        _say(self.error, self.tr("Tersimpan."), True)
        return True


class ReviewFeature:
    """Acara menu: FR.AK.06 and FR.VA after the event."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.review_action = QAction(translate("MainWindow", "Tinjauan proses asesmen (FR.AK.0&6)…"),
                                     ctx.window)
        self.review_action.triggered.connect(self.run_review)
        self.validation_action = QAction(translate("MainWindow", "&Validasi asesmen (FR.VA)…"),
                                         ctx.window)
        self.validation_action.triggered.connect(self.run_validation)
        ctx.menus.event.addAction(self.review_action)
        ctx.menus.event.addAction(self.validation_action)

    def run_review(self) -> None:
        edb = self.ctx.require_event()
        if edb is not None:
            ReviewDialog(edb, self.ctx.window).exec()

    def run_validation(self) -> None:
        edb = self.ctx.require_event()
        if edb is not None:
            ValidationDialog(edb, self.ctx.window).exec()
