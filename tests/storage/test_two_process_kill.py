"""Two processes on one event file, one of them SIGKILLed at random moments: saved means saved.

Process A holds the event as the app does (a UI connection plus a worker thread running import
plan, hand-out, results, merge, export, backup, check and purge preview on their own connections)
and prints an ack after every committed change. Process B opens and closes the same files in a
loop through the CLI and a plain sqlite3 connection. A is killed at seeded random moments; after
each kill every acknowledged change must be in the file, ``check`` must pass, and A must never have
seen its ``-wal`` disappear while it was alive.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from humas_desktop.services import handout
from humas_desktop.services.check import check_event_file
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.formats import roster_corpus as corpus
from tests.services.laptops import score_and_send, setup_venue

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 60
SEED = 20261201


def _reader(stream: object, sink: list[str]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        sink.append(line)


def _stored(path: Path, aid: str) -> tuple[dict[str, str], dict[str, str]]:
    with open_event(path, device_id="verify") as edb:  # read-write: recovers the WAL as the app does
        notes = {row[0]: row[1] or "" for row in edb.conn.execute(
            "SELECT unit_id, notes FROM unit_result WHERE assessment_id = ?", (aid,))}
        settings = {row[0]: row[1] for row in edb.conn.execute(
            "SELECT key, value FROM settings WHERE key LIKE 'probe.%'")}
    return notes, settings


@pytest.mark.slow
def test_acknowledged_changes_survive_a_second_process_and_sigkill(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path / "venue", participants=6, assessors=2)
    results = score_and_send(venue, 0)
    coord, row1 = venue.coordinator, venue.assessor_rows[1]
    assert coord.event_path is not None and venue.assessors[0].event_path is not None
    with coord.open() as edb:
        merge_packages(edb, [results])
        svc = ScoringService(edb)
        person = handout.participants_of(edb, row1.id)[0]
        aid = svc.open_assessment(person, row1.id, venue.scheme.id)
        svc.give_consent(aid)
        units = [u.id for u in repo.load_schemes(edb)[0].units]
    roster = corpus.write(tmp_path / "r.xlsx", [corpus.good_row(n) for n in range(1, 4)], title_rows=1)
    configs = {}
    for role, actor in (("coord", "coordinator"), ("assessor", venue.assessor_rows[0].id)):
        cfg = {"base": str(coord.base if role == "coord" else venue.assessors[0].base),
               "out": str(tmp_path / f"out-{role}"), "roster": str(roster), "results": str(results),
               "assessor": row1.id, "aid": aid, "units": ",".join(units), "actor": actor}
        configs[role] = tmp_path / f"{role}.json"
        configs[role].write_text(json.dumps(cfg), encoding="utf-8")
    events = {"coord": coord.event_path, "assessor": venue.assessors[0].event_path}

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    b_lines: list[str] = []
    other = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("other_process.py")), str(tmp_path / "b-data"),
         str(roster), str(SEED), str(events["coord"]), str(events["assessor"])],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT)
    threading.Thread(target=_reader, args=(other.stdout, b_lines), daemon=True).start()

    rng = random.Random(SEED)
    acked_notes: dict[str, str] = {}
    acked_settings: dict[str, str] = {}
    total_acks = 0
    ops: dict[str, int] = {}
    try:
        for run in range(ROUNDS):
            role = ("coord", "assessor")[run % 2]
            child_env = {**env, "HUMAS_DATA_DIR": json.loads(configs[role].read_text())["base"]}
            child = subprocess.Popen(
                [sys.executable, str(Path(__file__).with_name("owner_child.py")), role,
                 str(events[role]), str(configs[role]), str(run), str(rng.randrange(1 << 30))],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=child_env, cwd=ROOT)
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            lines: list[str] = []
            reader = threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True)
            reader.start()
            time.sleep(rng.uniform(0.2, 2.5))
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            reader.join(10)
            child.stdout.close()
            assert not [x for x in lines if x.startswith(("walgone", "operr", "Traceback"))], \
                (run, [x for x in lines if not x.startswith(("ack", "op "))][:5])
            for line in lines:
                parts = line.split()
                if len(parts) == 2 and parts[0] == "op":
                    ops[parts[1]] = ops.get(parts[1], 0) + 1
                if len(parts) != 3 or parts[0] != "ack":
                    continue  # the last line may be cut off by the kill
                total_acks += 1
                kind, key = parts[1].split(":", 1)
                (acked_notes if kind == "notes" else acked_settings)[key] = parts[2]
            notes, settings = _stored(events[role], aid)
            acked = acked_notes if role == "coord" else acked_settings
            stored = notes if role == "coord" else settings
            for key, value in acked.items():
                # An unacknowledged later write may also have landed; never an older one.
                assert stored.get(key, "") >= value, (run, key, stored.get(key), value)
            report = check_event_file(events[role])
            assert report.ok, (run, report.problems[:3])
    finally:
        other.send_signal(signal.SIGKILL)
        other.wait()
        if other.stdout is not None:
            other.stdout.close()
    assert other.returncode == -signal.SIGKILL, b_lines[-5:]  # B never died on its own
    b_rounds = sum(1 for x in b_lines if x.startswith("b "))
    print(f"\n{ROUNDS} kills, {total_acks} acknowledged changes, {b_rounds} open/close rounds of B, "
          f"background operations completed: {ops}")
    assert total_acks > ROUNDS
    assert b_rounds > ROUNDS
    expected = {"import_plan", "handouts", "merge", "export", "backup", "check", "purge_preview",
                "results"}
    assert expected <= set(ops), ops
