"""Issue #23: purge finds an event's backups by the event's id, not by file names.

Observed on da7ae9f: a backup of the same event saved under another file name kept its NIK after
the purge, and purging event ``X`` deleted the backups of another event named ``X-lama``."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date, timedelta
from pathlib import Path

from humas_desktop.paths import backups_dir
from humas_desktop.services.backups import backup_file
from humas_desktop.services.purge import purge_personal_data
from humas_desktop.storage import packages_store
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo


def _event(data_dir: Path, name: str, participants: int) -> tuple[Path, str, list[str]]:
    """A demo event whose file is ``events/<name>.humas``, past its retention; its id and NIKs."""
    made = make_demo(data_dir, participants, decided=True)
    path = made.with_name(f"{name}.humas")
    os.replace(made, path)
    with open_event(path) as edb, edb.atomic():
        yesterday = (date.today() - timedelta(days=1)).isoformat()
        edb.conn.execute("UPDATE event SET retention_until = ?", (yesterday,))
    with open_event(path, read_only=True) as edb:
        event_id = str(packages_store.event_id(edb.conn))
        niks = [str(r[0]) for r in edb.conn.execute("SELECT nik FROM participant WHERE nik <> ''")]
    return path, event_id, niks


def _holding(root: Path, secrets: list[str]) -> list[str]:
    return sorted({p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()
                   for s in secrets if s.encode() in p.read_bytes()})


def test_a_backup_saved_under_another_name_is_purged_too(data_dir: Path) -> None:
    path, event_id, niks = _event(data_dir, "acara", 20)
    assert len(niks) == 20
    taken = backup_file(path, "manual", data_dir)
    # The same event's copy under other names: in another folder of the data dir, and without
    # its sidecar (copied by hand).
    elsewhere = backups_dir(data_dir) / "simpanan" / "cadangan-pak-budi.humasbak"
    elsewhere.parent.mkdir()
    shutil.copyfile(taken, elsewhere)
    loose = data_dir / "salinan-lama.sqlite"
    shutil.copyfile(taken, loose)
    assert _holding(data_dir, niks[:3])
    report = purge_personal_data(path, data_dir)
    assert _holding(data_dir, niks) == []
    assert not elsewhere.exists() and not loose.exists() and not taken.exists()
    assert {elsewhere.name, loose.name, taken.name} <= set(report.backups_removed)
    assert event_id  # the id is what found them


def test_purging_x_leaves_the_backups_of_another_event_named_x_lama(data_dir: Path) -> None:
    path, _event_id, _niks = _event(data_dir, "X", 5)
    other, other_id, other_niks = _event(data_dir, "X-lama", 6)
    other_backups = [backup_file(other, "manual", data_dir), backup_file(other, "close", data_dir)]
    # One of them even carries a name made from X's file name.
    disguised = backups_dir(data_dir) / "X" / "X.20260101T000000000000Z.manual.humasbak"
    disguised.parent.mkdir(exist_ok=True)
    shutil.copyfile(other_backups[0], disguised)
    # Damaged copies name no event: only a name made from X's own file ties one to X.
    damaged_other = backups_dir(data_dir) / "X-lama" / "X-lama.20260101T000000000000Z.auto.humasbak"
    damaged_own = backups_dir(data_dir) / "X" / "X.20260102T000000000000Z.auto.humasbak"
    damaged_other.write_bytes(b"rusak")
    damaged_own.write_bytes(b"rusak")
    before = {p: p.read_bytes() for p in [*other_backups, disguised, damaged_other, other]}
    backup_file(path, "manual", data_dir)
    purge_personal_data(path, data_dir)
    assert not damaged_own.exists()
    for kept, data in before.items():
        assert kept.exists() and kept.read_bytes() == data, kept.name
    assert len(_holding(data_dir, other_niks[:1])) >= 3  # X-lama's data untouched
    assert other_id


def test_every_backup_names_its_event_in_a_sidecar_readable_without_sqlite(data_dir: Path) -> None:
    from humas_desktop.storage.backup_identity import identity_path

    path, event_id, _niks = _event(data_dir, "acara", 3)
    taken = backup_file(path, "manual", data_dir)
    doc = json.loads(identity_path(taken).read_text("utf-8"))
    assert doc["event_id"] == event_id and doc["backup"] == taken.name


def test_sidecars_naming_the_event_go_with_it_and_another_events_stay(data_dir: Path) -> None:
    """A backup's sidecar (the event id beside it) is removed with its backup, and one whose backup
    was deleted by hand is found by the id it names; another event's sidecars are untouched."""
    from humas_desktop.storage.backup_identity import identity_path, read_identity

    path, event_id, _niks = _event(data_dir, "acara", 4)
    other, other_id, _ = _event(data_dir, "acara-lain", 3)
    mine = backup_file(path, "manual", data_dir)
    kept = backup_file(other, "manual", data_dir)
    orphan = backup_file(path, "manual", data_dir)
    orphan_sidecar = identity_path(orphan)
    orphan.unlink()  # the copy deleted by hand; its sidecar left behind
    assert read_identity(orphan_sidecar) == event_id and read_identity(identity_path(kept)) == other_id
    purge_personal_data(path, data_dir)
    assert not mine.exists() and not identity_path(mine).exists()
    assert not orphan_sidecar.exists()
    assert kept.exists() and read_identity(identity_path(kept)) == other_id
