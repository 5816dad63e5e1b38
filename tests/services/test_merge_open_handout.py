"""Opening a hand-out on an assessor's laptop checks what is inside against what the signed list
says, and recovers from an open that was cut short.

Each hand-out here is a real one from the coordinator's laptop, changed and signed again with
that laptop's own (pinned) key: only the contents checks can refuse it. Written for mutants of
services/merge.open_handout that survived (the count check and the event-id check removed, the
stale work files of an interrupted open left in place)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.package import package_bytes, read_package
from humas_desktop.messages import message
from humas_desktop.services.assessor_laptop import open_handout
from humas_desktop.storage.db import open_event
from tests.services.laptops import Venue, setup_venue


def _resigned(venue: Venue, package: Path, edit: Callable[[sqlite3.Connection], None],
              out: Path) -> Path:
    """``package`` with its snapshot changed by ``edit``, manifest untouched, signed again by the
    coordinator's laptop key (the key the assessor's laptop trusts)."""
    contents = read_package(package)
    snap = out.with_suffix(".sqlite")
    snap.write_bytes(contents.snapshot)
    conn = sqlite3.connect(snap, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        edit(conn)
    finally:
        conn.close()
    data = snap.read_bytes()
    snap.unlink()
    device = venue.coordinator.device
    out.write_bytes(package_bytes(dict(contents.manifest), data, device.public_bytes, device.sign))
    return out


def _events(venue: Venue) -> list[Path]:
    return sorted((venue.assessors[0].base / "events").glob("*"))


@pytest.mark.parametrize(("edit", "code"), [
    (lambda conn: conn.execute("DELETE FROM participant WHERE id = (SELECT max(id) FROM participant)"),
     "package_counts_mismatch"),
    (lambda conn: conn.execute("UPDATE participant SET id = 'orang-lain' "
                               "WHERE id = (SELECT max(id) FROM participant)"),
     "package_counts_mismatch"),
    (lambda conn: conn.execute("UPDATE event SET id = 'acara-lain'"), "package_tampered"),
    (lambda conn: conn.execute("DELETE FROM event"), "event_missing"),
], ids=["one asesi fewer than listed", "an asesi swapped for another", "another event inside",
        "no event inside"])
def test_a_hand_out_whose_contents_differ_from_its_signed_list_is_refused(
        tmp_path: Path, edit: Callable[[sqlite3.Connection], None], code: str) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    bad = _resigned(venue, venue.handouts[row.id], edit, tmp_path / "ubah.humaspkg")
    with pytest.raises(DomainError) as refused:
        open_handout(lap.base, lap.device, bad,
                     coordinator_fingerprint=venue.coordinator.device.fingerprint)
    assert refused.value.code == code
    assert not message(code).startswith("Terjadi kesalahan")
    assert _events(venue) == []  # nothing installed
    # The real hand-out still opens.
    path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                        coordinator_fingerprint=venue.coordinator.device.fingerprint)
    with open_event(path, read_only=True) as edb:
        assert edb.conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 2


def test_an_open_cut_short_leaves_nothing_that_spoils_the_next_one(tmp_path: Path) -> None:
    """A laptop switched off while 'Buka paket tugas' wrote its working copy leaves the
    half-written copy and its -wal behind (here a -wal that renames every asesi); opening the
    package again gives the coordinator's copy, not one with the stale log folded in."""
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    first = open_handout(lap.base, lap.device, venue.handouts[row.id],
                         coordinator_fingerprint=venue.coordinator.device.fingerprint)
    events = first.parent
    with open_event(first, read_only=True) as edb:
        names = sorted(r[0] for r in edb.conn.execute("SELECT name FROM participant"))
    first.unlink()
    half = events / (first.name + ".new")
    half.write_bytes(read_package(venue.handouts[row.id]).snapshot)
    conn = sqlite3.connect(half, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE participant SET name = 'Nama Basi'")
    stale_wal = half.with_name(half.name + "-wal").read_bytes()
    conn.close()  # checkpoints and removes its -wal: put the stale one back, as a power cut leaves it
    half.write_bytes(read_package(venue.handouts[row.id]).snapshot)
    half.with_name(half.name + "-wal").write_bytes(stale_wal)
    again = open_handout(lap.base, lap.device, venue.handouts[row.id],
                         coordinator_fingerprint=venue.coordinator.device.fingerprint)
    assert again == first
    with open_event(again, read_only=True) as edb:
        assert sorted(r[0] for r in edb.conn.execute("SELECT name FROM participant")) == names
    assert not [p.name for p in events.iterdir() if ".new" in p.name]  # no half-written leftovers
