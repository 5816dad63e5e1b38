"""FR.AK.01 "Lainnya" (issue 26): the evidence method "Lainnya" names what it is. Chosen without
a name it is refused with one message and nothing is written; with a name the form keeps it, it
travels like the rest of the form and the printed FR.AK.01 ticks "Lainnya: <name>"."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.progress import run_to_end
from humas_desktop.messages import message
from humas_desktop.services import apl
from humas_desktop.services.exports import export_documents
from humas_desktop.services.integrity import verify_for_use
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo


def _first(edb):  # type: ignore[no-untyped-def]
    return repo.load_schemes(edb)[0], repo.list_participants(edb)[0], repo.list_assessors(edb)[0]


@pytest.mark.parametrize("other", ["", "   "])
def test_lainnya_without_its_name_is_refused_and_nothing_is_written(tmp_path: Path,
                                                                    other: str) -> None:
    path = make_demo(tmp_path / "data", participants=2)
    with open_event(path, device_id="t", actor="asesor") as edb:
        scheme, person, assessor = _first(edb)
        svc = ScoringService(edb)
        aid = svc.draft_assessment(person.id, assessor.id, scheme.id)
        with pytest.raises(DomainError) as refused:
            svc.give_consent(aid, terms=apl.Ak01Terms(("portofolio", "lainnya"),
                                                      other_method=other))
        assert refused.value.code == "ak01_other_method_missing"
        assert "Lainnya" in message(refused.value.code)
        assert repo.table_rows(edb, "ak01") == []


def test_lainnya_is_kept_and_a_name_without_lainnya_is_not(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=2)
    with open_event(path, device_id="t", actor="asesor") as edb:
        scheme, person, assessor = _first(edb)
        other = repo.list_participants(edb)[1]
        svc = ScoringService(edb)
        aid = svc.draft_assessment(person.id, assessor.id, scheme.id)
        svc.give_consent(aid, terms=apl.Ak01Terms(("wawancara", "lainnya"), "sewaktu", "TUK",
                                                  date(2026, 12, 8), "09:00",
                                                  other_method="  Studi kasus krisis media  "))
        form = apl.get_ak01(edb, aid)
        assert form is not None and form.terms.other_method == "Studi kasus krisis media"
        bid = svc.draft_assessment(other.id, assessor.id, scheme.id)
        svc.give_consent(bid, terms=apl.Ak01Terms(("wawancara",), other_method="dibuang"))
        assert apl.get_ak01(edb, bid).terms.other_method == ""  # type: ignore[union-attr]
        verify_for_use(edb)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")
def test_the_printed_ak01_ticks_lainnya_with_its_name(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=2)
    with open_event(path, device_id="t", actor="asesor") as edb:
        scheme, person, assessor = _first(edb)
        svc = ScoringService(edb)
        aid = svc.draft_assessment(person.id, assessor.id, scheme.id)
        svc.give_consent(aid, terms=apl.Ak01Terms(("portofolio", "lainnya"),
                                                  other_method="Studi kasus krisis media"))
        run_to_end(export_documents(edb, ["ak01"], tmp_path / "out"))
    text = subprocess.run(["pdftotext", str(tmp_path / "out" / "fr-ak-01" /
                                            f"peserta-{person.number:04d}.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    text = re.sub(r"\s+", " ", text)
    assert "Lainnya: Studi kasus krisis media" in text
    assert re.search(r"\[\s*✓\s*\] Lainnya: Studi kasus krisis media", text), text
