"""The order of the day in the participant's workspace and the forms before the interview
(issue 26), driven by keyboard as an assessor does: the strip says what is open and why a step is
not; Alt+3 opens FR.AK.01 (methods, TUK, date and time, both signatures), Alt+2 the FR.APL.02
review (a unit that cannot go on is shown and not scored), Alt+1 FR.APL.01. Fails on a014e1b
(no strip, no forms)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from humas_desktop.domain.day_order import StepState
from humas_desktop.gui.apl_dialogs import Ak01Dialog, Apl01Dialog, Apl02Dialog
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.services import apl
from humas_desktop.storage import repository as repo
from humas_desktop.storage.device import load_or_create_device

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("HUMAS_SHOTS")  # set to a folder to keep screenshots for a look


def _select(qtbot, window: MainWindow, number: int) -> None:  # type: ignore[no-untyped-def]
    table = window.participants.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == number)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(model.index(row, 1)).center())


def _with_dialog(kind: type[QDialog], act, seen: list[QDialog]) -> None:  # type: ignore[no-untyped-def]
    """Act on the modal form once it is shown (exec() blocks the test until it closes)."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, run)
            return
        seen.append(dialog)
        if SHOTS:
            dialog.grab().save(str(Path(SHOTS) / f"{kind.__name__}.png"))
        act(dialog)
    QTimer.singleShot(0, run)


def _keys(qtbot, window: MainWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Alt+key where the keyboard is (the participant list, or the window a form gave it back to)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)


def _closed(qtbot, seen: list[QDialog]) -> None:  # type: ignore[no-untyped-def]
    """The button's shortcut clicks it a moment later (animateClick); the form then runs modal."""
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())


def test_forms_from_the_workspace_by_keyboard_and_the_strip_follows(qtbot, data_dir: Path,
                                                                   demo_path: Path) -> None:
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    assert window.open_event(demo_path)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _select(qtbot, window, 1)  # the demo's first participant: nothing recorded yet
    interview = window.interview
    strip = interview.strip
    assert strip.isVisible()
    states = {s.code: s.state for s in strip.steps}
    assert states["APL"] is StepState.OPEN and states["IA"] is StepState.LOCKED
    assert "FR.AK.01" in strip.pills["IA"].toolTip()  # the reason a person reads
    assert "FR.APL.01" in strip.reason.text()
    assert not interview.body.isEnabled()
    edb = window.edb
    assert edb is not None
    person = next(p for p in repo.list_participants(edb) if p.number == 1)
    scheme = repo.load_schemes(edb)[0]

    # Alt+2: FR.APL.02 — the first unit cannot go on, the others can.
    seen: list[QDialog] = []

    def review(d: Apl02Dialog) -> None:
        for i, (_uid, self_k, evidence, verdict) in enumerate(d.rows):
            self_k.setCurrentIndex(self_k.findData("BK" if i == 0 else "K"))
            evidence.setText("Laporan kegiatan humas 2025")
            verdict.setCurrentIndex(verdict.findData("tidak_lanjut" if i == 0 else "lanjut"))
        d.buttons.button(d.buttons.StandardButton.Save).click()
    _with_dialog(Apl02Dialog, review, seen)
    _keys(qtbot, window, Qt.Key.Key_2)
    _closed(qtbot, seen)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    aid = interview.assessment.id  # type: ignore[union-attr]
    held = apl.get_apl02(edb, aid)
    assert held[scheme.units[0].id].recommendation == "tidak_lanjut" and len(held) == len(scheme.units)

    # Alt+3: FR.AK.01 — the agreed methods, TUK and time; signed by both.
    def agree(d: Ak01Dialog) -> None:
        d.methods["observasi"].setChecked(True)
        d.tuk_type.setCurrentIndex(d.tuk_type.findData("tempat_kerja"))
        d.tuk_name.setText("Kantor Humas Pemda")
        d.save()  # refused: the agreement box not ticked yet
        assert "FR.AK.01" in d.error.text()
        d.agree.setChecked(True)
        d.buttons.button(d.buttons.StandardButton.Save).click()
    seen.clear()
    _with_dialog(Ak01Dialog, agree, seen)
    _keys(qtbot, window, Qt.Key.Key_3)
    _closed(qtbot, seen)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    form = apl.get_ak01(edb, aid)
    assert form is not None and "observasi" in form.terms.methods
    assert (form.terms.tuk_type, form.terms.tuk_name) == ("tempat_kerja", "Kantor Humas Pemda")
    assert form.asesi_name == person.name
    assert interview.body.isEnabled()
    states = {s.code: s.state for s in strip.steps}
    assert states["AK.01"] is StepState.DONE and states["IA"] is StepState.OPEN
    # The stopped unit is shown, not scored; the next one is.
    first, second = interview.sections[0], interview.sections[1]
    assert first.stopped and not first.cards[0].isEnabled()
    assert not first.stopped_label.isHidden() and "FR.APL.02" in first.stopped_label.text()
    assert not second.stopped and second.cards[0].isEnabled()

    # Alt+1: FR.APL.01 — received and accepted by the LSP admin.
    def accept(d: Apl01Dialog) -> None:
        d.purpose.setCurrentIndex(d.purpose.findData("sertifikasi_ulang"))
        d.office_fax.setText("022-7654321")
        d.recommendation.setCurrentIndex(d.recommendation.findData("diterima"))
        d.buttons.button(d.buttons.StandardButton.Save).click()  # no admin: refused
        assert d.error.text()
        d.admin.setText("Sari Admin LSP")
        d.buttons.button(d.buttons.StandardButton.Save).click()
    seen.clear()
    _with_dialog(Apl01Dialog, accept, seen)
    _keys(qtbot, window, Qt.Key.Key_1)
    _closed(qtbot, seen)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    rec = apl.get_apl01(edb, person.id)
    assert rec is not None and rec.purpose == "sertifikasi_ulang" and rec.office_fax == "022-7654321"
    assert {s.code: s.state for s in strip.steps}["APL"] is StepState.DONE
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "workspace-day-strip.png"))
