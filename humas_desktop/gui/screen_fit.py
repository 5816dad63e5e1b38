"""Windows and dialogs open within the screen's available area (#24: on a 1366x768 laptop the
main window used to open 768 px tall inside, so the title bar pushed the "✓ Tersimpan" bar off
the bottom; a taskbar would hide the Hadir / Tidak hadir buttons too)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

# Title bar and borders a window manager adds around the client area (unknown before the first
# show): kept free so the frame, not only the inside, fits.
FRAME_WIDTH = 16
FRAME_HEIGHT = 48


def available(widget: QWidget | None = None) -> QRect | None:
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to width x height, or less where the screen's available area (taskbar
    and panels left out) is smaller, and place it inside that area."""
    area = available(widget)
    if area is None:
        widget.resize(width, height)
        return
    w = min(width, area.width() - FRAME_WIDTH)
    h = min(height, area.height() - FRAME_HEIGHT)
    widget.resize(max(w, 320), max(h, 240))
    widget.move(area.left() + max(0, (area.width() - widget.width() - FRAME_WIDTH) // 2),
                area.top())


def clamp(widget: QWidget) -> None:
    """Shrink and move a shown window so that its frame lies within the available area."""
    area = available(widget)
    if area is None:
        return
    frame = widget.frameGeometry()
    extra_w = max(0, frame.width() - widget.width())
    extra_h = max(0, frame.height() - widget.height())
    max_w = area.width() - max(extra_w, 2)
    max_h = area.height() - max(extra_h, FRAME_HEIGHT if extra_h == 0 else extra_h)
    if widget.width() > max_w or widget.height() > max_h:
        widget.resize(min(widget.width(), max_w), min(widget.height(), max_h))
    frame = widget.frameGeometry()
    x = min(max(frame.left(), area.left()), area.right() - frame.width() + 1)
    y = min(max(frame.top(), area.top()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.left(), frame.top()):
        widget.move(x, y)


class DialogClamp(QObject):
    """Application-wide: every dialog, when shown, is kept within the available screen area
    (Bagikan paket, Tutup sesi and Pengaturan dokumen asked for nearly the full height)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) \
                and watched.isWindow():
            clamp(watched)
        return False


_installed: DialogClamp | None = None


def install() -> None:
    """Install the dialog clamp once per application."""
    global _installed
    app = QApplication.instance()
    if app is None or _installed is not None:
        return
    _installed = DialogClamp(app)
    app.installEventFilter(_installed)
