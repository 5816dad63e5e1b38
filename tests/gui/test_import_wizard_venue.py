"""Import wizard with a real-world roster: Enter walks forward, ignored data columns are pointed out,
the sample column shows what the spreadsheet shows, footer rows are listed as skipped."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from humas_desktop.gui import workers
from humas_desktop.gui.import_wizard import ImportWizard
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo

pytestmark = pytest.mark.gui

HEADER = ["No.", "Nama Lengkap (beserta gelar)", "NIK/No. KTP", "Tgl. Lahir", "L/P",
          "Instansi / Unit Kerja", "HP/WA", "Keterangan"]


@pytest.fixture
def window(qtbot, data_dir: Path):
    workers.set_pool(workers.SynchronousPool())
    win = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(win)
    assert win.open_event(make_demo(data_dir, participants=3))
    yield win
    workers.set_pool(None)


def roster(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR PESERTA"])
    ws.append(HEADER)
    for n in range(1, 5):
        ws.append([n, f"Dra. Peserta {n}", int(f"320101570890000{n}"), "17/08/1990", "P",
                   "Diskominfo", f"0812300000{n:02d}", "pindahan" if n == 2 else None])
    ws.append([])
    ws.append(["", "Mengetahui,"])
    ws.append(["", "Ketua Panitia"])
    wb.save(path)
    return path


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_enter_walks_to_the_import_and_ignored_column_is_pointed_out(qtbot, window,
                                                                     tmp_path: Path) -> None:
    wizard = ImportWizard(window.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.path_edit, str(roster(tmp_path / "simpeg.xlsx")))
    enter(qtbot, wizard.path_edit)
    assert wizard.isVisible() and wizard.stack.currentIndex() == wizard.PAGE_SHEET
    enter(qtbot, wizard)
    assert wizard.stack.currentIndex() == wizard.PAGE_MAPPING
    fields = [c.currentData() for c in wizard.mapping_combos]
    assert fields[1:7] == ["name", "nik", "birth_date", "gender", "institution", "phone"]
    # The sample column shows the NIK as the spreadsheet shows it, not 3201015708900001.0.
    assert wizard.mapping_table.item(2, 2).text().startswith("3201015708900001 · ")
    assert ".0" not in wizard.mapping_table.item(2, 2).text()
    assert "Keterangan (kolom H, 1 baris berisi)" in wizard.ignored_label.text()
    wizard.mapping_combos[5].setCurrentIndex(0)  # leave the instansi out: pointed out too
    assert "Instansi / Unit Kerja" in wizard.ignored_label.text()
    wizard.mapping_combos[5].setCurrentIndex(wizard.mapping_combos[5].findData("institution"))
    enter(qtbot, wizard)
    assert wizard.stack.currentIndex() == wizard.PAGE_FINDINGS
    assert "4 peserta baru" in wizard.summary_label.text()
    assert "2 baris bukan peserta" in wizard.skipped_label.text()
    assert '"Mengetahui,"' in wizard.skipped_label.text()
    enter(qtbot, wizard)
    assert wizard.stack.currentIndex() == wizard.PAGE_RUN
    enter(qtbot, wizard)  # Enter on the last page imports
    assert "4 peserta diimpor" in wizard.run_label.text()
    assert window.participants.table.model().rowCount() == 7
    enter(qtbot, wizard)  # and then closes (accepted, not cancelled)
    assert not wizard.isVisible()
    assert super(ImportWizard, wizard).result() == ImportWizard.DialogCode.Accepted
