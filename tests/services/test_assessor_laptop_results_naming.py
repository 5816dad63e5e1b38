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


def test_a_participant_removed_on_the_assessors_laptop_is_named_in_the_report(tmp_path: Path) -> None:
    """N10: a removal on the assessor's copy was silently dropped at merge; the participant
    stays on the coordinator's roster, and now the report says which one did not come back."""
    import sqlite3

    from tests.services.laptops import forged_results

    venue = setup_venue(tmp_path, participants=4)
    sender = venue.assessor_rows[0]
    package = score_and_send(venue, 0)
    with venue.coordinator.open() as edb:
        mine = handout.participants_of(edb, sender.id)
        numbers = repo.participant_numbers(edb)
    gone = mine[-1]

    def remove(conn: sqlite3.Connection) -> None:  # what "Hapus peserta" on that laptop leaves
        conn.execute("PRAGMA foreign_keys = OFF")
        for table in ("answer", "unit_result", "evidence_item", "signoff", "feedback", "impartiality"):
            conn.execute(f"DELETE FROM {table} WHERE assessment_id IN "
                         "(SELECT id FROM assessment WHERE participant_id = ?)", (gone,))
        for table in ("assessment", "assignment", "completeness_mark"):
            conn.execute(f"DELETE FROM {table} WHERE participant_id = ?", (gone,))
        conn.execute("DELETE FROM participant WHERE id = ?", (gone,))

    removed = forged_results(package, venue.assessors[0].device, remove, tmp_path / "tanpa.humaspkg")
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, [removed]).as_dict()
        assert report["rejected"] == [], report["rejected"]
        assert report["missing_numbers"] == [numbers[gone]]
        assert repo.get_participant(edb, gone).id == gone  # still on the roster here
