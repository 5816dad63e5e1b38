"""App lock: a passphrase screen over the whole window, manual (Ctrl+L) or after idle time."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.errors import error_text, message_text
from humas_desktop.services import app_lock as store

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from humas_desktop.gui.context import AppContext

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class LockOverlay(QFrame):
    """Opaque cover for the window content (menus included) with the passphrase field."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockOverlay { background: palette(window); }")
        self.title = QLabel(self.tr("<h2>Humas Desktop terkunci</h2>"), self)
        self.hint = QLabel(self.tr("Data peserta disembunyikan. Masukkan frasa sandi untuk "
                                   "membuka."), self)
        self.hint.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Frasa sandi"))
        self.passphrase.setPlaceholderText(self.tr("Frasa sandi"))
        self.unlock_button = QPushButton(self.tr("Buka kunci"), self)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #b00020;")
        box = QWidget(self)
        box.setFixedWidth(420)
        inner = QVBoxLayout(box)
        for w in (self.title, self.hint, self.passphrase, self.unlock_button, self.error):
            inner.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class AppLock(QObject):
    """Owns the idle timer and the overlay of one main window."""

    def __init__(self, ctx: AppContext) -> None:
        window = ctx.window
        super().__init__(window)
        self.window = window
        self.base: Path = ctx.base
        self.config = store.load_config(self.base)
        self.overlay: LockOverlay | None = None
        self.failures = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        window.installEventFilter(self)
        self._watching = False
        if self.config is not None:
            self.lock()  # a restart must not bypass the lock
        self._restart_timer()

    @property
    def locked(self) -> bool:
        return self.overlay is not None

    def _watch_activity(self) -> None:
        """Every input event passes through Python once this is on: only with a lock set."""
        app = QApplication.instance()
        if not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True

    def _restart_timer(self) -> None:
        if self.config is not None:
            self._watch_activity()
        if self.config is not None and not self.locked:
            self.timer.start(self.config.idle_minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize and self.overlay:
            self.overlay.setGeometry(self.window.rect())
        elif event.type() in _ACTIVITY and not self.locked:
            self._restart_timer()
        return False

    def lock(self) -> bool:
        """Cover the window. Without a passphrase yet, ask for one first (False if refused)."""
        if self.locked:
            return True
        if self.config is None:
            self.config = LockSettingsDialog.ask(self.window, self.base)
            if self.config is None:
                return False
        self.timer.stop()
        overlay = LockOverlay(self.window)
        overlay.setGeometry(self.window.rect())
        overlay.unlock_button.clicked.connect(self.try_unlock)
        overlay.passphrase.returnPressed.connect(self.try_unlock)
        self.window.menuBar().setEnabled(False)
        central = self.window.centralWidget()
        if central is not None:
            central.setEnabled(False)  # no Tab focus into the hidden panels
        overlay.show()
        overlay.raise_()
        overlay.passphrase.setFocus()
        self.overlay = overlay
        return True

    def try_unlock(self) -> bool:
        overlay = self.overlay
        if overlay is None or self.config is None:
            return True
        if not store.check(self.config, overlay.passphrase.text()):
            self.failures += 1
            overlay.passphrase.clear()
            overlay.error.setText(message_text("app_locked_wrong"))
            if self.failures >= 3:  # slow down guessing at the keyboard
                overlay.unlock_button.setEnabled(False)
                overlay.passphrase.setEnabled(False)
                QTimer.singleShot(min(30, 2 ** (self.failures - 2)) * 1000, self._allow_retry)
            return False
        self.failures = 0
        overlay.hide()
        overlay.deleteLater()
        self.overlay = None
        self.window.menuBar().setEnabled(True)
        central = self.window.centralWidget()
        if central is not None:
            central.setEnabled(True)
        self._restart_timer()
        return True

    def _allow_retry(self) -> None:
        if self.overlay is not None:
            self.overlay.unlock_button.setEnabled(True)
            self.overlay.passphrase.setEnabled(True)
            self.overlay.passphrase.setFocus()

    def configure(self) -> None:
        if self.config is not None and not self._confirm_current():
            return
        config = LockSettingsDialog.ask(self.window, self.base, self.config)
        if config is not None:
            self.config = config
        self._restart_timer()

    def _confirm_current(self) -> bool:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self.window, self.tr("Kunci aplikasi"),
                                        self.tr("Frasa sandi saat ini:"),
                                        QLineEdit.EchoMode.Password)
        if ok and self.config is not None and store.check(self.config, text):
            return True
        if ok:
            QMessageBox.warning(self.window, self.tr("Kunci aplikasi"),
                                message_text("wrong_passphrase"))
        return False


class LockSettingsDialog(QDialog):
    """Set the lock passphrase (twice) and the idle minutes; or turn the lock off."""

    def __init__(self, base: Path, current: store.LockConfig | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.result_config: store.LockConfig | None = None
        self.setWindowTitle(self.tr("Kunci aplikasi"))
        self.setMinimumWidth(460)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.idle = QSpinBox(self)
        self.idle.setRange(1, 120)
        self.idle.setSuffix(self.tr(" menit"))
        self.idle.setValue(current.idle_minutes if current else store.DEFAULT_IDLE_MINUTES)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        note = QLabel(self.tr("Kunci layar melindungi laptop yang ditinggal. Gunakan frasa "
                              "sandi, bukan PIN pendek."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Frasa sandi baru"), self.first)
        form.addRow(self.tr("Ulangi frasa sandi"), self.second)
        form.addRow(self.tr("Kunci otomatis setelah diam"), self.idle)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("Kedua frasa sandi tidak sama."))
            return
        try:
            self.result_config = store.set_passphrase(self.base, self.first.text(),
                                                      self.idle.value())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget, base: Path,
            current: store.LockConfig | None = None) -> store.LockConfig | None:
        dialog = cls(base, current, parent)
        dialog.exec()
        return dialog.result_config


def install(ctx: AppContext) -> AppLock:
    """The lock of the context's window, with its File and Settings actions."""
    lock = AppLock(ctx)
    window = ctx.window
    now = QAction(translate("MainWindow", "&Kunci aplikasi sekarang"), window)
    now.setShortcut(QKeySequence("Ctrl+L"))
    now.triggered.connect(lock.lock)
    settings = QAction(translate("MainWindow", "Atur &kunci aplikasi…"), window)
    settings.triggered.connect(lock.configure)
    ctx.menus.settings.addAction(settings)
    ctx.menus.file.insertAction(ctx.menus.quit, now)
    # The shortcut must work while the menu bar is disabled by the lock (it is then a no-op).
    window.addAction(now)
    return lock
