"""Export at scale, as the coordinator waits: the whole CLI ``export <file> all`` process.

Run: ``python benchmarks/export_scale.py [--participants 1000 5000] [--runs 5] [--event FILE]``.
For each size a decided demo event is made (or ``--event`` is used), then ``export … all`` runs
``--runs`` times as a separate process, from launch to exit, into a fresh folder. Printed per
size: median wall time (spread), median CPU, the peak RSS of the largest process and of the
export with its render workers together (sampled every 0.2 s: the RSS sum and the PSS sum, see
:class:`Memory`), files written, and the 1-minute load average before each run. On 2 cores the
CLI's export runs one render worker and draws chunks itself while it waits (ExportOptions.
draw_here); the window's export runs two workers. Goals (issue 25):
<= 20 s at 1,000 and <= 100 s at 5,000 decided participants, <= 300 MB.

``--profile`` runs the export once in-process (one process) under cProfile instead and prints
the seconds per kind and the top of the profile (where the time goes).

``--timeline`` runs the whole process once with HUMAS_EXPORT_TRACE set and prints its timeline:
what the export's own process does (check, reading, each kind, each merge) and what each
render worker does (its start, each chunk: rendered, then its per-participant files), in seconds
since launch, with each process's CPU, and how long each worker was busy or idle.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOALS = {1000: 20.0, 5000: 100.0}


def _env(data: Path) -> dict[str, str]:
    return {**os.environ, "HUMAS_DATA_DIR": str(data), "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen"}


def make_event(data: Path, participants: int) -> Path:
    made = subprocess.run([sys.executable, "-m", "humas_desktop", "demo", "--no-gui", "--decided",
                           "--participants", str(participants)], env=_env(data), cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return Path(made.stdout.strip().splitlines()[-1])


@dataclass
class Memory:
    """Peaks sampled during one export (MB). ``rss`` is the export and its render workers summed
    (pages shared between them, e.g. libpython and the mapped font files, counted once per
    process); ``pss`` the same with each shared page divided among the processes sharing it
    (/proc/PID/smaps_rollup): what the processes hold together, counted once. Both are printed:
    ``rss`` is the stricter figure. ``parent`` and ``worker`` are the largest single process."""

    rss: float = 0.0
    pss: float = 0.0
    parent: float = 0.0
    worker: float = 0.0


def _tree(root: int) -> set[int]:
    """``root`` and all its descendants now (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, ppid in parents.items() if ppid in tree} - tree
        grew = bool(more)
        tree |= more
    return tree


def _rss_pss_mb(pid: int) -> tuple[float, float]:
    """(Rss, Pss) of one process in MB, from /proc/PID/smaps_rollup; (0, 0) once it is gone."""
    values = {"Rss:": 0, "Pss:": 0}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                key, _, rest = line.partition(" ")
                if key in values:
                    values[key] = int(rest.split()[0])  # kB
    except OSError:
        return 0.0, 0.0
    return values["Rss:"] / 1024, values["Pss:"] / 1024


def sample_memory(root: int, peak: Memory) -> None:
    """Raise ``peak`` to what ``root`` and its descendants hold now."""
    rss = pss = 0.0
    for pid in _tree(root):
        r, p = _rss_pss_mb(pid)
        rss += r
        pss += p
        if pid == root:
            peak.parent = max(peak.parent, r)
        else:
            peak.worker = max(peak.worker, r)
    peak.rss = max(peak.rss, rss)
    peak.pss = max(peak.pss, pss)


def run_once(event: Path, data: Path, out: Path) -> tuple[float, float, float, int, Memory]:
    """(wall s, CPU s, peak RSS MB of the largest process, files written, the peak memory of the
    export and its render workers together, sampled every 0.2 s)."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "humas_desktop", "export", str(event), "all",
                              "--out", str(out)], env=_env(data), cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    peak = Memory()
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.2):
            if os.path.isdir("/proc"):
                sample_memory(child.pid, peak)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = child.stderr.read()  # small; read until the child closes it
    stop.set()
    sampler.join()
    _, status, usage = os.wait4(child.pid, 0)  # this process and its render workers only
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):  # 1: the BNSP sheet's blank codes on a demo (still written)
        raise SystemExit(f"export failed ({child.returncode}): {err[-2000:]!r}")
    cpu = usage.ru_utime + usage.ru_stime
    rss = usage.ru_maxrss / 1024
    files = sum(1 for p in out.rglob("*") if p.is_file())
    return wall, cpu, rss, files, peak


def timeline(event: Path, data: Path, out: Path) -> None:
    trace = out.parent / "trace.txt"
    trace.unlink(missing_ok=True)
    os.environ["HUMAS_EXPORT_TRACE"] = str(trace)
    launch = time.time()
    try:
        wall, cpu, *_ = run_once(event, data, out)
    finally:
        del os.environ["HUMAS_EXPORT_TRACE"]
    lines = [line.split(" ", 3) for line in trace.read_text().splitlines()]  # what: "rss what"
    parent = next(pid for _, pid, _, what in lines if what.endswith(" export begin"))
    names = {parent: "P"}
    for _, pid, _, _ in lines:
        names.setdefault(pid, f"W{len(names)}")
    busy: dict[str, float] = {}
    began: dict[str, float] = {}
    last: dict[str, float] = {}
    print(f"timeline: {wall:.1f} s wall, {cpu:.1f} s CPU (all processes); load "
          f"{os.getloadavg()[0]:.1f}; P = the export's process, W = render workers; "
          f"t = seconds since launch, cpu = that process's CPU seconds so far, then its RSS")
    for stamp, pid, cpu_so_far, what in lines:
        t = float(stamp) - launch
        who = names[pid]
        print(f"  {t:6.2f}  {who:3} cpu {float(cpu_so_far):6.2f}  {what}")
        what = what.split(" ", 1)[1]
        if what.endswith(" begin") and who != "P":
            began[who] = t
        if (what == "chunk end" or what == "warm end") and who in began:
            busy[who] = busy.get(who, 0.0) + t - began.pop(who)
        last[who] = t
    end = max(last.values())
    for who in sorted(busy):
        print(f"  {who}: busy {busy[who]:.1f} s of the {end:.1f} s (idle {end - busy[who]:.1f} s)")


def profile(event: Path) -> None:
    import cProfile
    import pstats

    sys.path.insert(0, str(ROOT))
    from humas_desktop.services.exports import ExportOptions, export_documents
    from humas_desktop.storage.db import open_event

    with tempfile.TemporaryDirectory() as tmp, open_event(event) as edb:
        prof = cProfile.Profile()
        prof.enable()
        kind_times: dict[str, float] = {}
        kind, since = "", time.perf_counter()
        for progress in export_documents(edb, ["all"], Path(tmp), ExportOptions(workers=1)):
            word = progress.message.split(" ")[0]
            if word != kind and progress.message == word:  # a kind starts ("records", ...)
                now = time.perf_counter()
                if kind:
                    kind_times[kind] = now - since
                kind, since = word, now
        kind_times[kind] = time.perf_counter() - since
        prof.disable()
    print("seconds per kind (under the profiler):")
    for name, secs in sorted(kind_times.items(), key=lambda kv: -kv[1]):
        print(f"  {name:16} {secs:7.1f}")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(40)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, nargs="+", default=[1000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--event", type=Path, help="an existing decided event file (one size)")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--timeline", action="store_true")
    args = parser.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                            capture_output=True).stdout.strip()
    print(f"commit {commit}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        sizes: list[tuple[int | None, Path]] = []
        if args.event:
            sizes.append((None, args.event))
        else:
            for n in args.participants:
                data = Path(tmp) / f"d{n}"
                sizes.append((n, make_event(data, n)))
        for n, event in sizes:
            data = event.parent.parent if n is not None else Path(tmp) / "data"
            if args.profile:
                os.environ.update(_env(data))
                profile(event)
                continue
            if args.timeline:
                timeline(event, data, Path(tmp) / f"out-{n}-timeline")
                continue
            rows = []
            for i in range(args.runs):
                out = Path(tmp) / f"out-{n}-{i}"
                load = os.getloadavg()[0]
                wall, cpu, rss, files, mem = run_once(event, data, out)
                shutil.rmtree(out, ignore_errors=True)
                rows.append((wall, cpu, rss, files, load, mem))
                print(f"  {n or event.name}: run {i + 1}: {wall:.1f} s wall, {cpu:.1f} s CPU, "
                      f"peak {rss:.0f} MB (export {mem.parent:.0f} MB, largest worker "
                      f"{mem.worker:.0f} MB; all processes RSS sum {mem.rss:.0f} MB, "
                      f"PSS sum {mem.pss:.0f} MB), {files} files, load {load:.1f}", flush=True)
            walls = [r[0] for r in rows]
            med = statistics.median(walls)
            goal = GOALS.get(n or 0)
            verdict = f" (goal <= {goal:.0f} s: {'met' if med <= goal else 'NOT met'})" if goal else ""
            print(f"export all, {n or event.name} participants: median {med:.1f} s "
                  f"(spread {min(walls):.1f}-{max(walls):.1f}) over {len(rows)} runs{verdict}; "
                  f"CPU median {statistics.median(r[1] for r in rows):.1f} s; "
                  f"peak RSS {max(r[2] for r in rows):.0f} MB, export and workers together: "
                  f"RSS sum {max(r[5].rss for r in rows):.0f} MB, "
                  f"PSS sum {max(r[5].pss for r in rows):.0f} MB (goal <= 300); "
                  f"{rows[0][3]} files; load {min(r[4] for r in rows):.1f}-{max(r[4] for r in rows):.1f}")


if __name__ == "__main__":
    main()
