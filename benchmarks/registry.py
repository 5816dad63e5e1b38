"""Registry benchmark: number and publish 5,000 certificates on each backend, against a plain
bulk insert of the same rows (SQLite ``executemany`` in one transaction, PostgreSQL ``COPY``).

Run: ``python benchmarks/registry.py [--count N] [--runs N] [--pg DSN]`` (PostgreSQL also from
``HUMAS_TEST_PG_DSN``; skipped without one). Prints medians and ratios, measured in this process:

- *number*: the close path: one transaction allocating N numbers on both series and inserting
  the N registry certificates (``RegistryStore.issue`` with the service's number formatting);
- *publish*: the venue path: a reserved block, then ``publish`` inserting the event's N
  certificates and closing the reservation;
- *baseline*: the same N rows bulk-inserted into an empty registry.
Goal (issue #25): each median ratio <= 2x, no single round over 4x. The load average is printed
with each backend's figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from humas_desktop.services import registry as svc  # noqa: E402
from humas_desktop.storage.registry import CertRow  # noqa: E402
from humas_desktop.storage.registry.store import _INSERT_CERT, CERT_COLUMNS  # noqa: E402

ISSUE = date(2026, 11, 23)
CODES = svc.Codes(svc.numbering.DEFAULT_CERT_PATTERN, svc.numbering.DEFAULT_REG_PATTERN, "HMS", "1926")


def subjects(n: int) -> list[svc.Subject]:
    return [svc.Subject(f"d{i}", f"p{i}", i + 1, "s", "SKM-HUMAS", "70203", "2432", "0",
                        f"PESERTA NOMOR {i:05d}", f"3273{i:012d}") for i in range(n)]


def rows_for(event_id: str, people: list[svc.Subject], first_c: int, first_r: int) -> list[CertRow]:
    """The rows as the close path makes them (services.registry.cert_rows)."""
    return svc.cert_rows(event_id, people, CODES, ISSUE.year, first_c, first_r, ISSUE)


def fresh(make_location: Callable[[], str]) -> svc.RegistryStore:
    return svc.init_registry(make_location(), "LSP Bench", "BNSP-LSP-1926-ID", field_code="HMS")


def _baseline(name: str, make_location: Callable[[], str], people: list[svc.Subject]) -> float:
    store = fresh(make_location)
    rows = rows_for("bench", people, 1, 1)
    started = time.perf_counter()
    if name == "postgresql":
        with store.db.transaction():
            store.db.copy_rows("certificate", CERT_COLUMNS,  # type: ignore[attr-defined]
                               [r.values() for r in rows])
    else:
        with store.db.transaction():
            store.db.executemany(_INSERT_CERT, [r.values() for r in rows])
    took = time.perf_counter() - started
    assert store.certificate_count() == len(people)
    store.close()
    return took


def _number(name: str, make_location: Callable[[], str], people: list[svc.Subject]) -> float:
    """Allocation + registry rows in one transaction (the close path)."""
    store = fresh(make_location)
    started = time.perf_counter()
    store.issue("bench", ISSUE.year, len(people), lambda c, r: rows_for("bench", people, c, r))
    took = time.perf_counter() - started
    assert store.certificate_count() == len(people)
    store.close()
    return took


def _publish(name: str, make_location: Callable[[], str], people: list[svc.Subject]) -> float:
    """A reserved block, then publish of the event's certificates (the venue path)."""
    store = fresh(make_location)
    n = len(people)
    started = time.perf_counter()
    rid, first_c, first_r = store.reserve("bench", ISSUE.year, n)
    store.publish("bench", "Acara bench", rows_for("bench", people, first_c, first_r), [],
                  (rid, n, []), ISSUE.isoformat(), [])
    took = time.perf_counter() - started
    assert store.certificate_count() == n
    store.close()
    return took


def run_backend(name: str, make_location: Callable[[], str], n: int, runs: int) -> None:
    """A warm-up round thrown away, then rounds alternating the order (ABBA) so neither side
    always runs on a warmer cache; per-round ratios and the medians are printed."""
    people = subjects(n)
    steps = {"baseline": _baseline, "number": _number, "publish": _publish}
    times: dict[str, list[float]] = {k: [] for k in steps}
    for round_no in range(runs + 1):
        order = list(steps) if round_no % 2 == 0 else list(reversed(steps))
        took = {k: steps[k](name, make_location, people) for k in order}
        if round_no == 0:
            continue  # warm-up
        for k, v in took.items():
            times[k].append(v)
        print(f"  {name} round {round_no}: number {took['number'] / took['baseline']:4.2f}x, "
              f"reserve+publish {took['publish'] / took['baseline']:4.2f}x")
    b, nu, pu = (statistics.median(times[k]) for k in ("baseline", "number", "publish"))
    worst = max(max(t / base for t, base in zip(times[k], times["baseline"], strict=True))
                for k in ("number", "publish"))
    print(f"{name:10s} n={n} runs={runs}  baseline {b * 1000:8.1f} ms | number {nu * 1000:8.1f} ms "
          f"({nu / b:4.2f}x) | reserve+publish {pu * 1000:8.1f} ms ({pu / b:4.2f}x) | worst round "
          f"{worst:4.2f}x | load {os.getloadavg()[0]:.2f}  goal <= 2x median, <= 4x every round")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--pg", default=os.environ.get("HUMAS_TEST_PG_DSN", ""))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run_backend("sqlite", lambda: str(Path(tmp) / f"{uuid.uuid4().hex}.sqlite"), args.count,
                    args.runs)
    if not args.pg:
        print("postgresql: skipped (no --pg / HUMAS_TEST_PG_DSN)")
        return
    from urllib.parse import quote

    import psycopg

    schemas: list[str] = []

    def pg_location() -> str:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        schemas.append(schema)
        sep = "&" if "?" in args.pg else "?"
        return f"{args.pg}{sep}options={quote(f'-csearch_path={schema}')}"

    try:
        run_backend("postgresql", pg_location, args.count, args.runs)
    finally:
        with psycopg.connect(args.pg, autocommit=True) as conn:
            for schema in schemas:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()
