"""Interview panel: header, FR.AK.01 consent, FR.IA.08 portfolio, IA.09/IA.07 questions, notes, timer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.models import (
    Assessment,
    Participant,
    Question,
    QuestionKind,
    Scheme,
    Unit,
    Verdict,
)
from humas_desktop.gui.day_strip import DayStrip
from humas_desktop.gui.interview_widgets import AutoSaveText, ChangeRunner, VerdictChoice, scheme_text
from humas_desktop.services.scoring import EVIDENCE_FLAGS, ScoringService


def _wrap(text: str, parent: QWidget, style: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def format_elapsed(seconds: int) -> str:
    return f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class CurrentMarker(QWidget):
    """The bar that marks the current question card (opaque: repainting it paints nothing else)."""

    WIDTH = 4
    COLOR = QColor("#2a6fdb")

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.on = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_on(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Imported here: no question card is shown at start-up (QPainter and QPalette each
        # cost their Qt type and enums before the first paint, issue #25).
        from PySide6.QtGui import QPainter, QPalette

        painter = QPainter(self)
        painter.fillRect(self.rect(), self.COLOR if self.on
                         else self.palette().color(QPalette.ColorRole.Window))
        painter.end()


class QuestionCard(QGroupBox):
    """One question: text, the element's KUK, the model answer (IA.07), summary and K/BK."""

    def __init__(self, number: int, question: Question, unit: Unit, parent: QWidget) -> None:
        super().__init__(parent)
        self.question = question
        element = next((e for e in unit.elements if e.number == question.element_number), None)
        title = self.tr("Pertanyaan %1 · %2").replace("%1", str(number)).replace(
            "%2", question.kind.value)
        if element is not None:
            title += " · " + self.tr("Elemen %1").replace("%1", element.number)
        self.setTitle(title)
        layout = QVBoxLayout(self)
        self.text_label = _wrap(scheme_text(question.text, question.text_en), self,
                                "font-weight: bold;")
        layout.addWidget(self.text_label)
        if element is not None:
            kuk = "; ".join(f"{c.number} {c.text}" for c in element.criteria)
            layout.addWidget(_wrap(self.tr("Elemen: %1").replace("%1", element.title) + "\n"
                                   + self.tr("KUK: %1").replace("%1", kuk), self,
                                   "color: #555;"))
        if question.kind is QuestionKind.IA07 and question.model_answer:
            layout.addWidget(_wrap(self.tr("Kunci jawaban: %1").replace(
                "%1", question.model_answer), self, "color: #2f5d2f;"))
        self.summary = AutoSaveText(self, lines=2)
        self.summary.setPlaceholderText(self.tr("Ringkasan jawaban asesi…"))
        self.summary.setAccessibleName(self.tr("Ringkasan jawaban pertanyaan %1").replace(
            "%1", str(number)))
        layout.addWidget(self.summary)
        self.verdict = VerdictChoice(self.tr("Pertanyaan %1").replace("%1", str(number)), self)
        layout.addWidget(self.verdict)
        self.marker = CurrentMarker(self)

    # The current question has a blue bar along its left edge: a small opaque widget outside
    # the card's layout. Marking another card current repaints two bars only: no re-polish, no
    # layout pass, no repaint of the cards (a style-sheet border with its own margins re-laid
    # and repainted both whole cards: ~10 ms of each K/BK click that moved the current card).
    def is_current(self) -> bool:
        return self.marker.on

    def set_current(self, current: bool) -> None:
        self.marker.set_on(current)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margins = self.contentsMargins()
        top = max(margins.top(), 4)
        self.marker.setGeometry(2, top, CurrentMarker.WIDTH, max(0, self.height() - top - 4))


class EvidenceTable(QWidget):
    """FR.IA.08 portfolio items of one unit with Valid / Asli / Terkini / Memadai ticks."""

    def __init__(self, unit: Unit, parent: QWidget) -> None:
        super().__init__(parent)
        self.unit = unit
        self.service: ScoringService | None = None
        self.runner: ChangeRunner | None = None
        self.assessment_id = ""
        self._loading = False
        self._shown: tuple[Any, ...] | None = None
        headers = [self.tr("Bukti portofolio"), self.tr("Valid"), self.tr("Asli"),
                   self.tr("Terkini"), self.tr("Memadai")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Bukti portofolio unit %1").replace("%1", unit.code))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Tambah bukti"), self)
        self.rename_button = QPushButton(self.tr("Ubah nama"), self)
        self.remove_button = QPushButton(self.tr("Hapus"), self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_item)
        self.rename_button.clicked.connect(self._edit_current_name)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemChanged.connect(self._on_item_changed)

    def bind(self, service: ScoringService, runner: ChangeRunner, assessment: Assessment) -> None:
        self.service, self.runner, self.assessment_id = service, runner, assessment.id
        self.show_items(assessment)

    def show_items(self, assessment: Assessment) -> None:
        items = [e for e in assessment.evidence if e.unit_id == self.unit.id]
        shown = tuple((e.id, e.name, *(getattr(e, f) for f in EVIDENCE_FLAGS)) for e in items)
        if shown == self._shown:
            return  # switching participants: most units hold the same (often no) items
        self._shown = shown
        self._loading = True
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            name = QTableWidgetItem(item.name)
            name.setData(Qt.ItemDataRole.UserRole, item.id)
            self.table.setItem(row, 0, name)
            for col, flag in enumerate(EVIDENCE_FLAGS, 1):
                cell = QTableWidgetItem()
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                cell.setCheckState(Qt.CheckState.Checked if getattr(item, flag)
                                   else Qt.CheckState.Unchecked)
                self.table.setItem(row, col, cell)
        rows = max(2, len(items))
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows * self.table.verticalHeader().defaultSectionSize() + 6)
        self._loading = False

    def _reload(self) -> None:
        if self.service is not None:
            self._shown = None
            self.show_items(self.service.assessment(self.assessment_id))

    def add_item(self, name: str = "") -> None:
        if self.service is None or self.runner is None:
            return
        item_id = self.runner.run(self.service.add_evidence, self.assessment_id, self.unit.id,
                                  name or self.tr("Bukti baru"))
        self._reload()
        if item_id and not name:
            row = self.table.rowCount() - 1
            self.table.setCurrentCell(row, 0)
            self.table.setFocus()
            self._edit_current_name()

    def _edit_current_name(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(item)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self.service is None or self.runner is None:
            return
        item_id = self._item_id(row)
        self.runner.run(self.service.remove_evidence, self.assessment_id, item_id)
        self._reload()

    def _item_id(self, row: int) -> str:
        name = self.table.item(row, 0)
        return str(name.data(Qt.ItemDataRole.UserRole)) if name is not None else ""

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.service is None or self.runner is None:
            return
        item_id = self._item_id(item.row())
        if item.column() == 0:
            ok = self.runner.run(self.service.rename_evidence, self.assessment_id, item_id,
                                 item.text())
        else:
            ok = self.runner.run(self.service.set_evidence_flag, self.assessment_id, item_id,
                                 EVIDENCE_FLAGS[item.column() - 1],
                                 item.checkState() == Qt.CheckState.Checked)
        if not ok:
            self._reload()


class UnitSection(QGroupBox):
    """One unit: its portfolio check, its questions and the assessor's notes."""

    def __init__(self, unit: Unit, questions: list[tuple[int, Question]], parent: QWidget) -> None:
        # The unit's code and title wrap in a label inside the box: as the box's own title a long
        # unit title (an 18-unit scheme's "… (lanjutan 2)") set the panel's minimum width and
        # scrolled the interview sideways at 1366x768.
        super().__init__(parent)
        self.unit = unit
        self.stopped = False
        self.heading = _wrap(f"{unit.code} — {scheme_text(unit.title_id, unit.title_en)}", self,
                             "font-weight: bold;")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # a title is never markup
        self.setAccessibleName(self.heading.text())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        self.stopped_label = _wrap(self.tr("FR.APL.02: asesmen tidak dapat dilanjutkan untuk unit "
                                           "ini; unit tidak dinilai (rekomendasi BK)."), self,
                                   "color: #b00020; font-weight: bold;")
        self.stopped_label.setVisible(False)
        layout.addWidget(self.stopped_label)
        layout.addWidget(QLabel(self.tr("FR.IA.08 Ceklis verifikasi portofolio"), self))
        self.evidence = EvidenceTable(unit, self)
        layout.addWidget(self.evidence)
        self.cards = [QuestionCard(n, q, unit, self) for n, q in questions]
        for card in self.cards:
            layout.addWidget(card)
        notes_label = QLabel(self.tr("Catatan unit"), self)
        self.notes = AutoSaveText(self, lines=2)
        self.notes.setAccessibleName(self.tr("Catatan unit %1").replace("%1", unit.code))
        notes_label.setBuddy(self.notes)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)

    def title(self) -> str:  # type: ignore[override]
        """The unit's code and title as shown (in its heading, not the frame)."""
        return self.heading.text()

    def set_stopped(self, stopped: bool) -> None:
        """FR.APL.02 says this unit cannot go on: it is shown, not scored."""
        if stopped == self.stopped:
            return
        self.stopped = stopped
        self.stopped_label.setVisible(stopped)
        for child in (self.evidence, *self.cards):
            child.setEnabled(not stopped)


class InterviewPanel(QWidget):
    """Everything the assessor does while talking with the asesi."""

    current_question_changed = Signal(int)
    timer_toggled = Signal(bool)
    verdict_saved = Signal(str)  # unit code of the question whose K/BK was just saved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: ScoringService | None = None
        self.runner: ChangeRunner | None = None
        self.assessment: Assessment | None = None
        self.sections: list[UnitSection] = []
        self.cards: list[QuestionCard] = []
        self.current = 0
        self._built_for: str | None = None  # scheme id the sections were built for
        self._marked: QuestionCard | None = None  # the card drawn as the current question
        # Question id -> the verdict stored for it (as shown; kept current by set_verdict, so a
        # K/BK click updates its unit's count without re-reading the assessment).
        self.verdicts: dict[str, Verdict | None] = {}
        self.header = _wrap(self.tr("Pilih peserta di daftar sebelah kiri."), self)
        self.header.setAccessibleName(self.tr("Peserta terpilih"))
        self.timer_label = QLabel(format_elapsed(0), self)
        self.timer_label.setAccessibleName(self.tr("Lama wawancara"))
        self.timer_button = QPushButton(self.tr("Mulai waktu"), self)
        self.timer_button.setAccessibleName(self.tr("Mulai atau jeda waktu wawancara"))
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.timer_label)
        top.addWidget(self.timer_button)
        self.person: Participant | None = None
        self.scheme: Scheme | None = None
        self.form_dialog: QDialog | None = None  # the form open from the strip (tests reach it)
        self.strip = DayStrip(self)
        self.strip.setVisible(False)
        self.strip.form_requested.connect(self.open_form)
        self.consent_box = QGroupBox(self.tr("FR.AK.01 Persetujuan asesmen dan kerahasiaan"), self)
        consent_layout = QVBoxLayout(self.consent_box)
        self.consent_text = _wrap(self.tr(
            "Bukti yang akan dikumpulkan: verifikasi portofolio (FR.IA.08) dan wawancara / "
            "pertanyaan lisan (FR.IA.09, FR.IA.07), di TUK acara, hari ini. Asesi berhak "
            "mengajukan banding atas keputusan asesmen (FR.AK.04). Hasil asesmen dijaga "
            "kerahasiaannya dan hanya dipakai untuk keperluan sertifikasi. Metode, TUK, tanggal "
            "dan waktu lain: tombol FR.AK.01 Persetujuan… (Alt+3)."), self.consent_box)
        self.consent_button = QPushButton(self.tr("Asesi setuju — mulai asesmen"),
                                          self.consent_box)
        self.consent_state = QLabel(self.consent_box)
        self.consent_state.setWordWrap(True)  # long in English: wrap, never cut off
        consent_layout.addWidget(self.consent_text)
        row = QHBoxLayout()
        row.addWidget(self.consent_button)
        row.addWidget(self.consent_state, 1)
        consent_layout.addLayout(row)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.consent_box)
        inner_layout.addWidget(self.body)
        inner_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.strip)
        layout.addWidget(self.scroll_area, 1)
        self.consent_box.setVisible(False)
        self.timer_button.setEnabled(False)
        self.consent_button.clicked.connect(self.confirm_consent)
        self.timer_button.clicked.connect(self.toggle_timer)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_elapsed)

    # --- loading -------------------------------------------------------------------------
    def clear(self, text: str = "") -> None:
        self.assessment = None
        self._tick.stop()
        self.header.setText(text or self.tr("Pilih peserta di daftar sebelah kiri."))
        self.consent_box.setVisible(False)
        self.strip.setVisible(False)
        self.person = None
        self.timer_button.setEnabled(False)
        self.body.setVisible(False)  # the built units stay for the next participant

    def _drop_sections(self) -> None:
        for section in self.sections:
            section.hide()
            self.body_layout.removeWidget(section)
            section.deleteLater()
        self.sections, self.cards = [], []
        self._built_for = None
        self._marked = None

    def _build(self, scheme: Scheme) -> None:
        """The units, their portfolio tables and question cards: once per scheme. Switching
        participants only sets values (building 18 units of widgets took ~600 ms)."""
        self._drop_sections()
        number = 0
        for unit in scheme.units:
            qs = []
            for q in scheme.questions:
                if q.unit_code == unit.code:
                    number += 1
                    qs.append((number, q))
            section = UnitSection(unit, qs, self.body)
            self.body_layout.addWidget(section)
            section.show()  # children added to a visible parent stay hidden otherwise
            self.sections.append(section)
            section.notes.committed.connect(
                lambda text, uid=unit.id: self._run_service("set_unit_notes", uid, text))
            for card in section.cards:
                self.cards.append(card)
                qid = card.question.id
                index = len(self.cards) - 1
                card.verdict.chosen.connect(lambda v, i=index: self.set_verdict(v, i))
                card.summary.committed.connect(
                    lambda text, q=qid: self._run_service("set_summary", q, text))
        self._built_for = scheme.id

    def _run_service(self, name: str, key: str, value: Any) -> None:
        if self.service is not None:
            self._run(getattr(self.service, name), key, value)

    def load(self, service: ScoringService, runner: ChangeRunner, scheme: Scheme,
             person: Participant, assessment: Assessment) -> None:
        self.service, self.runner, self.assessment = service, runner, assessment
        self.person, self.scheme = person, scheme
        self.header.setText(f"<b>{_html(person.name)}</b><br>{_html(person.institution)}<br>"
                            f"{_html(person.job_title)}<br>"
                            f"{_html(scheme_text(scheme.title_id, scheme.title_en))}")
        if self._built_for != scheme.id:
            self._build(scheme)
        else:
            self.scroll_area.verticalScrollBar().setValue(0)
        for section in self.sections:
            section.evidence.bind(service, runner, assessment)
        self.body.setVisible(True)
        self.consent_box.setVisible(True)
        self.strip.setVisible(True)
        self.timer_button.setEnabled(True)
        self.current = 0
        self.show_values(assessment)
        self._mark_current()
        self._tick.start()

    def _run(self, fn: Callable[[str, str, Any], None], key: str, value: Any) -> None:
        if self.runner is None or self.assessment is None:
            return
        if self.runner.run(fn, self.assessment.id, key, value) is None:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the assessment (after undo, reopen, or a refused change)."""
        if self.service is not None and self.assessment is not None:
            self.show_values(self.service.assessment(self.assessment.id))

    def show_values(self, a: Assessment) -> None:
        self.assessment = a
        answers = {x.question_id: x for x in a.answers}
        self.verdicts = {qid: x.verdict for qid, x in answers.items()}
        for card in self.cards:
            answer = answers.get(card.question.id)
            if not card.summary.hasFocus():
                card.summary.set_saved_text(answer.summary if answer else "")
            card.verdict.set_value(answer.verdict if answer else None)
        notes = {r.unit_id: r.notes for r in a.unit_results}
        for section in self.sections:
            if not section.notes.hasFocus():
                section.notes.set_saved_text(notes.get(section.unit.id, ""))
            section.evidence.show_items(a)
        consent = a.consent_at is not None
        # A consent recorded before the FR.AK.01 form or declaration existed (an older file):
        # the same button records what is missing, and scoring opens after it.
        declared = self.service is None or self.service.has_declaration(a.id)
        form = self.service is None or self.service.has_ak01(a.id)
        self.consent_button.setEnabled((not consent or not declared or not form)
                                       and not a.is_signed)
        stopped = set() if self.service is None else self.service.stopped_units(a.id)
        for section in self.sections:
            section.set_stopped(section.unit.id in stopped)
        self.show_steps()
        if consent and a.consent_at is not None and not form and not a.is_signed:
            self.consent_state.setText(self.tr(
                "Persetujuan asesi sudah dicatat; formulir FR.AK.01 (metode, TUK, tanggal dan "
                "waktu, tanda tangan) belum: tekan tombol untuk mencatatnya."))
        elif consent and a.consent_at is not None and not declared:
            self.consent_state.setText(self.tr(
                "Persetujuan asesi sudah dicatat; pernyataan ketidakberpihakan dan kerahasiaan "
                "asesor (FR.AK.01) belum: tekan tombol untuk menyatakannya."))
        elif consent and a.consent_at is not None:
            local = a.consent_at.astimezone()
            self.consent_state.setText(self.tr("Persetujuan dicatat %1").replace(
                "%1", local.strftime("%d-%m-%Y %H:%M")))
        else:
            self.consent_state.setText(self.tr("Penilaian terkunci sampai asesi menyetujui."))
        self.body.setEnabled(consent and declared and (form or a.is_signed) and not a.is_signed)
        self.timer_button.setEnabled(not a.is_signed)
        self.timer_button.setText(self.tr("Jeda waktu") if a.timer_started_at
                                  else self.tr("Mulai waktu"))
        self._show_elapsed()

    # --- actions -------------------------------------------------------------------------
    def confirm_consent(self) -> None:
        if self.service is None or self.runner is None or self.assessment is None:
            return
        # The consent with the FR.AK.01 form as the event has it (TUK, today, portfolio and
        # interview) and the declaration; a consent from an older file gets what is missing.
        self.runner.run(self.service.give_consent, self.assessment.id)
        self.refresh()
        if self.cards and self.body.isEnabled():
            self.go_to_question(0)

    # --- the order of the day and the forms before the interview ---------------------------
    def show_steps(self) -> None:
        if self.service is None or self.person is None or self.assessment is None:
            return
        aid = None if self.service.is_pending(self.assessment.id) else self.assessment.id
        from humas_desktop.services import apl  # FR.APL/AK.01 services: after the first paint

        self.strip.show_steps(apl.day_steps(self.service.edb, self.person.id, aid))

    def open_form(self, kind: str) -> bool:
        """FR.APL.01 / APL.02 / AK.01 of the participant shown (Alt+1/2/3); True when saved."""
        from humas_desktop.gui.apl_dialogs import Ak01Dialog, Apl01Dialog, Apl02Dialog

        if self.service is None or self.person is None or self.assessment is None \
                or self.scheme is None:
            return False
        self.commit_pending()
        dialog: QDialog
        if kind == "apl01":
            dialog = Apl01Dialog(self.service.edb, self.person, self)
        elif kind == "apl02":
            dialog = Apl02Dialog(self.service, self.assessment.id, self.scheme, self.person, self)
        else:
            dialog = Ak01Dialog(self.service, self.assessment.id, self.person, self)
        self.form_dialog = dialog
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        self.form_dialog = None
        if saved:
            self.refresh()
            if self.runner is not None:
                self.runner.saved.emit()  # the list row and the scoring panel follow
        return saved

    def toggle_timer(self) -> None:
        if self.service is None or self.runner is None or self.assessment is None:
            return
        running = self.assessment.timer_started_at is not None
        fn = self.service.pause_timer if running else self.service.start_timer
        self.runner.run(fn, self.assessment.id)
        self.refresh()
        self.timer_toggled.emit(not running)

    def _show_elapsed(self) -> None:
        a = self.assessment
        if a is None:
            return
        self.timer_label.setText(format_elapsed(self._elapsed(a)))

    @staticmethod
    def _elapsed(a: Assessment) -> int:
        total = a.timer_seconds
        if a.timer_started_at is not None:
            started = a.timer_started_at
            if started.tzinfo is None:
                started = started.replace(tzinfo=UTC)
            total += max(0, int((datetime.now(UTC) - started).total_seconds()))
        return total

    def set_verdict(self, verdict: Verdict | None, index: int | None = None) -> None:
        """K/BK for the given (default: current) question."""
        if not self.cards or self.assessment is None or self.service is None:
            return
        index = self.current if index is None else index
        card = self.cards[index]
        self.current = index
        self._mark_current()
        if self.runner is None:
            return
        # Text typed before the verdict is saved before it, so undo steps follow what the user
        # did: the next undo takes back this verdict, not the answer typed earlier.
        self.commit_pending()
        if self.runner.run(self.service.set_verdict, self.assessment.id, card.question.id,
                           verdict, in_place=True) is None:
            self.refresh()  # refused: show what is stored
            return
        # Saved (committed): only this card, its unit's count and the row change; re-reading
        # the whole assessment and re-showing both panels took ~20-30 ms at 18 units.
        card.verdict.set_value(verdict)
        self.verdicts[card.question.id] = verdict
        self.verdict_saved.emit(card.question.unit_code)

    def go_to_question(self, index: int) -> None:
        if not self.cards:
            return
        self.current = max(0, min(index, len(self.cards) - 1))
        self._mark_current()
        card = self.cards[self.current]
        self.scroll_area.ensureWidgetVisible(card, 0, 40)
        if self.body.isEnabled():
            card.summary.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.current_question_changed.emit(self.current)

    def next_question(self) -> None:
        self.go_to_question(self.current + 1)

    def previous_question(self) -> None:
        self.go_to_question(self.current - 1)

    def _mark_current(self) -> None:
        marked = self._marked
        if marked is not None and marked is not self.cards[self.current] and marked in self.cards:
            marked.set_current(False)
        elif marked is None:
            for card in self.cards:
                card.set_current(False)
        if self.cards:
            self._marked = self.cards[self.current]
            self._marked.set_current(True)

    def focus_notes(self) -> None:
        if not self.cards:
            return
        unit_code = self.cards[self.current].question.unit_code
        for section in self.sections:
            if section.unit.code == unit_code:
                self.scroll_area.ensureWidgetVisible(section.notes, 0, 40)
                section.notes.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def commit_pending(self) -> None:
        """Save text still waiting for its pause (before switching participant or closing)."""
        for card in self.cards:
            card.summary.commit()
        for section in self.sections:
            section.notes.commit()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
