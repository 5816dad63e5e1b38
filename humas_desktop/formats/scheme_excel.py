"""Read a scheme kept in Excel, laid out like FR.APL.02.

Sheets (names matched case-insensitively):

* ``Skema`` — two columns, label | value: Kode Skema, Judul Skema, Judul Skema (EN), Jenis Skema,
  Bidang, Bidang (EN), Jenjang, KBLI, KBJI, Versi, Contoh (ya/tidak), Masa berlaku (tahun).
* ``Unit`` — a header row ``Kode Unit | Judul Unit | Judul Unit (EN) | No. Elemen | Elemen |
  No. KUK | KUK`` and one row per KUK. Blank unit or element cells repeat the value above
  (as merged cells in FR.APL.02 do).
* ``Pertanyaan`` (optional) — ``Kode Unit | No. Elemen | Jenis (IA.07/IA.09) | Pertanyaan |
  Pertanyaan (EN) | Kunci Jawaban`` (``Pertanyaan (EN)`` optional: shown in the English UI).
* ``Teks Formulir`` (optional) — ``Bagian | Teks``: the scheme's own wording of FR.AK.01/03/04/
  06/VA (see scheme_json ``wording``), one row per text: ``version``, ``ak03.heading``, and one
  row per entry of a list such as ``ak03.statements`` or ``ak04.questions``, in order.

The rows become the same dictionary as the JSON format, so validation is shared and errors name
the sheet and row (``Unit!B7``-style ``where``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from humas_desktop.domain.errors import DomainError, SchemeError
from humas_desktop.domain.models import Scheme
from humas_desktop.formats.forms_wording import wording_doc_from_rows
from humas_desktop.formats.scheme_json import FORMAT_NAME, FORMAT_VERSION, scheme_from_dict

_META_KEYS = {
    "kode skema": "code", "nomor skema": "code", "judul skema": "title_id",
    "judul skema (en)": "title_en", "jenis skema": "scheme_type", "bidang": "field_id",
    "bidang (en)": "field_en", "jenjang": "level", "kbli": "kbli", "kbji": "kbji",
    "versi": "version", "contoh": "example", "masa berlaku (tahun)": "validity_years",
    "masa berlaku": "validity_years", "masa berlaku sertifikat (tahun)": "validity_years",
    "masa berlaku sertifikat": "validity_years",
}
_UNIT_COLS = {
    "kode unit": "unit_code", "judul unit": "unit_title", "judul unit (en)": "unit_title_en",
    "no. elemen": "el_no", "no elemen": "el_no", "elemen": "el_title", "no. kuk": "kuk_no",
    "no kuk": "kuk_no", "kuk": "kuk_text", "kriteria unjuk kerja": "kuk_text",
}
_Q_COLS = {
    "kode unit": "unit", "no. elemen": "element", "no elemen": "element", "jenis": "kind",
    "pertanyaan": "text", "kunci jawaban": "model_answer", "pertanyaan (en)": "text_en",
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _sheet(workbook: Any, name: str, required: bool = True) -> Any:
    for ws in workbook.worksheets:
        if ws.title.strip().lower() == name.lower():
            return ws
    if required:
        raise SchemeError("missing_sheet", where=name)
    return None


def _header_map(ws: Any, columns: dict[str, str]) -> tuple[int, dict[str, int]]:
    for row_idx, row in enumerate(ws.iter_rows(max_row=10, values_only=True), 1):
        found = {columns[_cell(v).lower()]: i for i, v in enumerate(row)
                 if _cell(v).lower() in columns}
        if len(found) >= 2:
            return row_idx, found
    raise SchemeError("missing_header", where=ws.title)


def load_scheme_excel(path: Path) -> tuple[Scheme, str]:
    import openpyxl

    try:
        data = path.read_bytes()
        workbook = openpyxl.load_workbook(path, data_only=True)
    except OSError:
        raise SchemeError("unreadable", where=path.name) from None
    except Exception:  # openpyxl raises many kinds for a broken file
        raise SchemeError("not_xlsx", where=path.name) from None
    doc: dict[str, Any] = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
                           "units": [], "questions": []}
    meta = _sheet(workbook, "Skema")
    for row in meta.iter_rows(values_only=True):
        key = _cell(row[0] if row else None).lower().rstrip(":")
        if key in _META_KEYS and len(row) > 1:
            doc[_META_KEYS[key]] = _cell(row[1])
    doc["example"] = str(doc.get("example", "")).lower() in {"ya", "yes", "1", "true"}

    ws = _sheet(workbook, "Unit")
    header_row, cols = _header_map(ws, _UNIT_COLS)
    for needed in ("unit_code", "unit_title", "el_title", "kuk_text"):
        if needed not in cols:
            raise SchemeError("missing_column", where=f"{ws.title}!{header_row}", column=needed)
    units: dict[str, dict[str, Any]] = {}
    last: dict[str, str] = {}
    for row_idx, row in enumerate(ws.iter_rows(min_row=header_row + 1, values_only=True),
                                  header_row + 1):
        values = {k: _cell(row[i]) if i < len(row) else "" for k, i in cols.items()}
        if not any(values.values()):
            continue
        if values.get("unit_code"):
            if values["unit_code"] != last.get("unit_code"):
                last.pop("el_no", None)
                last.pop("el_title", None)
            last.update({k: values.get(k, "") for k in ("unit_code", "unit_title",
                                                          "unit_title_en")})
        if values.get("el_title"):
            last["el_title"] = values["el_title"]
            last["el_no"] = values.get("el_no") or str(
                len(units.get(last.get("unit_code", ""), {}).get("elements", [])) + 1)
        if not last.get("unit_code"):
            raise SchemeError("missing_field", where=f"{ws.title}!A{row_idx}")
        unit = units.setdefault(last["unit_code"], {
            "code": last["unit_code"], "title_id": last.get("unit_title", ""),
            "title_en": last.get("unit_title_en", ""), "elements": []})
        if not last.get("el_title"):
            continue
        element = next((e for e in unit["elements"] if e["number"] == last["el_no"]), None)
        if element is None:
            element = {"number": last["el_no"], "title": last["el_title"], "criteria": []}
            unit["elements"].append(element)
        if values.get("kuk_text"):
            number = values.get("kuk_no") or f"{element['number']}.{len(element['criteria']) + 1}"
            element["criteria"].append({"number": number, "text": values["kuk_text"]})
    doc["units"] = list(units.values())

    qs = _sheet(workbook, "Pertanyaan", required=False)
    if qs is not None:
        q_header, q_cols = _header_map(qs, _Q_COLS)
        for row in qs.iter_rows(min_row=q_header + 1, values_only=True):
            values = {k: _cell(row[i]) if i < len(row) else "" for k, i in q_cols.items()}
            if not values.get("text"):
                continue
            kind = values.get("kind", "").upper().replace("FR.", "") or "IA.09"
            if kind in {"IA07", "IA.07", "LISAN"}:
                kind = "IA.07"
            elif kind in {"IA09", "IA.09", "WAWANCARA"}:
                kind = "IA.09"
            doc["questions"].append({"kind": kind, "unit": values.get("unit", ""),
                                     "element": values.get("element") or None,
                                     "text": values["text"],
                                     "text_en": values.get("text_en", ""),
                                     "model_answer": values.get("model_answer", "")})
    texts = _sheet(workbook, "Teks Formulir", required=False)
    if texts is not None:
        t_header, t_cols = _header_map(texts, {"bagian": "part", "teks": "text"})
        rows: list[tuple[str, str]] = []
        for row_idx, row in enumerate(texts.iter_rows(min_row=t_header + 1, values_only=True),
                                      t_header + 1):
            values = {k: _cell(row[i]) if i < len(row) else "" for k, i in t_cols.items()}
            if not values.get("part") and not values.get("text"):
                continue
            if not values.get("part") or not values.get("text"):
                raise SchemeError("missing_field", where=f"{texts.title}!{row_idx}")
            rows.append((values["part"], values["text"]))
        try:
            doc["wording"] = wording_doc_from_rows(rows)
        except DomainError as exc:
            raise SchemeError("bad_value", where=f"{texts.title}: "
                                                 f"{exc.context.get('where', '')}") from None
    return scheme_from_dict(doc), hashlib.sha256(data).hexdigest()


def load_scheme_file(path: Path) -> tuple[Scheme, str]:
    """Load a scheme from JSON or Excel, chosen by content (a zip is Excel)."""
    from humas_desktop.formats.scheme_json import load_scheme_json

    try:
        with path.open("rb") as fh:
            magic = fh.read(4)
    except OSError:
        raise SchemeError("unreadable", where=path.name) from None
    if magic.startswith(b"PK"):
        return load_scheme_excel(path)
    return load_scheme_json(path)
