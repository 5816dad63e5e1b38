"""Issue #23: the pairing code cannot be forged from what a package carries.

The old code was 8 digits of SHA-256(event id | signer fingerprint). Both are in every hand-out, so
a stranger could pick an event id that makes their own key show the coordinator's printed code
(2^26.6 tries). Here the search is a birthday search over the real event's id as well, so it runs in
a second, but the forged package is the same one: another event id, the stranger's key, the real
printed code. It must be refused and pin nothing."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Event
from humas_desktop.formats.package import package_bytes, read_package
from humas_desktop.paths import events_dir
from humas_desktop.services.assessor_laptop import open_handout
from humas_desktop.services.handout import coordinator_pairing_code
from humas_desktop.storage import trusted_keys
from humas_desktop.storage.device import Device, load_or_create_device
from tests.services import laptops
from tests.services.laptops import setup_venue


def old_code(event_id: str, fingerprint: str) -> str:
    """The 8-digit code of da7ae9f, as any package holder can compute it."""
    digest = hashlib.sha256(f"humas-pairing|{event_id}|{fingerprint}".encode()).digest()
    number = int.from_bytes(digest[:8], "big") % 10 ** 8
    return f"{number // 10 ** 4:04d}-{number % 10 ** 4:04d}"


def colliding_ids(real_fp: str, stranger_fp: str) -> tuple[str, str]:
    """An event id for the real event and one for the forgery with the same old code."""
    seen: dict[str, str] = {}
    n = 0
    while True:
        n += 1
        real = str(uuid.UUID(int=n))
        seen.setdefault(old_code(real, real_fp), real)
        forged = str(uuid.UUID(int=(1 << 100) + n))
        hit = seen.get(old_code(forged, stranger_fp))
        if hit is not None:
            return hit, forged


def forged_handout(package: Path, stranger: Device, event_id: str, out: Path) -> Path:
    """The real hand-out moved to ``event_id`` and signed by the stranger."""
    contents = read_package(package)
    snap = out.with_suffix(".sqlite")
    snap.write_bytes(contents.snapshot)
    conn = sqlite3.connect(snap, isolation_level=None)
    conn.execute("UPDATE event SET id = ?", (event_id,))
    conn.close()
    manifest = {**contents.manifest, "event_id": event_id}
    out.write_bytes(package_bytes(manifest, snap.read_bytes(), stranger.public_bytes, stranger.sign))
    snap.unlink()
    return out


def test_a_stranger_who_matches_the_old_code_by_choosing_the_event_id_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    coordinator = load_or_create_device(tmp_path / "koordinator")
    stranger = load_or_create_device(tmp_path / "orang-asing")
    real_id, forged_id = colliding_ids(coordinator.fingerprint, stranger.fingerprint)
    assert old_code(real_id, coordinator.fingerprint) == old_code(forged_id, stranger.fingerprint)
    monkeypatch.setattr(laptops, "Event", lambda **kw: Event(**kw, id=real_id))
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        printed = coordinator_pairing_code(edb, venue.coordinator.device)  # what the slip shows
    forged = forged_handout(venue.handouts[row.id], stranger, forged_id, tmp_path / "palsu.humaspkg")
    with pytest.raises(DomainError) as err:
        open_handout(lap.base, lap.device, forged, pairing_code=printed)
    assert err.value.code == "pairing_code_wrong"
    assert trusted_keys.pinned(lap.base, forged_id) is None
    assert not list(events_dir(lap.base).glob("*.humas"))
    # The real package still opens with the printed code and pins the real key.
    open_handout(lap.base, lap.device, venue.handouts[row.id], pairing_code=printed)
    assert trusted_keys.pinned(lap.base, real_id) == coordinator.fingerprint
