"""Wording is data per scheme (issue 26): a scheme file may carry its own wording of FR.AK.01,
FR.AK.03, FR.AK.04, FR.AK.06 and FR.VA with a version. A participant's records are filled with
their scheme's wording, else the event's (setting ``forms.wording``), else the shipped one, and
every record snapshots the wording and version it was filled with."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.domain.errors import SchemeError
from humas_desktop.domain.models import Assessor, Event, Scheme, Verdict
from humas_desktop.domain.progress import run_to_end
from humas_desktop.formats.scheme_excel import load_scheme_file
from humas_desktop.formats.scheme_json import scheme_from_dict, scheme_to_dict
from humas_desktop.resources import resource_path
from humas_desktop.services import apl, appeals, feedback, review
from humas_desktop.services.check import check_event_file
from humas_desktop.services.demo import demo_participants, load_demo_scheme
from humas_desktop.services.events import create_event
from humas_desktop.services.exports import export_documents
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device

SHIPPED = json.loads(resource_path("forms", "records-id.json").read_text(encoding="utf-8"))
A_STATEMENTS = [f"Skema A pernyataan nomor {i} tentang penjelasan asesor" for i in range(1, 11)]
B_STATEMENTS = [f"Skema B butir {i} mengenai pelayanan TUK" for i in range(1, 9)]


def _scheme(code: str, wording: dict[str, object] | None) -> Scheme:
    base, _ = load_demo_scheme()
    doc = scheme_to_dict(base)
    doc["code"], doc["title_id"] = code, f"Skema Uji {code}"
    if wording is not None:
        doc["wording"] = wording
    return scheme_from_dict(json.loads(json.dumps(doc)))


def _signed_event(tmp_path: Path, schemes: list[Scheme]) -> tuple[Path, dict[str, str]]:
    """An event of ``schemes``, one participant per scheme scored K and signed; returns the
    file and {scheme code: assessment id}."""
    device = load_or_create_device(tmp_path / "data")
    row = Assessor("Asesor Uji", "MET.000.000001 2020")
    path = create_event(tmp_path / "data", Event(name="Dua Skema", lsp_name="LSP Uji",
                                                  start_date=date(2026, 11, 23)),
                        [(s, "") for s in schemes], [row], device=device)
    people = demo_participants(len(schemes), schemes[0].id)
    out: dict[str, str] = {}
    with open_event(path, device_id=device.id, actor="coordinator") as edb:
        people = [replace(p, scheme_id=s.id) for p, s in zip(people, schemes, strict=True)]
        repo.insert_participants(edb, people)
        svc = ScoringService(edb, device)
        for person, scheme in zip(people, schemes, strict=True):
            aid = svc.open_assessment(person.id, row.id, scheme.id)
            svc.give_consent(aid)
            for q in scheme.questions:
                svc.set_verdict(aid, q.id, Verdict.K)
            for unit in scheme.units:
                svc.set_unit_recommendation(aid, unit.id, Verdict.K)
            svc.set_overall(aid, Verdict.K)
            svc.sign_off(aid, row.name, row.met_number)
            out[scheme.code] = aid
    return path, out


def _pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return re.sub(r"\s+", " ", out)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")
def test_two_schemes_print_each_participants_ak03_with_their_schemes_statements(
        tmp_path: Path) -> None:
    a = _scheme("SKM-A", {"version": "SKM-A/AK03 rev 2", "ak03": {"statements": A_STATEMENTS}})
    b = _scheme("SKM-B", {"version": "SKM-B/AK03 rev 1", "ak03": {"statements": B_STATEMENTS}})
    path, aids = _signed_event(tmp_path, [a, b])
    with open_event(path, device_id="t", actor="asesor") as edb:
        # The statements offered are the scheme's: 10 for A, 8 for B.
        assert list(feedback.wording(edb, aids["SKM-A"]).ak03_statements) == A_STATEMENTS
        assert list(feedback.wording(edb, aids["SKM-B"]).ak03_statements) == B_STATEMENTS
        feedback.record(edb, aids["SKM-A"], [True] * 10, signed_name="Asesi A")
        feedback.record(edb, aids["SKM-B"], [True] * 7 + [False], ["", "", "", "", "", "", "",
                                                                   "Ruang tunggu sempit"],
                        signed_name="Asesi B")
        got_a, got_b = feedback.get(edb, aids["SKM-A"]), feedback.get(edb, aids["SKM-B"])
        assert got_a is not None and got_b is not None
        assert got_a.wording_version == "SKM-A/AK03 rev 2"
        assert got_b.wording_version == "SKM-B/AK03 rev 1"
        numbers = {s.code: repo.load_assessment(edb, aid).participant_id
                   for s, aid in ((a, aids["SKM-A"]), (b, aids["SKM-B"]))}
        people = {p.id: p.number for p in repo.list_participants(edb)}
        run_to_end(export_documents(edb, ["ak03"], tmp_path / "out"))
    text_a = _pdf_text(tmp_path / "out" / "fr-ak-03" / f"peserta-{people[numbers['SKM-A']]:04d}.pdf")
    text_b = _pdf_text(tmp_path / "out" / "fr-ak-03" / f"peserta-{people[numbers['SKM-B']]:04d}.pdf")
    for i, statement in enumerate(A_STATEMENTS, 1):
        assert f"{i} {statement}" in text_a
    for i, statement in enumerate(B_STATEMENTS, 1):
        assert f"{i} {statement}" in text_b
    assert "Skema B" not in text_a and "Skema A" not in text_b
    assert SHIPPED["ak03"]["statements"][0] not in text_a + text_b
    assert "Ruang tunggu sempit" in text_b
    assert check_event_file(path).ok


def test_a_scheme_without_wording_takes_the_events_then_the_shipped(tmp_path: Path) -> None:
    own = _scheme("SKM-A", {"version": "SKM-A 1", "ak04": {"questions": ["Tanya satu?",
                                                                          "Tanya dua?"]}})
    plain = _scheme("SKM-P", None)
    path, aids = _signed_event(tmp_path, [own, plain])
    with open_event(path, device_id="t", actor="coordinator") as edb:
        pid = {code: repo.load_assessment(edb, aid).participant_id for code, aid in aids.items()}
        # The scheme's AK.04 questions; the parts it leaves out are the shipped ones.
        words = appeals.wording(edb, pid["SKM-A"])
        assert words.ak04_questions == ("Tanya satu?", "Tanya dua?")
        assert list(words.ak03_statements) == SHIPPED["ak03"]["statements"]
        assert words.version == "SKM-A 1"
        assert list(appeals.wording(edb, pid["SKM-P"]).ak04_questions) == \
            SHIPPED["ak04"]["questions"]
        # The LSP's own wording of the event: the plain scheme takes it, the other keeps its own
        # questions and takes the event's other parts.
        edb.set_setting("forms.wording", json.dumps({**SHIPPED, "version": "LSP 7", "ak03": {
            "statements": ["Pernyataan LSP"] * 10}}))
        assert appeals.wording(edb, pid["SKM-P"]).version == "LSP 7"
        assert feedback.wording(edb, aids["SKM-P"]).ak03_statements == ("Pernyataan LSP",) * 10
        assert feedback.wording(edb, aids["SKM-A"]).ak03_statements == ("Pernyataan LSP",) * 10
        assert appeals.wording(edb, pid["SKM-A"]).ak04_questions == ("Tanya satu?", "Tanya dua?")
        # The appeal snapshots the scheme's questions and version.
        case = appeals.open_appeal(edb, pid["SKM-A"], [True, False], "Alasan banding yang cukup "
                                   "panjang untuk diterima.", date.today())
        got = appeals.get(edb, case)
        assert got.questions == ("Tanya satu?", "Tanya dua?") and got.wording_version == "SKM-A 1"


def test_ak01_declaration_ak06_and_va_take_the_schemes_wording(tmp_path: Path) -> None:
    ak06 = {**SHIPPED["ak06"], "dimensions": ["Dimensi skema satu", "Dimensi skema dua"]}
    own = _scheme("SKM-A", {"version": "SKM-A 3", "ak01": {
        "assessor_declaration": "Saya asesor skema A menyatakan tidak berpihak."}, "ak06": ak06})
    path, aids = _signed_event(tmp_path, [own])
    with open_event(path, device_id="t", actor="coordinator") as edb:
        scheme_id = repo.load_assessment(edb, aids["SKM-A"]).scheme_id
        declared = [r for r in repo.table_rows(edb, "impartiality")]
        assert [r["statement"] for r in declared] == [
            "Saya asesor skema A menyatakan tidak berpihak."]
        assert declared[0]["wording_version"] == "SKM-A 3"
        form = apl.get_ak01(edb, aids["SKM-A"])
        assert form is not None and form.wording_version == "SKM-A 3"
        assert form.asesi_statements == tuple(SHIPPED["ak01"]["asesi_statements"])
        assert review.ak06_wording(edb, scheme_id).dimensions == ("Dimensi skema satu",
                                                                  "Dimensi skema dua")
        review.record_review(edb, scheme_id, principles=[[True] * len(ak06["principles"])
                                                         for _ in ak06["stages"]],
                             dimensions=[True, False], reviewer_name="Asesor Uji",
                             reviewed_on=date.today())
        got = review.get_review(edb, scheme_id)
        assert got is not None and got.wording_version == "SKM-A 3"
        assert got.wording.dimensions == ("Dimensi skema satu", "Dimensi skema dua")


def test_the_scheme_file_keeps_its_wording_and_names_a_bad_entry(tmp_path: Path) -> None:
    scheme = _scheme("SKM-A", {"version": "v9", "ak03": {"statements": A_STATEMENTS}})
    again = scheme_from_dict(scheme_to_dict(scheme))
    assert json.loads(again.wording) == {"version": "v9", "ak03": {"statements": A_STATEMENTS}}
    assert _scheme("SKM-P", None).wording == ""
    for bad, where in (({"ak03": {"statements": A_STATEMENTS}}, "wording.version"),
                       ({"version": "v", "ak03": {"statements": []}}, "wording.ak03.statements"),
                       ({"version": "v", "va": {"periods": ["x"]}}, "wording.va.purposes")):
        with pytest.raises(SchemeError) as refused:
            _scheme("SKM-X", bad)
        assert refused.value.context["where"] == where


def test_an_excel_scheme_carries_its_wording_in_the_teks_formulir_sheet(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    meta = book.active
    assert meta is not None
    meta.title = "Skema"
    meta.append(["Kode Skema", "SKM-X"])
    meta.append(["Judul Skema", "Skema Excel"])
    units = book.create_sheet("Unit")
    units.append(["Kode Unit", "Judul Unit", "No. Elemen", "Elemen", "No. KUK", "KUK"])
    units.append(["U.01", "Unit satu", "1", "Elemen satu", "1.1", "KUK satu"])
    texts = book.create_sheet("Teks Formulir")
    texts.append(["Bagian", "Teks"])
    texts.append(["version", "Excel 1"])
    for statement in B_STATEMENTS:
        texts.append(["ak03.statements", statement])
    book.save(tmp_path / "skema.xlsx")
    scheme, _ = load_scheme_file(tmp_path / "skema.xlsx")
    assert json.loads(scheme.wording) == {"version": "Excel 1", "ak03": {"statements": B_STATEMENTS}}
    texts.append(["ak99.apa", "tidak dikenal"])
    book.save(tmp_path / "salah.xlsx")
    with pytest.raises(SchemeError) as refused:
        load_scheme_file(tmp_path / "salah.xlsx")
    assert "ak99.apa" in refused.value.context["where"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")
def test_the_printed_ak04_has_the_schemes_questions_and_note(tmp_path: Path) -> None:
    own = _scheme("SKM-A", {"version": "SKM-A 5", "ak04": {
        "questions": ["Apakah proses banding skema A sudah dijelaskan?"],
        "note": "Banding skema A diajukan paling lambat tujuh hari kerja."}})
    path, aids = _signed_event(tmp_path, [own])
    with open_event(path, device_id="t", actor="coordinator") as edb:
        pid = repo.load_assessment(edb, aids["SKM-A"]).participant_id
        number = next(p.number for p in repo.list_participants(edb) if p.id == pid)
        appeals.open_appeal(edb, pid, [True], "Alasan banding yang cukup panjang untuk diterima.",
                            date.today())
        run_to_end(export_documents(edb, ["ak04"], tmp_path / "out"))
    text = _pdf_text(tmp_path / "out" / "fr-ak-04" / f"peserta-{number:04d}.pdf")
    assert "Apakah proses banding skema A sudah dijelaskan?" in text
    assert "Banding skema A diajukan paling lambat tujuh hari kerja." in text
    assert SHIPPED["ak04"]["note"] not in text
