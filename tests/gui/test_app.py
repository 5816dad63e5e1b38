"""GUI side of reliability: single instance, recovery offer at start, restore dialog, error dialog."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from humas_desktop.gui import app as gui_app
from humas_desktop.gui import app_settings, backup_dialogs
from humas_desktop.gui.single_instance import SingleInstance
from humas_desktop.services import backups as svc
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

pytestmark = pytest.mark.gui

LOCKER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from humas_desktop.gui.single_instance import SingleInstance
    app = QCoreApplication([])
    inst = SingleInstance(Path(sys.argv[1]))
    print("locked" if inst.acquire() else "busy", flush=True)
    time.sleep(60)
""")


@pytest.mark.slow
def test_stale_lock_after_sigkill_does_not_block(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen([sys.executable, "-c", LOCKER, str(data_dir)], cwd=root,
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        busy = SingleInstance(data_dir)
        assert not busy.acquire() and busy.owner_pid() == child.pid  # a live owner blocks
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    mine = SingleInstance(data_dir)
    assert mine.acquire()
    mine.release()


FIRST = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from humas_desktop.gui.single_instance import SingleInstance
    app = QCoreApplication([])
    inst = SingleInstance(Path(sys.argv[1]))
    assert inst.acquire()
    def raised():
        print("raised", flush=True)
        QTimer.singleShot(200, app.quit)
    inst.listen(raised)
    print("listening", flush=True)
    QTimer.singleShot(20000, app.quit)
    app.exec()
    inst.release()
""")


@pytest.mark.slow
def test_second_launch_raises_the_first_window(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    root = Path(__file__).resolve().parents[2]
    first = subprocess.Popen([sys.executable, "-c", FIRST, str(data_dir)], cwd=root,
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "listening"
        second = SingleInstance(data_dir)
        assert not second.acquire()
        assert second.ask_first_to_raise(3000)
        assert first.stdout.readline().strip() == "raised"
        assert first.wait(10) == 0
    finally:
        first.kill()
        first.wait()
        if first.stdout is not None:
            first.stdout.close()
    assert SingleInstance(data_dir).acquire()  # released on exit


def _click_when_shown(qtbot, label: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    def poke() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, poke)
            return
        seen.append(box.text() if isinstance(box, QMessageBox) else type(box).__name__)
        for button in box.findChildren(QPushButton):
            if button.text() == label:
                button.click()
                return
        raise AssertionError(f"no button {label!r}")
    QTimer.singleShot(0, poke)


def test_start_with_damaged_last_event_offers_restore_instead_of_crash(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = make_demo(data_dir, participants=8)
    with open_event(path, device_id="d") as edb:
        svc.backup_now(edb, "auto", data_dir)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 3:] = b"\x00" * (len(raw) - len(raw) // 3)
    path.write_bytes(bytes(raw))
    app_settings.remember_event(data_dir, path)
    seen: list[str] = []
    _click_when_shown(qtbot, "Pulihkan cadangan", seen)
    started = gui_app.start(data_dir)
    try:
        window = started.window
        assert window is not None
        qtbot.addWidget(window)
        assert seen and "Cadangan terbaru yang utuh" in seen[0]
        assert window.edb is not None  # the restored file is open
        assert window.edb.conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 8
        assert path.with_name(path.name + ".corrupt").exists()
        qtbot.waitUntil(lambda: not (data_dir / "startup-in-progress.json").exists(), timeout=2000)
    finally:
        if started.window is not None and started.window.edb is not None:
            started.window.edb.close()
            started.window.edb = None
        started.instance.release()


def test_restore_dialog_shows_what_would_be_lost(data_dir: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from humas_desktop.gui.main_window import MainWindow
    from humas_desktop.storage.device import load_or_create_device

    path = make_demo(data_dir, participants=5)
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(path)
    labels = [a.text() for a in window.menu_file.actions()]
    assert "Cadangkan &sekarang" in labels and "&Pulihkan dari cadangan…" in labels
    window.backups.action_backup_now.trigger()  # runs in a worker thread; the status bar reports the end
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Cadangan dibuat"), timeout=10_000)
    edb = window.edb
    pid, att = edb.conn.execute("SELECT id, attendance FROM participant LIMIT 1").fetchone()
    from humas_desktop.domain.models import Attendance
    from humas_desktop.services.scoring import ScoringService

    ScoringService(edb).set_attendance(pid, Attendance.TIDAK_HADIR if att == "hadir" else Attendance.HADIR)
    backups = svc.list_event_backups(path, data_dir)
    dialog = backup_dialogs.RestoreDialog(path, backups)
    qtbot.addWidget(dialog)
    assert "entri jejak audit" in dialog.loss.text() and "hilang" in dialog.loss.text()
    assert dialog.restore_button.isEnabled()
    monkeypatch.setattr(backup_dialogs.RestoreDialog, "ask",
                        classmethod(lambda cls, parent, p, b: b[0]))
    window.backups.action_restore_backup.trigger()
    assert window.edb is not None
    assert window.edb.conn.execute("SELECT attendance FROM participant WHERE id = ?",
                                   (pid,)).fetchone()[0] == att
    window.edb.close()
    window.edb = None


def test_error_dialog_and_log_hold_no_personal_data(data_dir: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from humas_desktop.gui.errors import ErrorReporter

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    reporter = ErrorReporter(data_dir)
    try:
        raise ValueError("Budi Santoso 3201012345670001")
    except ValueError as exc:
        reporter.handle(type(exc), exc, exc.__traceback__)
    import sqlite3

    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError as exc:
        reporter.handle(type(exc), exc, exc.__traceback__)
    for handler in logging.getLogger("humas_desktop").handlers:
        handler.flush()
    log = reporter.log_path.read_text(encoding="utf-8")
    assert "ValueError" in log and "test_app.py" in log
    assert "3201012345670001" not in log and "Budi" not in log
    assert "kesalahan tak terduga" in shown[0] and "Budi" not in shown[0]
    assert shown[1].startswith("Disk penuh")


def test_event_file_deleted_under_the_app_is_written_back(data_dir: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from humas_desktop.domain.models import Attendance
    from humas_desktop.gui.main_window import MainWindow
    from humas_desktop.services.scoring import ScoringService
    from humas_desktop.storage.device import load_or_create_device

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    path = make_demo(data_dir, participants=4)
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    keeper = backup_dialogs.BackupKeeper(window.ctx)
    assert window.open_event(path)
    pid = window.edb.conn.execute("SELECT id FROM participant").fetchone()[0]
    path.unlink()  # another program (or a careless clean-up) deletes the open event file
    ScoringService(window.edb).set_attendance(pid, Attendance.TIDAK_HADIR)
    assert keeper.tick() is False
    assert shown and "dihapus atau dipindahkan" in shown[0]
    assert path.exists() and window.edb is not None and window.edb.path == path
    assert window.edb.conn.execute("SELECT attendance FROM participant WHERE id = ?",
                                   (pid,)).fetchone()[0] == "tidak_hadir"
    window.edb.close()
    window.edb = None


def test_usb_pulled_during_export_gives_one_message_and_retry_works(tmp_path: Path) -> None:
    import errno

    from humas_desktop.formats.atomic_file import atomic_write
    from humas_desktop.messages import message
    from humas_desktop.services.storage_faults import StorageFault, guarded

    target = tmp_path / "usb" / "rekap.xlsx"
    target.parent.mkdir()
    pulled = True

    def export() -> None:
        with guarded(target), atomic_write(target) as tmp:
            tmp.write_bytes(b"PK" + b"x" * 1000)
            if pulled:
                raise OSError(errno.EIO, "Input/output error", str(tmp))

    with pytest.raises(StorageFault) as info:
        export()
    assert info.value.code == "disk_io_file"
    assert "coba lagi" in message(info.value.code, **info.value.context)
    assert list(target.parent.iterdir()) == []  # nothing half-written under any name
    pulled = False
    export()
    assert target.read_bytes().startswith(b"PK")


def test_keeper_backs_up_in_a_worker_when_changed_and_on_close(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from humas_desktop.domain.models import Attendance
    from humas_desktop.gui.main_window import MainWindow
    from humas_desktop.services.scoring import ScoringService
    from humas_desktop.storage.device import load_or_create_device

    path = make_demo(data_dir, participants=4)
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    keeper = backup_dialogs.BackupKeeper(window.ctx)
    keeper.auto.interval = 0  # due at every tick once something changed
    assert window.open_event(path)
    assert keeper.tick() is False  # nothing changed since the file was opened
    pid, att = window.edb.conn.execute("SELECT id, attendance FROM participant").fetchone()
    other = Attendance.TIDAK_HADIR if att == "hadir" else Attendance.HADIR
    ScoringService(window.edb).set_attendance(pid, other)
    assert keeper.tick() is True  # runs on the real thread pool, with its own connection
    qtbot.waitUntil(lambda: not keeper.busy, timeout=5000)
    assert keeper.last_error is None and Path(str(keeper.last_backup)).exists()
    ScoringService(window.edb).set_attendance(pid, Attendance(att) if att else None)
    window.close()  # the close filter copies the last change before the file closes
    reasons = [i.reason for i in svc.list_event_backups(path, data_dir)]
    assert sorted(reasons) == ["auto", "close"]


def _started_window(started: gui_app.Started, qtbot) -> object:  # type: ignore[no-untyped-def]
    window = started.window
    assert window is not None
    qtbot.addWidget(window)
    return window


def _stop(started: gui_app.Started) -> None:
    if started.window is not None and started.window.edb is not None:
        started.window.edb.close()
        started.window.edb = None
    started.instance.release()


def test_a_fresh_data_folder_starts_on_the_welcome_screen(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Last event, language and window layout belong to the data folder, not to the user."""
    first = tmp_path / "folder-a"
    path = make_demo(first, participants=3)
    started = gui_app.start(first, path, lang="id")
    try:
        window = _started_window(started, qtbot)
        assert window.edb is not None  # type: ignore[attr-defined]
        window.apply_settings("en", None)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: not (first / "startup-in-progress.json").exists(), timeout=2000)
    finally:
        _stop(started)
    assert app_settings.last_event(first) == path
    assert (first / app_settings.SETTINGS_FILE).is_file()

    fresh = tmp_path / "folder-b"
    fresh.mkdir()
    started = gui_app.start(fresh)
    try:
        window = _started_window(started, qtbot)
        assert window.edb is None  # type: ignore[attr-defined]
        assert window.stack.currentWidget() is window.welcome  # type: ignore[attr-defined]
        assert app_settings.language(fresh) == "id"
        assert app_settings.last_event(fresh) is None
        qtbot.waitUntil(lambda: not (fresh / "startup-in-progress.json").exists(), timeout=2000)
    finally:
        _stop(started)
        gui_app.remove_translator(started.app)
    # The first folder still opens its own event next time.
    started = gui_app.start(first)
    try:
        window = _started_window(started, qtbot)
        assert window.edb is not None and window.edb.path == path  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: not (first / "startup-in-progress.json").exists(), timeout=2000)
    finally:
        _stop(started)
        gui_app.remove_translator(started.app)
