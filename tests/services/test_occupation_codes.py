"""BNSP occupation codes for many participants at once (#24 item 4): grouped by job title, one
code for several groups, audited, and Tutup sesi no longer lists them."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.services.exports import bnsp_gaps, load_event_data
from humas_desktop.services.occupation_codes import job_groups, set_occupation_code
from humas_desktop.storage import audit
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo


@pytest.fixture
def edb(data_dir: Path):
    db = open_event(make_demo(data_dir, participants=8), device_id="t", actor="coordinator")
    with db.atomic():
        db.set_setting("bnsp.codes.pekerjaan", "{}")  # no LSP title list: every code missing
    yield db
    db.close()


def occupation_gap(edb) -> list[int]:
    return dict(bnsp_gaps(load_event_data(edb))).get("bnsp_occupation_code_blank", [])


def test_one_code_for_several_job_titles_at_once(edb) -> None:
    people = repo.list_participants(edb)
    groups = job_groups(edb)
    assert sum(g.count for g in groups) == len(people)
    assert all(g.code == "" for g in groups)
    by_title: dict[str, list[str]] = {}
    for p in people:
        by_title.setdefault(" ".join(p.job_title.split()).casefold(), []).append(p.id)
    assert sorted(sorted(g.participant_ids) for g in groups) == sorted(
        sorted(v) for v in by_title.values())
    assert occupation_gap(edb)
    chosen = groups[:2]
    ids = [pid for g in chosen for pid in g.participant_ids]
    assert set_occupation_code(edb, ids, " 5 ") == len(ids)
    assert {repo.get_participant(edb, pid).occupation_code for pid in ids} == {"5"}
    after = {g.title: g.code for g in job_groups(edb)}
    assert all(after[g.title] == "5" for g in chosen)
    entries = [e for e in audit.entries(edb.conn, ids[0]) if e.field == "occupation_code"]
    assert entries[-1].new == "5" and entries[-1].reason == "kode pekerjaan BNSP"
    rest = [pid for g in job_groups(edb)[0:] if g.code == "" for pid in g.participant_ids]
    if rest:
        set_occupation_code(edb, rest, "9")
    present = {p.number for p in repo.list_participants(edb)}
    assert not set(occupation_gap(edb)) & present


def test_empty_code_changes_nothing(edb) -> None:
    pid = repo.list_participants(edb)[0].id
    with pytest.raises(DomainError) as exc:
        set_occupation_code(edb, [pid], "  ")
    assert exc.value.code == "occupation_code_bad"
    assert repo.get_participant(edb, pid).occupation_code == ""
