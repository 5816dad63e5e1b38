"""FR.AK.06 (meninjau proses asesmen) and FR.VA (memberikan kontribusi dalam validasi asesmen) as
the LSP's controlled documents (issue 26): the kop, the form code and edition, page numbers.

Stages, principles, dimensions, choices and aspects print as the record snapshotted them (the
wording it was filled with). Field labels follow the official forms verbatim (shared/forms.md 1.7
and 1.8); a choice that was made carries a tick, one that was not an empty box.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from humas_desktop.formats.pdf.documents import LABEL_W, TICK, DocHeader, _common, _signatures, _title
from humas_desktop.formats.pdf.fonts import FAMILY
from humas_desktop.formats.pdf.layout import Col, begin_section, finish, label_rows, table_row

AK06_ASPECT = "Aspek yang ditinjau"
AK06_PRINCIPLES = "Kesesuaian dengan prinsip asesmen"
AK06_DIMENSIONS = "Pemenuhan dimensi kompetensi"
RECOMMENDATION = "Rekomendasi untuk peningkatan"
AK06_FACTS = "Fakta pelaksanaan asesmen (dari data acara)"
REC_W = 62.0  # the recommendation's label on one line (a reader finds it whole)
VA_PREPARE = "Menyiapkan proses validasi"
VA_CONTRIBUTE = "Memberikan kontribusi dalam proses validasi"
VA_RESULT = "Memberikan kontribusi untuk hasil asesmen"
VA_PLAN = "Rencana implementasi perubahan/perbaikan"


def _heading(pdf: Any, text: str, size: float = 10) -> None:
    pdf.set_font(FAMILY, "B", size)
    pdf.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _tick(value: bool) -> str:
    return TICK if value else ""


@dataclass(frozen=True, slots=True)
class FactsRow:
    assessor: str
    assessed: int
    recommended: str  # "K 3 / BK 1"
    decided: str
    feedback: int
    tidak: Sequence[int]


@dataclass(frozen=True, slots=True)
class Ak06Data:
    assessor_names: str  # the assessors of the event (Nama Asesor)
    date: str  # Tanggal
    explanation: Sequence[str]
    procedure_heading: str
    stages: Sequence[str]
    principles: Sequence[str]
    grid: Sequence[Sequence[bool]]
    principles_recommendation: str
    dimensions: Sequence[str]
    dimension_ticks: Sequence[bool]
    consistency: str
    dimensions_recommendation: str
    reviewer_name: str
    reviewer_met: str
    reviewed_on: str
    comments: str
    methods: Sequence[tuple[str, int]]
    statements: Sequence[str]
    facts: Sequence[FactsRow]
    wording_version: str


def _ak06_facts(pdf: Any, r: Ak06Data) -> None:
    _heading(pdf, AK06_FACTS, 9.5)
    methods = "; ".join(f"{m} ({n} asesi)" for m, n in r.methods) or "-"
    label_rows(pdf, [("Metode asesmen yang digunakan", methods)], label_w=LABEL_W, size=8.5)
    epw = pdf.epw
    cols = [Col(48), Col(18, "C"), Col(30, "C"), Col(30, "C"), Col(epw - 126, "C")]
    table_row(pdf, ["Asesor", "Asesi dinilai", "Rekomendasi asesor", "Keputusan pleno",
                    "FR.AK.03 diisi"], [Col(c.width, "C", "B") for c in cols], size=8, fill=True)
    for f in r.facts:
        table_row(pdf, [f.assessor, str(f.assessed), f.recommended, f.decided, str(f.feedback)],
                  cols, size=8)
    pdf.ln(1)
    if r.facts and r.statements:
        n = len(r.facts)
        num_w = min(22.0, (epw - 8 - 60) / max(n, 1))
        cols = [Col(8, "C"), Col(epw - 8 - num_w * n), *[Col(num_w, "C") for _ in r.facts]]
        table_row(pdf, ["No", "Jawaban \"Tidak\" FR.AK.03 per pernyataan",
                        *[f.assessor for f in r.facts]], [Col(c.width, "C", "B") for c in cols],
                  size=7.5, fill=True)
        for i, statement in enumerate(r.statements):
            table_row(pdf, [str(i + 1), statement, *[str(f.tidak[i]) if i < len(f.tidak) else "-"
                                                     for f in r.facts]], cols, size=7.5, line_h=3.8)
        pdf.ln(2)


def ak06_pages(pdf: Any, h: DocHeader, r: Ak06Data) -> None:
    begin_section(pdf)
    pdf.add_page()
    _title(pdf, "FR.AK.06.", "MENINJAU PROSES ASESMEN")
    _common(pdf, h, [("Nama Asesor", r.assessor_names), ("Tanggal", r.date)])
    _heading(pdf, "Penjelasan:", 9.5)
    pdf.set_font(FAMILY, "", 9)
    for i, line in enumerate(r.explanation, 1):
        pdf.multi_cell(0, 4.5, f"{i}. {line}", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    epw = pdf.epw
    tick = 20.0
    k = len(r.principles)
    cols = [Col(epw - tick * k), *[Col(tick, "C", "B") for _ in r.principles]]
    heads = [Col(c.width, "C", "B") for c in cols]
    table_row(pdf, [AK06_ASPECT, AK06_PRINCIPLES], [heads[0], Col(tick * k, "C", "B")], size=8.5,
              fill=True)
    table_row(pdf, ["", *r.principles], heads, size=8.5, fill=True)
    table_row(pdf, [r.procedure_heading, *[""] * k], [Col(cols[0].width, "L", "B"), *cols[1:]],
              size=8.5)
    for stage, ticks in zip(r.stages, r.grid, strict=False):
        table_row(pdf, [f"  {stage}", *[_tick(t) for t in ticks]], cols, size=8.5)
    label_rows(pdf, [(RECOMMENDATION, r.principles_recommendation or "-")], label_w=REC_W, size=8.5)
    pdf.ln(3)
    # The dimensions as rows (the official form has them as columns; their names would wrap
    # in a column narrow enough for five, and a reader would find them broken).
    dim_w, tick_w = 70.0, 22.0
    cols = [Col(epw - dim_w - tick_w), Col(dim_w, "L"), Col(tick_w, "C", "B")]
    heads = [Col(c.width, "C", "B") for c in cols]
    table_row(pdf, [AK06_ASPECT, AK06_DIMENSIONS, "Terpenuhi"], heads, size=8.5, fill=True)
    table_row(pdf, [r.consistency, "", ""], cols, size=8.5)
    for dimension, ticked in zip(r.dimensions, r.dimension_ticks, strict=False):
        table_row(pdf, ["", dimension, _tick(ticked)], cols, size=8.5)
    label_rows(pdf, [(RECOMMENDATION, r.dimensions_recommendation or "-")], label_w=REC_W, size=8.5)
    pdf.ln(3)
    _ak06_facts(pdf, r)
    reviewer = r.reviewer_name + (f" ({r.reviewer_met})" if r.reviewer_met else "")
    _heading(pdf, "Peninjau", 9.5)
    label_rows(pdf, [("Asesor", "Peninjau"), ("Nama", reviewer), ("Tanggal", r.reviewed_on),
                     ("Komentar", r.comments or "-")], label_w=LABEL_W, size=9)
    _signatures(pdf, ("", "", ""), ("Tanda tangan", r.reviewer_name, f"Tanggal: {r.reviewed_on}"))
    pdf.set_font(FAMILY, "", 7.5)
    pdf.cell(0, 4, f"Teks formulir: versi {r.wording_version}", new_x="LMARGIN", new_y="NEXT")


@dataclass(frozen=True, slots=True)
class VaData:
    validators: Sequence[str]
    day_date: str
    place: str
    periods: Sequence[str]
    period: str
    purposes: tuple[Sequence[str], Sequence[str]]  # (offered, chosen)
    contexts: tuple[Sequence[str], Sequence[str]]
    approaches: tuple[Sequence[str], Sequence[str]]
    people: Sequence[tuple[str, str, str]]  # (role, name, result)
    people_roles: Sequence[str]
    benchmarks: tuple[Sequence[str], Sequence[str]]
    communication: tuple[Sequence[str], Sequence[str]]
    aspect_heading: str
    aspects: Sequence[str]
    evidence_rules: Sequence[str]
    principles: Sequence[str]
    scores: Sequence[tuple[Sequence[bool], Sequence[bool]]]
    findings: Sequence[tuple[str, str]]
    plan: Sequence[tuple[str, str, str]]
    wording_version: str


def _choice_rows(offered: Sequence[str], chosen: Sequence[str]) -> str:
    """Every offered choice with a box, ticked when chosen; an own "Lainnya: …" after them."""
    lines = [f"[{TICK if o in chosen else ' '}] {o}" for o in offered]
    lines += [f"[{TICK}] {c}" for c in chosen if c not in offered]
    return "\n".join(lines)


def va_pages(pdf: Any, h: DocHeader, r: VaData) -> None:
    begin_section(pdf)
    pdf.add_page()
    _title(pdf, "FR.VA.", "MEMBERIKAN KONTRIBUSI DALAM VALIDASI ASESMEN")
    period = "  ".join(f"[{TICK if p == r.period else ' '}] {p}" for p in r.periods)
    label_rows(pdf, [("Tim Validasi", "\n".join(f"{i}. {n}" for i, n in enumerate(r.validators, 1))),
                     ("Hari/Tanggal", r.day_date), ("Tempat", r.place), ("Periode", period),
                     ("Nama Skema", h.scheme_title), ("Nomor Skema", h.scheme_code)],
               label_w=LABEL_W, size=9)
    pdf.ln(2)
    _heading(pdf, f"1. {VA_PREPARE}")
    label_rows(pdf, [("Tujuan dan fokus validasi", _choice_rows(*r.purposes)),
                     ("Konteks validasi", _choice_rows(*r.contexts)),
                     ("Pendekatan validasi", _choice_rows(*r.approaches))], label_w=LABEL_W, size=8.5)
    pdf.ln(2)
    epw = pdf.epw
    _heading(pdf, "Orang yang relevan", 9.5)
    cols = [Col(55), Col(55), Col(epw - 110)]
    table_row(pdf, ["Orang yang relevan", "Nama", "Hasil konfirmasi/diskusi"],
              [Col(c.width, "C", "B") for c in cols], size=8.5, fill=True)
    for role, name, result in r.people:
        table_row(pdf, [role, name, result or "-"], cols, size=8.5)
    pdf.ln(2)
    label_rows(pdf, [("Acuan pembanding", _choice_rows(*r.benchmarks))], label_w=LABEL_W, size=8.5)
    pdf.ln(2)
    _heading(pdf, f"2. {VA_CONTRIBUTE}")
    label_rows(pdf, [("Keterampilan komunikasi", _choice_rows(*r.communication))], label_w=LABEL_W,
               size=8.5)
    pdf.ln(2)
    _heading(pdf, r.aspect_heading, 9)
    rules, principles = len(r.evidence_rules), len(r.principles)
    tick = 11.0
    cols = [Col(8, "C"), Col(epw - 8 - tick * (rules + principles)),
            *[Col(tick, "C", "B") for _ in range(rules + principles)]]
    heads = [Col(c.width, "C", "B") for c in cols]
    table_row(pdf, ["", "", "Aturan bukti", "Prinsip asesmen"],
              [heads[0], heads[1], Col(tick * rules, "C", "B"), Col(tick * principles, "C", "B")],
              size=8, fill=True)
    table_row(pdf, ["No", "Aspek", *r.evidence_rules, *r.principles], heads, size=8, fill=True)
    for i, (aspect, (rule_ticks, principle_ticks)) in enumerate(zip(r.aspects, r.scores,
                                                                     strict=False), 1):
        table_row(pdf, [str(i), aspect, *[_tick(t) for t in rule_ticks],
                        *[_tick(t) for t in principle_ticks]], cols, size=8.5)
    pdf.ln(3)
    _heading(pdf, f"3. {VA_RESULT}")
    cols = [Col(8, "C"), Col((epw - 8) / 2), Col((epw - 8) / 2)]
    table_row(pdf, ["No", "Temuan-temuan validasi", "Rekomendasi"],
              [Col(c.width, "C", "B") for c in cols], size=8.5, fill=True)
    for i, (finding, recommendation) in enumerate(r.findings or [("-", "-")], 1):
        table_row(pdf, [str(i), finding, recommendation or "-"], cols, size=8.5)
    pdf.ln(3)
    _heading(pdf, VA_PLAN, 9.5)
    cols = [Col(8, "C"), Col(epw - 8 - 80), Col(38), Col(42)]
    table_row(pdf, ["No", "Kegiatan perbaikan", "Waktu penyelesaian", "Penanggungjawab"],
              [Col(c.width, "C", "B") for c in cols], size=8.5, fill=True)
    for i, (activity, due, responsible) in enumerate(r.plan or [("-", "-", "-")], 1):
        table_row(pdf, [str(i), activity, due, responsible], cols, size=8.5)
    left = ("Validator 1", r.validators[0] if r.validators else "", f"Tanggal: {r.day_date}")
    right = ("Validator 2", r.validators[1] if len(r.validators) > 1 else "",
             f"Tanggal: {r.day_date}")
    _signatures(pdf, left, right)
    pdf.set_font(FAMILY, "", 7.5)
    pdf.cell(0, 4, f"Teks formulir: versi {r.wording_version}", new_x="LMARGIN", new_y="NEXT")


def ak06_pdf(pages: Sequence[tuple[DocHeader, Ak06Data]]) -> bytes:
    """Every scheme's FR.AK.06 in one PDF (the first page's header gives the kop)."""
    pdf = pages[0][0].pdf("FR.AK.06", "FR.AK.06 Meninjau Proses Asesmen")
    for header, record in pages:
        ak06_pages(pdf, header, record)
    return finish(pdf)


def va_pdf(pages: Sequence[tuple[DocHeader, VaData]]) -> bytes:
    """Every FR.VA (per scheme and period) in one PDF."""
    pdf = pages[0][0].pdf("FR.VA", "FR.VA Memberikan Kontribusi dalam Validasi Asesmen")
    for header, record in pages:
        va_pages(pdf, header, record)
    return finish(pdf)
