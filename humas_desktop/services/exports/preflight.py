"""Before anything is written: event-level text no shipped font can draw stops the export; a
participant's name that cannot be printed holds back only that certificate."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from humas_desktop.domain.models import Participant, Verdict
from humas_desktop.services.exports.data import EventData, is_present
from humas_desktop.services.exports.writing import ExportOptions


@dataclass(frozen=True, slots=True)
class PreflightProblem:
    number: int  # participant number; 0 for event-level text
    code: str  # "missing_glyph" | "name_does_not_fit"
    detail: str = ""  # code points, never the text itself


def certificate_people(data: EventData) -> list[Participant]:
    """Decision K (numbered or draft), or no decision yet but a K recommendation (draft)."""
    out = []
    for p in data.participants:
        if not is_present(data, p):
            continue
        d = data.decisions.get(p.id)
        a = data.assessments.get(p.id)
        if (d and d.result is Verdict.K) or (d is None and a and a.overall_recommendation is Verdict.K):
            out.append(p)
    return out


def preflight(data: EventData, kinds: Iterable[str]) -> list[PreflightProblem]:
    """Problems that stop the whole export: event-level text (LSP, TUK, assessors, schemes) that
    no shipped font can draw. A participant's name is checked per certificate instead."""
    from humas_desktop.formats.pdf.fonts import codepoints, coverage

    cov = coverage()
    problems: list[PreflightProblem] = []
    event_texts = [data.event.name, data.event.lsp_name, data.event.tuk_name, data.event.city,
                   *(a.name for a in data.assessors.values()),
                   *(t for s in data.schemes.values() for t in (s.title_id, s.title_en))]
    for text in event_texts:
        missing = cov.missing(text)
        if missing:
            problems.append(PreflightProblem(0, "missing_glyph", codepoints(missing)))
    return problems


def certificate_problems(data: EventData) -> dict[str, PreflightProblem]:
    """Participant id -> why that certificate cannot be printed (a glyph no font has, a name
    that does not fit the name box). Only that certificate is held back."""
    from humas_desktop.formats.pdf.certificates import NAME_BOX_W, NAME_MAX_PT, NAME_MIN_PT
    from humas_desktop.formats.pdf.fonts import PdfError, close_fonts, codepoints, coverage
    from humas_desktop.formats.pdf.layout import fit_text, new_pdf

    cov = coverage()
    out: dict[str, PreflightProblem] = {}
    pdf = new_pdf()
    try:
        for p in certificate_people(data):
            name = p.name_on_certificate
            missing = cov.missing(f"{name}{name.upper()}")
            if missing:
                out[p.id] = PreflightProblem(p.number, "missing_glyph", codepoints(missing))
                continue
            try:
                fit_text(pdf, name.upper(), NAME_BOX_W, "B", NAME_MAX_PT, NAME_MIN_PT)
            except PdfError:
                out[p.id] = PreflightProblem(p.number, "name_does_not_fit", str(len(name)))
    finally:
        close_fonts(pdf)
    return out


def printable(text: str) -> str:
    """Text for a working PDF. Every character a shipped font draws prints (emoji too, #24); one
    that none has prints as the replacement mark "\ufffd", never as a "?" a reader takes for
    part of the name (the xlsx keep the name as typed; the certificate is held back)."""
    from humas_desktop.formats.pdf.fonts import coverage

    missing = coverage().missing(text)
    for ch in missing:
        text = text.replace(ch, "\ufffd")
    return text


def final_certificates_need_key(data: EventData, kinds: Iterable[str], opts: ExportOptions) -> bool:
    """Certificates of a closed event carry the LSP's signature, or are an explicit draft."""
    return ("certificates" in kinds and not data.is_draft and opts.sign is None
            and not opts.draft and bool(data.certificates))
