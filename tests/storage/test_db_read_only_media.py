"""An event file on read-only media (a write-protected stick, a read-only mount) is told as such,
never as damaged: "Media hanya-baca: salin berkas acara ke laptop dulu"."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import make_demo
from tests.formats import roster_corpus as corpus

ROOT = Path(__file__).resolve().parents[2]


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None or not sys.platform.startswith("linux"):
        return False
    probe = subprocess.run(["unshare", "-r", "-m", "true"], capture_output=True, timeout=30)
    return probe.returncode == 0


def test_read_only_media_is_not_damaged(tmp_path: Path) -> None:
    if not _namespaces_work():
        pytest.skip("needs a Linux mount namespace (unshare -r -m) to mount a read-only stick")
    event = make_demo(tmp_path / "data", participants=3, decided=True)
    roster = corpus.write(tmp_path / "r.xlsx", [corpus.good_row(1)], title_rows=1)
    stick, out = tmp_path / "stick", tmp_path / "out"
    stick.mkdir()
    out.mkdir()
    on_stick = stick / event.name
    py = f"cd {shlex.quote(str(ROOT))} && {shlex.quote(sys.executable)} -m humas_desktop " \
         f"--data-dir {shlex.quote(str(tmp_path / 'data'))}"
    steps = {
        "check": f"{py} check {on_stick}",
        "export": f"{py} export {on_stick} roster --out {out / 'docs'}",
        "import": f"{py} import {on_stick} {roster} --dry-run",
        "startup": (f"cd {shlex.quote(str(ROOT))} && {shlex.quote(sys.executable)} -c "
                    f"\"from pathlib import Path; from humas_desktop.services import startup_check;"
                    f" c = startup_check.check_event(Path('{on_stick}')); print(c.code, c.damaged)\""),
    }
    script = [f"mount -t tmpfs none {stick}", f"cp {event} {on_stick}",
              f"mount -o remount,ro {stick}"]
    for name, command in steps.items():
        script.append(f"({command}) > {out / name}.txt 2>&1; echo $? > {out / name}.rc")
    subprocess.run(["unshare", "-r", "-m", "sh", "-c", " && ".join(script[:3]) + "; "
                    + "; ".join(script[3:])], check=True, timeout=300)
    text = {name: (out / f"{name}.txt").read_text(encoding="utf-8") for name in steps}
    rc = {name: int((out / f"{name}.rc").read_text()) for name in steps}
    for name in steps:
        assert "rusak" not in text[name] and "Traceback" not in text[name], (name, text[name])
    assert rc["check"] == 0, text["check"]  # a healthy file on a stick checks fine
    for name in ("export", "import"):
        assert rc[name] == 1 and "Media hanya-baca: salin berkas acara ke laptop dulu" in text[name]
    assert not (out / "docs").exists()
    assert text["startup"].split() == ["read_only_event", "False"]
