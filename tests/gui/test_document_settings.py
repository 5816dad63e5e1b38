"""A coordinator sets who signs the documents and the BNSP codes; the exports print them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from humas_desktop.gui.document_settings_dialog import DocumentSettingsDialog
from humas_desktop.services import document_settings as ds
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo


def demo_jobs() -> list[str]:
    from humas_desktop.services.demo import _JABATAN

    return list(_JABATAN)

pytestmark = pytest.mark.gui


def test_signers_and_codes_reach_the_documents(qtbot, tmp_path: Path) -> None:
    from humas_desktop.cli import main

    event = make_demo(tmp_path / "data", participants=4, decided=True)
    edb = open_event(event, device_id="t")
    try:
        dialog = DocumentSettingsDialog(edb)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.texts["certificate.chair_name"], "Dr. Ketua Contoh, M.Si.")
        dialog.texts["event.responsible"].clear()  # the demo fills one in
        qtbot.keyClicks(dialog.texts["event.responsible"], "Budi Penanggung")
        dialog.code_lists["bnsp.codes.pendidikan"].setPlainText("S1 = 5\nS2 = 6\nD3 = 4")
        dialog.code_lists["bnsp.codes.pekerjaan"].setPlainText("tanpa tanda sama dengan")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        assert "baris 1" in dialog.error.text()  # refused: nothing saved
        assert ds.load(edb).texts["certificate.chair_name"] == ""
        # Every job title needs a code: a blank one would make the export exit 1 (issue 15).
        dialog.code_lists["bnsp.codes.pekerjaan"].setPlainText(
            "\n".join(f"{job} = 1" for job in demo_jobs()))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        assert dialog.result() == dialog.DialogCode.Accepted
        saved = ds.load(edb)
        assert saved.texts["certificate.chair_name"] == "Dr. Ketua Contoh, M.Si."
        assert saved.code_lists["bnsp.codes.pendidikan"] == {"S1": "5", "S2": "6", "D3": "4"}
    finally:
        edb.close()
    out = tmp_path / "out"
    assert main(["export", str(event), "all", "--out", str(out)]) == 0
    minutes = "\n".join(p.extract_text() for p in PdfReader(out / "berita-acara.pdf").pages)
    assert "Budi Penanggung" in minutes
    certificates = "\n".join(p.extract_text() for p in PdfReader(out / "sertifikat.pdf").pages)
    assert "Dr. Ketua Contoh, M.Si." in certificates
    sheet = openpyxl.load_workbook(out / "unggah-bnsp.xlsx").active
    header = next(r for r in range(1, 10) if sheet.cell(r, 3).value == "NIK")
    education_codes = {sheet.cell(r, 12).value for r in range(header + 1, sheet.max_row + 1)
                       if sheet.cell(r, 3).value}
    assert education_codes <= {"5", "6", "4"} and education_codes


def test_fixed_choices_are_picked_from_a_list(qtbot, tmp_path: Path) -> None:
    """#24 N22: "polos atau blanko" and "ketua atau direktur" are choices, not free text."""
    event = make_demo(tmp_path / "data", participants=2)
    edb = open_event(event, device_id="t")
    try:
        dialog = DocumentSettingsDialog(edb)
        qtbot.addWidget(dialog)
        mode = dialog.choices["certificate.mode"]
        role = dialog.choices["certificate.signatory_role"]
        assert [mode.itemText(i) for i in range(mode.count())] == ["", "polos", "blanko"]
        assert [role.itemText(i) for i in range(role.count())] == ["", "ketua", "direktur"]
        assert dialog.texts["certificate.mode"].isReadOnly()  # nothing else can be typed
        mode.setCurrentIndex(mode.findText("blanko"))
        role.setCurrentIndex(role.findText("direktur"))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        saved = ds.load(edb).texts
        assert saved["certificate.mode"] == "blanko"
        assert saved["certificate.signatory_role"] == "direktur"
    finally:
        edb.close()


def test_the_sks_legal_basis_and_the_plenary_committee_are_set_in_the_dialog(
        qtbot, tmp_path: Path) -> None:
    """The SK's "Mengingat" and the pleno's committee list were settable only through the service
    (#24): an LSP officer had no way to put their own in. Now two boxes of Pengaturan dokumen
    hold them (one regulation per line; "Nama = Jabatan" per line), saved with the rest."""
    event = make_demo(tmp_path / "data", participants=4, decided=True)
    with open_event(event, device_id="t") as edb:
        dialog = DocumentSettingsDialog(edb)
        qtbot.addWidget(dialog)
        dialog.legal_basis.setPlainText("Undang-Undang Nomor 13 Tahun 2003\n\nPP Nomor 10 Tahun 2018")
        dialog.committee.setPlainText("Dr. Sri Rahayu = Ketua Komite Teknis\nIr. Bambang = Anggota")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
        settings = {k: v for k, v in edb.conn.execute("SELECT key, value FROM settings")}
        assert ds.legal_basis(settings) == ["Undang-Undang Nomor 13 Tahun 2003",
                                            "PP Nomor 10 Tahun 2018"]
        assert ds.committee(settings) == [("Dr. Sri Rahayu", "Ketua Komite Teknis"),
                                          ("Ir. Bambang", "Anggota")]
        again = DocumentSettingsDialog(edb)  # what is saved is what the dialog shows next time
        qtbot.addWidget(again)
        assert again.committee.toPlainText().splitlines() == [
            "Dr. Sri Rahayu = Ketua Komite Teknis", "Ir. Bambang = Anggota"]
        assert again.legal_basis.toPlainText().splitlines()[1] == "PP Nomor 10 Tahun 2018"
