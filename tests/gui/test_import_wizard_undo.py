"""Issue #24 (friction): "Batalkan impor terakhir" removes exactly the participants the last
import added (confirmation naming the count, reason audited) and is refused with a clear message
once one of them has been assessed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from humas_desktop.gui.import_wizard import UndoImportDialog
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.services.roster_import import import_roster
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo
from tests.formats import roster_corpus as corpus

pytestmark = pytest.mark.gui


def run(gen: Any) -> Any:
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        return stop.value


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    win = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(win)
    assert win.open_event(make_demo(data_dir, participants=12))
    win.show()
    return win


def _import(window: MainWindow, tmp_path: Path, first: int, count: int) -> list[str]:
    """Import ``count`` good rows; the names the list shows afterwards that were not there."""
    before = {r.name for r in window.participants.model.rows()}
    path = corpus.write(tmp_path / f"roster-{first}.xlsx",
                        [corpus.good_row(n) for n in range(first, first + count)])
    assert window.edb is not None
    result = run(import_roster(window.edb, path))
    assert result.imported == count
    window.refresh()
    return sorted({r.name for r in window.participants.model.rows()} - before)


def _open(window: MainWindow) -> UndoImportDialog:
    actions = [a for a in window.menu_file.actions()
               if a.text().replace("&", "") == "Batalkan impor terakhir…"]
    assert actions, "no 'Batalkan impor terakhir…' in the Berkas menu"
    actions[0].trigger()
    dialog = window.imports.undo_dialog
    assert isinstance(dialog, UndoImportDialog) and dialog.isVisible()
    return dialog


def test_undo_removes_exactly_the_last_import(qtbot, window: MainWindow, tmp_path: Path) -> None:
    original = {r.id: r.name for r in window.participants.model.rows()}
    first = _import(window, tmp_path, 1, 2)
    second = _import(window, tmp_path, 10, 3)
    assert len(first) == 2 and len(second) == 3
    dialog = _open(window)
    assert "3 peserta" in dialog.text.text() and dialog.remove_button.text() == "Hapus 3 peserta"
    assert dialog.cancel_button.isDefault()  # Enter does not remove by accident
    dialog.remove_button.click()  # no reason yet
    assert dialog.isVisible() and "alasan" in dialog.error_label.text().lower()
    qtbot.keyClicks(dialog.reason, "berkas angkatan lain")
    dialog.remove_button.click()
    assert not dialog.isVisible()
    names = {r.name for r in window.participants.model.rows()}
    assert names == set(original.values()) | set(first)  # the earlier import stays
    edb = window.edb
    reasons = {r[0] for r in edb.conn.execute(
        "SELECT reason FROM audit WHERE entity = 'participant' AND field = '-'")}
    assert reasons == {"impor dibatalkan: berkas angkatan lain"}
    # Nothing left to undo: the menu says so instead of removing the first import too.
    again = _open(window)
    assert not again.remove_button.isVisible() and "Tidak ada impor" in again.text.text()


def test_undo_is_refused_once_one_of_them_is_assessed(qtbot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    from humas_desktop.storage import repository as repo

    added = _import(window, tmp_path, 1, 3)
    edb = window.edb
    rows = {r.name: r for r in window.participants.model.rows()}
    target = rows[added[1]]
    scheme_id = edb.conn.execute("SELECT id FROM scheme").fetchone()[0]
    assessor_id = edb.conn.execute("SELECT id FROM assessor").fetchone()[0]
    repo.ensure_assessment(edb, target.id, assessor_id, scheme_id)  # the first scoring begins
    count = window.participants.model.rowCount()
    dialog = _open(window)
    assert "sudah mulai dinilai" in dialog.text.text() and f"no. {target.number}" in \
        dialog.text.text()
    assert not dialog.remove_button.isVisible() and not dialog.reason.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # closes; removes nothing
    assert not dialog.isVisible() and window.participants.model.rowCount() == count
