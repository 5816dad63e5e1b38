"""`merge` as the coordinator waits for it: the whole `humas-desktop merge EVENT PACKAGE...` process
(interpreter start, imports, opening the event and its start-up check, the verified backup, reading
and verifying each signed package, the per-row merge, the audit entries, the commit) against a fair
floor in the same run: a bare process that unzips each package's snapshot and copies its rows with
`INSERT OR REPLACE … SELECT` (sqlite3 and zipfile only; no checks, no audit).

11 results packages of 500 participants each (benchmarks/merge.py builds them: signed assessments
bulk-inserted into each assessor's working copy, each with its genuine sign-off receipt, which the
merge verifies). Each run merges into a fresh copy of the same coordinator event. Runs alternate
floor / app after one discarded warm-up pair; printed: the median and spread of wall time and CPU
time (user + system of the child and of the processes it started and waited for: the merge's
package reader), the ratio of the medians, each side's peak resident memory (the merging process's
own; the merge's package reader, a second process, peaks at about 85 MiB beside it), and the
load average. Printed beside them, for reading the ratio: a "bare audited write" (see
BARE_AUDITED), what no merge that logs every row and verifies every receipt can skip, with no app
code. ``--compare DIR`` also runs
the same command from another checkout (e.g. the commit before a change), interleaved with the
two others, so that a change is measured against its baseline on the same machine at the same
time. Usage:

    python benchmarks/merge_process.py [--participants 500] [--runs 5] [--compare /path/to/checkout]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Each side says its own peak resident size as it ends: /proc's VmHWM belongs to the process's own
# memory, while the ru_maxrss that wait4 reports also counts the benchmark process it was forked
# from (Linux keeps the larger of the two across exec), which would hide the child's own figure.
PEAK = """
def _peak():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

APP = PEAK + """
import sys
from humas_desktop.cli import main
code = main(["merge", *sys.argv[1:]])
sys.stderr.write(f"PEAK {_peak()}\\n")
sys.exit(code)
"""

# A bare process's copy of every package's rows, unzipped and attached one by one, each package in
# one transaction. {before} runs with the package attached, {per_table} after each table's copy.
_COPY = """
import io, sqlite3, sys, tempfile, zipfile
from pathlib import Path
TABLES = %r
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
with tempfile.TemporaryDirectory() as work:
    for i, pkg in enumerate(sys.argv[2:]):
        snap = Path(work) / f"snap{{i}}.sqlite"
        with zipfile.ZipFile(pkg) as zf:
            snap.write_bytes(zf.read("event.sqlite"))
        conn.execute("ATTACH DATABASE ? AS pkg", (str(snap),))
{before}
        conn.execute("BEGIN")
        for table in TABLES:
            conn.execute(f"INSERT OR REPLACE INTO main.{{table}} SELECT * FROM pkg.{{table}}")
{per_table}
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE pkg")
conn.close()
sys.stderr.write(f"PEAK {{_peak()}}\\n")
"""

FLOOR = PEAK + _COPY.format(before="", per_table="")

# Below any merge that logs and verifies, for reading the ratio (not the goal's floor): the floor's
# unzip and INSERT OR REPLACE … SELECT, plus what no merge may skip and nothing else: one log row
# per row it adds, written by SQLite in the same statement shape (the row's values as JSON by
# json_object, no hashing, no chain, no sealing), and the Ed25519 signature of every sign-off
# receipt the package carries verified; one synchronous=FULL commit per package. No ownership,
# no versions, no conflict, no receipt-to-state check, no opening check, no backup.
BARE_AUDITED = PEAK + _COPY.format(before="""
        import base64
        conn.execute("PRAGMA synchronous=FULL")
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
        for key, signature, statement in conn.execute(
                "SELECT public_key, signature, statement FROM pkg.signoff"):
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(key)).verify(
                base64.b64decode(signature), statement.encode("utf-8"))""", per_table="""
            cols = [r[1] for r in conn.execute(f"PRAGMA pkg.table_info({table})")]
            pairs = ", ".join(f"'{c}', {c}" for c in cols)
            conn.execute("INSERT INTO main.audit (id, at, actor, device_id, entity, entity_id, field, "
                         "old, new, reason, prev_hash, hash) SELECT lower(hex(randomblob(16))), "
                         f"'at', 'coordinator', 'device', '{table}', id, '*', NULL, "
                         f"json_object({pairs}), 'paket', '', '' FROM pkg.{table}")""")


def _bench_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("merge_bench", ROOT / "benchmarks" / "merge.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run_measured(source: str, event: Path, packages: list[Path],
                  root: Path = ROOT) -> tuple[float, float, int]:
    """Wall time, CPU seconds (user + system) and peak RSS (MiB) of one child process running
    with the code of checkout ``root``."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's install has its byte-code compiled
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", source, str(event), *map(str, packages)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=root)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read() if proc.stderr else b""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed:\n{err.decode()}")
    said = [line for line in err.decode().splitlines() if line.startswith("PEAK ")]
    peak = int(said[-1].split()[1]) if said else usage.ru_maxrss
    return seconds, usage.ru_utime + usage.ru_stime, peak // 1024


def _spread(values: list[float]) -> str:
    return f"{min(values):.2f}-{max(values):.2f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=500, help="per package")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, default=None,
                        help="another checkout whose merge runs interleaved with this one's")
    args = parser.parse_args()
    other: Path | None = args.compare.resolve() if args.compare else None
    # A user's install has its byte-code compiled (this machine may set PYTHONDONTWRITEBYTECODE).
    for checkout in (ROOT, *([other] if other else [])):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(checkout / "humas_desktop")],
                       check=True)
    bench = _bench_module()
    from humas_desktop.services.merge import RESULT_TABLES

    floor_source = FLOOR % (tuple(RESULT_TABLES),)
    bare_audited_source = BARE_AUDITED % (tuple(RESULT_TABLES),)
    with tempfile.TemporaryDirectory(prefix="humas-bench-") as tmp:
        root = Path(tmp)
        os.environ["HUMAS_DATA_DIR"] = str(root / "koordinator")
        event, packages = bench.build(root, args.participants)

        def fresh(name: str) -> Path:
            target = root / name / event.name
            target.parent.mkdir()
            shutil.copy2(event, target)
            return target

        loads = [os.getloadavg()[0]]
        # The floor runs in a folder of its own (no module of a checkout shadows the stdlib's).
        bare = root / "bare"
        bare.mkdir()
        _run_measured(floor_source, fresh("warm-floor"), packages, bare)  # warm-up, not counted
        _run_measured(APP, fresh("warm-app"), packages)
        if other:
            _run_measured(APP, fresh("warm-other"), packages, other)
        app: list[tuple[float, float, int]] = []
        floor: list[tuple[float, float, int]] = []
        compared: list[tuple[float, float, int]] = []
        audited: list[tuple[float, float, int]] = []
        for n in range(args.runs):  # interleaved: every side sees the same machine
            floor.append(_run_measured(floor_source, fresh(f"floor{n}"), packages, bare))
            audited.append(_run_measured(bare_audited_source, fresh(f"audited{n}"), packages, bare))
            # this checkout and the other one take turns going first
            if other and n % 2:
                compared.append(_run_measured(APP, fresh(f"other{n}"), packages, other))
            app.append(_run_measured(APP, fresh(f"app{n}"), packages))
            if other and not n % 2:
                compared.append(_run_measured(APP, fresh(f"other{n}"), packages, other))
            loads.append(os.getloadavg()[0])
            print(f"  run {n + 1}: floor {floor[-1][0]:.2f} s / {floor[-1][1]:.2f} s CPU, merge "
                  f"{app[-1][0]:.2f} s / {app[-1][1]:.2f} s CPU"
                  + (f", {other.name} {compared[-1][0]:.2f} s / {compared[-1][1]:.2f} s CPU" if other else "")
                  + f", load {loads[-1]:.2f}", flush=True)
    wall_a, wall_f = [a[0] for a in app], [f[0] for f in floor]
    cpu_a, cpu_f = [a[1] for a in app], [f[1] for f in floor]
    ratio = statistics.median(wall_a) / statistics.median(wall_f)
    print(f"merge {bench.ASSESSORS} packages x {args.participants} participants, whole process, "
          f"{args.runs} interleaved runs, load {min(loads):.2f}-{max(loads):.2f}")
    print(f"  floor (unzip + INSERT OR REPLACE … SELECT): wall {statistics.median(wall_f):.2f} s "
          f"({_spread(wall_f)}), CPU {statistics.median(cpu_f):.2f} s ({_spread(cpu_f)}), "
          f"peak {max(f[2] for f in floor)} MiB")
    print(f"  humas-desktop merge:                         wall {statistics.median(wall_a):.2f} s "
          f"({_spread(wall_a)}), CPU {statistics.median(cpu_a):.2f} s ({_spread(cpu_a)}), "
          f"peak {max(a[2] for a in app)} MiB")
    wall_b, cpu_b = [b[0] for b in audited], [b[1] for b in audited]
    print(f"  bare audited write (floor + a log row per row by SQLite + receipt signatures): wall "
          f"{statistics.median(wall_b):.2f} s ({_spread(wall_b)}), CPU {statistics.median(cpu_b):.2f} s "
          f"= {statistics.median(wall_b) / statistics.median(wall_f):.2f}x wall, "
          f"{statistics.median(cpu_b) / statistics.median(cpu_f):.2f}x CPU of the floor (no app code)")
    per_run = [a / f for a, f in zip(wall_a, wall_f, strict=True)]
    print(f"  ratio wall {ratio:.2f}x (per run {_spread(per_run)}), "
          f"CPU {statistics.median(cpu_a) / statistics.median(cpu_f):.2f}x (goal <= 2.5x)")
    if other:
        wall_o, cpu_o = [o[0] for o in compared], [o[1] for o in compared]
        print(f"  {other}: wall {statistics.median(wall_o):.2f} s ({_spread(wall_o)}), "
              f"CPU {statistics.median(cpu_o):.2f} s ({_spread(cpu_o)}), "
              f"peak {max(o[2] for o in compared)} MiB, ratio wall "
              f"{statistics.median(wall_o) / statistics.median(wall_f):.2f}x, CPU "
              f"{statistics.median(cpu_o) / statistics.median(cpu_f):.2f}x")
    return 0 if ratio <= 2.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
