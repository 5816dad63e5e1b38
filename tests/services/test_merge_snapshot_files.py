"""A package's snapshot is opened as foreign data (issue #21's mutation run found no test holding
these): a signed package whose snapshot is not a whole Humas event file is refused with nothing
changed, and the private work copy of the snapshot is let go of before its folder is removed (on
Windows a file still open cannot be removed, and the decrypted snapshot would stay on the disk)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

import pytest

from humas_desktop.formats.package import package_bytes, read_package
from humas_desktop.messages import MESSAGES
from humas_desktop.services.merge import merge_packages
from humas_desktop.storage import repository as repo
from tests.services.laptops import Laptop, Venue, score_and_send, setup_venue


@pytest.fixture(scope="module")
def venue(tmp_path_factory: pytest.TempPathFactory) -> Venue:
    return setup_venue(tmp_path_factory.mktemp("venue"), participants=4)


@pytest.fixture(scope="module")
def results(venue: Venue) -> Path:
    """Never merged into ``venue`` (the refused copies share its package id)."""
    return score_and_send(venue, 0)


def _state(lap: Laptop) -> list[tuple[str, int]]:
    with lap.open() as edb:
        return [(t, len(repo.table_rows(edb, t)))
                for t in ("participant", "assessment", "answer", "unit_result", "signoff", "merge_conflict")]


def _with_snapshot(package: Path, venue: Venue, snapshot: bytes, out: Path) -> Path:
    """The same package with another snapshot, signed again by the sender's registered key."""
    contents = read_package(package)
    signer = venue.assessors[0].device
    out.write_bytes(package_bytes(contents.manifest, snapshot, signer.public_bytes, signer.sign))
    return out


def _other_application(snapshot: bytes, tmp_path: Path) -> bytes:
    """The same tables and rows in a database another program made (its own application id)."""
    path = tmp_path / "lain.sqlite"
    path.write_bytes(snapshot)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA application_id = 1234567")
    conn.close()
    return path.read_bytes()


def _cut_short(snapshot: bytes, tmp_path: Path) -> bytes:
    """The first pages only (a copy that stopped half-way); the header still counts them all."""
    page_size = int.from_bytes(snapshot[16:18], "big")
    return snapshot[: page_size * 4]


@pytest.mark.parametrize("damage", [_other_application, _cut_short])
def test_a_snapshot_that_is_not_a_whole_event_file_is_refused(venue: Venue, results: Path,
                                                             tmp_path: Path, damage) -> None:
    snapshot = read_package(results).snapshot
    hostile = _with_snapshot(results, venue, damage(snapshot, tmp_path),
                             tmp_path / f"hasil-{damage.__name__}.humaspkg")
    before = _state(venue.coordinator)
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [hostile])
    assert [(p.status, p.reason) for p in report.packages] == [("rejected", "package_damaged")]
    assert "package_damaged" in MESSAGES
    assert _state(venue.coordinator) == before


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="lists open files through /proc")
def test_nothing_holds_the_snapshot_when_its_work_folder_is_removed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    venue = setup_venue(tmp_path, participants=2)  # its own: this package is merged
    results = score_and_send(venue, 0)
    held: list[str] = []
    removed: list[str] = []
    real_cleanup = tempfile.TemporaryDirectory.cleanup

    def cleanup(self: tempfile.TemporaryDirectory[str]) -> None:
        folder = os.path.realpath(self.name)
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if target.startswith(folder + os.sep):
                held.append(os.path.basename(target))
        removed.append(folder)
        real_cleanup(self)

    monkeypatch.setattr(tempfile.TemporaryDirectory, "cleanup", cleanup)
    with venue.coordinator.open() as edb:
        merge_packages(edb, [results])
    assert removed, "the snapshot was opened in a work folder"
    assert held == []
    assert not any(Path(f).exists() for f in removed)
