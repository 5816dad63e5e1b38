"""FR.AK.01 (issue 26): the assessor's declaration of impartiality and confidentiality comes with
the consent, and nothing is scored or signed for a participant before both exist."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humas_desktop.domain.errors import ScoringError
from humas_desktop.domain.models import Verdict
from humas_desktop.messages import message
from humas_desktop.resources import resource_path
from humas_desktop.services.integrity import verify_for_use
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

SHIPPED = json.loads(resource_path("forms", "records-id.json").read_text(encoding="utf-8"))


def test_no_scoring_before_the_assessors_declaration(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=3)
    with open_event(path, device_id="t", actor="asesor") as edb:
        scheme = repo.load_schemes(edb)[0]
        person = repo.list_participants(edb)[0]
        assessor = repo.list_assessors(edb)[0]
        svc = ScoringService(edb)
        aid = svc.open_assessment(person.id, assessor.id, scheme.id)
        svc.give_consent(aid, declare=False)  # the consent alone (as a file from before 0009 holds)
        question = scheme.questions[0]
        with pytest.raises(ScoringError) as refused:
            svc.set_verdict(aid, question.id, Verdict.K)
        assert refused.value.code == "impartiality_required"
        assert "ketidakberpihakan" in message(refused.value.code)
        with pytest.raises(ScoringError, match="impartiality_required"):
            svc.sign_off(aid, assessor.name, assessor.met_number)
        assert repo.table_rows(edb, "answer", "WHERE assessment_id = ?", [aid]) == []
        svc.declare_impartiality(aid)
        svc.set_verdict(aid, question.id, Verdict.K)
        [declared] = repo.table_rows(edb, "impartiality", "WHERE assessment_id = ?", [aid])
        assert declared["statement"] == SHIPPED["ak01"]["assessor_declaration"]
        assert declared["wording_version"] == SHIPPED["version"]
        assert (declared["signed_name"], declared["signed_met"]) == (assessor.name, assessor.met_number)
        verify_for_use(edb)


def test_consent_on_the_assessors_laptop_carries_the_declaration_once(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=3)
    with open_event(path, device_id="t", actor="asesor") as edb:
        scheme = repo.load_schemes(edb)[0]
        person = repo.list_participants(edb)[1]
        assessor = repo.list_assessors(edb)[1]
        svc = ScoringService(edb)
        aid = svc.open_assessment(person.id, assessor.id, scheme.id)
        svc.give_consent(aid)
        svc.give_consent(aid)  # confirmed again: still one declaration
        svc.set_verdict(aid, scheme.questions[0].id, Verdict.BK)
        assert len(repo.table_rows(edb, "impartiality", "WHERE assessment_id = ?", [aid])) == 1
        verify_for_use(edb)
