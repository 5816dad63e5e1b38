"""Acara -> Tinjauan proses asesmen (FR.AK.06) and Validasi asesmen (FR.VA) (issue 26): the
review shows the day's facts and saves the reviewer's ticks and words; the validation is refused
with one message until two validators are named, then saved with what the boxes say."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidgetItem

from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.review_dialog import ReviewDialog, ValidationDialog
from humas_desktop.services import review
from humas_desktop.storage import repository as repo
from tests.conftest import make_demo
from tests.gui.windows import open_window

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("HUMAS_SHOTS")


def _window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_window(qtbot, path)


def test_review_shows_the_facts_and_saves_the_reviewers_findings(qtbot, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=8, decided=True)
    window = _window(qtbot, path)
    texts = [a.text() for a in window.menu_event.actions()]
    assert window.review.review_action.text() in texts
    assert window.review.validation_action.text() in texts
    edb = window.edb
    assert edb is not None
    dialog = ReviewDialog(edb, window)
    qtbot.addWidget(dialog)
    scheme_id = str(dialog.scheme.currentData())
    facts = review.day_facts(edb, scheme_id)
    shown = dialog.holder.findChildren(type(dialog.error))
    all_text = "\n".join(label.text() for label in shown)
    for a in facts.assessors:
        assert a.assessor in all_text
        assert f"rekomendasi K {a.recommended_k} / BK {a.recommended_bk}" in all_text
    saved = review.get_review(edb, scheme_id)  # the demo's
    assert saved is not None and "Tersimpan" in dialog.error.text()
    assert [[b.isChecked() for b in row] for row in dialog.principles] == [list(r) for r in saved.principles]
    dialog.principles[1][3].setChecked(False)
    dialog.dimensions[0].setChecked(False)
    dialog.comments.setPlainText("Perlu jeda antar-asesi")
    dialog.reviewer.setCurrentText(" ")
    assert not dialog.save()
    assert "Nama peninjau" in dialog.error.text()
    dialog.reviewer.setCurrentIndex(1)
    assert dialog.save()
    got = review.get_review(edb, scheme_id)
    assert got is not None and got.principles[1][3] is False and got.dimensions[0] is False
    assert got.comments == "Perlu jeda antar-asesi"
    assessors = sorted(repo.list_assessors(edb), key=lambda a: a.name)
    assert (got.reviewer_name, got.reviewer_met) == (assessors[1].name, assessors[1].met_number)
    if SHOTS:
        dialog.resize(1000, 700)
        dialog.grab().save(str(Path(SHOTS) / "review-ak06-dialog.png"))


def test_validation_needs_two_validators_and_saves_what_the_boxes_say(qtbot, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=4, decided=True)
    window = _window(qtbot, path)
    edb = window.edb
    assert edb is not None
    dialog = ValidationDialog(edb, window)
    qtbot.addWidget(dialog)
    dialog.period.setCurrentIndex(0)  # Sebelum Asesmen: nothing saved for it yet
    assert dialog.validators[0].text() == "" and dialog.error.text() == ""
    qtbot.keyClicks(dialog.validators[0], "Dra. Validator Satu")
    qtbot.keyClicks(dialog.place, "Kantor LSP")
    assert not dialog.save()
    assert "dua validator" in dialog.error.text()
    qtbot.keyClicks(dialog.validators[1], "Ir. Validator Dua")
    assert not dialog.save()
    assert "Asesor kompetensi" in dialog.error.text()  # the required person
    dialog.people.setItem(0, 1, QTableWidgetItem("Asesor Tiga"))
    dialog.people.setItem(0, 2, QTableWidgetItem("Perangkat sesuai"))
    checks, own = dialog.choices["purposes"]
    checks[2].setChecked(True)
    assert own is not None
    own.setText("audit internal")
    dialog.aspects[0][0].setChecked(True)
    dialog.aspects[7][7].setChecked(True)
    dialog.findings.setItem(0, 0, QTableWidgetItem("Bukti kurang terkini"))
    assert not dialog.save()
    assert "rencana implementasi" in dialog.error.text()
    for c, text in enumerate(("Perbarui daftar periksa", "2 minggu", "Manajer Sertifikasi")):
        dialog.plan.setItem(0, c, QTableWidgetItem(text))
    assert dialog.save(), dialog.error.text()
    sid = str(dialog.scheme.currentData())
    got = review.get_validation(edb, sid, "sebelum")
    assert got is not None
    d = got.data
    assert d.validators == ("Dra. Validator Satu", "Ir. Validator Dua") and d.place == "Kantor LSP"
    assert d.purposes == (checks[2].text(), "Lainnya: audit internal")
    assert [(p.role, p.name, p.result) for p in d.people] == [
        (got.wording.people[0], "Asesor Tiga", "Perangkat sesuai")]
    assert d.aspects[0].rules[0] and d.aspects[7].principles[3]
    assert sum(sum(a.rules) + sum(a.principles) for a in d.aspects) == 2
    assert [(f.finding, f.recommendation) for f in d.findings] == [("Bukti kurang terkini", "")]
    assert [(i.activity, i.due, i.responsible) for i in d.plan] == [
        ("Perbarui daftar periksa", "2 minggu", "Manajer Sertifikasi")]
    # Reopened, the form shows what it holds.
    again = ValidationDialog(edb, window)
    qtbot.addWidget(again)
    again.period.setCurrentIndex(0)
    assert again.validators[1].text() == "Ir. Validator Dua" and again.choices["purposes"][0][2].isChecked()
    if SHOTS:
        again.resize(1000, 700)
        again.grab().save(str(Path(SHOTS) / "review-va-dialog.png"))
