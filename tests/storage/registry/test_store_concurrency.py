"""8 processes x 100 allocations against one registry: every number handed out exactly once;
two events closed at the same moment never share a number."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.services.demo import DEMO_SK_NUMBER
from humas_desktop.storage.registry import RegistryStore
from tests.services.test_registry_close import _demo_with_codes, _init

ROOT = Path(__file__).resolve().parents[3]
PROCESSES, EACH = 8, 100


@pytest.mark.slow
def test_eight_processes_allocate_every_number_exactly_once(tmp_path: Path, registry_location: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    _init(capsys, tmp_path / "data", registry_location)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [subprocess.Popen([sys.executable, str(Path(__file__).with_name("alloc_worker.py")),
                                  registry_location, str(n), str(EACH)], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, env=env)
                for n in range(PROCESSES)]
    got: list[int] = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        got += json.loads(out)
    assert sorted(got) == list(range(1, PROCESSES * EACH + 1))  # no gap, no repeat
    store = RegistryStore.attach(registry_location)
    try:
        rows = store.all_certificates()
        assert len(rows) == PROCESSES * EACH
        assert len({r.number for r in rows}) == len({r.registration_number for r in rows}) == len(rows)
    finally:
        store.close()


@pytest.mark.slow
def test_two_events_closed_at_the_same_moment(tmp_path: Path, registry_location: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "data"
    _init(capsys, base, registry_location)
    events = [_demo_with_codes(base, 12), _demo_with_codes(base, 12)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [subprocess.Popen(
        [sys.executable, "-m", "humas_desktop", "--data-dir", str(base), "close", str(e),
         "--plenary-date", date.today().isoformat(), "--sk-number", DEMO_SK_NUMBER, "--registry",
         registry_location, "--duplicate-reason", "dua acara serentak", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for e in events]
    numbers: list[str] = []
    regs: list[str] = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        certs = json.loads(out)["certificates"]
        assert certs
        numbers += [c["number"] for c in certs]
        regs += [c["registration_number"] for c in certs]
    assert len(set(numbers)) == len(numbers) and len(set(regs)) == len(regs)
