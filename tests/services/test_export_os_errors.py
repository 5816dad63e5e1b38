"""Issue #11, "Messages": an OS error in the middle of an export is told in Indonesian with what
to do, and the export says which files were written (complete) and which were not.

The fault is injected in the atomic writer (formats/atomic_file.py, env HUMAS_FAULT_ATOMIC_ERRNO):
after N complete files every further write fails with the chosen errno, as a disk that filled
up, a stick made read-only or pulled, or a folder removed does. Root (CI) ignores chmod, so the
errno is injected rather than provoked.
"""

from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path

import pytest

from humas_desktop.services.exports import ExportOptions, export_documents
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run

ERRNO_ENV = "HUMAS_FAULT_ATOMIC_ERRNO"
ERRNOS = ("ENOSPC", "EROFS", "EACCES", "EIO", "ENOENT")
# What the person is told to do, per errno (a word of the instruction, in Indonesian).
WHAT_TO_DO = {"ENOSPC": "kosongkan ruang", "EROFS": "hanya-baca", "EACCES": "izin",
              "EIO": "periksa", "ENOENT": "tidak ada"}


@pytest.fixture(scope="module")
def event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("osdata") / "data", participants=5, decided=True)


def _complete(path: Path) -> None:
    """The file under its final name is a whole document, not a cut one."""
    data = path.read_bytes()
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as zf:
            assert zf.testzip() is None
    else:
        assert data.startswith(b"%PDF") and b"%%EOF" in data[-64:]


def _on_disk(out: Path) -> set[Path]:
    return {p for p in out.rglob("*") if p.is_file()}


def _english(number: int) -> list[str]:
    return [os.strerror(number), "Errno", "Traceback", "No such file", "Permission denied"]


@pytest.mark.parametrize("name", ERRNOS)
def test_export_stopped_by_an_os_error_lists_written_and_not_written(
        event: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    from humas_desktop.services.exports import ExportInterrupted
    from humas_desktop.services.storage_faults import failure_text

    number = getattr(errno, name)
    out = tmp_path / "usb"
    # roster 1 + attendance 2 + recap 1 + bnsp 1 + berita acara 2 = 7, then the combined FR.AK.02:
    # the 9th file (the first per-participant FR.AK.02) fails, and every later one.
    monkeypatch.setenv(ERRNO_ENV, f"{name}:8")
    edb = open_event(event, device_id="t", actor="coordinator")
    try:
        names = [p.name for p in repo.list_participants(edb)]
        with pytest.raises(ExportInterrupted) as info:
            _run(export_documents(edb, ["all"], out, ExportOptions(workers=1)))
    finally:
        edb.close()
    stopped = info.value
    assert len(stopped.written) == 8
    assert set(stopped.written) == _on_disk(out)  # exactly what is on disk, nothing else
    for path in stopped.written:
        _complete(path)
    assert not [p for p in out.rglob(".*") if ".partial-" in p.name]
    assert stopped.interrupted == "records"
    assert stopped.not_written[0] == "records" and "certificates" in stopped.not_written
    assert "roster" not in stopped.not_written
    assert stopped.fault.errno_name == name

    text = failure_text(stopped)
    for word in _english(number):
        assert word not in text
    assert WHAT_TO_DO[name] in text.lower()
    assert "Ekspor terhenti" in text and "8 berkas" in text
    for path in stopped.written:
        assert path.relative_to(out).as_posix() in text
    assert "FR.AK.02" in text and "Sertifikat" in text  # what is missing, by document kind
    assert not any(n in text for n in names)  # never a participant's name


def test_export_fault_by_bytes_and_none_written(event: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Disk full from the very first file: nothing written, and the text says so."""
    from humas_desktop.services.exports import ExportInterrupted
    from humas_desktop.services.storage_faults import failure_text

    out = tmp_path / "out"
    monkeypatch.setenv(ERRNO_ENV, "ENOSPC:bytes=100")
    edb = open_event(event, device_id="t", actor="coordinator")
    try:
        with pytest.raises(ExportInterrupted) as info:
            _run(export_documents(edb, ["roster", "bnsp"], out, ExportOptions(workers=1)))
    finally:
        edb.close()
    assert info.value.written == [] and info.value.not_written == ["roster", "bnsp"]
    assert _on_disk(out) == set()
    text = failure_text(info.value)
    assert "Tidak ada berkas yang ditulis" in text and os.strerror(errno.ENOSPC) not in text


def test_retry_after_the_fault_writes_everything(event: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from humas_desktop.services.exports import ExportInterrupted

    out = tmp_path / "out"
    monkeypatch.setenv(ERRNO_ENV, "EIO:2")
    edb = open_event(event, device_id="t", actor="coordinator")
    try:
        with pytest.raises(ExportInterrupted):
            _run(export_documents(edb, ["roster", "attendance", "bnsp"], out, ExportOptions(workers=1)))
        monkeypatch.delenv(ERRNO_ENV)  # the stick is back
        files = _run(export_documents(edb, ["roster", "attendance", "bnsp"], out, ExportOptions(workers=1)))
    finally:
        edb.close()
    assert len(files) == 4 and set(files) == _on_disk(out)
    for path in files:
        _complete(path)


@pytest.mark.parametrize("name", ERRNOS)
def test_every_os_error_has_indonesian_text_with_what_to_do(name: str) -> None:
    """The one failure-to-text function: a raw OSError (any command, any dialog)."""
    from humas_desktop.services.storage_faults import failure_text

    number = getattr(errno, name)
    exc = OSError(number, os.strerror(number), "/media/usb/.rekapitulasi-hasil.partial-0a1b2c3d.xlsx")
    text = failure_text(exc)
    for word in _english(number):
        assert word not in text
    assert WHAT_TO_DO[name] in text.lower()
    assert "rekapitulasi-hasil.xlsx" in text and "/media/usb" not in text  # the file, as the user knows it
    assert "lalu" in text  # an instruction: do this, then try again


def test_unknown_os_errors_and_sqlite_errors_are_indonesian_too() -> None:
    import sqlite3

    from humas_desktop.services.storage_faults import failure_text

    for number in (errno.ENAMETOOLONG, errno.EMFILE, errno.ENOTDIR, errno.EFBIG):
        text = failure_text(OSError(number, os.strerror(number), "/tmp/x"))
        assert os.strerror(number) not in text and "Errno" not in text
        assert errno.errorcode[number] in text  # a code support can look up, no English prose
    text = failure_text(sqlite3.OperationalError("database or disk is full"))
    assert "Disk penuh" in text and "database" not in text


def test_backup_failure_does_not_quote_the_os_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A backup that cannot be written (disk full) says so in Indonesian, not "OSError: No space…"."""
    from humas_desktop.services.backups import backup_file
    from humas_desktop.services.storage_faults import failure_text

    path = make_demo(tmp_path / "data", participants=2)
    real_replace = os.replace

    def full(src, dst):  # type: ignore[no-untyped-def]
        if str(dst).endswith(".humasbak") or ".humasbak" in str(dst):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(Exception) as info:
        backup_file(path, "manual", base=tmp_path / "data")
    text = failure_text(info.value)
    assert os.strerror(errno.ENOSPC) not in text and "OSError" not in text
    assert "kosongkan ruang" in text.lower()


def test_after_close_documents_are_not_listed_missing_before_close(event: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Before the session is closed, "all" makes no plenary/SK/blanko documents: an interrupted
    export does not list them as missing (they were never going to be written)."""
    from humas_desktop.domain.models import EventStatus
    from humas_desktop.services.exports import AFTER_CLOSE, ExportInterrupted

    monkeypatch.setenv(ERRNO_ENV, "ENOSPC:1")
    edb = open_event(event, device_id="t", actor="coordinator")
    try:
        assert repo.load_event(edb).status is not EventStatus.CLOSED
        with pytest.raises(ExportInterrupted) as info:
            _run(export_documents(edb, ["all"], tmp_path / "out", ExportOptions(workers=1)))
    finally:
        edb.close()
    assert not set(AFTER_CLOSE) & set(info.value.not_written)
    assert info.value.not_written[0] == "attendance" and "certificates" in info.value.not_written
