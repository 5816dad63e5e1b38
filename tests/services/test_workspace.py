"""The GUI's read facade: what the window shows comes through services/workspace.py, and one
module owns the setting that marks an assessor's working copy (fails on 4154483: no facade,
and the GUI read 'package.assessor_id' itself next to services.merge.working_actor)."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.services import workspace
from humas_desktop.services.assessor_laptop import working_actor
from humas_desktop.storage.db import EventDB

PACKAGE = Path(__file__).resolve().parents[2] / "humas_desktop"


def test_facade_reads_the_event_for_the_window(demo_db: EventDB) -> None:
    event = workspace.event_header(demo_db)
    assert event.name and event.lsp_name
    schemes = workspace.schemes(demo_db)
    assert schemes and all(s.units for s in schemes)
    rows = workspace.participant_summaries(demo_db)
    assert len(rows) == 30
    person = workspace.participant(demo_db, rows[0].id)
    assert person.name == rows[0].name
    numbers = workspace.participant_numbers(demo_db)
    assert sorted(numbers.values()) == list(range(1, 31))
    ids = {a.id for a in workspace.assessors(demo_db)}
    assert set(workspace.assigned_assessor_ids(demo_db)) <= ids
    loads = workspace.assessors_with_load(demo_db)
    assert sum(row[4] for row in loads) == 30


def test_one_owner_of_the_assessor_copy_setting(demo_db: EventDB) -> None:
    assert workspace.assessor_copy_of(demo_db) is None
    assert workspace.working_actor(demo_db) == working_actor(demo_db) == "coordinator"
    assessor = workspace.assessors(demo_db)[0]
    demo_db.set_setting(workspace.ASSESSOR_COPY_KEY, assessor.id)
    assert workspace.assessor_copy_of(demo_db) == assessor.id
    assert working_actor(demo_db) == assessor.id
    owners = [p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")
              if '"package.assessor_id"' in p.read_text(encoding="utf-8")]
    assert owners == ["services/workspace.py"]


def test_the_first_screenful_shows_the_rows_the_whole_table_shows(data_dir: Path) -> None:
    """Start-up reads the first participants by number, then everyone (issue #25): the first
    rows carry the same status, assessor and attendance as in the whole read."""
    from humas_desktop.storage.db import open_event
    from tests.conftest import make_demo

    edb = open_event(make_demo(data_dir, 30), device_id="test-device")
    try:
        everyone = workspace.participant_summaries(edb)
        assert len({row.status for row in everyone}) > 1  # the statuses differ between rows
        for first in (1, 10, 29, 30, 80):
            assert workspace.participant_summaries(edb, first) == everyone[:first]
    finally:
        edb.close()
