"""Acara -> "Banding asesmen (FR.AK.04)…" (Ctrl+Alt+B from the participant workspace): the LSP's
appeal cases (issue 26). Open a case for a participant who has a result (the one selected in the
workspace is offered first), see every case with its state, name the appeal team (checked against
the participant's assessors: a conflict is refused with the reason), order a re-assessment by
another assessor, decide with the SK hasil banding number, and set the LSP's window in days.
While a case is open the participant's certificate is held back; the table says so."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.errors import error_text
from humas_desktop.services import appeals
from humas_desktop.services.workspace import EventDB

translate = QCoreApplication.translate
SHORTCUT = "Ctrl+Alt+B"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _names(text: str) -> list[str]:
    return [n.strip() for n in text.replace("\n", ";").split(";") if n.strip()]


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


class OpenAppealDialog(QDialog):
    """Record an appeal as received: the form's three questions, the reason, the date, the team."""

    def __init__(self, edb: EventDB, participant_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb = edb
        self.case_id: str | None = None
        self.setWindowTitle(self.tr("Ajukan banding (FR.AK.04)"))
        self.participant = QComboBox(self)
        self.participant.setAccessibleName(self.tr("Asesi"))
        for pid, number, name in appeals.candidates(edb):
            self.participant.addItem(f"{number}. {name}", pid)
        if participant_id is not None:
            at = self.participant.findData(participant_id)
            if at >= 0:
                self.participant.setCurrentIndex(at)
        top = QFormLayout()
        top.addRow(self.tr("Asesi"), self.participant)
        words = appeals.wording(edb, str(self.participant.currentData() or "") or None)
        # A grid, not a form: a wrapped question gets the height it needs (a form clips it).
        questions = self.questions = QGridLayout()
        self.answers: list[QComboBox] = []
        self.asked: tuple[str, ...] = ()
        self._rows(words.ak04_questions)
        form = QFormLayout()
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Alasan banding"))
        self.reason.setMaximumHeight(90)
        form.addRow(self.tr("Banding ini diajukan atas alasan sebagai berikut:"), self.reason)
        self.received = QDateEdit(_qdate(date.today()), self)
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("Tanggal banding diterima"), self.received)
        self.team = QLineEdit(self)
        self.team.setAccessibleName(self.tr("Tim banding"))
        self.team.setPlaceholderText(self.tr("Nama dipisah titik koma; boleh diisi nanti"))
        form.addRow(self.tr("Tim banding"), self.team)
        self.error = _error_label(self)
        if self.participant.count() == 0:
            self.error.setText(self.tr("Belum ada asesi yang memiliki hasil asesmen dan tidak "
                                       "sedang banding."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(questions)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # A participant of a scheme with its own wording answers that scheme's questions.
        self.participant.currentIndexChanged.connect(self._wording_changed)
        self.resize(760, 480)

    def _wording_changed(self) -> None:
        words = appeals.wording(self.edb, str(self.participant.currentData() or "") or None)
        if words.ak04_questions != self.asked:
            self._rows(words.ak04_questions)

    def _rows(self, asked: tuple[str, ...]) -> None:
        questions = self.questions
        while questions.count():
            item = questions.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.answers, self.asked = [], asked
        for i, question in enumerate(asked, 1):
            answer = QComboBox(self)
            answer.addItem("—", "")
            answer.addItem(self.tr("Ya"), "ya")
            answer.addItem(self.tr("Tidak"), "tidak")
            answer.setAccessibleName(self.tr("Jawaban pertanyaan %1").replace("%1", str(i)))
            label = QLabel(f"{i}. {question}", self)  # the LSP's wording: data, not translated
            label.setWordWrap(True)
            label.setBuddy(answer)
            questions.addWidget(label, i, 0)
            questions.addWidget(answer, i, 1)
            self.answers.append(answer)
        questions.setColumnStretch(0, 3)
        questions.setColumnStretch(1, 1)

    def save(self) -> bool:
        pid = str(self.participant.currentData() or "")
        if not pid:
            return False
        answers = [str(a.currentData() or "") for a in self.answers]
        if "" in answers:
            number = answers.index("") + 1
            self.error.setText(self.tr("Pertanyaan %1 belum dijawab Ya atau Tidak.")
                               .replace("%1", str(number)))
            return False
        try:
            self.case_id = appeals.open_appeal(self.edb, pid, answers, self.reason.toPlainText(),
                                               _pydate(self.received.date()),
                                               team=_names(self.team.text()))
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        self.accept()
        return True


class DecideAppealDialog(QDialog):
    """Close a case with the LSP's decision: the team, the outcome and the SK number."""

    def __init__(self, edb: EventDB, case: appeals.Appeal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb = edb
        self.case = case
        self.setWindowTitle(self.tr("Keputusan banding (FR.AK.04)"))
        form = QFormLayout()
        self.team = QLineEdit("; ".join(case.team), self)
        self.team.setAccessibleName(self.tr("Tim banding"))
        form.addRow(self.tr("Tim banding (dipisah titik koma)"), self.team)
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Keputusan banding"))
        self.outcome.addItem(self.tr("Banding diterima"), "diterima")
        self.outcome.addItem(self.tr("Banding ditolak"), "ditolak")
        form.addRow(self.tr("Keputusan banding"), self.outcome)
        self.sk = QLineEdit(self)
        self.sk.setAccessibleName(self.tr("Nomor SK hasil banding"))
        form.addRow(self.tr("Nomor SK hasil banding"), self.sk)
        self.decided_on = QDateEdit(_qdate(max(date.today(), case.received_on)), self)
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("Tanggal keputusan"), self.decided_on)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Catatan keputusan"))
        self.notes.setMaximumHeight(80)
        form.addRow(self.tr("Catatan keputusan"), self.notes)
        self.error = _error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def save(self) -> bool:
        try:
            appeals.decide(self.edb, self.case.id, str(self.outcome.currentData()), self.sk.text(),
                           _pydate(self.decided_on.date()), self.notes.toPlainText(),
                           team=_names(self.team.text()))
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        self.accept()
        return True


class AppealDialog(QDialog):
    """Every appeal case of the event, and what the LSP does with them."""

    COLUMNS = ("No", "Asesi", "Diterima", "Status", "Tim banding", "Keputusan", "Nomor SK")

    def __init__(self, edb: EventDB, participant_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb = edb
        self.participant_id = participant_id
        self.setWindowTitle(self.tr("Banding asesmen (FR.AK.04)"))
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setAccessibleName(self.tr("Kasus banding"))
        self.table.setHorizontalHeaderLabels([
            self.tr("No"), self.tr("Asesi"), self.tr("Diterima"), self.tr("Status"),
            self.tr("Tim banding"), self.tr("Keputusan"), self.tr("Nomor SK")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the team: the rest
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.open_button = QPushButton(self.tr("&Ajukan banding…"), self)
        self.open_button.clicked.connect(self.open_case)
        self.team_button = QPushButton(self.tr("Tetapkan &tim…"), self)
        self.team_button.clicked.connect(self.set_team)
        self.reassess_button = QPushButton(self.tr("Asesmen &ulang…"), self)
        self.reassess_button.clicked.connect(self.order_reassessment)
        self.decide_button = QPushButton(self.tr("&Putuskan…"), self)
        self.decide_button.clicked.connect(self.decide_case)
        actions = QHBoxLayout()
        for b in (self.open_button, self.team_button, self.reassess_button, self.decide_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.window_days = QSpinBox(self)
        self.window_days.setRange(1, 365)
        self.window_days.setSuffix(self.tr(" hari"))
        self.window_days.setAccessibleName(self.tr("Batas waktu banding"))
        self.window_days.setValue(appeals.window_days(edb))
        self.window_save = QPushButton(self.tr("Simpan &batas waktu"), self)
        self.window_save.clicked.connect(self.save_window)
        window_row = QHBoxLayout()
        window_label = QLabel(self.tr("Batas waktu banding sejak hasil asesmen:"), self)
        window_label.setBuddy(self.window_days)
        window_row.addWidget(window_label)
        window_row.addWidget(self.window_days)
        window_row.addWidget(self.window_save)
        window_row.addStretch(1)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = _error_label(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(window_row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.cases: list[appeals.Appeal] = []
        self.refresh()
        self.resize(1100, 560)

    # --- reading ---------------------------------------------------------------------------

    def _status(self, case: appeals.Appeal) -> str:
        if case.status == appeals.OPEN:
            if case.reassessment_id:
                return self.tr("Terbuka, asesmen ulang: sertifikat ditahan")
            return self.tr("Terbuka: sertifikat ditahan")
        return self.tr("Diputuskan")

    def refresh(self) -> None:
        names = appeals.participant_names(self.edb)
        self.cases = appeals.list_appeals(self.edb)
        self.table.setRowCount(len(self.cases))
        outcome = {"diterima": self.tr("Banding diterima"), "ditolak": self.tr("Banding ditolak")}
        for row, case in enumerate(self.cases):
            number, name = names.get(case.participant_id, (0, ""))
            cells = [str(number), name, case.received_on.strftime("%d/%m/%Y"), self._status(case),
                     "; ".join(case.team) or self.tr("(belum ditetapkan)"),
                     outcome.get(case.outcome or "", ""), case.sk_number]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if self.cases and not self.table.selectedItems():
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> appeals.Appeal | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.cases[min(rows)] if rows else None

    def _selection_changed(self) -> None:
        case = self.selected()
        is_open = case is not None and case.status == appeals.OPEN
        for b in (self.team_button, self.reassess_button, self.decide_button):
            b.setEnabled(is_open)
        if case is None:
            self.detail.setText(self.tr("Belum ada kasus banding."))
            return
        answers = ", ".join(f"{i}. {a.capitalize()}" for i, a in enumerate(case.answers, 1))
        text = (self.tr("Alasan: %1\nJawaban: %2\nBatas waktu: %3 hari sejak hasil asesmen.")
                .replace("%1", case.reason).replace("%2", answers)
                .replace("%3", str(case.window_days)))
        if case.reassessment_id:
            text += "\n" + self.tr("Asesmen ulang sudah diperintahkan untuk kasus ini.")
        if case.decision_notes:
            text += "\n" + self.tr("Catatan keputusan: %1").replace("%1", case.decision_notes)
        self.detail.setText(text)

    # --- acting ----------------------------------------------------------------------------

    def _done(self, text: str) -> None:
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(text)
        self.refresh()

    def _failed(self, exc: DomainError) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(error_text(exc))

    def open_case(self) -> None:
        dialog = OpenAppealDialog(self.edb, self.participant_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("Banding dicatat; sertifikat asesi ditahan sampai diputuskan."))

    def set_team(self, names: str | None = None) -> bool:
        case = self.selected()
        if case is None:
            return False
        if names is None:
            from PySide6.QtWidgets import QInputDialog

            text, ok = QInputDialog.getText(self, self.tr("Tim banding"),
                                            self.tr("Nama anggota tim banding (dipisah titik "
                                                    "koma):"), text="; ".join(case.team))
            if not ok:
                return False
            names = text
        try:
            appeals.set_team(self.edb, case.id, _names(names))
        except DomainError as exc:
            self._failed(exc)
            return False
        self._done(self.tr("Tim banding disimpan."))
        return True

    def order_reassessment(self, assessor_id: str | None = None) -> bool:
        case = self.selected()
        if case is None:
            return False
        if assessor_id is None:
            from PySide6.QtWidgets import QInputDialog

            choices = appeals.assessor_choices(self.edb)
            labels = [name for _id, name in choices]
            label, ok = QInputDialog.getItem(self, self.tr("Asesmen ulang"),
                                             self.tr("Asesor asesmen ulang:"), labels, 0, False)
            if not ok or label not in labels:
                return False
            assessor_id = choices[labels.index(label)][0]
        try:
            appeals.order_reassessment(self.edb, case.id, assessor_id)
        except DomainError as exc:
            self._failed(exc)
            return False
        self._done(self.tr("Asesmen ulang dibuat; sertifikat tetap ditahan sampai banding "
                           "diputuskan."))
        return True

    def decide_case(self) -> None:
        case = self.selected()
        if case is None:
            return
        if DecideAppealDialog(self.edb, case, self).exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("Keputusan banding disimpan."))

    def save_window(self) -> bool:
        try:
            appeals.set_window_days(self.edb, self.window_days.value())
        except DomainError as exc:
            self._failed(exc)
            return False
        self._done(self.tr("Batas waktu banding disimpan: %1 hari.")
                   .replace("%1", str(self.window_days.value())))
        return True


class AppealFeature:
    """Acara menu: "Banding asesmen (FR.AK.04)…", also Ctrl+Alt+B from the workspace (the
    selected participant is offered first when a case is opened)."""

    def __init__(self, ctx: AppContext, current_participant: Callable[[], str | None]) -> None:
        self.ctx = ctx
        self.current_participant = current_participant
        self.action = QAction(translate("MainWindow", "Banding asesmen (FR.AK.0&4)…"), ctx.window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(self.run)
        ctx.menus.event.addAction(self.action)
        ctx.window.addAction(self.action)  # the shortcut works from the workspace
        self.dialog: AppealDialog | None = None

    def run(self) -> None:
        edb = self.ctx.require_event()
        if edb is None:
            return
        self.dialog = AppealDialog(edb, self.current_participant(), self.ctx.window)
        self.dialog.exec()
        self.dialog = None
        self.ctx.changed.emit()
