"""FR.AK.02 evidence methods (#24 item 3): ticked from what was done (answered IA.09 = Wawancara,
IA.07 = Lisan, an FR.IA.08 item = Portofolio), adjustable by the assessor, and sign-off needs at
least one method per unit, naming the unit."""

from __future__ import annotations

import pytest

from humas_desktop.domain.errors import ScoringError
from humas_desktop.domain.models import EvidenceType, QuestionKind, Verdict
from humas_desktop.messages import message
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB


def fresh(demo_db: EventDB):
    svc = ScoringService(demo_db)
    person = repo.list_participants(demo_db)[0]  # demo: the first participants are not started
    aid = svc.assessment_for(person.id)
    scheme = repo.load_schemes(demo_db)[0]
    svc.give_consent(aid)
    return svc, aid, scheme


def methods(svc: ScoringService, aid: str) -> dict[str, list[EvidenceType]]:
    return {r.unit_id: r.evidence_types for r in svc.assessment(aid).unit_results}


def score_like_the_shortcut_sheet(svc: ScoringService, aid: str, scheme) -> None:
    """Answers, Ctrl+K per question, Ctrl+Shift+K per unit, confirm: no tick by hand."""
    for q in scheme.questions:
        svc.set_verdict(aid, q.id, Verdict.K)
    for u in scheme.units:
        svc.set_unit_recommendation(aid, u.id, Verdict.K)
    svc.set_overall(aid, svc.suggested_overall(aid))


def test_methods_ticked_from_the_questions_answered_and_the_portfolio(demo_db) -> None:
    svc, aid, scheme = fresh(demo_db)
    unit = scheme.units[0]
    interview = next(q for q in scheme.questions
                     if q.unit_code == unit.code and q.kind is QuestionKind.IA09)
    oral = next(q for q in scheme.questions
                if q.unit_code == unit.code and q.kind is QuestionKind.IA07)
    svc.set_verdict(aid, interview.id, Verdict.K)
    assert methods(svc, aid)[unit.id] == [EvidenceType.WAWANCARA]
    svc.set_verdict(aid, oral.id, Verdict.BK)
    assert methods(svc, aid)[unit.id] == [EvidenceType.WAWANCARA, EvidenceType.LISAN]
    second = scheme.units[1]
    svc.add_evidence(aid, second.id, "SK pengangkatan")
    assert methods(svc, aid)[second.id] == [EvidenceType.PORTOFOLIO]
    # The assessor adjusts: untick Lisan; scoring on does not tick it again.
    svc.set_unit_evidence_types(aid, unit.id, [EvidenceType.WAWANCARA, EvidenceType.OBSERVASI])
    svc.set_verdict(aid, oral.id, Verdict.K)
    other_interview = [q for q in scheme.questions
                       if q.unit_code == unit.code and q.kind is QuestionKind.IA09][1]
    svc.set_verdict(aid, other_interview.id, Verdict.K)
    assert methods(svc, aid)[unit.id] == [EvidenceType.OBSERVASI, EvidenceType.WAWANCARA]


def test_scored_by_the_shortcut_sheet_signs_with_methods(demo_db) -> None:
    svc, aid, scheme = fresh(demo_db)
    score_like_the_shortcut_sheet(svc, aid, scheme)
    got = methods(svc, aid)
    assert all(got[u.id] == [EvidenceType.WAWANCARA, EvidenceType.LISAN] for u in scheme.units)
    svc.sign_off(aid, "Dra. Wahyuni", "MET.000.1")
    assert svc.assessment(aid).is_signed


def test_sign_off_needs_a_method_per_unit_and_names_the_unit(demo_db) -> None:
    svc, aid, scheme = fresh(demo_db)
    score_like_the_shortcut_sheet(svc, aid, scheme)
    unit = scheme.units[2]
    svc.set_unit_evidence_types(aid, unit.id, [])
    with pytest.raises(ScoringError) as refused:
        svc.sign_off(aid, "Dra. Wahyuni", "MET.000.1")
    assert refused.value.code == "unit_evidence_missing"
    text = message(refused.value.code, **refused.value.context)
    assert unit.code in text and "metode bukti" in text
    assert not svc.assessment(aid).is_signed
    svc.set_unit_evidence_types(aid, unit.id, [EvidenceType.OBSERVASI])
    svc.sign_off(aid, "Dra. Wahyuni", "MET.000.1")
    assert svc.assessment(aid).is_signed
