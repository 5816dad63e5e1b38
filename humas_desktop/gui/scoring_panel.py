"""Scoring panel: per-unit recommendation with FR.AK.02 evidence ticks, overall, sign-off."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.models import Assessment, Assessor, EvidenceType, Scheme, Unit, Verdict
from humas_desktop.gui.interview_widgets import AutoSaveText, ChangeRunner, VerdictChoice, scheme_text
from humas_desktop.services.scoring import ScoringService

EVIDENCE_LABELS = {
    EvidenceType.OBSERVASI: str(QT_TRANSLATE_NOOP("EvidenceType", "Observasi")),
    EvidenceType.PORTOFOLIO: str(QT_TRANSLATE_NOOP("EvidenceType", "Portofolio")),
    EvidenceType.PIHAK_KETIGA: str(QT_TRANSLATE_NOOP("EvidenceType", "Pihak ketiga")),
    EvidenceType.WAWANCARA: str(QT_TRANSLATE_NOOP("EvidenceType", "Wawancara")),
    EvidenceType.LISAN: str(QT_TRANSLATE_NOOP("EvidenceType", "Lisan")),
    EvidenceType.TERTULIS: str(QT_TRANSLATE_NOOP("EvidenceType", "Tertulis")),
    EvidenceType.PROYEK: str(QT_TRANSLATE_NOOP("EvidenceType", "Proyek")),
    EvidenceType.LAINNYA: str(QT_TRANSLATE_NOOP("EvidenceType", "Lainnya")),
}


def evidence_label(kind: EvidenceType) -> str:
    return QCoreApplication.translate("EvidenceType", EVIDENCE_LABELS[kind])


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """A reason typed by the assessor, or None if cancelled (tests monkeypatch this)."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


class UnitBox(QGroupBox):
    """FR.AK.02 for one unit: progress of its questions, K/BK, evidence kinds used."""

    def __init__(self, unit: Unit, parent: QWidget) -> None:
        super().__init__(unit.code, parent)
        self.unit = unit
        title_text = scheme_text(unit.title_id, unit.title_en)
        self.setToolTip(title_text)
        layout = QVBoxLayout(self)
        # The code alone means little at a glance: the unit's title, wrapped, under it.
        title = QLabel(title_text, self)
        title.setWordWrap(True)
        title.setStyleSheet("font-style: italic;")
        layout.addWidget(title)
        self.progress = QLabel(self)
        layout.addWidget(self.progress)
        self.recommendation = VerdictChoice(self.tr("Rekomendasi unit %1").replace(
            "%1", unit.code), self)
        layout.addWidget(self.recommendation)
        grid = QGridLayout()
        self.kinds: dict[EvidenceType, QCheckBox] = {}
        for i, kind in enumerate(EvidenceType):
            box = QCheckBox(evidence_label(kind), self)
            box.setAccessibleName(self.tr("Bukti %1 unit %2").replace(
                "%1", evidence_label(kind)).replace("%2", unit.code))
            grid.addWidget(box, i // 2, i % 2)
            self.kinds[kind] = box
        layout.addLayout(grid)


class ScoringPanel(QWidget):
    """Recommendations and sign-off of the selected participant's assessment."""

    signed_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: ScoringService | None = None
        self.runner: ChangeRunner | None = None
        self.assessment: Assessment | None = None
        self.scheme: Scheme | None = None
        self.units: list[UnitBox] = []
        self._questions_of: dict[str, list[Any]] = {}
        # Set by the window: is the selected participant's attendance still empty?
        self.attendance_missing: Any = None
        self.confirm = self._ask
        self.title = QLabel(self.tr("<b>Penilaian</b>"), self)
        inner = QWidget(self)
        self.units_layout = QVBoxLayout()
        overall_box = QGroupBox(self.tr("Rekomendasi akhir"), inner)
        overall = QVBoxLayout(overall_box)
        self.suggested = QLabel(overall_box)
        self.suggested.setWordWrap(True)
        self.overall = VerdictChoice(self.tr("Rekomendasi akhir"), overall_box)
        self.reason = QLineEdit(overall_box)
        self.reason.setPlaceholderText(self.tr("Alasan jika berbeda dari saran"))
        self.reason.setAccessibleName(self.tr("Alasan rekomendasi berbeda"))
        self.confirm_button = QPushButton(self.tr("Tetapkan rekomendasi"), overall_box)
        for w in (self.suggested, self.overall, self.reason, self.confirm_button):
            overall.addWidget(w)
        texts = QGroupBox(self.tr("Tindak lanjut dan komentar"), inner)
        form = QFormLayout(texts)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.follow_up = AutoSaveText(texts, lines=2)
        self.follow_up.setAccessibleName(self.tr("Tindak lanjut"))
        self.comments = AutoSaveText(texts, lines=2)
        self.comments.setAccessibleName(self.tr("Komentar"))
        form.addRow(self.tr("Tindak lanjut"), self.follow_up)
        form.addRow(self.tr("Komentar"), self.comments)
        sign_box = QGroupBox(self.tr("Tanda tangan asesor"), inner)
        sign = QFormLayout(sign_box)
        sign.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.signer_name = QLineEdit(sign_box)
        self.signer_name.setAccessibleName(self.tr("Nama asesor"))
        self.signer_met = QLineEdit(sign_box)
        self.signer_met.setAccessibleName(self.tr("Nomor registrasi MET"))
        self.sign_button = QPushButton(self.tr("Tandatangani"), sign_box)
        self.reopen_button = QPushButton(self.tr("Buka kembali…"), sign_box)
        self.sign_state = QLabel(sign_box)
        self.sign_state.setWordWrap(True)
        sign.addRow(self.tr("Nama asesor"), self.signer_name)
        sign.addRow(self.tr("No. MET"), self.signer_met)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.reopen_button)
        sign.addRow(buttons)
        sign.addRow(self.sign_state)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self.units_layout)
        inner_layout.addWidget(overall_box)
        inner_layout.addWidget(texts)
        inner_layout.addWidget(sign_box)
        inner_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        self.inner = inner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll_area, 1)
        self.confirm_button.clicked.connect(self.confirm_overall)
        self.sign_button.clicked.connect(self.sign_off)
        self.reopen_button.clicked.connect(self.reopen)
        self.follow_up.committed.connect(lambda t: self._text("follow_up", t))
        self.comments.committed.connect(lambda t: self._text("comments", t))
        self.inner.setEnabled(False)
        self.inner.setVisible(False)  # nothing to score until a participant is chosen

    # --- loading -------------------------------------------------------------------------
    def clear(self) -> None:
        self.assessment = None
        self.inner.setEnabled(False)
        self.inner.setVisible(False)

    def load(self, service: ScoringService, runner: ChangeRunner, scheme: Scheme,
             assessment: Assessment, assessor: Assessor | None) -> None:
        self.service, self.runner = service, runner
        if self.scheme is None or self.scheme.id != scheme.id or not self.units:
            self._build(scheme)  # once per scheme; a participant switch only sets values
        self.scheme = scheme
        self.scroll_area.verticalScrollBar().setValue(0)
        self.signer_name.setText(assessor.name if assessor else "")
        self.signer_met.setText(assessor.met_number if assessor else "")
        self.show_values(assessment)

    def _build(self, scheme: Scheme) -> None:
        for box in self.units:
            box.hide()
            self.units_layout.removeWidget(box)
            box.deleteLater()
        self.units = []
        self._questions_of = {u.code: [q for q in scheme.questions if q.unit_code == u.code]
                              for u in scheme.units}
        for unit in scheme.units:
            box = UnitBox(unit, self.inner)
            self.units_layout.addWidget(box)
            box.show()  # children added to a visible parent stay hidden otherwise
            self.units.append(box)
            box.recommendation.chosen.connect(lambda v, uid=unit.id: self._unit_recommendation(uid, v))
            for kind, check in box.kinds.items():
                check.clicked.connect(lambda _c, b=box, k=kind: self._kinds(b, k))
        # Units are created after the overall/sign-off widgets: put them first in Tab order.
        chain: list[QWidget] = []
        for box in self.units:
            chain += [box.recommendation.k, box.recommendation.bk, *box.kinds.values()]
        chain += [self.overall.k, self.overall.bk, self.reason, self.confirm_button,
                  self.follow_up, self.comments, self.signer_name, self.signer_met,
                  self.sign_button, self.reopen_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _unit_recommendation(self, unit_id: str, verdict: object) -> None:
        if self.service is not None:
            self._change(self.service.set_unit_recommendation, unit_id, verdict)

    def refresh(self) -> None:
        if self.service is not None and self.assessment is not None:
            self.show_values(self.service.assessment(self.assessment.id))

    def show_values(self, a: Assessment) -> None:
        self.assessment = a
        if self.scheme is None or self.service is None:
            return
        verdicts = {x.question_id: x.verdict for x in a.answers}
        results = {r.unit_id: r for r in a.unit_results}
        for box in self.units:
            self._show_progress(box, verdicts)
            result = results.get(box.unit.id)
            box.recommendation.set_value(result.recommendation if result else None)
            used = set(result.evidence_types) if result else set()
            for kind, check in box.kinds.items():
                check.setChecked(kind in used)
        suggested = self.service.suggested_overall(a.id)
        self.suggested.setText(self.tr("Saran dari unit: %1").replace(
            "%1", suggested.value if suggested else self.tr("belum lengkap")))
        self.overall.set_value(a.overall_recommendation or suggested)
        if not self.reason.hasFocus():
            self.reason.setText(a.override_reason)
        if not self.follow_up.hasFocus():
            self.follow_up.set_saved_text(a.follow_up)
        if not self.comments.hasFocus():
            self.comments.set_saved_text(a.comments)
        editable = a.consent_at is not None and not a.is_signed
        self.inner.setEnabled(True)
        self.inner.setVisible(True)
        for w in (*self.units, self.overall, self.reason, self.confirm_button, self.follow_up,
                  self.comments, self.signer_name, self.signer_met, self.sign_button):
            w.setEnabled(editable)
        self.reopen_button.setEnabled(a.is_signed)
        if a.is_signed and a.signed_at is not None:
            self.sign_state.setText(self.tr("Ditandatangani oleh %1 (%2) pada %3. Rekaman hanya "
                                            "dapat dibaca.").replace("%1", a.signed_name)
                                    .replace("%2", a.signed_met).replace(
                                        "%3", a.signed_at.astimezone().strftime("%d-%m-%Y %H:%M")))
            if a.receipt_code:
                self.sign_state.setText(self.sign_state.text() + " " + self.tr(
                    "Kode tanda terima: %1").replace("%1", a.receipt_code))
        elif a.overall_recommendation is not None:
            self.sign_state.setText(self.tr("Rekomendasi akhir: %1. Siap ditandatangani.")
                                    .replace("%1", a.overall_recommendation.value))
        else:
            self.sign_state.setText(self.tr("Belum ditandatangani."))

    def _show_progress(self, box: UnitBox, verdicts: Mapping[str, Verdict | None]) -> None:
        qs = self._questions_of.get(box.unit.code, [])
        scored = [verdicts.get(q.id) for q in qs if verdicts.get(q.id) is not None]
        bk = sum(1 for v in scored if v is Verdict.BK)
        text = self.tr("%1 dari %2 pertanyaan dinilai · %3 BK").replace(
            "%1", str(len(scored))).replace("%2", str(len(qs))).replace("%3", str(bk))
        if box.progress.text() != text:
            box.progress.setText(text)

    def show_unit_progress(self, unit_code: str, verdicts: Mapping[str, Verdict | None]) -> None:
        """After a question's K/BK was saved: only that unit's count changes (the suggestion
        and the rest of the panel depend on unit recommendations, not on question verdicts)."""
        for box in self.units:
            if box.unit.code == unit_code:
                self._show_progress(box, verdicts)
                self._show_kinds(box)

    def _show_kinds(self, box: UnitBox) -> None:
        """The unit's evidence ticks as stored: answering its first interview/oral question
        ticks Wawancara/Lisan (services.scoring); the assessor can untick."""
        if self.service is None or self.assessment is None:
            return
        used = set(self.service.unit_evidence_types(self.assessment.id, box.unit.id))
        for kind, check in box.kinds.items():
            if check.isChecked() != (kind in used):
                check.setChecked(kind in used)

    # --- changes -------------------------------------------------------------------------
    def _change(self, fn: object, key: str, value: object) -> None:
        if self.runner is None or self.assessment is None:
            return
        self.runner.run(fn, self.assessment.id, key, value)  # type: ignore[arg-type]
        self.refresh()

    def _kinds(self, box: UnitBox, _kind: EvidenceType) -> None:
        if self.service is None:
            return
        chosen = [k for k, c in box.kinds.items() if c.isChecked()]
        self._change(self.service.set_unit_evidence_types, box.unit.id, chosen)

    def _text(self, field: str, text: str) -> None:
        if self.service is not None:
            self._change(self.service.set_text, field, text)

    def confirm_overall(self) -> None:
        if self.service is None or self.runner is None or self.assessment is None:
            return
        self.runner.run(self.service.set_overall, self.assessment.id, self.overall.value(),
                        self.reason.text())
        self.refresh()

    def open_points(self, a: Assessment) -> list[str]:
        """What is still open before signing: units with unscored questions, BK questions in a
        unit recommended K, attendance not recorded."""
        if self.scheme is None:
            return []
        verdicts = {x.question_id: x.verdict for x in a.answers}
        units = {r.unit_id: r.recommendation for r in a.unit_results}
        unscored = sum(1 for u in self.scheme.units
                       if any(verdicts.get(q.id) is None for q in self._questions_of.get(u.code, [])))
        contradicting = sum(1 for u in self.scheme.units if units.get(u.id) is Verdict.K and any(
            verdicts.get(q.id) is Verdict.BK for q in self._questions_of.get(u.code, [])))
        points = []
        if unscored:
            points.append(self.tr("%1 unit belum dinilai per pertanyaan").replace("%1", str(unscored)))
        if contradicting:
            points.append(self.tr("%1 unit K padahal ada pertanyaan BK").replace(
                "%1", str(contradicting)))
        if self.attendance_missing is not None and self.attendance_missing():
            points.append(self.tr("kehadiran belum diisi (dicatat hadir saat ditandatangani)"))
        return points

    def sign_off(self) -> None:
        if self.service is None or self.runner is None or self.assessment is None:
            return
        # What is stored now: K/BK clicks update the panel in place, not self.assessment.
        points = self.open_points(self.service.assessment(self.assessment.id))
        if points and not self.confirm(
                self.tr("Tandatangani?"),
                "; ".join(points) + " — " + self.tr("tetap tandatangani?")):
            return  # asked once; nothing signed
        receipt = self.runner.run(self.service.sign_off, self.assessment.id,
                                  self.signer_name.text(), self.signer_met.text())
        if receipt is not None:  # None: refused, the reason is already shown
            self.signed_changed.emit()
        self.refresh()

    def _ask(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        sign = box.addButton(self.tr("Tetap tandatangani"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Kembali"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is sign

    def reopen(self) -> None:
        if self.service is None or self.runner is None or self.assessment is None:
            return
        reason = ask_reason(self, self.tr("Buka kembali rekaman"),
                            self.tr("Alasan membuka kembali (dicatat):"))
        if reason is None:
            return
        if self.runner.run(self.service.reopen, self.assessment.id, reason):
            self.signed_changed.emit()
        self.refresh()

    def set_unit_recommendation(self, unit_code: str, verdict: Verdict) -> None:
        """K/BK for a unit by its code (keyboard shortcut on the current question's unit)."""
        if self.service is None:
            return
        for box in self.units:
            if box.unit.code == unit_code:
                self._change(self.service.set_unit_recommendation, box.unit.id, verdict)
                self.set_current_unit(unit_code)

    def set_current_unit(self, unit_code: str) -> None:
        for box in self.units:
            if box.unit.code == unit_code:
                self.scroll_area.ensureWidgetVisible(box, 0, 20)
