"""Hapus data pribadi also shreds the journals of changes held while the file was first checked."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from humas_desktop.services import startup_check as sc
from humas_desktop.services.purge import purge_personal_data
from humas_desktop.services.roster_edit import edit_participant
from humas_desktop.services.session import EventSession
from humas_desktop.storage import held_journal
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import app_update, forget_checkpoints, make_demo


def test_a_held_journal_with_a_changed_name_is_shredded_by_the_purge(data_dir: Path) -> None:
    path = forget_checkpoints(make_demo(data_dir, 5))
    device = load_or_create_device(data_dir)
    secret = "Wayan Sukarsa Nugrahaningtyas"
    session = EventSession(path, device.id)
    assert sc.hold_while_checked(session, device) is not None
    pid = session.main.conn.execute(
        "SELECT p.id FROM participant p WHERE NOT EXISTS (SELECT 1 FROM assessment a WHERE "
        "a.participant_id = p.id AND a.status = 'ditandatangani') ORDER BY p.id").fetchone()[0]
    edit_participant(session.main, pid, {"name": secret}, reason="salah ketik")
    session.close()  # quit before the check ended: the journal stays, with the name in it
    journal = held_journal.journal_path(path)
    assert secret.encode() in journal.read_bytes()
    aside = held_journal.set_aside(journal)  # as a failed check leaves it
    assert aside is not None and secret.encode() in aside.read_bytes()
    with open_event(path) as edb:
        app_update(edb, "event", {"retention_until": (date.today() - timedelta(days=1)).isoformat()})
    report = purge_personal_data(path, data_dir, force=True)
    assert aside.name in report.backups_removed and not aside.exists()
    leftovers = [p for p in data_dir.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]
    assert leftovers == []
