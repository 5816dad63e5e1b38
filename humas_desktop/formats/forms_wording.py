"""The wording of the statements and questions of FR.AK.01 (the assessor's declaration), FR.AK.03,
FR.AK.04, and the aspects of FR.AK.06 and FR.VA as data.

The shipped wording is ``resources/forms/records-id.json`` (versioned). An LSP whose forms differ
stores its own document of the same shape in the event setting ``forms.wording`` (data, not
code); every record snapshots the statements it was filled with and the version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.resources import resource_path

WORDING_FILE = ("forms", "records-id.json")
SETTING = "forms.wording"


@dataclass(frozen=True, slots=True)
class Ak06Wording:
    """FR.AK.06: the stages reviewed against the principles, the competency dimensions."""

    explanation: tuple[str, ...]
    procedure_heading: str
    stages: tuple[str, ...]
    principles: tuple[str, ...]
    dimensions: tuple[str, ...]
    consistency: str


@dataclass(frozen=True, slots=True)
class VaWording:
    """FR.VA: the choices of each part of the validation form and the aspects scored against the
    evidence rules and the principles."""

    periods: tuple[str, ...]
    purposes: tuple[str, ...]
    contexts: tuple[str, ...]
    approaches: tuple[str, ...]
    people: tuple[str, ...]
    required_person: str
    benchmarks: tuple[str, ...]
    communication: tuple[str, ...]
    aspect_heading: str
    aspects: tuple[str, ...]
    evidence_rules: tuple[str, ...]
    principles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Wording:
    version: str
    ak03_heading: str
    ak03_statements: tuple[str, ...]
    ak04_questions: tuple[str, ...]
    ak04_note: str
    ak01_declaration: str  # the assessor's impartiality and confidentiality statement
    ak06: Ak06Wording | None = None  # None only while parsing: wording_for fills the shipped one
    va: VaWording | None = None
    # FR.AK.01 as the form is: its opening line and the assessor's and asesi's statements
    # (an LSP document without them gets the shipped ones).
    ak01_opening: str = ""
    ak01_assessor_statement: str = ""
    ak01_asesi_statements: tuple[str, ...] = ()


def _texts(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip()
                                                           for v in value):
        raise DomainError("forms_wording_invalid", where=where)
    return tuple(v.strip() for v in value)


def _text(part: dict[str, Any], key: str, where: str) -> str:
    return _texts([part.get(key)], f"{where}.{key}")[0]


def parse_ak06(part: Any) -> Ak06Wording | None:
    if part is None:
        return None
    if not isinstance(part, dict):
        raise DomainError("forms_wording_invalid", where="ak06")
    return Ak06Wording(_texts(part.get("explanation"), "ak06.explanation"),
                       _text(part, "procedure_heading", "ak06"),
                       _texts(part.get("stages"), "ak06.stages"),
                       _texts(part.get("principles"), "ak06.principles"),
                       _texts(part.get("dimensions"), "ak06.dimensions"),
                       _text(part, "consistency", "ak06"))


def parse_va(part: Any) -> VaWording | None:
    if part is None:
        return None
    if not isinstance(part, dict):
        raise DomainError("forms_wording_invalid", where="va")
    lists = {k: _texts(part.get(k), f"va.{k}") for k in (
        "periods", "purposes", "contexts", "approaches", "people", "benchmarks", "communication",
        "aspects", "evidence_rules", "principles")}
    required = _text(part, "required_person", "va")
    if required not in lists["people"]:
        raise DomainError("forms_wording_invalid", where="va.required_person")
    return VaWording(required_person=required, aspect_heading=_text(part, "aspect_heading", "va"),
                     **lists)


def parse_wording(text: str, _shipping: bool = False) -> Wording:
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise DomainError("forms_wording_invalid", where="json") from exc
    return parse_wording_doc(doc, None if _shipping else shipped_wording(), _shipping=_shipping)


def parse_wording_doc(doc: Any, base: Wording | None, *, partial: bool = False,
                      _shipping: bool = False) -> Wording:
    """A wording document (parsed JSON). With ``partial`` (a scheme's own wording), a part the
    document leaves out (AK.01, AK.03, AK.04, AK.06 or VA) is the ``base``'s; otherwise AK.01's
    declaration, AK.03 and AK.04 are required and AK.01's form texts, AK.06 and VA may come
    from the base."""
    if not isinstance(doc, dict) or not str(doc.get("version", "")).strip():
        raise DomainError("forms_wording_invalid", where="version")
    ak01, ak03, ak04 = doc.get("ak01") or {}, doc.get("ak03") or {}, doc.get("ak04") or {}
    if not all(isinstance(part, dict) for part in (ak01, ak03, ak04)):
        raise DomainError("forms_wording_invalid", where="ak01/ak03/ak04")
    inherit = partial and base is not None
    if inherit and "assessor_declaration" not in ak01:
        declaration = base.ak01_declaration  # type: ignore[union-attr]
    else:
        declaration = _texts([ak01.get("assessor_declaration")], "ak01.assessor_declaration")[0]
    form: dict[str, Any] = {"opening": "", "assessor_statement": "", "asesi_statements": ()}
    if any(k in ak01 for k in form):
        form = {"opening": _texts([ak01.get("opening")], "ak01.opening")[0],
                "assessor_statement": _texts([ak01.get("assessor_statement")],
                                             "ak01.assessor_statement")[0],
                "asesi_statements": _texts(ak01.get("asesi_statements"), "ak01.asesi_statements")}
    elif base is not None:
        form = {"opening": base.ak01_opening, "assessor_statement": base.ak01_assessor_statement,
                "asesi_statements": base.ak01_asesi_statements}
    if inherit and not ak03:
        heading, statements = base.ak03_heading, base.ak03_statements  # type: ignore[union-attr]
    else:
        heading = str(ak03.get("heading", ""))
        statements = _texts(ak03.get("statements"), "ak03.statements")
    if inherit and not ak04:
        questions, note = base.ak04_questions, base.ak04_note  # type: ignore[union-attr]
    else:
        questions = _texts(ak04.get("questions"), "ak04.questions")
        note = str(ak04.get("note", ""))
    words = Wording(version=str(doc["version"]).strip(), ak03_heading=heading,
                    ak03_statements=statements, ak04_questions=questions, ak04_note=note,
                    ak01_declaration=declaration, ak06=parse_ak06(doc.get("ak06")),
                    va=parse_va(doc.get("va")), ak01_opening=str(form["opening"]),
                    ak01_assessor_statement=str(form["assessor_statement"]),
                    ak01_asesi_statements=tuple(form["asesi_statements"]))
    if base is not None and not _shipping and (words.ak06 is None or words.va is None):
        words = replace(words, ak06=words.ak06 or base.ak06, va=words.va or base.va)
    return words


@cache
def shipped_wording() -> Wording:
    return parse_wording(resource_path(*WORDING_FILE).read_text(encoding="utf-8"), _shipping=True)


def wording_for(setting: str | None, scheme_wording: str | None = None) -> Wording:
    """The wording a record is filled with: the participant's scheme's own (``scheme_wording``,
    a document of the same shape kept in the scheme file, parts it leaves out taken from
    below), else the LSP's own of the event (setting ``forms.wording``), else the shipped one.
    An LSP document written before FR.AK.06/FR.VA were data (no ``ak06``/``va`` part) takes
    the shipped parts."""
    base = parse_wording(setting) if setting and setting.strip() else shipped_wording()
    if scheme_wording and scheme_wording.strip():
        try:
            doc = json.loads(scheme_wording)
        except ValueError as exc:
            raise DomainError("forms_wording_invalid", where="skema: json") from exc
        return parse_wording_doc(doc, base, partial=True)
    return base


def scheme_wording_text(doc: Any) -> str:
    """A scheme file's ``wording`` part checked against the shipped wording and kept as compact
    JSON (the scheme table's ``wording`` column); ''  when the scheme has none. Raises
    :class:`DomainError` ``forms_wording_invalid`` naming the bad part."""
    if doc is None or doc == {} or doc == "":
        return ""
    parse_wording_doc(doc, shipped_wording(), partial=True)
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# Where the Excel sheet ``Teks Formulir`` puts each row (``Bagian`` | ``Teks``): a list part
# takes one row per entry, in order.
LIST_PARTS = frozenset({
    "ak01.asesi_statements", "ak03.statements", "ak04.questions", "ak06.explanation",
    "ak06.stages", "ak06.principles", "ak06.dimensions", "va.periods", "va.purposes",
    "va.contexts", "va.approaches", "va.people", "va.benchmarks", "va.communication",
    "va.aspects", "va.evidence_rules", "va.principles"})
TEXT_PARTS = frozenset({
    "version", "ak01.assessor_declaration", "ak01.opening", "ak01.assessor_statement",
    "ak03.heading", "ak04.note", "ak06.procedure_heading", "ak06.consistency",
    "va.required_person", "va.aspect_heading"})


def wording_doc_from_rows(rows: list[tuple[str, str]]) -> dict[str, Any]:
    """The wording document of (part, text) rows such as ``("ak03.statements", "...")``;
    raises ``forms_wording_invalid`` on a part it does not know."""
    doc: dict[str, Any] = {}
    for part, text in rows:
        key = part.strip().lower()
        if key not in LIST_PARTS and key not in TEXT_PARTS:
            raise DomainError("forms_wording_invalid", where=part)
        section, _, name = key.rpartition(".")
        holder = doc.setdefault(section, {}) if section else doc
        if key in LIST_PARTS:
            holder.setdefault(name, []).append(text)
        else:
            holder[name] = text
    return doc
