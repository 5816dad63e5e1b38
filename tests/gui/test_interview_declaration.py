"""A consent recorded before the FR.AK.01 declaration existed (a file from before issue 26): the
consent button makes the assessor's declaration, and scoring opens after it. Without it the
assessor of an older file could never score that participant again (every change refused with
impartiality_required, no button to declare)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from humas_desktop.gui.main_window import MainWindow
from humas_desktop.storage import repository as repo
from humas_desktop.storage.device import load_or_create_device

pytestmark = pytest.mark.gui


def test_a_consent_without_the_declaration_asks_for_the_declaration(qtbot, data_dir: Path,
                                                                     demo_path: Path) -> None:
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(demo_path)
    table = window.participants.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == 1)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(model.index(row, 1)).center())
    interview = window.interview
    interview.consent_button.click()
    assert interview.body.isEnabled()
    assessment = interview.assessment
    assert assessment is not None
    # As an older file holds it: the consent, and no declaration.
    edb = window.ctx.session.main if hasattr(window.ctx, "session") else window.edb
    consented = repo.table_rows(edb, "assessment", "WHERE id = ?", [assessment.id])[0]["consent_at"]
    [declaration] = repo.table_rows(edb, "impartiality", "WHERE assessment_id = ?", [assessment.id])
    repo.audited_delete(edb, "impartiality", str(declaration["id"]), "berkas versi lama")
    interview.refresh()
    assert not interview.body.isEnabled()
    assert interview.consent_button.isEnabled()
    assert "FR.AK.01" in interview.consent_state.text()
    interview.consent_button.click()
    assert interview.body.isEnabled()
    assert repo.table_rows(edb, "impartiality", "WHERE assessment_id = ?", [assessment.id])
    # The participant's consent stays as it was given; only the declaration is added.
    assert repo.table_rows(edb, "assessment", "WHERE id = ?", [assessment.id])[0]["consent_at"] \
        == consented
