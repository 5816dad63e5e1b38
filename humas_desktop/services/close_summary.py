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
    # The numbers come from the LSP's registry (or a block it reserved), never from a counter in
    # the event file (issue 21): there is no "own" nomor urut to announce before the close.


def preview(edb: EventDB) -> ClosePreview:
    """Before closing, with the decisions recorded: what the close will number."""
    from humas_desktop.services.close_session import held_by_appeal

    decisions = repo.list_decisions(edb)
    k = sum(1 for d in decisions if d.result is Verdict.K)
    bk = sum(1 for d in decisions if d.result is Verdict.BK)
    count = len(queries.present_k_decisions(edb))
    return ClosePreview(count, k, bk, len(held_by_appeal(edb)))


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

