"""FR.AK.02 assessment records, FR.AK.05 reports, berita acara and the printable daftar hadir.

Every form carries the LSP's kop and a document-control footer ("FR.AK.02 · Rev. 1 · 2024 ·
halaman 1 dari 1") counted within each form.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from humas_desktop.domain.terbilang import terbilang
from humas_desktop.formats.pdf.fonts import FAMILY
from humas_desktop.formats.pdf.layout import (
    Col,
    DocControl,
    Letterhead,
    begin_section,
    end_table,
    finish,
    keep_together,
    label_rows,
    new_pdf,
    row_height,
    table_heading,
    table_row,
)

# The seven evidence columns of FR.AK.02 (BNSP form; lsp-v3 form-fr-ak-02.php prints the same):
# (column label, EvidenceType values ticked in it). Third party and interview share one column.
EVIDENCE_COLUMNS: tuple[tuple[str, frozenset[str]], ...] = (
    ("Observasi demonstrasi", frozenset({"observasi"})),
    ("Portofolio", frozenset({"portofolio"})),
    ("Pernyataan Pihak Ketiga Pertanyaan Wawancara", frozenset({"pihak_ketiga", "wawancara"})),
    ("Pertanyaan lisan", frozenset({"lisan"})),
    ("Pertanyaan tertulis", frozenset({"tertulis"})),
    ("Proyek kerja", frozenset({"proyek"})),
    ("Lainnya", frozenset({"lainnya"})),
)
EVIDENCE_INSTRUCTION = ("Beri tanda centang (\u2713) di kolom yang sesuai untuk mencerminkan bukti "
                        "yang diperoleh untuk menentukan Kompetensi asesi untuk setiap Unit "
                        "Kompetensi.")
ATTACHMENTS = ("Dokumen APL 01 Peserta", "Dokumen APL 02 Peserta", "Bukti-bukti berkualitas Peserta",
               "Tinjauan proses asesmen.")
TICK = "\u2713"
VERDICT_WORDS = {"K": "Kompeten", "BK": "Belum Kompeten"}
REPORT_NOTE_LABELS = ("Aspek Negatif dan Positif dalam Asesmen", "Pencatatan Penolakan Hasil Asesmen",
                      "Saran Perbaikan: (Asesor/Personil Terkait)", "Catatan")
BLANK_NAME = "(..............................)"


@dataclass(frozen=True, slots=True)
class DocHeader:
    event_name: str
    lsp_name: str
    scheme_title: str
    scheme_code: str
    tuk: str
    dates: str
    city: str
    letterhead: Letterhead | None = None
    editions: Mapping[str, str] = field(default_factory=dict)  # form code -> "Rev. 1 · 2024"
    draft: str = ""  # before close: the DRAFT line printed at the top of every page

    def control(self, form_code: str) -> DocControl:
        return DocControl(form_code, self.editions.get(form_code, ""))

    def pdf(self, form_code: str, title: str) -> Any:
        return new_pdf(letterhead=self.letterhead, control=self.control(form_code), title=title,
                       author=self.lsp_name, draft=self.draft)


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
    signed_date: str = ""  # the assessor's date line ("10 Maret 2025")


@dataclass(frozen=True, slots=True)
class ReportRow:
    number: int  # 1..n within this assessor's report
    name: str
    recommendation: str
    note: str
    bk_units: Sequence[tuple[str, str]] = ()  # (code, title) of each BK unit


@dataclass(frozen=True, slots=True)
class ReportData:
    """FR.AK.05 for one assessor."""

    assessor_name: str
    assessor_met: str
    date: str
    units: Sequence[tuple[str, str]]
    rows: Sequence[ReportRow]
    notes: Sequence[str] = ("", "", "", "")  # the four boxes, in REPORT_NOTE_LABELS order
    signed_date: str = ""
    header: DocHeader | None = None  # this report's scheme (an event may hold several)


@dataclass(frozen=True, slots=True)
class MinutesRow:
    number: int
    name: str
    institution: str
    result: str  # the assessor's recommendation
    follow_up: str
    receipt: str = ""


@dataclass(frozen=True, slots=True)
class MinutesCounts:
    """The berita acara's counts: asesi listed, recommended K, recommended BK. A participant with
    no recommendation yet (a draft) counts in the total and in neither verdict. Computed once
    (:meth:`of`) and printed by both the PDF and the workbook."""

    total: int = 0
    k: int = 0
    bk: int = 0

    @classmethod
    def of(cls, results: Sequence[str]) -> MinutesCounts:
        return cls(len(results), sum(1 for r in results if r == "K"),
                   sum(1 for r in results if r == "BK"))


@dataclass(slots=True)
class MinutesData:
    field_name: str
    rows: list[MinutesRow] = field(default_factory=list)
    assessors: list[tuple[str, str]] = field(default_factory=list)
    plenary_date: str = ""  # kept for the pleno/SK documents; the berita acara asesmen omits it
    sk_number: str = ""
    opening: str = ""  # "Pada hari ini, Senin, tanggal 10 Maret 2025, pukul ..."
    place_date: str = ""  # "Bandung, 10 Maret 2025"
    responsible_title: str = ""  # jabatan of the penanggung jawab kegiatan
    counts: MinutesCounts = field(default_factory=MinutesCounts)  # of ``rows``: MinutesCounts.of


def _title(pdf: Any, code: str, title: str) -> None:
    pdf.set_font(FAMILY, "B", 13)
    pdf.multi_cell(0, 6.5, f"{code} {title}".strip(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


Signer = tuple[str, str, str]  # (role, name, detail); an empty role leaves that box empty
SIGN_SPACE = 20.0  # mm between the role and the name: room for the signature itself
SIGN_MIN = 34.0


def _lines(pdf: Any, text: str, width: float, style: str, size: float, line_h: float) -> int:
    pdf.set_font(FAMILY, style, size)
    return len(pdf.multi_cell(width, line_h, text, dry_run=True, output="LINES"))


def signature_height(pdf: Any, left: Signer, right: Signer) -> float:
    """The height :func:`_signatures` takes for these two boxes (gap above included)."""
    width = pdf.epw / 2 - 4
    tallest = SIGN_MIN
    for role, name, detail in (left, right):
        if not role:
            continue
        tallest = max(tallest, SIGN_SPACE
                      + _lines(pdf, name or BLANK_NAME, width, "B", 9.5, 4.6) * 4.6
                      + _lines(pdf, detail, width, "", 8.5, 4.2) * 4.2)
    return 4 + tallest


def _signatures(pdf: Any, left: Signer, right: Signer) -> None:
    """Two signature boxes: (role, name, detail)."""
    if pdf.will_page_break(signature_height(pdf, left, right)):
        pdf.add_page()
    pdf.ln(4)
    y = pdf.get_y()
    half = pdf.epw / 2
    bottom = y + SIGN_MIN
    for i, (role, name, detail) in enumerate((left, right)):
        if not role:  # an empty slot keeps the other box on its side
            continue
        x = pdf.l_margin + i * half
        pdf.set_xy(x, y)
        pdf.set_font(FAMILY, "", 9.5)
        pdf.multi_cell(half - 4, 4.6, role, align="C", new_x="LEFT", new_y="NEXT")
        pdf.set_xy(x, y + SIGN_SPACE)
        pdf.set_font(FAMILY, "B", 9.5)
        pdf.multi_cell(half - 4, 4.6, name or BLANK_NAME, align="C", new_x="LEFT", new_y="NEXT")
        pdf.set_font(FAMILY, "", 8.5)
        pdf.multi_cell(half - 4, 4.2, detail, align="C", new_x="LEFT", new_y="NEXT")
        bottom = max(bottom, pdf.get_y())
    pdf.set_xy(pdf.l_margin, bottom)


def _signature_rows(pdf: Any, rows: Sequence[tuple[Signer, Signer]]) -> None:
    """Rows of signature boxes; the rows from each one to the last stay on one page when they
    can, so the last signature never stands alone on a page."""
    heights = [signature_height(pdf, left, right) for left, right in rows]
    for i, (left, right) in enumerate(rows):
        keep_together(pdf, sum(heights[i:]))
        _signatures(pdf, left, right)


def _paragraph_height(pdf: Any, text: str, size: float = 9.5, style: str = "",
                      gap: float = 2) -> float:
    return _lines(pdf, text, pdf.epw, style, size, size * 0.5) * size * 0.5 + gap


LABEL_W = 55.0


def _scheme_rows(h: DocHeader) -> list[tuple[str, str]]:
    return [("Skema Sertifikasi\n(KKNI/Okupasi/Klaster)",
             f"Judul: {h.scheme_title}\nNomor: {h.scheme_code}"), ("TUK", h.tuk)]


def _common(pdf: Any, h: DocHeader, extra: Sequence[tuple[str, str]]) -> None:
    label_rows(pdf, [*_scheme_rows(h), *extra], label_w=LABEL_W, size=9)
    pdf.ln(2)


def _paragraph(pdf: Any, text: str, size: float = 9.5, style: str = "", gap: float = 2) -> None:
    pdf.set_font(FAMILY, style, size)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def _bk_line(units: Sequence[RecordUnit]) -> str:
    bk = [f"{u.code} {u.title}" for u in units if u.recommendation == "BK"]
    return ("Unit belum kompeten: " + "; ".join(bk)) if bk else ""


def record_pages(pdf: Any, h: DocHeader, r: RecordData) -> None:
    begin_section(pdf)
    pdf.add_page()
    _title(pdf, "FR.AK.02.", "FORMULIR REKAMAN ASESMEN KOMPETENSI")
    _common(pdf, h, [("Nama Asesi", r.name), ("Nama Asesor", f"{r.assessor_name} ({r.assessor_met})"),
                     ("Tanggal Asesmen", f"Mulai: {r.start}\nSelesai: {r.end}")])
    _paragraph(pdf, EVIDENCE_INSTRUCTION, 9, "B", 1)
    tick_w = 16.5
    unit_w = pdf.epw - 8 - tick_w * len(EVIDENCE_COLUMNS) - 11
    cols = [Col(8, "C"), Col(unit_w), *[Col(tick_w, "C") for _ in EVIDENCE_COLUMNS], Col(11, "C", "B")]
    table_heading(pdf, ["No", "Unit Kompetensi", *[label for label, _ in EVIDENCE_COLUMNS], "K/BK"],
                  cols, size=5.6, line_h=2.7)
    for i, u in enumerate(r.units, 1):
        ticks = [TICK if u.evidence & keys else "" for _, keys in EVIDENCE_COLUMNS]
        table_row(pdf, [str(i), f"{u.code}\n{u.title}", *ticks, u.recommendation or "-"], cols,
                  size=8, line_h=4)
    end_table(pdf)
    pdf.ln(2)
    verdict = VERDICT_WORDS.get(r.recommendation, "Kompeten / Belum kompeten")
    follow = "\n".join(t for t in (r.follow_up.strip(), _bk_line(r.units)) if t) or "-"
    label_rows(pdf, [("Rekomendasi hasil asesmen", verdict),
                     ("Tindak lanjut yang dibutuhkan\n(Masukkan pekerjaan tambahan dan asesmen "
                      "yang diperlukan untuk mencapai kompetensi)", follow),
                     ("Komentar/ Observasi oleh asesor", r.comments or "-")], label_w=RECORD_TAIL_W, size=9)
    signed = f"No. Reg. {r.assessor_met}\nTanggal: {r.signed_date or '....................'}"
    if r.receipt:
        signed += f"\nKode tanda terima: {r.receipt}"
    left = ("Asesi,\nTanda tangan dan tanggal", r.name, "Tanggal: ....................")
    right = ("Asesor,\nTanda tangan dan tanggal", r.assessor_name, signed)
    # The attachment list belongs under the signatures: never a page of its own.
    keep_together(pdf, signature_height(pdf, left, right) + ATTACHMENTS_H)
    _signatures(pdf, left, right)
    _attachments(pdf)


# The labels under FR.AK.02's grid are long ("Tindak lanjut yang dibutuhkan (Masukkan …)"):
# a wider label column keeps them to three lines, so the record and its attachment list fit on
# one page for a usual scheme.
RECORD_TAIL_W = 80.0
ATTACHMENTS_H = 1.5 + 5 + 2 * 4.6  # heading and the four items in two columns


def _attachments(pdf: Any) -> None:
    pdf.ln(1.5)
    pdf.set_font(FAMILY, "B", 9.5)
    pdf.cell(0, 5, "LAMPIRAN DOKUMEN:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 9.5)
    half = pdf.epw / 2
    for row in range(0, len(ATTACHMENTS), 2):
        for col, item in enumerate(ATTACHMENTS[row:row + 2]):
            pdf.set_x(pdf.l_margin + col * half)
            pdf.cell(7, 4.6, f"{row + col + 1}.")
            pdf.cell(half - 7, 4.6, item)
        pdf.ln(4.6)


def records_pdf(h: DocHeader, records: Sequence[RecordData],
                on_each: Callable[[int], None] | None = None) -> tuple[bytes, list[int]]:
    """All FR.AK.02 records in one PDF; also the 0-based start page of each record."""
    pdf = h.pdf("FR.AK.02", "FR.AK.02 Rekaman Asesmen Kompetensi")
    starts = []
    for i, r in enumerate(records):
        starts.append(pdf.page_no())
        record_pages(pdf, h, r)
        if on_each is not None:
            on_each(i)
    return finish(pdf), starts


def _keterangan(r: ReportRow) -> str:
    parts = [f"BK pada unit {code} {title}" for code, title in r.bk_units]
    if r.note:
        parts.append(r.note)
    return "; ".join(parts)


def report_pdf(h: DocHeader, reports: Sequence[ReportData]) -> bytes:
    pdf = h.pdf("FR.AK.05", "FR.AK.05 Laporan Asesmen")
    for rep in reports:
        begin_section(pdf)
        pdf.add_page()
        _title(pdf, "FR.AK.05.", "LAPORAN ASESMEN")
        _common(pdf, rep.header or h, [("Nama Asesor", f"{rep.assessor_name} ({rep.assessor_met})"),
                         ("Tanggal", rep.date)])
        pdf.set_font(FAMILY, "B", 9.5)
        pdf.cell(0, 6, "Unit kompetensi", new_x="LMARGIN", new_y="NEXT")
        for i, (code, title) in enumerate(rep.units, 1):
            table_row(pdf, [str(i), code, title], [Col(8, "C"), Col(38), Col(pdf.epw - 46)], size=8.5)
        pdf.ln(3)
        cols = [Col(10, "C"), Col(66), Col(18, "C", "B"), Col(18, "C", "B"), Col(pdf.epw - 112)]
        table_heading(pdf, ["No.", "Nama Asesi", "Rekomendasi\nK", "Rekomendasi\nBK",
                            "Keterangan**"], cols, size=7.5)
        for i, r in enumerate(rep.rows, 1):
            tick_k = TICK if r.recommendation == "K" else ""
            tick_bk = TICK if r.recommendation == "BK" else ""
            table_row(pdf, [f"{i}.", r.name, tick_k, tick_bk, _keterangan(r)], cols, size=9)
        end_table(pdf)
        pdf.set_font(FAMILY, "I", 8)
        pdf.multi_cell(0, 4, "** tuliskan Kode dan Judul Unit Kompetensi yang dinyatakan BK bila "
                       "mengases satu skema", new_x="LMARGIN", new_y="NEXT")
        k = sum(1 for r in rep.rows if r.recommendation == "K")
        bk = sum(1 for r in rep.rows if r.recommendation == "BK")
        pdf.ln(1)
        pdf.set_font(FAMILY, "", 9.5)
        pdf.cell(0, 5, f"Jumlah asesi: {len(rep.rows)} · K: {k} · BK: {bk}",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        notes = list(rep.notes) + [""] * (4 - len(rep.notes))
        label_rows(pdf, [(label, text or "\n\n") for label, text in zip(REPORT_NOTE_LABELS, notes,
                                                                         strict=False)],
                   label_w=LABEL_W)
        _signatures(pdf, ("", "", ""),
                    ("Asesor,\nTanda tangan/Tanggal", rep.assessor_name,
                     f"No. Reg. {rep.assessor_met}\nTanggal: {rep.signed_date or rep.date}"))
    return finish(pdf)


def counted(n: int, unit: str = "orang") -> str:
    """``12`` -> "12 (dua belas) orang"."""
    return f"{n} ({terbilang(n)}) {unit}"


MINUTES_CLOSING = ("Demikian berita acara ini dibuat dengan sebenarnya, untuk digunakan sebagaimana "
                   "mestinya.")


def minutes_pdf(h: DocHeader, m: MinutesData, responsible: str = "") -> bytes:
    """Berita acara asesmen kompetensi: a minute written before the plenary (no SK, no decision)."""
    pdf = h.pdf("Berita Acara Asesmen", "Berita Acara Asesmen Kompetensi")
    pdf.add_page()
    _title(pdf, "", "BERITA ACARA ASESMEN KOMPETENSI")
    if m.opening:
        _paragraph(pdf, m.opening)
    label_rows(pdf, [*_scheme_rows(h), ("Bidang", m.field_name),
                     ("Jumlah asesi", counted(m.counts.total)),
                     ("Rekomendasi Kompeten (K)", counted(m.counts.k)),
                     ("Rekomendasi Belum Kompeten (BK)", counted(m.counts.bk))], label_w=LABEL_W)
    pdf.ln(3)
    cols = [Col(10, "C"), Col(48), Col(36), Col(28, "C", "B"), Col(pdf.epw - 150), Col(28, "C")]
    table_heading(pdf, ["No", "Nama Asesi", "Organisasi", "Rekomendasi Asesor (K/BK)*)",
                    "Rekomendasi Tindak Lanjut", "Keterangan"], cols, size=8.5)
    signers: list[tuple[Signer, Signer]] = []
    for i in range(0, len(m.assessors), 2):
        pair = m.assessors[i:i + 2]
        signers.append((("Asesor Kompetensi,", pair[0][0], f"No. Reg. {pair[0][1]}"),
                        ("Asesor Kompetensi,", pair[1][0], f"No. Reg. {pair[1][1]}")
                        if len(pair) > 1 else ("", "", "")))
    signers.append((("", "", ""), ("Penanggung jawab kegiatan,", responsible,
                                   f"Jabatan: {m.responsible_title or '....................'}")))
    # The footnote, the closing sentence, the place and date and every signature stay together
    # (with the table's last row when they fit on one page).
    closing = (4.5 + 2 + _paragraph_height(pdf, MINUTES_CLOSING) + (5 if m.place_date else 0)
               + sum(signature_height(pdf, left, right) for left, right in signers))
    for i, r in enumerate(m.rows, 1):
        note = f"Kode tanda terima: {r.receipt}" if r.receipt else ""
        table_row(pdf, [str(i), r.name, r.institution, r.result or "-", r.follow_up, note], cols,
                  size=8.5, keep_with=closing if i == len(m.rows) else 0.0)
    end_table(pdf)
    keep_together(pdf, closing)
    pdf.set_font(FAMILY, "I", 8)
    pdf.cell(0, 4.5, "*) Diisi dengan K (Kompeten) atau BK (Belum Kompeten); rekomendasi asesor, "
             "bukan keputusan sertifikasi.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _paragraph(pdf, MINUTES_CLOSING)
    if m.place_date:
        pdf.set_font(FAMILY, "", 9.5)
        pdf.cell(0, 5, m.place_date, align="R", new_x="LMARGIN", new_y="NEXT")
    _signature_rows(pdf, signers)
    return finish(pdf)


@dataclass(frozen=True, slots=True)
class AttendanceSection:
    """One assessor's daftar hadir: rows numbered 1..n, one signature column per event day."""

    assessor_name: str
    assessor_met: str
    rows: Sequence[tuple[str, str, str]]  # name, institution, attendance ("hadir"/"tidak_hadir"/"")
    days: Sequence[str] = ()  # "Senin, 10/03/2025"


def attendance_pdf(h: DocHeader, sheets: Sequence[AttendanceSection]) -> bytes:
    """No | Nama Peserta | Asal Lembaga | Tanda Tangan per day; hadir/tidak hadir totals."""
    pdf = h.pdf("Daftar Hadir", "Daftar Hadir Peserta Uji Sertifikasi Kompetensi")
    for sheet in sheets:
        begin_section(pdf)
        pdf.add_page()
        _title(pdf, "", "DAFTAR HADIR PESERTA UJI SERTIFIKASI KOMPETENSI")
        days = list(sheet.days) or [h.dates]
        _common(pdf, h, [("Tanggal Uji", "\n".join(days)),
                         ("Asesor", f"{sheet.assessor_name} ({sheet.assessor_met})")])
        sign_w = max(22.0, min(48.0, 80.0 / len(days) * (2 if len(days) == 1 else 1)))
        rest = pdf.epw - 10 - sign_w * len(days)
        cols = [Col(10, "C"), Col(rest * 0.55), Col(rest * 0.45), *[Col(sign_w) for _ in days]]
        table_heading(pdf, ["No", "Nama Peserta", "Asal Lembaga",
                            *[f"Tanda Tangan\n{d}" for d in days]], cols, size=8.5)
        padded = list(sheet.rows) + [("", "", "")] * max(0, 5 - len(sheet.rows))
        for i, (name, inst, _) in enumerate(padded, 1):
            number = str(i) if i <= len(sheet.rows) else ""
            table_row(pdf, [number, name, inst, *["\n" for _ in days]], cols, size=9, line_h=5)
        end_table(pdf)
        present = sum(1 for _, _, a in sheet.rows if a == "hadir")
        absent = sum(1 for _, _, a in sheet.rows if a == "tidak_hadir")
        pdf.ln(2)
        label_rows(pdf, [("Jumlah hadir", str(present)), ("Jumlah tidak hadir", str(absent)),
                         ("Catatan", "")], label_w=LABEL_W)
        _signatures(pdf, ("", "", ""), ("Asesor,", sheet.assessor_name,
                                        f"No. Reg: {sheet.assessor_met}"))
    return finish(pdf)


# --- after close: the plenary minute, the SK and the BNSP blanko request ---------------------

@dataclass(frozen=True, slots=True)
class DecisionRow:
    number: int
    name: str
    institution: str
    recommendation: str  # the assessor's
    decision: str  # the plenary's
    certificate_number: str = ""


@dataclass(frozen=True, slots=True)
class DecisionData:
    """What the plenary decided; shared by the pleno minute, the SK and the blanko request."""

    lsp_name: str
    city: str
    plenary_day: str  # "Senin"
    plenary_date: str  # "10 Maret 2025"
    sk_number: str
    decided_by: str
    event_dates: str
    rows: Sequence[DecisionRow]
    chair_name: str = ""
    chair_role: str = "Ketua LSP"
    manager_name: str = ""
    schemes: Sequence[tuple[str, str]] = ()  # (title, code) of every scheme decided on
    licence: str = ""  # the LSP's BNSP licence number, cited in the SK's "Mengingat"
    legal_basis: Sequence[str] = ()  # the LSP's own "Mengingat" list; empty: LEGAL_BASIS
    committee: Sequence[tuple[str, str]] = ()  # (name, role) of the plenary's members

    def mengingat(self) -> list[str]:
        """The SK's legal basis: the LSP's own list when set, else the regulations every SK
        penetapan cites (PP 10/2018 on BNSP and the BNSP rules), then the LSP's licence."""
        items = [t.strip().rstrip(";.") for t in self.legal_basis if t.strip()]
        if items:
            return items
        licence = (f"Keputusan Badan Nasional Sertifikasi Profesi tentang lisensi {self.lsp_name}"
                   f"{f' Nomor {self.licence}' if self.licence else ''}")
        return [*LEGAL_BASIS, licence]

    def scheme_text(self, h: DocHeader, upper: bool = False) -> str:
        """"Humas Yunior (SKM-1)" or, for several schemes, "A (SKM-1); B (SKM-2)"."""
        pairs = self.schemes or [(h.scheme_title, h.scheme_code)]
        return "; ".join(f"{t.upper() if upper else t} ({c})" for t, c in pairs)


# The regulations an LSP's SK penetapan hasil uji kompetensi cites (domain.md 4.4; the SK of
# lsp-v3 suratkeputusanasesmen.php): BNSP's founding law and regulation and the BNSP rules on
# LSPs and on assessment. An LSP that cites others sets its own list (DecisionData.legal_basis).
LEGAL_BASIS = (
    "Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan",
    "Peraturan Pemerintah Republik Indonesia Nomor 10 Tahun 2018 tentang Badan Nasional "
    "Sertifikasi Profesi",
    "Peraturan Badan Nasional Sertifikasi Profesi Nomor 1/BNSP/III/2014 tentang Pedoman "
    "Penilaian Kesesuaian Persyaratan Umum Lembaga Sertifikasi Profesi",
    "Peraturan Badan Nasional Sertifikasi Profesi Nomor 2/BNSP/III/2014 tentang Pedoman "
    "Pembentukan Lembaga Sertifikasi Profesi",
    "Peraturan Badan Nasional Sertifikasi Profesi Nomor 09/BNSP.301/XI/2013 tentang Pedoman "
    "Pelaksanaan Asesmen Kompetensi",
)
# Without the committee's names in the event: rows to fill in by hand at the plenary.
BLANK_COMMITTEE = (("", "Ketua Komite Teknis"), ("", "Anggota"), ("", "Anggota"))
SIGN_CELL = " \n "  # two lines high: room for a signature


def lettered(items: Sequence[str]) -> str:
    """"a. …;\nb. …;\nc. …." as an SK lists its considerations."""
    last = len(items) - 1
    return "\n".join(f"{chr(97 + i)}. {text}{'.' if i == last else ';'}"
                      for i, text in enumerate(items))


def _counts(rows: Sequence[DecisionRow]) -> tuple[int, int]:
    k = sum(1 for r in rows if r.decision == "K")
    return k, sum(1 for r in rows if r.decision == "BK")


def plenary_pdf(h: DocHeader, d: DecisionData) -> bytes:
    """Berita acara rapat pleno: the LSP decides on the assessors' recommendations."""
    pdf = h.pdf("Berita Acara Pleno", "Berita Acara Rapat Pleno")
    pdf.add_page()
    _title(pdf, "", "BERITA ACARA RAPAT PLENO\nPENETAPAN HASIL UJI KOMPETENSI")
    k, bk = _counts(d.rows)
    _paragraph(pdf, f"Pada hari ini, {d.plenary_day}, tanggal {d.plenary_date}, bertempat di "
               f"{d.lsp_name}, {d.city}, telah dilaksanakan rapat pleno "
               f"{d.decided_by or 'Komite Teknis'} untuk menetapkan hasil uji kompetensi skema "
               f"{d.scheme_text(h)} yang dilaksanakan pada {d.event_dates} di "
               f"{h.tuk}, berdasarkan berita acara asesmen dan rekomendasi asesor, dengan hasil "
               "sebagai berikut:")
    label_rows(pdf, [("Jumlah asesi", counted(len(d.rows))),
                     ("Ditetapkan Kompeten (K)", counted(k)),
                     ("Ditetapkan Belum Kompeten (BK)", counted(bk))], label_w=LABEL_W)
    pdf.ln(3)
    cols = [Col(10, "C"), Col(62), Col(52), Col(28, "C"), Col(pdf.epw - 152, "C", "B")]
    table_heading(pdf, ["No", "Nama Asesi", "Organisasi", "Rekomendasi Asesor", "Keputusan Pleno"],
                  cols, size=8.5)
    closing_text = (f"Hasil ini ditetapkan dengan Surat Keputusan Nomor {d.sk_number or '-'}. "
                    "Demikian berita acara ini dibuat dengan sebenarnya, untuk digunakan "
                    "sebagaimana mestinya.")
    members = [(name.strip(), role.strip()) for name, role in d.committee
               if name.strip() or role.strip()] or list(BLANK_COMMITTEE)
    member_cols = [Col(10, "C"), Col(72), Col(58), Col(pdf.epw - 140)]
    member_h = [row_height(pdf, [str(i), n, r, SIGN_CELL], member_cols, 9, 5)
                for i, (n, r) in enumerate(members, 1)]
    signers = ((("Manajer Sertifikasi,", d.manager_name, ""),
                (f"{d.chair_role},", d.chair_name, "")),)
    closing = (_paragraph_height(pdf, closing_text) + 5 + 3 + 6 + 12 + sum(member_h)
               + signature_height(pdf, *signers[0]))
    for i, r in enumerate(d.rows, 1):
        table_row(pdf, [str(i), r.name, r.institution, r.recommendation or "-", r.decision], cols,
                  size=8.5, keep_with=closing + 2 if i == len(d.rows) else 0.0)
    end_table(pdf)
    pdf.ln(2)
    keep_together(pdf, closing)  # the closing, the committee and the signatures: one page
    _paragraph(pdf, closing_text)
    pdf.set_font(FAMILY, "", 9.5)
    pdf.cell(0, 5, f"{d.city}, {d.plenary_date}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(FAMILY, "B", 9.5)
    pdf.cell(0, 6, f"Anggota {d.decided_by or 'Komite Teknis'} yang hadir:",
             new_x="LMARGIN", new_y="NEXT")
    table_heading(pdf, ["No", "Nama", "Jabatan", "Tanda Tangan"], member_cols, size=8.5)
    for i, (name, role) in enumerate(members, 1):
        # a blank name is a line to write on; every row is tall enough to sign in
        table_row(pdf, [str(i), name, role, SIGN_CELL], member_cols, size=9, line_h=5,
                  keep_with=sum(member_h[i:]) + signature_height(pdf, *signers[0]))
    end_table(pdf)
    _signature_rows(pdf, signers)
    return finish(pdf)


def decree_pdf(h: DocHeader, d: DecisionData) -> bytes:
    """SK penetapan hasil uji kompetensi: the decision per participant, SK number and date."""
    pdf = h.pdf("SK Penetapan", "SK Penetapan Hasil Uji Kompetensi")
    pdf.add_page()
    # "Ketua LSP" + "LSP Humas Nusantara" -> "KETUA LSP HUMAS NUSANTARA" (no doubled "LSP")
    issuer = d.lsp_name if d.lsp_name.upper().startswith("LSP ") else f"LSP {d.lsp_name}"
    _title(pdf, "", f"KEPUTUSAN {d.chair_role.split()[0].upper()} {issuer.upper()}\n"
                    f"NOMOR {d.sk_number or '-'}")
    pdf.set_font(FAMILY, "B", 10.5)
    pdf.multi_cell(0, 5.5, "TENTANG\nPENETAPAN HASIL UJI KOMPETENSI\n"
                   f"SKEMA {d.scheme_text(h, upper=True)}", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    k, bk = _counts(d.rows)
    label_rows(pdf, [
        ("Menimbang", "bahwa berdasarkan berita acara asesmen kompetensi, rekomendasi asesor dan "
                      f"rapat pleno tanggal {d.plenary_date}, perlu menetapkan hasil uji "
                      f"kompetensi yang dilaksanakan pada {d.event_dates} di {h.tuk};"),
        ("Mengingat", lettered(d.mengingat())),
        ("MEMUTUSKAN", ""),
        ("Menetapkan — KESATU", f"Hasil uji kompetensi {counted(len(d.rows))} asesi: "
                                f"{counted(k)} Kompeten (K) dan {counted(bk)} Belum Kompeten "
                                "(BK), sebagaimana tercantum dalam Lampiran keputusan ini."),
        ("KEDUA", "Kepada asesi yang dinyatakan Kompeten diterbitkan sertifikat kompetensi."),
        ("KETIGA", "Keputusan ini berlaku sejak tanggal ditetapkan."),
    ], label_w=LABEL_W)
    pdf.ln(2)
    chair: tuple[Signer, Signer] = (("", "", ""), (f"{d.chair_role},", d.chair_name, ""))
    keep_together(pdf, 5 + signature_height(pdf, *chair))  # the place/date with the signature
    pdf.set_font(FAMILY, "", 9.5)
    pdf.cell(0, 5, f"Ditetapkan di {d.city} pada tanggal {d.plenary_date}", align="R",
             new_x="LMARGIN", new_y="NEXT")
    _signatures(pdf, *chair)
    pdf.add_page()
    _title(pdf, "", f"LAMPIRAN KEPUTUSAN NOMOR {d.sk_number or '-'}")
    cols = [Col(10, "C"), Col(70), Col(56), Col(pdf.epw - 136, "C", "B")]
    table_heading(pdf, ["No", "Nama Asesi", "Nomor Sertifikat", "Keputusan (K/BK)"], cols,
                  size=8.5)
    for i, r in enumerate(d.rows, 1):
        table_row(pdf, [str(i), r.name, r.certificate_number or "-", r.decision], cols, size=8.5)
    end_table(pdf)
    return finish(pdf)


HELD_MARK = "K (ditahan)"  # short: one line in the K/BK column


def blanko_request_pdf(h: DocHeader, d: DecisionData,
                       by_scheme: Sequence[tuple[str, Sequence[DecisionRow]]],
                       held: Sequence[tuple[int, str]] = ()) -> bytes:
    """The BNSP blanko request packet: cover letter, then the K/BK list per scheme. ``held``:
    (number, name) of participants decided K whose certificate waits for an open FR.AK.04
    appeal: no blanko is asked for them, and the letter and the list say so by name."""
    pdf = h.pdf("Permohonan Blanko", "Permohonan Blanko Sertifikat Kompetensi")
    pdf.add_page()
    held_numbers = {n for n, _ in held}
    k = sum(1 for _, rows in by_scheme for r in rows
            if r.decision == "K" and r.number not in held_numbers)
    pdf.set_font(FAMILY, "", 10)
    pdf.cell(0, 5, f"{d.city}, {d.plenary_date}", align="R", new_x="LMARGIN", new_y="NEXT")
    label_rows(pdf, [("Nomor", "...................."), ("Lampiran", "1 (satu) berkas"),
                     ("Perihal", "Permohonan Blanko Sertifikat Kompetensi")], label_w=30)
    pdf.ln(4)
    _paragraph(pdf, "Kepada Yth.\nKetua Badan Nasional Sertifikasi Profesi\ndi Jakarta", 10)
    _paragraph(pdf, f"Dengan hormat, bersama ini {d.lsp_name} mengajukan permohonan blanko "
               f"sertifikat kompetensi sebanyak {counted(k, 'lembar')} untuk asesi yang "
               f"dinyatakan kompeten pada uji kompetensi tanggal {d.event_dates} di {h.tuk}, "
               f"sesuai Surat Keputusan Nomor {d.sk_number or '-'} tanggal {d.plenary_date}.", 10)
    _paragraph(pdf, "Sebagai kelengkapan permohonan kami lampirkan:\n"
               "1. Berita acara asesmen kompetensi;\n2. Berita acara rapat pleno;\n"
               "3. Surat keputusan penetapan hasil uji kompetensi;\n"
               "4. Daftar nama peserta yang kompeten dan belum kompeten per skema (berkas ini dan "
               "format Excel BNSP: unggah-bnsp.xlsx).", 10)
    if held:
        _paragraph(pdf, "Blanko belum dimohonkan untuk asesi berikut karena banding (FR.AK.04) "
                   "atas keputusan asesmennya belum diputuskan; sertifikatnya ditahan sampai "
                   "banding diputuskan:\n" + "\n".join(f"- No. {n} {name}" for n, name in held),
                   10)
    _paragraph(pdf, "Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya "
               "kami ucapkan terima kasih.", 10)
    _signatures(pdf, ("", "", ""), (f"{d.chair_role},", d.chair_name, d.lsp_name))
    for scheme_label, rows in by_scheme:
        pdf.add_page()
        _title(pdf, "", "DAFTAR NAMA PESERTA KOMPETEN DAN BELUM KOMPETEN")
        kk, bb = _counts(rows)
        waiting = [r for r in rows if r.decision == "K" and r.number in held_numbers]
        label_rows(pdf, [("Skema", scheme_label), ("TUK", h.tuk), ("Tanggal uji", d.event_dates),
                         ("Kompeten / Belum Kompeten", f"{counted(kk)} / {counted(bb)}"),
                         *([("Ditahan karena banding", f"{counted(len(waiting))}: sertifikat "
                             "belum dimohonkan")] if waiting else [])],
                   label_w=LABEL_W)
        pdf.ln(2)
        cols = [Col(10, "C"), Col(72), Col(pdf.epw - 112), Col(30, "C", "B")]
        table_heading(pdf, ["No", "Nama Asesi", "Organisasi", "K/BK"], cols, size=8.5)
        for i, r in enumerate(rows, 1):
            mark = HELD_MARK if r.decision == "K" and r.number in held_numbers else r.decision
            table_row(pdf, [str(i), r.name, r.institution, mark], cols, size=8.5)
        end_table(pdf)
        if waiting:
            pdf.ln(1)
            _paragraph(pdf, f"{HELD_MARK}: sertifikat ditahan, banding (FR.AK.04) belum "
                       "diputuskan; blanko belum dimohonkan.", 8.5)
    return finish(pdf)
