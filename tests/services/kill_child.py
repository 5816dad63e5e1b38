"""Child process of the kill test: scores through the service and acknowledges each commit."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event


def main(path: str, run: int, seed: int) -> None:
    rng = random.Random(seed)
    edb = open_event(Path(path), device_id="kill-test", actor="coordinator")
    svc = ScoringService(edb)
    aid = sys.argv[4]
    scheme = repo.load_schemes(edb)[0]
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        value = f"{run:04d}-{n:06d}"
        pick = rng.random()
        if pick < 0.5:
            q = rng.choice(scheme.questions)
            svc.set_summary(aid, q.id, value)
            print(f"ack summary {q.id} {value}", flush=True)
        elif pick < 0.85:
            u = rng.choice(scheme.units)
            svc.set_unit_notes(aid, u.id, value)
            print(f"ack notes {u.id} {value}", flush=True)
        else:
            item = svc.add_evidence(aid, rng.choice(scheme.units).id, value)
            print(f"ack evidence {item} {value}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
