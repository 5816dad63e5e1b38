"""FR.AK.05's four narrative boxes, typed by the assessor: stored, audited, carried in results
packages (table ``report_note``, one row per assessor x scheme)."""

from __future__ import annotations

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import ReportNote
from humas_desktop.services.close_session import ensure_open
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB

MAX_BOX = 2000  # characters per box: a paragraph or two, as the printed form has room for


def load(edb: EventDB, assessor_id: str, scheme_id: str) -> ReportNote:
    for note in repo.list_report_notes(edb):
        if note.assessor_id == assessor_id and note.scheme_id == scheme_id:
            return note
    return ReportNote(assessor_id, scheme_id)


def all_notes(edb: EventDB) -> dict[tuple[str, str], ReportNote]:
    return {(n.assessor_id, n.scheme_id): n for n in repo.list_report_notes(edb)}


def save(edb: EventDB, note: ReportNote, reason: str = "") -> None:
    """One transaction; every changed box is an audit entry (old -> new)."""
    ensure_open(edb)
    if note.assessor_id not in {a.id for a in repo.list_assessors(edb)}:
        raise DomainError("report_note_unknown_assessor")
    for text in note.boxes():
        if len(text) > MAX_BOX:
            raise DomainError("report_note_too_long", limit=MAX_BOX)
    cleaned = ReportNote(note.assessor_id, note.scheme_id, aspects=note.aspects.strip(),
                         rejections=note.rejections.strip(),
                         improvements=note.improvements.strip(), notes=note.notes.strip(),
                         id=note.id)
    repo.save_report_note(edb, cleaned, reason)
