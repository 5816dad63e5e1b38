"""The current question's marker bar paints its colour when on, the window colour when off
(its painter is imported when it first paints, issue #25)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from humas_desktop.gui.interview import CurrentMarker


def test_marker_paints_blue_when_on_and_the_background_when_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    marker = CurrentMarker(parent)
    marker.resize(CurrentMarker.WIDTH, 20)
    parent.show()
    marker.set_on(True)
    assert marker.grab().toImage().pixelColor(1, 10) == QColor("#2a6fdb")
    marker.set_on(False)
    assert (marker.grab().toImage().pixelColor(1, 10)
            == marker.palette().color(QPalette.ColorRole.Window))
