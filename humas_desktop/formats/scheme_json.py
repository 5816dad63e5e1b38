"""Scheme files: a documented, versioned JSON format (see README "Scheme files").

Top level::

    {"format": "humas-scheme", "format_version": 1, "code": ..., "title_id": ...,
     "title_en": ..., "scheme_type": "okupasi|kkni|klaster", "field_id": ..., "field_en": ...,
     "level": "0", "kbli": ..., "kbji": ..., "version": ..., "example": false,
     "validity_years": 3,   # masa berlaku sertifikat (tahun), 1-10; optional, default 3
     "units": [{"code", "title_id", "title_en", "standard_type",
                "elements": [{"number", "title", "criteria": [{"number", "text"}]}]}],
     "questions": [{"kind": "IA.07|IA.09", "unit": CODE, "element": NUMBER|null,
                    "text", "text_en", "model_answer"}],
     "wording": {"version": ..., "ak03": {"heading", "statements": [...]}, ...}}

``wording`` is optional: the scheme's own statement and question texts of FR.AK.01, FR.AK.03,
FR.AK.04, FR.AK.06 and FR.VA, shaped like ``resources/forms/records-id.json`` with a
``version``; a part it leaves out is the event's (setting ``forms.wording``) or the shipped one.
The records of the scheme's participants are filled with it and snapshot it.

``title_en`` (scheme, units) and ``text_en`` (questions) are optional: the English UI shows them
where present, the Indonesian text otherwise. Documents always use the Indonesian texts.

Errors raise :class:`SchemeError` with a code and ``where`` (a JSON path like
``units[2].elements[0].title``) so a person can find the bad entry.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from humas_desktop.domain.errors import DomainError, SchemeError
from humas_desktop.domain.models import (
    Criterion,
    Element,
    Question,
    QuestionKind,
    Scheme,
    SchemeType,
    Unit,
)
from humas_desktop.formats.forms_wording import scheme_wording_text

FORMAT_NAME = "humas-scheme"
FORMAT_VERSION = 1
MAX_BYTES = 5_000_000
DEFAULT_VALIDITY_YEARS = 3
MAX_VALIDITY_YEARS = 10


def _validity(doc: dict[str, Any]) -> int:
    """The certificate's validity in whole years (a number or digits); absent or blank = 3."""
    value = doc.get("validity_years")
    if value is None or (isinstance(value, str) and not value.strip()):
        return DEFAULT_VALIDITY_YEARS
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) \
            or not 1 <= value <= MAX_VALIDITY_YEARS:
        raise SchemeError("bad_value", where="validity_years")
    return value


def _wording(value: Any) -> str:
    """The scheme's own form wording as compact JSON ('' when absent), checked now so a bad
    entry is named when the scheme is imported, not when a form is filled."""
    if value is None:
        return ""
    try:
        return scheme_wording_text(_obj(value, "wording"))
    except SchemeError:
        raise
    except DomainError as exc:
        raise SchemeError("bad_value", where=f"wording.{exc.context.get('where', '')}") from None


def _text(obj: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = obj.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise SchemeError("missing_field", where=f"{where}.{key}" if where else key)
        return ""
    if not isinstance(value, str | int):
        raise SchemeError("not_text", where=f"{where}.{key}" if where else key)
    return str(value).strip()


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise SchemeError("not_a_list", where=f"{where}.{key}" if where else key)
    return value


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise SchemeError("not_an_object", where=where)
    return value


def scheme_from_dict(doc: Any) -> Scheme:
    """Build and validate a :class:`Scheme` from a parsed JSON document."""
    doc = _obj(doc, "$")
    if doc.get("format") != FORMAT_NAME:
        raise SchemeError("not_a_scheme_file", where="format")
    version = doc.get("format_version")
    if not isinstance(version, int):
        raise SchemeError("missing_field", where="format_version")
    if version > FORMAT_VERSION:
        raise SchemeError("format_too_new", where="format_version", version=version)
    try:
        scheme_type = SchemeType(str(doc.get("scheme_type", "okupasi")).lower())
    except ValueError:
        raise SchemeError("bad_value", where="scheme_type") from None
    scheme = Scheme(
        code=_text(doc, "code", ""), title_id=_text(doc, "title_id", ""),
        title_en=_text(doc, "title_en", "", required=False), scheme_type=scheme_type,
        field_id=_text(doc, "field_id", "", required=False) or "Kehumasan",
        field_en=_text(doc, "field_en", "", required=False) or "Public Relations",
        level=_text(doc, "level", "", required=False) or "0",
        kbli=_text(doc, "kbli", "", required=False), kbji=_text(doc, "kbji", "", required=False),
        version=_text(doc, "version", "", required=False) or "1",
        is_example=bool(doc.get("example", False)), validity_years=_validity(doc),
        wording=_wording(doc.get("wording")),
    )
    units = _list(doc, "units", "")
    if not units:
        raise SchemeError("no_units", where="units")
    seen_units: set[str] = set()
    for ui, raw_unit in enumerate(units):
        uw = f"units[{ui}]"
        u = _obj(raw_unit, uw)
        unit = Unit(code=_text(u, "code", uw), title_id=_text(u, "title_id", uw),
                    title_en=_text(u, "title_en", uw, required=False),
                    standard_type=_text(u, "standard_type", uw, required=False) or "SKKNI")
        if unit.code in seen_units:
            raise SchemeError("duplicate_unit", where=f"{uw}.code", code=unit.code)
        seen_units.add(unit.code)
        seen_elements: set[str] = set()
        for ei, raw_el in enumerate(_list(u, "elements", uw)):
            ew = f"{uw}.elements[{ei}]"
            e = _obj(raw_el, ew)
            element = Element(number=_text(e, "number", ew), title=_text(e, "title", ew))
            if element.number in seen_elements:
                raise SchemeError("duplicate_element", where=f"{ew}.number")
            seen_elements.add(element.number)
            for ci, raw_c in enumerate(_list(e, "criteria", ew)):
                cw = f"{ew}.criteria[{ci}]"
                c = _obj(raw_c, cw)
                element.criteria.append(Criterion(number=_text(c, "number", cw),
                                                  text=_text(c, "text", cw)))
            unit.elements.append(element)
        scheme.units.append(unit)
    for qi, raw_q in enumerate(_list(doc, "questions", "")):
        qw = f"questions[{qi}]"
        q = _obj(raw_q, qw)
        try:
            kind = QuestionKind(_text(q, "kind", qw))
        except ValueError:
            raise SchemeError("bad_value", where=f"{qw}.kind") from None
        unit_code = _text(q, "unit", qw)
        unit_obj = scheme.unit_by_code(unit_code)
        if unit_obj is None:
            raise SchemeError("unknown_unit", where=f"{qw}.unit", code=unit_code)
        element_no = _text(q, "element", qw, required=False) or None
        if element_no and all(e.number != element_no for e in unit_obj.elements):
            raise SchemeError("unknown_element", where=f"{qw}.element")
        scheme.questions.append(Question(
            kind=kind, text=_text(q, "text", qw), unit_code=unit_code,
            element_number=element_no,
            model_answer=_text(q, "model_answer", qw, required=False),
            text_en=_text(q, "text_en", qw, required=False)))
    return scheme


def scheme_to_dict(scheme: Scheme) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME, "format_version": FORMAT_VERSION, "code": scheme.code,
        "title_id": scheme.title_id, "title_en": scheme.title_en,
        "scheme_type": scheme.scheme_type.value, "field_id": scheme.field_id,
        "field_en": scheme.field_en, "level": scheme.level, "kbli": scheme.kbli,
        "kbji": scheme.kbji, "version": scheme.version, "example": scheme.is_example,
        "validity_years": scheme.validity_years,
        "units": [
            {"code": u.code, "title_id": u.title_id, "title_en": u.title_en,
             "standard_type": u.standard_type,
             "elements": [{"number": e.number, "title": e.title,
                           "criteria": [{"number": c.number, "text": c.text}
                                        for c in e.criteria]} for e in u.elements]}
            for u in scheme.units
        ],
        "questions": [{"kind": q.kind.value, "unit": q.unit_code, "element": q.element_number,
                       "text": q.text, "text_en": q.text_en, "model_answer": q.model_answer}
                      for q in scheme.questions],
        **({"wording": json.loads(scheme.wording)} if scheme.wording else {}),
    }


def load_scheme_json(path: Path) -> tuple[Scheme, str]:
    """(scheme, sha256 of the file). Raises :class:`SchemeError` for any problem."""
    from humas_desktop.formats.input_file import read_capped

    try:
        # A regular file of at most MAX_BYTES: /dev/zero, a FIFO or a 10 GB file is refused unread.
        data = read_capped(path, MAX_BYTES, "too_large")
    except OSError:
        raise SchemeError("unreadable", where=path.name) from None
    except DomainError as exc:
        raise SchemeError("too_large" if exc.code == "too_large" else "unreadable", where=path.name) from None
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        raise SchemeError("not_json", where=f"line {line}" if line else path.name) from None
    return scheme_from_dict(doc), hashlib.sha256(data).hexdigest()
