"""FR.AK.05's four narrative boxes (issue 15): typed in the app, stored, audited, carried in the
assessor's results package to the coordinator, printed in the report."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import ReportNote
from humas_desktop.gui.report_notes_dialog import ReportNotesDialog
from humas_desktop.services import report_notes
from humas_desktop.services.assessor_laptop import open_handout
from humas_desktop.services.exports import export_documents
from humas_desktop.services.merge import merge_packages
from humas_desktop.storage import audit
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run
from tests.external import need_program
from tests.services.laptops import score_and_send, setup_venue

TEXTS = {"aspects": "Positif: asesi siap dengan portofolio. Negatif: ruang uji bising.",
         "rejections": "Tidak ada penolakan hasil asesmen.",
         "improvements": "Sediakan ruang wawancara terpisah.",
         "notes": "Asesmen berjalan sesuai jadwal."}


@pytest.mark.gui
def test_assessor_types_the_boxes_and_fr_ak_05_prints_them(qtbot, tmp_path: Path) -> None:
    """On 4154483 the four boxes were always printed empty; nothing could be typed."""
    path = make_demo(tmp_path / "data", participants=4, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        dialog = ReportNotesDialog(edb)
        qtbot.addWidget(dialog)
        assessor_id = str(dialog.assessor.currentData())
        for key, text in TEXTS.items():
            dialog.boxes[key].setPlainText(text)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        assert dialog.error.text() == "Tersimpan."
        again = ReportNotesDialog(edb)
        qtbot.addWidget(again)
        assert {k: again.boxes[k].toPlainText() for k in TEXTS} == TEXTS
        entries = [e for e in audit.entries(edb.conn) if e.entity == "report_note"]
        assert entries and entries[0].field == "*"
        dialog.boxes["notes"].setPlainText("Catatan diperbarui.")
        assert dialog.save()
        changed = [e for e in audit.entries(edb.conn) if e.entity == "report_note" and
                   e.field == "notes"]
        assert changed and changed[-1].old == TEXTS["notes"]
        dialog.boxes["notes"].setPlainText("x" * 2001)
        assert not dialog.save() and "2000" in dialog.error.text()
        assert report_notes.load(edb, assessor_id, str(dialog.scheme.currentData())).notes == \
            "Catatan diperbarui."
        _run(export_documents(edb, ["report"], tmp_path / "out"))
        assessor = next(a for a in repo.list_assessors(edb) if a.id == assessor_id)
    finally:
        edb.close()
    need_program("pdftotext")
    text = subprocess.run(["pdftotext", str(tmp_path / "out" / "fr-ak-05-laporan-asesmen.pdf"),
                           "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    section = next(part for part in flat.split("FR.AK.05. LAPORAN ASESMEN")[1:]
                   if assessor.name in part)
    for key in ("aspects", "rejections", "improvements"):
        assert TEXTS[key] in section, key
    assert "Catatan diperbarui." in section


def test_boxes_travel_in_the_results_package(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    row = venue.assessor_rows[0]
    lap = venue.assessors[0]
    lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                  coordinator_fingerprint=venue.coordinator.device.fingerprint)
    with lap.open(actor=row.id) as edb:
        report_notes.save(edb, ReportNote(row.id, venue.scheme.id, **TEXTS))
    package = score_and_send(venue, 0, seed=3)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [package]).as_dict()
        assert report["rejected"] == [] and report["conflicts"] == 0
        note = report_notes.load(edb, row.id, venue.scheme.id)
        assert note.boxes() == tuple(TEXTS.values())
        assert audit.first_broken_link(edb.conn) is None


def test_unknown_assessor_is_refused(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=1)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        with pytest.raises(DomainError) as err:
            report_notes.save(edb, ReportNote("nobody", "x", notes="?"))
        assert err.value.code == "report_note_unknown_assessor"
    finally:
        edb.close()


def test_an_overlong_box_is_refused_and_nothing_is_saved(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=1)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        assessor = repo.list_assessors(edb)[0]
        scheme = repo.load_schemes(edb)[0]
        with pytest.raises(DomainError) as err:
            report_notes.save(edb, ReportNote(assessor.id, scheme.id, notes="x" * 2001))
        assert err.value.code == "report_note_too_long"
        assert report_notes.load(edb, assessor.id, scheme.id).notes == ""
    finally:
        edb.close()
