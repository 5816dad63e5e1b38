"""Unexpected errors: logged without personal data, shown in a friendly Indonesian dialog."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QWidget

from humas_desktop.domain.errors import DomainError
from humas_desktop.messages import message, set_translator
from humas_desktop.paths import logs_dir, private_file

LOG_NAME = "humas-desktop.log"
_logger = logging.getLogger("humas_desktop")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class _DeferredRotatingFile(logging.Handler):
    """Opens the rotating log file (and imports logging.handlers, ~7 ms) on the first record,
    not at start-up: most sessions never log anything."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._real: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._real is None:
            import logging.handlers

            class _Private(logging.handlers.RotatingFileHandler):
                def _open(self):  # type: ignore[no-untyped-def]  # owner-only, after a rollover too
                    stream = super()._open()
                    private_file(Path(self.baseFilename))
                    return stream

            self._real = _Private(self.path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
            self._real.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        self._real.emit(record)

    def close(self) -> None:
        if self._real is not None:
            self._real.close()
        super().close()


def setup_logging(base: Path) -> Path:
    """Rotating log in the data directory's logs folder (1 MB × 5)."""
    path = logs_dir(base) / LOG_NAME
    if not any(isinstance(h, _DeferredRotatingFile) for h in _logger.handlers):
        _logger.addHandler(_DeferredRotatingFile(path))
        _logger.setLevel(logging.INFO)
    return path


def safe_summary(exc_type: type[BaseException], exc: BaseException | None,
                 tb: TracebackType | None) -> str:
    """Exception type and code locations only: messages and values may hold names or NIK."""
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    if isinstance(exc, DomainError):
        lines[0] += f" code={exc.code}"
    for frame in traceback.extract_tb(tb):
        here = Path(frame.filename)
        parts = here.parts
        short = "/".join(parts[parts.index("humas_desktop"):]) if "humas_desktop" in parts else here.name
        lines.append(f"  at {short}:{frame.lineno} in {frame.name}")
    cause = exc.__cause__ if exc is not None else None
    if cause is not None:
        lines.append(f"  caused by {type(cause).__module__}.{type(cause).__qualname__}")
    return "\n".join(lines)


def friendly_text(exc: BaseException, log_path: Path | None) -> str:
    """What the person reads for an unhandled exception: :func:`error_text`'s text, and for a
    bug the log file's place."""
    from humas_desktop.services.storage_faults import failure_text, is_expected

    if is_expected(exc):
        return failure_text(exc)
    return message("unexpected_error", kind=type(exc).__name__, log=str(log_path) if log_path else "-")


def _translate_template(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def install_message_translator() -> None:
    """Message templates (messages.py) are translated through Qt, context "Messages"; installed
    once the application exists (and again by each main window: tests reset it)."""
    set_translator(_translate_template)


def message_text(code: str, /, **context: object) -> str:
    """The text for a message code that is not an exception (a verification result, a hint).

    ``messages.message`` translates the template through the translator the main window installs
    (Qt context "Messages"); no GUI code wraps it in a second translate call.
    """
    return message(code, **context)


def error_text(exc: BaseException, **extra: object) -> str:
    """The one way an exception becomes text for a person (never ``str(exc)``).

    ``services.storage_faults.failure_text`` makes it (the command line prints the same): a
    domain error gives its translated template; an OS or SQLite error the storage-fault message
    with what to do; an export stopped by one lists what was written and what was not; anything
    else is logged without personal data and gives "unexpected error, logged". ``extra`` fills
    template fields the caller knows (a file name, say).
    """
    from humas_desktop.services.storage_faults import failure_text, is_expected

    if not is_expected(exc):
        _logger.error("unexpected %s", safe_summary(type(exc), exc, exc.__traceback__))
    return failure_text(exc, **extra)


class ErrorReporter:
    """Installed as ``sys.excepthook`` while the GUI runs; Qt slots that raise end up here."""

    def __init__(self, base: Path, parent_getter: Callable[[], QWidget | None] = lambda: None) -> None:
        self.log_path = setup_logging(base)
        self.parent_getter = parent_getter
        self.previous: ExceptHook | None = None
        self.showing = False

    def install(self) -> None:
        self.previous = sys.excepthook
        sys.excepthook = self.handle
        qInstallMessageHandler(_qt_message_handler)

    def uninstall(self) -> None:
        if self.previous is not None:
            sys.excepthook = self.previous
        qInstallMessageHandler(None)

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            if self.previous is not None:
                self.previous(exc_type, exc, tb)
            return
        _logger.error("unhandled %s", safe_summary(exc_type, exc, tb))
        if self.showing:  # an error while the dialog is up must not stack dialogs
            return
        self.showing = True
        try:
            title = QCoreApplication.translate("Errors", "Terjadi kesalahan")
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(self.parent_getter(), title, friendly_text(exc, self.log_path))
        finally:
            self.showing = False


def _qt_message_handler(kind: QtMsgType, context: object, text: str) -> None:
    # Qt's text can quote widget contents: log only its kind and where it came from.
    if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        category = getattr(context, "category", "") or "qt"
        _logger.warning("qt %s from %s", kind.name, category)
