"""Ancestry is the coordinator's own record (issue #21), the cases the mutation run found no test
holding: a results package that names a hand-out the coordinator never made, or another
assessor's, is refused as altered; a package from before hand-outs were recorded still merges on
its own claim; and an untouched identity that the coordinator corrected after the hand-out is the
assessor's as handed out (a person decides between the two changes of the row; the assessor is
not said to have changed what is not theirs)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from humas_desktop.formats.package import package_bytes, read_package
from humas_desktop.services import roster_edit
from humas_desktop.services.assessor_laptop import BASE_KEY, HANDOUT_KEY, open_handout
from humas_desktop.services.conflicts import list_conflicts
from humas_desktop.services.merge import merge_packages
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.services.laptops import Venue, score_and_send, setup_venue


def _with_manifest(package: Path, venue: Venue, out: Path, **changes: Any) -> Path:
    """The same results with manifest fields changed, signed again by the sender's laptop key."""
    contents = read_package(package)
    signer = venue.assessors[0].device
    out.write_bytes(package_bytes({**contents.manifest, **changes}, contents.snapshot,
                                  signer.public_bytes, signer.sign))
    return out


def _counts(venue: Venue) -> list[tuple[str, int]]:
    with venue.coordinator.open() as edb:
        return [(t, len(repo.table_rows(edb, t))) for t in ("assessment", "answer", "merge_conflict")]


def test_a_package_naming_a_hand_out_never_made_or_another_assessors_is_refused(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    honest = score_and_send(venue, 0)
    # The other assessor's hand-out as their laptop opened it: its id and the revisions it carried
    # (what a package naming it would have to claim as its base).
    other_lap, other_row = venue.assessors[1], venue.assessor_rows[1]
    other_copy = open_handout(other_lap.base, other_lap.device, venue.handouts[other_row.id],
                              coordinator_fingerprint=venue.coordinator.device.fingerprint)
    with open_event(other_copy, read_only=True) as edb:
        others, others_base = edb.setting(HANDOUT_KEY), json.loads(edb.setting(BASE_KEY) or "{}")
    before = _counts(venue)
    for name, changes in (("tak-dikenal", {"handout_id": str(uuid.uuid4())}),
                          ("milik-lain", {"handout_id": others, "base": others_base})):
        altered = _with_manifest(honest, venue, tmp_path / f"{name}.humaspkg", **changes)
        with venue.coordinator.open() as edb:
            report = merge_packages(edb, [altered])
        assert [(p.status, p.reason) for p in report.packages] == [("rejected", "package_altered")], name
        assert _counts(venue) == before
    with venue.coordinator.open() as edb:  # the honest one still merges
        assert merge_packages(edb, [honest]).packages[0].status == "applied"


def test_a_package_from_before_hand_outs_were_recorded_merges_on_its_claim(tmp_path: Path) -> None:
    """An event handed out by a version that kept no record of the hand-out: the package's own
    ``base`` stands (nothing else can say), and its results are applied."""
    venue = setup_venue(tmp_path, participants=2, assessors=1)
    package = score_and_send(venue, 0)
    assert venue.coordinator.event_path is not None
    conn = sqlite3.connect(venue.coordinator.event_path, isolation_level=None)
    conn.execute("DELETE FROM handout_record")  # not audited: the coordinator's own bookkeeping
    conn.close()
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [package])
        assert report.packages[0].status == "applied" and report.packages[0].conflicts == 0
        assert len(repo.table_rows(edb, "assessment", "WHERE status = 'ditandatangani'")) == 2


def test_an_identity_corrected_after_the_hand_out_is_not_blamed_on_the_assessor(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=2, assessors=1)
    package = score_and_send(venue, 0)  # the assessor set attendance; identity untouched
    pid = str(read_package(package).manifest["ids"]["participants"][0])
    with venue.coordinator.open() as edb:
        roster_edit.edit_participant(edb, pid, {"institution": "Dinas Kominfo Kota Cimahi"},
                                     reason="salah ketik instansi")
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [package])
        kinds = {c.kind for c in list_conflicts(edb) if c.entity_id == pid}
        row = repo.table_rows(edb, "participant", "WHERE id = ?", [pid])[0]
    assert report.packages[0].status == "applied"
    # Different columns of different owners (#24, merged column by column): no conflict at all,
    # and never 'not_owner'; the coordinator's correction and the assessor's attendance both stand.
    assert kinds == set()
    assert row["institution"] == "Dinas Kominfo Kota Cimahi"
    assert row["attendance"] == "hadir"
