"""A -wal from another database beside an event file is never folded in."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from humas_desktop.cli import main as cli
from humas_desktop.services import backups as svc
from humas_desktop.services import startup_check
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

_LEAVE_WAL = (
    "import os, sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('PRAGMA journal_mode=WAL')\n"
    "c.execute('PRAGMA wal_autocheckpoint=0')\n"
    "c.execute('CREATE TABLE IF NOT EXISTS t(x)')\n"
    "for i in range(200):\n"
    "    c.execute('INSERT INTO t VALUES (?)', ('isi lain ' * 40,))\n"
    "os._exit(0)  # killed: the WAL stays\n"
)


def _foreign_wal(tmp_path: Path) -> Path:
    other = tmp_path / "lain.sqlite"
    subprocess.run([sys.executable, "-c", _LEAVE_WAL, str(other)], check=True, timeout=60)
    wal = other.with_name(other.name + "-wal")
    assert wal.stat().st_size > 0
    return wal


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_foreign_wal_is_never_folded_in(data_dir: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = make_demo(data_dir, participants=4, decided=True)
    with open_event(path, device_id="d") as edb:
        svc.backup_now(edb, "manual", data_dir)
    foreign = _foreign_wal(tmp_path)
    shutil.copyfile(foreign, path.with_name(path.name + "-wal"))
    before = _sha(path)

    assert cli(["check", str(path)]) == 1  # read-only: says so, moves nothing
    assert "-wal yang tidak cocok" in capsys.readouterr().err
    assert _sha(path) == before and path.with_name(path.name + "-wal").exists()

    out = tmp_path / "out"
    assert cli(["export", str(path), "roster", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "bukan milik acara ini" in err and "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())
    assert _sha(path) == before
    assert not path.with_name(path.name + "-wal").exists()
    aside = list(path.parent.glob(path.name + "-wal.*"))
    assert len(aside) == 1 and _sha(aside[0]) == _sha(foreign)  # kept, never deleted

    assert cli(["check", str(path)]) == 0  # the event as it was saved last
    assert _sha(path) == before


def test_startup_sets_a_foreign_wal_aside_without_offering_a_restore(data_dir: Path,
                                                                     tmp_path: Path) -> None:
    path = make_demo(data_dir, participants=4, decided=True)
    with open_event(path, device_id="d") as edb:
        svc.backup_now(edb, "manual", data_dir)
    shutil.copyfile(_foreign_wal(tmp_path), path.with_name(path.name + "-wal"))
    before = _sha(path)
    check = startup_check.check_event(path, data_dir)
    assert not check.ok and check.code == "foreign_wal_set_aside"
    assert not check.damaged  # the event file is whole: no restore is offered
    assert _sha(path) == before
    assert startup_check.check_event(path, data_dir).ok


def test_a_wal_left_by_a_crash_is_still_recovered(data_dir: Path) -> None:
    """The other side: the app's own WAL after a kill holds committed work and is applied."""
    path = make_demo(data_dir, participants=3)
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from humas_desktop.storage.db import open_event\n"
        "edb = open_event(Path(sys.argv[1]))\n"
        "edb.conn.execute('PRAGMA wal_autocheckpoint=0')\n"
        "edb.set_setting('probe', 'after-crash')\n"
        "os._exit(0)\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=60, cwd=root)
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    assert startup_check.check_event(path).ok
    with open_event(path) as edb:
        assert edb.setting("probe") == "after-crash"
