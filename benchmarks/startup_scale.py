"""Start-up as the user waits: whole process, launch -> first paint, at 500 / 5,000 / 20,000.

Run: ``python benchmarks/startup_scale.py [--participants 500 5000 20000] [--runs 5] [--killed]``.

For each size a decided demo event is made, sealed (the app's first full check done, as on the
laptop that made it), and then two kinds of process are started alternately (A/B interleaved,
``--runs`` each after one warm-up pair):

* **app**: ``humas_desktop.gui.app.run`` on the event, as a double-click starts it;
* **bare** (the floor): a PySide6 process that reads the same participant rows with ``sqlite3``
  and shows a ``QMainWindow`` + ``QTableView`` over a ``QAbstractTableModel`` list model of them.

Both stop the clock the same way: at the first event-loop turn, the posted events are handled
(layout requests, deferred deletes, update requests: ``sendPostedEvents``), the whole window is
painted (``repaint``), then the child prints and the parent reads the line. Work the app defers
with timers until after its first paint (the participants beyond the first screenful, the full
check) is not in the clock, as the user does not wait for it to see the event. Printed per
size: both medians, the spread, the ratio (goal <= 1.5 at every size) and the 1-minute load
average around the runs.

``--code DIR``: also start the app from another checkout (e.g. an export of an older commit),
interleaved with this one (bare, app, app from DIR), to print before/after in one run.

``--reseal``: with ``--event``, seal each file again after the warm-up start. A file made by an
older version is migrated by its first start here, and the migration's audit entries lie after
the file's seal: each start then walks them (~10,000 entries, ~30 ms at 5,000 participants)
until the app's full check after a first paint has run to its end, which these children never
wait for. A user's laptop does, once; ``--reseal`` measures the starts after that.

``--killed`` also times the start after a kill (a leftover ``-wal`` with un-checkpointed
writes), against the same bare floor (goal <= 2x the clean start).
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

PAINTED = """
def _painted(app, pick):
    app.sendPostedEvents()  # layout requests, deferred deletes, updates: what the paint needs
    w = pick()
    w.repaint()  # the whole window, synchronously
    import time
    print('painted', time.process_time(), flush=True)  # and this process's CPU seconds so far
    app.quit()
"""

BARE = PAINTED + """
import sqlite3, sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class Rows(QAbstractTableModel):
    HEAD = ["No.", "Nama", "Instansi", "Jabatan"]
    def __init__(self, rows):
        super().__init__()
        self.rows = rows
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)
    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 4
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEAD[section]
        return None

app = QApplication(sys.argv[:1])
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = [(str(n), name, inst, job) for n, name, inst, job in con.execute(
    "SELECT number, name, institution, job_title FROM participant ORDER BY number")]
w = QMainWindow(); w.resize(1366, 768)
view = QTableView(); view.setModel(Rows(rows)); w.setCentralWidget(view); w.show()
QTimer.singleShot(0, lambda: _painted(app, lambda: w))
app.exec()
"""

APP = PAINTED + """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import humas_desktop.gui.app as gapp
app = QApplication(sys.argv[:1])
def main_window():
    return next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible())
QTimer.singleShot(0, lambda: _painted(app, main_window))
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

# A session killed after writing: the app's own write, never checkpointed, left in the -wal.
KILL_AFTER_WRITES = """
import os, sys
from humas_desktop.storage.db import open_event
edb = open_event(sys.argv[1], device_id="bench")
edb.conn.execute("PRAGMA wal_autocheckpoint=0")
for i in range(20):
    with edb.atomic():
        edb.set_setting("bench.killed", str(i))
os._exit(0)  # no checkpoint, no close: the -wal stays
"""


def _env(data: Path, code: Path = ROOT) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(code),
            "HUMAS_DATA_DIR": str(data), "XDG_CONFIG_HOME": str(data)}


CPU: dict[str, list[float]] = {}  # CPU seconds of each child up to its paint, by kind


def spawn(code: str, *args: str, env: dict[str, str], kind: str = "") -> float:
    """Seconds from spawning the child to its 'painted' line (its CPU seconds go to CPU[kind])."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             cwd=env["PYTHONPATH"])
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    _, err = child.communicate(timeout=300)
    if "painted" not in line:
        raise SystemExit(f"child did not paint (exit {child.returncode}): {err[-1500:]}")
    if kind:
        CPU.setdefault(kind, []).append(float(line.split()[1]))
    return elapsed


def make_event(data: Path, n: int) -> Path:
    made = subprocess.run([sys.executable, "-m", "humas_desktop", "demo", "--no-gui", "--decided",
                           "--participants", str(n)], env=_env(data), cwd=ROOT, check=True,
                          capture_output=True, text=True)
    event = Path(made.stdout.strip().splitlines()[-1])
    subprocess.run([sys.executable, "-c", SEAL, str(data), str(event)], env=_env(data), cwd=ROOT,
                   check=True)
    return event


def measure(event: Path, data: Path, runs: int, killed: bool,
            other: Path | None = None, reseal: bool = False) -> dict[str, list[float]]:
    env = _env(data)
    other_env = _env(data, other) if other else env
    out: dict[str, list[float]] = {"bare": [], "app": [], "other": [], "killed": [], "load": []}
    spawn(BARE, str(event), env=env)  # warm-up: file cache, byte-code
    spawn(APP, str(data), str(event), env=env)
    if other:
        spawn(APP, str(data), str(event), env=other_env)
    if reseal:
        subprocess.run([sys.executable, "-c", SEAL, str(data), str(event)], env=env, cwd=ROOT,
                       check=True)
    for _ in range(runs):
        out["load"].append(os.getloadavg()[0])
        out["bare"].append(spawn(BARE, str(event), env=env, kind="bare"))
        out["app"].append(spawn(APP, str(data), str(event), env=env, kind="app"))
        if other:
            out["other"].append(spawn(APP, str(data), str(event), env=other_env, kind="other"))
        if killed:
            subprocess.run([sys.executable, "-c", KILL_AFTER_WRITES, str(event)], env=env,
                           cwd=ROOT, check=True)
            wal = event.with_name(event.name + "-wal")
            assert wal.stat().st_size > 0, "the kill left no -wal"
            out["killed"].append(spawn(APP, str(data), str(event), env=env, kind="killed"))
    return out


def _fmt(xs: list[float]) -> str:
    return f"{statistics.median(xs) * 1000:.0f} ms ({min(xs) * 1000:.0f}-{max(xs) * 1000:.0f})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, nargs="+", default=[500, 5000, 20000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--killed", action="store_true")
    parser.add_argument("--event", type=Path, nargs="*", default=[],
                        help="sealed decided event files to use instead of making demos "
                             "(their data folder is the file's grandparent)")
    parser.add_argument("--reseal", action="store_true",
                        help="with --event: seal each file again after the warm-up start (see above)")
    parser.add_argument("--code", type=Path, default=None,
                        help="another checkout whose app is also started, interleaved (before/after)")
    args = parser.parse_args()
    # An installed app has byte-code (pip and PyInstaller compile it).
    for code in [ROOT, *([args.code.resolve()] if args.code else [])]:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(code / "humas_desktop")],
                       check=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                            capture_output=True).stdout.strip()
    print(f"commit {commit}, {os.cpu_count()} CPUs; median of {args.runs} interleaved runs (spread)")
    with tempfile.TemporaryDirectory() as tmp:
        events = ([(e, e.parent.parent) for e in args.event] if args.event else
                  [(make_event(Path(tmp) / f"d{n}", n), Path(tmp) / f"d{n}")
                   for n in args.participants])
        for event, data in events:
            import sqlite3

            with sqlite3.connect(f"file:{event}?mode=ro", uri=True) as con:
                n = con.execute("SELECT count(*) FROM participant").fetchone()[0]
            CPU.clear()
            other = args.code.resolve() if args.code else None
            res = measure(event, data, args.runs, args.killed, other, args.reseal)
            ratio = statistics.median(res["app"]) / statistics.median(res["bare"])
            ratios = [a / b for a, b in zip(res["app"], res["bare"], strict=True)]
            print(f"{n:>6} participants: app {_fmt(res['app'])}, bare {_fmt(res['bare'])}, "
                  f"ratio {ratio:.2f} (per pair {min(ratios):.2f}-{max(ratios):.2f}; goal <= 1.5: "
                  f"{'met' if ratio <= 1.5 else 'NOT met'}); load {min(res['load']):.1f}-"
                  f"{max(res['load']):.1f}", flush=True)
            cpu = statistics.median(CPU["app"]) / statistics.median(CPU["bare"])
            print(f"{'':>6} CPU to first paint (less load-sensitive): app {_fmt(CPU['app'])}, "
                  f"bare {_fmt(CPU['bare'])}, ratio {cpu:.2f}", flush=True)
            if res["other"]:
                print(f"{'':>6} app from {other}: {_fmt(res['other'])}, ratio "
                      f"{statistics.median(res['other']) / statistics.median(res['bare']):.2f}; CPU "
                      f"{_fmt(CPU['other'])}, ratio "
                      f"{statistics.median(CPU['other']) / statistics.median(CPU['bare']):.2f}",
                      flush=True)
            if res["killed"]:
                k = statistics.median(res["killed"]) / statistics.median(res["app"])
                print(f"{'':>6} after a kill (leftover -wal): {_fmt(res['killed'])}, "
                      f"{k:.2f}x the clean start (goal <= 2)", flush=True)


if __name__ == "__main__":
    main()
