"""What Tutup sesi is about to do and what it did, in the coordinator's words: how many
certificates get numbers, the K/BK counts, the numbers issued (reads only)."""

from __future__ import annotations

from dataclasses import dataclass

from humas_desktop.domain.models import Verdict
from humas_desktop.storage import queries
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB


@dataclass(frozen=True, slots=True)
class ClosePreview:
    certificates: int  # K decisions of present participants, not held by an appeal
    k: int
    bk: int
    held: int  # K decisions whose certificate waits for an appeal
    first_urut: int | None  # the event's own sequence: the first nomor urut to be taken
    own_numbering: bool  # numbered from the event's settings (not a registry or reservation)


def _next_urut(edb: EventDB, name: str, year: int, start: int) -> int:
    return queries.peek_sequence_value(edb, name, year, start)


def preview(edb: EventDB, year: int, registry: bool) -> ClosePreview:
    """Before closing, with the decisions recorded: what the close will number."""
    from humas_desktop.services import numbering
    from humas_desktop.services import registry as reg
    from humas_desktop.services.close_session import held_by_appeal

    decisions = repo.list_decisions(edb)
    k = sum(1 for d in decisions if d.result is Verdict.K)
    bk = sum(1 for d in decisions if d.result is Verdict.BK)
    count = len(queries.present_k_decisions(edb))
    own = not registry and reg.event_reservation(edb) is None
    first = None
    config = numbering.load_config(edb)
    if own and config is not None:
        first = _next_urut(edb, "certificate", year, config.certificate_start)
    return ClosePreview(count, k, bk, len(held_by_appeal(edb)), first, own)


@dataclass(frozen=True, slots=True)
class Issued:
    participant_number: int
    name: str
    certificate_number: str


def issued(edb: EventDB, certificate_ids: list[str]) -> list[Issued]:
    """The certificates a close numbered, in participant order."""
    wanted = set(certificate_ids)
    people = {p.id: p for p in repo.list_participants(edb)}
    out = [Issued(people[c.participant_id].number, people[c.participant_id].name, c.number)
           for c in repo.list_certificates(edb)
           if c.id in wanted and c.participant_id in people]
    return sorted(out, key=lambda i: i.participant_number)


def next_urut(edb: EventDB) -> tuple[int, int] | None:
    """After a close numbered from the event's own settings: the next certificate and
    registration nomor urut (what the settings would give now); None when the event's numbers
    came from the LSP registry or a reserved block (the event's sequence was not used)."""
    from humas_desktop.services import numbering

    config = numbering.load_config(edb)
    year = queries.latest_sequence_year(edb)
    if config is None or year is None:
        return None
    return (_next_urut(edb, "certificate", year, config.certificate_start),
            _next_urut(edb, "registration", year, config.registration_start))
