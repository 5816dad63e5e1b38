"""'Buka paket tugas' shows a preview (signer fingerprint, event, asesi count) before anything is
installed or trusted: a package made for another laptop, or one that is not a hand-out, is
refused already there, with its message, and nothing is pinned or written.

Written for a mutant of services/merge.py that survived: removing the checks from
preview_handout (only open_handout's own checks were tested)."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.messages import message
from humas_desktop.services.assessor_laptop import preview_handout
from humas_desktop.storage import trusted_keys
from tests.services.laptops import score_and_send, setup_venue


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_preview_refuses_a_package_for_another_laptop_or_not_a_hand_out(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    mine, other = venue.assessors[0], venue.assessors[1]
    theirs = venue.handouts[venue.assessor_rows[1].id]
    results = score_and_send(venue, 1)  # the second assessor's results package
    before = _files(mine.base)
    for package, code in ((theirs, "package_foreign"), (results, "package_not_handout")):
        with pytest.raises(DomainError) as refused:
            preview_handout(mine.base, mine.device, package)
        assert refused.value.code == code
        assert message(code) and not message(code).startswith("Terjadi kesalahan")
    assert _files(mine.base) == before  # nothing installed, nothing pinned
    with pytest.raises(DomainError):
        preview_handout(other.base, other.device, results)
    # Its own hand-out previews fine on the first laptop.
    own = preview_handout(mine.base, mine.device, venue.handouts[venue.assessor_rows[0].id])
    assert own.participants > 0 and not own.trusted
    assert trusted_keys.pinned(mine.base, own.event_id) is None
