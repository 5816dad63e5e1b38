"""Tutup sesi explains why a signed participant is not in the decision list."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.gui.close_dialog import CloseDialog
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

pytestmark = pytest.mark.gui


def test_signed_but_attendance_empty_is_explained(qtbot, data_dir: Path) -> None:
    path = make_demo(data_dir, participants=12)
    with open_event(path, device_id="t") as edb:
        signed = [int(r[0]) for r in edb.conn.execute(
            "SELECT p.number FROM participant p JOIN assessment a ON a.participant_id = p.id "
            "WHERE a.status = 'ditandatangani' ORDER BY p.number")]
        assert len(signed) >= 2
        # As on a laptop where nobody clicked Hadir before signing (files from before this fix).
        edb.conn.execute("UPDATE participant SET attendance = NULL WHERE number = ?", (signed[0],))
        edb.conn.execute("UPDATE participant SET attendance = 'tidak_hadir' WHERE number = ?",
                         (signed[1],))
        edb.conn.commit()
        dialog = CloseDialog(edb)
        qtbot.addWidget(dialog)
        listed = [int(dialog.table.item(r, 0).text()) for r in range(dialog.table.rowCount())]
        assert signed[0] not in listed and signed[1] not in listed
        text = dialog.missing_label.text()
        assert f"kehadirannya belum diisi (no. {signed[0]})" in text
        assert f"ditandai tidak hadir (no. {signed[1]})" in text
