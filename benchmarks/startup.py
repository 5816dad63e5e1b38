"""Start-up benchmark: process start -> main window shown on the demo event, vs a bare PySide6 window.

Run: ``python benchmarks/startup.py [--runs N] [--participants N]``. Prints both medians and the
ratio (goal <= 2.0). The app's first start of a new file has no chain checkpoint yet (the whole
audit chain is checked before the window); it is printed once, then the checkpoint is sealed as
the app does after its first full check, and the median is taken over the starts that follow.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QTableView()); w.show()
QTimer.singleShot(0, lambda: (print('shown', flush=True), app.quit()))
app.exec()
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import humas_desktop.gui.app as gapp
app = QApplication(sys.argv[:1])
QTimer.singleShot(0, lambda: (print('shown', flush=True), app.quit()))
sys.exit(gapp.run(Path(sys.argv[1]), Path(sys.argv[2])))
"""

SEAL = """
import sys
from pathlib import Path
from humas_desktop.services.startup_check import background_check
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
with open_event(Path(sys.argv[2])) as edb:
    assert background_check(edb, load_or_create_device(Path(sys.argv[1]))).ok
"""

FORGET = """
import sqlite3, sys
raw = sqlite3.connect(sys.argv[1])
raw.execute("DELETE FROM settings WHERE key LIKE 'chain_checkpoint:%'")
raw.commit()
"""


def measure(code: str, *args: str, runs: int) -> list[float]:
    """Seconds from spawning the process to its first event-loop turn with the window shown.

    The clock stops when the child prints 'shown'; shutting down (closing the event file, the
    backup taken on close) is not start-up and is not counted.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", code, *args], env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - start
        child.communicate(timeout=60)
        assert "shown" in line, f"child did not show its window (exit {child.returncode})"
        times.append(elapsed)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--participants", type=int, default=30)
    args = parser.parse_args()
    # An installed app has byte-code (pip and PyInstaller compile it); this machine sets
    # PYTHONDONTWRITEBYTECODE, so without this step every run would re-compile ~40 modules
    # (about 45 ms) while PySide6 itself already has its .pyc files.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "humas_desktop")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HUMAS_DATA_DIR": tmp, "PYTHONPATH": str(ROOT)}
        made = subprocess.run([sys.executable, "-m", "humas_desktop", "demo", "--no-gui",
                               "--participants", str(args.participants)],
                              env=env, capture_output=True, text=True, check=True)
        event = made.stdout.strip().splitlines()[-1]
        os.environ["XDG_CONFIG_HOME"] = tmp
        bare = measure(BARE, runs=args.runs)
        # A demo made here is sealed at once: forget the seal, as for a file from another laptop.
        subprocess.run([sys.executable, "-c", FORGET, event], env=env, check=True)
        first = measure(APP, tmp, event, runs=1)[0]
        subprocess.run([sys.executable, "-c", SEAL, tmp, event], env=env, check=True)
        app = measure(APP, tmp, event, runs=args.runs)
    b, a = statistics.median(bare), statistics.median(app)
    print(f"first start, never sealed here (window at once, writes refused until checked): "
          f"{first * 1000:.0f} ms (ratio {first / b:.2f})")
    print(f"bare PySide6 window : median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"humas-desktop demo  : median {a * 1000:.0f} ms over {args.runs} runs")
    print(f"ratio               : {a / b:.2f} (goal <= 2.0)")


if __name__ == "__main__":
    main()
