"""A larger demo scheme (18 units) for benchmarks, tests and screenshots of the workspace.

Built from the bundled Humas Yunior scheme by repeating its units under new codes, so it has the
shape of the long schemes LSPs use (Humas Madya/Utama: 15-20 units) without inventing content.
"""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

from humas_desktop.domain.models import Scheme
from humas_desktop.formats.scheme_json import scheme_from_dict
from humas_desktop.resources import resource_path
from humas_desktop.services.demo import DEMO_SCHEME


def scheme_with_units(units: int = 18) -> tuple[Scheme, str]:
    """(scheme, sha256 of its JSON) with ``units`` units and three questions per unit."""
    doc: dict[str, Any] = json.loads(resource_path(*DEMO_SCHEME).read_text(encoding="utf-8"))
    base_units, base_questions = doc["units"], doc["questions"]
    out_units: list[dict[str, Any]] = []
    out_questions: list[dict[str, Any]] = []
    for i in range(units):
        src = base_units[i % len(base_units)]
        unit = copy.deepcopy(src)
        unit["code"] = f"KOM.PR01.{i + 1:03d}.01"
        round_no = i // len(base_units)
        if round_no:
            unit["title_id"] = f"{src['title_id']} (lanjutan {round_no})"
            unit["title_en"] = f"{src.get('title_en', '')} (continued {round_no})"
        out_units.append(unit)
        for q in base_questions:
            if q["unit"] == src["code"]:
                question = dict(q)
                question["unit"] = unit["code"]
                out_questions.append(question)
    doc["code"] = f"SKM.HUMAS.{units:02d}U"
    doc["title_id"] = f"Humas Madya (contoh, {units} unit)"
    doc["title_en"] = f"Public Relations Intermediate (example, {units} units)"
    doc["units"], doc["questions"] = out_units, out_questions
    raw = json.dumps(doc, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return scheme_from_dict(doc), hashlib.sha256(raw).hexdigest()
