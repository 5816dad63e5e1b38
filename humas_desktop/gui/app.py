"""Composition root of the GUI: paths -> device -> event file -> services -> MainWindow."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from humas_desktop.resources import resource_path

ORG = "HumasDesktop"


def install_translator(app: QApplication, lang: str | None) -> QTranslator | None:
    """Indonesian is the source language; English loads the shipped .qm file."""
    settings = QSettings(ORG, "HumasDesktop")
    lang = lang or str(settings.value("ui/language", "id"))
    if lang != "en":
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("translations", "humas_en.qm"))):
        app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return translator
    return None


def run(base: Path, event_path: Path | None = None, lang: str | None = None) -> int:
    from humas_desktop.gui.main_window import MainWindow
    from humas_desktop.storage.device import load_or_create_device

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG)
    app.setApplicationName("Humas Desktop")
    install_translator(app, lang)  # type: ignore[arg-type]
    device = load_or_create_device(base)
    window = MainWindow(base, device)
    settings = QSettings(ORG, "HumasDesktop")
    target = event_path or (Path(str(settings.value("last_event"))) if settings.value(
        "last_event") else None)
    if target is not None and target.exists():
        window.open_event(target)
    else:
        window.show_welcome()
    window.show()
    return int(app.exec())
