"""Closing the session: checklist, LSP decisions, certificate numbers, read-only, reasoned reopen.

:func:`close_blockers` lists what still stands in the way; later features add their own checks
by appending a callable to :data:`BLOCKER_CHECKS` (e.g. the multi-laptop completeness grid).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Decision, EventStatus, Verdict
from humas_desktop.services import numbering

# The open/closed guard lives in a leaf module (registry, merge and roster import use it too).
from humas_desktop.services.event_state import CloseError as CloseError
from humas_desktop.services.event_state import ensure_open as ensure_open
from humas_desktop.services.event_state import is_closed as is_closed
from humas_desktop.storage import queries
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB
from humas_desktop.storage.registry import RegistryStore


@dataclass(frozen=True, slots=True)
class Blocker:
    """One unmet condition; ``numbers`` are participant numbers (never names) to show."""

    code: str
    count: int = 1
    numbers: tuple[int, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class DecisionCandidate:
    """A present participant with the assessor's recommendation offered as the default."""

    participant_id: str
    scheme_id: str
    number: int
    name: str
    recommendation: Verdict | None
    decision: Verdict | None
    plenary_date: date | None
    sk_number: str


def _assessment_checks(edb: EventDB) -> list[Blocker]:
    unknown: list[int] = []
    unsigned: list[int] = []
    undecided: list[int] = []
    incomplete_decision: list[int] = []
    signed = queries.signed_participant_ids(edb)
    decisions = queries.decision_plenary_by_participant(edb)
    marked = queries.completeness_marked_participant_ids(edb)
    for pid, number, attendance, _scheme in queries.participant_attendance_rows(edb):
        if pid in marked:  # marked absent/withdrawn in the completeness grid, with a reason
            continue
        if attendance is None:
            unknown.append(number)
            continue
        if attendance != "hadir":
            continue
        if pid not in signed:
            unsigned.append(number)
        if pid not in decisions:
            undecided.append(number)
        elif not decisions[pid][0] or not (decisions[pid][1] or "").strip():
            incomplete_decision.append(number)
    out = []
    for code, numbers in (("attendance_unknown", unknown), ("assessment_not_signed", unsigned),
                          ("decision_missing", undecided),
                          ("decision_incomplete", incomplete_decision)):
        if numbers:
            out.append(Blocker(code, len(numbers), tuple(numbers)))
    return out


def _completeness_checks(edb: EventDB) -> list[Blocker]:
    """Results expected from assessors' laptops that have not arrived signed; open merge conflicts.

    Participants the attendance list records as absent are not waited for.
    """
    from humas_desktop.services import completeness

    absent = queries.absent_participant_ids(edb)
    missing = [c for c in completeness.missing_expected(edb) if c.participant_id not in absent]
    out: list[Blocker] = []
    if missing:
        numbers = tuple(sorted({c.participant_number for c in missing}))
        out.append(Blocker("results_missing", len(missing), numbers))
    conflicts = completeness.open_conflict_count(edb)
    if conflicts:
        out.append(Blocker("merge_conflicts_open", conflicts))
    return out


def _numbering_check(edb: EventDB) -> list[Blocker]:
    return [] if numbering.load_config(edb) is not None else [Blocker("numbering_not_configured")]


def _bnsp_codes_check(edb: EventDB) -> list[Blocker]:
    """A blank required BNSP code (kota/provinsi, pendidikan, pekerjaan, jadwal) blocks closing."""
    from humas_desktop.services.exports import bnsp_gaps, load_event_data

    return [Blocker(code, len(numbers) or 1, tuple(numbers))
            for code, numbers in bnsp_gaps(load_event_data(edb))]


BlockerCheck = Callable[[EventDB], list[Blocker]]
# Extension point: append checks (the completeness grid of merged laptops adds its own).
BLOCKER_CHECKS: list[BlockerCheck] = [_assessment_checks, _completeness_checks, _numbering_check,
                                      _bnsp_codes_check]


def close_blockers(edb: EventDB, registry: RegistryStore | None = None) -> list[Blocker]:
    """What stands in the way. With a registry (or a reserved block) the numbering comes from
    there, so the event's own numbering settings are not needed."""
    from humas_desktop.services import registry as reg

    blockers: list[Blocker] = []
    for check in BLOCKER_CHECKS:
        blockers.extend(check(edb))
    if registry is not None or reg.event_reservation(edb) is not None:
        blockers = [b for b in blockers if b.code != "numbering_not_configured"]
        if reg.event_reservation(edb) is None and registry is not None \
                and reg.registry_codes(registry, edb) is None:
            blockers.append(Blocker("numbering_not_configured"))
    return blockers


def decision_candidates(edb: EventDB) -> list[DecisionCandidate]:
    """Present participants, each with the assessor's recommendation as the proposed decision."""
    return [DecisionCandidate(
        participant_id=r[0], number=r[1], name=r[2], scheme_id=r[3],
        recommendation=Verdict(r[4]) if r[4] else None, decision=Verdict(r[5]) if r[5] else None,
        plenary_date=date.fromisoformat(r[6]) if r[6] else None, sk_number=r[7] or "")
        for r in queries.decision_candidate_rows(edb) if r[3]]


def signed_not_listed(edb: EventDB) -> tuple[list[int], list[int]]:
    """Participants with a signed record who are not in the decision list, and why: (numbers
    whose attendance is empty, numbers marked absent)."""
    rows = queries.signed_not_present_rows(edb)
    return ([n for n, att in rows if att is None], [n for n, att in rows if att is not None])


def record_decisions(edb: EventDB, confirmed: dict[str, Verdict], plenary_date: date,
                     sk_number: str, decided_by: str) -> int:
    """Store the LSP decisions the coordinator confirmed (participant id -> K/BK), audited."""
    ensure_open(edb)
    if not sk_number.strip():
        raise CloseError("sk_number_missing")
    candidates = {c.participant_id: c for c in decision_candidates(edb)}
    with edb.atomic():
        for pid, verdict in confirmed.items():
            cand = candidates.get(pid)
            if cand is None:
                raise CloseError("decision_not_present_participant")
            repo.save_decision(edb, Decision(
                participant_id=pid, scheme_id=cand.scheme_id, result=Verdict(verdict),
                plenary_date=plenary_date, sk_number=sk_number.strip(), decided_by=decided_by))
    return len(confirmed)


def close_session(edb: EventDB, issue_date: date, reason: str = "",
                  registry: RegistryStore | None = None, duplicate_reason: str = "") -> list[str]:
    """Assign certificates for every decision K, then mark the event closed (read-only).

    Numbers come from the event's reserved block if it has one, else from ``registry`` (the
    LSP's one series across all events); without either, from the event's own settings (a
    stand-alone event file). Refuses while :func:`close_blockers` reports anything. Returns the
    new certificate ids. A holder with an active certificate in the same scheme raises
    :class:`~humas_desktop.services.registry.DuplicateHoldersError` unless ``duplicate_reason``.
    """
    from humas_desktop.services import registry as reg
    from humas_desktop.services.workspace import ensure_coordinator_file

    ensure_coordinator_file(edb, "close")  # an assessor's copy never issues numbers (#24)
    ensure_open(edb)
    blockers = close_blockers(edb, registry)
    if blockers:
        raise CloseError("close_blocked", count=len(blockers), first=blockers[0].code)
    cert_ids: list[str] = []
    with edb.atomic():
        if registry is not None or reg.event_reservation(edb) is not None:
            cert_ids.extend(reg.assign_numbers(edb, registry, issue_date, duplicate_reason))
        else:
            for decision_id, pid, scheme_id in queries.present_k_decisions(edb):
                cert_ids.append(numbering.assign_certificate(edb, pid, scheme_id, decision_id,
                                                             issue_date))
        repo.audited_update(edb, "event", queries.event_id(edb), {"status": EventStatus.CLOSED.value},
                            reason=reason.strip() or "sesi ditutup")
    # Rotation keeps one copy per closed event. The session is closed either way: a failed
    # copy is retried by the automatic backups, it must not undo the close.
    from humas_desktop.services.backups import backup_now

    with contextlib.suppress(DomainError, OSError):
        backup_now(edb, "closed-event")
    return cert_ids


def reopen_session(edb: EventDB, reason: str) -> None:
    """Reopen a closed event; the reason goes to the audit log. Certificates keep their numbers."""
    if not reason.strip():
        raise CloseError("reopen_session_needs_reason")
    if not is_closed(edb):
        raise CloseError("event_not_closed")
    with edb.atomic():
        repo.audited_update(edb, "event", queries.event_id(edb), {"status": EventStatus.OPEN.value},
                            reason=reason.strip())
