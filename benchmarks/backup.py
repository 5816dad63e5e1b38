"""Backup benchmark: a verified backup (backup API + quick_check + fsync + rename) vs a bare copy.

Run: ``python benchmarks/backup.py [--participants N] [--runs N]``. Prints both medians and the ratio.
The bare baseline is the SQLite backup API alone into a new file (no check, no fsync).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from humas_desktop.services.demo import build_demo  # noqa: E402
from humas_desktop.storage import backup as store  # noqa: E402
from humas_desktop.storage.db import open_event  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        base = Path(name)
        path = ""
        for progress in build_demo(base, args.participants, decided=True, device_id="bench"):
            path = progress.message
        edb = open_event(path, device_id="bench")
        bare, verified = [], []
        for i in range(args.runs):
            target = base / f"bare{i}.db"
            started = time.perf_counter()
            dest = sqlite3.connect(target)
            edb.conn.backup(dest)
            dest.close()
            bare.append(time.perf_counter() - started)
            started = time.perf_counter()
            store.take_backup(edb.conn, base / "copies", f"b{i}", "auto")
            verified.append(time.perf_counter() - started)
        size = Path(path).stat().st_size / 1e6
        edb.close()
    b, v = statistics.median(bare) * 1000, statistics.median(verified) * 1000
    print(f"event file {size:.1f} MB ({args.participants} participants, decided)")
    print(f"bare backup API     median {b:.1f} ms")
    print(f"verified backup     median {v:.1f} ms")
    print(f"ratio {v / b:.2f}")


if __name__ == "__main__":
    main()
