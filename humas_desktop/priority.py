"""Background work below the window's priority, and never outliving its parent (shared by
gui/, services/, storage/ and formats/).

On a 2-core laptop an export or a full check fills both cores; a K/BK click must still be saved
and painted at once. Threads and processes that do long background work lower their own
scheduling priority (``nice`` +10); the window's UI thread keeps the default, so the kernel gives
it a core first and the background takes the rest: the same total work, done in the gaps.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time

BACKGROUND_NICENESS = 10  # nice +10: below the app's own UI thread


def lower_this_thread() -> None:
    """Lower the calling thread's priority to nice +10. Linux only (there a thread has its own
    nice value, and the threads and processes it starts inherit it); elsewhere ``nice`` is the
    whole process's, which would slow the window too, so nothing is done. A raised nice value
    cannot be lowered again without privileges: call it only on threads that do background work
    for the rest of their life (the app's job pool, SQLite's check thread)."""
    if not sys.platform.startswith("linux") or threading.current_thread() is threading.main_thread():
        return  # the main thread is the window's (tests run jobs on it synchronously)
    with contextlib.suppress(OSError, AttributeError):
        tid = threading.get_native_id()
        if os.getpriority(os.PRIO_PROCESS, tid) < BACKGROUND_NICENESS:
            os.setpriority(os.PRIO_PROCESS, tid, BACKGROUND_NICENESS)


def lower_this_process() -> None:
    """A background process's first step (the export's process, a render worker): nice +10 for
    it and everything it starts. No ``os.nice`` (Windows): as it was."""
    with contextlib.suppress(OSError, AttributeError):
        now = os.nice(0)
        if now < BACKGROUND_NICENESS:
            os.nice(BACKGROUND_NICENESS - now)


PARENT_POLL_SECONDS = 0.5


def end_with_parent() -> None:
    """A helper process (an export's render worker) ends when the process that started it is
    gone (killed, out of memory): it would otherwise sleep on, an orphan holding ~100 MB, until
    the laptop restarts. Checked twice a second on a daemon thread; a file it was writing is a
    hidden temp file the next export sweeps."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


def start_render_worker() -> None:
    """A render worker's first step: below the window, and gone with its export."""
    lower_this_process()
    end_with_parent()
