"""Issue #24 N15: Tutup sesi asks first, with what it will do (certificates to number, K/BK, the
number range), shows the numbers issued afterwards, and no longer offers "next number 1".
Since #21 the numbers always come from the LSP's registry, and the confirmation says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humas_desktop.domain.models import Verdict
from humas_desktop.gui.close_dialog import CloseDialog
from humas_desktop.services import close_session as cs
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

pytestmark = pytest.mark.gui


@pytest.mark.usefixtures("lsp_registry")  # the LSP's registry on this laptop numbers (#21)
def test_close_asks_with_a_summary_then_shows_the_numbers(qtbot, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=6, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        dialog = CloseDialog(edb)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.bidang, "HMS")
        qtbot.keyClicks(dialog.lisensi, "001")
        dialog._confirm_all()
        chosen = {c.participant_id: Verdict(dialog._decision_box(r).currentText())
                  for r, c in enumerate(dialog.candidates)}
        k = sum(1 for v in chosen.values() if v is Verdict.K)
        bk = len(chosen) - k
        people = {p.id: p for p in repo.list_participants(edb)}
        to_number = sum(1 for pid, v in chosen.items()
                        if v is Verdict.K and people[pid].attendance is not None
                        and people[pid].attendance.value == "hadir")
        assert to_number >= 2
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        # Nothing numbered yet: the confirmation says what will happen.
        assert not cs.is_closed(edb) and not repo.list_certificates(edb)
        assert dialog.confirm_panel.isVisible()
        text = dialog.confirm_text.text()
        assert f"{to_number} sertifikat akan diberi nomor" in text
        assert f"K: {k}" in text and f"BK: {bk}" in text
        assert "Nomor diambil dari registri LSP." in text  # one series per LSP (#21)
        assert dialog.confirm_no.isDefault()  # Enter goes back, not on
        qtbot.mouseClick(dialog.confirm_no, Qt.MouseButton.LeftButton)
        assert not dialog.confirm_panel.isVisible() and not cs.is_closed(edb)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)
        assert cs.is_closed(edb)
        certs = sorted(c.number for c in repo.list_certificates(edb))
        assert len(certs) == to_number
        status = dialog.status.text()
        assert f"Nomor: {certs[0]} s.d. {certs[-1]}." in status
        for c in repo.list_certificates(edb):
            assert f"{people[c.participant_id].name} — {c.number}" in status
        # Not the configured start: the registry holds the series, the field says "—".
        assert dialog.cert_start.value() == 0 and dialog.cert_start.text() == "—"
        assert not dialog.cert_start.isEnabled()
        assert dialog.isVisible() and dialog.done_button.isVisible()
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible() and dialog.closed_now
    finally:
        edb.close()
