"""Storage faults as one clear message each (disk full, read-only, file removed, drive pulled)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from humas_desktop.domain.errors import DomainError
from humas_desktop.durable import fsync_dir, fsync_file
from humas_desktop.storage.backup import copy_connection
from humas_desktop.storage.db import EventDB

LOW_SPACE_BYTES = 200 * 1024 * 1024
LOW_SPACE_RATIO = 0.02
NETWORK_FS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs",
                        "fuse.sshfs", "sshfs", "fuse.davfs2", "davfs", "fuse.rclone", "fuse.gvfsd-fuse",
                        "ncpfs", "coda", "lustre"})


class StorageFault(DomainError):  # noqa: N818 - a fault of the storage, named as users see it
    """A write failed because of the storage, not the data; committed work is intact."""

    errno_name: str = ""  # "ENOSPC", ... for an OS error (what support looks up; never strerror)


class StoppedPartWay(DomainError):  # noqa: N818 - named as users see it
    """A write of many files that a storage fault stopped: some are on disk (whole), some not.
    Subclasses (services.exports.ExportInterrupted) say which in :meth:`report_lines`."""

    fault: StorageFault

    def report_lines(self) -> list[str]:
        raise NotImplementedError


class FilesInterrupted(StoppedPartWay):  # noqa: N818 - named as users see it
    """A set of files (the verification site, a registry report) an OS error stopped part-way:
    ``written`` are complete (atomic writes), ``missing`` the planned names not written."""

    def __init__(self, fault: StorageFault, written: Sequence[Path], out_dir: Path,
                 missing: Sequence[str], hint: str = "") -> None:
        super().__init__("files_interrupted", reason=fault.code, written=len(written))
        self.fault = fault
        self.written = list(written)
        self.out_dir = out_dir
        self.missing = list(missing)
        self.hint = hint

    def report_lines(self) -> list[str]:
        from humas_desktop.messages import message

        lines = [message("export_written_list", count=len(self.written), folder=self.out_dir.name)
                 if self.written else message("export_none_written")]
        lines += [f"  • {p.name}" for p in self.written]
        if self.missing:
            lines.append(message("export_not_written_list"))
            lines += [f"  • {name}" for name in self.missing]
        if self.hint:
            lines.append(message(self.hint))
        return lines


@contextlib.contextmanager
def listing_written(out_dir: Path, planned: Sequence[str] = (), hint: str = "") -> Iterator[None]:
    """Around a write of several files into ``out_dir``: an OS error becomes FilesInterrupted,
    naming the files complete on disk and the ``planned`` names that are not."""
    from humas_desktop.formats.atomic_file import recording

    with recording() as done:
        try:
            yield
        except OSError as exc:
            fault = classify(exc, out_dir)
            if fault is None:
                raise
            names = {p.name for p in done}
            raise FilesInterrupted(fault, done, out_dir, [n for n in planned if n not in names],
                                   hint) from exc


def classify(exc: BaseException, path: Path | None = None) -> StorageFault | None:
    """The StorageFault for a low-level error, or None when it is not a storage problem.

    Uses SQLite's error codes where Python exposes them (3.11+), the message text otherwise; the
    message of the raised fault never carries the original text (it may quote data).
    """
    name = path.name if path is not None else ""
    if isinstance(exc, StorageFault):
        return exc
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        text = str(exc).lower()
        if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
            return StorageFault("disk_full", path=name)
        if primary == sqlite3.SQLITE_READONLY or "readonly database" in text or "read-only" in text:
            return StorageFault("read_only_media", path=name)
        if primary == sqlite3.SQLITE_IOERR or "disk i/o error" in text:
            if path is not None and not path.exists():
                return StorageFault("event_file_removed", path=name)
            return StorageFault("disk_io", path=name)
        if primary == sqlite3.SQLITE_CANTOPEN or "unable to open database" in text:
            return StorageFault("event_file_removed", path=name)
        if primary == sqlite3.SQLITE_BUSY or "database is locked" in text:
            return StorageFault("storage_busy", path=name)
        return None
    if isinstance(exc, OSError):
        # An OSError is a file the app writes or reads beside the event (export, package,
        # backup, work file): the event file itself fails through SQLite, above.
        code_name = _OS_CODES.get(exc.errno or 0)
        if code_name is None and sys.platform == "win32":
            # ERROR_NOT_READY, ERROR_DEV_NOT_EXIST, ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
            code_name = {21: "drive_removed", 55: "drive_removed", 39: "disk_full_file",
                         112: "disk_full_file"}.get(getattr(exc, "winerror", 0) or 0)
        if code_name is None:
            return None
        fault = StorageFault(code_name, path=_shown_name(exc, name))
        fault.errno_name = errno.errorcode.get(exc.errno or 0, "")
        return fault
    return None


_OS_CODES = {errno.ENOSPC: "disk_full_file", errno.EDQUOT: "disk_full_file",
             errno.EROFS: "read_only_file", errno.EACCES: "no_write_permission",
             errno.EPERM: "no_write_permission", errno.EIO: "disk_io_file", errno.ENXIO: "drive_removed",
             errno.ENODEV: "drive_removed", errno.ENOENT: "target_missing"}


def _shown_name(exc: OSError, fallback: str = "") -> str:
    """The file's own name (a temp file's final name), never its folder path (may hold a name)."""
    from humas_desktop.formats.atomic_file import final_name

    target = exc.filename if isinstance(exc.filename, str) else fallback
    return final_name(Path(target).name) if target else ""


# --- the one way a failure becomes text (GUI error_text, CLI main) ------------------------------
def failure_text(exc: BaseException, /, **extra: object) -> str:
    """What a person reads for ``exc``: Indonesian (or the installed translation), what happened
    and what to do; never the exception's own text or the OS's English ``strerror``.

    A domain error gives its template; an OS or SQLite error the storage message; an export
    stopped half-way lists what is on disk and what is not; anything else "unexpected error"
    (callers log it: see :func:`is_expected`). ``extra`` fills template fields the caller knows.
    """
    from humas_desktop.messages import message

    known = _known(exc)
    if known is None:
        return message("unexpected_error_logged", kind=type(exc).__name__)
    code, context, lines = known
    if context.get("path", None) == "":
        context["path"] = message("unnamed_file")  # "Disk penuh saat menulis berkas: ..."
    text = message(code, **{**context, **extra})
    return "\n".join([text, *lines]) if lines else text


def backup_missing_text(exc: BaseException) -> str:
    """A session closed but its closed-event backup could not be taken: said as such (the data
    did change: the event is closed), with the storage reason and what to do."""
    from humas_desktop.messages import message

    fault = _fault_of(exc)
    reason = _reason(fault, writing_file=True) if fault is not None else failure_text(exc)
    return message("close_backup_missing", reason=reason)


def is_expected(exc: BaseException) -> bool:
    """False for a failure that is a bug (log it without personal data)."""
    return _known(exc) is not None


def _fault_of(exc: BaseException) -> StorageFault | None:
    fault = classify(exc)
    if fault is None and exc.__cause__ is not None:
        fault = classify(exc.__cause__)
    return fault


# A storage fault met while writing a file of its own (not saving the event): told as such.
_AS_FILE = {"disk_full": "disk_full_file", "disk_io": "disk_io_file", "read_only_media": "read_only_file"}


def _reason(fault: StorageFault, *, writing_file: bool = False) -> str:
    from humas_desktop.messages import message

    code = _AS_FILE.get(fault.code, fault.code) if writing_file else fault.code
    return message(code, **{**fault.context, "path": fault.context.get("path") or message("unnamed_file")})


def _known(exc: BaseException) -> tuple[str, dict[str, object], list[str]] | None:
    if isinstance(exc, StoppedPartWay):
        return exc.code, {"reason": _reason(exc.fault, writing_file=True)}, exc.report_lines()
    if isinstance(exc, DomainError) and exc.code == "backup_failed":
        fault = _fault_of(exc)
        if fault is not None:
            return "backup_failed_fault", {"reason": _reason(fault, writing_file=True)}, []
    if isinstance(exc, DomainError):
        return exc.code, dict(exc.context), []
    fault = _fault_of(exc)
    if fault is not None:
        return fault.code, dict(fault.context), []
    os_error = exc if isinstance(exc, OSError) else exc.__cause__
    if isinstance(os_error, OSError):
        code = errno.errorcode.get(os_error.errno or 0) or type(os_error).__name__
        return "os_error_other", {"path": _shown_name(os_error), "code": code}, []
    return None


@contextlib.contextmanager
def guarded(path: Path | None = None) -> Iterator[None]:
    """Turn a storage error inside the block into a StorageFault (other errors pass through)."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        fault = classify(exc, path)
        if fault is None:
            raise
        raise fault from exc


# --- the event file removed under the running app --------------------------------------------
@dataclass(frozen=True, slots=True)
class FileIdentity:
    device: int
    inode: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return cls(st.st_dev, st.st_ino)


def file_still_there(edb: EventDB, identity: FileIdentity | None) -> bool:
    """False when the open file was deleted or replaced by another program since it was opened.

    SQLite keeps writing to a deleted file's inode, so every later save would vanish on close.
    """
    now = FileIdentity.of(edb.path)
    return now is not None and (identity is None or now == identity)


def rescue_removed_file(edb: EventDB) -> Path:
    """Write the still-open connection's data back under the file's name (the data lives on in
    the open connection); returns the path. Reopen the file afterwards."""
    target = edb.path
    if target.exists():
        target = target.with_name(f"{target.stem}.rescued{target.suffix}")
    tmp = target.with_name(f".{target.name}.rescue")
    with guarded(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_connection(edb.conn, tmp)
        fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    return target


# --- where the data directory lives ------------------------------------------------------------
def _mount_of(path: Path, mounts_text: str) -> tuple[str, str]:
    """(device, fs type) of the longest mount point containing ``path``."""
    best = ("", "", "")
    resolved = str(path.resolve())
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        device, mount, fstype = parts[0], parts[1].replace("\\040", " "), parts[2]
        if (resolved == mount or resolved.startswith(mount.rstrip("/") + "/")) and len(mount) >= len(best[1]):
            best = (device, mount, fstype)
    return best[0], best[2]


def _linux_removable(path: Path, sys_root: Path = Path("/sys")) -> bool:
    """True only when sysfs says the block device under ``path`` is removable (USB sticks)."""
    try:
        st = os.stat(path)
        node = (sys_root / "dev" / "block" / f"{os.major(st.st_dev)}:{os.minor(st.st_dev)}").resolve()
    except (OSError, AttributeError):
        return False
    for candidate in (node, node.parent):
        flag = candidate / "removable"
        with contextlib.suppress(OSError):
            if flag.read_text().strip() == "1":
                return True
    return False


def _windows_drive_kind(path: Path) -> str:
    import ctypes

    root = os.path.splitdrive(str(path.resolve()))[0] + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]
    return {2: "removable", 4: "network"}.get(int(kind), "")


def storage_warnings(path: Path, mounts: Path = Path("/proc/mounts"),
                     sys_root: Path = Path("/sys")) -> list[tuple[str, dict[str, object]]]:
    """Warnings (code, context) about the folder holding the data: removable or network storage,
    low free space. Conservative: no warning when the platform cannot tell."""
    warnings: list[tuple[str, dict[str, object]]] = []
    kind = ""
    try:
        if sys.platform == "win32":
            kind = _windows_drive_kind(path)
        elif mounts.exists():
            _device, fstype = _mount_of(path, mounts.read_text(encoding="utf-8", errors="replace"))
            if fstype in NETWORK_FS or fstype.startswith("fuse.sshfs"):
                kind = "network"
            elif _linux_removable(path, sys_root):
                kind = "removable"
    except Exception:  # noqa: BLE001 - a warning must never stop the app
        kind = ""
    if kind == "network":
        warnings.append(("data_on_network", {}))
    elif kind == "removable":
        warnings.append(("data_on_removable", {}))
    with contextlib.suppress(OSError):
        usage = shutil.disk_usage(path)
        if usage.free < LOW_SPACE_BYTES or usage.free < usage.total * LOW_SPACE_RATIO:
            warnings.append(("low_disk_space", {"free_mb": usage.free // (1024 * 1024)}))
    return warnings
