"""Issue 24 (N7, N9): the conflict screen and the merge report speak the user's words: the
participant's number and name, the assessor who sent the version (not a file or key), the field's
label, values as the app shows them, and what each choice does; the report names assessors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humas_desktop.domain.models import Attendance
from humas_desktop.gui import workers
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.merge_dialogs import ConflictDialog
from humas_desktop.services import handout
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from tests.services.laptops import score_and_send, setup_venue

pytestmark = pytest.mark.gui


@pytest.fixture
def coordinator_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    venue = setup_venue(tmp_path, participants=4)
    window = MainWindow(venue.coordinator.base, venue.coordinator.device)
    qtbot.addWidget(window)
    assert venue.coordinator.event_path is not None
    assert window.open_event(venue.coordinator.event_path)
    workers.set_pool(workers.SynchronousPool())
    yield window, venue
    workers.set_pool(None)


def test_conflict_screen_names_participant_sender_label_and_shown_values(coordinator_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, venue = coordinator_window
    sender = venue.assessor_rows[0]
    target = handout.participants_of(window.edb, sender.id)[0]
    person = repo.get_participant(window.edb, target)
    ScoringService(window.edb).set_attendance(target, Attendance.HADIR)  # the coordinator's
    window.packages.merge_from_files([str(score_and_send(venue, 0, attendance=Attendance.TIDAK_HADIR))])
    dialog = ConflictDialog(window.edb, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    shown = dict(zip(headers, cells, strict=True))
    assert shown["Asesi"] == f"No. {person.number} {person.name}"
    assert shown["Dikirim oleh"] == sender.name  # a person, not a file name or key id
    assert shown["Di laptop ini"] == "Kehadiran: Hadir"
    assert shown["Versi masuk"] == "Kehadiran: Tidak hadir"
    text = " ".join(cells)
    assert "attendance" not in text and "tidak_hadir" not in text and ".humaspkg" not in text
    # Each choice says what it does, naming the sender.
    assert dialog.take_incoming.text() == f"Pakai versi dari {sender.name}"
    assert "laptop ini" in dialog.choice_help.text() and sender.name in dialog.choice_help.text()
    dialog.take_incoming.setChecked(True)
    assert sender.name in dialog.choice_help.text() and "Kabupaten/Kota" in dialog.choice_help.text()
    qtbot.keyClicks(dialog.reason, "Asesi datang terlambat")
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    assert repo.get_participant(window.edb, target).attendance is Attendance.TIDAK_HADIR


def test_merge_report_names_assessors_and_sums_up_each(coordinator_window) -> None:  # type: ignore[no-untyped-def]
    window, venue = coordinator_window
    first, second = venue.assessor_rows
    packages = [score_and_send(venue, 0), score_and_send(venue, 1)]
    window.packages.merge_from_files([str(p) for p in packages])
    dialog = window.packages.merge_report
    names = sorted(dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount()))
    assert names == sorted([first.name, second.name])
    with_ids = {p.name for p in packages}
    assert not any(dialog.table.item(r, 0).text() in with_ids for r in range(dialog.table.rowCount()))
    for a in (first, second):
        n = len(handout.participants_of(window.edb, a.id))
        # attendance recorded on each: the participants' rows are updated too
        assert f"{a.name}: {n} hasil baru, {n} diperbarui, 0 konflik" in dialog.summary.text().splitlines()
