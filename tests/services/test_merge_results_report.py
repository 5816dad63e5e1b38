"""'Kirim hasil' and the merge report as the coordinator reads them.

Written for mutants of services/merge.py that survived: the verification before results leave
the laptop removed, and the per-package participant lists (each participant once, and never
the empty id of a row that belongs to no participant, such as the FR.AK.05 boxes)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import ReportNote
from humas_desktop.services import report_notes
from humas_desktop.services.assessor_laptop import write_results
from humas_desktop.services.handout import participants_of
from humas_desktop.services.merge import merge_packages
from tests.services.laptops import score_and_send, setup_venue


def test_a_working_copy_changed_behind_the_apps_back_sends_no_results(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    first = score_and_send(venue, 0)
    first.unlink()
    assert lap.event_path is not None
    conn = sqlite3.connect(lap.event_path, isolation_level=None)
    conn.execute("UPDATE answer SET verdict = CASE verdict WHEN 'K' THEN 'BK' ELSE 'K' END "
                 "WHERE id = (SELECT min(id) FROM answer)")
    conn.close()
    with lap.open(actor=row.id) as edb, pytest.raises(DomainError) as refused:
        write_results(edb, lap.device, venue.stick)
    assert refused.value.code == "event_tampered"
    assert not list(venue.stick.glob("hasil-*"))  # nothing left on the stick


def test_the_report_names_each_participant_once_and_no_empty_one(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    row = venue.assessor_rows[0]
    lap = venue.assessors[0]
    score_and_send(venue, 0)  # opens the hand-out on the assessor's laptop
    with lap.open(actor=row.id) as edb:  # FR.AK.05 boxes: a row of no participant
        report_notes.save(edb, ReportNote(row.id, venue.scheme.id, aspects="Rilis pers rapi"))
    for old in venue.stick.glob("hasil-*"):
        old.unlink()
    results = score_and_send(venue, 0)
    with venue.coordinator.open() as edb:
        mine = sorted(participants_of(edb, row.id))
        report = merge_packages(edb, [results])
        [package] = report.packages
        assert sorted(package.participants_added) == mine  # each once (many rows each)
        assert "" not in report.participants("added")
        assert report.as_dict()["participants"]["added"] == len(mine) == 2
