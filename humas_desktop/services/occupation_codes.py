"""BNSP occupation codes (KODE PEKERJAAN) for many participants at once (#24 item 4).

Participants are grouped by job title as the roster wrote it; a code chosen for one or several
groups is written to every participant in them (``participant.occupation_code``), each change
audited, all in one transaction. A participant's own code wins over the LSP's title list
(Pengaturan dokumen), so the coordinator sees and fixes the codes Tutup sesi asks for here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.validators import clean_text
from humas_desktop.services.event_state import ensure_open
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB

MAX_CODE = 20
REASON = "kode pekerjaan BNSP"


@dataclass(slots=True)
class JobGroup:
    """The participants sharing one job title (case and spacing ignored)."""

    title: str  # as the first of them wrote it ("" when the roster had none)
    participant_ids: list[str] = field(default_factory=list)
    codes: set[str] = field(default_factory=set)  # the codes in effect for them now

    @property
    def count(self) -> int:
        return len(self.participant_ids)

    @property
    def code(self) -> str:
        """The code every one of them has; '' when some lack one or they differ."""
        return next(iter(self.codes)) if len(self.codes) == 1 and "" not in self.codes else ""


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()


def job_groups(edb: EventDB) -> list[JobGroup]:
    """Job titles with their participants, most participants first."""
    try:
        listed = json.loads(edb.setting("bnsp.codes.pekerjaan") or "{}")
    except ValueError:
        listed = {}
    by_title = {_key(str(k)): str(v) for k, v in listed.items()} if isinstance(listed, dict) else {}
    groups: dict[str, JobGroup] = {}
    for p in repo.list_participants(edb):
        key = _key(p.job_title)
        group = groups.setdefault(key, JobGroup(clean_text(p.job_title)))
        group.participant_ids.append(p.id)
        group.codes.add(p.occupation_code or by_title.get(key, ""))
    return sorted(groups.values(), key=lambda g: (-g.count, g.title.casefold()))


def set_occupation_code(edb: EventDB, participant_ids: Iterable[str], code: str) -> int:
    """Write ``code`` as the occupation code of every participant given (audited); returns how
    many changed. An empty or over-long code changes nothing."""
    from humas_desktop.services.workspace import ensure_coordinator_file

    text = clean_text(code or "")
    if not text or len(text) > MAX_CODE:
        raise DomainError("occupation_code_bad")
    ensure_coordinator_file(edb, "codes")
    changed = 0
    with edb.atomic():
        ensure_open(edb)
        for pid in participant_ids:
            if repo.audited_update(edb, "participant", pid, {"occupation_code": text},
                                   reason=REASON):
                changed += 1
    return changed
