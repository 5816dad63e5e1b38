"""Merges and imports killed at random moments leave no participant NIK outside the event file
and its verified backups: not in the system temp folder, not anywhere in the data folder."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from humas_desktop.storage import backup as store
from humas_desktop.storage.db import open_event
from tests.formats import roster_corpus as corpus
from tests.services.laptops import score_and_send, setup_venue

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 30
SEED = 20261201


def _files(folder: Path) -> set[Path]:
    # os.walk, not rglob: a running child removes its work folder while we look (rglob then
    # raised FileNotFoundError now and then); os.walk skips what vanished.
    return {Path(root, name) for root, _dirs, names in os.walk(folder) for name in names}


def _work_files(system_tmp: Path, base: Path) -> set[Path]:
    return (_files(system_tmp) | _files(base / "tmp")
            | {p for p in _files(base / "backups") if p.name.startswith(".") and p.name.endswith(".tmp")})


def _hits(folder: Path, niks: set[bytes], allowed: set[Path]) -> list[str]:
    found: list[str] = []
    for path in folder.rglob("*"):
        if not path.is_file() or path in allowed:
            continue
        data = path.read_bytes()
        if any(nik in data for nik in niks):
            found.append(str(path.relative_to(folder)))
    return found


@pytest.mark.slow
def test_killed_merges_and_imports_leave_no_nik_behind(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path / "venue", participants=6, assessors=2)
    results = score_and_send(venue, 0)
    coord = venue.coordinator
    assert coord.event_path is not None
    roster = corpus.write(tmp_path / "r.xlsx", [corpus.good_row(n) for n in range(1, 40)], title_rows=1)
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(system_tmp),
           "HUMAS_DATA_DIR": str(coord.base)}
    rng = random.Random(SEED)
    base_cmd = [sys.executable, "-m", "humas_desktop", "--data-dir", str(coord.base)]
    # Every round starts from the event as it was before any merge (kept outside the searched
    # folders), so each merge does the whole work again instead of answering "sudah digabung".
    pristine = tmp_path / "pristine.humas"
    shutil.copyfile(coord.event_path, pristine)

    def restore() -> None:
        assert coord.event_path is not None
        for suffix in ("-wal", "-shm"):
            coord.event_path.with_name(coord.event_path.name + suffix).unlink(missing_ok=True)
        shutil.copyfile(pristine, coord.event_path)

    def command(what: str) -> list[str]:
        return [*base_cmd, *(["merge", str(coord.event_path), str(results)] if what == "merge"
                             else ["import", str(coord.event_path), str(roster), "--update-existing"])]

    # How long a whole run of each kind takes on this machine now: kills land inside that span,
    # so a loaded or a fast machine kills mid-way alike.
    full: dict[str, float] = {}
    for what in ("merge", "import"):
        restore()
        start = time.monotonic()
        subprocess.run(command(what), env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300, check=False)
        full[what] = time.monotonic() - start
    killed = 0
    for _ in range(ROUNDS):
        what = rng.choice(["merge", "import"])
        restore()
        before = _work_files(system_tmp, coord.base)
        child = subprocess.Popen(command(what), env=env, cwd=ROOT,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Kill while work is in flight: as soon as a work file, a temp file or a half-written
        # backup shows up (or at a random moment of the run if none does), plus a few milliseconds.
        deadline = time.monotonic() + rng.uniform(0.05, 0.9) * full[what]
        while child.poll() is None and time.monotonic() < deadline:
            if _work_files(system_tmp, coord.base) - before:
                time.sleep(rng.uniform(0.0, 0.1) * full[what])
                break
            time.sleep(0.002)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
            killed += 1
        child.wait()
    # The next start (any command) removes what the killed runs left.
    subprocess.run([*base_cmd, "check", str(coord.event_path)], env=env, cwd=ROOT, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    with open_event(coord.event_path, read_only=True) as edb:
        niks = {row[0].encode() for row in edb.conn.execute("SELECT nik FROM participant") if row[0]}
    # The roster's NIKs too: an import killed before it wrote them must leave them nowhere.
    niks |= {str(v).encode() for n in range(1, 40) for v in corpus.good_row(n)
             if str(v).isdigit() and len(str(v)) == 16}
    assert len(niks) > 40
    event = coord.event_path
    allowed = {event, event.with_name(event.name + "-wal"), event.with_name(event.name + "-shm")}
    for info in store.list_backups(coord.base / "backups" / event.stem, event.stem):
        if info.ok:
            allowed.add(info.path)
    leaks = _hits(system_tmp, niks, set()) + _hits(coord.base, niks, allowed)
    print(f"\n{ROUNDS} runs, {killed} killed mid-way, {len(leaks)} files with a NIK left behind")
    assert killed >= ROUNDS // 3
    assert not leaks, leaks
