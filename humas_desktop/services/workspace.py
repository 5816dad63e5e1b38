"""What the GUI reads about the open event: the one door between the GUI and storage.

The GUI never imports ``humas_desktop.storage`` or ``humas_desktop.formats`` (an import-linter
contract in pyproject.toml holds it): reads go through these functions, writes through the
services that guard them (scoring, roster import, merge, ...). The types a GUI module needs to
name (the connection, this laptop's device, a participants-table row) are re-exported here.

This module also owns the one setting that marks an assessor's working copy (written when a
hand-out package is installed): ``assessor_copy_of`` / ``working_actor``.
"""

from __future__ import annotations

from pathlib import Path

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Assessor, Event, Participant, Scheme
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB
from humas_desktop.storage.device import Device, load_or_create_device
from humas_desktop.storage.repository import ParticipantSummary

__all__ = [
    "ASSESSOR_COPY_KEY",
    "Device",
    "EventDB",
    "ParticipantSummary",
    "assessor_copy_of",
    "ensure_coordinator_file",
    "assessors",
    "assessors_with_load",
    "assigned_assessor_ids",
    "assigned_assessors",
    "assigned_participants",
    "event_header",
    "load_or_create_device",
    "package_needs_passphrase",
    "participant",
    "participant_numbers",
    "participant_summaries",
    "schemes",
    "working_actor",
]

# The event setting that makes a file an assessor's working copy: the assessor's id.
ASSESSOR_COPY_KEY = "package.assessor_id"


def event_header(edb: EventDB) -> Event:
    """Name, LSP, TUK and dates of the event (the window title and status bar)."""
    return repo.load_event(edb)


def schemes(edb: EventDB) -> list[Scheme]:
    return repo.load_schemes(edb)


def assessors(edb: EventDB) -> list[Assessor]:
    return repo.list_assessors(edb)


def participant_summaries(edb: EventDB, first: int | None = None) -> list[ParticipantSummary]:
    """One row per participant for the participants table (status, attendance, assessor);
    ``first``: only the first that many by number (the screenful shown first)."""
    return repo.participant_summaries(edb, first)


def participant(edb: EventDB, participant_id: str) -> Participant:
    return repo.get_participant(edb, participant_id)


def participant_numbers(edb: EventDB) -> dict[str, int]:
    """Participant id -> the number printed on lists (conflict and completeness views)."""
    return repo.participant_numbers(edb)


def assessors_with_load(edb: EventDB) -> list[tuple[str, str, str, str, int]]:
    """(id, name, MET number, laptop fingerprint, participants assigned) for the hand-out."""
    return repo.assessors_with_load(edb)


def assigned_assessor_ids(edb: EventDB) -> list[str]:
    return repo.assigned_assessor_ids(edb)


def assigned_assessors(edb: EventDB) -> list[tuple[str, str]]:
    return repo.assigned_assessors(edb)


def assigned_participants(edb: EventDB) -> list[tuple[str, int, str]]:
    return repo.assigned_participants(edb)


def package_needs_passphrase(path: Path) -> bool:
    """True when a package file is encrypted (ask for its passphrase before opening it)."""
    # Imported here: formats.package pulls in 'cryptography' (~50-80 ms), which showing the
    # window does not need (issue #16 start-up).
    from humas_desktop.formats.package import is_encrypted_package

    return is_encrypted_package(path)


def unlocked_package_kind(path: Path, passphrase: str) -> str:
    """What an encrypted package is ("handout" / "results"), known only after decrypting it
    (a double-clicked file must go to the right flow); a wrong passphrase raises as reading does."""
    from humas_desktop.formats.package import read_package

    return read_package(path, passphrase).kind


def assessor_copy_of(edb: EventDB) -> str | None:
    """The assessor whose working copy this file is (opened from a hand-out), else None."""
    return edb.setting(ASSESSOR_COPY_KEY) or None


def working_actor(edb: EventDB) -> str:
    """Who writes in this file's audit log: the assessor on a working copy, else the coordinator."""
    return assessor_copy_of(edb) or "coordinator"


# The coordinator's acts an assessor's working copy refuses (the GUI hides them there too): a
# change made on the copy would not travel back, a removal is silently dropped at merge.
COORDINATOR_ACTIONS = {
    "remove": "Hapus peserta",
    "edit": "Ubah data peserta",
    "import": "Impor peserta",
    "close": "Tutup sesi",
    "handout": "Bagikan paket",
    "merge": "Gabungkan hasil",
    "registry": "Registri LSP",
    "codes": "Kode pekerjaan BNSP",
}


def ensure_coordinator_file(edb: EventDB, action: str) -> None:
    """Refuse a coordinator's act on an assessor's working copy, naming the act."""
    if assessor_copy_of(edb):
        raise DomainError("assessor_copy_refused",
                          action=COORDINATOR_ACTIONS.get(action, action))
