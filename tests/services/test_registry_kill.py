"""A crash between the registry's commit and the event file's: the next close reuses the numbers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.services import registry as svc
from humas_desktop.services.demo import DEMO_SK_NUMBER
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.registry import RegistryStore
from tests.services.test_registry_close import _demo_with_codes, _init

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_killed_close_leaves_numbers_that_the_next_close_reuses(
        tmp_path: Path, registry_location: str, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "data"
    _init(capsys, base, registry_location)
    event = _demo_with_codes(base, 6)
    argv = [sys.executable, "-m", "humas_desktop", "--data-dir", str(base), "close", str(event),
            "--plenary-date", date.today().isoformat(), "--sk-number", DEMO_SK_NUMBER, "--registry",
            registry_location, "--json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), svc.FAULT_ENV: "1"}
    killed = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=300)
    assert killed.returncode == svc.FAULT_EXIT, killed.stderr
    with open_event(event, device_id="t") as edb:
        event_id = repo.load_event(edb).id
        assert repo.list_certificates(edb) == []  # the event transaction never committed
    store = RegistryStore.attach(registry_location)
    try:
        left = {r.participant_id: r.number for r in store.event_certificates(event_id)}
    finally:
        store.close()
    assert left  # the registry did commit
    env.pop(svc.FAULT_ENV)
    again = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=300)
    assert again.returncode == 0, again.stderr
    certs = json.loads(again.stdout)["certificates"]
    with open_event(event, device_id="t") as edb:
        numbers = {c.participant_id: c.number for c in repo.list_certificates(edb)}
    assert numbers == left  # the same numbers, none taken twice
    store = RegistryStore.attach(registry_location)
    try:
        assert len(store.all_certificates()) == len(certs) == len(left)
        assert store.allocate(2026, 1)[0] == len(left) + 1  # the series did not move on
    finally:
        store.close()
