"""The About dialog (built from a Designer form) shows the running version."""

from __future__ import annotations

import pytest

from humas_desktop import __version__
from humas_desktop.gui.about_dialog import AboutDialog

pytestmark = pytest.mark.gui


def test_about_shows_version_and_closes(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert __version__ in dialog.ui.versionLabel.text()
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Close).click()
    assert not dialog.isVisible()
