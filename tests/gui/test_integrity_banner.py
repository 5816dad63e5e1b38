"""Issue #16: the window paints first, the full check runs after it; a problem found then turns the
window read-only with a banner and the restore offer (the start-up recovery flow)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QToolBar

from humas_desktop.gui import app as gui_app
from humas_desktop.services import backups as svc
from humas_desktop.services import startup_check as sc
from humas_desktop.services import workspace
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import forget_checkpoints, make_demo

pytestmark = pytest.mark.gui

BANNER = "integrity_banner"


def _event_with_backup(data_dir: Path) -> Path:
    path = make_demo(data_dir, participants=8)
    with open_event(path, device_id="d") as edb:
        svc.backup_now(edb, "auto", data_dir)
    return path


def _seal_checkpoint(data_dir: Path, path: Path) -> None:
    """What the app does once a full check passed: this laptop seals the verified chain head."""
    with open_event(path, device_id="d") as edb:
        assert sc.background_check(edb, load_or_create_device(data_dir), data_dir).ok


def _edit_behind_the_log(path: Path) -> None:
    """A unit result changed with a SQLite tool: the audit log still says K."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE unit_result SET recommendation = 'BK' WHERE rowid = "
                 "(SELECT min(rowid) FROM unit_result WHERE recommendation = 'K')")
    conn.commit()
    conn.close()


def _rewrite_entry(path: Path, seq: int) -> None:
    """An audit entry's content edited, its stored hash left as it was."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET reason = 'diubah' WHERE seq = ?", (seq,))
    conn.commit()
    conn.close()


def _banner(window) -> QToolBar | None:  # type: ignore[no-untyped-def]
    return window.findChild(QToolBar, BANNER)


def _banner_shown(window) -> bool:  # type: ignore[no-untyped-def]
    banner = _banner(window)
    return banner is not None and banner.isVisible()


def _start(data_dir: Path, path: Path, qtbot):  # type: ignore[no-untyped-def]
    started = gui_app.start(data_dir, event_path=path)
    assert started.window is not None
    qtbot.addWidget(started.window)
    return started


def _stop(started) -> None:  # type: ignore[no-untyped-def]
    window = started.window
    if window is not None:
        window.close()
    started.instance.release()


def _select_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.participants.select(window.participants.model.rows()[0].id)
    qtbot.waitUntil(lambda: window.assessment_id is not None or window.participant_id is not None,
                    timeout=5000)


def test_tampered_row_paints_first_then_banner_read_only_and_restore(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = _event_with_backup(data_dir)
    _edit_behind_the_log(path)  # the chain itself is intact: only the full check can tell
    started = _start(data_dir, path, qtbot)
    window = started.window
    try:
        # First paint: the window shows the event, with no banner yet (the check has not run).
        assert window.isVisible() and window.edb is not None
        assert not _banner_shown(window)
        qtbot.waitUntil(lambda: _banner_shown(window), timeout=30_000)
        banner = _banner(window)
        text = " ".join(label.text() for label in banner.findChildren(type(window.event_label)))
        assert "Berkas acara tidak lolos pemeriksaan" in text
        assert "jejak audit tidak cocok dengan data" in text
        assert "Pulihkan dari cadangan" in text
        # Read-only: scoring can no longer be changed, by mouse or by shortcut.
        _select_first(window, qtbot)
        assert not window.scoring.confirm_button.isEnabled()
        assert not window.interview.isEnabled() and not window.scoring.isEnabled()
        assert not window.action_k.isEnabled() and not window.action_bk.isEnabled()
        # The restore offer: the start-up recovery box, then the restored file opens unlocked.
        buttons = [b for b in banner.findChildren(QPushButton) if b.text() == "Pulihkan dari cadangan…"]
        assert buttons and buttons[0].isVisible()
        seen: list[str] = []

        def answer() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, answer)
                return
            seen.append(box.text())
            next(b for b in box.findChildren(QPushButton) if b.text() == "Pulihkan cadangan").click()

        QTimer.singleShot(0, answer)
        buttons[0].click()
        assert seen and "Cadangan terbaru yang utuh" in seen[0]
        assert path.with_name(path.name + ".corrupt").exists()
        assert window.edb is not None and not _banner_shown(window)
        assert window.interview.isEnabled() and window.action_k.isEnabled()
        qtbot.waitUntil(lambda: window.integrity.checked is window.ctx.session, timeout=30_000)
        assert not _banner_shown(window)  # the restored file passes the full check
    finally:
        _stop(started)


def test_untampered_file_shows_no_banner_and_seals_a_checkpoint(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    path = _event_with_backup(data_dir)
    started = _start(data_dir, path, qtbot)
    window = started.window
    try:
        qtbot.waitUntil(lambda: getattr(window, "integrity", None) is not None
                        and window.integrity.checked is window.ctx.session, timeout=30_000)
        assert not _banner_shown(window)
        _select_first(window, qtbot)
        assert window.interview.isEnabled() and window.scoring.isEnabled()
        assert window.action_k.isEnabled()
    finally:
        _stop(started)
    # The next start checks only the chain after the sealed checkpoint: an entry rewritten
    # before it no longer stops the start-up (it is found after the first paint, next test).
    _rewrite_entry(path, 3)
    assert sc.check_event(path, data_dir, load_or_create_device(data_dir)).ok
    assert sc.check_event(path, data_dir).code == "audit_chain_broken"  # without the seal: found


def test_chain_broken_before_checkpoint_found_after_first_paint(data_dir: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from humas_desktop.gui import backup_dialogs

    path = _event_with_backup(data_dir)
    _seal_checkpoint(data_dir, path)
    _rewrite_entry(path, 3)
    shown: list[str] = []
    monkeypatch.setattr(backup_dialogs, "offer_recovery",
                        lambda parent, check: shown.append(check.code) or False)
    started = gui_app.start(data_dir, event_path=path)
    window = started.window
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.isVisible() and window.edb is not None  # opened without a modal offer
        assert not shown
        qtbot.waitUntil(lambda: _banner_shown(window), timeout=30_000)
        text = " ".join(label.text() for label in _banner(window).findChildren(type(window.event_label)))
        assert "Rantai jejak audit putus pada nomor urut 3" in text
        assert not window.action_consent.isEnabled()
    finally:
        _stop(started)


def test_chain_broken_after_checkpoint_refused_before_the_window(data_dir: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from humas_desktop.domain.models import Attendance
    from humas_desktop.services.scoring import ScoringService

    path = _event_with_backup(data_dir)
    _seal_checkpoint(data_dir, path)
    with open_event(path, device_id="d") as edb:
        pid, was = edb.conn.execute("SELECT id, attendance FROM participant LIMIT 1").fetchone()
        # A real change (the same value logs nothing, and the rewrite below would then hit the
        # checkpointed entry itself: the participant picked varies with its random id).
        other = Attendance.HADIR if was == Attendance.TIDAK_HADIR.value else Attendance.TIDAK_HADIR
        sealed = edb.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
        ScoringService(edb).set_attendance(pid, other)
        last = edb.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    assert last > sealed
    _rewrite_entry(path, last)  # logged after the checkpoint: the start-up check walks it
    offered: list[tuple[str, object]] = []
    from humas_desktop.gui import backup_dialogs

    monkeypatch.setattr(backup_dialogs, "offer_recovery", lambda parent, check: offered.append(
        (check.code, (check.context or {}).get("seq"))) or False)
    started = gui_app.start(data_dir, event_path=path)
    try:
        assert offered == [("audit_chain_broken", last)]  # the recovery offer, before opening
        assert started.window is not None and started.window.edb is None  # not opened
    finally:
        _stop(started)


def test_last_participant_comes_back_after_the_first_paint(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from humas_desktop.services.scoring import ScoringService

    path = _event_with_backup(data_dir)
    device = load_or_create_device(data_dir)
    with open_event(path, device_id=device.id) as edb:
        pid = edb.conn.execute("SELECT id FROM participant ORDER BY number LIMIT 1 OFFSET 3").fetchone()[0]
        ScoringService(edb, device).set_last_participant(pid)
    started = _start(data_dir, path, qtbot)
    window = started.window
    try:
        # The window paints with the event's list; the interview follows right after.
        assert window.isVisible() and window.edb is not None
        assert window.participant_id is None
        qtbot.waitUntil(lambda: window.participant_id == pid, timeout=10_000)
        row = window.participants.table.currentIndex().row()
        assert window.participants.model.row_at(row).id == pid
    finally:
        _stop(started)


def test_a_file_that_failed_its_check_writes_nothing_from_any_feature(data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Not only the workspace: a menu feature (Ubah data peserta), a service call on the window's
    # connection, a background job's connection and the "last participant" setting write nothing.
    from humas_desktop.domain.errors import DomainError
    from humas_desktop.domain.models import Attendance
    from humas_desktop.gui.roster_edit_dialog import RosterEditDialog
    from humas_desktop.services.scoring import ScoringService

    path = _event_with_backup(data_dir)
    _edit_behind_the_log(path)
    started = _start(data_dir, path, qtbot)
    window = started.window
    try:
        qtbot.waitUntil(lambda: _banner_shown(window), timeout=30_000)
        log = window.edb.conn.execute("SELECT count(*), max(seq) FROM audit").fetchone()
        first = window.participants.model.rows()[0]
        _select_first(window, qtbot)
        window._remember_participant()
        dialog = window.roster_edit.edit(first.id)
        assert isinstance(dialog, RosterEditDialog)
        dialog.edits["institution"].setText("Instansi yang diketik")
        dialog.reason.setText("salah ketik")
        dialog.save()
        assert "tidak lolos pemeriksaan" in dialog.error_label.text()
        assert "hanya-baca" in dialog.error_label.text()
        dialog.reject()
        with pytest.raises(DomainError) as refused:
            ScoringService(window.edb).set_attendance(first.id, Attendance.TIDAK_HADIR)
        assert refused.value.code == "event_failed_check"
        with window.ctx.session.worker() as job, pytest.raises(DomainError):
            ScoringService(job).set_attendance(first.id, Attendance.TIDAK_HADIR)
        with pytest.raises(sqlite3.OperationalError):  # any other path: SQLite refuses it
            window.edb.conn.execute("UPDATE participant SET institution = 'x'")
    finally:
        _stop(started)
    with open_event(path, device_id="d") as edb:
        assert edb.conn.execute("SELECT count(*), max(seq) FROM audit").fetchone() == log
        typed = edb.conn.execute("SELECT count(*) FROM participant WHERE institution = ?",
                                 ("Instansi yang diketik",)).fetchone()[0]
        assert typed == 0


# --- the first open of a file this laptop never sealed (a copy from another laptop, a restored
# backup, a file from before checkpoints): no chain walk before the window, writes refused until
# the full check after the first paint has passed.
def _banner_text(window) -> str:  # type: ignore[no-untyped-def]
    return " ".join(label.text() for label in _banner(window).findChildren(type(window.event_label)))


def _paused_check(monkeypatch):  # type: ignore[no-untyped-def]
    """The full check's chain walk waits, after its first progress report, until the test
    releases it: what the window does while the check runs is looked at for certain."""
    import threading

    from humas_desktop.storage import audit

    reached, released = threading.Event(), threading.Event()
    real_walk = audit.walk

    def paused_walk(conn, visit=None, progress=None, every=2000, after=None, **more):  # type: ignore[no-untyped-def]
        def report(walked: int) -> None:
            if progress is not None:
                progress(walked)
            if not reached.is_set():
                reached.set()
                released.wait(30)

        if progress is None:  # not the full check (start-up, a merge): as it is
            return real_walk(conn, visit, after=after, **more)
        return real_walk(conn, visit, progress=report, every=min(every, 20), after=after, **more)

    monkeypatch.setattr(audit, "walk", paused_walk)
    return reached, released


def _journal(path: Path) -> Path:
    from humas_desktop.storage import held_journal

    return held_journal.journal_path(path)


def _asides(path: Path) -> list[Path]:
    journal = _journal(path)
    return sorted(journal.parent.glob(journal.name + ".*.aside"))


def test_unsealed_broken_chain_paints_without_a_modal_then_failure_banner(  # type: ignore[no-untyped-def]
        data_dir: Path, qtbot, monkeypatch) -> None:
    from humas_desktop.domain.models import Attendance
    from humas_desktop.gui import backup_dialogs
    from humas_desktop.services.scoring import ScoringService

    path = _event_with_backup(data_dir)
    forget_checkpoints(path)
    _rewrite_entry(path, 3)
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT count(*), max(seq) FROM audit").fetchone()
    attendance = conn.execute("SELECT id, attendance FROM participant ORDER BY id").fetchall()
    conn.close()
    offered: list[str] = []
    monkeypatch.setattr(backup_dialogs, "offer_recovery",
                        lambda parent, check: offered.append(check.code) or False)
    reached, released = _paused_check(monkeypatch)
    started = _start(data_dir, path, qtbot)
    window = started.window
    try:
        # The window paints with the event at once: no modal offer before it.
        assert not offered
        assert window.isVisible() and window.edb is not None
        assert window.participants.model.rows()
        # While the check runs: an information banner, and scoring already possible: each change
        # is saved (journal, fsync'd) but held out of the file until the check passes.
        assert _banner_shown(window)
        assert "sedang diperiksa" in _banner_text(window)
        assert "Penilaian sudah bisa dimulai" in _banner_text(window)
        assert window.action_k.isEnabled() and window.interview.isEnabled()
        qtbot.waitUntil(reached.is_set, timeout=30_000)
        first = window.participants.model.rows()[0]
        was = workspace.participant(window.edb, first.id).attendance
        assert was != Attendance.TIDAK_HADIR
        ScoringService(window.edb).set_attendance(first.id, Attendance.TIDAK_HADIR)
        assert workspace.participant(window.edb, first.id).attendance == Attendance.TIDAK_HADIR
        assert _journal(path).is_file()
        released.set()
        # Then the failure banner and the restore offer, as for a sealed file; the change made
        # during the check was not taken by the file, and the banner says where it was kept.
        qtbot.waitUntil(lambda: "tidak lolos pemeriksaan" in _banner_text(window), timeout=30_000)
        assert "Rantai jejak audit putus pada nomor urut 3" in _banner_text(window)
        assert "1 perubahan yang dibuat selama pemeriksaan tidak dimasukkan" in _banner_text(window)
        buttons = [b for b in _banner(window).findChildren(QPushButton)
                   if b.text() == "Pulihkan dari cadangan…"]
        assert buttons and buttons[0].isVisible()
        assert not window.action_k.isEnabled()
        assert window.ctx.session.refused_writes == "event_failed_check"
        assert workspace.participant(window.edb, first.id).attendance == was
    finally:
        released.set()
        _stop(started)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*), max(seq) FROM audit").fetchone() == before  # never written
    assert conn.execute("SELECT id, attendance FROM participant ORDER BY id").fetchall() == attendance
    assert conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'chain_checkpoint:%'"
                        ).fetchone()[0] == 0
    conn.close()
    assert not _journal(path).exists()
    aside = _asides(path)
    assert len(aside) == 1 and "TIDAK_HADIR" in aside[0].read_text(encoding="utf-8").upper()


def test_unsealed_good_file_scored_during_the_check_takes_it_after_then_sealed(  # type: ignore[no-untyped-def]
        data_dir: Path, qtbot, monkeypatch) -> None:
    from humas_desktop.domain.models import Attendance
    from humas_desktop.services.integrity import verify_for_use
    from humas_desktop.services.scoring import ScoringService
    from humas_desktop.storage import checkpoint

    path = _event_with_backup(data_dir)
    forget_checkpoints(path)
    device = load_or_create_device(data_dir)
    reached, released = _paused_check(monkeypatch)
    started = _start(data_dir, path, qtbot)
    window = started.window
    try:
        assert window.isVisible() and window.edb is not None
        assert _banner_shown(window) and "sedang diperiksa" in _banner_text(window)
        assert window.action_k.isEnabled()
        qtbot.waitUntil(reached.is_set, timeout=30_000)
        first = window.participants.model.rows()[0]
        conn = sqlite3.connect(path)  # another reader sees the file as it was opened
        was = conn.execute("SELECT attendance FROM participant WHERE id = ?", (first.id,)).fetchone()
        assert was != (Attendance.TIDAK_HADIR.value,)
        ScoringService(window.edb).set_attendance(first.id, Attendance.TIDAK_HADIR)
        assert conn.execute("SELECT attendance FROM participant WHERE id = ?",
                            (first.id,)).fetchone() == was
        conn.close()
        # A background job (an export, a package) would read the file without the held change:
        # it waits for the check and says so.
        from humas_desktop.gui.operations import EventOp

        said: list[str] = []
        EventOp(window.ctx, lambda edb: None, label="Ekspor").failure(said.append).run()
        qtbot.waitUntil(lambda: bool(said), timeout=10_000)
        assert "menunggu sampai pemeriksaan selesai" in said[0]
        released.set()
        qtbot.waitUntil(lambda: window.integrity.checked is window.ctx.session, timeout=30_000)
        qtbot.waitUntil(lambda: not _banner_shown(window), timeout=5_000)
        assert window.action_k.isEnabled() and window.interview.isEnabled()
        conn = sqlite3.connect(path)  # committed: the file has it now
        assert conn.execute("SELECT attendance FROM participant WHERE id = ?",
                            (first.id,)).fetchone() == (Attendance.TIDAK_HADIR.value,)
        conn.close()
        assert not _journal(path).exists()
        ScoringService(window.edb).set_attendance(first.id, Attendance.HADIR)  # writes as usual
        assert not _journal(path).exists()
        assert checkpoint.load(window.edb.conn, device) is not None  # sealed at the verified head
    finally:
        released.set()
        _stop(started)
    with open_event(path, device_id="d") as edb:
        verify_for_use(edb)  # what was held and then committed is on the chain, as any write
    # The second start uses the checkpoint: unlocked at once, no banner.
    started = _start(data_dir, path, qtbot)
    window = started.window
    try:
        assert window.edb is not None and not _banner_shown(window)
        assert window.action_k.isEnabled() and window.ctx.session.refused_writes is None
        assert window.ctx.session.holding is None
    finally:
        _stop(started)


def test_unsealed_file_check_shows_a_rising_percentage_then_the_banner_hides(  # type: ignore[no-untyped-def]
        data_dir: Path, qtbot, monkeypatch) -> None:
    import threading

    from humas_desktop.storage import audit

    path = _event_with_backup(data_dir)
    forget_checkpoints(path)
    reached, released = threading.Event(), threading.Event()
    real_walk = audit.walk

    def paused_walk(conn, visit, progress=None, every=2000):  # type: ignore[no-untyped-def]
        """The walk reports every 20 entries and, after its first report, waits for the test:
        the percentage is looked at while the check is certainly still running."""
        def report(walked: int) -> None:
            if progress is not None:
                progress(walked)
            if not reached.is_set():
                reached.set()
                released.wait(30)

        return real_walk(conn, visit, progress=report, every=min(every, 20))

    monkeypatch.setattr(audit, "walk", paused_walk)
    started = _start(data_dir, path, qtbot)
    window = started.window
    try:
        bar = window.integrity.busy
        assert _banner_shown(window) and "sedang diperiksa" in _banner_text(window)
        assert (bar.minimum(), bar.maximum()) == (0, 0)  # first paint: busy, no figure yet
        qtbot.waitUntil(reached.is_set, timeout=30_000)  # the worker is mid-walk, paused
        qtbot.waitUntil(lambda: bar.maximum() == 100, timeout=10_000)  # the poll delivered it
        assert bar.minimum() == 0 and 0 < bar.value() < 100
        assert bar.isVisible() and bar.isTextVisible()
        assert bar.text().endswith("%") and str(bar.value()) in bar.text()
        assert bar.accessibleName() == "Memeriksa berkas acara…"
        assert "sedang diperiksa" in _banner_text(window)
        assert window.action_k.isEnabled()  # scoring goes on while the check runs (held)
        released.set()
        qtbot.waitUntil(lambda: window.integrity.checked is window.ctx.session, timeout=30_000)
        qtbot.waitUntil(lambda: not _banner_shown(window), timeout=5_000)
        assert window.action_k.isEnabled()
    finally:
        released.set()
        _stop(started)


def test_unsealed_file_edited_behind_the_log_never_accepts_a_write(  # type: ignore[no-untyped-def]
        data_dir: Path, qtbot, monkeypatch) -> None:
    """Issue #25: a file this laptop never verified, a result changed with a SQLite tool (the chain
    itself intact, only the replay can tell): the assessor scores while it is checked, and the
    file takes none of it, neither during the check nor after the check found it; it keeps
    exactly the log and the tampered value it came with. What was scored is kept aside."""
    from humas_desktop.domain.errors import DomainError
    from humas_desktop.domain.models import Attendance
    from humas_desktop.services.scoring import ScoringService

    path = _event_with_backup(data_dir)
    forget_checkpoints(path)
    _edit_behind_the_log(path)
    conn = sqlite3.connect(path)
    log = conn.execute("SELECT count(*), max(seq) FROM audit").fetchone()
    results = conn.execute("SELECT * FROM unit_result ORDER BY rowid").fetchall()
    attendance = conn.execute("SELECT id, attendance FROM participant ORDER BY id").fetchall()
    conn.close()
    reached, released = _paused_check(monkeypatch)
    started = _start(data_dir, path, qtbot)
    window = started.window
    try:
        qtbot.waitUntil(reached.is_set, timeout=30_000)
        first = window.participants.model.rows()[0]
        ScoringService(window.edb).set_attendance(first.id, Attendance.TIDAK_HADIR)  # held
        with window.ctx.session.worker() as job, pytest.raises(DomainError):
            ScoringService(job).set_attendance(first.id, Attendance.HADIR)  # no other connection
        released.set()
        qtbot.waitUntil(lambda: "tidak lolos pemeriksaan" in _banner_text(window), timeout=30_000)
        with pytest.raises(DomainError) as after:  # once the check found it
            ScoringService(window.edb).set_attendance(first.id, Attendance.TIDAK_HADIR)
        assert after.value.code == "event_failed_check"
        with window.ctx.session.worker() as job, pytest.raises(DomainError):
            ScoringService(job).set_attendance(first.id, Attendance.HADIR)
        assert not window.action_k.isEnabled()
    finally:
        released.set()
        _stop(started)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*), max(seq) FROM audit").fetchone() == log
    assert conn.execute("SELECT * FROM unit_result ORDER BY rowid").fetchall() == results
    assert conn.execute("SELECT id, attendance FROM participant ORDER BY id").fetchall() == attendance
    assert conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'chain_checkpoint:%'"
                        ).fetchone()[0] == 0  # never sealed
    conn.close()
    assert not _journal(path).exists() and len(_asides(path)) == 1
