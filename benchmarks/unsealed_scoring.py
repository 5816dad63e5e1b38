"""Scoring possible after opening a file this laptop never sealed, as the user waits (#25).

Run: ``python benchmarks/unsealed_scoring.py [--participants 5000] [--runs 5] [--code DIR]``.

A decided demo event is made and its checkpoint removed (the file as another laptop hands it
over: the full check must run before the file may take a write). Each run starts a fresh copy
in a whole app process (``humas_desktop.gui.app.run``, as a double-click starts it); once the
window has painted, the child tries one write the app's way (a participant's attendance through
``ScoringService``, what a click in the attendance column does) every 5 ms until one is
accepted and prints ``scored``; then it waits for the full check to end and prints ``checked``.
The parent times both lines from the spawn. Goal: scoring possible <= 2 s after launch at 5,000.

``--code DIR``: run the app from another checkout (e.g. a worktree of an older commit) to print
its figures beside this one's, on the same files in the same run (interleaved).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import humas_desktop.gui.app as gapp
from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Attendance

app = QApplication(sys.argv[:1])
state = {"scored": False}

def window():
    return next((w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()), None)

def tick():
    w = window()
    if w is None or w.edb is None:
        return
    if not state["scored"]:
        from humas_desktop.services.scoring import ScoringService
        pid = w.participants.model.rows()[0].id
        try:
            ScoringService(w.edb).set_attendance(pid, Attendance.TIDAK_HADIR)
        except DomainError:
            return  # refused while the file is checked: try again
        state["scored"] = True
        print("scored", flush=True)
    integrity = getattr(w, "integrity", None)
    if integrity is not None and integrity.checked is w.ctx.session and integrity.running is None:
        print("checked", flush=True)
        app.quit()

timer = QTimer()
timer.timeout.connect(tick)
timer.start(5)
sys.exit(gapp.run(Path(sys.argv[1]), Path(sys.argv[2])))
"""


def _env(data: Path, code: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(code),
            "HUMAS_DATA_DIR": str(data), "XDG_CONFIG_HOME": str(data)}


def _fresh(pristine: Path, event: Path) -> None:
    """A new copy of the never-sealed file, nothing left by the previous run beside it."""
    for suffix in ("-wal", "-shm", ".held.jsonl"):
        event.with_name(event.name + suffix).unlink(missing_ok=True)
    for aside in event.parent.glob(event.name + ".held.jsonl.*"):
        aside.unlink()
    shutil.rmtree(event.parent.parent / "held", ignore_errors=True)  # <data>/held: journals
    shutil.copyfile(pristine, event)


def run_once(code: Path, data: Path, pristine: Path, event: Path) -> tuple[float, float]:
    _fresh(pristine, event)
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data), str(event)],
                             env=_env(data, code), text=True, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, cwd=code)
    assert child.stdout is not None
    times: dict[str, float] = {}
    for line in child.stdout:
        times[line.strip()] = time.perf_counter() - start
        if line.strip() == "checked":
            break
    _, err = child.communicate(timeout=600)
    if "scored" not in times or "checked" not in times:
        raise SystemExit(f"child ended early (exit {child.returncode}): {err[-1500:]}")
    return times["scored"], times["checked"]


def make_event(data: Path, n: int) -> Path:
    made = subprocess.run([sys.executable, "-m", "humas_desktop", "demo", "--no-gui", "--decided",
                           "--participants", str(n)], env=_env(data, ROOT), cwd=ROOT, check=True,
                          capture_output=True, text=True)
    event = Path(made.stdout.strip().splitlines()[-1])
    conn = sqlite3.connect(event)
    conn.execute("DELETE FROM settings WHERE key LIKE 'chain_checkpoint:%'")  # never sealed here
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return event


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--event", type=Path, default=None,
                        help="a decided event file to copy instead of making a demo")
    parser.add_argument("--code", type=Path, default=None,
                        help="another checkout to run beside this one (interleaved)")
    args = parser.parse_args()
    codes = [ROOT] + ([args.code.resolve()] if args.code else [])
    for code in codes:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(code / "humas_desktop")],
                       check=True)
    labels = {}
    for code in codes:
        labels[code] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=code, text=True,
                                      capture_output=True).stdout.strip() or str(code)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        if args.event is not None:
            made = data / "events" / "acara.humas"
            made.parent.mkdir(parents=True)
            shutil.copyfile(args.event, made)
            conn = sqlite3.connect(made)
            conn.execute("DELETE FROM settings WHERE key LIKE 'chain_checkpoint:%'")
            conn.commit()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        else:
            made = make_event(data, args.participants)
        pristine = made.with_name("pristine.bin")
        shutil.move(made, pristine)
        participants = sqlite3.connect(pristine).execute("SELECT count(*) FROM participant").fetchone()[0]
        results: dict[Path, list[tuple[float, float]]] = {c: [] for c in codes}
        loads: list[float] = []
        for code in codes:  # warm-up: file cache, byte-code
            run_once(code, data, pristine, made)
        for _ in range(args.runs):
            loads.append(os.getloadavg()[0])
            for code in codes:
                results[code].append(run_once(code, data, pristine, made))
    print(f"{os.cpu_count()} CPUs; {participants} decided participants, file never sealed on "
          f"this laptop; median of {args.runs} interleaved runs (spread)")
    for code in codes:
        scored = [s for s, _ in results[code]]
        checked = [c for _, c in results[code]]
        print(f"  {labels[code]}: scoring possible {statistics.median(scored):.2f} s "
              f"({min(scored):.2f}-{max(scored):.2f}), full check done {statistics.median(checked):.2f} s "
              f"({min(checked):.2f}-{max(checked):.2f}) after launch")
    print(f"  load {min(loads):.2f}-{max(loads):.2f} (goal: scoring possible <= 2 s at 5,000)")


if __name__ == "__main__":
    main()
