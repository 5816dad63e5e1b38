"""One operation type for background work, in the spirit of Anki's CollectionOp / QueryOp.

An operation names the service call, a label and what to do on success::

    EventOp(ctx, lambda edb: import_results(edb, paths, passphrase),
            label=translate("PackagesDialogs", "Penggabungan gagal")).success(show_report).run()

* The service call runs in a worker thread. An ``EventOp`` gets its connection from
  ``EventSession.worker()`` (the session owns every connection to the open event; nothing in
  gui/ opens an event file itself); an ``Operation`` needs no event (build a demo, open a
  hand-out package, copy a backup, verify a certificate).
* The call may be a generator yielding ``Progress`` (the progress handler gets it on the UI
  thread) or a plain function; its return value goes to the success handler.
* Any failure becomes text through ``gui.errors.error_text`` (never ``str(exc)``); the failure
  handler gets that text, and without one the text is shown in a warning titled ``label``.
* After an ``EventOp`` that changes data succeeds, ``ctx.changed`` is emitted: the window
  re-reads what it shows in one place (``read_only=True`` ops change nothing and skip it).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.progress import Progress
from humas_desktop.gui.busy_dialog import BusyDialog
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.errors import error_text
from humas_desktop.gui.workers import Worker, run_in_background
from humas_desktop.services.session import EventSession
from humas_desktop.services.workspace import EventDB

T = TypeVar("T")


def _drive(result: Any) -> Generator[Any, None, Any]:
    """Run a service call's result: a generator is iterated (its items passed on), else returned."""
    if isinstance(result, Generator):
        return (yield from result)
    return result


class Operation(Generic[T]):
    """A background job that needs no open event: ``job()`` is a service call or generator."""

    def __init__(self, job: Callable[[], Any], *, label: str, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.job = job
        self.label = label
        self._progress: Callable[[Progress], None] | None = None
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[str], None] | None = None
        self._cancelled: Callable[[], None] | None = None
        self._busy_text: str | None = None
        self._busy_title: str | None = None
        self._stop_text: str | None = None
        self.busy: BusyDialog | None = None
        self.worker: Worker | None = None

    # --- building ------------------------------------------------------------------------
    def with_progress(self, handler: Callable[[Progress], None]) -> Operation[T]:
        self._progress = handler
        return self

    def success(self, handler: Callable[[T], object]) -> Operation[T]:
        self._success = handler
        return self

    def failure(self, handler: Callable[[str], None]) -> Operation[T]:
        """``handler`` gets the text a person reads (error_text), never the exception."""
        self._failure = handler
        return self

    def on_cancel(self, handler: Callable[[], None]) -> Operation[T]:
        self._cancelled = handler
        return self

    def behind_busy_dialog(self, text: str, *, title: str | None = None,
                           stop_text: str | None = None) -> Operation[T]:
        """A modal "please wait" (titled ``title``, by default ``label``) while it runs. Without
        ``stop_text`` it cannot be closed half-way; with it, Batal (or Esc) cancels the job
        between two of its steps and the dialog says ``stop_text`` until the job has stopped."""
        self._busy_text, self._busy_title, self._stop_text = text, title, stop_text
        return self

    # --- running -------------------------------------------------------------------------
    def _thread_job(self) -> Generator[Any, None, Any]:
        return (yield from _drive(self.job()))  # a generator: job() runs inside the worker's try

    def _succeeded(self, result: Any) -> None:
        self._end_busy()
        if self._success is not None:
            self._success(result)

    def _failed(self, exc: BaseException) -> None:
        self._end_busy()
        text = error_text(exc)
        if self._failure is not None:
            self._failure(text)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.parent, self.label, text)

    def _was_cancelled(self) -> None:
        self._end_busy()
        if self._cancelled is not None:
            self._cancelled()

    def _end_busy(self) -> None:
        if self.busy is not None:
            self.busy.finish()

    def run(self) -> Worker:
        """Start it off the UI thread; the worker can be cancelled between progress steps."""
        if self._busy_text is not None:
            self.busy = BusyDialog(self._busy_title or self.label, self._busy_text, self.parent)
            self.busy.open()
        self.worker = run_in_background(self._thread_job, self._progress, self._succeeded, self._failed,
                                        self._was_cancelled)
        if self.busy is not None and self.busy.running and self._stop_text is not None:
            self.busy.allow_cancel(self.worker.cancel, self._stop_text)
        return self.worker


class EventOp(Operation[T]):
    """A service call on the open event: ``op(edb)`` runs on the worker's own connection.

    While the window holds its writes during the first full check of a file
    (services.startup_check.hold_while_checked), a worker would see the file without them: every
    job but the check itself (``while_held``) waits for the check to end, and says so."""

    while_held = False

    def __init__(self, ctx: AppContext, op: Callable[[EventDB], Any], *, label: str,
                 read_only: bool = False) -> None:
        super().__init__(lambda: None, label=label, parent=ctx.window)
        self.ctx = ctx
        self.op = op
        self.read_only = read_only
        self.session: EventSession | None = ctx.session

    def _open_session(self) -> EventSession:
        """The session the job runs on, refused while there is none or its first check holds."""
        session = self.session
        if session is None:
            raise DomainError("roster_no_event")  # "Buka atau buat acara terlebih dahulu."
        if session.holding is not None and not self.while_held:
            raise DomainError("event_being_checked_wait")
        return session

    def _thread_job(self) -> Generator[Any, None, Any]:
        session = self._open_session()
        with session.worker(read_only=self.read_only) as edb:
            return (yield from _drive(self.op(edb)))

    def _succeeded(self, result: Any) -> None:
        if not self.read_only:
            self.ctx.changed.emit()
        super()._succeeded(result)
