"""FR.AK.03 (issue 26): the participant's feedback after the recommendation, on the assessor's
laptop, audited, carried to the coordinator in the results package and merged."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Verdict
from humas_desktop.messages import message
from humas_desktop.resources import resource_path
from humas_desktop.services import feedback
from humas_desktop.services.assessor_laptop import open_handout, write_results
from humas_desktop.services.check import check_event_file
from humas_desktop.services.demo import _score_fully
from humas_desktop.services.integrity import verify_for_use
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.services.laptops import setup_venue

SHIPPED = json.loads(resource_path("forms", "records-id.json").read_text(encoding="utf-8"))
STATEMENTS = SHIPPED["ak03"]["statements"]


def test_the_shipped_wording_is_the_official_ten_statements() -> None:
    assert len(STATEMENTS) == 10
    assert STATEMENTS[0].startswith("Saya mendapatkan penjelasan yang cukup memadai")
    assert STATEMENTS[9] == "Asesor menggunakan keterampilan komunikasi yang efektif selama asesmen"


def test_feedback_is_refused_before_the_recommendation_and_nothing_is_written(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=3)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        scheme = repo.load_schemes(edb)[0]
        person = repo.list_participants(edb)[0]
        assessor = repo.list_assessors(edb)[0]
        svc = ScoringService(edb)
        aid = svc.open_assessment(person.id, assessor.id, scheme.id)
        svc.give_consent(aid)
        svc.set_verdict(aid, scheme.questions[0].id, Verdict.K)
        with pytest.raises(DomainError) as refused:
            feedback.record(edb, aid, [True] * 10, signed_name=person.name)
        assert refused.value.code == "feedback_before_recommendation"
        assert "rekomendasi asesor belum" in message(refused.value.code)
        # A recommendation without the assessor's signature is not explained yet either.
        for unit in scheme.units:
            svc.set_unit_recommendation(aid, unit.id, Verdict.K)
        svc.set_overall(aid, Verdict.K)
        with pytest.raises(DomainError, match="feedback_before_recommendation"):
            feedback.record(edb, aid, [True] * 10, signed_name=person.name)
        assert repo.table_rows(edb, "feedback") == []


def _signed(tmp_path: Path) -> tuple[Path, str, str]:
    path = make_demo(tmp_path / "data", participants=3)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        scheme = repo.load_schemes(edb)[0]
        person = repo.list_participants(edb)[0]
        assessor = repo.list_assessors(edb)[0]
        svc = ScoringService(edb)
        aid = svc.open_assessment(person.id, assessor.id, scheme.id)
        _score_fully(svc, aid, scheme, random.Random(1), assessor, sign=True)
        return path, aid, person.name


def test_feedback_after_sign_off_snapshots_the_wording_and_passes_check(tmp_path: Path) -> None:
    path, aid, name = _signed(tmp_path)
    answers = [True] * 10
    answers[2] = False
    with open_event(path, device_id="t", actor="asesor") as edb:
        feedback.record(edb, aid, answers, ["", "", "Jadwal tidak dapat diubah"],
                        other_comments="Ruangan dingin", signed_name=name)
        got = feedback.get(edb, aid)
        assert got is not None
        assert [i.statement for i in got.items] == STATEMENTS
        assert [i.answer for i in got.items] == ["ya", "ya", "tidak"] + ["ya"] * 7
        assert got.items[2].comment == "Jadwal tidak dapat diubah"
        assert got.tidak_count == 1 and got.signed_name == name
        assert got.wording_version == SHIPPED["version"]
        with pytest.raises(DomainError, match="feedback_already_filled"):
            feedback.record(edb, aid, [True] * 10, signed_name=name)
        # The LSP changes its wording later: what the participant answered to stays.
        edb.set_setting("forms.wording", json.dumps({**SHIPPED, "version": "LSP-2", "ak03": {
            "statements": ["Pernyataan baru LSP"] * 10}}))
        assert feedback.wording(edb).version == "LSP-2"
        assert [i.statement for i in feedback.get(edb, aid).items] == STATEMENTS  # type: ignore[union-attr]
        verify_for_use(edb)
    assert check_event_file(path).ok


def test_feedback_needs_every_answer_and_the_participants_mark(tmp_path: Path) -> None:
    path, aid, name = _signed(tmp_path)
    with open_event(path, device_id="t", actor="asesor") as edb:
        with pytest.raises(DomainError, match="feedback_answers_count"):
            feedback.record(edb, aid, [True] * 9, signed_name=name)
        with pytest.raises(DomainError, match="feedback_signature_missing"):
            feedback.record(edb, aid, [True] * 10, signed_name="  ")
        with pytest.raises(DomainError, match="feedback_answer_invalid"):
            feedback.record(edb, aid, ["mungkin"] * 10, signed_name=name)
        with pytest.raises(DomainError) as missing:
            feedback.record(edb, aid, ["ya"] * 3 + [""] + ["ya"] * 6, signed_name=name)
        assert missing.value.code == "feedback_answer_missing"
        assert "Pernyataan 4 belum dijawab" in message(missing.value.code, **missing.value.context)
        with pytest.raises(DomainError, match="feedback_comment_too_long"):
            feedback.record(edb, aid, ["ya"] * 10, ["x" * 501], signed_name=name)
        assert repo.table_rows(edb, "feedback") == []


@pytest.mark.slow
def test_feedback_travels_in_the_results_package_and_merges(tmp_path: Path) -> None:
    """Two assessor laptops: each participant fills AK.03 on their assessor's laptop; the
    coordinator merges both packages and holds every AK.03, and check passes."""
    venue = setup_venue(tmp_path, participants=4)
    packages = []
    filled: dict[str, list[str]] = {}
    for lap, row in zip(venue.assessors, venue.assessor_rows, strict=True):
        lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                      coordinator_fingerprint=venue.coordinator.device.fingerprint)
        with lap.open(actor=row.id) as edb:
            svc = ScoringService(edb, lap.device)
            for i, person in enumerate(repo.list_participants(edb)):
                aid = svc.open_assessment(person.id, row.id, venue.scheme.id)
                _score_fully(svc, aid, venue.scheme, random.Random(i), row, sign=True)
                answers = ["ya"] * 10
                answers[i % 10] = "tidak"
                feedback.record(edb, aid, answers, signed_name=person.name)
                filled[aid] = answers
            packages.append(write_results(edb, lap.device, venue.stick))
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, packages).as_dict()
        assert report["rejected"] == [] and report["conflicts"] == 0
        held = {f.assessment_id: [i.answer for i in f.items] for _row, f in feedback.all_feedback(edb)}
        assert held == filled and len(held) == 4
        # The assessors' FR.AK.01 declarations came with them, one per assessment.
        assert sorted(r["assessment_id"] for r in repo.table_rows(edb, "impartiality")) == sorted(filled)
        names = {p.id: p.name for p in repo.list_participants(edb)}
        assert {names[row["participant_id"]] for row, _f in feedback.all_feedback(edb)} == set(names.values())
        again = merge_packages(edb, packages).as_dict()
        assert again["added"] == again["updated"] == 0
    assert check_event_file(venue.coordinator.event_path).ok  # type: ignore[arg-type]
