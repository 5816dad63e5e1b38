"""Export kinds ``ak06`` and ``va`` (issue 26): FR.AK.06 and FR.VA as PDFs with the LSP's kop,
one file per kind holding each scheme's form (and each period's FR.VA). Nothing is written when
the event holds no such record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humas_desktop.domain.terbilang import HARI
from humas_desktop.formats.atomic_file import write_bytes_atomic
from humas_desktop.formats.pdf import review_forms as rf
from humas_desktop.formats.pdf.layout import tanggal
from humas_desktop.services import review
from humas_desktop.storage.db import EventDB

KINDS = ("ak06", "va")
FILES = {"ak06": "fr-ak-06-meninjau-proses-asesmen.pdf", "va": "fr-va-validasi-asesmen.pdf"}


@dataclass(slots=True)
class ReviewForms:
    """What the event holds of FR.AK.06 and FR.VA, read once per export."""

    reviews: list[review.Review] = field(default_factory=list)
    validations: list[review.Validation] = field(default_factory=list)


def load_forms(edb: EventDB) -> ReviewForms:
    return ReviewForms(review.all_reviews(edb), review.all_validations(edb))


def _counts(k: int, bk: int) -> str:
    return f"K {k} / BK {bk}"


def ak06_data(r: review.Review, printable: Callable[[str], str]) -> rf.Ak06Data:
    w, f = r.wording, r.facts
    return rf.Ak06Data(
        "; ".join(printable(a.assessor) for a in f.assessors) or "-", tanggal(r.reviewed_on),
        w.explanation, w.procedure_heading, w.stages, w.principles, r.principles,
        r.principles_recommendation, w.dimensions, r.dimensions, w.consistency,
        r.dimensions_recommendation, printable(r.reviewer_name), r.reviewer_met,
        tanggal(r.reviewed_on), r.comments, f.methods, f.statements,
        [rf.FactsRow(printable(a.assessor), a.assessed, _counts(a.recommended_k, a.recommended_bk),
                     _counts(a.decided_k, a.decided_bk), a.feedback_filled, a.tidak)
         for a in f.assessors], r.wording_version)


def va_data(v: review.Validation, printable: Callable[[str], str]) -> rf.VaData:
    w, d = v.wording, v.data
    return rf.VaData(
        [printable(n) for n in d.validators],
        f"{HARI[d.validated_on.weekday()]}, {tanggal(d.validated_on)}", printable(d.place),
        w.periods, v.period_label, (w.purposes, d.purposes), (w.contexts, d.contexts),
        (w.approaches, d.approaches),
        [(p.role, printable(p.name), p.result) for p in d.people], w.people,
        (w.benchmarks, d.benchmarks), (w.communication, d.communication), w.aspect_heading,
        w.aspects, w.evidence_rules, w.principles,
        [(a.rules, a.principles) for a in d.aspects],
        [(x.finding, x.recommendation) for x in d.findings],
        [(i.activity, i.due, printable(i.responsible)) for i in d.plan], v.wording_version)


def export_kind(data: Any, forms: ReviewForms, kind: str, out: Path,
                doc_header: Callable[[Any, Any], Any], printable: Callable[[str], str]) -> list[Path]:
    """Write one of :data:`KINDS` into ``out``; the written paths (none without a record)."""
    if kind == "ak06":
        pages_a = [(doc_header(data, data.schemes.get(r.scheme_id)), ak06_data(r, printable))
                   for r in forms.reviews]
        if not pages_a:
            return []
        blob = rf.ak06_pdf(pages_a)
    else:
        pages_v = [(doc_header(data, data.schemes.get(v.scheme_id)), va_data(v, printable))
                   for v in forms.validations]
        if not pages_v:
            return []
        blob = rf.va_pdf(pages_v)
    target = out / FILES[kind]
    write_bytes_atomic(target, blob)
    return [target]
