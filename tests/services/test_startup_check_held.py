"""Writes held while a never-sealed file is checked (issue #25): what the file takes, when.

The window's connection holds the assessor's changes in one long transaction and an fsync'd
journal beside the file until the full check has passed (storage/held_journal.py). These tests
hold a file the services' way, score it the app's way, and look at the file from outside.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Attendance, EvidenceType, Verdict
from humas_desktop.services import signoff
from humas_desktop.services import startup_check as sc
from humas_desktop.services.integrity import verify_for_use
from humas_desktop.services.scoring import ScoringService
from humas_desktop.services.session import EventSession
from humas_desktop.storage import held_journal
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import forget_checkpoints, make_demo

ROOT = Path(__file__).resolve().parents[2]


def _tables(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, as this connection sees it."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {n: conn.execute(f"SELECT * FROM {n} ORDER BY rowid").fetchall() for n in names}


def _outside(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return _tables(conn)
    finally:
        conn.close()


def _score_one(edb, device) -> None:  # type: ignore[no-untyped-def]
    """A whole interview the app's way: consent, summaries, verdicts, units, overall, sign-off,
    with one failed attempt rolled back on the way (its savepoint must replay the same)."""
    from humas_desktop.domain.errors import ScoringError

    pid, scheme = edb.conn.execute("SELECT id, scheme_id FROM participant ORDER BY id").fetchone()
    assessor = edb.conn.execute("SELECT id FROM assessor ORDER BY id LIMIT 1").fetchone()[0]
    svc = ScoringService(edb)
    svc.set_attendance(pid, Attendance.HADIR)
    aid = svc.open_assessment(pid, assessor, scheme)
    svc.give_consent(aid)
    with pytest.raises(ScoringError):
        signoff.sign_off(edb, device, aid, "Asesor", "MET.1")  # not complete yet: refused
    questions = [r[0] for r in edb.conn.execute(
        "SELECT q.id FROM question q JOIN unit u ON u.id = q.unit_id WHERE u.scheme_id = ? "
        "ORDER BY q.id LIMIT 3", (scheme,))]
    for q in questions:
        svc.set_summary(aid, q, "Menjelaskan 'rilis pers' dengan contoh; 100% benar")
        svc.set_verdict(aid, q, Verdict.K)
    units = [r[0] for r in edb.conn.execute("SELECT id FROM unit WHERE scheme_id = ?", (scheme,))]
    for unit in units:
        svc.set_unit_recommendation(aid, unit, Verdict.K)
        svc.set_unit_evidence_types(aid, unit, [EvidenceType.OBSERVASI])
    svc.set_overall(aid, Verdict.K)
    signoff.sign_off(edb, device, aid, "Asesor", "MET.1")


@pytest.fixture
def unsealed(data_dir: Path) -> Path:
    """A decided demo as another laptop would hand it over: no checkpoint of this laptop."""
    return forget_checkpoints(make_demo(data_dir, 4))


def test_held_changes_stay_out_of_the_file_and_replay_exactly_after_a_close(
        data_dir: Path, unsealed: Path) -> None:
    device = load_or_create_device(data_dir)
    before = _outside(unsealed)
    session = EventSession(unsealed, device.id)
    held = sc.hold_while_checked(session, device)
    assert held is not None and held.replayed == 0 and held.aside is None
    _score_one(session.main, device)
    seen = _tables(session.main.conn)
    assert seen != before  # the window sees what was scored
    assert _outside(unsealed) == before  # the file does not have it
    session.close()  # closed before the check ended (the app quit): still nothing in the file
    assert _outside(unsealed) == before
    assert held_journal.exists(unsealed)

    again = EventSession(unsealed, device.id)
    held = sc.hold_while_checked(again, device)
    assert held is not None and held.replayed > 0
    assert _tables(again.main.conn) == seen  # the same rows, byte for byte, as before the close
    assert _outside(unsealed) == before
    with again.worker(read_only=True) as job:
        check = sc.background_check(job, device, data_dir, seal=False)
    assert check.ok and check.verified is not None
    sc.accept_held(again, device, check.verified)
    assert not held_journal.exists(unsealed)
    assert _outside(unsealed) == {k: v for k, v in _tables(again.main.conn).items()}
    again.close()
    with open_event(unsealed, device_id=device.id) as edb:
        verify_for_use(edb)  # the committed changes are on the chain and match the tables
        assert sc.sealed_here(edb.conn, device)


def test_a_killed_app_loses_no_held_change(data_dir: Path, unsealed: Path) -> None:
    """The app is killed (SIGKILL) right after a change was shown as saved during the check: the
    file does not have it, the next open shows it again, and the file takes it after the check."""
    device = load_or_create_device(data_dir)
    pid = sqlite3.connect(unsealed).execute("SELECT id FROM participant ORDER BY id").fetchone()[0]
    before = _outside(unsealed)
    child = textwrap.dedent(f"""
        import os, signal, sys
        from pathlib import Path
        from humas_desktop.domain.models import Attendance
        from humas_desktop.services import startup_check as sc
        from humas_desktop.services.scoring import ScoringService
        from humas_desktop.services.session import EventSession
        from humas_desktop.storage.device import load_or_create_device
        device = load_or_create_device(Path({str(data_dir)!r}))
        session = EventSession(Path({str(unsealed)!r}), device.id)
        assert sc.hold_while_checked(session, device) is not None
        ScoringService(session.main).set_attendance({pid!r}, Attendance.TIDAK_HADIR)
        print("saved", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "HUMAS_DATA_DIR": str(data_dir)},
                          cwd=ROOT, timeout=120, check=False)
    assert done.stdout.strip() == "saved", done.stderr
    assert done.returncode == -signal.SIGKILL
    assert _outside(unsealed) == before
    session = EventSession(unsealed, device.id)
    held = sc.hold_while_checked(session, device)
    assert held is not None and held.replayed == 1
    attendance = session.main.conn.execute("SELECT attendance FROM participant WHERE id = ?",
                                           (pid,)).fetchone()[0]
    assert attendance == Attendance.TIDAK_HADIR.value
    with session.worker(read_only=True) as job:
        check = sc.background_check(job, device, data_dir, seal=False)
    sc.accept_held(session, device, check.verified)
    session.close()
    conn = sqlite3.connect(unsealed)
    assert conn.execute("SELECT attendance FROM participant WHERE id = ?",
                        (pid,)).fetchone()[0] == Attendance.TIDAK_HADIR.value
    conn.close()


def _held_once(data_dir: Path, path: Path) -> Path:
    """Hold, make one change, close: the journal is left beside the file."""
    device = load_or_create_device(data_dir)
    session = EventSession(path, device.id)
    assert sc.hold_while_checked(session, device) is not None
    pid = session.main.conn.execute("SELECT id FROM participant ORDER BY id").fetchone()[0]
    ScoringService(session.main).set_attendance(pid, Attendance.TIDAK_HADIR)
    session.close()
    return held_journal.journal_path(path)


def test_an_edited_journal_is_never_replayed(data_dir: Path, unsealed: Path) -> None:
    """Someone edits a held statement to change a name: the entry's seal breaks, nothing of the
    journal is replayed, it is kept aside and the window shows the file as it is."""
    journal = _held_once(data_dir, unsealed)
    lines = journal.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace("tidak_hadir", "hadir")
    assert "tidak_hadir" not in lines[1]
    journal.write_text("".join(lines), encoding="utf-8")
    before = _outside(unsealed)
    device = load_or_create_device(data_dir)
    session = EventSession(unsealed, device.id)
    held = sc.hold_while_checked(session, device)
    assert held is not None and held.replayed == 0 and held.aside is not None
    assert held.aside.is_file() and held.aside.name.endswith(".aside")
    assert _tables(session.main.conn) == before
    session.close()


def test_a_journal_for_another_state_of_the_file_is_set_aside(data_dir: Path, unsealed: Path) -> None:
    """The file was changed after the journal was started (the CLI wrote to it): the journal's
    statements would land on another audit head, so they are not replayed."""
    _held_once(data_dir, unsealed)
    device = load_or_create_device(data_dir)
    with open_event(unsealed, device_id=device.id) as edb:
        pid, was = edb.conn.execute(
            "SELECT id, attendance FROM participant ORDER BY id DESC").fetchone()
        head = edb.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
        other = Attendance.HADIR if was == Attendance.TIDAK_HADIR.value else Attendance.TIDAK_HADIR
        ScoringService(edb).set_attendance(pid, other)
        assert edb.conn.execute("SELECT max(seq) FROM audit").fetchone()[0] > head
    before = _outside(unsealed)
    session = EventSession(unsealed, device.id)
    held = sc.hold_while_checked(session, device)
    assert held is not None and held.replayed == 0 and held.aside is not None
    assert _tables(session.main.conn) == before
    session.close()


def test_a_journal_cut_short_by_a_crash_replays_its_complete_entries(
        data_dir: Path, unsealed: Path) -> None:
    journal = _held_once(data_dir, unsealed)
    with journal.open("a", encoding="utf-8") as out:
        out.write('{"n":2,"sql":["UPDATE participant SET name = ')  # the fsync never returned
    device = load_or_create_device(data_dir)
    session = EventSession(unsealed, device.id)
    held = sc.hold_while_checked(session, device)
    assert held is not None and held.replayed == 1 and held.aside is None
    assert journal.read_text(encoding="utf-8").endswith("}\n")  # rewritten without the torn line
    session.close()


def test_a_change_that_cannot_be_journaled_is_not_shown_as_saved(
        data_dir: Path, unsealed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    device = load_or_create_device(data_dir)
    session = EventSession(unsealed, device.id)
    assert sc.hold_while_checked(session, device) is not None
    pid = session.main.conn.execute("SELECT id FROM participant ORDER BY id").fetchone()[0]
    was = session.main.conn.execute("SELECT attendance FROM participant WHERE id = ?",
                                    (pid,)).fetchone()[0]

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(held_journal.Journal, "append", full)
    with pytest.raises(DomainError) as refused:
        ScoringService(session.main).set_attendance(pid, Attendance.TIDAK_HADIR)
    assert refused.value.code == "held_write_failed"
    assert session.main.conn.execute("SELECT attendance FROM participant WHERE id = ?",
                                     (pid,)).fetchone()[0] == was  # undone in the window too
    monkeypatch.undo()
    ScoringService(session.main).set_attendance(pid, Attendance.TIDAK_HADIR)  # room again
    assert session.main.conn.execute("SELECT attendance FROM participant WHERE id = ?",
                                     (pid,)).fetchone()[0] == Attendance.TIDAK_HADIR.value
    session.close()


def test_other_connections_write_nothing_while_writes_are_held(data_dir: Path, unsealed: Path) -> None:
    device = load_or_create_device(data_dir)
    session = EventSession(unsealed, device.id)
    assert sc.hold_while_checked(session, device) is not None
    pid = session.main.conn.execute("SELECT id FROM participant ORDER BY id").fetchone()[0]
    with session.worker() as job, pytest.raises(DomainError) as refused:
        ScoringService(job).set_attendance(pid, Attendance.TIDAK_HADIR)
    assert refused.value.code == sc.BEING_CHECKED
    session.close()


def test_the_journal_stays_in_the_data_folder_whatever_folder_the_file_is_in(
        data_dir: Path, unsealed: Path, tmp_path: Path) -> None:
    """An event opened from a USB stick: the changed values (a name may be among them) are
    journaled in the data folder, under a name that says nothing about anyone."""
    import shutil

    stick = tmp_path / "usb"
    stick.mkdir()
    event = stick / unsealed.name
    shutil.copyfile(unsealed, event)
    device = load_or_create_device(data_dir)
    session = EventSession(event, device.id)
    assert sc.hold_while_checked(session, device) is not None
    pid = session.main.conn.execute("SELECT id FROM participant ORDER BY id").fetchone()[0]
    ScoringService(session.main).set_attendance(pid, Attendance.TIDAK_HADIR)
    journal = held_journal.journal_path(event)
    assert journal.is_file() and journal.parent == data_dir / "held"
    assert journal.stat().st_mode & 0o077 == 0  # owner only
    assert {p.name for p in stick.iterdir()} <= {event.name, event.name + "-wal",
                                                 event.name + "-shm"}
    session.close()
