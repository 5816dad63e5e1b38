"""Opening a hand-out on the assessor's laptop (issue #21's mutation run found no test holding
these): the working copy remembers which coordinator key it came from, so when the laptop's list
of trusted keys is lost (a data folder restored without ``trusted_coordinators.json``) a hand-out
for the same event signed by another key is still refused, even once its own pairing code is
typed; and the working copy opens for scoring at once (sealed by this laptop: its first open does
not refuse writes while a full check runs)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.package import package_bytes, read_package
from humas_desktop.messages import message
from humas_desktop.services.assessor_laptop import HANDOUT_KEY, open_handout
from humas_desktop.services.handout import pairing_code
from humas_desktop.services.startup_check import check_event
from humas_desktop.storage import trusted_keys
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.services.laptops import setup_venue


def test_another_key_for_an_event_held_here_is_refused_after_the_pins_were_lost(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    real = venue.handouts[row.id]
    held = open_handout(lap.base, lap.device, real,
                        coordinator_fingerprint=venue.coordinator.device.fingerprint)
    with open_event(held, read_only=True) as edb:
        handout_id = edb.setting(HANDOUT_KEY)
    before = held.read_bytes()
    # Another hand-out of the same event, signed by a stranger's key.
    stranger = load_or_create_device(tmp_path / "orang-asing")
    contents = read_package(real)
    forged = tmp_path / "paket-lain.humaspkg"
    forged.write_bytes(package_bytes({**contents.manifest, "package_id": str(uuid.uuid4())},
                                     contents.snapshot, stranger.public_bytes, stranger.sign))
    (lap.base / trusted_keys.FILE_NAME).unlink()  # the list of trusted keys is gone
    with pytest.raises(DomainError) as refused:
        open_handout(lap.base, lap.device, forged, pairing_code=pairing_code(stranger.fingerprint))
    assert refused.value.code == "package_unknown_key"
    assert message(refused.value.code) == ("Paket ditandatangani oleh kunci yang tidak terdaftar "
                                           "untuk asesor ini.")
    assert held.read_bytes() == before
    with open_event(held, read_only=True) as edb:
        assert edb.setting(HANDOUT_KEY) == handout_id
    event_id = str(contents.manifest["event_id"])
    assert trusted_keys.pinned(lap.base, event_id) is None  # the stranger is not trusted now


def test_the_working_copy_opens_for_scoring_without_waiting_for_a_full_check(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[1], venue.assessor_rows[1]
    held = open_handout(lap.base, lap.device, venue.handouts[row.id],
                        coordinator_fingerprint=venue.coordinator.device.fingerprint)
    opened = check_event(held, lap.base, lap.device, defer_unsealed=True)
    assert opened.ok and not opened.deferred
    # another laptop (not the one that installed it) would have to check it first
    other = load_or_create_device(tmp_path / "laptop-lain")
    assert check_event(held, lap.base, other, defer_unsealed=True).deferred
