"""FR.AK.03 (umpan balik asesi) and FR.AK.04 (banding asesmen) as the LSP's controlled documents
(issue 26): the kop, the form code and edition, page numbers counted per participant.

The statements and questions are printed as the record snapshotted them (the wording the
participant answered to), never the wording configured today. Field labels follow the official
forms verbatim (shared/forms.md 1.5 and 1.6).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from humas_desktop.formats.pdf.documents import (
    LABEL_W,
    TICK,
    DocHeader,
    _common,
    _signatures,
    _title,
)
from humas_desktop.formats.pdf.fonts import FAMILY
from humas_desktop.formats.pdf.layout import (
    Col,
    begin_section,
    finish,
    label_rows,
    table_heading,
    table_row,
)

AK03_HEADING = "Umpan balik dari Asesi (diisi oleh Asesi setelah pengambilan keputusan)"
AK03_OTHER = "Catatan/komentar lainnya (apabila ada)"
AK04_ASK = "Jawablah dengan Ya atau Tidak pertanyaan-pertanyaan berikut ini"
AK04_SCHEME = ("Banding ini diajukan atas Keputusan Asesmen yang dibuat terhadap Skema Sertifikasi "
               "(Kualifikasi/Klaster/Okupasi) berikut:")
AK04_REASON = "Banding ini diajukan atas alasan sebagai berikut:"


def _paragraph(pdf: Any, text: str, size: float = 9.5, style: str = "", gap: float = 2) -> None:
    """Left-aligned (not justified): the form's wording stays word for word in the text layer."""
    pdf.set_font(FAMILY, style, size)
    pdf.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


@dataclass(frozen=True, slots=True)
class Ak03Data:
    participant_number: int
    name: str
    assessor_name: str
    day_date: str  # "Senin, 07/12/2026"
    time: str
    assessment_date: str
    items: Sequence[tuple[str, str, str]]  # (statement, 'ya'|'tidak', comment)
    other_comments: str
    signed_name: str
    signed_date: str
    wording_version: str


@dataclass(frozen=True, slots=True)
class Ak04Data:
    participant_number: int
    name: str
    assessor_name: str
    assessment_date: str
    items: Sequence[tuple[str, str]]  # (question, 'ya'|'tidak')
    reason: str
    note: str
    received_on: str
    window_days: int
    team: Sequence[str]
    status: str  # "Terbuka (sertifikat ditahan)" | "Diputuskan"
    outcome: str
    sk_number: str
    decided_on: str
    decision_notes: str
    wording_version: str


def ak03_pages(pdf: Any, h: DocHeader, r: Ak03Data) -> None:
    begin_section(pdf)
    pdf.add_page()
    _title(pdf, "FR.AK.03.", "UMPAN BALIK DAN CATATAN ASESMEN")
    _common(pdf, h, [("Nama Asesi", r.name), ("Nama Asesor", r.assessor_name),
                     ("Hari/Tanggal", r.day_date), ("Waktu", r.time or "-"),
                     ("Tanggal Asesmen", r.assessment_date)])
    _paragraph(pdf, AK03_HEADING, 9.5, "B", 1)
    tick = 12.0
    note_w = 52.0
    cols = [Col(8, "C"), Col(pdf.epw - 8 - 2 * tick - note_w), Col(tick, "C", "B"),
            Col(tick, "C", "B"), Col(note_w)]
    heads = [Col(c.width, "C", "B") for c in cols]
    table_heading(pdf, ["No", "Komponen", "Ya", "Tidak", "Catatan/Komentar Asesi"], heads, size=8,
                  above=[["", "", "Hasil", "", ""]])
    for i, (statement, answer, comment) in enumerate(r.items, 1):
        table_row(pdf, [str(i), statement, TICK if answer == "ya" else "",
                        TICK if answer == "tidak" else "", comment], cols, size=8.5, line_h=4.2)
    pdf.ln(2)
    label_rows(pdf, [(AK03_OTHER, r.other_comments or "-")], label_w=LABEL_W, size=9)
    _signatures(pdf, ("", "", ""), ("Asesi,\nTanda tangan/paraf dan tanggal", r.signed_name,
                                    f"Tanggal: {r.signed_date}"))
    pdf.set_font(FAMILY, "", 7.5)
    pdf.cell(0, 4, f"Teks pernyataan: versi {r.wording_version}", new_x="LMARGIN", new_y="NEXT")


def ak04_pages(pdf: Any, h: DocHeader, r: Ak04Data) -> None:
    begin_section(pdf)
    pdf.add_page()
    _title(pdf, "FR.AK.04.", "BANDING ASESMEN")
    label_rows(pdf, [("Nama Asesi", r.name), ("Nama Asesor", r.assessor_name),
                     ("Tanggal Asesmen", r.assessment_date)], label_w=LABEL_W, size=9)
    pdf.ln(2)
    _paragraph(pdf, AK04_ASK, 9.5, "B", 1)
    cols = [Col(8, "C"), Col(pdf.epw - 8 - 28), Col(14, "C", "B"), Col(14, "C", "B")]
    table_heading(pdf, ["No", "Pertanyaan", "Ya", "Tidak"], cols, size=8.5)
    for i, (question, answer) in enumerate(r.items, 1):
        table_row(pdf, [str(i), question, TICK if answer == "ya" else "",
                        TICK if answer == "tidak" else ""], cols, size=9)
    pdf.ln(2)
    _paragraph(pdf, AK04_SCHEME, 9.5, "", 1)
    label_rows(pdf, [("Skema Sertifikasi", h.scheme_title), ("No. Skema Sertifikasi", h.scheme_code)],
               label_w=LABEL_W, size=9)
    pdf.ln(2)
    _paragraph(pdf, AK04_REASON, 9.5, "", 1)
    label_rows(pdf, [("Alasan banding", r.reason)], label_w=LABEL_W, size=9)
    pdf.ln(2)
    if r.note:
        _paragraph(pdf, r.note, 9, "I", 1)
    _signatures(pdf, ("", "", ""), ("Tanda tangan Asesi", r.name, f"Tanggal: {r.received_on}"))
    # The LSP's handling of the case: not on the official form, recorded with it.
    pdf.ln(2)
    _paragraph(pdf, "Penanganan banding oleh LSP", 9.5, "B", 1)
    label_rows(pdf, [("Tanggal banding diterima", r.received_on),
                     ("Batas waktu banding", f"{r.window_days} hari sejak hasil asesmen"),
                     ("Tim banding", "; ".join(r.team) or "(belum ditetapkan)"),
                     ("Status", r.status),
                     ("Keputusan banding", r.outcome or "-"),
                     ("Nomor SK hasil banding", r.sk_number or "-"),
                     ("Tanggal keputusan", r.decided_on or "-"),
                     ("Catatan keputusan", r.decision_notes or "-")], label_w=LABEL_W, size=9)
    pdf.set_font(FAMILY, "", 7.5)
    pdf.cell(0, 4, f"Teks pertanyaan: versi {r.wording_version}", new_x="LMARGIN", new_y="NEXT")


def forms_pdf(h: DocHeader, form_code: str, title: str, pages: Sequence[tuple[DocHeader, Any]],
              ) -> tuple[bytes, list[int]]:
    """Every participant's form in one PDF; also the 0-based start page of each."""
    pdf = h.pdf(form_code, title)
    starts: list[int] = []
    for header, record in pages:
        starts.append(pdf.page_no())
        if isinstance(record, Ak03Data):
            ak03_pages(pdf, header, record)
        else:
            ak04_pages(pdf, header, record)
    return finish(pdf), starts
