"""`import` as the coordinator waits for it: the whole `humas-desktop import EVENT ROSTER.xlsx`
process (interpreter start, imports, opening the event and its start-up check, the verified backup,
read, validation, insert, the sealed audit entries, the commit) against a fair floor in the same
run: a bare process that reads the same 10,000 x 12 roster with calamine (`python_calamine`
imported, the sheet read into Python values), nothing else.

Every app run imports into a fresh copy of the same demo event. Runs alternate floor / app after one
discarded warm-up pair; printed: the median and spread of wall time and of CPU time (user + system
of the child, which other jobs on a shared machine move less), the ratio of the medians, the load
average. Usage:

    python benchmarks/import_process.py [--rows 10000] [--runs 5]
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

APP = """
import sys
from humas_desktop.cli import main
sys.exit(main(["import", sys.argv[1], sys.argv[2]]))
"""

FLOOR = """
import sys
from python_calamine import CalamineWorkbook
rows = CalamineWorkbook.from_path(sys.argv[2]).get_sheet_by_index(0).to_python()
assert len(rows) > 1
"""

# What no import can skip while every guarantee holds, and nothing else: the same calamine read,
# then each row as a participant (no validation, no guard, no backup, no start-up check) inserted
# through the audited repository (every row logged as a whole-row entry, its personal values
# sealed with the file's HMAC key, the hash chain extended, one synchronous=FULL commit).
MANDATORY = """
import sys
from datetime import date
from pathlib import Path
from python_calamine import CalamineWorkbook
rows = CalamineWorkbook.from_path(sys.argv[2]).get_sheet_by_index(0).to_python()
from humas_desktop.domain.models import Gender, Participant
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
people = []
for r in rows[2:]:
    d, m, y = str(r[5]).split("/")
    people.append(Participant(name=r[1], nik=r[2], nip=r[3], birth_place=r[4],
                              birth_date=date(int(y), int(m), int(d)), gender=Gender(r[6]),
                              institution=r[7], job_title=r[8], email=r[9], phone=r[10],
                              address=r[11]))
with open_event(Path(sys.argv[1]), device_id="floor") as edb, edb.large_write(), edb.atomic():
    repo.insert_participants(edb, people)
"""

# Below any audited import: the same calamine read, then the rows written the plainest way SQLite
# allows into the same event file: one executemany into `participant` (an id per row, the roster's
# text as read, no validation) and one log row each into `audit` (no JSON, no sealing, no hashing,
# no chain), one synchronous=FULL commit. What writing 10,000 rows and 10,000 log rows durably
# costs on this machine, whatever the code around it.
BARE_WRITE = """
import sqlite3, sys, uuid
from python_calamine import CalamineWorkbook
rows = CalamineWorkbook.from_path(sys.argv[2]).get_sheet_by_index(0).to_python()
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("PRAGMA synchronous=FULL")
seq = conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]
people, log = [], []
for n, r in enumerate(rows[2:], start=1):
    pid = str(uuid.uuid4())
    people.append((pid, n, r[1], str(r[2]), str(r[3]), r[4], str(r[5]), r[7], r[8], r[9],
                   str(r[10]), r[11]))
    log.append((seq + n, str(uuid.uuid4()), "at", "coordinator", "device", "participant", pid,
                "*", None, repr(r), "", "0" * 64, "0" * 64))
conn.execute("BEGIN IMMEDIATE")
conn.executemany("INSERT INTO participant (id, number, name, nik, nip, birth_place, birth_date, "
                 "institution, job_title, email, phone, address) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", people)
conn.executemany("INSERT INTO audit (seq, id, at, actor, device_id, entity, entity_id, field, old, "
                 "new, reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", log)
conn.execute("COMMIT")
"""


def _roster(path: Path, rows: int) -> None:
    spec = importlib.util.spec_from_file_location("import_bench", ROOT / "benchmarks" / "import.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.make_roster(path, rows)


def _event(base: Path) -> Path:
    os.environ["HUMAS_DATA_DIR"] = str(base)
    sys.path.insert(0, str(ROOT))
    from humas_desktop.services.demo import build_demo
    from humas_desktop.storage.device import load_or_create_device

    path = ""
    for progress in build_demo(base, 1, False, device=load_or_create_device(base)):
        path = progress.message
    return Path(path)


def _run(source: str, event: Path, roster: Path) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", source, str(event), str(roster)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    out, err = proc.communicate()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed:\n{out.decode()}\n{err.decode()}")
    return seconds, usage.ru_utime + usage.ru_stime


def _fresh(template: Path, n: int) -> Path:
    """A copy of the demo event (no participants yet) in its own folder."""
    folder = template.parent.parent / f"run{n}"
    folder.mkdir()
    target = folder / template.name
    shutil.copy2(template, target)
    return target


def _spread(values: list[float]) -> str:
    return f"{min(values):.3f}-{max(values):.3f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    # A user's install has its byte-code compiled; this machine may set PYTHONDONTWRITEBYTECODE,
    # and without this step every app run would compile ~50 modules again (~0.15 s).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "humas_desktop")], check=True)
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        roster = base / f"roster-{args.rows}.xlsx"
        _roster(roster, args.rows)
        template = _event(base / "data")
        _run(FLOOR, template, roster)  # warm-up pair, not counted
        _run(APP, _fresh(template, -1), roster)
        app: list[tuple[float, float]] = []
        floor: list[tuple[float, float]] = []
        mandatory: list[tuple[float, float]] = []
        bare_write: list[tuple[float, float]] = []
        for n in range(args.runs):  # interleaved: both sides see the same machine
            floor.append(_run(FLOOR, template, roster))
            app.append(_run(APP, _fresh(template, n), roster))
            mandatory.append(_run(MANDATORY, _fresh(template, 1000 + n), roster))
            bare_write.append(_run(BARE_WRITE, _fresh(template, 2000 + n), roster))
            loads.append(os.getloadavg()[0])
    wall_a, wall_f = [s for s, _ in app], [s for s, _ in floor]
    cpu_a, cpu_f = [c for _, c in app], [c for _, c in floor]
    ratio = statistics.median(wall_a) / statistics.median(wall_f)
    print(f"import {args.rows} x 12, whole process, {args.runs} interleaved runs, "
          f"load {min(loads):.2f}-{max(loads):.2f}")
    print(f"  floor (calamine read):  wall {statistics.median(wall_f):.3f} s ({_spread(wall_f)}), "
          f"CPU {statistics.median(cpu_f):.3f} s ({_spread(cpu_f)})")
    print(f"  humas-desktop import:   wall {statistics.median(wall_a):.3f} s ({_spread(wall_a)}), "
          f"CPU {statistics.median(cpu_a):.3f} s ({_spread(cpu_a)})")
    wall_m, cpu_m = [s for s, _ in mandatory], [c for _, c in mandatory]
    print(f"  mandatory work alone:   wall {statistics.median(wall_m):.3f} s ({_spread(wall_m)}), "
          f"CPU {statistics.median(cpu_m):.3f} s ({_spread(cpu_m)}) = "
          f"{statistics.median(wall_m) / statistics.median(wall_f):.2f}x wall, "
          f"{statistics.median(cpu_m) / statistics.median(cpu_f):.2f}x CPU of the floor "
          "(read + audited insert, nothing else)")
    wall_b, cpu_b = [s for s, _ in bare_write], [c for _, c in bare_write]
    print(f"  bare SQLite write:      wall {statistics.median(wall_b):.3f} s ({_spread(wall_b)}), "
          f"CPU {statistics.median(cpu_b):.3f} s ({_spread(cpu_b)}) = "
          f"{statistics.median(wall_b) / statistics.median(wall_f):.2f}x wall, "
          f"{statistics.median(cpu_b) / statistics.median(cpu_f):.2f}x CPU of the floor "
          "(read + the rows and one log row each, executemany, one commit: no app code at all)")
    per_run = [a / f for a, f in zip(wall_a, wall_f, strict=True)]
    print(f"  ratio wall {ratio:.2f}x (per run {_spread(per_run)}), "
          f"CPU {statistics.median(cpu_a) / statistics.median(cpu_f):.2f}x (goal <= 3x)")
    return 0 if ratio <= 3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
