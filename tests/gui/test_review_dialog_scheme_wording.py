"""The FR.VA window (issue 26) follows the chosen scheme's wording: a scheme with its own FR.VA
aspects shows those rows when chosen, and the validation is saved against them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidgetItem

from humas_desktop.gui.review_dialog import ValidationDialog
from humas_desktop.services import review
from humas_desktop.storage.db import open_event
from tests.services.test_form_wording import SHIPPED, _scheme, _signed_event

pytestmark = pytest.mark.gui
ASPECTS = ["Aspek skema B satu", "Aspek skema B dua"]


def test_the_validation_window_shows_and_saves_the_chosen_schemes_aspects(qtbot,  # type: ignore[no-untyped-def]
                                                                          tmp_path: Path) -> None:
    a = _scheme("SKM-A", None)
    b = _scheme("SKM-B", {"version": "B VA 1", "va": {**SHIPPED["va"], "aspects": ASPECTS}})
    path, _ = _signed_event(tmp_path, [a, b])
    with open_event(path, device_id="t", actor="coordinator") as edb:
        dialog = ValidationDialog(edb)
        qtbot.addWidget(dialog)
        dialog.scheme.setCurrentIndex(dialog.scheme.findData(a.id))
        assert len(dialog.aspects) == len(SHIPPED["va"]["aspects"])
        dialog.scheme.setCurrentIndex(dialog.scheme.findData(b.id))
        assert len(dialog.aspects) == len(ASPECTS)
        qtbot.keyClicks(dialog.validators[0], "Dra. Validator Satu")
        qtbot.keyClicks(dialog.validators[1], "Ir. Validator Dua")
        qtbot.keyClicks(dialog.place, "Kantor LSP")
        dialog.people.setItem(0, 1, QTableWidgetItem("Asesor Tiga"))
        dialog.people.setItem(0, 2, QTableWidgetItem("Perangkat sesuai"))
        dialog.aspects[1][0].setChecked(True)
        for c, text in enumerate(("Perbarui daftar periksa", "2 minggu", "Manajer Sertifikasi")):
            dialog.plan.setItem(0, c, QTableWidgetItem(text))
        assert dialog.save(), dialog.error.text()
        got = review.get_validation(edb, b.id, str(dialog.period.currentData()))
        assert got is not None and got.wording_version == "B VA 1"
        assert got.wording.aspects == tuple(ASPECTS)
        assert len(got.data.aspects) == 2 and got.data.aspects[1].rules[0]
