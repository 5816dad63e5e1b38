"""Composition root of the GUI: paths -> device -> event file -> services -> MainWindow."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from reprlib import recursive_repr
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from humas_desktop.gui.errors import install_message_translator, message_text
from humas_desktop.messages import message
from humas_desktop.resources import resource_path

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from humas_desktop.gui.backup_dialogs import BackupKeeper
    from humas_desktop.gui.main_window import MainWindow
    from humas_desktop.gui.single_instance import SingleInstance

ORG = "HumasDesktop"


def install_translator(app: QApplication, lang: str | None,
                       base: Path | None = None) -> QTranslator | None:
    """Indonesian is the source language; English loads the shipped .qm file.

    In Indonesian, Qt's own standard buttons (OK, Cancel, Close ...) need a translation too:
    Qt ships none for Indonesian, so a small one is bundled (qtbase_id.qm).
    """
    from humas_desktop.gui import app_settings

    lang = lang or (app_settings.language(base) if base is not None else "id")
    name = "humas_en.qm" if lang == "en" else "qtbase_id.qm"
    install_message_translator()
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", name))):
        remove_translator(app)
        app.installTranslator(translator)
        _installed.append(translator)
        # The chosen UI language, not the laptop's, decides which texts of a scheme are shown
        # (interview_widgets.in_english) and how Qt's own dialogs speak.
        QLocale.setDefault(QLocale(QLocale.Language.English) if lang == "en"
                           else QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        return translator
    return None


_installed: list[QTranslator] = []


def remove_translator(app: QApplication) -> None:
    """Back to the Indonesian source texts (tests; a language switch)."""
    while _installed:
        app.removeTranslator(_installed.pop())


@dataclass(init=False, repr=False, eq=False)
class Started:
    """What ``start`` built; ``window`` is None when another instance already runs."""

    app: QApplication
    window: MainWindow | None
    instance: SingleInstance
    keeper: _Keeper | None = None  # its .keeper: the BackupKeeper once the event loop runs
    exit_code: int = 0

    def __init__(self, app: QApplication, window: MainWindow | None, instance: SingleInstance,
                 keeper: _Keeper | None = None, exit_code: int = 0) -> None:
        self.app = app
        self.window = window
        self.instance = instance
        self.keeper = keeper
        self.exit_code = exit_code

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(app={self.app!r}, window={self.window!r}, "
                f"instance={self.instance!r}, keeper={self.keeper!r}, exit_code={self.exit_code!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.app, self.window, self.instance, self.keeper, self.exit_code)
        theirs = (other.app, other.window, other.instance, other.keeper, other.exit_code)
        return mine == theirs


def _msg(code: str, **context: object) -> str:
    return message_text(code, **context)


def _raise_window(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def _open_checked(window: MainWindow, base: Path, target: Path) -> bool:
    """Start-up check of the event to open; a problem ends in a message and a restore offer."""
    from humas_desktop.services import startup_check

    # With this laptop's sealed checkpoint only the newest part of the audit chain is checked
    # here; the whole file is checked once the window shows (gui/integrity_watch.py).
    # Without one (the first open of this file on this laptop) nothing of the chain is walked
    # here: the window opens with writes refused until the full check after the first paint.
    check = startup_check.check_event(target, base, window.device, defer_unsealed=True)
    if check.code == "foreign_wal_set_aside":  # said once; the event file itself is whole
        # Dialog classes are imported when a dialog is shown (each makes its Qt type and enums).
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(window, "Humas Desktop", _msg(
            check.code, **(check.context or {}), path=target.name))
        check = startup_check.check_event(target, base, window.device, defer_unsealed=True)
    if check.ok:
        try:
            return window.open_event(target)
        except Exception:  # noqa: BLE001 - a damaged page the short check did not read
            window.ctx.release_event()
            check = startup_check.check_event(target, base)  # the whole file, as without a checkpoint
            if check.ok:
                raise
    from PySide6.QtWidgets import QMessageBox

    from humas_desktop.gui import screen_fit
    from humas_desktop.gui.backup_dialogs import offer_recovery

    screen_fit.install()  # before the first paint only when a dialog is shown
    if offer_recovery(window, check):
        try:
            startup_check.recover(check, base)
        except Exception as exc:  # noqa: BLE001 - a failed restore must still leave a usable app
            from humas_desktop.gui.errors import error_text

            QMessageBox.warning(window, translate("MainWindow", "Pemulihan gagal"), error_text(exc))
            return False
        return window.open_event(target)
    return False


def _storage_warnings(window: MainWindow, base: Path) -> None:
    from humas_desktop.services.storage_faults import storage_warnings

    texts = [_msg(code, **ctx) for code, ctx in storage_warnings(base)]
    if texts:
        window.show_storage_warnings(texts)


def _restore_layout(window: MainWindow, base: Path) -> None:
    """Window size and position from this data folder; saved again when the app quits."""
    from humas_desktop.gui import app_settings

    settings = app_settings.app_settings(base)
    geometry = settings.value(app_settings.GEOMETRY_KEY)
    if geometry is not None:
        window.restoreGeometry(geometry)  # type: ignore[arg-type]
    state = settings.value(app_settings.STATE_KEY)
    if state is not None:
        window.restoreState(state)  # type: ignore[arg-type]

    def save() -> None:
        try:
            geometry, layout = window.saveGeometry(), window.saveState()
        except RuntimeError:  # the window is already gone
            return
        out = app_settings.app_settings(base)
        out.setValue(app_settings.GEOMETRY_KEY, geometry)
        out.setValue(app_settings.STATE_KEY, layout)
        app_settings.saved(out)

    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(save)


def _open_package(window: MainWindow, path: Path) -> None:
    window.build_features()  # built after the first paint: maybe not yet
    window.packages.open_package(path)


def _open_file(window: MainWindow, base: Path, path: Path) -> None:
    """A file handed over by a later launch (a double-click while the app runs)."""
    if path.suffix.lower() == ".humaspkg":
        _open_package(window, path)
    elif path.is_file():
        _open_checked(window, base, path)


UI_SWITCH_INTERVAL = 0.001  # seconds; see start()


def start(base: Path, event_path: Path | None = None, lang: str | None = None,
          package: Path | None = None) -> Started:
    """Everything up to the event loop: single instance, start-up check, window, backups.

    ``event_path`` or ``package`` is a file the user opened from the file manager; when the app
    already runs for this data folder, that instance is asked to open it.

    Start-up (issue #25): the modules, classes and widgets made here live as long as the app
    and make almost no reference cycles, yet their allocations set off ~55 cyclic garbage
    collections (~6 ms CPU before the first paint, each walking the young objects again). The
    collector pauses while they are made; they are then moved out of its generations
    (``gc.freeze``) so that no collection walks them just before the paint, and handed back
    after the first paint (``gc.unfreeze``: collectable again, with the oldest generation)."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        started = _start(base, event_path, lang, package)
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()
    if started.window is None:
        gc.unfreeze()
    else:  # a window closed before its first paint (tests) hands them back too
        started.window.destroyed.connect(gc.unfreeze)
    return started


def _start(base: Path, event_path: Path | None, lang: str | None,
           package: Path | None) -> Started:
    from humas_desktop.gui.main_window import MainWindow, after_first_paint
    from humas_desktop.gui.single_instance import SingleInstance
    from humas_desktop.paths import clean_work_dirs, set_running_data_dir
    from humas_desktop.services import startup_check
    from humas_desktop.services.workspace import load_or_create_device

    set_running_data_dir(base)
    clean_work_dirs(base)  # what a killed earlier run left in <data>/tmp
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    # A worker thread running Python (the full check, an export's documents) holds the GIL for
    # up to the switch interval each time the UI thread asks for it: Python's 5 ms made a K/BK
    # click wait 20-80 ms at p99 beyond its commit; at 1 ms it is 8-9 ms
    # (benchmarks/click_background.py). An idle UI thread asks nothing, so jobs lose ~nothing.
    sys.setswitchinterval(UI_SWITCH_INTERVAL)
    app.setOrganizationName(ORG)
    app.setApplicationName("Humas Desktop")
    install_translator(app, lang, base)
    instance = SingleInstance(base)
    if not instance.acquire():
        from PySide6.QtWidgets import QMessageBox

        if instance.ask_first_to_raise(open_path=package or event_path):
            print(message("already_running"), file=sys.stderr)
            return Started(app, None, instance, exit_code=0)
        QMessageBox.warning(None, "Humas Desktop",
                            _msg("already_running_no_answer", pid=instance.owner_pid() or "?"))
        return Started(app, None, instance, exit_code=1)
    device = load_or_create_device(base)
    # The menu features (dialogs, export, registry ...) are imported after the first paint.
    window = MainWindow(base, device, features_after_paint=True)
    from humas_desktop.gui import app_settings

    _restore_layout(window, base)
    target = event_path or app_settings.last_event(base)
    crashed = startup_check.begin_startup(base, target)
    opened = False
    if crashed is not None and event_path is None:
        from PySide6.QtWidgets import QMessageBox

        # The previous start died (maybe on this very file): do not open anything automatically.
        QMessageBox.warning(window, "Humas Desktop", _msg("previous_start_crashed"))
    elif target is not None and target.exists():
        window.rows_after_paint(True)  # the other participants are read after the first paint
        try:
            opened = _open_checked(window, base, target)
        finally:
            window.rows_after_paint(False)
    if not opened:
        window.show_welcome()
    window.show()
    keeper = _Keeper()

    # After the first paint (or 1 s at the latest): the automatic backups, answering later
    # launches and the storage warnings are not needed to show the event. Reaching the first
    # paint means this start-up worked.
    def after_paint() -> None:
        keeper.make(window)
        instance.listen(lambda: _raise_window(window), lambda path: _open_file(window, base, path))
        if package is not None:
            _open_package(window, package)
        _storage_warnings(window, base)
        startup_check.startup_finished(base)
        import gc

        gc.unfreeze()  # what start-up made is collectable again (see start)

    after_first_paint(window, after_paint)
    return Started(app, window, instance, keeper)


class _Keeper:
    """The automatic backups (``keeper``), made after the first paint: the backup dialogs module
    is not needed for it."""

    def __init__(self) -> None:
        self.keeper: BackupKeeper | None = None

    def make(self, window: MainWindow) -> None:
        import shiboken6

        from humas_desktop.gui.backup_dialogs import BackupKeeper

        if self.keeper is None and shiboken6.isValid(window):
            self.keeper = BackupKeeper(window.ctx)


def _close_on_sigterm(app: QApplication) -> None:
    """A logout or ``kill`` closes the windows properly (last backup, WAL checkpoint)."""
    import signal

    if not hasattr(signal, "SIGTERM"):
        return
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, app.closeAllWindows))
    # Python runs signal handlers only between bytecodes: wake the interpreter regularly.
    waker = QTimer(app)
    waker.timeout.connect(lambda: None)
    waker.start(500)


def run(base: Path, event_path: Path | None = None, lang: str | None = None,
        package: Path | None = None) -> int:
    from humas_desktop.gui.errors import ErrorReporter

    started = start(base, event_path, lang, package)
    if started.window is None:
        started.instance.release()
        return started.exit_code
    window = started.window
    reporter = ErrorReporter(base, lambda: window)
    reporter.install()
    _close_on_sigterm(started.app)
    try:
        return int(started.app.exec())
    finally:
        reporter.uninstall()
        started.instance.release()


def qt_smoke() -> str:
    """Self-test step: a widget renders (offscreen when there is no display)."""
    import os

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith(
            "linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QLabel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    label = QLabel("Humas Desktop — Nur’aini")
    image = label.grab().toImage()
    if image.isNull() or image.width() == 0:
        raise RuntimeError("Qt could not render a widget")
    from PySide6.QtGui import QGuiApplication

    assert app is not None
    return f"{QGuiApplication.platformName()}, {image.width()}×{image.height()} px"
