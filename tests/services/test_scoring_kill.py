"""Kill test: SIGKILL a scoring process at random moments; every acknowledged change survives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50


@pytest.mark.slow
def test_every_acknowledged_change_survives_sigkill(demo_path: Path) -> None:
    with open_event(demo_path, device_id="kill-test") as edb:
        svc = ScoringService(edb)
        person = repo.list_participants(edb)[0]
        aid = svc.assessment_for(person.id)
        assert aid is not None
        svc.give_consent(aid)
    rng = random.Random(20261122)
    acked: dict[tuple[str, str], str] = {}
    evidence: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    total_acks = 0
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("kill_child.py")), str(demo_path),
             str(run), str(rng.randrange(1 << 30)), aid],
            stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.0, 0.06)
        lines: list[str] = []
        while time.monotonic() < deadline:
            lines.append(child.stdout.readline())
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        lines.extend(child.stdout.read().splitlines())  # acks already written before the kill
        child.stdout.close()
        for line in lines:
            parts = line.split()
            if len(parts) != 4 or parts[0] != "ack":
                continue  # the last line may be cut off by the kill
            total_acks += 1
            kind, key, value = parts[1:]
            if kind == "evidence":
                evidence.add(key)
            else:
                acked[(kind, key)] = value
    assert total_acks > KILLS  # the kills did land while work was going on
    with open_event(demo_path, device_id="kill-test") as edb:
        assert edb.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        a = ScoringService(edb).assessment(aid)
        summaries = {x.question_id: x.summary for x in a.answers}
        notes = {r.unit_id: r.notes for r in a.unit_results}
        for (kind, key), value in acked.items():
            stored = summaries[key] if kind == "summary" else notes[key]
            # An unacknowledged later write may also have landed; never an older one.
            assert stored >= value, (kind, stored, value)
        stored_items = {row[0] for row in edb.conn.execute(
            "SELECT id FROM evidence_item WHERE assessment_id = ?", (aid,))}
        assert evidence <= stored_items
