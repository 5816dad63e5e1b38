"""The full check of the open event, after the first paint; a problem locks the window.

Start-up checks only what the last full check did not cover (services.startup_check: the chain
after this laptop's sealed checkpoint). Every time an event is opened, once the window shows,
the whole verification runs on a worker connection (services.startup_check.background_check,
through the one operation API). When it finds a problem, a banner says so, the workspace turns
read-only (the window's ``lock``) and the banner offers the newest verified backup through the
start-up recovery flow.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QToolBar, QWidget

from humas_desktop.domain.progress import Tally
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.errors import error_text, message_text
from humas_desktop.gui.operations import EventOp, Operation

if TYPE_CHECKING:
    from humas_desktop.services.session import EventSession
    from humas_desktop.services.startup_check import StartupCheck
    from humas_desktop.services.workspace import EventDB

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate

DELAY_MS = 150  # after the window shows: the first paint is not shared with the check
POLL_MS = 200  # how often the banner reads the check's progress while it runs


class _CheckOp(EventOp[Any]):
    """Writes only the sealed checkpoint: nothing the window shows changed (no ``changed``)."""

    while_held = True  # the check itself runs while the window holds its writes

    def _succeeded(self, result: Any) -> None:
        Operation._succeeded(self, result)


class IntegrityWatch(QObject):
    """Runs the full check after each open; ``lock(text, code)`` / ``lock(None)`` (un)locks the
    window (``code``: the refusal every write then raises)."""

    def __init__(self, ctx: AppContext, lock: Callable[..., None]) -> None:
        super().__init__(ctx.window)
        self.ctx = ctx
        self.lock = lock
        self.problem: StartupCheck | None = None
        self.checked: EventSession | None = None  # the session the last finished check was for
        self.running: EventSession | None = None
        self.banner = QToolBar(translate("IntegrityWatch", "Pemeriksaan berkas"), ctx.window)
        self.banner.setObjectName("integrity_banner")
        self.banner.setMovable(False)
        self.banner.setFloatable(False)
        self.banner.toggleViewAction().setVisible(False)
        box = QWidget(self.banner)
        self.box = box
        layout = QHBoxLayout(box)
        layout.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(box)
        self.text.setWordWrap(True)
        # While a file this laptop never sealed is checked: a busy bar until the check's first
        # figure, then its percentage (polled from the worker's Tally, _show_progress).
        self.busy = QProgressBar(box)
        self.busy.setMaximumWidth(160)
        self._set_busy()
        self.busy.setAccessibleName(translate("IntegrityWatch", "Memeriksa berkas acara…"))
        self.text.setAccessibleName(translate("IntegrityWatch", "Peringatan pemeriksaan berkas"))
        self.restore_button = QPushButton(translate("IntegrityWatch", "Pulihkan dari cadangan…"), box)
        self.restore_button.clicked.connect(self.offer_restore)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.restore_button)
        self.banner.addWidget(box)
        ctx.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.banner.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.start)
        self._pending = False  # an event was opened before the window showed
        self.unverified: EventSession | None = None  # opened with writes refused until checked
        self._checking: EventDB | None = None  # the worker's connection while a check runs
        self._stopped: EventSession | None = None  # the check stop() interrupted
        self._tally: Tally | None = None  # the running check's progress, for the banner
        self._tally_for: EventSession | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        ctx.window.installEventFilter(self)
        ctx.event_opened.connect(self._opened)

    def _opened(self) -> None:
        if self.running is not self.ctx.session:
            self.stop()  # a check of the event that was open before
        self.problem = None
        self.banner.hide()
        self.lock(None)
        self.unverified = None
        session = self.ctx.session
        if session is not None and session.is_open:
            from humas_desktop.services import startup_check

            if startup_check.needs_full_check(session, self.ctx.device):
                # Never verified on this laptop (a copy, a restored backup, an older file): the
                # data shows at once and the assessor can score; the file takes the changes only
                # once the full check after the first paint has passed (storage.held_journal).
                self.unverified = session
                held = startup_check.hold_while_checked(session, self.ctx.device)
                if held is None:  # writes cannot be held here: they wait for the check
                    text = message_text(startup_check.BEING_CHECKED)
                    self._show(text, checking=True)
                    self.lock(text, startup_check.BEING_CHECKED)
                else:
                    self._show(message_text("event_being_checked_held"), checking=True)
                    notes = []
                    if held.aside is not None:
                        notes.append(message_text("held_journal_aside", path=str(held.aside)))
                    if held.replayed:
                        notes.append(message_text("held_writes_replayed", count=held.replayed))
                        self.ctx.changed.emit()  # the window shows those changes again
                    if notes:
                        self.ctx.prompter.status(" ".join(notes), 30_000)
        self._pending = session is not None
        if self._pending and self.ctx.window.isVisible():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ctx.window:
            if event.type() == QEvent.Type.Show and self._pending:
                self._timer.start()  # fires after the first paint
            elif event.type() == QEvent.Type.Close:
                self.stop()
        return False

    def stop(self) -> None:
        """Stop a running check (the window closes, another event opens): a large event takes
        minutes to check, and quitting must not wait for it. Its result is then ignored."""
        self._timer.stop()
        self._end_progress(self._tally_for)
        edb, self._checking = self._checking, None
        if edb is not None:
            self._stopped = self.running
            with contextlib.suppress(Exception):  # it may have just closed
                edb.conn.interrupt()  # thread-safe: the worker's statement ends "interrupted"

    def start(self) -> bool:
        """Start the full check of the open event (once the window shows); True if started."""
        from humas_desktop.services.startup_check import StartupCheck, background_check

        session = self.ctx.session
        if session is None or self.running is session:
            return False
        if not self.ctx.window.isVisible():
            return False  # not shown yet: the Show event starts it
        self._pending = False
        device, base = self.ctx.device, self.ctx.base
        self.running = session
        tally: Tally | None = None
        if self.unverified is session:  # the banner shows: let it show how far the check got
            tally = self._tally = Tally()
            self._tally_for = session
            self._set_busy()
            self._poll.start()

        def check(edb: EventDB) -> StartupCheck:
            self._checking = edb
            try:
                if self.ctx.session is not session:  # closed before the worker started
                    return StartupCheck(edb.path, True)
                return background_check(edb, device, base, progress=tally,
                                        seal=session.holding is None)
            finally:
                self._checking = None

        op = _CheckOp(self.ctx, check, label=translate("IntegrityWatch", "Pemeriksaan berkas acara"))
        op.success(lambda check: self._done(session, check)).failure(
            lambda text: self._could_not_run(session, text)).run()
        return True

    def _done(self, session: EventSession, check: StartupCheck) -> None:
        if not shiboken6.isValid(self.banner):
            return  # the window was closed while the check ran
        self._end_progress(session)
        if self.running is session:
            self.running = None
        if self._stopped is session:  # interrupted: what it says is not about the file
            self._stopped = None
            if session is self.ctx.session:
                self._pending = True
                if self.ctx.window.isVisible():
                    self._timer.start()  # the window stayed open: check again
            return
        if session is not self.ctx.session:
            return  # another event was opened meanwhile: its own check runs
        self.checked = session
        from humas_desktop.services import startup_check

        if check.ok:
            if self.unverified is session:
                self.unverified = None
                if session.holding is not None:
                    try:  # the file takes what was scored during the check, in one commit
                        startup_check.accept_held(session, self.ctx.device, check.verified)
                    except Exception as exc:  # noqa: BLE001 - the journal keeps every change
                        text = message_text("held_commit_failed", detail=error_text(exc))
                        self._show(text, checking=False)
                        self.restore_button.hide()
                        self.lock(text)
                        return
                else:
                    session.allow_writes(startup_check.BEING_CHECKED)  # the one place that lifts it
                self.banner.hide()
                self.lock(None)
            return
        self.unverified = None
        self.problem = check
        count = session.main.holding.entries if session.holding and session.main.holding else 0
        aside = startup_check.drop_held(session)  # the file took none of them
        if aside is not None:
            self.ctx.changed.emit()  # the window shows the file as it is again
        problem = message_text(check.code, **(check.context or {}))
        text = message_text("opened_check_failed", problem=problem, path=check.path.name)
        if aside is not None and count:
            text += " " + message_text("held_writes_aside", count=count, path=str(aside))
        self._show(text, checking=False)
        self.lock(text)

    def _set_busy(self) -> None:
        """The bar as a busy indicator: no figure (yet)."""
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)

    def _show_progress(self) -> None:
        """The running check's last figure as a percentage; busy until the first one arrives (the
        check reports 0 while SQLite's own checks run, which have no progress of their own)."""
        tally = self._tally
        if tally is None or not shiboken6.isValid(self.busy):
            return
        percent = tally.percent()
        if not percent:
            return
        if self.busy.maximum() != 100:
            self.busy.setRange(0, 100)
            self.busy.setFormat(translate("IntegrityWatch", "%p %"))
            self.busy.setTextVisible(True)
        self.busy.setValue(percent)

    def _end_progress(self, session: EventSession | None) -> None:
        """Stop polling the check of ``session`` (not a newer check of another event)."""
        if session is self._tally_for:
            self._poll.stop()
            self._tally = self._tally_for = None

    def _show(self, text: str, *, checking: bool) -> None:
        """The banner: blue with a busy bar (then the check's percentage) while checking, red with
        the restore offer after a problem was found."""
        self.box.setStyleSheet("background: #e8f0fb;" if checking else "background: #fdecea;")
        self.text.setStyleSheet("color: #123a6b;" if checking else "color: #7a1010;")
        self.text.setText(text)
        if checking:
            self._set_busy()
        self.busy.setVisible(checking)
        self.restore_button.setVisible(not checking)
        self.banner.show()

    def _could_not_run(self, session: EventSession, text: str) -> None:
        if not shiboken6.isValid(self.banner):
            return
        self._end_progress(session)
        if self.running is session:
            self.running = None
        if self._stopped is session:
            self._stopped = None
            return
        if session is self.ctx.session:
            self.ctx.prompter.status(text, 10_000)

    def offer_restore(self) -> bool:
        """The start-up recovery offer for the problem found: restore the newest verified backup
        (the damaged file is kept aside), then open the restored event. True when restored."""
        from humas_desktop.gui.backup_dialogs import offer_recovery
        from humas_desktop.services import startup_check

        check = self.problem
        if check is None or not offer_recovery(self.ctx.window, check):
            return False
        self.ctx.release_event()
        try:
            startup_check.recover(check, self.ctx.base)
        except Exception as exc:  # noqa: BLE001 - a failed restore must still leave a usable app
            self.ctx.prompter.warning(translate("IntegrityWatch", "Pemulihan gagal"), error_text(exc))
            self.ctx.open_event(check.path)
            return False
        return self.ctx.open_event(check.path)
