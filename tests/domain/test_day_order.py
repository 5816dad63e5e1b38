"""The order of a participant's day (issue 26): APL → AK.01 → IA → AK.02 → AK.03 → result →
AK.04, each step's state and, when not open yet, the reason a person reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from humas_desktop.domain.day_order import STEP_CODES, StepState, steps
from humas_desktop.messages import MESSAGES
from humas_desktop.services import apl, feedback
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

FRESH: dict[str, Any] = {"apl01": None, "units": 3, "apl02_reviewed": 0, "apl02_stopped": 0,
                         "consent": False, "ak01": False, "declaration": False, "answered": 0,
                         "units_recommended": 0, "status": None, "recommendation": None,
                         "feedback": False, "decision": None, "appeal": None}


def _states(facts: dict[str, Any]) -> dict[str, tuple[StepState, str]]:
    return {s.code: (s.state, s.reason) for s in steps(facts)}


def test_a_fresh_participant_can_start_apl_and_ak01_and_nothing_after() -> None:
    got = _states(FRESH)
    assert tuple(got) == STEP_CODES
    assert got["APL"] == (StepState.OPEN, "day_apl01_missing")
    assert got["AK.01"] == (StepState.OPEN, "day_ak01_missing")
    assert got["IA"] == (StepState.LOCKED, "day_ia_needs_ak01")
    assert got["AK.02"] == (StepState.LOCKED, "day_ia_needs_ak01")
    assert got["AK.03"] == (StepState.LOCKED, "feedback_before_recommendation")
    assert got["HASIL"] == (StepState.LOCKED, "day_result_needs_ak02")
    assert got["AK.04"] == (StepState.LOCKED, "day_appeal_needs_result")
    for s in steps(FRESH):  # every reason is a message a person reads
        assert not s.reason or s.reason in MESSAGES


def test_steps_open_one_after_another() -> None:
    f = {**FRESH, "apl01": "diterima", "apl02_reviewed": 2}
    assert _states(f)["APL"] == (StepState.OPEN, "day_apl02_missing")
    f |= {"apl02_reviewed": 3}
    assert _states(f)["APL"][0] is StepState.DONE
    f |= {"consent": True, "ak01": True}
    assert _states(f)["AK.01"] == (StepState.OPEN, "impartiality_required")
    assert _states(f)["IA"][0] is StepState.LOCKED
    f |= {"declaration": True}
    assert _states(f)["AK.01"][0] is StepState.DONE and _states(f)["IA"][0] is StepState.OPEN
    f |= {"units_recommended": 3, "status": "ditandatangani", "recommendation": "BK"}
    got = _states(f)
    assert got["IA"][0] is got["AK.02"][0] is StepState.DONE
    assert got["AK.03"][0] is StepState.OPEN
    assert got["HASIL"] == (StepState.LOCKED, "day_result_waits_plenary")
    f |= {"feedback": True, "decision": "BK", "appeal": "open"}
    got = _states(f)
    assert got["AK.03"][0] is got["HASIL"][0] is StepState.DONE
    assert got["AK.04"] == (StepState.OPEN, "day_appeal_open")
    assert _states({**f, "appeal": "decided"})["AK.04"][0] is StepState.DONE
    assert _states({**f, "appeal": None})["AK.04"][0] is StepState.NOT_NEEDED


def test_stops_apl01_rejected_and_every_unit_stopped() -> None:
    assert _states({**FRESH, "apl01": "tidak_diterima"})["APL"] == (StepState.STOPPED,
                                                                      "day_apl01_rejected")
    got = _states({**FRESH, "apl02_stopped": 3, "consent": True, "ak01": True, "declaration": True})
    assert got["IA"] == (StepState.STOPPED, "day_all_units_stopped")


def test_the_steps_of_a_participant_read_from_the_event(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=8, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        svc = ScoringService(edb)
        filled = {row["assessment_id"] for row, _fb in feedback.all_feedback(edb)}
        for person in repo.list_participants(edb):
            aid = svc.assessment_for(person.id)
            got = {s.code: s.state for s in apl.day_steps(edb, person.id, aid)}
            assert got["APL"] is got["AK.01"] is got["IA"] is got["AK.02"] is StepState.DONE
            assert got["HASIL"] is StepState.DONE
            assert got["AK.03"] is (StepState.DONE if aid in filled else StepState.OPEN)
        fresh = make_demo(tmp_path / "fresh", participants=2)
    with open_event(fresh, device_id="t", actor="coordinator") as edb:
        person = repo.list_participants(edb)[0]
        got = {s.code: s.state for s in apl.day_steps(edb, person.id, None)}
        assert got["APL"] is StepState.OPEN and got["IA"] is StepState.LOCKED
