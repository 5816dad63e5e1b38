"""Fault loops: fail the Nth write; nothing committed is lost and a retry works."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from humas_desktop.domain.models import Attendance
from humas_desktop.messages import MESSAGES
from humas_desktop.services import storage_faults as sf
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import audit
from humas_desktop.storage.db import EventDB, open_event
from tests.conftest import make_demo

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "COMMIT")


class FaultyConnection:
    """A sqlite3 connection whose Nth write statement fails like a full or broken disk."""

    def __init__(self, real: sqlite3.Connection, fail_at: int, error: str) -> None:
        self.real = real
        self.fail_at = fail_at
        self.error = error
        self.writes = 0
        self.armed = True

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        if self.armed and sql.lstrip().upper().startswith(WRITES):
            self.writes += 1
            if self.writes == self.fail_at:
                raise sqlite3.OperationalError(self.error)
        return self.real.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def _state(path: Path) -> tuple[dict[str, str | None], int]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        rows = dict(conn.execute("SELECT id, attendance FROM participant").fetchall())
        assert audit.first_broken_link(conn) is None
        return rows, int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])
    finally:
        conn.close()


ERRORS = {
    "database or disk is full": "disk_full",
    "disk I/O error": "disk_io",
    "attempt to write a readonly database": "read_only_media",
}


@pytest.mark.parametrize("error", sorted(ERRORS))
def test_fail_nth_write_loses_nothing_and_retry_works(data_dir: Path, error: str) -> None:
    path = make_demo(data_dir, participants=6)
    with open_event(path) as probe:
        ids = [row[0] for row in probe.conn.execute("SELECT id FROM participant ORDER BY id")]
    plan = [(pid, Attendance.TIDAK_HADIR if i % 2 else Attendance.HADIR) for i, pid in enumerate(ids)]
    # Each change = UPDATE + audit INSERT + COMMIT (a no-op change only COMMIT): fail every
    # position once, until a run sees no fault (the Nth write no longer exists).
    fail_at = 0
    while True:
        fail_at += 1
        work = path.with_name(f"n{fail_at}.humas")
        work.write_bytes(path.read_bytes())
        edb: EventDB = open_event(work, device_id="d")
        try:
            base_rows, base_audit = _state(work)
            real = edb.conn
            faulty = FaultyConnection(real, fail_at, error)
            edb.conn = faulty  # type: ignore[assignment]
            svc = ScoringService(edb)
            done: dict[str, str | None] = {}
            faults = 0
            for pid, value in plan:
                try:
                    with sf.guarded(work):
                        svc.set_attendance(pid, value)
                except sf.StorageFault as fault:
                    faults += 1
                    assert fault.code == ERRORS[error] and fault.code in MESSAGES
                    assert not real.in_transaction
                    rows, _ = _state(work)  # what is on disk: every earlier change, not this one
                    for key, expected in {**base_rows, **done}.items():
                        assert rows[key] == expected
                    faulty.armed = False  # the fault is gone (space freed): the retry must work
                    svc.set_attendance(pid, value)
                done[pid] = value.value
            assert faults <= 1
        finally:
            edb.conn = real
            edb.close()
        rows, audit_count = _state(work)
        assert rows == {**base_rows, **done}
        changed = sum(1 for pid, v in done.items() if base_rows[pid] != v)
        assert audit_count == base_audit + changed
        if faults == 0:
            break
    assert fail_at > 2 * len(plan)


def test_classify_os_errors() -> None:
    import errno

    cases = {errno.ENOSPC: "disk_full_file", errno.EROFS: "read_only_file", errno.EIO: "disk_io_file",
             errno.ENODEV: "drive_removed", errno.EACCES: "no_write_permission",
             errno.ENOENT: "target_missing"}
    for number, code in cases.items():
        fault = sf.classify(OSError(number, "x", "/media/usb/Rekap Budi 3201012345670001.xlsx"))
        assert fault is not None and fault.code == code and code in MESSAGES
    assert sf.classify(ValueError("x")) is None
    assert sf.classify(sqlite3.IntegrityError("UNIQUE constraint failed")) is None


def test_fault_message_never_quotes_the_original_error() -> None:
    fault = sf.classify(sqlite3.OperationalError("database or disk is full: Budi 3201012345670001"))
    assert fault is not None and "3201" not in str(fault)


def test_read_only_media_uri(demo_path: Path) -> None:
    """A real read-only open (as on write-protected media) gives the read-only message."""
    edb = open_event(demo_path, read_only=True)
    try:
        pid, att = edb.conn.execute("SELECT id, attendance FROM participant").fetchone()
        other = Attendance.TIDAK_HADIR if att == "hadir" else Attendance.HADIR
        with pytest.raises(sf.StorageFault) as info, sf.guarded(demo_path):
            ScoringService(edb).set_attendance(pid, other)
        assert info.value.code == "read_only_media"
    finally:
        edb.conn.close()


def test_event_file_removed_under_the_app_is_rescued(data_dir: Path) -> None:
    path = make_demo(data_dir, participants=4)
    edb = open_event(path, device_id="d")
    identity = sf.FileIdentity.of(path)
    pid = edb.conn.execute("SELECT id FROM participant").fetchone()[0]
    path.unlink()
    ScoringService(edb).set_attendance(pid, Attendance.TIDAK_HADIR)  # lands in the deleted inode
    assert not sf.file_still_there(edb, identity)
    rescued = sf.rescue_removed_file(edb)
    edb.conn.close()
    assert rescued == path
    with open_event(path) as again:
        assert again.conn.execute("SELECT attendance FROM participant WHERE id = ?",
                                  (pid,)).fetchone()[0] == "tidak_hadir"


def test_storage_warnings_network_removable_and_low_space(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shutil

    mounts = tmp_path / "mounts"
    target = tmp_path / "data"
    target.mkdir()
    mounts.write_text(f"server:/x {tmp_path} nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n")
    codes = [c for c, _ in sf.storage_warnings(target, mounts=mounts, sys_root=tmp_path / "nosys")]
    assert "data_on_network" in codes
    mounts.write_text("/dev/sda1 / ext4 rw 0 0\n")
    st = target.stat()
    sysfs = tmp_path / "sys"
    node = sysfs / "dev" / "block" / f"{os.major(st.st_dev)}:{os.minor(st.st_dev)}"
    node.mkdir(parents=True)
    (node / "removable").write_text("1\n")
    codes = [c for c, _ in sf.storage_warnings(target, mounts=mounts, sys_root=sysfs)]
    assert "data_on_removable" in codes
    (node / "removable").write_text("0\n")
    usage = shutil._ntuple_diskusage(10**12, 10**12 - 50 * 2**20, 50 * 2**20)  # type: ignore[attr-defined]
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage)
    warnings = sf.storage_warnings(target, mounts=mounts, sys_root=sysfs)
    assert warnings == [("low_disk_space", {"free_mb": 50})]


REAL_LIMIT = """
import resource, signal, sys, uuid
from pathlib import Path
from humas_desktop.services import storage_faults as sf
from humas_desktop.storage.db import open_event
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-big write fails with EFBIG instead of killing
edb = open_event(sys.argv[1], device_id="d")
limit = int(sys.argv[2])
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
acked = 0
fault = ""
for i in range(100000):
    try:
        with sf.guarded(edb.path):
            edb.set_setting(f"k{i}", "x" * 2000)
        acked = i + 1
    except sf.StorageFault as exc:
        fault = exc.code
        break
resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))  # space freed: the retry must work
edb.set_setting(f"k{acked}", "x" * 2000)
edb.close()
print(fault, acked, flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE + SIGXFSZ: a real write failure on Linux")
def test_real_write_failure_keeps_every_acknowledged_commit(data_dir: Path) -> None:
    import subprocess

    path = make_demo(data_dir, participants=3)
    limit = path.stat().st_size + 300_000
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", REAL_LIMIT, str(path), str(limit)], cwd=root,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    code, acked = done.stdout.split()
    assert code in ("disk_io", "disk_full") and int(acked) > 10
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        keys = {k for (k,) in conn.execute("SELECT key FROM settings WHERE key LIKE 'k%'")}
    finally:
        conn.close()
    assert keys == {f"k{i}" for i in range(int(acked) + 1)}  # every ack + the retry, no more
