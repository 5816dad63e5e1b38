"""Results arriving after the session was closed: the merge refuses them (event_closed) and
writes nothing - the certificates were numbered from what was there at close. And what a
double-clicked package file says it is, before anything is verified.

Written for mutants of services/merge.py that survived: import_results' own event-open check
removed, and package_kind (run by no merge test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.messages import message
from humas_desktop.services import close_session as cs
from humas_desktop.services.merge import merge_packages, package_kind
from tests.conftest import app_update
from tests.services.laptops import score_and_send, setup_venue

TABLES = ("participant", "assessment", "answer", "unit_result", "merge_conflict", "applied_package",
          "audit")


def test_results_for_a_closed_session_are_refused_and_change_nothing(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    results = score_and_send(venue, 0)
    with venue.coordinator.open() as edb:
        app_update(edb, "event", {"status": "closed"})  # as close_session leaves it
        assert cs.is_closed(edb)
        before = {t: edb.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        with pytest.raises(DomainError) as refused:
            merge_packages(edb, [results])
        assert refused.value.code == "event_closed"
        assert message("event_closed") and not message("event_closed").startswith("Terjadi")
        assert {t: edb.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES} == before


def test_a_package_file_says_what_it_is_before_it_is_opened(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    handout = venue.handouts[venue.assessor_rows[0].id]
    results = score_and_send(venue, 1)
    other = tmp_path / "catatan.humaspkg"
    other.write_bytes(b"bukan paket")
    assert package_kind(handout) == "handout"
    assert package_kind(results) == "results"
    assert package_kind(other) is None
