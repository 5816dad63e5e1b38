"""Verified backups: copies pass quick_check, survive a concurrent writer, rotate, restore."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from humas_desktop.services import backups as svc
from humas_desktop.storage import backup as store
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

WRITER = textwrap.dedent("""
    import sys, time, uuid
    from humas_desktop.storage.db import open_event
    edb = open_event(sys.argv[1], device_id="writer")
    print("ready", flush=True)
    n = 0
    while True:
        with edb.atomic() as conn:
            for _ in range(20):
                conn.execute("INSERT INTO settings(key, value) VALUES (?, ?)",
                             (str(uuid.uuid4()), "x" * 200))
        n += 1
        time.sleep(0.01)
""")


@pytest.mark.slow
def test_200_backups_while_a_writer_process_runs(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(demo_path)], stdout=subprocess.PIPE,
                             cwd=Path(__file__).resolve().parents[2], text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        taken = []
        base = datetime(2026, 1, 1, tzinfo=UTC)
        for i in range(200):
            taken.append(store.take_backup(demo_path, folder, demo_path.stem, "auto",
                                           when=base + timedelta(seconds=i)))
        assert child.poll() is None, "the writer must still be running: the copies were concurrent"
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    settings_rows = set()
    for path in taken:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            assert store.quick_check(conn) == "ok"
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            settings_rows.add(conn.execute("SELECT count(*) FROM settings").fetchone()[0])
        finally:
            conn.close()
    assert len(settings_rows) > 1, "copies should show the writer's progress"
    assert not [p for p in folder.iterdir() if p.suffix == ".tmp"]


def test_backup_lists_time_reason_counts(demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = svc.backup_now(demo_db, "manual")
    infos = svc.list_event_backups(demo_db.path)
    assert [i.path for i in infos] == [path]
    info = infos[0]
    assert info.ok and info.reason == "manual"
    assert info.counts["participant"] == 30
    assert info.audit_seq == info.counts["audit_seq"] > 0
    assert path.parent == demo_db.path.parent.parent / "backups" / demo_db.path.stem


def test_rotation_keeps_recent_daily_closed_and_before(tmp_path: Path) -> None:
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    infos = []
    for hours in range(0, 24 * 40, 6):  # every 6 h for 40 days
        infos.append(store.BackupInfo(Path(f"/x/{hours}"), now - timedelta(hours=hours), "auto"))
    closed = store.BackupInfo(Path("/x/closed"), now - timedelta(days=60), "closed-event")
    imports = [store.BackupInfo(Path(f"/x/imp{i}"), now - timedelta(days=50 + i), "before-import")
               for i in range(5)]
    kept = store.select_kept([*infos, closed, *imports], recent=10, days=30, now=now)
    assert {Path(f"/x/{h}") for h in range(0, 60, 6)} <= kept  # 10 most recent
    days = {i.day for i in infos if i.path in kept}
    assert len(days) >= 30
    assert Path("/x/closed") in kept
    assert {Path("/x/imp0"), Path("/x/imp1"), Path("/x/imp2")} <= kept
    assert Path("/x/imp3") not in kept
    assert Path(f"/x/{24 * 39}") not in kept  # older than 30 days, plain auto copy


def test_rotate_deletes_on_disk(demo_db) -> None:  # type: ignore[no-untyped-def]
    folder = svc.backup_folder(demo_db.path)
    base = datetime(2026, 11, 22, 12, tzinfo=UTC)
    taken = [store.take_backup(demo_db.conn, folder, demo_db.path.stem, when=base - timedelta(minutes=i))
             for i in range(14)]
    removed = store.rotate(folder, demo_db.path.stem, recent=10, days=30, now=base)
    assert sorted(removed) == sorted(taken[10:])  # one day: its newest is among the 10 recent
    assert len(store.list_backups(folder, demo_db.path.stem, verify=False)) == 10


def test_auto_backup_only_when_changed_and_due(demo_db) -> None:  # type: ignore[no-untyped-def]
    auto = svc.AutoBackup(interval=300)
    auto.mark_opened(demo_db)
    # Times on the monotonic clock mark_opened read: fixed numbers broke once the machine had been up
    # longer than they are (uptime > 10,000 s made "now" earlier than the open).
    t0 = time.monotonic() + 10_000
    assert auto.tick(demo_db, now=t0) is None  # nothing changed
    demo_db.set_setting("ui.note", "1")
    first = auto.tick(demo_db, now=t0)
    assert first is not None
    demo_db.set_setting("ui.note", "2")
    assert auto.tick(demo_db, now=t0 + 100) is None  # changed, but not due yet
    assert auto.tick(demo_db, now=t0 + 400) is not None
    assert auto.on_close(demo_db) is None  # nothing since the last copy
    demo_db.set_setting("ui.note", "3")
    closing = auto.on_close(demo_db)
    assert closing is not None and ".close." in closing.name


def test_restore_preview_shows_loss_then_restores(data_dir: Path) -> None:
    path = make_demo(data_dir, participants=5)
    with open_event(path, device_id="d") as edb:
        old = svc.backup_before(edb, "import")
        from humas_desktop.storage import repository as repo

        pid, att = edb.conn.execute("SELECT id, attendance FROM participant LIMIT 1").fetchone()
        repo.audited_update(edb, "participant", pid,
                            {"attendance": "tidak_hadir" if att == "hadir" else "hadir"}, "test")
    info = store.describe(old)
    preview = svc.preview_restore(path, info)
    assert preview.loses_anything and preview.lost["audit"] >= 1
    aside = svc.restore_backup(path, info)
    assert aside is not None and aside.exists() and aside.name.endswith(".before-restore")
    with open_event(path, device_id="d") as edb:
        assert store.read_counts(edb.conn)["audit_seq"] == info.audit_seq
    reasons = {i.reason for i in svc.list_event_backups(path)}
    assert "before-restore" in reasons  # the replaced state is itself a backup too


def test_restore_refuses_a_damaged_backup_and_keeps_the_file(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    copy = store.take_backup(demo_path, folder, demo_path.stem)
    raw = bytearray(copy.read_bytes())
    raw[4096 * 2: 4096 * 3] = b"\x00" * 4096
    copy.write_bytes(bytes(raw))
    before = demo_path.read_bytes()
    with pytest.raises(store.BackupError):
        store.restore(copy, demo_path)
    assert demo_path.read_bytes() == before
