"""Hapus data pribadi, the parts a user cannot see for themselves (issue #21's mutation run found
no test holding them): the backups' bytes are overwritten on the disk before their names go, the
copies set aside beside an event on a share are found by their names, a copy's own WAL goes with
it, the app's work files go too, personal data an older deletion left in the file's free space is
gone, the purge is in the event's record, and the refusals say why in Indonesian."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import ReportNote
from humas_desktop.messages import message
from humas_desktop.paths import backups_dir, work_dir
from humas_desktop.services import report_notes
from humas_desktop.services.backups import backup_file
from humas_desktop.services.purge import event_backups, purge_personal_data
from humas_desktop.storage import audit
from humas_desktop.storage import packages_store as store
from humas_desktop.storage.db import open_event
from tests.conftest import app_update, make_demo


def _past_retention(path: Path) -> None:
    with open_event(path) as edb:
        app_update(edb, "event", {"retention_until": (date.today() - timedelta(days=1)).isoformat()})


def _niks(path: Path) -> list[str]:
    with open_event(path, read_only=True) as edb:
        return [str(r[0]) for r in edb.conn.execute("SELECT nik FROM participant WHERE nik <> ''")]


def _holding(root: Path, secrets: list[str]) -> list[str]:
    return sorted({p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()
                   for s in secrets if s.encode() in p.read_bytes()})


# --- refusals --------------------------------------------------------------------------------

def test_an_open_event_is_refused_with_its_retention_date(data_dir: Path) -> None:
    path = make_demo(data_dir, 3)
    until = (date.today() + timedelta(days=30)).isoformat()
    with open_event(path) as edb:
        app_update(edb, "event", {"retention_until": until})
    with pytest.raises(DomainError) as refused:
        purge_personal_data(path, data_dir)
    assert refused.value.code == "purge_not_closed"
    assert until in message(refused.value.code, **refused.value.context)
    assert len(_niks(path)) == 3


def test_an_open_event_without_a_retention_date_is_refused_with_a_dash(data_dir: Path) -> None:
    path = make_demo(data_dir, 3)
    with open_event(path) as edb:
        app_update(edb, "event", {"retention_until": None})
    with pytest.raises(DomainError) as refused:
        purge_personal_data(path, data_dir)
    text = message(refused.value.code, **refused.value.context)
    assert refused.value.code == "purge_not_closed" and "(-)" in text and "None" not in text


@pytest.mark.parametrize("force", [False, True])
def test_a_file_without_its_event_row_is_refused_and_left_as_it_was(data_dir: Path,
                                                                    force: bool) -> None:
    """Forced (the coordinator's request before the retention ends) or not: no event, no purge,
    and the file keeps every participant as it was (the purge's transaction is undone)."""
    path = make_demo(data_dir, 3)
    niks = _niks(path)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM event")
    conn.commit()
    conn.close()
    with pytest.raises(DomainError) as refused:
        purge_personal_data(path, data_dir, force=force)
    assert refused.value.code == "event_missing"
    assert message(refused.value.code) == "Berkas acara tidak berisi data acara."
    assert sorted(_niks(path)) == sorted(niks)


# --- the backups' bytes ------------------------------------------------------------------------

def test_a_backup_is_zeroed_on_the_disk_before_its_name_is_removed(
        data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a disk that reuses blocks in place, removing a name leaves the bytes readable: the purge
    first overwrites every backup with zeros and forces that to the disk (fsync). Seen through a
    second name of the same file (a hard link outside the data folder, which purge leaves) and
    through what the file held each time the app asked the disk to keep it."""
    path = make_demo(data_dir, 5, decided=True)
    _past_retention(path)
    niks = _niks(path)
    taken = backup_file(path, "manual", data_dir)
    # and a small one (smaller than a write buffer): a damaged copy named after the file
    small = backups_dir(data_dir) / path.stem / f"{path.stem}.20260102T000000000000Z.auto.humasbak"
    small.write_bytes(b"rusak " + niks[0].encode())
    outside = tmp_path / "luar"
    outside.mkdir()
    copies = {f: (outside / f"tautan-{i}.bin", f.stat().st_size, f.stat().st_ino)
              for i, f in enumerate((taken, small))}
    for f, (second_name, _size, _inode) in copies.items():
        os.link(f, second_name)
    synced: list[tuple[int, bytes]] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        st = os.fstat(fd)
        if stat.S_ISREG(st.st_mode):  # folders are synced too (a name made durable)
            synced.append((st.st_ino, os.pread(fd, st.st_size, 0)))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    report = purge_personal_data(path, data_dir)
    for f, (second_name, size, inode) in copies.items():
        assert f.name in report.backups_removed and not f.exists()
        assert second_name.read_bytes() == b"\0" * size  # the same bytes, overwritten
        # The zeros were in the file when the disk was told to keep it (not only in a buffer).
        assert (inode, b"\0" * size) in synced, f.name
    assert _holding(data_dir, niks) == []


# --- what is found beside the event and in the data folder -------------------------------------

def test_an_event_on_a_share_loses_the_copies_set_aside_beside_it_and_keeps_the_rest(
        data_dir: Path, tmp_path: Path) -> None:
    """An event file outside the data folder (a share): copies beside it that name no event
    (damaged) are its own only when their name was made from this very file (``<file>.<...>``,
    a migration backup ``<stem>.v<n>...bak``); the file itself and others' files stay."""
    made = make_demo(data_dir, 4, decided=True)
    share = tmp_path / "share"
    share.mkdir()
    path = share / "acara.humas"
    shutil.move(made, path)
    _past_retention(path)
    niks = _niks(path)
    damaged = b"SQLite format 3\0" + b"\x07" * 200 + niks[0].encode() + b"\x07" * 200
    own = [share / "acara.humas.corrupt", share / "acara.humas.before-restore",
           share / "acara.v3-20260101T000000.bak"]
    others = [share / "acara-lain.humas.corrupt", share / "catatan.bak", share / "acara.v3.txt",
              share / "acara.bak", share / "lain.v1-20260101T000000.bak"]
    for f in own + others:
        f.write_bytes(damaged)
    purge_personal_data(path, data_dir)
    assert [f.name for f in own if f.exists()] == []
    assert [f.name for f in others if not f.exists() or f.read_bytes() != damaged] == []
    assert path.exists()  # the purged event itself is never shredded
    with open_event(path, read_only=True) as edb:
        names = [r[0] for r in edb.conn.execute("SELECT name FROM participant ORDER BY number")]
    assert names[0] == "Asesi 0001"
    assert _holding(share, niks) == sorted(f.name for f in others)


def test_a_copy_under_the_same_file_name_in_another_folder_is_purged(data_dir: Path) -> None:
    path = make_demo(data_dir, 4, decided=True)
    _past_retention(path)
    niks = _niks(path)
    twin = backups_dir(data_dir) / "dari-flashdisk" / path.name
    twin.parent.mkdir(parents=True)
    shutil.copyfile(path, twin)
    report = purge_personal_data(path, data_dir)
    assert not twin.exists() and twin.name in report.backups_removed
    assert _holding(data_dir, niks) == []


def test_a_copy_goes_with_its_own_wal(data_dir: Path) -> None:
    """A copy taken while the event was open (file and ``-wal`` copied together): the WAL holds
    the participants' pages too and is removed with its copy."""
    path = make_demo(data_dir, 6, decided=True)
    _past_retention(path)
    niks = _niks(path)
    keeper = sqlite3.connect(path, isolation_level=None)
    try:
        keeper.execute("PRAGMA wal_autocheckpoint = 0")
        keeper.execute("SELECT count(*) FROM participant").fetchone()
        copy = data_dir / "salinan" / "acara-siang.humas"
        copy.parent.mkdir()
        shutil.copyfile(path, copy)
        # the WAL of the moment: the pages the app wrote last, with the participants in them
        with open_event(path) as edb:
            app_update(edb, "event", {"city": "Bandung"})
        wal = path.with_name(path.name + "-wal")
        copy_wal = copy.with_name(copy.name + "-wal")
        shutil.copyfile(wal, copy_wal)
    finally:
        keeper.close()
    assert _holding(copy.parent, niks)
    report = purge_personal_data(path, data_dir)
    assert not copy.exists() and not copy_wal.exists()
    assert copy_wal.name in report.backups_removed
    assert _holding(data_dir, niks) == []


def test_the_backups_of_an_event_are_found_by_the_id_read_from_its_file(data_dir: Path) -> None:
    """Asked without the id (the backups window, a later clean-up), the lookup reads it from the
    event file and finds the copies under any name, not another event's."""
    path = make_demo(data_dir, 2)
    other = make_demo(data_dir, 2)
    mine = backup_file(path, "manual", data_dir)
    renamed = backups_dir(data_dir) / "simpan" / "cadangan.humasbak"
    renamed.parent.mkdir()
    shutil.copyfile(mine, renamed)
    theirs = backup_file(other, "manual", data_dir)
    found = event_backups(path, data_dir)
    assert mine in found and renamed in found and theirs not in found


def test_the_apps_work_files_go_with_the_purge(data_dir: Path) -> None:
    """A merge, import or package leaves work files under ``<data>/tmp`` (a decrypted snapshot,
    a roster being read): they hold participants too and are removed."""
    path = make_demo(data_dir, 4, decided=True)
    _past_retention(path)
    niks = _niks(path)
    leftover = work_dir(data_dir) / "gabung" / "snapshot.sqlite"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(("\n".join(niks)).encode())
    purge_personal_data(path, data_dir)
    assert not leftover.exists()
    assert _holding(data_dir, niks) == []


# --- the file itself -----------------------------------------------------------------------------

def test_nothing_is_left_in_the_wal_while_the_app_still_holds_the_file(data_dir: Path) -> None:
    """The event window still holds the file (another connection of the app: closing the purge's
    own connection is then not the last close, which would empty the WAL); the pages the app
    wrote last, with every participant in them, sit in the WAL. The purge empties the WAL into
    the file and rewrites it, so neither holds a NIK while the window is still open."""
    path = make_demo(data_dir, 12, decided=True)
    _past_retention(path)
    niks = _niks(path)
    window = open_event(path)
    try:
        window.conn.execute("PRAGMA wal_autocheckpoint = 0")
        app_update(window, "participant", {"email": "baru@contoh.id"})
        wal = path.with_name(path.name + "-wal")
        assert any(n.encode() in wal.read_bytes() for n in niks)
        purge_personal_data(path, data_dir)
        held = [p.name for p in path.parent.iterdir() if p.name.startswith(path.name)
                and any(n.encode() in p.read_bytes() for n in niks)]
    finally:
        window.close()
    assert held == []
    assert _holding(data_dir, niks) == []


def test_the_residual_report_names_a_free_text_column_holding_an_id_number(data_dir: Path) -> None:
    """Purge blanks the identity columns; a NIK typed into a free-text column (here glued to a
    NIP, as copied from a form) is not erased but reported, by table and column, so the
    coordinator knows what is left."""
    path = make_demo(data_dir, 4, decided=True)
    _past_retention(path)
    with open_event(path, read_only=True) as edb:
        nik = edb.conn.execute("SELECT nik FROM participant WHERE nik <> '' LIMIT 1").fetchone()[0]
        assessor_id, scheme_id = edb.conn.execute(
            "SELECT assessor_id, scheme_id FROM assessment LIMIT 1").fetchone()
    with open_event(path) as edb:
        report_notes.save(edb, ReportNote(str(assessor_id), str(scheme_id),
                                          notes=f"cek NIK/NIP {nik}199001012020121001"))
    report = purge_personal_data(path, data_dir)
    # the note, and its entry in the append-only log (a free text is logged as typed)
    assert sorted(report.residual) == ["audit.new", "report_note.notes"]


def test_the_purge_is_in_the_events_record(data_dir: Path) -> None:
    """Who erased, when, how many participants and why (UU PDP: an erasure is accountable)."""
    path = make_demo(data_dir, 5, decided=True)
    _past_retention(path)
    purge_personal_data(path, data_dir)
    with open_event(path, read_only=True) as edb:
        event_id = str(store.event_id(edb.conn))
        purged = [e for e in audit.entries(edb.conn, entity_id=event_id)
                  if e.field == "personal_data_purged"]
    assert len(purged) == 1
    assert purged[0].entity == "event" and purged[0].new == "5" and purged[0].reason == "retensi"
    assert purged[0].actor == "coordinator"
