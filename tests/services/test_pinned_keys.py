"""Pinned keys: a hand-out opens only when its signer is the coordinator key this laptop trusts
for that event; first contact pins it after the assessor confirmed the pairing code."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.messages import MESSAGES
from humas_desktop.paths import events_dir
from humas_desktop.services.assessor_laptop import open_handout, preview_handout
from humas_desktop.services.handout import pairing_code
from humas_desktop.storage import packages_store, trusted_keys
from humas_desktop.storage.device import load_or_create_device
from tests.services.hostile import EVIL_TRIGGER, resigned
from tests.services.laptops import Venue, setup_venue


def _code_of(err: pytest.ExceptionInfo[DomainError]) -> str:
    assert err.value.code in MESSAGES
    return err.value.code


def test_a_hand_out_signed_by_a_stranger_is_refused(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    stranger = load_or_create_device(tmp_path / "orang-asing")
    forged = resigned(venue.handouts[row.id], stranger, [], tmp_path / "paket-palsu.humaspkg")
    # Never paired: nothing opens without the assessor confirming the key.
    with pytest.raises(DomainError) as err:
        open_handout(lap.base, lap.device, forged)
    assert _code_of(err) == "package_not_paired"
    assert stranger.fingerprint in MESSAGES[err.value.code].format(**err.value.context)
    # The code on the real coordinator's screen does not match the stranger's key.
    real_code = pairing_code(venue.coordinator.device.fingerprint)
    with pytest.raises(DomainError) as err:
        open_handout(lap.base, lap.device, forged, pairing_code=real_code)
    assert _code_of(err) == "pairing_code_wrong"
    assert not list(events_dir(lap.base).glob("*.humas"))
    # Once the real coordinator is pinned, the stranger's package is refused outright.
    open_handout(lap.base, lap.device, venue.handouts[row.id], pairing_code=real_code)
    with pytest.raises(DomainError) as err:
        open_handout(lap.base, lap.device, forged)
    assert _code_of(err) == "package_unknown_key"


def _event_id(venue: Venue) -> str:
    with venue.coordinator.open() as edb:
        event_id = packages_store.event_id(edb.conn)
    assert event_id
    return event_id


def test_first_contact_pins_the_key_after_the_pairing_code_is_confirmed(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[1], venue.assessor_rows[1]
    coordinator_fp = venue.coordinator.device.fingerprint
    preview = preview_handout(lap.base, lap.device, venue.handouts[row.id])
    assert preview.signer_fingerprint == coordinator_fp and not preview.trusted
    assert preview.participants == 2
    event_id = _event_id(venue)
    code = pairing_code(coordinator_fp)
    assert len(code) == 19 and code[4::5] == "---"
    # Typed in lower case, without dashes and with spaces: still the same code.
    typed = " " + " ".join(code.lower().split("-")) + " "
    path = open_handout(lap.base, lap.device, venue.handouts[row.id], pairing_code=typed)
    assert path.exists()
    assert trusted_keys.pinned(lap.base, event_id) == coordinator_fp
    assert preview_handout(lap.base, lap.device, venue.handouts[row.id]).trusted
    # Pinned: opening again needs no code (the same package is a no-op).
    assert open_handout(lap.base, lap.device, venue.handouts[row.id]) == path


def test_a_refused_package_pins_nothing(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    hostile = resigned(venue.handouts[row.id], venue.coordinator.device, [EVIL_TRIGGER],
                       tmp_path / "paket.humaspkg")
    with pytest.raises(DomainError):
        open_handout(lap.base, lap.device, hostile,
                     coordinator_fingerprint=venue.coordinator.device.fingerprint)
    assert trusted_keys.load(lap.base) == {}
