"""A larger demo scheme (18 units) for benchmarks, tests and screenshots of the workspace.

Built from the bundled Humas Yunior scheme by repeating its units under new codes, so it has the
shape of the long schemes LSPs use (15-20 units) without inventing content.
"""

from __future__ import annotations

import hashlib

from humas_desktop.domain.models import Criterion, Element, Question, Scheme, Unit
from humas_desktop.services.demo import load_demo_scheme


def scheme_with_units(units: int = 18) -> tuple[Scheme, str]:
    """(scheme, a digest standing in for its file's sha256) with ``units`` units."""
    base, sha = load_demo_scheme()
    out_units: list[Unit] = []
    out_questions: list[Question] = []
    for i in range(units):
        src = base.units[i % len(base.units)]
        round_no = i // len(base.units)
        code = f"KOM.PR01.{i + 1:03d}.01"
        out_units.append(Unit(
            code=code,
            title_id=src.title_id + (f" (lanjutan {round_no})" if round_no else ""),
            title_en=src.title_en + (f" (continued {round_no})" if round_no else ""),
            standard_type=src.standard_type,
            elements=[Element(e.number, e.title, [Criterion(c.number, c.text) for c in e.criteria])
                      for e in src.elements]))
        out_questions += [Question(q.kind, q.text, code, q.element_number, q.model_answer,
                                   text_en=q.text_en)
                          for q in base.questions if q.unit_code == src.code]
    scheme = Scheme(code=f"SKM.HUMAS.{units:02d}U", title_id=f"Humas Madya (contoh, {units} unit)",
                    title_en=f"Public Relations Intermediate (example, {units} units)",
                    scheme_type=base.scheme_type, field_id=base.field_id, field_en=base.field_en,
                    level=base.level, version=base.version, is_example=True,
                    units=out_units, questions=out_questions)
    return scheme, hashlib.sha256(f"{sha}:{units}".encode()).hexdigest()
