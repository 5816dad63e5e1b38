"""The order of a participant's certification day (issue 26; shared/forms.md 1.0):
APL → AK.01 → IA → AK.02 → AK.03 → result → AK.04 (if any).

:func:`steps` turns the facts of one participant (read by ``storage/apl_store.day_facts``) into
the steps the workspace's progress strip shows: each step's state and, when a step is not open
yet, the message code of the reason (``messages.py``). Pure: no storage, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from reprlib import recursive_repr
from typing import Any


class StepState(StrEnum):
    DONE = "done"  # recorded
    OPEN = "open"  # can be done now
    LOCKED = "locked"  # not open yet: ``reason`` says why
    STOPPED = "stopped"  # cannot go on (APL.01 not accepted, every unit stopped by APL.02)
    NOT_NEEDED = "not_needed"  # AK.04 when nobody appealed


STEP_CODES = ("APL", "AK.01", "IA", "AK.02", "AK.03", "HASIL", "AK.04")


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Step:
    code: str  # one of STEP_CODES
    state: StepState
    reason: str = ""  # message code when not done and not plainly open
    context: tuple[tuple[str, Any], ...] = ()  # the message's fields

    def __init__(self, code: str, state: StepState, reason: str = "",
                 context: tuple[tuple[str, Any], ...] = ()) -> None:
        _set = object.__setattr__  # frozen: as @dataclass(frozen=True) sets them
        _set(self, "code", code)
        _set(self, "state", state)
        _set(self, "reason", reason)
        _set(self, "context", context)

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(code={self.code!r}, state={self.state!r}, "
                f"reason={self.reason!r}, context={self.context!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.code, self.state, self.reason, self.context)
        theirs = (other.code, other.state, other.reason, other.context)
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self.code, self.state, self.reason, self.context))

    @property
    def context_dict(self) -> dict[str, Any]:
        return dict(self.context)


def steps(f: Mapping[str, Any]) -> list[Step]:
    """The seven steps of the day from the facts (see ``apl_store.day_facts`` for the keys)."""
    units = int(f.get("units") or 0)
    reviewed = int(f.get("apl02_reviewed") or 0)
    stopped = int(f.get("apl02_stopped") or 0)
    out: list[Step] = []
    # APL: the coordinator's APL.01 accepted, the assessor's APL.02 review of every unit.
    apl01 = f.get("apl01")
    if apl01 == "tidak_diterima":
        out.append(Step("APL", StepState.STOPPED, "day_apl01_rejected"))
    elif apl01 == "diterima" and units and reviewed >= units:
        out.append(Step("APL", StepState.DONE))
    elif apl01 != "diterima":
        out.append(Step("APL", StepState.OPEN, "day_apl01_missing"))
    else:
        out.append(Step("APL", StepState.OPEN, "day_apl02_missing",
                        (("done", reviewed), ("total", units))))
    # AK.01: the asesi's and the assessor's agreement, and the assessor's declaration.
    ak01_done = bool(f.get("consent")) and bool(f.get("ak01")) and bool(f.get("declaration"))
    signed = f.get("status") == "ditandatangani"
    if ak01_done or signed:
        out.append(Step("AK.01", StepState.DONE))
    elif not f.get("consent") or not f.get("ak01"):
        out.append(Step("AK.01", StepState.OPEN, "day_ak01_missing"))
    else:
        out.append(Step("AK.01", StepState.OPEN, "impartiality_required"))
    # IA: the evidence (IA.08 portfolio, IA.09/IA.07 questions): opens with AK.01.
    if units and stopped >= units:
        out.append(Step("IA", StepState.STOPPED, "day_all_units_stopped"))
    elif not ak01_done and not signed:
        out.append(Step("IA", StepState.LOCKED, "day_ia_needs_ak01"))
    elif signed or (units and int(f.get("units_recommended") or 0) >= units):
        out.append(Step("IA", StepState.DONE))
    else:
        out.append(Step("IA", StepState.OPEN))
    # AK.02: the recommendation per unit and overall, signed.
    if signed:
        out.append(Step("AK.02", StepState.DONE))
    elif not ak01_done:
        out.append(Step("AK.02", StepState.LOCKED, "day_ia_needs_ak01"))
    else:
        out.append(Step("AK.02", StepState.OPEN))
    recommended = signed and bool(f.get("recommendation"))
    # AK.03: filled by the asesi after the recommendation is explained.
    if f.get("feedback"):
        out.append(Step("AK.03", StepState.DONE))
    elif not recommended:
        out.append(Step("AK.03", StepState.LOCKED, "feedback_before_recommendation"))
    else:
        out.append(Step("AK.03", StepState.OPEN))
    # The result: the plenary's decision.
    decision = f.get("decision")
    if decision:
        out.append(Step("HASIL", StepState.DONE, context=(("result", decision),)))
    elif not recommended:
        out.append(Step("HASIL", StepState.LOCKED, "day_result_needs_ak02"))
    else:
        out.append(Step("HASIL", StepState.LOCKED, "day_result_waits_plenary"))
    # AK.04: only if the asesi appeals, only after a result.
    appeal = f.get("appeal")
    if appeal == "open":
        out.append(Step("AK.04", StepState.OPEN, "day_appeal_open"))
    elif appeal:
        out.append(Step("AK.04", StepState.DONE))
    elif decision or recommended:
        out.append(Step("AK.04", StepState.NOT_NEEDED, "day_appeal_none"))
    else:
        out.append(Step("AK.04", StepState.LOCKED, "day_appeal_needs_result"))
    return out
