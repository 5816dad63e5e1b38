"""One running app per data directory: a QLockFile, and a local socket to raise the first window."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QTimer

LOCK_NAME = "humas-desktop.lock"
RAISE = b"raise\n"
OPEN = b"open "  # + UTF-8 path + newline: a later launch asks the first to open a file
ANSWER = b"ok\n"


def server_name(base: Path) -> str:
    digest = hashlib.sha256(str(base.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"humas-desktop-{digest}"


class SingleInstance(QObject):
    """Holds the data directory's lock while the app runs.

    ``acquire()`` returns True for the first instance. A lock left by a crashed (killed) process
    is recognised by QLockFile (its PID no longer runs) and taken over; no age-based staleness,
    because a session may legitimately run for days.
    """

    def __init__(self, base: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.lock = QLockFile(str(base / LOCK_NAME))
        self.lock.setStaleLockTime(0)
        self.server: Any = None  # QLocalServer once listening (QtNetwork loads on demand)
        self.on_raise: Callable[[], None] | None = None
        self.on_open: Callable[[Path], None] | None = None

    def acquire(self) -> bool:
        if self.lock.tryLock(100):
            return True
        # A lock whose owner died is removed by tryLock; this covers odd cases (PID reuse).
        if self.lock.error() == QLockFile.LockError.LockFailedError and self.lock.removeStaleLockFile():
            return self.lock.tryLock(100)
        return False

    def owner_pid(self) -> int | None:
        # PySide6 returns (pid, hostname, appname), or something falsy when there is no lock.
        info = self.lock.getLockInfo()
        if not info or not isinstance(info, tuple):
            return None
        pid = info[1] if isinstance(info[0], bool) else info[0]
        return int(pid) if pid else None

    def listen(self, on_raise: Callable[[], None],
               on_open: Callable[[Path], None] | None = None) -> bool:
        """First instance: answer later launches by calling ``on_raise`` (raise the window),
        and ``on_open`` for a file a later launch was given (a double-click while running)."""
        from PySide6.QtNetwork import QLocalServer

        self.on_raise = on_raise
        self.on_open = on_open
        name = server_name(self.base)
        QLocalServer.removeServer(name)  # a socket left by a crash; we hold the lock, so it is stale
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        return self.server.listen(name)

    def _on_connection(self) -> None:
        assert self.server is not None
        sock = self.server.nextPendingConnection()
        if sock is None:
            return
        done = False

        def read() -> None:
            nonlocal done
            if done or not sock.canReadLine():
                return
            line = bytes(sock.readLine().data())
            if line.startswith(OPEN) and line.endswith(b"\n"):
                path: Path | None = Path(line[len(OPEN):-1].decode("utf-8", "replace"))
            elif line == RAISE:
                path = None
            else:
                return
            done = True
            # Answer first, act after: what the window does next may ask the user something
            # (a passphrase, the pairing code, a refusal) in a modal dialog, and the later launch
            # must not wait for that answer, time out and claim this instance does not respond.
            sock.write(ANSWER)
            sock.flush()
            sock.disconnectFromServer()
            QTimer.singleShot(0, self, lambda: self._act(path))

        sock.readyRead.connect(read)
        sock.disconnected.connect(sock.deleteLater)
        read()

    def _act(self, path: Path | None) -> None:
        if self.on_raise is not None:
            self.on_raise()
        if path is not None and self.on_open is not None:
            self.on_open(path)

    def ask_first_to_raise(self, timeout_ms: int = 2000, open_path: Path | None = None) -> bool:
        """Second instance: ask the first one to bring its window forward (and to open
        ``open_path``); True if it answered."""
        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket()
        sock.connectToServer(server_name(self.base))
        if not sock.waitForConnected(timeout_ms):
            return False
        if open_path is not None:
            sock.write(OPEN + str(open_path.resolve()).encode("utf-8") + b"\n")
        else:
            sock.write(RAISE)
        sock.flush()
        answered = False
        while sock.waitForReadyRead(timeout_ms):
            if sock.canReadLine():
                answered = bytes(sock.readLine().data()) == ANSWER
                break
        sock.abort()
        return answered

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()
