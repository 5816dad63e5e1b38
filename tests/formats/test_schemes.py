"""Scheme files: the shipped demo scheme, broken JSON with named entries, Excel like FR.APL.02."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humas_desktop.domain.errors import SchemeError
from humas_desktop.formats.scheme_excel import load_scheme_file
from humas_desktop.formats.scheme_json import load_scheme_json, scheme_to_dict
from humas_desktop.resources import resource_path

VERIFIED_UNITS = {
    "KOM.PR01.001.01": "Membuat dan mengakses dokumen di komputer",
    "KOM.PR01.002.01": "Pertukaran informasi lisan dalam bahasa Inggris",
    "KOM.PR02.001.01": "Membuat klipping",
    "KOM.PR02.002.01": "Membuat dokumentasi kegiatan",
    "KOM.PR02.003.01": "Melaksanakan kegiatan open house",
    "KOM.PR02.004.01": "Melaksanakan kegiatan internal gathering",
}


def demo_doc() -> dict:
    return json.loads(resource_path("schemes", "humas-yunior.json").read_text("utf-8"))


def test_demo_scheme_has_the_six_verified_units() -> None:
    scheme, sha = load_scheme_json(resource_path("schemes", "humas-yunior.json"))
    assert {u.code: u.title_id for u in scheme.units} == VERIFIED_UNITS
    assert len(sha) == 64
    # everything we wrote ourselves is labelled as an example
    assert all("(contoh)" in e.title for u in scheme.units for e in u.elements)
    assert all("(contoh)" in c.text for u in scheme.units for e in u.elements for c in e.criteria)
    assert all("(contoh)" in q.text for q in scheme.questions)
    assert {q.kind.value for q in scheme.questions} == {"IA.07", "IA.09"}
    assert all(q.model_answer for q in scheme.questions if q.kind.value == "IA.07")


@pytest.mark.parametrize(
    ("mutate", "code", "where"),
    [
        (lambda d: d["units"][2].pop("title_id"), "missing_field", "units[2].title_id"),
        (lambda d: d["units"][1]["elements"][0]["criteria"][1].update(text=""), "missing_field",
         "units[1].elements[0].criteria[1].text"),
        (lambda d: d["questions"][3].update(unit="KOM.XX"), "unknown_unit", "questions[3].unit"),
        (lambda d: d["questions"][0].update(kind="IA.99"), "bad_value", "questions[0].kind"),
        (lambda d: d.update(format_version=99), "format_too_new", "format_version"),
        (lambda d: d["units"].append(dict(d["units"][0])), "duplicate_unit", "units[6].code"),
        (lambda d: d.update(format="other"), "not_a_scheme_file", "format"),
    ],
)
def test_broken_scheme_names_the_bad_entry(tmp_path: Path, mutate, code: str, where: str) -> None:
    doc = demo_doc()
    mutate(doc)
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(SchemeError) as info:
        load_scheme_json(path)
    assert info.value.code == code
    assert info.value.context["where"] == where


def test_not_json_reports_the_line(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('{\n "format": "humas-scheme",\n oops\n}', "utf-8")
    with pytest.raises(SchemeError) as info:
        load_scheme_json(path)
    assert info.value.code == "not_json"
    assert info.value.context["where"] == "line 3"


def test_json_round_trip(tmp_path: Path) -> None:
    scheme, _ = load_scheme_json(resource_path("schemes", "humas-yunior.json"))
    path = tmp_path / "copy.json"
    path.write_text(json.dumps(scheme_to_dict(scheme)), "utf-8")
    again, _ = load_scheme_json(path)
    assert scheme_to_dict(again) == scheme_to_dict(scheme)


def write_excel_scheme(path: Path, *, drop_kuk_column: bool = False) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    meta = wb.active
    meta.title = "Skema"
    for row in [("Kode Skema", "SKM/LSP/001"), ("Judul Skema", "Manajemen Isu (contoh)"),
                ("Judul Skema (EN)", "Issue Management (example)"), ("Jenis Skema", "Klaster"),
                ("KBLI", "70203"), ("KBJI", "2432")]:
        meta.append(row)
    units = wb.create_sheet("Unit")
    units.append(["FR.APL.02 ASESMEN MANDIRI"])  # title block above the header
    header = ["Kode Unit", "Judul Unit", "Judul Unit (EN)", "No. Elemen", "Elemen", "No. KUK"]
    units.append(header if drop_kuk_column else [*header, "KUK"])
    units.append(["M.70HMS00.031.3", "Melaksanakan Media Relations",
                  "Implementing Media Relations", 1, "Merencanakan media relations", "1.1",
                  "Tujuan diidentifikasi"])
    units.append([None, None, None, None, None, "1.2", "Media sasaran dipilih"])
    units.append([None, None, None, 2, "Melaksanakan media relations", "2.1",
                  "Siaran pers dikirim"])
    units.append(["M.70HMS00.037.3", "Melaksanakan Internal Relations", "Implementing Internal "
                  "Relations", 1, "Menganalisis kebutuhan", None, "Kebutuhan dipetakan"])
    qs = wb.create_sheet("Pertanyaan")
    qs.append(["Kode Unit", "No. Elemen", "Jenis", "Pertanyaan", "Kunci Jawaban"])
    qs.append(["M.70HMS00.031.3", 2, "IA.07", "Apa isi siaran pers yang baik?", "5W+1H"])
    qs.append(["M.70HMS00.037.3", 1, "IA.09", "Ceritakan analisis kebutuhan Anda.", None])
    wb.save(path)


def test_excel_scheme_like_apl02(tmp_path: Path) -> None:
    path = tmp_path / "skema.xlsx"
    write_excel_scheme(path)
    scheme, _ = load_scheme_file(path)
    assert scheme.code == "SKM/LSP/001"
    assert scheme.scheme_type.value == "klaster"
    assert [u.code for u in scheme.units] == ["M.70HMS00.031.3", "M.70HMS00.037.3"]
    media = scheme.units[0]
    assert [e.number for e in media.elements] == ["1", "2"]
    assert [c.number for c in media.elements[0].criteria] == ["1.1", "1.2"]
    assert scheme.units[1].elements[0].criteria[0].number == "1.1"  # numbered for us
    assert scheme.questions[0].model_answer == "5W+1H"
    assert scheme.questions[1].kind.value == "IA.09"


def test_excel_scheme_missing_column_is_named(tmp_path: Path) -> None:
    path = tmp_path / "skema.xlsx"
    write_excel_scheme(path, drop_kuk_column=True)
    with pytest.raises(SchemeError) as info:
        load_scheme_file(path)
    assert info.value.code == "missing_column"
    assert info.value.context["column"] == "kuk_text"
