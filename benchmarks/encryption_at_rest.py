"""Encryption at rest: SQLCipher (sqlcipher3) vs plain sqlite3 for this app's event file.

Run: ``python benchmarks/encryption_at_rest.py [--participants N] [--runs N]`` (needs
``pip install sqlcipher3-binary``; not an app dependency). The same code path (``open_event``,
repository, audit, sqlite-utils) runs on both libraries: ``storage.db``'s ``sqlite3`` is swapped
for a shim whose ``connect`` keys a SQLCipher connection. Prints medians and the ratios.

Measured: (1) open + one audited single-row commit + close; (2) a demo build (N participants,
assignments, scoring of most of them, audit chain); (3) ``check`` (replay + signatures).

The two libraries are measured in alternation (sqlite3, sqlcipher, sqlcipher, sqlite3, ...
for ``--rounds`` rounds after one warm-up round that is thrown away), so a machine that gets
busier or quieter during the run, the page cache and the CPU clock affect both alike. (The
first version ran all of sqlite3 then all of sqlcipher; on a loaded machine its ratios came
out inverted.)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import types
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import humas_desktop.storage.db as db  # noqa: E402

KEY = "x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'"


def cipher_module() -> types.ModuleType:
    import sqlcipher3.dbapi2 as cipher  # type: ignore[import-not-found]

    shim = types.ModuleType("sqlite3_cipher_shim")
    for name in dir(cipher):
        setattr(shim, name, getattr(cipher, name))

    def connect(database: str, *args: Any, **kwargs: Any) -> Any:
        conn = cipher.connect(database, *args, **kwargs)
        conn.execute(f"PRAGMA key = \"{KEY}\"")  # raw 256-bit key: no KDF cost per open
        return conn

    shim.connect = connect  # type: ignore[attr-defined]
    return shim


def use(library: str) -> None:
    import sqlite3

    if library == "sqlcipher":
        db.sqlite3 = cipher_module()  # type: ignore[assignment]
        # An encrypted file has no plain "SQLite format 3" header to inspect.
        db.inspect_header = lambda path: (db.APPLICATION_ID, 0)  # type: ignore[assignment]
    else:
        db.sqlite3 = sqlite3
        db.inspect_header = ORIGINAL_INSPECT


ORIGINAL_INSPECT = db.inspect_header


def build(base: Path, participants: int) -> tuple[float, Path]:
    from humas_desktop.services.demo import build_demo

    start = time.perf_counter()
    path = ""
    for progress in build_demo(base, participants, False, device_id="bench"):
        path = progress.message
    return time.perf_counter() - start, Path(path)


def open_commit(path: Path, runs: int) -> float:
    from humas_desktop.storage import repository as repo

    times = []
    for i in range(runs):
        start = time.perf_counter()
        edb = db.open_event(path, device_id="bench")
        aid = edb.conn.execute("SELECT id FROM assessment LIMIT 1").fetchone()[0]
        repo.audited_update(edb, "assessment", aid, {"comments": f"catatan {i}"})
        edb.close()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def check_time(path: Path) -> float:
    from humas_desktop.services import integrity

    start = time.perf_counter()
    edb = db.open_event(path, read_only=True)
    findings = integrity.integrity_findings(edb)
    edb.conn.close()
    assert not findings, findings[:3]
    return time.perf_counter() - start


def measure(library: str, participants: int, runs: int) -> dict[str, float]:
    use(library)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            build_s, path = build(Path(tmp), participants)
            header = path.read_bytes()[:16]
            return {
                "build_s": build_s,
                "open_commit_ms": open_commit(path, runs) * 1000,
                "check_s": check_time(path),
                "size_mb": path.stat().st_size / 1e6,
                "plain_header": float(header.startswith(b"SQLite format 3")),
            }
    finally:
        use("sqlite3")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=15, help="open+commit repetitions per round")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds per library")
    args = parser.parse_args()
    libraries = ("sqlite3", "sqlcipher")
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in libraries}
    for lib in libraries:  # warm-up: imports, page cache, CPU clock; thrown away
        measure(lib, max(10, args.participants // 10), 3)
    for round_no in range(args.rounds):
        order = libraries if round_no % 2 == 0 else tuple(reversed(libraries))
        for lib in order:
            samples[lib].append(measure(lib, args.participants, args.runs))
    print(f"participants={args.participants} runs={args.runs} rounds={args.rounds} (alternating)")
    for metric in ("open_commit_ms", "build_s", "check_s", "size_mb", "plain_header"):
        plain = statistics.median(s[metric] for s in samples["sqlite3"])
        cipher = statistics.median(s[metric] for s in samples["sqlcipher"])
        ratio = cipher / plain if plain else float("nan")
        spread = [round(s[metric] / p[metric], 2) if p[metric] else float("nan")
                  for s, p in zip(samples["sqlcipher"], samples["sqlite3"], strict=True)]
        print(f"{metric:>15}: sqlite3 {plain:9.3f}  sqlcipher {cipher:9.3f}  ratio {ratio:5.2f}"
              f"  (per round {spread})")


if __name__ == "__main__":
    main()
