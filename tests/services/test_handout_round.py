"""Hand-out without a terminal: packages named by assessor number and name, laptops not registered
yet named (the ready packages are still written), nothing assigned is an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.domain.errors import DomainError
from humas_desktop.messages import MESSAGES
from humas_desktop.services import handout
from humas_desktop.storage import repository as repo
from tests.conftest import app_update
from tests.services.laptops import setup_venue


def test_packages_are_named_by_assessor_number_and_name_only(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    with venue.coordinator.open() as edb:
        app_update(edb, "assessor", {"name": "Wahyuni Lestari"}, venue.assessor_rows[0].id)
        results = handout.handout_all(edb, venue.coordinator.device, tmp_path / "stick2")
        names = {str(r[0]) for r in edb.conn.execute("SELECT name FROM participant")}
    assert sorted(r.path.name for r in results) == ["paket-01-wahyuni.humaspkg",
                                                     "paket-02-asesor.humaspkg"]
    for r in results:
        assert not any(part.lower() in r.path.name for n in names for part in n.split() if len(part) > 3)


def test_unregistered_laptops_are_named_and_the_ready_packages_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    venue = setup_venue(tmp_path, participants=4)
    missing_row = venue.assessor_rows[1]
    with venue.coordinator.open() as edb:
        app_update(edb, "assessor", {"key_fingerprint": ""}, missing_row.id)
    out = tmp_path / "stick2"
    assert main(["--data-dir", str(venue.coordinator.base), "package", str(venue.coordinator.event_path),
                 "--all", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "1 paket tertulis" in printed
    assert f"laptop belum didaftarkan): {missing_row.name}" in printed
    assert [p.name for p in out.iterdir()] == ["paket-01-asesor.humaspkg"]


def test_nothing_assigned_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    venue = setup_venue(tmp_path, participants=4)
    with venue.coordinator.open() as edb:
        for row in repo.table_rows(edb, "assignment"):
            repo.audited_delete(edb, "assignment", str(row["id"]), "uji")
        with pytest.raises(DomainError) as err:
            handout.handout_all(edb, venue.coordinator.device, tmp_path / "x")
    assert err.value.code == "nothing_assigned" and err.value.code in MESSAGES
    out = tmp_path / "stick2"
    assert main(["--data-dir", str(venue.coordinator.base), "package", str(venue.coordinator.event_path),
                 "--all", "--out", str(out)]) == 1
    err_text = capsys.readouterr().err
    assert "Belum ada asesi yang dibagikan" in err_text and len(err_text.strip().splitlines()) == 1
    assert not out.exists() or not list(out.iterdir())


def test_no_laptop_registered_at_all_names_them(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    with venue.coordinator.open() as edb:
        app_update(edb, "assessor", {"key_fingerprint": ""})
        with pytest.raises(DomainError) as err:
            handout.handout_all(edb, venue.coordinator.device, tmp_path / "x")
    assert err.value.code == "no_laptop_registered"
    assert venue.assessor_rows[0].name in MESSAGES[err.value.code].format(**err.value.context)


@pytest.mark.parametrize(("name", "expected"), [
    ("Wahyuni Lestari", "paket-03-wahyuni.humaspkg"),
    ("Dra. Wahyuni Lestari, M.Si.", "paket-03-wahyuni.humaspkg"),
    ("Dr. Ir. H. Ahmad Fauzi, S.I.Kom., M.Si.", "paket-03-ahmad.humaspkg"),
    ("Drs Bambang Sutrisno", "paket-03-bambang.humaspkg"),
    ("Hj. Nur’aini Rahma, S.Sos.", "paket-03-nuraini.humaspkg"),
    ("Prof. Dr. I Made Wirawan", "paket-03-made.humaspkg"),
    ("Ng Li", "paket-03-ng.humaspkg"),
])
def test_package_name_uses_the_first_name_not_an_academic_title(name: str, expected: str) -> None:
    # The coordinator hands "paket-03-..." to the person it names: "paket-03-dra" names nobody.
    assert handout.handout_file_name(3, name) == expected


def test_registering_a_laptop_after_signing_on_the_coordinator_keeps_the_event_usable(tmp_path: Path) -> None:
    # One laptop first: assessor 1 signs a participant on the coordinator's laptop (no laptop key
    # registered yet). Then the coordinator registers assessor 1's own laptop for the next round.
    from humas_desktop.services.integrity import verify_for_use
    from humas_desktop.services.scoring import ScoringService
    from tests.services.laptops import score

    venue = setup_venue(tmp_path, participants=4)
    row = venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        app_update(edb, "assessor", {"key_fingerprint": ""}, row.id)
    with venue.coordinator.open(actor=row.id) as edb:
        svc = ScoringService(edb, venue.coordinator.device)
        first = handout.participants_of(edb, row.id)[0]
        score(svc, svc.open_assessment(first, row.id, venue.scheme.id), venue.scheme, row, bk=False)
        verify_for_use(edb)  # fine so far
        handout.register_device_key(edb, row.id, venue.assessors[0].device.fingerprint)
        verify_for_use(edb)  # today: "event_tampered" (signoff_unknown_key): no hand-out, no documents
