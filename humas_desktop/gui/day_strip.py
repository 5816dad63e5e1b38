"""The order of the day per participant (issue 26): a small strip in the workspace,
APL → AK.01 → IA → AK.02 → AK.03 → Hasil → AK.04, each step's state, the reason a step is not
open yet (services/apl.day_steps computes it), and the buttons of the forms before the interview
(FR.APL.01, FR.APL.02, FR.AK.01), reachable by keyboard (Alt+1/2/3)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from humas_desktop.domain.day_order import Step, StepState
from humas_desktop.messages import message

_COLORS = {StepState.DONE: ("#1e7b34", "#e3f4e6"), StepState.OPEN: ("#1d4f9c", "#e3ecfa"),
           StepState.LOCKED: ("#6b6b6b", "#eeeeee"), StepState.STOPPED: ("#b00020", "#fbe4e7"),
           StepState.NOT_NEEDED: ("#6b6b6b", "#f6f6f6")}
_MARKS = {StepState.DONE: "\u2713", StepState.OPEN: "\u25b6", StepState.LOCKED: "\u2022",
          StepState.STOPPED: "\u2715", StepState.NOT_NEEDED: "\u2013"}


class DayStrip(QWidget):
    """The seven steps and the three forms' buttons."""

    form_requested = Signal(str)  # 'apl01' | 'apl02' | 'ak01'

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Urutan asesmen peserta"))
        self.pills: dict[str, QLabel] = {}
        row = QHBoxLayout()
        row.setSpacing(3)
        row.setContentsMargins(0, 0, 0, 0)
        for code in ("APL", "AK.01", "IA", "AK.02", "AK.03", "HASIL", "AK.04"):
            pill = QLabel(self)
            pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pill.setMinimumHeight(22)
            self.pills[code] = pill
            row.addWidget(pill, 1)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #444;")
        self.reason.setAccessibleName(self.tr("Langkah berikutnya"))
        self.reason.setMinimumHeight(2 * self.reason.fontMetrics().lineSpacing() + 2)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apl01_button = QPushButton(self.tr("FR.APL.01 Permohonan…"), self)
        self.apl02_button = QPushButton(self.tr("FR.APL.02 Asesmen mandiri…"), self)
        self.ak01_button = QPushButton(self.tr("FR.AK.01 Persetujuan…"), self)
        self.apl01_button.setShortcut("Alt+1")
        self.apl02_button.setShortcut("Alt+2")
        self.ak01_button.setShortcut("Alt+3")
        self.apl01_button.setToolTip(self.tr("FR.APL.01 permohonan sertifikasi (Alt+1)"))
        self.apl02_button.setToolTip(self.tr("FR.APL.02 asesmen mandiri dan tinjauan asesor (Alt+2)"))
        self.ak01_button.setToolTip(self.tr("FR.AK.01 persetujuan asesmen dan kerahasiaan (Alt+3)"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for kind, button in (("apl01", self.apl01_button), ("apl02", self.apl02_button),
                             ("ak01", self.ak01_button)):
            button.clicked.connect(lambda _=False, k=kind: self.form_requested.emit(k))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self.steps: list[Step] = []

    def label_of(self, code: str) -> str:
        return {"APL": self.tr("APL"), "HASIL": self.tr("Hasil")}.get(code, code)

    def state_text(self, state: StepState) -> str:
        return {StepState.DONE: self.tr("selesai"), StepState.OPEN: self.tr("terbuka"),
                StepState.LOCKED: self.tr("belum terbuka"), StepState.STOPPED: self.tr("berhenti"),
                StepState.NOT_NEEDED: self.tr("tidak ada")}[state]

    def show_steps(self, steps: list[Step]) -> None:
        self.steps = steps
        first_reason = ""
        for step in steps:
            pill = self.pills[step.code]
            fg, bg = _COLORS[step.state]
            pill.setText(f"{_MARKS[step.state]} {self.label_of(step.code)}")
            pill.setStyleSheet(f"color: {fg}; background: {bg}; border: 1px solid {fg}; "
                               "border-radius: 3px; padding: 1px 3px;")
            why = message(step.reason, **step.context_dict) if step.reason else ""
            text = f"{self.label_of(step.code)}: {self.state_text(step.state)}"
            pill.setToolTip(f"{text}. {why}" if why else text)
            pill.setAccessibleName(f"{text}. {why}" if why else text)
            if not first_reason and step.state is not StepState.DONE and why:
                first_reason = f"{self.label_of(step.code)}: {why}"
        self.reason.setText(first_reason or self.tr("Semua langkah yang terbuka sudah selesai."))
