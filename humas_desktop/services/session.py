"""The one owner of an event file's connections in this process.

The UI thread uses ``session.main``; a background job asks ``session.worker()`` for its own
connection (SQLite connections belong to one thread) and never opens the file itself. Every
connection goes through ``storage.db.open_event``, which registers it in ``storage.header`` so no
raw read can drop the process's locks on the file while it is in use.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from humas_desktop.storage.db import EventDB, open_event


class EventSession:
    """The one owner of an event file's connections in this process."""

    def __init__(self, path: Path, device_id: str = "", actor: str = "coordinator") -> None:
        self.path = Path(path)
        self.device_id = device_id
        self.actor = actor
        self._main: EventDB | None = None
        self._lock = threading.Lock()
        self._workers: set[EventDB] = set()
        self.refused_writes: str | None = None  # set by refuse_writes(): nothing is written
        # Set by hold_writes(): the window's connection holds its writes until the check passed
        # (services.startup_check.hold_while_checked); every other connection writes nothing.
        self.holding: str | None = None

    @property
    def is_open(self) -> bool:
        return self._main is not None

    @property
    def main(self) -> EventDB:
        """The UI-thread connection, opened lazily once (raises EventFileError like open_event)."""
        if self._main is None:
            self._main = open_event(self.path, device_id=self.device_id, actor=self.actor)
            if self.refused_writes is not None:
                self._main.refuse_writes(self.refused_writes)
        return self._main

    def adopt(self, edb: EventDB) -> None:
        """Use an already opened connection as ``main`` (the app opened it to show errors early)."""
        if self._main is not None and self._main is not edb:
            self._main.close()
        self._main = edb
        self.actor = edb.actor

    def refuse_writes(self, code: str) -> None:
        """The file failed its check: the UI connection and every later worker write nothing
        (each write raises DomainError(code)); reading, exporting checks and restore still work."""
        self.refused_writes = code
        if self._main is not None:
            self._main.refuse_writes(code)

    def allow_writes(self, code: str) -> bool:
        """Lift the refusal made with ``code`` only (see EventDB.allow_writes). Only the success
        of the full check calls it, with ``startup_check.BEING_CHECKED``; a file that failed its
        check stays refused until a restore opens a new session."""
        if self.holding == code:
            self.holding = None
        if self.refused_writes != code:
            return self.refused_writes is None
        self.refused_writes = None
        if self._main is not None:
            self._main.allow_writes(code)
        return True

    def hold_writes(self, code: str) -> None:
        """The window's connection holds its writes (EventDB.hold_writes); background jobs write
        nothing until the check passed (each write raises DomainError(code))."""
        self.holding = code

    def set_actor(self, actor: str) -> None:
        """Who writes from now on (main and every later worker)."""
        self.actor = actor
        if self._main is not None:
            self._main.actor = actor

    def worker_opening(self, *, read_only: bool = False) -> tuple[Path, str, str, str | None]:
        """How :meth:`worker` opens the file: path, device, actor and the code its writes are
        refused with (None: writes open). A job in a process of its own opens it the same way
        (services/exports/child.py)."""
        actor = self._main.actor if self._main is not None else self.actor
        refusal = None if read_only else (self.refused_writes or self.holding)
        return self.path, self.device_id, actor, refusal

    @contextmanager
    def worker(self, *, read_only: bool = False) -> Iterator[EventDB]:
        """A connection for a background job, opened on the calling thread and closed after."""
        path, device_id, actor, refusal = self.worker_opening(read_only=read_only)
        edb = open_event(path, device_id=device_id, actor=actor, read_only=read_only)
        if refusal is not None:
            edb.refuse_writes(refusal)
        with self._lock:
            self._workers.add(edb)
        try:
            yield edb
        finally:
            with self._lock:
                self._workers.discard(edb)
            edb.close()

    def busy(self) -> bool:
        """True while a background job holds a connection."""
        with self._lock:
            return bool(self._workers)

    def close(self) -> None:
        """Close the UI connection (a running job closes its own when it ends)."""
        if self._main is not None:
            main, self._main = self._main, None
            main.close()

    def __enter__(self) -> EventSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
