"""Latency of one committed verdict change, and of one filter keystroke over 5,000 participants.

Goals: p99 <= 15 ms per change (synchronous=FULL), <= 50 ms per keystroke. A change is compared
with a raw sqlite3 single-row UPDATE in its own transaction; the model's filtering with a plain
Python substring filter over the same rows; both baselines are measured in the same run. (A
keystroke is not compared with an UPDATE: the two share no work, so that ratio meant nothing.)
Run: ``python3 benchmarks/scoring.py [participants]``.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from humas_desktop.domain.models import Verdict  # noqa: E402
from humas_desktop.services.demo import build_demo  # noqa: E402
from humas_desktop.services.scoring import ScoringService  # noqa: E402
from humas_desktop.storage import repository as repo  # noqa: E402
from humas_desktop.storage.db import open_event  # noqa: E402


def _stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    base = Path(tempfile.mkdtemp(prefix="humas-bench-"))
    t0 = time.perf_counter()
    path = ""
    for p in build_demo(base, count, False, device_id="bench"):
        path = p.message
    print(f"demo event with {count} participants built in {time.perf_counter() - t0:.1f} s")

    edb = open_event(Path(path), device_id="bench")
    sync = edb.conn.execute("PRAGMA synchronous").fetchone()[0]
    svc = ScoringService(edb)
    person = repo.list_participants(edb)[0]
    aid = svc.assessment_for(person.id)
    assert aid is not None
    svc.give_consent(aid)
    questions = repo.load_schemes(edb)[0].questions
    changes: list[float] = []
    for i in range(300):
        q = questions[i % len(questions)]
        start = time.perf_counter()
        svc.set_verdict(aid, q.id, Verdict.K if (i // len(questions)) % 2 == 0 else Verdict.BK)
        changes.append((time.perf_counter() - start) * 1000)
    edb.close()

    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    baseline: list[float] = []
    for i in range(300):
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("UPDATE answer SET summary = ? WHERE id = (SELECT min(id) FROM answer)",
                    (f"bench {i}",))
        raw.execute("COMMIT")
        baseline.append((time.perf_counter() - start) * 1000)
    raw.close()

    from PySide6.QtWidgets import QApplication

    from humas_desktop.gui.participants import ParticipantsPanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    edb = open_event(Path(path), device_id="bench")
    panel = ParticipantsPanel()
    panel.resize(600, 700)
    panel.show()
    panel.set_rows(repo.participant_summaries(edb))
    app.processEvents()
    typed = ("d", "di", "din", "dina", "dinas", "dina", "din", "di", "d", "",
             "1", "12", "123", "12", "1", "")
    keystrokes: list[float] = []
    filtering: list[float] = []  # the model's share: pick rows + one layout change, no repaint
    for _ in range(5):
        for text in typed:
            start = time.perf_counter()
            panel.search.setText(text)
            app.processEvents()
            keystrokes.append((time.perf_counter() - start) * 1000)
        for text in typed:
            start = time.perf_counter()
            panel.model.set_search(text)
            filtering.append((time.perf_counter() - start) * 1000)
        app.processEvents()
    rows = repo.participant_summaries(edb)
    naive: list[float] = []  # the baseline for filtering: a list comprehension, no model
    for _ in range(5):
        for text in typed:
            start = time.perf_counter()
            needle = text.casefold()
            _ = [r for r in rows if needle in r.name.casefold() or needle in str(r.number)]
            naive.append((time.perf_counter() - start) * 1000)
    edb.close()

    c_med, c_p99 = _stats(changes)
    b_med, b_p99 = _stats(baseline)
    k_med, k_p99 = _stats(keystrokes)
    f_med, f_p99 = _stats(filtering)
    print(f"synchronous={sync} (2 = FULL)")
    print(f"verdict change via service: median {c_med:.2f} ms, p99 {c_p99:.2f} ms (goal p99 <= 15)")
    print(f"raw sqlite3 UPDATE baseline: median {b_med:.2f} ms, p99 {b_p99:.2f} ms")
    print(f"ratio service/raw (median): {c_med / b_med:.2f}x")
    print(f"filter keystroke over {count}: median {k_med:.2f} ms, p99 {k_p99:.2f} ms (goal <= 50)")
    print(f"  of which filtering in the model (no repaint): median {f_med:.2f} ms, p99 {f_p99:.2f} ms")
    n_med, n_p99 = _stats(naive)
    print(f"plain Python substring filter baseline: median {n_med:.2f} ms, p99 {n_p99:.2f} ms")
    print(f"ratio model filtering/plain filter (median): {f_med / n_med:.2f}x")


if __name__ == "__main__":
    main()
