"""Background jobs yield the cores to the window (issue #25): a job on the app's worker pool runs
below the UI thread's priority, the UI thread keeps its own."""

from __future__ import annotations

import os
import sys
import threading

import pytest
from PySide6.QtCore import QThreadPool

from humas_desktop.gui import workers

pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="a thread's own nice value is Linux's")]


def _niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_a_background_job_runs_below_the_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Fails on ee8a725: the pool's threads ran at the window's priority."""
    workers.set_pool(None)  # the app's own pool, as in the running app
    window_before = _niceness()
    seen: list[int] = []

    def job():  # type: ignore[no-untyped-def]
        seen.append(_niceness())
        yield from ()
        return "done"

    results: list[object] = []
    workers.run_in_background(job, on_done=results.append)
    qtbot.waitUntil(lambda: results == ["done"], timeout=10_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    assert seen and seen[0] >= window_before + 5
    assert _niceness() == window_before  # the window's own thread untouched
