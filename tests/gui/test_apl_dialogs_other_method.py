"""FR.AK.01 dialog (issue 26): the evidence method "Lainnya" gets a field for what it is, open
only while "Lainnya" is ticked; saved without it the dialog says why and records nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.gui.apl_dialogs import Ak01Dialog
from humas_desktop.services import apl
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

pytestmark = pytest.mark.gui


def test_lainnya_opens_its_field_and_is_saved_with_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = make_demo(tmp_path / "data", participants=2)
    with open_event(path, device_id="t", actor="asesor") as edb:
        scheme = repo.load_schemes(edb)[0]
        person, assessor = repo.list_participants(edb)[0], repo.list_assessors(edb)[0]
        svc = ScoringService(edb)
        aid = svc.draft_assessment(person.id, assessor.id, scheme.id)
        dialog = Ak01Dialog(svc, aid, person)
        qtbot.addWidget(dialog)
        assert not dialog.other_method.isEnabled()
        dialog.methods["lainnya"].setChecked(True)
        assert dialog.other_method.isEnabled()
        dialog.agree.setChecked(True)
        assert not dialog.save()  # "Lainnya" without what it is
        assert "Lainnya" in dialog.error.text()
        assert repo.table_rows(edb, "ak01") == []
        qtbot.keyClicks(dialog.other_method, "Simulasi konferensi pers")
        assert dialog.save()
        form = apl.get_ak01(edb, aid)
        assert form is not None and "lainnya" in form.terms.methods
        assert form.terms.other_method == "Simulasi konferensi pers"
        shown = Ak01Dialog(svc, aid, person)  # the recorded form: shown, not editable
        qtbot.addWidget(shown)
        assert shown.other_method.text() == "Simulasi konferensi pers"
        assert not shown.other_method.isEnabled()


def test_a_signed_ak01_shows_the_declaration_as_signed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The LSP's wording changes after the form was signed: the form shows what was signed."""
    import json

    from PySide6.QtWidgets import QLabel

    from humas_desktop.resources import resource_path

    path = make_demo(tmp_path / "data", participants=2)
    with open_event(path, device_id="t", actor="asesor") as edb:
        scheme = repo.load_schemes(edb)[0]
        person, assessor = repo.list_participants(edb)[0], repo.list_assessors(edb)[0]
        svc = ScoringService(edb)
        aid = svc.draft_assessment(person.id, assessor.id, scheme.id)
        svc.give_consent(aid)
        signed = repo.table_rows(edb, "impartiality")[0]["statement"]
        shipped = json.loads(resource_path("forms", "records-id.json").read_text("utf-8"))
        shipped["version"] = "LSP baru"
        shipped["ak01"]["assessor_declaration"] = "Pernyataan baru setelah ditandatangani."
        edb.set_setting("forms.wording", json.dumps(shipped))
        dialog = Ak01Dialog(svc, aid, person)
        qtbot.addWidget(dialog)
        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert signed in texts and "Pernyataan baru setelah ditandatangani." not in texts
