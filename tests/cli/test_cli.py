"""The command line as a coordinator uses it: demo -> check, and one-line refusals."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

# Runs the command line in subprocesses: the slow step of .ci/run.
pytestmark = pytest.mark.slow


def run(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HUMAS_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "humas_desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_demo_then_check_reports_ok(tmp_path: Path) -> None:
    created = run("demo", "--no-gui", data=tmp_path)
    assert created.returncode == 0, created.stderr
    path = Path(created.stdout.strip().splitlines()[-1])
    assert path.exists() and path.parent == tmp_path / "events"
    checked = run("check", str(path), "--json", data=tmp_path)
    assert checked.returncode == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["ok"] is True
    assert report["participants"] == 30
    assert report["assessments"] > 0
    assert report["problems"] == []
    assert report["schema_version"] >= 1


def test_check_foreign_file_one_line_exit_1(tmp_path: Path) -> None:
    other = tmp_path / "foreign.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    result = run("check", str(other), data=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "aplikasi lain" in lines[0]
    assert "Traceback" not in result.stderr


def test_check_truncated_file_one_line_exit_1(tmp_path: Path) -> None:
    created = run("demo", "--no-gui", "--participants", "5", data=tmp_path)
    path = Path(created.stdout.strip().splitlines()[-1])
    path.write_bytes(path.read_bytes()[:5000])
    result = run("check", str(path), "--json", data=tmp_path)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False and report["problems"][0]["code"] == "truncated"
    plain = run("check", str(path), data=tmp_path)
    assert plain.returncode == 1 and len(plain.stderr.strip().splitlines()) == 1
    assert "terpotong" in plain.stderr


def test_decided_demo_has_decisions_for_everyone(tmp_path: Path) -> None:
    created = run("demo", "--no-gui", "--participants", "12", "--decided", data=tmp_path)
    path = Path(created.stdout.strip().splitlines()[-1])
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM decision").fetchone()[0] == 12
    signed = conn.execute(
        "SELECT count(*) FROM assessment WHERE status = 'ditandatangani'").fetchone()[0]
    assert signed == 12
    conn.close()


def test_version_and_indonesian_help(tmp_path: Path) -> None:
    assert "humas-desktop" in run("--version", data=tmp_path).stdout
    help_text = run("--help", data=tmp_path).stdout
    assert "periksa berkas acara" in help_text
    assert "pemakaian:" in help_text and "tampilkan bantuan ini" in help_text
