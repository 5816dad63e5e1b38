"""Issue 25: ``export`` shows its progress and a Ctrl-C leaves whole files only, and says so."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import make_demo

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX")
def test_ctrl_c_during_export_lists_the_whole_files_and_exits_130(tmp_path: Path) -> None:
    from pypdf import PdfReader

    path = make_demo(tmp_path / "data", participants=80, decided=True)
    out = tmp_path / "out"
    env = {**os.environ, "HUMAS_DATA_DIR": str(tmp_path / "data"), "HUMAS_RENDER_WORKERS": "1"}
    child = subprocess.Popen([sys.executable, "-m", "humas_desktop", "export", str(path), "all",
                              "--out", str(out), "--progress"], cwd=ROOT, env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stderr is not None
    lines = []
    for line in child.stderr:
        lines.append(line)
        if line.startswith("[") and "records" in line and "/" in line:
            child.send_signal(signal.SIGINT)  # what Ctrl-C in a terminal sends
            break
    stdout, rest = child.communicate(timeout=120)
    err = "".join(lines) + rest
    assert child.returncode == 130, err
    assert "ekspor dibatalkan" in err and "Traceback" not in err
    listed = sorted(Path(p) for p in stdout.split("\n") if p.strip())
    on_disk = sorted(p for p in out.rglob("*") if p.is_file())
    assert listed == on_disk  # every file on disk is listed; no half-written temp file is left
    assert out / "daftar-peserta.xlsx" in listed
    assert out / "fr-ak-02-rekaman-asesmen.pdf" not in listed  # the one it was making
    for pdf in (p for p in listed if p.suffix == ".pdf"):
        assert len(PdfReader(pdf).pages) > 0
    assert f"{len(listed)} berkas lengkap" in err
