"""FR.AK.02 assessment records, FR.AK.05 reports, berita acara and the printable daftar hadir."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from humas_desktop.formats.pdf.fonts import FAMILY
from humas_desktop.formats.pdf.layout import Col, finish, label_rows, new_pdf, table_row

EVIDENCE_COLUMNS = (  # (EvidenceType value, column label, legend) in FR.AK.02 order
    ("observasi", "OD", "Observasi demonstrasi"), ("portofolio", "PF", "Portofolio"),
    ("pihak_ketiga", "PPK", "Pernyataan pihak ketiga"), ("wawancara", "PW", "Pertanyaan wawancara"),
    ("lisan", "PL", "Pertanyaan lisan"), ("tertulis", "PT", "Pertanyaan tertulis"),
    ("proyek", "PK", "Proyek kerja"), ("lainnya", "L", "Lainnya"),
)
TICK = "\u2713"


@dataclass(frozen=True, slots=True)
class DocHeader:
    event_name: str
    lsp_name: str
    scheme_title: str
    scheme_code: str
    tuk: str
    dates: str
    city: str


@dataclass(frozen=True, slots=True)
class RecordUnit:
    code: str
    title: str
    evidence: frozenset[str]
    recommendation: str  # "K", "BK" or ""


@dataclass(frozen=True, slots=True)
class RecordData:
    """FR.AK.02 for one participant."""

    participant_number: int
    name: str
    assessor_name: str
    assessor_met: str
    start: str
    end: str
    units: Sequence[RecordUnit]
    recommendation: str
    follow_up: str
    comments: str
    signed_at: str
    receipt: str = ""  # sign-off receipt code, recomputable from the record


@dataclass(frozen=True, slots=True)
class ReportRow:
    number: int
    name: str
    recommendation: str
    note: str


@dataclass(frozen=True, slots=True)
class ReportData:
    """FR.AK.05 for one assessor."""

    assessor_name: str
    assessor_met: str
    date: str
    units: Sequence[tuple[str, str]]
    rows: Sequence[ReportRow]


@dataclass(frozen=True, slots=True)
class MinutesRow:
    number: int
    name: str
    institution: str
    result: str
    follow_up: str
    receipt: str = ""


@dataclass(slots=True)
class MinutesData:
    field_name: str
    rows: list[MinutesRow] = field(default_factory=list)
    assessors: list[tuple[str, str]] = field(default_factory=list)
    plenary_date: str = ""
    sk_number: str = ""


def _title(pdf: Any, code: str, title: str) -> None:
    pdf.set_font(FAMILY, "B", 13)
    pdf.cell(0, 7, f"{code} {title}".strip(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _signatures(pdf: Any, left: tuple[str, str, str], right: tuple[str, str, str]) -> None:
    """Two signature boxes: (role, name, detail)."""
    if pdf.will_page_break(34):
        pdf.add_page()
    pdf.ln(4)
    y = pdf.get_y()
    half = pdf.epw / 2
    for i, (role, name, detail) in enumerate((left, right)):
        if not role:  # an empty slot keeps the other box on its side
            continue
        x = pdf.l_margin + i * half
        pdf.set_xy(x, y)
        pdf.set_font(FAMILY, "", 9.5)
        pdf.multi_cell(half - 4, 4.6, role, align="C", new_x="LEFT", new_y="NEXT")
        pdf.set_xy(x, y + 20)
        pdf.set_font(FAMILY, "B", 9.5)
        pdf.multi_cell(half - 4, 4.6, name or "(..............................)", align="C",
                       new_x="LEFT", new_y="NEXT")
        pdf.set_font(FAMILY, "", 8.5)
        pdf.multi_cell(half - 4, 4.2, detail, align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(pdf.l_margin, max(pdf.get_y(), y + 34))


def _common(pdf: Any, h: DocHeader, extra: Sequence[tuple[str, str]]) -> None:
    label_rows(pdf, [("Skema Sertifikasi", f"{h.scheme_title} ({h.scheme_code})"),
                     ("TUK", h.tuk), *extra])
    pdf.ln(3)


def record_pages(pdf: Any, h: DocHeader, r: RecordData) -> None:
    pdf.add_page()
    _title(pdf, "FR.AK.02.", "REKAMAN ASESMEN KOMPETENSI")
    _common(pdf, h, [("Nama Asesi", r.name), ("Nama Asesor", f"{r.assessor_name} ({r.assessor_met})"),
                     ("Tanggal mulai", r.start), ("Tanggal selesai", r.end)])
    pdf.set_font(FAMILY, "", 8.5)
    legend = "; ".join(f"{short} = {long}" for _, short, long in EVIDENCE_COLUMNS)
    pdf.multi_cell(0, 4.2, f"Bukti yang digunakan untuk setiap unit (\u2713): {legend}.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    tick_w = 10.0
    unit_w = pdf.epw - 8 - tick_w * len(EVIDENCE_COLUMNS) - 12
    cols = [Col(8, "C"), Col(unit_w), *[Col(tick_w, "C") for _ in EVIDENCE_COLUMNS], Col(12, "C", "B")]
    table_row(pdf, ["No", "Unit Kompetensi", *[label for _, label, _ in EVIDENCE_COLUMNS], "K/BK"],
              [Col(c.width, "C", "B") for c in cols], size=8, fill=True)
    for i, u in enumerate(r.units, 1):
        ticks = [TICK if key in u.evidence else "" for key, _, _ in EVIDENCE_COLUMNS]
        table_row(pdf, [str(i), f"{u.code}\n{u.title}", *ticks, u.recommendation or "-"], cols,
                  size=8.5)
    pdf.ln(3)
    verdict = {"K": "Kompeten", "BK": "Belum Kompeten"}.get(r.recommendation, "(belum ada)")
    label_rows(pdf, [("Rekomendasi", verdict), ("Tindak lanjut", r.follow_up or "-"),
                     ("Komentar/observasi", r.comments or "-")])
    signed = f"No. Reg. {r.assessor_met}\n{r.signed_at}"
    if r.receipt:
        signed += f"\nKode tanda terima: {r.receipt}"
    _signatures(pdf, ("Asesi,", r.name, ""), ("Asesor,", r.assessor_name, signed))


def records_pdf(h: DocHeader, records: Sequence[RecordData],
                on_each: Callable[[int], None] | None = None) -> tuple[bytes, list[int]]:
    """All FR.AK.02 records in one PDF; also the 0-based start page of each record."""
    pdf = new_pdf(f"FR.AK.02 · {h.scheme_code}")
    starts = []
    for i, r in enumerate(records):
        starts.append(pdf.page_no())
        record_pages(pdf, h, r)
        if on_each is not None:
            on_each(i)
    return finish(pdf), starts


def report_pdf(h: DocHeader, reports: Sequence[ReportData]) -> bytes:
    pdf = new_pdf(f"FR.AK.05 · {h.scheme_code}")
    for rep in reports:
        pdf.add_page()
        _title(pdf, "FR.AK.05.", "LAPORAN ASESMEN")
        _common(pdf, h, [("Nama Asesor", f"{rep.assessor_name} ({rep.assessor_met})"),
                         ("Tanggal", rep.date)])
        pdf.set_font(FAMILY, "B", 9.5)
        pdf.cell(0, 6, "Unit kompetensi", new_x="LMARGIN", new_y="NEXT")
        for i, (code, title) in enumerate(rep.units, 1):
            table_row(pdf, [str(i), code, title], [Col(8, "C"), Col(38), Col(pdf.epw - 46)], size=8.5)
        pdf.ln(3)
        cols = [Col(10, "C"), Col(76), Col(28, "C", "B"), Col(pdf.epw - 114)]
        table_row(pdf, ["No", "Nama Asesi", "Rekomendasi\n(K/BK)", "Keterangan"],
                  [Col(c.width, "C", "B") for c in cols], size=8.5, fill=True)
        for r in rep.rows:
            table_row(pdf, [str(r.number), r.name, r.recommendation or "-", r.note], cols, size=9)
        k = sum(1 for r in rep.rows if r.recommendation == "K")
        bk = sum(1 for r in rep.rows if r.recommendation == "BK")
        pdf.ln(2)
        pdf.set_font(FAMILY, "", 9.5)
        pdf.cell(0, 5, f"Jumlah asesi: {len(rep.rows)} · K: {k} · BK: {bk}",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        label_rows(pdf, [("Aspek negatif dan positif", "\n"), ("Pencatatan penolakan hasil", ""),
                         ("Saran perbaikan", ""), ("Catatan", "")], label_w=55)
        _signatures(pdf, ("", "", ""), ("Asesor,", rep.assessor_name, f"No. Reg. {rep.assessor_met}"))
    return finish(pdf)


def minutes_pdf(h: DocHeader, m: MinutesData, responsible: str = "") -> bytes:
    pdf = new_pdf("Berita Acara Asesmen")
    pdf.add_page()
    _title(pdf, "", "BERITA ACARA ASESMEN KOMPETENSI")
    k = sum(1 for r in m.rows if r.result == "K")
    bk = sum(1 for r in m.rows if r.result == "BK")
    extra = [("Bidang", m.field_name), ("Tanggal", h.dates), ("Jumlah asesi", str(len(m.rows))),
             ("Jumlah K", str(k)), ("Jumlah BK", str(bk))]
    if m.plenary_date:
        extra.append(("Tanggal rapat pleno", m.plenary_date))
    if m.sk_number:
        extra.append(("Nomor SK", m.sk_number))
    _common(pdf, h, extra)
    cols = [Col(10, "C"), Col(55), Col(40), Col(18, "C", "B"), Col(pdf.epw - 150), Col(27, "C")]
    table_row(pdf, ["No", "Nama Asesi", "Organisasi", "Hasil (K/BK)", "Rekomendasi Tindak Lanjut",
                    "Kode tanda terima"],
              [Col(c.width, "C", "B") for c in cols], size=8.5, fill=True)
    for r in m.rows:
        table_row(pdf, [str(r.number), r.name, r.institution, r.result or "-", r.follow_up,
                        r.receipt or "-"], cols, size=8.5)
    for i in range(0, len(m.assessors), 2):
        pair = m.assessors[i:i + 2]
        left = ("Asesor Kompetensi,", pair[0][0], f"No. Reg. {pair[0][1]}")
        right = (("Asesor Kompetensi,", pair[1][0], f"No. Reg. {pair[1][1]}") if len(pair) > 1
                 else ("", "", ""))
        _signatures(pdf, left, right)
    _signatures(pdf, ("", "", ""), ("Penanggung jawab kegiatan,", responsible, ""))
    return finish(pdf)


def attendance_pdf(h: DocHeader, sheets: Sequence[tuple[str, str, Sequence[tuple[int, str, str]]]]
                   ) -> bytes:
    """One section per assessor: No | Nama Peserta | Asal Lembaga | Tanda Tangan."""
    pdf = new_pdf("Daftar Hadir")
    for assessor, met, rows in sheets:
        pdf.add_page()
        _title(pdf, "", "DAFTAR HADIR PESERTA UJI SERTIFIKASI KOMPETENSI")
        _common(pdf, h, [("Tanggal Uji", h.dates), ("Asesor", f"{assessor} ({met})")])
        cols = [Col(10, "C"), Col(72), Col(60), Col(pdf.epw - 142)]
        table_row(pdf, ["No", "Nama Peserta", "Asal Lembaga", "Tanda Tangan"],
                  [Col(c.width, "C", "B") for c in cols], size=9, fill=True)
        padded = list(rows) + [(0, "", "")] * max(0, 5 - len(rows))
        for no, name, inst in padded:
            table_row(pdf, [str(no) if no else "", name, inst, "\n"], cols, size=9, line_h=5)
        _signatures(pdf, ("", "", ""), ("Asesor,", assessor, f"No. Reg: {met}"))
    return finish(pdf)
