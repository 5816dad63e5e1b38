"""Private at rest (#23): with the usual umask 022, a venue day leaves the data folder 0700 and
every file in it 0600 (event files and their -wal/-shm, backups, registry, settings, device);
files made open by hand are repaired at the next start, with one line in the log."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from humas_desktop import paths
from humas_desktop.cli import main
from humas_desktop.services.backups import backup_now
from humas_desktop.storage.db import open_event
from tests.cli.test_importing import new_event
from tests.formats import roster_corpus as corpus

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _modes(base: Path) -> dict[str, str]:
    out = {".": oct(base.stat().st_mode & 0o777)}
    for path in sorted(base.rglob("*")):
        st = path.lstat()
        if stat.S_ISLNK(st.st_mode):
            continue
        out[path.relative_to(base).as_posix()] = oct(st.st_mode & 0o777)
    return out


def _open_to_others(base: Path) -> dict[str, str]:
    """Every entry a group or other user could read, write or enter."""
    return {name: mode for name, mode in _modes(base).items() if int(mode, 8) & 0o077}


def test_a_venue_day_leaves_the_data_folder_private(tmp_path: Path, umask_022: None,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from humas_desktop.gui import app_settings

    base = tmp_path / "data"
    event = new_event(capsys, base)  # also this laptop's device key and device.json
    roster = corpus.write(tmp_path / "peserta.xlsx", [corpus.good_row(n) for n in range(1, 6)],
                          title_rows=1)
    assert main(["--data-dir", str(base), "import", str(event), str(roster)]) == 0
    assert main(["--data-dir", str(base), "registry", "init", "--lsp-name", "LSP Uji",
                 "--licence", "BNSP-LSP-1926-ID", "--field-code", "HMS"]) == 0
    with open_event(event, device_id="t") as edb:
        edb.set_setting("hari", "venue")
        backup_now(edb, "manual", base)
        live = _modes(base)  # while the event is open: its -wal and -shm exist
        assert f"events/{event.name}-wal" in live and f"events/{event.name}-shm" in live
        assert _open_to_others(base) == {}, live
    app_settings.remember_event(base, event)
    app_settings.save_language(base, "id")
    capsys.readouterr()

    modes = _modes(base)
    names = set(modes)
    assert {"settings.ini", "device.json", "registry.sqlite", f"events/{event.name}"} <= names
    assert any(n.startswith("backups/") and n.endswith(".humasbak") for n in names)
    assert _open_to_others(base) == {}, modes
    assert modes["."] == "0o700" and modes["events"] == "0o700" and modes["backups"] == "0o700"
    assert modes[f"events/{event.name}"] == "0o600" and modes["registry.sqlite"] == "0o600"


def test_open_modes_are_repaired_with_one_log_line(tmp_path: Path, umask_022: None,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    base = tmp_path / "data"
    (base / "events").mkdir(parents=True)
    (base / "events" / "acara.humas").write_bytes(b"x")
    (base / "settings.ini").write_text("[General]\n")
    script = base / "jalankan.sh"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    os.chmod(base, 0o755)
    assert _open_to_others(base)
    with caplog.at_level(logging.INFO, logger="humas_desktop"):
        assert paths.make_private(base) == 5
    lines = [r for r in caplog.records if "made private" in r.getMessage()]
    assert len(lines) == 1
    assert _open_to_others(base) == {}
    assert _modes(base)["jalankan.sh"] == "0o700"  # the owner may still run it
    assert paths.make_private(base) == 0  # nothing left to repair


def test_the_cli_repairs_the_data_folder_at_start(tmp_path: Path, umask_022: None) -> None:
    base = tmp_path / "data"
    base.mkdir(mode=0o755)
    (base / "device.json").write_text("{}")
    os.chmod(base / "device.json", 0o644)
    subprocess.run([sys.executable, "-m", "humas_desktop", "--data-dir", str(base), "device-key"],
                   check=True, cwd=ROOT, capture_output=True, timeout=120)
    assert _open_to_others(base) == {}


def test_the_apps_log_is_private(tmp_path: Path, umask_022: None) -> None:
    from humas_desktop.gui.errors import _DeferredRotatingFile

    base = tmp_path / "data"
    handler = _DeferredRotatingFile(paths.logs_dir(paths.data_dir(base)) / "uji.log")
    try:
        handler.emit(logging.LogRecord("humas_desktop", logging.INFO, __file__, 1, "baris", None,
                                       None))
    finally:
        handler.close()
    assert _open_to_others(base) == {}, _modes(base)
