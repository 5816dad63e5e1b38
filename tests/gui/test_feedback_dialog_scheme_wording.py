"""The FR.AK.03 and FR.AK.04 windows (issue 26) show the statements and questions of the chosen
participant's scheme: choosing a participant of a scheme with its own wording shows that
wording's rows, and what is saved is answered against them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from humas_desktop.gui.appeal_dialog import OpenAppealDialog
from humas_desktop.gui.feedback_dialog import FeedbackDialog
from humas_desktop.services import appeals, feedback
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.services.test_form_wording import A_STATEMENTS, B_STATEMENTS, _scheme, _signed_event

pytestmark = pytest.mark.gui


def _texts(widget) -> set[str]:  # type: ignore[no-untyped-def]
    return {label.text() for label in widget.findChildren(QLabel)}


def test_the_feedback_and_appeal_windows_follow_the_participants_scheme(qtbot,  # type: ignore[no-untyped-def]
                                                                         tmp_path: Path) -> None:
    a = _scheme("SKM-A", {"version": "A 1", "ak03": {"statements": A_STATEMENTS}})
    b = _scheme("SKM-B", {"version": "B 1", "ak03": {"statements": B_STATEMENTS},
                          "ak04": {"questions": ["Pertanyaan banding skema B?"]}})
    path, aids = _signed_event(tmp_path, [a, b])
    with open_event(path, device_id="t", actor="asesor") as edb:
        dialog = FeedbackDialog(edb)
        qtbot.addWidget(dialog)
        for code, statements in (("SKM-A", A_STATEMENTS), ("SKM-B", B_STATEMENTS)):
            dialog.participant.setCurrentIndex(dialog.participant.findData(aids[code]))
            assert len(dialog.answers) == len(statements)
            assert {f"{i}. {s}" for i, s in enumerate(statements, 1)} <= _texts(dialog)
        for answer in dialog.answers:
            answer.setCurrentIndex(answer.findData("ya"))
        dialog.signature.setText("Asesi B")
        assert dialog.save()
        got = feedback.get(edb, aids["SKM-B"])
        assert got is not None and [i.statement for i in got.items] == B_STATEMENTS
        # The next participant (scheme A) gets scheme A's ten rows back.
        assert dialog.participant.currentData() == aids["SKM-A"]
        assert len(dialog.answers) == len(A_STATEMENTS)

        pid_b = repo.load_assessment(edb, aids["SKM-B"]).participant_id
        appeal = OpenAppealDialog(edb, pid_b)
        qtbot.addWidget(appeal)
        assert len(appeal.answers) == 1
        assert "1. Pertanyaan banding skema B?" in _texts(appeal)
        appeal.answers[0].setCurrentIndex(appeal.answers[0].findData("tidak"))
        appeal.reason.setPlainText("Asesi merasa pertanyaan skema B kurang jelas dijelaskan.")
        assert appeal.save(), appeal.error.text()
        case = appeals.get(edb, appeal.case_id)  # type: ignore[arg-type]
        assert case.questions == ("Pertanyaan banding skema B?",)
        assert case.received_on == date.today()
