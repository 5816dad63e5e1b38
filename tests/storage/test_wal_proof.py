"""A ``-wal`` beside an event file is applied only when it proves it belongs to that file (#23).

SQLite replays any ``-wal`` whose own checksums match, whichever database wrote it. A WAL of
another event of the same schema, of an older copy of the same event, or of another database must
be moved aside (kept, renamed) with one message, the event file staying byte-identical; the WAL
this event left when the app was killed must still be recovered.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from humas_desktop.cli import main as cli
from humas_desktop.domain.errors import DomainError
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

ROOT = Path(__file__).resolve().parents[2]

# A raw edit of one participant row, then killed: the -wal keeps the change.
_RAW_EDIT = (
    "import os, sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('PRAGMA wal_autocheckpoint=0')\n"
    "c.execute(\"UPDATE participant SET name = 'ORANG LAIN' WHERE rowid = \"\n"
    "          \"(SELECT min(rowid) FROM participant)\")\n"
    "os._exit(0)\n"
)

# An edit made by the app (audited), then killed: the -wal keeps the change.
_APP_EDIT = (
    "import os, sys\n"
    "from pathlib import Path\n"
    "from humas_desktop.storage import repository as repo\n"
    "from humas_desktop.storage.db import open_event\n"
    "edb = open_event(Path(sys.argv[1]), device_id='d')\n"
    "edb.conn.execute('PRAGMA wal_autocheckpoint=0')\n"
    "pid = edb.conn.execute('SELECT id FROM participant ORDER BY rowid LIMIT 1').fetchone()[0]\n"
    "with edb.atomic():\n"
    "    repo.audited_update(edb, 'participant', pid, {'name': sys.argv[2]}, reason='uji')\n"
    "os._exit(0)\n"
)

_OTHER_DB = (
    "import os, sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('PRAGMA journal_mode=WAL')\n"
    "c.execute('PRAGMA wal_autocheckpoint=0')\n"
    "c.execute('CREATE TABLE IF NOT EXISTS t(x)')\n"
    "for i in range(50):\n"
    "    c.execute('INSERT INTO t VALUES (?)', ('isi lain ' * 40,))\n"
    "os._exit(0)\n"
)


def _run(script: str, *args: str) -> None:
    subprocess.run([sys.executable, "-c", script, *args], check=True, timeout=120, cwd=ROOT)


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _participants(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id, name FROM participant ORDER BY id").fetchall()
    finally:
        conn.close()


def _set_aside(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir()
                  if p.name.startswith(path.name + "-wal.") and p.is_file())


def _refused_and_set_aside(path: Path, wal_bytes: bytes,
                           capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The foreign WAL beside ``path``: refused once with one line, moved aside byte for byte,
    the event file byte-identical, and the next open sees the event as it was."""
    before_sha, before_rows = _sha(path), _participants(path)
    _wal(path).write_bytes(wal_bytes)

    out = tmp_path / "out"
    assert cli(["export", str(path), "roster", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "dipindahkan" in err and "bukan milik" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists() or not any(out.iterdir())

    assert _sha(path) == before_sha
    assert not _wal(path).exists()
    aside = _set_aside(path)
    assert len(aside) == 1 and aside[0].read_bytes() == wal_bytes  # kept, never deleted

    with open_event(path, device_id="d") as edb:
        rows = edb.conn.execute("SELECT id, name FROM participant ORDER BY id").fetchall()
    assert rows == before_rows
    assert _participants(path) == before_rows


def _wal_of(path: Path) -> bytes:
    data = _wal(path).read_bytes()
    assert len(data) > 32  # a header and at least one frame
    return data


def test_a_wal_of_another_event_of_the_same_version_is_set_aside(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_demo(data_dir, participants=10)
    other_dir = tmp_path / "lain"
    other_dir.mkdir()
    other = make_demo(other_dir, participants=3)
    _run(_RAW_EDIT, str(other))
    _refused_and_set_aside(path, _wal_of(other), capsys, tmp_path)


def test_an_audited_wal_of_another_event_is_set_aside(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_demo(data_dir, participants=10)
    other_dir = tmp_path / "lain"
    other_dir.mkdir()
    other = make_demo(other_dir, participants=10)
    _run(_APP_EDIT, str(other), "ORANG LAIN")
    _refused_and_set_aside(path, _wal_of(other), capsys, tmp_path)


def test_a_wal_of_an_older_copy_of_the_same_event_is_set_aside(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_demo(data_dir, participants=10)
    older = tmp_path / "lama" / path.name
    older.parent.mkdir()
    shutil.copyfile(path, older)
    # The event goes on (audited edits, closed cleanly) ...
    from humas_desktop.storage import repository as repo

    with open_event(path, device_id="d") as edb:
        ids = [r[0] for r in edb.conn.execute("SELECT id FROM participant ORDER BY rowid")]
        with edb.atomic():
            for n, pid in enumerate(ids[:4]):
                repo.audited_update(edb, "participant", pid, {"name": f"NAMA BARU {n}"},
                                    reason="uji")
    # ... while the older copy gets its own edit, killed before a checkpoint.
    _run(_APP_EDIT, str(older), "NAMA LAMA")
    _refused_and_set_aside(path, _wal_of(older), capsys, tmp_path)


def test_a_wal_of_a_raw_edit_to_an_older_copy_is_set_aside(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Same event, an older copy edited outside the app: no audit entry comes with it."""
    path = make_demo(data_dir, participants=10)
    older = tmp_path / "lama" / path.name
    older.parent.mkdir()
    shutil.copyfile(path, older)
    _run(_RAW_EDIT, str(older))
    _refused_and_set_aside(path, _wal_of(older), capsys, tmp_path)


def test_a_wal_of_another_database_is_set_aside(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_demo(data_dir, participants=10)
    other = tmp_path / "lain.sqlite"
    _run(_OTHER_DB, str(other))
    _refused_and_set_aside(path, _wal_of(other), capsys, tmp_path)


def test_a_wal_of_another_database_with_our_application_id_is_set_aside(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_demo(data_dir, participants=10)
    other = tmp_path / "lain.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA application_id = 1213549889")  # 'HUMA'
    conn.close()
    _run(_OTHER_DB, str(other))
    _refused_and_set_aside(path, _wal_of(other), capsys, tmp_path)


def test_the_events_own_wal_after_a_kill_is_recovered(data_dir: Path) -> None:
    path = make_demo(data_dir, participants=10)
    _run(_APP_EDIT, str(path), "SESUDAH KILL")
    assert _wal(path).stat().st_size > 0
    with open_event(path, device_id="d") as edb:
        first = edb.conn.execute("SELECT name FROM participant ORDER BY rowid LIMIT 1").fetchone()
    assert first == ("SESUDAH KILL",)
    assert _set_aside(path) == []


def test_a_foreign_wal_refusal_is_a_domain_error(data_dir: Path, tmp_path: Path) -> None:
    path = make_demo(data_dir, participants=5)
    other_dir = tmp_path / "lain"
    other_dir.mkdir()
    other = make_demo(other_dir, participants=3)
    _run(_RAW_EDIT, str(other))
    _wal(path).write_bytes(_wal_of(other))
    with pytest.raises(DomainError) as caught:
        open_event(path, device_id="d")
    assert caught.value.code == "foreign_wal_set_aside"


_MIGRATE_THEN_KILL = (
    "import os, sys\n"
    "from pathlib import Path\n"
    "from humas_desktop.paths import set_running_data_dir\n"
    "from humas_desktop.storage.db import open_event\n"
    "set_running_data_dir(Path(sys.argv[2]))\n"
    "edb = open_event(Path(sys.argv[1]), device_id='d')  # migrates, each step committed\n"
    "os._exit(0)  # killed before any checkpoint: the WAL holds the migration\n"
)


@pytest.mark.parametrize("fixture", ["event-schema-v1.humas", "event-schema-v5-closed.humas"])
def test_a_migration_killed_before_its_checkpoint_is_recovered(data_dir: Path, tmp_path: Path,
                                                               fixture: str) -> None:
    from humas_desktop.storage.schema import SCHEMA_VERSION

    path = tmp_path / "lama.humas"
    shutil.copyfile(Path(__file__).parent / "fixtures" / fixture, path)
    _run(_MIGRATE_THEN_KILL, str(path), str(data_dir))
    if not _wal(path).exists() or _wal(path).stat().st_size == 0:
        pytest.skip("the migration was checkpointed before the kill")
    with open_event(path, device_id="d") as edb:
        assert edb.schema_version() == SCHEMA_VERSION
    assert _set_aside(path) == []
