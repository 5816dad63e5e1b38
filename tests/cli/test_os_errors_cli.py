"""Issue #11, "Messages", on the command line: an OS error ends in one Indonesian message with
what to do (never the OS's English text, never a traceback), and a partial export lists what was
written and what was not, and exits 1.

In-process runs (``main([...])``) keep these fast; the subprocess runs inject the fault through
the environment (HUMAS_FAULT_ATOMIC_ERRNO) as a real process sees it.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from humas_desktop.cli import main
from tests.conftest import make_demo

ERRNO_ENV = "HUMAS_FAULT_ATOMIC_ERRNO"
ERRNOS = ("ENOSPC", "EROFS", "EACCES", "EIO", "ENOENT")
WHAT_TO_DO = {"ENOSPC": "kosongkan ruang", "EROFS": "hanya-baca", "EACCES": "izin",
              "EIO": "periksa", "ENOENT": "tidak ada"}
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("clios") / "data", participants=4, decided=True)


def _no_english(text: str, number: int) -> None:
    assert os.strerror(number) not in text
    assert "Errno" not in text and "Traceback" not in text


@pytest.mark.parametrize("name", ERRNOS)
def test_export_partial_exit_1_with_both_lists(event: Path, tmp_path: Path, name: str,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    number = getattr(errno, name)
    out = tmp_path / "usb"
    monkeypatch.setenv(ERRNO_ENV, f"{name}:3")  # roster, attendance xlsx + pdf; recap fails
    rc = main(["export", str(event), "all", "--out", str(out), "--no-per-participant"])
    captured = capsys.readouterr()
    assert rc == 1
    _no_english(captured.err + captured.out, number)
    assert WHAT_TO_DO[name] in captured.err.lower()
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["daftar-hadir.pdf", "daftar-hadir.xlsx", "daftar-peserta.xlsx"]
    assert "Ekspor terhenti" in captured.err and "3 berkas" in captured.err
    for name_ in written:
        assert name_ in captured.err
    assert "Rekapitulasi" in captured.err and "Sertifikat" in captured.err  # not written


def test_export_partial_json_lists_both(event: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "usb"
    monkeypatch.setenv(ERRNO_ENV, "ENOSPC:1")
    rc = main(["export", str(event), "all", "--out", str(out), "--json"])
    captured = capsys.readouterr()
    assert rc == 1
    data = json.loads(captured.out)
    assert [Path(f).name for f in data["files"]] == ["daftar-peserta.xlsx"]
    assert data["interrupted"] == "attendance" and "certificates" in data["not_written_kinds"]
    assert data["error"]["code"] == "disk_full_file" and "Disk penuh" in data["error"]["message"]
    _no_english(captured.out + captured.err, errno.ENOSPC)


def test_any_command_os_error_is_indonesian(event: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """The catch-all of the command line: an OSError from any service (here: check on a stick
    that was pulled) gives the storage message, not ``strerror``."""
    from humas_desktop.services import check

    def pulled(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(event))

    monkeypatch.setattr(check, "check_event_file", pulled)
    rc = main(["check", str(event)])
    err = capsys.readouterr().err
    assert rc == 1
    _no_english(err, errno.EIO)
    assert err.startswith("humas-desktop: ") and "periksa" in err.lower() and event.name in err


def test_any_command_sqlite_error_is_indonesian(event: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    from humas_desktop.services import check

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(check, "check_event_file", full)
    rc = main(["check", str(event)])
    err = capsys.readouterr().err
    assert rc == 1 and "Disk penuh" in err and "database or disk" not in err and "Traceback" not in err


def test_handout_packages_disk_full_leaves_no_half_round(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Hand-out packages are all-or-nothing: on ENOSPC after the first package none is left on
    the stick, and the message is Indonesian with what to do."""
    from tests.services.laptops import setup_venue

    venue = setup_venue(tmp_path, participants=4)
    data, path = venue.coordinator.base, venue.coordinator.event_path
    capsys.readouterr()
    out = tmp_path / "usb-packages"
    monkeypatch.setenv(ERRNO_ENV, "ENOSPC:1")
    rc = main(["--data-dir", str(data), "package", str(path), "--all", "--out", str(out)])
    captured = capsys.readouterr()
    assert rc == 1
    _no_english(captured.err + captured.out, errno.ENOSPC)
    assert "kosongkan ruang" in captured.err.lower()
    assert "Pembagian paket terhenti" in captured.err  # code handout_interrupted
    assert "Tidak ada paket yang tertinggal" in captured.err and "1 paket" in captured.err
    assert not [p for p in out.rglob("*") if p.is_file()]  # no package, no temp file


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "humas_desktop", *args], capture_output=True,
                          text=True, env={**os.environ, **env}, timeout=180, cwd=ROOT, check=False)


@pytest.mark.slow
@pytest.mark.parametrize("name", ERRNOS)
def test_cli_subprocess_export_os_error(event: Path, tmp_path: Path, name: str) -> None:
    number = getattr(errno, name)
    out = tmp_path / "usb"
    res = _cli("export", str(event), "all", "--out", str(out), "--no-per-participant",
               env={ERRNO_ENV: f"{name}:4", "HUMAS_DATA_DIR": str(event.parents[1])})
    assert res.returncode == 1, res.stderr
    _no_english(res.stderr + res.stdout, number)
    assert WHAT_TO_DO[name] in res.stderr.lower()
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert len(written) == 4 and not [w for w in written if ".partial-" in w]
    for w in written:
        assert w in res.stderr
    assert "Sertifikat" in res.stderr


@pytest.mark.parametrize("name", ["ENOSPC", "EIO"])
def test_merge_whose_backup_cannot_be_written_changes_nothing(tmp_path: Path, name: str,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The backup before a merge hits a full (or failing) disk: one Indonesian line with what to
    do, exit 1, the event file byte-identical (the merge never started)."""
    from tests.services.laptops import score_and_send, setup_venue

    venue = setup_venue(tmp_path, participants=2)
    results = score_and_send(venue, 0)
    event = venue.coordinator.event_path
    before = event.read_bytes()
    capsys.readouterr()
    monkeypatch.setenv(ERRNO_ENV, f"{name}:0")
    rc = main(["--data-dir", str(venue.coordinator.base), "merge", str(event), str(results)])
    captured = capsys.readouterr()
    assert rc == 1
    _no_english(captured.err + captured.out, getattr(errno, name))
    assert "Cadangan tidak dapat dibuat" in captured.err
    assert ("kosongkan ruang" if name == "ENOSPC" else "periksa") in captured.err.lower()
    assert ".humasbak" in captured.err and ".tmp" not in captured.err  # the backup's own name
    assert event.read_bytes() == before


def test_registry_site_stopped_part_way_lists_files_and_says_not_to_upload(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The verification page is six files uploaded together: a disk that fills up after two
    says which are written, which not, and not to upload a folder of old and new files."""
    from humas_desktop.services import lsp_key
    from tests.services.test_registry_close import _init

    base = tmp_path / "data"
    location = str(base / "registry.sqlite")
    _init(capsys, base, location)
    lsp_key.create_key(lsp_key.default_key_path(base), "frasa sandi yang cukup panjang", log2_n=10)
    monkeypatch.setenv("HUMAS_LSP_PASSPHRASE", "frasa sandi yang cukup panjang")
    site = tmp_path / "situs"
    monkeypatch.setenv(ERRNO_ENV, "ENOSPC:2")
    rc = main(["--data-dir", str(base), "registry", "site", "--out", str(site), "--registry", location])
    err = capsys.readouterr().err
    assert rc == 1
    _no_english(err, errno.ENOSPC)
    assert "kosongkan ruang" in err.lower() and "Jangan unggah" in err
    written = err.split("Sudah ditulis utuh")[1].split("Belum ditulis")[0]
    missing = err.split("Belum ditulis")[1]
    assert "index.html" in written and "verify.js" in written and "style.css" not in written
    for name in ("style.css", "site-data.js", "lsp_public_key.pem", "revocations.json"):
        assert name in missing
    assert sorted(p.name for p in site.iterdir()) == ["index.html", "verify.js"]
