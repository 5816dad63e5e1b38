"""A hand-out round is all or nothing: closing the generator or a failure takes back what it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.services import handout
from tests.conftest import app_update
from tests.services.laptops import setup_venue


def test_closing_write_handouts_removes_the_packages_it_wrote(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=6, assessors=3)
    out = tmp_path / "stick2"
    with venue.coordinator.open() as edb:
        ids = sorted(r.id for r in venue.assessor_rows)
        gen = handout.write_handouts(edb, venue.coordinator.device, out, ids)
        first = next(gen)
        assert (first.done, first.total) == (1, 3) and len(list(out.glob("*.humaspkg"))) == 1
        gen.close()  # what the worker does on Batal
    assert list(out.iterdir()) == []


def test_a_failure_part_way_takes_back_the_earlier_packages(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=6, assessors=3)
    out = tmp_path / "stick2"
    last = venue.assessor_rows[2]
    ids = [r.id for r in venue.assessor_rows]  # the one without a key comes last
    with venue.coordinator.open() as edb:
        with edb.atomic():
            app_update(edb, "assessor", {"key_fingerprint": ""}, last.id)
        # write_handouts itself (handout_all now leaves unregistered laptops out and names them,
        # tests/services/test_handout_round.py): a failure part-way takes everything back.
        with pytest.raises(DomainError) as err:
            for _ in handout.write_handouts(edb, venue.coordinator.device, out, ids):
                pass
    assert err.value.code == "assessor_key_missing"
    assert list(out.iterdir()) == []
    with venue.coordinator.open() as edb:  # the full round still works once the key is back
        handout.register_device_key(edb, last.id, venue.assessors[2].device.fingerprint)
        assert len(handout.handout_all(edb, venue.coordinator.device, out, ids)) == 3
    assert len(list(out.glob("*.humaspkg"))) == 3
