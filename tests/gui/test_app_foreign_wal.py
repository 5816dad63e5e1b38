"""The app started on an event with a -wal that does not belong (#23): the WAL is set aside with
one message, no restore is offered for a healthy file, and the event opens as last saved."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from humas_desktop.gui import app as gui_app
from tests.conftest import make_demo

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]

_RAW_EDIT = (
    "import os, sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('PRAGMA wal_autocheckpoint=0')\n"
    "c.execute(\"UPDATE participant SET name = 'ORANG LAIN' WHERE rowid = \"\n"
    "          \"(SELECT min(rowid) FROM participant)\")\n"
    "os._exit(0)\n"
)


def test_start_sets_a_foreign_wal_aside_and_opens_the_event(data_dir: Path, tmp_path: Path,
                                                            qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = make_demo(data_dir, participants=6)
    other_dir = tmp_path / "lain"
    other_dir.mkdir()
    other = make_demo(other_dir, participants=3)
    subprocess.run([sys.executable, "-c", _RAW_EDIT, str(other)], check=True, cwd=ROOT, timeout=60)
    wal = other.with_name(other.name + "-wal").read_bytes()
    path.with_name(path.name + "-wal").write_bytes(wal)

    told: list[str] = []
    offered: list[str] = []
    from humas_desktop.gui import backup_dialogs

    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *a, **k: told.append(text))
    monkeypatch.setattr(backup_dialogs, "offer_recovery",
                        lambda parent, check: offered.append(check.code) or False)
    started = gui_app.start(data_dir, event_path=path)
    try:
        assert started.window is not None
        qtbot.addWidget(started.window)
        assert offered == []  # a healthy file: no restore offered
        assert len(told) == 1 and "bukan milik acara ini" in told[0]
        assert started.window.edb is not None  # the event opened, as last saved
        names = [r[0] for r in started.window.edb.conn.execute("SELECT name FROM participant")]
        assert "ORANG LAIN" not in names and len(names) == 6
    finally:
        started.window.close()
        started.instance.release()
    aside = list(path.parent.glob(path.name + "-wal.*"))
    assert len(aside) == 1 and aside[0].read_bytes() == wal
