"""Merging several packages as the coordinator relies on it, now that the packages are read and
verified in a process of their own, one ahead of the merge (#25, the merge command's speed):
the reading happens outside the coordinator's process; every package is still merged or refused
on its own, in the order given, with its own reason; a package changed after sign-off is refused
as before; a cancelled merge keeps what it merged and leaves nothing running or behind; a reader
that dies changes nothing the coordinator sees; a merge killed at any moment leaves whole packages
only and a file that passes its check.

The test packages are small: the reader is made to start for them (package_reader.MIN_BYTES)."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from humas_desktop.cli import main as cli_main
from humas_desktop.domain.errors import DomainError
from humas_desktop.formats import package as package_format
from humas_desktop.messages import message
from humas_desktop.services import merge, package_reader
from humas_desktop.services.integrity import integrity_findings, verify_for_use
from humas_desktop.services.merge import import_results, merge_packages
from humas_desktop.storage import header
from humas_desktop.storage.db import open_event
from tests.services.laptops import Venue, forged_results, score_and_send, setup_venue

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _reader_for_small_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package_reader, "MIN_BYTES", 0)


def _assessments_by_sender(venue: Venue, path: Path | None = None) -> dict[str, int]:
    target = path or venue.coordinator.event_path
    assert target is not None
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        return {str(a): int(n) for a, n in conn.execute(
            "SELECT assessor_id, count(*) FROM assessment GROUP BY assessor_id")}
    finally:
        conn.close()


def _damaged(package: Path, out: Path) -> Path:
    """The package with bytes in the middle of its snapshot's compressed stream changed."""
    data = bytearray(package.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(b ^ 0x5A for b in data[middle:middle + 64])
    out.write_bytes(bytes(data))
    return out


def _work_files() -> list[Path]:
    """What merging left in this process's private work folder (snapshots written there)."""
    from humas_desktop.paths import running_data_dir, work_dir

    return sorted(work_dir(running_data_dir()).iterdir())


def _readers() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.name == "humas-merge-read"]


def test_the_packages_are_read_in_another_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    venue = setup_venue(tmp_path, participants=6, assessors=3)
    packages = [score_and_send(venue, i) for i in range(3)]
    here: list[int] = []
    real_read = package_format.read_package

    def read_here(path: Path, passphrase: str | None = None) -> package_format.PackageContents:
        here.append(os.getpid())  # this process read a package itself
        return real_read(path, passphrase)

    monkeypatch.setattr(merge, "read_package", read_here)
    monkeypatch.setattr(package_format, "read_package", read_here)
    with venue.coordinator.open() as edb:
        merging = import_results(edb, packages)
        next(merging)
        readers = _readers()
        assert [p.pid for p in readers] and all(p.pid != os.getpid() for p in readers)
        for _step in merging:
            pass
    assert here == []  # every package was read, decrypted and verified by the reader
    assert _assessments_by_sender(venue) == {r.id: 2 for r in venue.assessor_rows}
    assert not _readers()


def test_each_package_is_merged_or_refused_on_its_own_in_the_order_given(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    venue = setup_venue(tmp_path, participants=6, assessors=3)
    first, second, third = (score_and_send(venue, i) for i in range(3))
    damaged = _damaged(second, venue.stick / "rusak.humaspkg")
    missing = venue.stick / "tidak-ada.humaspkg"
    assert venue.coordinator.event_path is not None
    code = cli_main(["merge", str(venue.coordinator.event_path),
                     *map(str, (first, damaged, missing, third, first))])
    out = capsys.readouterr().out.splitlines()
    assert code == 1  # something was refused
    # One line per package, in the order given: what was merged, what was refused and why.
    assert [line.split()[0] for line in out[:5]] == ["OK", "DITOLAK", "DITOLAK", "OK", "SUDAH"]
    assert out[1].endswith(message("package_tampered")) or out[1].endswith(message("package_damaged"))
    assert out[2].endswith(message("package_missing"))
    rows = venue.assessor_rows
    by_sender = _assessments_by_sender(venue)
    assert by_sender.get(rows[0].id) == by_sender.get(rows[2].id) == 2  # merged whole
    assert rows[1].id not in by_sender  # the damaged package merged nothing
    # Then the good copy of the second package still merges.
    with venue.coordinator.open() as edb:
        assert [p.status for p in merge_packages(edb, [second]).packages] == ["applied"]
    assert _assessments_by_sender(venue).get(rows[1].id) == 2
    assert not _readers()
    assert _work_files() == []  # no snapshot left behind, the refused and duplicate ones included


def test_an_encrypted_package_is_read_there_with_its_passphrase(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4, assessors=2)
    plain = score_and_send(venue, 0)
    locked = venue.stick / "terkunci.humaspkg"
    package_format.write_package(locked, plain.read_bytes(), passphrase="kata sandi rahasia 2026")
    with venue.coordinator.open() as edb:
        refused = merge_packages(edb, [locked])
        merged = merge_packages(edb, [locked], passphrase="kata sandi rahasia 2026")
    assert [(p.status, p.reason) for p in refused.packages] == [("rejected", "package_needs_passphrase")]
    assert [p.status for p in merged.packages] == ["applied"]
    assert _assessments_by_sender(venue) == {venue.assessor_rows[0].id: 2}


def _note_changed_after_sign_off(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE unit_result SET notes = 'diubah' WHERE rowid = (SELECT min(rowid) FROM unit_result)")


def _receipt_signature_replaced(conn: sqlite3.Connection) -> None:
    """A receipt whose signature is another receipt's: the signature no longer verifies."""
    conn.execute("UPDATE signoff SET signature = (SELECT signature FROM signoff ORDER BY id DESC LIMIT 1) "
                 "WHERE id = (SELECT min(id) FROM signoff)")


@pytest.mark.parametrize("edit", [_note_changed_after_sign_off, _receipt_signature_replaced],
                         ids=["a note changed after sign-off", "a receipt's signature replaced"])
def test_a_package_changed_after_sign_off_is_refused_whole_as_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: Callable[[sqlite3.Connection], None]) -> None:
    venue = setup_venue(tmp_path, participants=4)
    results = score_and_send(venue, 0)
    forged = forged_results(results, venue.assessors[0].device, edit, tmp_path / "palsu.humaspkg")
    outcomes = []
    for threshold in (0, 1 << 60):  # read by the reader, then (as before) here
        monkeypatch.setattr(package_reader, "MIN_BYTES", threshold)
        with venue.coordinator.open() as edb:
            report = merge_packages(edb, [forged]).as_dict()
            outcomes.append((report["rejected"], report["added"]))
            assert integrity_findings(edb) == []  # nothing of it was kept
    assert outcomes == [([{"package": forged.name, "reason": "package_receipt_mismatch"}], 0)] * 2
    assert _assessments_by_sender(venue) == {}
    monkeypatch.setattr(package_reader, "MIN_BYTES", 0)
    with venue.coordinator.open() as edb:  # the real package still merges
        assert [p.status for p in merge_packages(edb, [results]).packages] == ["applied"]


def test_a_cancelled_merge_keeps_what_it_merged_and_leaves_nothing_running(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=6, assessors=3)
    packages = [score_and_send(venue, i) for i in range(3)]
    assert venue.coordinator.event_path is not None
    with venue.coordinator.open() as edb:
        merging = import_results(edb, packages)
        step = next(merging)  # the first package merged and committed
        assert (step.done, step.total) == (1, 3)
        assert _readers()
        merging.close()  # the coordinator cancels (Batal)
        assert not _readers()
        assert header.held_count(venue.coordinator.event_path) == 1  # no second connection left
        verify_for_use(edb)
    rows = venue.assessor_rows
    assert _assessments_by_sender(venue) == {rows[0].id: 2}
    assert _work_files() == []  # the package read ahead for nothing is removed too


def test_a_reader_that_dies_changes_nothing_the_coordinator_sees(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=6, assessors=3)
    packages = [score_and_send(venue, i) for i in range(3)]
    with venue.coordinator.open() as edb:
        merging = import_results(edb, packages)
        next(merging)
        [reader] = _readers()
        assert reader.pid is not None
        os.kill(reader.pid, signal.SIGKILL)  # out of memory, killed from a task manager
        reader.join()
        steps = [s.done for s in merging]
        assert steps == [2, 3]
    assert _assessments_by_sender(venue) == {r.id: 2 for r in venue.assessor_rows}
    assert _work_files() == []


@pytest.mark.parametrize("failure", [OSError(11, "Resource temporarily unavailable"),
                                     RuntimeError("not bootstrapped")],
                         ids=["no process can be made (a process or memory limit)",
                              "spawn refused (an unguarded main module)"])
def test_a_reader_that_cannot_start_changes_nothing_the_coordinator_sees(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: Exception) -> None:
    """The laptop cannot start one more process: the merge reads the packages itself, as without a
    reader (on 9b2c25d it stopped with a traceback, AssertionError from joining a process that never
    started)."""
    venue = setup_venue(tmp_path, participants=6, assessors=3)
    packages = [score_and_send(venue, i) for i in range(3)]

    def cannot_start(self: multiprocessing.process.BaseProcess) -> None:
        raise failure

    monkeypatch.setattr(multiprocessing.get_context("spawn").Process, "start", cannot_start)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, packages)
        verify_for_use(edb)
    assert [p.status for p in report.packages] == ["applied"] * 3
    assert _assessments_by_sender(venue) == {r.id: 2 for r in venue.assessor_rows}
    assert not _readers()
    assert _work_files() == []


def test_nothing_is_read_into_the_work_folder_of_a_merge_refused_before_it_began(
        tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4, assessors=2)
    packages = [score_and_send(venue, i) for i in range(2)]
    assert venue.coordinator.event_path is not None
    conn = sqlite3.connect(venue.coordinator.event_path, isolation_level=None)
    conn.execute("UPDATE participant SET name = 'Diubah Diam-diam' WHERE number = 1")  # behind its back
    conn.close()
    with venue.coordinator.open() as edb, pytest.raises(DomainError) as refused:
        merge_packages(edb, packages)
    assert refused.value.code == "event_tampered"
    assert not _readers()
    assert _work_files() == []
    assert _assessments_by_sender(venue) == {}


def test_the_event_file_alone_holds_every_merged_row(tmp_path: Path) -> None:
    """What a coordinator copies to a stick right after merging is the file, not its -wal."""
    venue = setup_venue(tmp_path, participants=6, assessors=3)
    packages = [score_and_send(venue, i) for i in range(3)]
    assert venue.coordinator.event_path is not None
    copy = tmp_path / "salinan.humas"
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, packages)
        assert [p.status for p in report.packages] == ["applied"] * 3
        shutil.copyfile(venue.coordinator.event_path, copy)  # the file only, while it is open
    assert not copy.with_name(copy.name + "-wal").exists()
    assert _assessments_by_sender(venue, copy) == {r.id: 2 for r in venue.assessor_rows}


def _children_of(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(p) for p in task.read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds the reader through /proc")
def test_a_merge_killed_at_any_moment_leaves_whole_packages_and_a_sound_file(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=24, assessors=4)
    packages = [score_and_send(venue, i) for i in range(4)]
    assert venue.coordinator.event_path is not None
    original = tmp_path / "asli.humas"
    shutil.copyfile(venue.coordinator.event_path, original)
    senders = {p: venue.assessor_rows[i].id for i, p in enumerate(packages)}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    seen: set[int] = set()
    for delay in (0.0, 0.01, 0.03, 0.06, 0.1, 0.15, 0.25, 0.4):
        shutil.copyfile(original, venue.coordinator.event_path)
        child = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("merge_kill_child.py")),
             str(venue.coordinator.event_path), *map(str, packages)],
            stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        assert child.stdout.readline().strip() == "merged 1"
        readers = _children_of(child.pid)
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        said = [line.strip() for line in child.stdout.read().splitlines()]
        child.stdout.close()
        acknowledged = 1 + sum(1 for line in said if line.startswith("merged "))
        with open_event(venue.coordinator.event_path, device_id="after-kill") as edb:
            verify_for_use(edb)  # chain, replay and receipts: a sound file
            applied = {str(r[0]) for r in edb.conn.execute("SELECT package_id FROM applied_package")}
        by_sender = _assessments_by_sender(venue)
        merged = [p for p in packages if by_sender.get(senders[p])]
        # Whole packages only, in the order given, and at least every one the child said it merged.
        assert all(by_sender[senders[p]] == 6 for p in merged)
        assert merged == packages[:len(merged)] and len(merged) >= acknowledged
        assert len(applied) == len(merged)
        seen.add(len(merged))
        # The reader does not outlive the merge it read for (it ends with its parent).
        assert readers
        deadline = time.monotonic() + 10
        while any(_alive(p) for p in readers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(p) for p in readers)
    assert len(seen) > 1  # the kills did land at different moments
