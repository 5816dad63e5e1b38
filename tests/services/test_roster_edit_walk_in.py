"""Issue #24 (friction), service side: a walk-in added with the import's checks; one assessor for
many participants; the last import undone. Every refusal changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Assessor, Event
from humas_desktop.services import roster_edit
from humas_desktop.services.demo import load_demo_scheme
from humas_desktop.services.demo_schemes import scheme_with_units
from humas_desktop.services.events import create_event
from humas_desktop.services.roster_import import import_roster, last_import, undo_last_import
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.formats import roster_corpus as corpus

NIK = "3273015708900001"


def run(gen: Any) -> Any:
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        return stop.value


def _counts(edb: Any) -> tuple[int, int]:
    return (len(repo.list_participants(edb)),
            int(edb.conn.execute("SELECT count(*) FROM audit").fetchone()[0]))


def test_walk_in_checks_like_the_import(data_dir: Path) -> None:
    with open_event(make_demo(data_dir, participants=3), device_id="t", actor="coordinator") as edb:
        before = _counts(edb)
        for values, code in (({"name": ""}, "name_missing"),
                             ({"name": "A", "nik": NIK[:-1]}, "nik_not_16_digits"),
                             ({"name": "A", "phone": "12ab"}, None),
                             ({"name": "A", "email": "a@b"}, "email_invalid"),
                             ({"name": "A", "birth_date": "31/02/1990"}, "date_invalid")):
            with pytest.raises(DomainError) as caught:
                roster_edit.add_participant(edb, values, "datang langsung")
            if code:
                assert caught.value.code == code
        with pytest.raises(DomainError, match="roster_edit_reason_missing"):
            roster_edit.add_participant(edb, {"name": "A"}, " ")
        with pytest.raises(DomainError) as caught:
            roster_edit.add_participant(edb, {"name": "A"}, "x", assessor_id="tidak-ada")
        assert caught.value.code == "assessor_missing"
        assert _counts(edb) == before
        assessor = repo.list_assessors(edb)[1]
        added = roster_edit.add_participant(
            edb, {"name": "Siti", "nik": NIK, "birth_date": "17/08/1990", "gender": "P",
                  "regency": "Kota Bandung"}, "datang langsung", assessor_id=assessor.id)
        person = repo.get_participant(edb, added.participant.id)
        assert person.number == 4 and person.birth_date == date(1990, 8, 17)
        assert (person.city_code, person.province_code) == ("3273", "32")
        assert repo.primary_assessor_id(edb, person.id) == assessor.id
        with pytest.raises(DomainError) as caught:  # the same NIK twice
            roster_edit.add_participant(edb, {"name": "Siti lagi", "nik": NIK}, "x")
        assert caught.value.code == "nik_taken"
        no_nik = roster_edit.add_participant(edb, {"name": "Tanpa NIK"}, "x")
        assert "nik_missing_row" in no_nik.warnings


def test_walk_in_needs_a_scheme_when_the_event_has_several(data_dir: Path) -> None:
    event = Event(name="Dua skema", lsp_name="LSP", start_date=date(2026, 11, 23))
    path = create_event(data_dir, event, [load_demo_scheme(), scheme_with_units(8)],
                        [Assessor("Asesor Satu", "MET.1")])
    with open_event(path, device_id="t", actor="coordinator") as edb:
        with pytest.raises(DomainError) as caught:
            roster_edit.add_participant(edb, {"name": "A"}, "x")
        assert caught.value.code == "scheme_missing"
        with pytest.raises(DomainError) as caught:
            roster_edit.add_participant(edb, {"name": "A"}, "x", scheme_id="bukan-skema")
        assert caught.value.code == "scheme_unknown"
        scheme = repo.load_schemes(edb)[1]
        added = roster_edit.add_participant(edb, {"name": "A"}, "x", scheme_id=scheme.id)
        assert repo.get_participant(edb, added.participant.id).scheme_id == scheme.id


def test_assign_many_is_all_or_nothing(data_dir: Path) -> None:
    with open_event(make_demo(data_dir, participants=8, decided=False), device_id="t",
                    actor="coordinator") as edb:
        with pytest.raises(DomainError) as caught:
            roster_edit.assign_assessor(edb, [], repo.list_assessors(edb)[0].id)
        assert caught.value.code == "assign_nobody"
        people = repo.list_participants(edb)
        first, second = (a.id for a in repo.list_assessors(edb))
        before = {p.id: repo.primary_assessor_id(edb, p.id) for p in people}
        signed = next(p for p in people if repo.participant_signed(edb, p.id))
        target = second if before[signed.id] == first else first
        movable = [p.id for p in people if before[p.id] != target
                   and not repo.participant_signed(edb, p.id)]
        with pytest.raises(DomainError) as caught:
            roster_edit.assign_assessor(edb, [*movable, signed.id], target)
        assert caught.value.code == "assign_locked"
        assert {p.id: repo.primary_assessor_id(edb, p.id) for p in people} == before
        assert roster_edit.assign_assessor(edb, movable, target) == len(movable)
        assert all(repo.primary_assessor_id(edb, pid) == target for pid in movable)


def test_undo_last_import(data_dir: Path, tmp_path: Path) -> None:
    with open_event(make_demo(data_dir, participants=3), device_id="t", actor="coordinator") as edb:
        with pytest.raises(DomainError) as caught:
            undo_last_import(edb, "salah berkas")
        assert caught.value.code == "import_undo_none"
        path = corpus.write(tmp_path / "r.xlsx", [corpus.good_row(n) for n in range(1, 4)])
        run(import_roster(edb, path))
        found = last_import(edb)
        assert found is not None and found.count == 3 and not found.started
        first = repo.get_participant(edb, found.ids[0])
        scheme = repo.load_schemes(edb)[0]
        repo.ensure_assessment(edb, first.id, repo.list_assessors(edb)[0].id, scheme.id)
        before = _counts(edb)
        with pytest.raises(DomainError) as caught:
            undo_last_import(edb, "salah berkas")
        assert caught.value.code == "import_undo_started"
        assert caught.value.context == {"count": 1, "number": first.number}
        assert _counts(edb) == before
        repo.audited_delete_participant(edb, first.id, "uji")
        assert undo_last_import(edb, "salah berkas") == 2
        assert len(repo.list_participants(edb)) == 3 and last_import(edb) is None
