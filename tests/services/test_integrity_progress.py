"""The full check's progress keeps moving while the signed receipts are checked (issue #21's
mutation run: no test looked past the chain walk). On a large event the receipts are a fifth of
the time; a bar that stops there looks like a hang."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.domain.progress import Tally
from humas_desktop.services.integrity import verify_for_use
from humas_desktop.storage import audit
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo


class _Recording(Tally):
    def __init__(self) -> None:
        super().__init__(every=50)
        self.seen: list[tuple[int, int]] = []

    def report(self, done: int, total: int) -> None:
        self.seen.append((done, total))
        super().report(done, total)


def test_the_check_reports_each_signed_assessment_before_it_ends(data_dir: Path) -> None:
    path = make_demo(data_dir, participants=12, decided=True)
    tally = _Recording()
    with open_event(path, read_only=True) as edb:
        entries = audit.head(edb.conn)[0]
        signed = edb.conn.execute(
            "SELECT count(*) FROM assessment WHERE status = 'ditandatangani'").fetchone()[0]
        verify_for_use(edb, progress=tally)
    assert signed == 12
    dones = [done for done, _total in tally.seen]
    total = tally.seen[-1][1]
    assert dones == sorted(dones) and dones[-1] == total  # rising, 100 % at the end
    end_of_walk = dones[1] + entries  # the SQLite checks' share, then one step an entry
    after_walk = sorted({d for d in dones if end_of_walk < d < total})
    assert len(after_walk) >= signed
