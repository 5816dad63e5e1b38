"""The assessor's working copy does not offer the coordinator's acts (#24 item 5), and the
BNSP occupation codes are set for many participants at once (#24 item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.roster_edit_dialog import OccupationCodesDialog
from humas_desktop.services.workspace import ASSESSOR_COPY_KEY
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo

pytestmark = pytest.mark.gui

COORDINATOR_MENU_TEXTS = ("Hapus peserta", "Ubah data peserta", "Tutup sesi", "Bagikan paket",
                          "Gabungkan hasil", "Registri LSP", "Impor peserta", "Kode pekerjaan",
                          # the LSP's own records never travel back from a copy (refused there)
                          "Pengaturan dokumen", "Banding asesmen", "Tinjauan proses asesmen",
                          "Validasi asesmen")


def visible_texts(window: MainWindow) -> list[str]:
    out = []
    for menu in (window.menu_file, window.menu_event, window.menu_settings, window.menu_help):
        out += [a.text().replace("&", "") for a in menu.actions() if a.isVisible()]
    return out


def offered(window: MainWindow) -> set[str]:
    texts = visible_texts(window)
    return {t for t in COORDINATOR_MENU_TEXTS if any(x.startswith(t) for x in texts)}


def test_working_copy_hides_coordinator_actions(qtbot, data_dir: Path) -> None:
    coordinator = make_demo(data_dir, participants=4)
    copy = make_demo(data_dir / "asesor", participants=4)
    with open_event(copy, device_id="t") as edb, edb.atomic():
        edb.set_setting(ASSESSOR_COPY_KEY, repo.list_assessors(edb)[0].id)
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(coordinator)
    assert offered(window) == set(COORDINATOR_MENU_TEXTS)
    assert window.open_event(copy)
    assert "salinan kerja asesor" in window.windowTitle()
    assert offered(window) == set()
    first = window.participants.model.row_at(0)
    assert window.participants.context_menu_for(first.id).actions() == []
    before = window.participants.model.rowCount()
    window.roster_edit.action_remove.trigger()  # disabled: a shortcut does nothing either
    assert window.roster_edit.dialog is None and window.participants.model.rowCount() == before
    assert window.open_event(coordinator)  # back on the coordinator's file: all there again
    assert offered(window) == set(COORDINATOR_MENU_TEXTS)


def test_occupation_codes_for_several_job_titles_at_once(qtbot, data_dir: Path) -> None:
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(make_demo(data_dir, participants=8))
    with window.edb.atomic():
        window.edb.set_setting("bnsp.codes.pekerjaan", "{}")
    dialog = window.roster_edit.codes()
    assert isinstance(dialog, OccupationCodesDialog)
    assert "8 peserta belum punya kode pekerjaan" in dialog.status.text()
    titles = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    counts = {dialog.table.item(r, 0).text(): int(dialog.table.item(r, 1).text())
              for r in range(dialog.table.rowCount())}
    dialog.select_titles(titles[:2])
    dialog.code.setText("5")
    dialog.apply_button.click()
    done = counts[titles[0]] + counts[titles[1]]
    assert f"Kode 5 diisikan untuk {done} peserta" in dialog.status.text()
    codes = {dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text()
             for r in range(dialog.table.rowCount())}
    assert codes[titles[0]] == codes[titles[1]] == "5"
    stored = [p.occupation_code for p in repo.list_participants(window.edb)]
    assert stored.count("5") == done
