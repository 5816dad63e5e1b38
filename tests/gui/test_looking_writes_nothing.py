"""Clicking through participants writes nothing; exports before close cover the whole roster and
say they are drafts; consent records the participant as present."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from humas_desktop.domain.models import Attendance, Participant
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.services.exports import export_documents
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def fresh_event(data_dir: Path) -> Path:
    """A demo event of 4 where nobody has been assessed and attendance is not filled in yet
    (as right after the roster import)."""
    path = make_demo(data_dir, participants=4)
    with open_event(path, device_id="t") as edb:
        # Through the app (audited): a hand edit would make the file fail verification.
        service = ScoringService(edb)
        for participant in repo.list_participants(edb):
            service.set_attendance(participant.id, None)
        assert edb.conn.execute("SELECT count(*) FROM assessment").fetchone()[0] == 0
    return path


def counts(path: Path) -> tuple[int, int]:
    with open_event(path, device_id="t", read_only=True) as edb:
        return (edb.conn.execute("SELECT count(*) FROM assessment").fetchone()[0],
                edb.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def person(path: Path, number: int) -> Participant:
    with open_event(path, device_id="t", read_only=True) as edb:
        return next(p for p in repo.list_participants(edb) if p.number == number)


def click_row(qtbot, window: MainWindow, number: int) -> None:
    table = window.participants.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == number)
    rect = table.visualRect(model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_participants_writes_no_record_and_export_covers_everyone(
        qtbot, data_dir: Path, fresh_event: Path, tmp_path: Path) -> None:
    before = counts(fresh_event)
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(fresh_event)
    window.show()
    qtbot.waitExposed(window)
    for number in (1, 2, 3):
        click_row(qtbot, window, number)
        assert window.participant_id == person(fresh_event, number).id
    assert counts(fresh_event) == before  # no assessment row, no audit row
    # Exports before close: every participant, marked DRAFT.
    with open_event(fresh_event, device_id="t") as edb:
        gen = export_documents(edb, ["berita-acara", "recap"], tmp_path / "out")
        try:
            while True:
                next(gen)
        except StopIteration:
            pass
    ws = load_workbook(tmp_path / "out" / "berita-acara.xlsx").active
    assert "DRAFT" in str(ws.cell(1, 1).value)
    assert "DRAFT" in ws.oddHeader.center.text
    assert "seluruh 4 peserta" in ws.oddFooter.left.text
    rows = list(ws.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "No")
    assert len([r for r in rows[header + 1:] if isinstance(r[0], int)]) == 4
    from pypdf import PdfReader

    text = PdfReader(tmp_path / "out" / "berita-acara.pdf").pages[0].extract_text()
    flat = " ".join(text.split())
    assert flat.startswith("DRAFT") and "terhadap 4 asesi" in flat, flat[:600]


def test_first_real_action_creates_the_record_and_marks_present(qtbot, data_dir: Path,
                                                                fresh_event: Path) -> None:
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(fresh_event)
    window.show()
    qtbot.waitExposed(window)
    click_row(qtbot, window, 2)
    assert counts(fresh_event)[0] == 0
    window.interview.consent_button.click()
    assert "Persetujuan dicatat" in window.interview.consent_state.text()
    with open_event(fresh_event, device_id="t", read_only=True) as edb:
        assert edb.conn.execute("SELECT count(*) FROM assessment").fetchone()[0] == 1
    assert person(fresh_event, 2).attendance is Attendance.HADIR
