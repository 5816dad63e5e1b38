"""The close dialog's plenary date picker offers only what close accepts (issue #22): from the
last assessment day to today; certificates are dated that one date and numbered with its year."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from humas_desktop.gui.close_dialog import CloseDialog
from humas_desktop.services import close_session as cs
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo


def _q(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_plenary_picker_is_limited_to_the_event_and_today(qtbot, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=4, decided=True)
    today = date.today()
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        with edb.atomic():  # a three-day event that ended yesterday, signed off then
            repo.audited_update(edb, "event", repo.load_event(edb).id,
                                {"start_date": (today - timedelta(days=3)).isoformat(),
                                 "end_date": (today - timedelta(days=1)).isoformat()},
                                reason="uji")
            edb.conn.execute("UPDATE assessment SET signed_at = ? WHERE signed_at IS NOT NULL",
                             ((today - timedelta(days=1)).isoformat() + "T03:00:00.000Z",))
        dialog = CloseDialog(edb)
        qtbot.addWidget(dialog)
        first = today - timedelta(days=1)
        assert cs.plenary_date_range(edb) == (first, today)
        assert dialog.plenary.minimumDate() == _q(first)
        assert dialog.plenary.maximumDate() == _q(today)
        dialog.plenary.setDate(QDate(2020, 1, 1))  # typed years before: held at the first day
        assert dialog.plenary.date() == _q(first)
        dialog.plenary.setDate(_q(today + timedelta(days=30)))
        assert dialog.plenary.date() == _q(today)
        dialog.plenary.setDate(_q(first))
        qtbot.keyClicks(dialog.bidang, "HMS")
        qtbot.keyClicks(dialog.lisensi, "001")
        dialog._confirm_all()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        dialog.confirm_yes.click()  # the confirmation (#24)
        assert cs.is_closed(edb), dialog.status.text()
        certs = repo.list_certificates(edb)
        assert certs and {c.issue_date for c in certs} == {first}
        assert all(c.number.endswith(f" {first.year}") for c in certs)
        assert {d.plenary_date for d in repo.list_decisions(edb)} == {first}
    finally:
        edb.close()
