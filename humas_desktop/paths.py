"""Where the app keeps its files: platformdirs data dir, overridable by --data-dir / HUMAS_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "HumasDesktop"
EVENT_SUFFIX = ".humas"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory, created if missing. Precedence: argument, HUMAS_DATA_DIR, platformdirs."""
    if override:
        path = Path(override)
    elif os.environ.get("HUMAS_DATA_DIR"):
        path = Path(os.environ["HUMAS_DATA_DIR"])
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def events_dir(base: Path) -> Path:
    path = base / "events"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir(base: Path) -> Path:
    path = base / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir(base: Path) -> Path:
    path = base / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def work_dir(base: Path) -> Path:
    """The app's private temp folder ``<data>/tmp`` (0700): working copies of incoming files stay
    inside the data folder, never in the system temp folder."""
    path = base / "tmp"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path
