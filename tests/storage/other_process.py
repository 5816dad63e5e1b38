"""Process B of the two-process kill test: opens and closes the event files in a loop.

Through the CLI (``import --dry-run`` opens the event for writing, ``check`` read-only) and as "any
SQLite tool" would (a plain sqlite3 connection in WAL mode, closed again).
"""

from __future__ import annotations

import contextlib
import io
import random
import sqlite3
import sys

from humas_desktop.cli import main as cli


def main() -> None:
    data, roster, seed, *events = sys.argv[1:]
    rng = random.Random(int(seed))
    rounds = 0
    while True:
        event = rng.choice(events)
        pick = rng.random()
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            if pick < 0.4:
                cli(["--data-dir", data, "import", event, roster, "--dry-run", "--json"])
            elif pick < 0.7:
                cli(["--data-dir", data, "check", event, "--json"])
            else:
                conn = sqlite3.connect(event, timeout=5)
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("PRAGMA journal_mode = WAL")
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                conn.close()
        rounds += 1
        print(f"b {rounds}", flush=True)


if __name__ == "__main__":
    main()
