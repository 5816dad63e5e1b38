"""Is the session still open? The guard every writing use case starts with.

A leaf module (no other service imported) so that close_session, registry, merge, roster
import and scoring can all ask without importing each other.
"""

from __future__ import annotations

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import EventStatus
from humas_desktop.storage import queries
from humas_desktop.storage.db import EventDB


class CloseError(DomainError):
    """Closing, reopening, deciding, or writing into a closed session."""


def is_closed(edb: EventDB) -> bool:
    return queries.event_status(edb) == EventStatus.CLOSED.value


def ensure_open(edb: EventDB) -> None:
    """Guard for every writing use case: a closed event is read-only."""
    if is_closed(edb):
        raise CloseError("event_closed")
