"""Issue 24 (N9): results packages are named for people: the assessor's name (without titles or
degrees, safe for any file system) and the event's short name and date; never ids only, never a
participant's data. The merge report lists assessors, one summary line each."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from humas_desktop.services import handout
from humas_desktop.services.merge import merge_packages
from humas_desktop.storage import repository as repo
from tests.services.laptops import score_and_send, setup_venue

SAFE = re.compile(r"^[a-z0-9-]+\.humaspkg$")


def test_results_package_is_named_for_its_assessor_and_event(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    first = score_and_send(venue, 0)
    again = score_and_send(venue, 0)
    assessor = venue.assessor_rows[0]
    for path in (first, again):
        assert SAFE.match(path.name), path.name
        assert path.name.startswith("hasil-asesor-contoh-uji-tiga-laptop-2026-11-23-"), path.name
        assert assessor.id[:8] not in path.name  # not the old hasil-asesor-<ids>
    assert first != again and first.exists() and again.exists()  # each send its own file
    with venue.coordinator.open() as edb:
        people = repo.table_rows(edb, "participant")
    for p in people:
        assert str(p["nik"]) not in first.name
        assert all(w.lower() not in first.name for w in str(p["name"]).split() if len(w) > 3)


def test_titles_and_degrees_are_left_out_and_odd_letters_made_safe() -> None:
    from humas_desktop.services.assessor_laptop import results_name

    name = results_name("Dra. Wahyuni Lestari, M.Si.", "Uji Kompetensi Humas / Batch #2", date(2026, 3, 5),
                        "1a2b3c4d-0000")
    assert name == "hasil-wahyuni-lestari-uji-kompetensi-humas-bat-2026-03-05-1a2b3c.humaspkg"
    assert SAFE.match(results_name("Ir. Kétut Ārsana 😀, M.T.", "Sertifikasi: Humas", None, "abcdef99"))
    assert results_name("Ir. Kétut Ārsana, M.T.", "Acara", None, "abcdef99") == \
        "hasil-ketut-arsana-acara-abcdef.humaspkg"


def test_merge_report_lists_assessors_with_a_summary_each(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path, participants=4)
    packages = [score_and_send(venue, 0), score_and_send(venue, 1)]
    with venue.coordinator.open() as edb:
        own = {a.name: len(handout.participants_of(edb, a.id)) for a in venue.assessor_rows}
        report = merge_packages(edb, packages)
    assert [p.assessor_name for p in report.packages] == [a.name for a in venue.assessor_rows]
    summary = {a["name"]: (a["added"], a["updated"], a["conflicts"]) for a in report.as_dict()["assessors"]}
    assert summary == {name: (n, n, 0) for name, n in own.items()}
