"""Where the app keeps its files: platformdirs data dir, overridable by --data-dir / HUMAS_DATA_DIR."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

APP_NAME = "HumasDesktop"
EVENT_SUFFIX = ".humas"
APP_LOCK_FILE = "app_lock.json"  # in the data folder: the app lock's settings (services/app_lock.py)


# Private at rest (POSIX): the data folder and every folder in it 0700, every file in it 0600,
# whatever the umask. Event files, backups and the registry hold NIK; settings and device.json
# say who uses the laptop. Created so, and repaired once per process at start-up
# (:func:`make_private`). On Windows the data folder lives in the user's own profile, whose
# ACL already keeps other users out.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_log = logging.getLogger("humas_desktop")
_repaired: set[Path] = set()


def private_dir(path: Path) -> Path:
    """``path`` (and missing parents) created 0700; an existing folder is made 0700 too."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if path.stat().st_mode & 0o777 != PRIVATE_DIR_MODE:
                path.chmod(PRIVATE_DIR_MODE)
    return path


def private_file(path: Path) -> None:
    """Make an existing file 0600 (a file SQLite, Qt or a copy created with the umask)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        st = os.lstat(path)
        if stat.S_ISREG(st.st_mode) and st.st_mode & 0o777 != PRIVATE_FILE_MODE:
            os.chmod(path, PRIVATE_FILE_MODE)


def make_private(base: Path) -> int:
    """Repair the modes under the data folder: no access for group and others (folders 0700,
    files 0600, an owner-executable file keeps its x). Symlinks are not followed. Returns how
    many were changed; one line in the log when any was."""
    if os.name != "posix" or not base.is_dir():
        return 0
    changed = 0
    for root, dirs, files in os.walk(base):
        for name in [root] + [os.path.join(root, f) for f in files]:
            try:
                st = os.lstat(name)
                mode = st.st_mode & 0o7777
                if stat.S_ISDIR(st.st_mode):
                    want = PRIVATE_DIR_MODE
                elif stat.S_ISREG(st.st_mode):
                    want = PRIVATE_FILE_MODE | (mode & stat.S_IXUSR)
                else:
                    continue  # a symlink, socket or FIFO: not ours to change
                if mode != want:
                    os.chmod(name, want)
                    changed += 1
            except OSError:
                continue
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
    if changed:
        _log.info("data folder: %d files or folders were open to other users; made private "
                  "(files 0600, folders 0700)", changed)
    return changed


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory, created if missing (0700). Precedence: argument, HUMAS_DATA_DIR,
    platformdirs. The first call for a folder in a process repairs its modes (make_private)."""
    if override:
        path = Path(override)
    elif os.environ.get("HUMAS_DATA_DIR"):
        path = Path(os.environ["HUMAS_DATA_DIR"])
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    private_dir(path)
    key = path.resolve()
    if key not in _repaired:
        _repaired.add(key)
        make_private(path)
    return path


def events_dir(base: Path) -> Path:
    return private_dir(base / "events")


def backups_dir(base: Path) -> Path:
    return private_dir(base / "backups")


def held_dir(base: Path) -> Path:
    """``<data>/held`` (0700): the journals of changes held while a file is first checked
    (storage.held_journal), kept in the data folder whatever folder the event file is in."""
    return private_dir(base / "held")


def logs_dir(base: Path) -> Path:
    return private_dir(base / "logs")


def work_root(base: Path) -> Path:
    """``<data>/tmp`` (0700): every work file of the app lives below it, never in the system
    temp folder (a killed merge must not leave a plaintext snapshot anywhere else)."""
    return private_dir(base / "tmp")


def work_dir(base: Path) -> Path:
    """This process's private work folder ``<data>/tmp/p<pid>`` (0700); what a killed process
    leaves there is removed at the next start (``clean_work_dirs``)."""
    path = work_root(base) / f"p{os.getpid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


@contextlib.contextmanager
def work_files(base: Path, prefix: str = "work-") -> Iterator[Path]:
    """A private temp folder under ``work_dir(base)`` for one operation, removed after it."""
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=work_dir(base)))  # mkdtemp: mode 0700
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no cheap, safe probe: the folder goes once it is a day old
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def clean_work_dirs(base: Path, everything: bool = False) -> int:
    """Remove what earlier (dead) processes left under ``<data>/tmp``; ``everything`` also this
    process's own work files (purge). Returns how many entries were removed."""
    removed = _clean_backup_temps(base, everything)
    root = base / "tmp"
    if not root.is_dir():
        return removed
    day_ago = time.time() - 24 * 3600
    for entry in root.iterdir():
        name = entry.name
        owner = int(name[1:]) if name.startswith("p") and name[1:].isdigit() else None
        if owner is not None and not everything and _alive(owner):
            try:
                if os.name == "posix" or entry.stat().st_mtime > day_ago:
                    continue
            except OSError:
                continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()
        removed += 1
    return removed


def _clean_backup_temps(base: Path, everything: bool) -> int:
    """Half-written backup copies (``.<name>.p<pid>.<hex>.tmp``) of processes that died."""
    root = base / "backups"
    if not root.is_dir():
        return 0
    removed = 0
    for entry in root.rglob(".*.tmp"):
        parts = entry.name.split(".")
        pid = next((int(p[1:]) for p in parts if p.startswith("p") and p[1:].isdigit()), None)
        if pid is None or (not everything and _alive(pid)):
            continue
        with contextlib.suppress(OSError):
            entry.unlink()
            removed += 1
    return removed


_running: Path | None = None


def set_running_data_dir(base: Path | None) -> None:
    """Called where the app or a CLI command resolved its data folder (``None``: the default)."""
    global _running
    _running = base


def running_data_dir() -> Path:
    """The data folder this process runs on (``--data-dir``, HUMAS_DATA_DIR or the default):
    where backups and work files go, whatever folder an event file is in."""
    return _running if _running is not None else data_dir()
