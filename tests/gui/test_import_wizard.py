"""Import wizard end to end with real clicks; menu actions; new-event dialog."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humas_desktop.gui import workers
from humas_desktop.gui.import_wizard import ImportWizard
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.new_event_dialog import NewEventDialog
from humas_desktop.resources import resource_path
from humas_desktop.storage import repository as repo
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


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_file_menu_has_import_actions(window) -> None:
    texts = [a.text() for a in window.menu_file.actions()]
    assert texts[:3] == ["Acara &baru…", "&Impor peserta…", "Unduh &templat peserta…"]


def test_wizard_end_to_end(qtbot, window, tmp_path: Path) -> None:
    rows = [corpus.good_row(n) for n in range(1, 5)]
    rows[1][2] = 3201015708900000  # rejected: NIK rounded to 15 digits
    rows[2][5] = "L"  # warning: sex does not match the NIK
    path = corpus.write(tmp_path / "daftar.xlsx", rows, title_rows=2)
    wizard = ImportWizard(window.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.path_edit, str(path))
    click(qtbot, wizard.next_button)
    assert wizard.stack.currentIndex() == wizard.PAGE_SHEET
    assert wizard.header_spin.value() == 3  # detected below the two title rows
    click(qtbot, wizard.next_button)
    assert wizard.stack.currentIndex() == wizard.PAGE_MAPPING
    assert wizard.mapping_combos[2].currentData() == "nik"
    # The user corrects a mapping: ignore the e-mail column.
    wizard.mapping_combos[8].setCurrentIndex(0)
    click(qtbot, wizard.next_button)
    assert wizard.stack.currentIndex() == wizard.PAGE_FINDINGS
    assert "3 peserta baru" in wizard.summary_label.text()
    assert wizard.findings_table.rowCount() == 2
    wizard.filter_combo.setCurrentIndex(wizard.filter_combo.findData("error"))
    assert wizard.findings_table.rowCount() == 1
    assert wizard.findings_table.item(0, 0).text() == "5"
    assert "sebagai Teks" in wizard.findings_table.item(0, 3).text()
    wizard.filter_combo.setCurrentIndex(wizard.filter_combo.findData("warning"))
    assert wizard.findings_table.rowCount() == 1
    assert wizard.save_rejected_to(tmp_path / "perbaiki.xlsx") == 1
    click(qtbot, wizard.next_button)
    assert wizard.stack.currentIndex() == wizard.PAGE_RUN
    click(qtbot, wizard.import_button)
    assert "3 peserta diimpor" in wizard.run_label.text()
    assert window.participants.table.model().rowCount() == 6
    people = repo.list_participants(window.edb)
    assert people[-1].email == ""  # the corrected mapping was used
    assert wizard.cancel_button.text() == "Tutup"
    click(qtbot, wizard.cancel_button)
    # The corrected mapping is remembered for the same headers.
    again = ImportWizard(window.ctx)
    qtbot.addWidget(again)
    qtbot.keyClicks(again.path_edit, str(path))
    click(qtbot, again.next_button)
    click(qtbot, again.next_button)
    assert again.mapping_combos[8].currentData() == ""


def test_hostile_file_shows_one_message_and_stays(qtbot, window, tmp_path: Path) -> None:
    bad = corpus.ole_file(tmp_path / "rahasia.xlsx", "EncryptedPackage")
    wizard = ImportWizard(window.ctx)
    qtbot.addWidget(wizard)
    qtbot.keyClicks(wizard.path_edit, str(bad))
    click(qtbot, wizard.next_button)
    assert wizard.stack.currentIndex() == wizard.PAGE_FILE
    assert "kata sandi" in wizard.error_label.text()


def test_template_action_writes_file(window, tmp_path: Path) -> None:
    target = window.imports.save_template(tmp_path / "templat.xlsx")
    assert target is not None and target.exists()


def test_new_event_dialog_creates_event(qtbot, data_dir: Path) -> None:
    dialog = NewEventDialog(data_dir, "dev")
    qtbot.addWidget(dialog)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert dialog.created is None and dialog.error_label.text()
    qtbot.keyClicks(dialog.name_edit, "Uji Humas Bogor")
    qtbot.keyClicks(dialog.lsp_edit, "LSP Humas")
    dialog.add_scheme_file(resource_path("schemes", "humas-yunior.json"))
    dialog.add_scheme_file(resource_path("schemes", "humas-yunior.json"))  # added twice by mistake
    dialog.scheme_list.setCurrentRow(1)
    click(qtbot, dialog.remove_scheme_button)
    assert dialog.scheme_list.count() == 1
    dialog.add_assessor_row("Dewi Lestari", "MET.000.001")
    dialog.add_assessor_row("Salah Ketik", "MET.000.999")
    dialog.assessor_table.setCurrentCell(1, 0)
    click(qtbot, dialog.remove_assessor_button)
    assert dialog.assessor_table.rowCount() == 1
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert dialog.created is not None and dialog.created.exists()
    from humas_desktop.storage import repository as repo
    from humas_desktop.storage.db import open_event

    with open_event(dialog.created, read_only=True) as edb:
        assert [a.name for a in repo.list_assessors(edb)] == ["Dewi Lestari"]
        assert len(repo.load_schemes(edb)) == 1


class DeferredPool:
    """Holds workers until the test runs them, on a real thread of their own."""

    def __init__(self) -> None:
        self.workers: list = []

    def start(self, worker) -> None:
        self.workers.append(worker)

    def run_on_thread(self, index: int = -1) -> None:
        thread = threading.Thread(target=self.workers[index].run)
        thread.start()
        thread.join(timeout=30)


def _to_mapping_page(qtbot, window, tmp_path: Path) -> ImportWizard:
    rows = [corpus.good_row(n) for n in range(1, 5)]
    rows[1][2] = 3201015708900000  # rejected: NIK rounded to 15 digits
    path = corpus.write(tmp_path / "daftar.xlsx", rows, title_rows=2)
    wizard = ImportWizard(window.ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.path_edit, str(path))
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.next_button)
    assert wizard.stack.currentIndex() == wizard.PAGE_MAPPING
    return wizard


def test_findings_are_built_off_the_ui_thread(qtbot, window, tmp_path: Path) -> None:
    wizard = _to_mapping_page(qtbot, window, tmp_path)
    pool = DeferredPool()
    workers.set_pool(pool)
    click(qtbot, wizard.next_button)
    # The page is up at once with a progress bar; nothing can be confirmed yet.
    assert wizard.stack.currentIndex() == wizard.PAGE_FINDINGS
    assert len(pool.workers) == 1 and wizard.plan is None
    assert not wizard.plan_progress.isHidden()
    assert not wizard.next_button.isEnabled() and not wizard.back_button.isEnabled()
    assert wizard.findings_table.rowCount() == 0
    # On another thread the event's UI connection would raise: the job must open its own.
    pool.run_on_thread()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=5000)
    assert wizard.error_label.text() == ""
    assert "3 peserta baru" in wizard.summary_label.text()
    assert wizard.plan_progress.isHidden() and wizard.next_button.isEnabled()
    assert wizard.findings_table.item(0, 0).text() == "5"
    # Toggling an option checks again, also in the background.
    wizard.update_check.setChecked(True)
    assert len(pool.workers) == 2 and wizard.plan is None
    pool.run_on_thread()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=5000)
    assert "3 peserta baru" in wizard.summary_label.text()


def test_cancelling_the_check_returns_to_the_mapping(qtbot, window, tmp_path: Path) -> None:
    wizard = _to_mapping_page(qtbot, window, tmp_path)
    pool = DeferredPool()
    workers.set_pool(pool)
    click(qtbot, wizard.next_button)
    assert wizard.cancel_button.text() == "Batal"
    click(qtbot, wizard.cancel_button)
    assert wizard.isVisible()  # cancelling the check does not close the wizard
    pool.run_on_thread()
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == wizard.PAGE_MAPPING, timeout=5000)
    assert "Pemeriksaan baris dibatalkan" in wizard.error_label.text()
    assert wizard.plan is None and wizard.next_button.isEnabled()
    assert len(repo.list_participants(window.edb)) == 3
