"""``humas-desktop --self-test`` really writes and re-reads an event, a backup, an xlsx and a PDF."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from humas_desktop.cli import selftest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_self_test_passes_from_the_command_line(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "humas_desktop", "--self-test"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["OK"] * len(selftest.STEPS)
    assert "berhasil" in lines[-1]


def test_self_test_fails_loudly_without_a_font(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(selftest, "find_font", lambda: None)
    monkeypatch.setattr(selftest, "STEPS", tuple(s for s in selftest.STEPS if s[0] == "PDF"))
    assert selftest.run_self_test() == 1
    out = capsys.readouterr().out
    assert "GAGAL PDF" in out and "1 langkah gagal" in out


def test_bundled_font_is_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from humas_desktop import resources

    fonts = tmp_path / "resources" / "fonts"
    fonts.mkdir(parents=True)
    shutil.copy("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", fonts / "NotoSans-Regular.ttf")
    monkeypatch.setattr(resources, "resource_root", lambda: tmp_path / "resources")
    assert selftest.find_font() == fonts / "NotoSans-Regular.ttf"
