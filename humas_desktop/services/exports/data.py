"""What every document of the export set is made from: the event read once (:class:`EventData`),
who the lists cover (:func:`is_present`) and the shared formatting of dates, TUK and codes.

What many documents print (the roster, the assessments without their answers, the decisions) is
read once; the records only one kind prints (FR.APL.01/APL.02/AK.01, FR.AK.03/AK.04, FR.AK.06/VA)
are read by that kind when it is written (:meth:`EventData.read`) and let go after it, so the
export holds one kind's records at a time, not the whole event's (#25). The export reads inside
one read snapshot (storage/db.read_snapshot), so every kind sees the same state of the file."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from humas_desktop.domain.models import (
    Assessment,
    Assessor,
    Attendance,
    Certificate,
    Decision,
    Event,
    EventStatus,
    Participant,
    ReportNote,
    Scheme,
    Verdict,
)
from humas_desktop.domain.terbilang import HARI
from humas_desktop.storage import queries
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB

T = TypeVar("T")
_TUK = {"sewaktu": "TUK Sewaktu", "tempat_kerja": "TUK Tempat Kerja", "mandiri": "TUK Mandiri"}


@dataclass(slots=True)
class EventData:
    event: Event
    schemes: dict[str, Scheme]
    assessors: dict[str, Assessor]
    participants: list[Participant]
    primary: dict[str, str]  # participant id -> assessor id
    assessments: dict[str, Assessment]
    decisions: dict[str, Decision]
    certificates: dict[str, Certificate]
    settings: dict[str, str] = field(default_factory=dict)
    held_back: set[str] = field(default_factory=set)  # participant ids whose certificate waits
    report_notes: dict[tuple[str, str], ReportNote] = field(default_factory=dict)
    source: EventDB | None = None  # the open event file, for what one kind reads (read())

    def read(self, loader: Callable[[EventDB], T]) -> T:
        """``loader(edb)`` on the event file this was read from: the records only one kind
        prints, read when that kind is written (the caller lets them go when it is done)."""
        if self.source is None:
            raise ValueError("EventData was not read from an event file")
        return loader(self.source)

    @property
    def is_draft(self) -> bool:
        """Documents exported before the session is closed are drafts."""
        return self.event.status is not EventStatus.CLOSED

    def assessor_of(self, p: Participant) -> Assessor | None:
        a = self.assessments.get(p.id)
        aid = a.assessor_id if a else self.primary.get(p.id)
        return self.assessors.get(aid) if aid else None

    def scheme_of(self, p: Participant) -> Scheme | None:
        return self.schemes.get(p.scheme_id or "") or next(iter(self.schemes.values()), None)


def load_event_data(edb: EventDB) -> EventData:
    participants = repo.list_participants(edb)
    primary = queries.assessor_by_participant(edb)
    # The signed assessment wins; otherwise the most recently touched one.
    best = queries.best_assessment_ids(edb)
    from humas_desktop.services.document_settings import apply_registry_identity

    # One LSP identity: the registry's, as the event took it at close (when it met one).
    event, settings = apply_registry_identity(repo.load_event(edb), queries.all_settings(edb))
    return EventData(
        event=event, schemes={s.id: s for s in repo.load_schemes(edb)},
        assessors={a.id: a for a in repo.list_assessors(edb)}, participants=participants,
        primary=primary,
        # Without the answers and evidence items: no document prints them.
        assessments={pid: repo.load_assessment(edb, aid, details=False) for pid, aid in best.items()},
        decisions={d.participant_id: d for d in repo.list_decisions(edb)},
        certificates={c.participant_id: c for c in repo.list_certificates(edb) if not c.voided},
        settings=settings,
        report_notes={(n.assessor_id, n.scheme_id): n for n in repo.list_report_notes(edb)},
        source=edb,
    )


# --- formatting helpers --------------------------------------------------------------------------

def dmy(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def dates(e: Event) -> str:
    if e.start_date and e.end_date and e.end_date != e.start_date:
        return f"{dmy(e.start_date)} – {dmy(e.end_date)}"
    return dmy(e.start_date)


def tuk(e: Event) -> str:
    return f"{e.tuk_name} ({_TUK.get(e.tuk_type.value, e.tuk_type.value)})"


def scheme_label(s: Scheme | None) -> str:
    return f"{s.title_id} ({s.code})" if s else "-"


def verdict_text(v: Verdict | None) -> str:
    return v.value if v else ""


def is_present(data: EventData, p: Participant) -> bool:
    """Who the lists and minutes cover. Before close (a draft) that is the whole roster except
    those marked absent: nobody drops out because no one has opened their record yet. After
    close, attendance is filled for everyone (closing requires it)."""
    if data.is_draft:
        return p.attendance is not Attendance.TIDAK_HADIR
    return p.attendance is Attendance.HADIR or (p.attendance is None and p.id in data.assessments)


def event_days(e: Event) -> list[date]:
    if e.start_date is None:
        return []
    end = e.end_date if e.end_date and e.end_date >= e.start_date else e.start_date
    return [e.start_date + timedelta(days=i) for i in range((end - e.start_date).days + 1)][:14]


def day_label(d: date) -> str:
    """"Senin, 10/03/2025"."""
    return f"{HARI[d.weekday()]}, {dmy(d)}"


def codes(data: EventData, key: str) -> dict[str, str]:
    try:
        value = json.loads(data.settings.get(key, "{}"))
    except ValueError:
        return {}
    return {str(k).strip().lower(): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def codes_exact(data: EventData, key: str) -> dict[str, str]:
    try:
        value = json.loads(data.settings.get(key, "{}"))
    except ValueError:
        return {}
    return {str(k).strip(): str(v) for k, v in value.items()} if isinstance(value, dict) else {}
