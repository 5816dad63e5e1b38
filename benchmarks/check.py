"""`check` as the coordinator waits for it: the whole `humas-desktop check FILE` process, against a
fair floor in the same run: a bare process that runs SQLite's `PRAGMA integrity_check` and walks the
same hash chain in plain Python (sha256 of each entry's canonical JSON, streaming), nothing else.

Prints the median of interleaved runs, their spread, each side's peak resident memory (VmHWM, the
process's own) and the load average. Usage:

    python benchmarks/check.py [--participants 2000] [--runs 5] [--baseline DIR] [--file F]

``--baseline DIR``: also time ``check`` of another checkout (e.g. ``git archive`` of an older
commit unpacked in DIR) in the same interleaved rounds, for a before/after in one run.
``--file F``: check a copy of an existing event file instead of building a demo.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PEAK = """
def _peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return 0
"""

APP = PEAK + """
import sys
from humas_desktop.cli import main
code = main(["check", sys.argv[1]])
print("PEAK", _peak())
sys.exit(code)
"""

FLOOR = PEAK + """
import hashlib, json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
prev = "0" * 64
for row in conn.execute("SELECT seq, at, actor, device_id, entity, entity_id, field, old, new, "
                        "reason, prev_hash, hash FROM audit ORDER BY seq"):
    text = json.dumps(list(row[:10]) + [prev], ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    assert row[10] == prev and digest == row[11], row[0]
    prev = digest
print("PEAK", _peak())
"""


def _event(base: Path, participants: int) -> Path:
    os.environ["HUMAS_DATA_DIR"] = str(base)
    sys.path.insert(0, str(ROOT))
    from humas_desktop.domain.progress import run_to_end  # noqa: F401
    from humas_desktop.services.demo import build_demo
    from humas_desktop.storage.device import load_or_create_device

    path = ""
    for progress in build_demo(base, participants, True, device=load_or_create_device(base)):
        path = progress.message
    return Path(path)


def _run(source: str, path: Path, root: Path = ROOT) -> tuple[float, int]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", source, str(path)], capture_output=True, text=True,
                          env=env, check=False, cwd=root)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed:\n{done.stdout}\n{done.stderr}")
    peak = next((int(line.split()[1]) for line in done.stdout.splitlines() if line.startswith("PEAK")), 0)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.setdefault(source if root == ROOT else f"{root}", []).append(
        after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return seconds, peak


# CPU seconds (user + system) of each run, by side: on a loaded machine the wall clock of a
# process that checks on two threads says less than what it costs.
CPU: dict[str, list[float]] = {}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, default=None,
                        help="another checkout whose check is timed in the same rounds")
    parser.add_argument("--file", type=Path, default=None,
                        help="an existing event file (copied) instead of a new demo")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.file is not None:
            path = Path(tmp) / "event.humas"
            shutil.copyfile(args.file, path)
        else:
            path = _event(Path(tmp), args.participants)
        import sqlite3

        entries = sqlite3.connect(path).execute("SELECT count(*) FROM audit").fetchone()[0]
        _run(FLOOR, path)  # warm the page cache for both
        app: list[tuple[float, int]] = []
        floor: list[tuple[float, int]] = []
        base: list[tuple[float, int]] = []
        loads: list[float] = []
        for _ in range(args.runs):  # interleaved: both sides see the same machine
            loads.append(os.getloadavg()[0])
            floor.append(_run(FLOOR, path))
            app.append(_run(APP, path))
            if args.baseline is not None:
                base.append(_run(APP, path, args.baseline.resolve()))
    a = statistics.median(s for s, _ in app)
    f = statistics.median(s for s, _ in floor)
    what = f"{args.participants} decided participants" if args.file is None else args.file.name
    print(f"check, {what}, {entries} log entries, {args.runs} interleaved runs, "
          f"load {min(loads):.2f}-{max(loads):.2f} (now {os.getloadavg()[0]:.2f})")
    print(f"  floor (integrity_check + plain chain walk): {f:.2f} s "
          f"({min(s for s, _ in floor):.2f}-{max(s for s, _ in floor):.2f}), "
          f"{max(p for _, p in floor)} MB")
    print(f"  humas-desktop check:                        {a:.2f} s "
          f"({min(s for s, _ in app):.2f}-{max(s for s, _ in app):.2f}), "
          f"{max(p for _, p in app)} MB")
    print(f"  ratio {a / f:.2f}x (goal <= 1.3x, <= 50 MB)")
    cf, ca = statistics.median(CPU[FLOOR][1:]), statistics.median(CPU[APP])
    print(f"  CPU (user + system), median: floor {cf:.2f} s, check {ca:.2f} s, ratio {ca / cf:.2f}x")
    if base:
        b = statistics.median(s for s, _ in base)
        print(f"  baseline check ({args.baseline}):  {b:.2f} s "
              f"({min(s for s, _ in base):.2f}-{max(s for s, _ in base):.2f}), "
              f"{max(p for _, p in base)} MB, ratio {b / f:.2f}x, "
              f"CPU {statistics.median(CPU[str(args.baseline.resolve())]):.2f} s")


if __name__ == "__main__":
    main()
