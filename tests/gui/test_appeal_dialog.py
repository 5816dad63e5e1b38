"""Acara -> Banding asesmen (FR.AK.04), Ctrl+Alt+B from the participant workspace (issue 26):
a case opened only for a participant with a result (the selected one offered first), the team
checked against the participant's assessors (a conflict refused with the reason, nothing saved),
the decision with its SK number, a re-assessment by another assessor, and the window setting."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from humas_desktop.gui.appeal_dialog import (
    SHORTCUT,
    AppealDialog,
    DecideAppealDialog,
    OpenAppealDialog,
)
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.services import appeals
from humas_desktop.storage import repository as repo
from tests.conftest import make_demo
from tests.gui.windows import open_window

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("HUMAS_SHOTS")  # set to a folder to keep screenshots for a look
REASON = "Unit kedua dinilai tanpa kesempatan demonstrasi"


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))  # type: ignore[attr-defined]


def _window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, path)
    window.resize(1366, 768)
    return window


def _assessor_of(edb, participant_id: str) -> str:  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in repo.list_assessors(edb)}
    row = next(r for r in repo.table_rows(edb, "assessment") if r["participant_id"] == participant_id)
    return names[row["assessor_id"]]


def test_the_appeal_window_is_reached_by_keyboard_from_the_workspace(qtbot, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=8, decided=True)  # no. 7 appeals (demo)
    window = _window(qtbot, path)
    action = window.appeals.action
    assert action in window.menu_event.actions()
    assert action.shortcut().toString() == SHORTCUT and action in window.actions()
    window.participants.select(repo.list_participants(window.edb)[1].id)
    seen: list[AppealDialog] = []

    def look() -> None:
        dialog = window.appeals.dialog
        assert dialog is not None
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, look)
    action.trigger()
    assert seen and seen[0].participant_id == repo.list_participants(window.edb)[1].id
    # The demo's open case is listed, the held certificate said.
    table = seen[0].table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "7" and "sertifikat ditahan" in table.item(0, 3).text()


def test_open_a_case_team_conflict_refused_then_decided_with_its_sk(qtbot, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=8, decided=True)
    window = _window(qtbot, path)
    edb = window.edb
    assert edb is not None
    people = repo.list_participants(edb)
    held = {c.participant_id for c in appeals.list_appeals(edb, "open")}
    chosen = people[1]
    dialog = AppealDialog(edb, chosen.id, window)
    qtbot.addWidget(dialog)
    opener = OpenAppealDialog(edb, chosen.id, dialog)
    qtbot.addWidget(opener)
    offered = [opener.participant.itemData(i) for i in range(opener.participant.count())]
    assert chosen.id == opener.participant.currentData()
    assert set(offered) == {p.id for p in people} - held  # everyone decided, not the open case
    opener.save()
    assert "Pertanyaan 1 belum dijawab" in opener.error.text()
    for answer, index in zip(opener.answers, (1, 1, 2), strict=True):
        answer.setCurrentIndex(index)
    qtbot.keyClicks(opener.reason, REASON)
    assessor = _assessor_of(edb, chosen.id)
    qtbot.keyClicks(opener.team, f"Dr. Tim Independen; {assessor}")
    _shot(opener, "appeal-open-conflict.png")
    assert not opener.save()
    assert assessor in opener.error.text() and "tidak boleh menjadi tim banding" in opener.error.text()
    assert [c.participant_id for c in appeals.list_appeals(edb)] == list(held)  # nothing saved
    opener.team.clear()
    qtbot.keyClicks(opener.team, "Dr. Tim Independen; Ir. Anggota Dua")
    assert opener.save() and opener.result() == QDialog.DialogCode.Accepted
    dialog.refresh()
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 0).text() == str(chosen.number))
    assert "sertifikat ditahan" in dialog.table.item(row, 3).text()
    assert dialog.table.item(row, 4).text() == "Dr. Tim Independen; Ir. Anggota Dua"
    assert chosen.id in appeals.held_back(edb)
    dialog.table.selectRow(row)
    case = dialog.selected()
    assert case is not None and case.participant_id == chosen.id and REASON in dialog.detail.text()
    # The team named again in the decision is checked again.
    decider = DecideAppealDialog(edb, case, dialog)
    qtbot.addWidget(decider)
    decider.outcome.setCurrentIndex(1)  # ditolak
    assert not decider.save()  # no SK number
    assert "Nomor SK" in decider.error.text()
    qtbot.keyClicks(decider.sk, "SK/BANDING/07/2026")
    decider.team.setText(assessor)
    assert not decider.save()
    assert assessor in decider.error.text()
    decider.team.setText("Dr. Tim Independen; Ir. Anggota Dua")
    qtbot.keyClicks(decider.notes, "Proses sesuai SOP")
    assert decider.save()
    dialog.refresh()
    got = appeals.get(edb, case.id)
    assert (got.status, got.outcome, got.sk_number) == ("decided", "ditolak", "SK/BANDING/07/2026")
    assert chosen.id not in appeals.held_back(edb)
    dialog.table.selectRow(row)
    assert dialog.table.item(row, 3).text() == "Diputuskan"
    assert dialog.table.item(row, 6).text() == "SK/BANDING/07/2026"
    assert not dialog.decide_button.isEnabled()  # a decided case is not decided again


def test_a_participant_without_a_result_cannot_appeal(qtbot, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=6)  # nos. 1-4 not assessed (demo)
    window = _window(qtbot, path)
    edb = window.edb
    assert edb is not None
    unsigned = {p.id for p in repo.list_participants(edb)} - {
        r["participant_id"] for r in repo.table_rows(edb, "assessment")
        if r["status"] == "ditandatangani"}
    opener = OpenAppealDialog(edb, next(iter(unsigned)), window)
    qtbot.addWidget(opener)
    offered = {opener.participant.itemData(i) for i in range(opener.participant.count())}
    assert unsigned and not offered & unsigned


def test_reassessment_and_window_days_from_the_dialog(qtbot, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=8, decided=True)
    window = _window(qtbot, path)
    edb = window.edb
    assert edb is not None
    dialog = AppealDialog(edb, None, window)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 560)
    _shot(dialog, "appeal-dialog.png")
    dialog.window_days.setValue(0)  # the box refuses it: stays 1
    assert dialog.window_days.value() == 1
    dialog.window_days.setValue(30)
    assert dialog.save_window() and appeals.window_days(edb) == 30
    assert "30 hari" in dialog.message.text()
    case = dialog.selected()
    assert case is not None and case.status == "open"
    original = _assessor_of(edb, case.participant_id)
    by_name = {name: aid for aid, name in appeals.assessor_choices(edb)}
    assert not dialog.order_reassessment(by_name[original])
    assert "asesor lain" in dialog.message.text()
    other = next(aid for name, aid in by_name.items() if name != original)
    assert dialog.order_reassessment(other)
    assert "sertifikat tetap ditahan" in dialog.message.text()
    assert "asesmen ulang" in dialog.table.item(0, 3).text()
    assert appeals.get(edb, case.id).reassessment_id
    QApplication.processEvents()


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_the_blanko_window_names_the_participant_held_by_an_open_appeal(qtbot, tmp_path: Path) -> None:
    """Catat nomor blanko lists the numbered certificates; one held back by an open appeal is
    named above them, not silently missing."""
    from datetime import date

    from humas_desktop.gui.blanko_dialog import BlankoDialog
    from humas_desktop.services import close_session as cs
    from humas_desktop.services import numbering as nb
    from humas_desktop.storage.db import open_event
    from tests.services.conftest import CONFIG

    path = make_demo(tmp_path / "data", participants=4, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        person = repo.list_participants(edb)[2]
        appeals.open_appeal(edb, person.id, ["ya", "ya", "tidak"], REASON, date.today())
        nb.save_config(edb, CONFIG)
        cs.close_session(edb, date.today())
        dialog = BlankoDialog(edb)
        qtbot.addWidget(dialog)
        listed = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        assert str(person.number) not in listed and len(listed) == 3
        assert not dialog.held.isHidden()
        assert f"{person.number}. {person.name}" in dialog.held.text()
        assert "banding (FR.AK.04) belum diputuskan" in dialog.held.text()
    finally:
        edb.close()
