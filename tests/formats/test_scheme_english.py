"""A scheme can carry English unit titles and question texts (``title_en``, ``text_en``) beside the
Indonesian ones, in the JSON and the Excel format; the bundled demo scheme has them for all."""

from __future__ import annotations

import json
from pathlib import Path

from humas_desktop.formats.scheme_excel import load_scheme_file
from humas_desktop.formats.scheme_json import load_scheme_json, scheme_to_dict
from humas_desktop.resources import resource_path


def test_demo_scheme_has_english_for_every_unit_and_question() -> None:
    doc = json.loads(resource_path("schemes", "humas-yunior.json").read_text("utf-8"))
    assert doc["units"] and doc["questions"]
    for unit in doc["units"]:
        assert unit.get("title_en", "").strip(), unit["code"]
    for q in doc["questions"]:
        english = q.get("text_en", "").strip()
        assert english, f"no English for {q['text']!r}"
        assert english != q["text"].strip()
    scheme, _ = load_scheme_json(resource_path("schemes", "humas-yunior.json"))
    assert [q.text_en for q in scheme.questions] == [q["text_en"] for q in doc["questions"]]


def _doc(question: dict) -> dict:
    return {"format": "humas-scheme", "format_version": 1, "code": "SKM-T", "title_id": "Uji",
            "units": [{"code": "U1", "title_id": "Unit satu", "title_en": "Unit one",
                       "elements": [{"number": "1", "title": "Elemen",
                                     "criteria": [{"number": "1.1", "text": "KUK"}]}]}],
            "questions": [question]}


def test_json_question_english_text_is_read_and_written(tmp_path: Path) -> None:
    path = tmp_path / "skema.json"
    path.write_text(json.dumps(_doc({"kind": "IA.09", "unit": "U1", "element": "1",
                                     "text": "Ceritakan bukti Anda.",
                                     "text_en": "Tell us about your evidence."})), "utf-8")
    scheme, _ = load_scheme_json(path)
    assert scheme.questions[0].text == "Ceritakan bukti Anda."
    assert scheme.questions[0].text_en == "Tell us about your evidence."
    written = scheme_to_dict(scheme)["questions"][0]
    assert written["text_en"] == "Tell us about your evidence."
    again = tmp_path / "again.json"
    again.write_text(json.dumps(scheme_to_dict(scheme)), "utf-8")
    assert load_scheme_json(again)[0].questions[0].text_en == "Tell us about your evidence."


def test_json_question_without_english_keeps_indonesian_only(tmp_path: Path) -> None:
    path = tmp_path / "skema.json"
    path.write_text(json.dumps(_doc({"kind": "IA.07", "unit": "U1", "text": "Apa itu humas?"})),
                    "utf-8")
    question = load_scheme_json(path)[0].questions[0]
    assert question.text == "Apa itu humas?" and question.text_en == ""


def test_excel_scheme_reads_the_english_question_column(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    meta = wb.active
    meta.title = "Skema"
    meta.append(("Kode Skema", "SKM/LSP/002"))
    meta.append(("Judul Skema", "Humas (contoh)"))
    units = wb.create_sheet("Unit")
    units.append(["Kode Unit", "Judul Unit", "Judul Unit (EN)", "No. Elemen", "Elemen", "KUK"])
    units.append(["U1", "Melaksanakan media relations", "Implementing media relations", 1,
                  "Merencanakan", "Tujuan diidentifikasi"])
    qs = wb.create_sheet("Pertanyaan")
    qs.append(["Kode Unit", "No. Elemen", "Jenis", "Pertanyaan", "Pertanyaan (EN)", "Kunci Jawaban"])
    qs.append(["U1", 1, "IA.07", "Apa isi siaran pers yang baik?",
               "What makes a good press release?", "5W+1H"])
    qs.append(["U1", 1, "IA.09", "Ceritakan rencana Anda.", None, None])
    path = tmp_path / "skema.xlsx"
    wb.save(path)
    scheme, _ = load_scheme_file(path)
    assert scheme.units[0].title_en == "Implementing media relations"
    first, second = scheme.questions
    assert (first.text, first.text_en) == ("Apa isi siaran pers yang baik?",
                                           "What makes a good press release?")
    assert first.model_answer == "5W+1H"
    assert (second.text, second.text_en) == ("Ceritakan rencana Anda.", "")
