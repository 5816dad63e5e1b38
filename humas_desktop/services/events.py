"""Create, list and open event files in the data directory."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from humas_desktop.domain.errors import EventFileError
from humas_desktop.domain.models import Assessor, Event, Scheme
from humas_desktop.paths import EVENT_SUFFIX, events_dir
from humas_desktop.storage import queries
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, open_event
from humas_desktop.storage.device import Device


def slug(text: str, limit: int = 40) -> str:
    """File-name-safe slug of an event name (never of a person's data)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit] or "acara"


def event_file_path(base: Path, event: Event) -> Path:
    return events_dir(base) / f"{slug(event.name)}-{event.id[:8]}{EVENT_SUFFIX}"


def create_event(base: Path, event: Event, schemes: list[tuple[Scheme, str]],
                 assessors: list[Assessor], device_id: str = "",
                 device: Device | None = None) -> Path:
    """Write a new event file; it appears under its final name only once complete.

    With ``device`` (this laptop) the new file's audit chain is sealed (storage.checkpoint): it
    was written here in full, so its first open is not locked for a full check."""
    if device is not None:
        device_id = device.id
    path = event_file_path(base, event)
    if path.exists():
        raise EventFileError("exists", path=path.name)
    tmp = path.with_name(path.name + ".new")
    for stale in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        stale.unlink(missing_ok=True)
    edb = open_event(tmp, create=True, device_id=device_id)
    try:
        repo.save_event(edb, event)
        for scheme, sha in schemes:
            repo.save_scheme(edb, scheme, sha)
        for assessor in assessors:
            repo.add_assessor(edb, assessor)
        if device is not None:
            from humas_desktop.services.startup_check import seal_new

            seal_new(edb, device)
    finally:
        edb.close()
    tmp.replace(path)
    return path


@dataclass(frozen=True, slots=True)
class EventInfo:
    path: Path
    name: str
    lsp_name: str
    start_date: str
    participants: int
    problem: str = ""  # an EventFileError code when the file cannot be opened


def list_events(base: Path) -> list[EventInfo]:
    infos: list[EventInfo] = []
    for path in sorted(events_dir(base).glob(f"*{EVENT_SUFFIX}")):
        try:
            with open_event(path, read_only=True) as edb:
                event = repo.load_event(edb)
                n = queries.participant_count(edb)
            infos.append(EventInfo(path, event.name, event.lsp_name,
                                   event.start_date.isoformat() if event.start_date else "", n))
        except EventFileError as exc:
            infos.append(EventInfo(path, path.stem, "", "", 0, problem=exc.code))
        except Exception:  # a damaged file must not hide the others
            infos.append(EventInfo(path, path.stem, "", "", 0, problem="damaged"))
    return infos


def open_event_file(path: Path, device_id: str = "", actor: str = "coordinator") -> EventDB:
    return open_event(path, device_id=device_id, actor=actor)
