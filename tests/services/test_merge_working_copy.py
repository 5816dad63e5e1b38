"""The assessor's working copy, as 'Buka paket tugas' makes it: the window names whose copy it
is, its own log records which package it came from, and the results it sends name that hand-out.

Written for mutants of services/merge.py that survived: the 'opened' audit entry removed,
working_copy_summary (run by no merge test), the results manifest's hand-out id."""

from __future__ import annotations

import hashlib
from pathlib import Path

from humas_desktop.formats.package import read_package
from humas_desktop.services.assessor_laptop import build_results, open_handout, working_copy_summary
from tests.services.laptops import score_and_send, setup_venue


def test_the_working_copy_knows_its_assessor_and_its_package(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    package = venue.handouts[row.id]
    handout_id = read_package(package).package_id
    path = lap.event_path = open_handout(lap.base, lap.device, package,
                                         coordinator_fingerprint=venue.coordinator.device.fingerprint)
    with lap.open(actor=row.id) as edb:
        assert working_copy_summary(edb) == (row.name, 2)  # "Salinan kerja Asesor Contoh 1: 2 asesi"
        opened = edb.conn.execute(
            "SELECT entity_id, new, actor FROM audit WHERE entity = 'package' AND field = 'opened'"
        ).fetchall()
        assert opened == [(handout_id, hashlib.sha256(package.read_bytes()).hexdigest(), row.id)]
    with venue.coordinator.open() as edb:
        assert working_copy_summary(edb) is None  # the coordinator's own file is no working copy
    sent = score_and_send(venue, 0)
    with lap.open(actor=row.id) as edb:
        # 'Kirim hasil' is in the copy's own log: which package, how many signed records.
        written = edb.conn.execute(
            "SELECT entity_id, new FROM audit WHERE entity = 'package' AND field = 'results_written'"
        ).fetchall()
        assert written == [(read_package(sent).package_id, "2")]
        _package_id, _data, manifest = build_results(edb, lap.device)
        assert manifest["handout_id"] == handout_id  # the results say which hand-out they answer
    assert path.exists()
