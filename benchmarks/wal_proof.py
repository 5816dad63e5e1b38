"""What proving a leftover ``-wal`` costs at open (#23): storage.wal_proof.judge on a demo event.

Run: ``python benchmarks/wal_proof.py [--participants N] [--runs N]``. Builds a demo event, leaves
the WAL of one audited edit (the app killed before a checkpoint), then times the proof (the main
file copied into a private work folder, integrity_check of the copy with the WAL, audit and table
comparison). The proof runs only when an open finds a non-empty ``-wal`` no process holds.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EDIT_THEN_KILL = (
    "import os, sys\n"
    "from pathlib import Path\n"
    "from humas_desktop.storage import repository as repo\n"
    "from humas_desktop.storage.db import open_event\n"
    "edb = open_event(Path(sys.argv[1]), device_id='d')\n"
    "edb.conn.execute('PRAGMA wal_autocheckpoint=0')\n"
    "pid = edb.conn.execute('SELECT id FROM participant ORDER BY rowid LIMIT 1').fetchone()[0]\n"
    "with edb.atomic():\n"
    "    repo.audited_update(edb, 'participant', pid, {'name': 'X'}, reason='bench')\n"
    "os._exit(0)\n"
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from humas_desktop.storage import wal_proof
    from humas_desktop.storage.schema import SCHEMA_VERSION
    from tests.conftest import make_demo

    root = Path(tempfile.mkdtemp(prefix="walproof-"))
    try:
        base = root / "data"
        base.mkdir()
        path = make_demo(base, participants=args.participants, decided=True)
        subprocess.run([sys.executable, "-c", EDIT_THEN_KILL, str(path)], check=True, cwd=ROOT)
        wal = path.with_name(path.name + "-wal")
        times = []
        for n in range(args.runs):
            folder = root / f"work{n}"
            folder.mkdir()
            start = time.perf_counter()
            verdict = wal_proof.judge(path, folder, SCHEMA_VERSION)
            times.append(time.perf_counter() - start)
            assert verdict == "ok", verdict
            shutil.rmtree(folder)
        print(f"event {path.stat().st_size / 1e6:.1f} MB, wal {wal.stat().st_size / 1e3:.0f} KB, "
              f"{args.participants} participants: proof median {statistics.median(times):.3f} s "
              f"(min {min(times):.3f}, max {max(times):.3f})")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
