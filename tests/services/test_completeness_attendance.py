"""Absences reach attendance (#24 item 2): "Tidak hadir" in Kelengkapan is the participant's
attendance on the daftar hadir, audited; an absence an assessor recorded shows in the grid."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.domain.models import Attendance
from humas_desktop.services import completeness
from humas_desktop.services.exports import attendance_sheets, load_event_data
from humas_desktop.services.integrity import verify_for_use
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import audit
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo


@pytest.fixture
def edb(data_dir: Path):
    path = make_demo(data_dir, participants=3)  # nobody assessed yet
    db = open_event(path, device_id="t", actor="coordinator")
    svc = ScoringService(db)
    for p in repo.list_participants(db):  # a fresh roster: nobody's attendance known yet
        svc.set_attendance(p.id, None)
    yield db
    db.close()


def test_absent_mark_sets_attendance_and_the_daftar_hadir_counts_it(edb) -> None:
    sheets = attendance_sheets(load_event_data(edb))
    first = sheets[0]
    mine = {n for n, *_ in first.rows}
    by_number = {p.number: p for p in repo.list_participants(edb)}
    for number in sorted(mine):
        completeness.mark(edb, by_number[number].id, "absent", "sakit, surat dokter")
    sheet = next(s for s in attendance_sheets(load_event_data(edb))
                 if s.assessor_name == first.assessor_name)
    # What the daftar hadir counts: every one of the assessor's participants absent.
    assert len(sheet.rows) == len(mine) == 2
    assert [a for *_, a in sheet.rows] == ["tidak_hadir"] * 2
    pid = by_number[min(mine)].id
    assert repo.get_participant(edb, pid).attendance is Attendance.TIDAK_HADIR
    changes = [e for e in audit.entries(edb.conn, pid) if e.field == "attendance"]
    assert changes[-1].new == "tidak_hadir" and changes[-1].reason == "sakit, surat dokter"
    # Lifting the mark clears the attendance it set (audited too).
    completeness.unmark(edb, pid, "salah tandai")
    assert repo.get_participant(edb, pid).attendance is None
    verify_for_use(edb)  # the log replays onto the tables: every change was audited


def test_withdrawal_leaves_attendance_alone(edb) -> None:
    pid = repo.list_participants(edb)[0].id
    completeness.mark(edb, pid, "withdrawn", "mengundurkan diri")
    assert repo.get_participant(edb, pid).attendance is None


def test_absence_recorded_by_the_assessor_shows_in_the_grid(edb) -> None:
    cells = completeness.grid(edb)
    target = cells[0]
    assert target.state == "expected"
    ScoringService(edb).set_attendance(target.participant_id, Attendance.TIDAK_HADIR)
    cell = next(c for c in completeness.grid(edb) if c.participant_id == target.participant_id)
    assert cell.state == "absent" and not cell.missing
    assert target.participant_id not in {c.participant_id for c in completeness.missing_expected(edb)}
