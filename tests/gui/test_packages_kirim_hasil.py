"""Kirim hasil (#24 friction): the folder picker opens on the stick the hand-out came from and
says what is being sent ("2 dari 2 ditandatangani"); the confirmation repeats it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.pairing_dialog import PairingDialog
from humas_desktop.services.handout import pairing_code
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from tests.services.laptops import score, setup_venue

pytestmark = pytest.mark.gui


def test_picker_starts_on_the_stick_and_names_what_is_sent(qtbot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    if True:  # the real worker pool, as the app runs it
        venue = setup_venue(tmp_path, participants=4)
        row = venue.assessor_rows[0]
        lap = venue.assessors[0]
        package = venue.handouts[row.id]
        window = MainWindow(lap.base, lap.device)
        qtbot.addWidget(window)
        code = pairing_code(venue.coordinator.device.fingerprint)
        monkeypatch.setattr(PairingDialog, "ask", staticmethod(lambda preview, parent=None: code))
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
        window.packages.open_handout_file(str(package), passphrase="")
        qtbot.waitUntil(lambda: window.edb is not None, timeout=15_000)
        assert "salinan kerja asesor" in window.windowTitle()
        asked: list[tuple[str, str]] = []
        monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                            lambda parent, title, start="": asked.append((title, start)) or "")
        window.packages.send_results()
        [(title, start)] = asked
        assert Path(start) == package.parent  # the stick, not the working folder
        assert "0 dari 2 ditandatangani" in title and "2 belum mulai" in title
        svc = ScoringService(window.edb, lap.device)
        first = repo.list_participants(window.edb)[0]
        score(svc, svc.open_assessment(first.id, row.id, venue.scheme.id), venue.scheme, row,
              bk=False)
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append("GAGAL " + a[2]))
        out = tmp_path / "kirim"
        out.mkdir()
        window.packages.send_results(str(out))
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        assert "Isi: 1 dari 2 ditandatangani, 1 belum mulai" in shown[0], shown
