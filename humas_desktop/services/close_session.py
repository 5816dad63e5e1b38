"""Closing the session: checklist, LSP decisions, certificate numbers, read-only, reasoned reopen.

:func:`close_blockers` lists what still stands in the way; later features add their own checks
by appending a callable to :data:`BLOCKER_CHECKS` (e.g. the multi-laptop completeness grid).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

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


def _identity_check(edb: EventDB) -> list[Blocker]:
    """Participants whose identity (name, certificate name, NIK) changed after an assessor signed:
    the certificate must name the person assessed, so close shows them first."""
    from humas_desktop.services.integrity import identity_changes_after_signoff

    changed = identity_changes_after_signoff(edb)
    if not changed:
        return []
    numbers = repo.participant_numbers(edb)
    return [Blocker("identity_changed_after_signoff", len(changed),
                    tuple(sorted(numbers[p] for p in changed if p in numbers)))]


BlockerCheck = Callable[[EventDB], list[Blocker]]
# Extension point: append checks (the completeness grid of merged laptops adds its own).
BLOCKER_CHECKS: list[BlockerCheck] = [_assessment_checks, _completeness_checks, _numbering_check,
                                      _bnsp_codes_check, _identity_check]


def close_blockers(edb: EventDB, registry: RegistryStore | None = None,
                   identity_reason: str = "") -> list[Blocker]:
    """What stands in the way. The numbers come from a reserved block, else from ``registry``,
    else from the LSP's registry on this laptop (:func:`default_registry_location`): where that
    one holds the numbering codes, the event's own numbering settings are not needed (they only
    set up a registry not made yet). ``identity_reason``: the coordinator confirmed, with this
    reason, the identity changes made after sign-off."""
    from humas_desktop.services import registry as reg

    blockers: list[Blocker] = []
    for check in BLOCKER_CHECKS:
        blockers.extend(check(edb))
    if identity_reason.strip():
        blockers = [b for b in blockers if b.code != "identity_changed_after_signoff"]
    if registry is None and reg.event_reservation(edb) is None:
        if any(b.code == "numbering_not_configured" for b in blockers) \
                and reg.numbering_codes(default_registry_location()) is not None:
            blockers = [b for b in blockers if b.code != "numbering_not_configured"]
    else:
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


# --- the plenary date and SK number -----------------------------------------------------------


def last_assessment_day(edb: EventDB) -> date | None:
    """The event's last assessment day: its last day as planned, or a later sign-off (the local
    date of the latest signed assessment). ``None`` for an event with neither."""
    event = repo.load_event(edb)
    days = [d for d in (event.start_date, event.end_date) if d is not None]
    signed = queries.last_signed_at(edb)
    if signed:
        moment = datetime.fromisoformat(signed.replace("Z", "+00:00"))
        days.append(moment.astimezone().date() if moment.tzinfo else moment.date())
    return max(days, default=None)


def plenary_date_range(edb: EventDB, today: date | None = None) -> tuple[date | None, date]:
    """(first, last) allowed plenary date: not before the last assessment day, not after today.
    ``first`` is None when the event has no date at all; it may be after ``last`` when the
    event's dates or a laptop's clock are wrong (then no date can be chosen)."""
    return last_assessment_day(edb), today or date.today()


def _tanggal(d: date) -> str:
    from humas_desktop.formats.pdf.layout import tanggal

    return tanggal(d)


def check_plenary_date(edb: EventDB, plenary_date: date, today: date | None = None) -> None:
    """Refuse a plenary date the event contradicts: before its last assessment day (the pleno
    decides on assessments already done) or after today (certificates are not dated ahead)."""
    first, last = plenary_date_range(edb, today)
    if first is not None and first > last:
        raise CloseError("plenary_date_no_range", first=_tanggal(first), last=_tanggal(last))
    if first is None and plenary_date > last:
        raise CloseError("plenary_date_in_future", last=_tanggal(last))
    if first is not None and not first <= plenary_date <= last:
        raise CloseError("plenary_date_out_of_range", first=_tanggal(first), last=_tanggal(last))


def _pending_decisions(edb: EventDB) -> list[Decision]:
    """Decisions of present participants that this close turns into documents: those without an
    active certificate (a reopened event keeps the certificates it already issued)."""
    present = {pid for pid, _n, attendance, _s in queries.participant_attendance_rows(edb)
               if attendance == "hadir"}
    return [d for d in repo.list_decisions(edb) if d.participant_id in present
            and queries.active_certificate_id(edb, d.participant_id, d.scheme_id) is None]


def confirm_plenary(edb: EventDB, plenary_date: date, sk_number: str | None = None,
                    reason: str = "") -> int:
    """The plenary date (and SK number, when given) of this close against the recorded decisions.

    Equal: nothing to do. Different: refused, unless ``reason`` is given; then the decisions are
    recorded anew with the given date and SK, each change audited with the reason. Never
    ignored: the pleno minutes, the SK and the certificates say the same. Returns the number of
    decisions recorded anew.
    """
    given_sk = sk_number.strip() if sk_number is not None else None
    differing = [d for d in _pending_decisions(edb) if d.plenary_date != plenary_date
                 or (given_sk is not None and d.sk_number != given_sk)]
    if not differing:
        return 0
    why = (reason or "").strip()
    if not why:
        first = differing[0]
        raise CloseError("decision_record_differs", recorded=first.sk_number or "-",
                         recorded_date=_tanggal(first.plenary_date) if first.plenary_date else "-",
                         given=given_sk if given_sk is not None else first.sk_number,
                         given_date=_tanggal(plenary_date))
    with edb.atomic():
        for d in differing:
            changes = {"plenary_date": plenary_date.isoformat()}
            if given_sk is not None:
                changes["sk_number"] = given_sk
            repo.audited_update(edb, "decision", d.id, changes, reason=why)
    return len(differing)


def record_decisions(edb: EventDB, confirmed: dict[str, Verdict], plenary_date: date,
                     sk_number: str, decided_by: str, today: date | None = None) -> int:
    """Store the LSP decisions the coordinator confirmed (participant id -> K/BK), audited."""
    ensure_open(edb)
    if not sk_number.strip():
        raise CloseError("sk_number_missing")
    check_plenary_date(edb, plenary_date, today)
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


def held_by_appeal(edb: EventDB) -> list[int]:
    """Numbers of the participants decided K whose certificate close does not number while their
    FR.AK.04 appeal is open (services/appeals.py); numbered at a later close once decided."""
    from humas_desktop.services.appeals import held_back

    held = held_back(edb)
    numbers = repo.participant_numbers(edb)
    return sorted(numbers[d.participant_id] for d in repo.list_decisions(edb)
                  if d.participant_id in held and d.result is Verdict.K and d.participant_id in numbers)


def close_session(edb: EventDB, issue_date: date, reason: str = "",
                  registry: RegistryStore | None = None, duplicate_reason: str = "",
                  identity_reason: str = "",
                  on_backup: Callable[[Path | Exception], None] | None = None, *,
                  sk_number: str | None = None, record_reason: str = "",
                  today: date | None = None) -> list[str]:
    """Assign certificates for every decision K, then mark the event closed (read-only).

    ``issue_date`` is the plenary date: certificates are dated it and their numbers take its
    year. It must lie between the last assessment day and ``today``, and equal the recorded
    decisions' plenary date, as must ``sk_number`` when given; a difference is refused unless
    ``record_reason`` records them anew (see :func:`confirm_plenary`).

    Numbers come from the event's reserved block if it has one, else from ``registry``, else
    from the LSP's registry on this laptop (:func:`default_registry_location`, made from the
    event's LSP and numbering settings when it does not exist yet, as the GUI's close does): the
    registry is the LSP's one series across all events, never a counter in the event file.
    Refuses while :func:`close_blockers` reports anything. Returns the
    new certificate ids. A holder with an active certificate in the same scheme raises
    :class:`~humas_desktop.services.registry.DuplicateHoldersError` unless ``duplicate_reason``.
    ``on_backup`` is told the closed-event backup's path, or why it could not be taken (the
    session stays closed; the caller must say the backup is missing).
    """
    from humas_desktop.services import registry as reg
    from humas_desktop.services.workspace import ensure_coordinator_file

    ensure_coordinator_file(edb, "close")  # an assessor's copy never issues numbers (#24)
    ensure_open(edb)
    check_plenary_date(edb, issue_date, today)
    blockers = close_blockers(edb, registry, identity_reason)
    if blockers:
        raise CloseError("close_blocked", count=len(blockers), first=blockers[0].code)
    own = registry is None and reg.event_reservation(edb) is None
    store = reg.open_for_close(default_registry_location(), edb) if own else registry
    cert_ids: list[str] = []
    try:
        with edb.atomic():
            if identity_reason.strip():
                _record_identity_confirmations(edb, identity_reason.strip())
            confirm_plenary(edb, issue_date, sk_number, record_reason)
            cert_ids.extend(reg.assign_numbers(edb, store, issue_date, duplicate_reason))
            repo.audited_update(edb, "event", queries.event_id(edb),
                                {"status": EventStatus.CLOSED.value},
                                reason=reason.strip() or "sesi ditutup")
    finally:
        if own and store is not None:
            store.close()
    # Rotation keeps one copy per closed event. The session is closed either way: a failed
    # copy is retried by the automatic backups, it must not undo the close.
    from humas_desktop.services.backups import backup_now

    try:
        made: Path | Exception = backup_now(edb, "closed-event")
    except (DomainError, OSError) as exc:
        made = exc
    if on_backup is not None:
        on_backup(made)
    return cert_ids


def _record_identity_confirmations(edb: EventDB, reason: str) -> None:
    """The coordinator's confirmation of each identity changed after sign-off, in the log."""
    from humas_desktop.services.integrity import identity_changes_after_signoff
    from humas_desktop.storage import audit
    from humas_desktop.storage.db import now_iso

    for pid in identity_changes_after_signoff(edb):
        audit.append(edb.conn, at=now_iso(), actor=edb.actor, device_id=edb.device_id,
                     entity="participant", entity_id=pid, field="identity_confirmed", old=None,
                     new="after_signoff", reason=reason)


def default_registry_location() -> str:
    """The LSP's registry on this laptop, where a close given none numbers: ``HUMAS_REGISTRY``,
    else the embedded SQLite ``<data dir>/registry.sqlite`` (the GUI and the CLI's default)."""
    from humas_desktop.paths import running_data_dir
    from humas_desktop.services import registry as reg

    return reg.default_location(running_data_dir())


def reopen_session(edb: EventDB, reason: str) -> None:
    """Reopen a closed event; the reason goes to the audit log. Certificates keep their numbers."""
    if not reason.strip():
        raise CloseError("reopen_session_needs_reason")
    if not is_closed(edb):
        raise CloseError("event_not_closed")
    with edb.atomic():
        repo.audited_update(edb, "event", queries.event_id(edb), {"status": EventStatus.OPEN.value},
                            reason=reason.strip())
