"""Closing a session on a full disk, or with the closed-event backup failing, says what happened
(#23): "Disk penuh" with what to free, never "rusak … Pulihkan dari cadangan" about a healthy
file; a close whose backup could not be taken says so (text and ``--json``)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.services import close_session as cs
from humas_desktop.storage.db import open_event
from tests.services.test_registry_close import _demo_with_codes

ERRNO_ENV = "HUMAS_FAULT_ATOMIC_ERRNO"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _event(base: Path) -> Path:
    """An event ready to close, and the LSP registry in the data folder (where close looks)."""
    assert main(["--data-dir", str(base), "registry", "init", "--lsp-name", "LSP Uji",
                 "--licence", "BNSP-LSP-1926-ID", "--field-code", "HMS",
                 "--verify-url", "https://lsp-uji.example/verifikasi"]) == 0
    return _demo_with_codes(base)


def _close_args(base: Path, event: Path, *extra: str) -> list[str]:
    from datetime import date

    from humas_desktop.services.demo import DEMO_SK_NUMBER

    return ["--data-dir", str(base), "close", str(event), "--plenary-date", date.today().isoformat(),
            "--sk-number", DEMO_SK_NUMBER, *extra]


@contextlib.contextmanager
def _small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MB tmpfs (root only; skipped where mounting is not allowed)."""
    mnt = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mnt.mkdir()
    if os.name != "posix" or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", str(mnt)],
            capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(disk: Path, leave: int) -> Path:
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize
    filler = disk / "pengisi.bin"
    if free > leave:
        subprocess.run(["fallocate", "-l", str(free - leave), str(filler)], check=True)
    st = os.statvfs(disk)
    assert st.f_bavail * st.f_frsize <= leave
    return filler


@pytest.mark.parametrize("leave", [0, 4096, 16384])
def test_close_on_a_full_disk_says_disk_penuh_not_damaged(
        tmp_path: Path, leave: int, capsys: pytest.CaptureFixture[str]) -> None:
    with _small_disk(tmp_path) as disk:
        base = disk / "data"
        event = _event(base)
        before = _sha(event)
        filler = _fill(disk, leave)
        capsys.readouterr()
        assert main(_close_args(base, event)) == 1
        err = capsys.readouterr().err
        assert "Disk penuh" in err and "Kosongkan" in err and "MB" in err
        assert "rusak" not in err and "Pulihkan" not in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
        filler.unlink()
        assert _sha(event) == before
        assert main(_close_args(base, event)) == 0  # space freed: it closes
        with open_event(event, device_id="t") as edb:
            assert cs.is_closed(edb)


@pytest.mark.slow
@pytest.mark.parametrize("leave", [32768, 65536, 131072, 262144, 524288])
def test_close_with_little_room_never_calls_the_file_damaged(
        tmp_path: Path, leave: int, capsys: pytest.CaptureFixture[str]) -> None:
    """Whatever step the space runs out at: refused with "Disk penuh" and the event untouched,
    or closed with its backup there or said to be missing; never "rusak"."""
    with _small_disk(tmp_path) as disk:
        base = disk / "data"
        event = _event(base)
        before = _sha(event)
        backups = _backups(base)
        filler = _fill(disk, leave)
        capsys.readouterr()
        code = main(_close_args(base, event))
        out, err = capsys.readouterr()
        assert "rusak" not in err + out and "Pulihkan" not in err + out and "Traceback" not in err
        filler.unlink()
        with open_event(event, device_id="t") as edb:
            closed = cs.is_closed(edb)
        if code == 1:
            assert "Disk penuh" in err and "Kosongkan" in err and not closed
            assert _sha(event) == before
        else:
            assert code == 0 and closed and "Sesi ditutup" in out
            assert len(_backups(base)) > len(backups) or (
                "cadangan acara yang ditutup tidak dapat dibuat" in err and "Disk penuh" in err)


def _backups(base: Path) -> list[Path]:
    return sorted(p for p in (base / "backups").rglob("*.humasbak")) \
        if (base / "backups").exists() else []


def test_close_whose_backup_fails_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "data"
    event = _event(base)
    before = _backups(base)
    monkeypatch.setenv(ERRNO_ENV, "ENOSPC:0")
    capsys.readouterr()
    assert main(_close_args(base, event)) == 0
    out, err = capsys.readouterr()
    assert "Sesi ditutup" in out
    assert "cadangan" in err.lower() and "Disk penuh" in err and "Cadangkan sekarang" in err
    assert "Traceback" not in err and "No space" not in err
    assert _backups(base) == before
    with open_event(event, device_id="t") as edb:
        assert cs.is_closed(edb)


def test_close_json_says_the_backup_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "data"
    event = _event(base)
    monkeypatch.setenv(ERRNO_ENV, "ENOSPC:0")
    capsys.readouterr()
    assert main(_close_args(base, event, "--json")) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["closed"] is True and data["certificates"]
    assert data["backup"]["made"] is False
    assert data["backup"]["code"] == "close_backup_missing"
    assert "Disk penuh" in data["backup"]["message"]


def test_close_json_names_the_backup_when_made(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "data"
    event = _event(base)
    capsys.readouterr()
    assert main(_close_args(base, event, "--json")) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["closed"] is True and data["backup"]["made"] is True
    assert data["backup"]["file"] in {p.name for p in _backups(base)}
