"""What 'Gabungkan hasil' does before and while it merges, as the coordinator sees it: it
refuses to merge into an event file changed behind the app's back, takes a verified backup
first, and reports its progress package by package.

Written for mutants of services/merge.import_results that survived the run on main 20c2473
(the verification, the backup and the progress count removed or shifted)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.services.backups import list_event_backups
from humas_desktop.services.merge import import_results, merge_packages
from tests.services.laptops import score_and_send, setup_venue


def test_no_merge_into_a_file_changed_behind_the_apps_back(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    first, second = score_and_send(venue, 0), score_and_send(venue, 1)
    with venue.coordinator.open() as edb:
        merge_packages(edb, [first])
    assert venue.coordinator.event_path is not None
    conn = sqlite3.connect(venue.coordinator.event_path, isolation_level=None)
    conn.execute("UPDATE answer SET verdict = CASE verdict WHEN 'K' THEN 'BK' ELSE 'K' END "
                 "WHERE id = (SELECT min(id) FROM answer)")  # a merged score rewritten with SQL
    conn.close()
    with venue.coordinator.open() as edb:
        rows = edb.conn.execute("SELECT count(*) FROM assessment").fetchone()[0]
        with pytest.raises(DomainError) as refused:
            merge_packages(edb, [second])
        assert refused.value.code == "event_tampered"
        assert edb.conn.execute("SELECT count(*) FROM assessment").fetchone()[0] == rows


def test_a_verified_backup_comes_first_and_progress_counts_the_packages(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    first, second = score_and_send(venue, 0), score_and_send(venue, 1)
    assert venue.coordinator.event_path is not None
    before = {b.path for b in list_event_backups(venue.coordinator.event_path)}
    with venue.coordinator.open() as edb:
        gen = import_results(edb, [first, second])
        steps = []
        try:
            while True:
                step = next(gen)
                steps.append((step.done, step.total))
        except StopIteration as stop:
            report = stop.value
    assert steps == [(1, 2), (2, 2)]
    assert [p.status for p in report.packages] == ["applied", "applied"]
    taken = [b for b in list_event_backups(venue.coordinator.event_path) if b.path not in before]
    assert [b.reason for b in taken] == ["before-merge"] and taken[0].ok
