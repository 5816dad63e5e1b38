"""Issue 25: after a kill (a leftover -wal), start-up looks at the whole file once, not twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from humas_desktop.services import startup_check
from humas_desktop.storage import db as storage_db
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo

ROOT = Path(__file__).resolve().parents[2]

# The app wrote a setting and was killed before any checkpoint: the write is only in the -wal.
_KILLED_AFTER_A_WRITE = (
    "import os, sys\n"
    "from humas_desktop.storage.db import open_event\n"
    "edb = open_event(sys.argv[1], device_id='d')\n"
    "edb.conn.execute('PRAGMA wal_autocheckpoint=0')\n"
    "with edb.atomic():\n"
    "    edb.set_setting('event.responsible', 'Penanggung jawab baru')\n"
    "os._exit(0)\n"
)


def _killed_after_a_write(path: Path) -> None:
    subprocess.run([sys.executable, "-c", _KILLED_AFTER_A_WRITE, str(path)], check=True,
                   timeout=120, cwd=ROOT)
    assert path.with_name(path.name + "-wal").stat().st_size > 0


def _counting_quick_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the proofs of a leftover WAL (storage.wal_proof on private copies: a whole-file
    integrity check of the copy with the WAL and of the main file alone each time)."""
    calls: list[int] = []
    real = storage_db._judge

    def counted(path):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(path)

    monkeypatch.setattr(storage_db, "_judge", counted)
    return calls


def test_start_after_a_kill_checks_the_wal_once_and_keeps_the_write(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_demo(data_dir, participants=6)
    _killed_after_a_write(path)
    calls = _counting_quick_checks(monkeypatch)
    device = load_or_create_device(data_dir)
    # What the app does before its first paint (gui/app.py _open_checked): check, then open.
    check = startup_check.check_event(path, data_dir, device, defer_unsealed=True)
    assert check.ok
    with open_event(path, device_id=device.id) as edb:
        assert edb.setting("event.responsible") == "Penanggung jawab baru"
    assert len(calls) == 1


def test_a_wal_changed_after_the_check_is_looked_at_again(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The remembered verdict is for that WAL only: a WAL that changed after the check (another
    process wrote, a file was copied over it) is examined again before the open folds it in."""
    path = make_demo(data_dir, participants=4)
    _killed_after_a_write(path)
    device = load_or_create_device(data_dir)
    assert startup_check.check_event(path, data_dir, device, defer_unsealed=True).ok
    wal = path.with_name(path.name + "-wal")
    with wal.open("ab") as fh:  # trailing bytes SQLite ignores (no valid frame)
        fh.write(b"\0" * 4096)
    calls = _counting_quick_checks(monkeypatch)
    with open_event(path, device_id=device.id) as edb:
        assert edb.setting("event.responsible") == "Penanggung jawab baru"
    assert len(calls) == 1
