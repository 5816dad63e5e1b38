"""GUI (issue 15): Acara -> Catat nomor blanko records each certificate's BNSP blanko; Acara ->
Pengaturan dokumen -> "Muat dari berkas…" fills KODE PENDIDIKAN/PEKERJAAN from the LSP's file.
Real widgets, offscreen; what was saved is read back from the event file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from humas_desktop.services import close_session as cs
from humas_desktop.services import document_settings as ds
from humas_desktop.services import numbering as nb
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

pytestmark = pytest.mark.gui

CONFIG = nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN, "HMS", "1926")


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_blanko_serials_are_typed_in_the_table_and_a_second_use_is_refused(
        qtbot, tmp_path: Path) -> None:
    """On 89d5f16 the GUI had no place to record a blanko serial."""
    from humas_desktop.gui.blanko_dialog import SERIAL_COL, BlankoDialog

    path = make_demo(tmp_path / "data", participants=4, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        nb.save_config(edb, CONFIG)
        cs.close_session(edb, date.today())
        dialog = BlankoDialog(edb)
        qtbot.addWidget(dialog)
        numbers = [r.participant_number for r in dialog.rows]
        assert len(numbers) >= 2
        first, second = numbers[0], numbers[1]
        dialog.table.setCurrentCell(0, SERIAL_COL)
        dialog.set_serial(first, "A 0000101")
        dialog.set_serial(second, "A 0000101")  # the same blanko twice
        _save(qtbot, dialog)
        assert "sudah tercatat untuk sertifikat" in dialog.error.text()
        assert dialog.isVisible() or dialog.result() == 0
        assert all(c.blanko_serial == "" for c in repo.list_certificates(edb))  # all or none
        dialog.set_serial(second, "A 0000102")
        _save(qtbot, dialog)
        assert dialog.result() == dialog.DialogCode.Accepted
        people = {p.id: p.number for p in repo.list_participants(edb)}
        got = {people[c.participant_id]: c.blanko_serial for c in repo.list_certificates(edb)}
        assert got[first] == "A 0000101" and got[second] == "A 0000102"
        again = BlankoDialog(edb)
        qtbot.addWidget(again)
        assert again.table.item(0, SERIAL_COL).text() == "A 0000101"
        assert again.table.item(0, 2).text() == dialog.rows[0].certificate_number
    finally:
        edb.close()


def test_load_codes_from_a_file_in_the_settings_dialog(qtbot, tmp_path: Path) -> None:
    from humas_desktop.gui.document_settings_dialog import DocumentSettingsDialog

    path = make_demo(tmp_path / "data", participants=2)
    wb = Workbook()
    wb.active.append(["Pendidikan", "Kode"])
    for row in (("S1", 15), ("S2", 16), ("D3", 14)):
        wb.active.append(row)
    xlsx = tmp_path / "kode-pendidikan.xlsx"
    wb.save(xlsx)
    bad = tmp_path / "kode.csv"
    bad.write_bytes(b"\x00\xff" * 100)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        dialog = DocumentSettingsDialog(edb)
        qtbot.addWidget(dialog)
        key = "bnsp.codes.pendidikan"
        assert set(dialog.load_buttons) == {"bnsp.codes.pendidikan", "bnsp.codes.pekerjaan"}
        assert dialog.load_buttons[key].text() == "Muat dari berkas…"
        before = dialog.code_lists[key].toPlainText()
        assert not dialog.load_code_file(key, bad)
        assert "tidak dapat dibaca" in dialog.error.text() and "Traceback" not in dialog.error.text()
        assert dialog.code_lists[key].toPlainText() == before
        assert dialog.load_code_file(key, xlsx)
        assert "3 kode dimuat" in dialog.error.text()
        _save(qtbot, dialog)
        assert ds.load(edb).code_lists[key] == {"S1": "15", "S2": "16", "D3": "14"}
    finally:
        edb.close()


def test_export_dialog_offers_the_blanko_table_in_blanko_mode(qtbot, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from humas_desktop.gui import workers
    from humas_desktop.gui.blanko_dialog import BlankoDialog
    from humas_desktop.gui.export_dialog import ExportDialog
    from humas_desktop.gui.main_window import MainWindow
    from humas_desktop.storage.device import load_or_create_device

    path = make_demo(tmp_path / "data", participants=3, decided=True)
    workers.set_pool(workers.SynchronousPool())
    try:
        window = MainWindow(path.parents[1], load_or_create_device(path.parents[1]))
        qtbot.addWidget(window)
        assert window.open_event(path)
        plain = ExportDialog(window.ctx)
        qtbot.addWidget(plain)
        assert plain.blanko_button.isHidden()  # plain paper: nothing to record
        edb = window.ctx.edb
        assert edb is not None
        cur = ds.load(edb)
        cur.texts["certificate.mode"] = "blanko"
        ds.save(edb, cur)
        dialog = ExportDialog(window.ctx)
        qtbot.addWidget(dialog)
        assert not dialog.blanko_button.isHidden()
        assert dialog.blanko_button.text() == "Catat nomor blanko…"
        opened: list[BlankoDialog] = []
        monkeypatch.setattr(BlankoDialog, "exec", lambda self: opened.append(self) or 0)
        qtbot.mouseClick(dialog.blanko_button, Qt.MouseButton.LeftButton)
        assert len(opened) == 1 and opened[0].edb is edb
    finally:
        workers.set_pool(None)
