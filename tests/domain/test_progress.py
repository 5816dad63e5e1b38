"""domain.progress.Tally: how far a long job has got, written by a worker, read by the UI."""

from __future__ import annotations

import threading

from humas_desktop.domain.progress import Progress, Tally


def test_tally_is_unknown_until_reported_then_a_clamped_fraction() -> None:
    tally = Tally()
    assert tally.every > 0
    assert tally.fraction() is None and tally.percent() is None and tally.progress() is None
    tally.report(0, 0)  # a job with nothing to do is still unknown, not 100 %
    assert tally.fraction() is None
    tally.report(1, 3)
    assert tally.percent() == 33 and tally.progress() == Progress(1, 3)
    tally.report(5, 3)
    assert tally.fraction() == 1.0 and tally.percent() == 100
    assert Tally(every=7).every == 7


def test_a_reader_never_sees_done_of_one_report_with_total_of_another() -> None:
    tally = Tally()
    stop = threading.Event()

    def write() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            tally.report(n, n)  # done == total in every report

    writer = threading.Thread(target=write)
    writer.start()
    try:
        for _ in range(20_000):
            seen = tally.progress()
            assert seen is None or seen.done == seen.total
    finally:
        stop.set()
        writer.join()
