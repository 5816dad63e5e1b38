"""Per-installation UI state (last event, window layout, language) in the data folder.

An INI file beside the events, not the per-user Qt settings: two data folders (``--data-dir``)
never see each other's last event, and a fresh data folder starts on the welcome screen. This
laptop's assessor is kept in the event file per device (services.scoring), also per data folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from humas_desktop.paths import private_file

SETTINGS_FILE = "settings.ini"
LANGUAGE_KEY = "ui/language"
LAST_EVENT_KEY = "last_event"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
PACKAGE_FOLDER_KEY = "packages/last_folder"


def app_settings(base: Path) -> QSettings:
    return QSettings(str(Path(base) / SETTINGS_FILE), QSettings.Format.IniFormat)


def saved(settings: QSettings) -> None:
    """Write ``settings`` to disk, owner-only: QSettings creates the file with the umask's mode
    and it names the last event (paths.make_private)."""
    settings.sync()
    private_file(Path(settings.fileName()))


def last_event(base: Path) -> Path | None:
    value = app_settings(base).value(LAST_EVENT_KEY)
    return Path(str(value)) if value else None


def remember_event(base: Path, path: Path) -> None:
    settings = app_settings(base)
    if settings.value(LAST_EVENT_KEY) == str(path):
        return  # the usual start-up: nothing to write
    settings.setValue(LAST_EVENT_KEY, str(path))
    saved(settings)


def language(base: Path) -> str:
    return str(app_settings(base).value(LANGUAGE_KEY, "id"))


def save_language(base: Path, lang: str) -> None:
    settings = app_settings(base)
    settings.setValue(LANGUAGE_KEY, lang)
    saved(settings)


def package_folder(base: Path) -> str:
    """The folder the last hand-out package was opened from (the assessor's stick), or ''."""
    value = app_settings(base).value(PACKAGE_FOLDER_KEY)
    return str(value) if value and Path(str(value)).is_dir() else ""


def remember_package_folder(base: Path, folder: Path) -> None:
    settings = app_settings(base)
    if settings.value(PACKAGE_FOLDER_KEY) == str(folder):
        return
    settings.setValue(PACKAGE_FOLDER_KEY, str(folder))
    saved(settings)
