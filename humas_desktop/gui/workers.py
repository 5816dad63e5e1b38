"""One entry point for background work: run a progress-yielding job off the UI thread.

The job is a callable returning an iterator of ``Progress`` (or anything) and finally a result
via ``StopIteration.value``/the last item. It never touches widgets; signals bring progress,
result and error back on the UI thread. Cancel closes the generator between yields.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from humas_desktop.domain.progress import Progress, drive


class WorkerSignals(QObject):
    progress = Signal(object)  # Progress
    finished = Signal(object)  # result (the generator's return value)
    failed = Signal(object)  # the exception
    cancelled = Signal()


class Worker(QRunnable):
    def __init__(self, job: Callable[[], Generator[Any, None, Any]]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        from humas_desktop.priority import lower_this_thread

        lower_this_thread()  # a pool thread does background work only: the window first
        try:
            gen = self.job()  # a plain function raising here is reported like any failure
            # A cancel closes the job between two steps (an open db.atomic() rolls back).
            cancelled, result = drive(gen, self._cancel.is_set, self.signals.progress.emit)
        except Exception as exc:  # reported to the UI, never lost
            self.signals.failed.emit(exc)
            return
        if cancelled:
            self.signals.cancelled.emit()
            return
        self.signals.finished.emit(result)


class SynchronousPool:
    """Runs workers at once on the calling thread (tests inject this)."""

    def start(self, worker: QRunnable) -> None:
        worker.run()


_pool: Any = None


def set_pool(pool: Any) -> None:
    global _pool
    _pool = pool


def run_in_background(job: Callable[[], Generator[Any, None, Any]],
                      on_progress: Callable[[Progress], None] | None = None,
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      on_cancel: Callable[[], None] | None = None) -> Worker:
    worker = Worker(job)
    if on_progress:
        worker.signals.progress.connect(on_progress)
    if on_done:
        worker.signals.finished.connect(on_done)
    if on_error:
        worker.signals.failed.connect(on_error)
    if on_cancel:
        worker.signals.cancelled.connect(on_cancel)
    (_pool or QThreadPool.globalInstance()).start(worker)
    return worker
