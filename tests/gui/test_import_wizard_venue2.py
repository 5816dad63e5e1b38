"""Import wizard on the venue day's real roster shapes (#24 item 1): a sheet without a header row
keeps its first person, a signature block under the table is listed, not imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humas_desktop.gui import workers
from humas_desktop.gui.import_wizard import ImportWizard
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo
from tests.formats import roster_corpus as corpus

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, data_dir: Path):
    workers.set_pool(workers.SynchronousPool())
    win = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(win)
    assert win.open_event(make_demo(data_dir, participants=3))
    yield win
    workers.set_pool(None)


def walk(qtbot, wizard: ImportWizard, path: Path) -> None:
    qtbot.keyClicks(wizard.path_edit, str(path))
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    assert wizard.stack.currentIndex() == wizard.PAGE_SHEET, wizard.error_label.text()


def test_headerless_roster_detected_and_its_first_person_kept(qtbot, window, tmp_path) -> None:
    wizard = ImportWizard(window.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    walk(qtbot, wizard, corpus.headerless(tmp_path / "Mitra Umi Certified.xlsx", people=3))
    assert wizard.no_header_check.isChecked()
    assert "tanpa baris judul" in wizard.header_note.text()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.stack.currentIndex() == wizard.PAGE_MAPPING
    assert wizard.mapping_table.item(0, 0).text() == "Kolom A"
    fields = [c.currentData() for c in wizard.mapping_combos]
    assert fields[:5] == ["name", "nik", "birth_place", "birth_date", "gender"]
    assert wizard.mapping_table.item(0, 2).text().startswith("Siti Aminah")
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert "3 peserta baru" in wizard.summary_label.text()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert "3 peserta diimpor" in wizard.run_label.text()
    assert "Siti Aminah" in [r.name for r in window.participants.model.rows()]


def test_choosing_no_header_row_by_hand(qtbot, window, tmp_path) -> None:
    wizard = ImportWizard(window.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    walk(qtbot, wizard, corpus.headerless(tmp_path / "x.xlsx", people=2))
    wizard.no_header_check.setChecked(False)
    assert wizard.header_spin.isEnabled() and wizard.header_index == 0
    qtbot.mouseClick(wizard.no_header_check, Qt.MouseButton.LeftButton)
    assert wizard.header_index == -1 and not wizard.header_spin.isEnabled()


def test_signature_block_listed_and_not_counted(qtbot, window, tmp_path) -> None:
    wizard = ImportWizard(window.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    walk(qtbot, wizard, corpus.with_signature_block(tmp_path / "surat.xlsx", people=11))
    assert not wizard.no_header_check.isChecked()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert "11 peserta baru" in wizard.summary_label.text()
    assert "4 baris bukan peserta" in wizard.skipped_label.text()
    assert '"Mengetahui, · Bandung, 10 Maret 2025"' in wizard.skipped_label.text()


def test_kota_and_propinsi_mapped_without_a_hand(qtbot, window, tmp_path) -> None:
    """#24 item 4: the lsp-v3 layout's plain "Kota" / "Propinsi" headers are not "(abaikan)"."""
    wizard = ImportWizard(window.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    walk(qtbot, wizard, corpus.kota_propinsi(tmp_path / "data.xlsx"))
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    fields = {corpus.KOTA_HEADER[c]: combo.currentData()
              for c, combo in enumerate(wizard.mapping_combos)}
    assert fields["Kota"] == "regency" and fields["Propinsi"] == "province"
    assert "Kota (kolom" not in wizard.ignored_label.text()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert "4 peserta baru" in wizard.summary_label.text()
