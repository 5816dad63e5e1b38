"""FR.APL.01 (permohonan), FR.APL.02 (asesmen mandiri, reviewed by the assessor) and FR.AK.01
(persetujuan asesmen dan kerahasiaan) as the LSP's controlled documents (issue 26): the kop, the
form code and edition, page numbers counted per participant.

Field labels follow the official forms verbatim (shared/forms.md 1.1-1.3). The AK.01 statements
are printed as the record snapshotted them, never the wording configured today.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from humas_desktop.formats.pdf.documents import LABEL_W, TICK, DocHeader, _signatures, _title
from humas_desktop.formats.pdf.fonts import FAMILY
from humas_desktop.formats.pdf.layout import Col, begin_section, finish, label_rows, table_row

APL01_RECOMMEND = "Berdasarkan ketentuan persyaratan dasar, maka pemohon:"
APL02_GUIDE = ("Baca setiap pertanyaan di kolom sebelah kiri",
               "Beri tanda centang (\u2713) pada kotak jika Anda yakin dapat melakukan tugas yang "
               "dijelaskan.",
               "Isi kolom di sebelah kanan dengan mendaftar bukti yang Anda miliki untuk "
               "menunjukkan bahwa Anda melakukan tugas-tugas ini.")
AK01_AGREED = "Pelaksanaan asesmen disepakati pada:"


def _box(on: bool) -> str:
    return f"[{TICK}]" if on else "[  ]"


def choices(options: Sequence[str], chosen: Sequence[str] | str, sep: str = "   ") -> str:
    """'[✓] Sertifikasi   [  ] Sertifikasi Ulang …': every option printed, the chosen ticked."""
    picked = {chosen} if isinstance(chosen, str) else set(chosen)
    return sep.join(f"{_box(o in picked)} {o}" for o in options)


def _heading(pdf: Any, text: str, size: float = 10) -> None:
    if pdf.will_page_break(14):
        pdf.add_page()
    pdf.set_font(FAMILY, "B", size)
    pdf.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _paragraph(pdf: Any, text: str, size: float = 9.5, style: str = "", gap: float = 2) -> None:
    pdf.set_font(FAMILY, style, size)
    pdf.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


# --- FR.APL.01 ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Apl01Data:
    participant_number: int
    personal: Sequence[tuple[str, str]]  # (label, value) of Data Pribadi, in the form's order
    work: Sequence[tuple[str, str]]  # Data Pekerjaan Sekarang
    purpose_options: Sequence[str]
    purpose: str  # the chosen option's label
    purpose_other: str
    units: Sequence[tuple[str, str]]  # (code, title)
    documents: Sequence[tuple[str, str, str, str]]  # (category label, name, status label, note)
    status_labels: Sequence[str]  # Ada Memenuhi Syarat, Ada Tidak Memenuhi Syarat, Tidak Ada
    category_labels: Sequence[str]
    recommendation: str  # "Diterima" | "Tidak diterima" | ""
    notes: str
    applicant_name: str
    applied_on: str
    admin_name: str
    admin_signed_on: str


def apl01_pages(pdf: Any, h: DocHeader, r: Apl01Data) -> None:
    begin_section(pdf)
    pdf.add_page()
    _title(pdf, "FR.APL.01.", "PERMOHONAN SERTIFIKASI KOMPETENSI")
    _heading(pdf, "Bagian 1 : Rincian Data Pemohon Sertifikasi")
    _heading(pdf, "a. Data Pribadi", 9.5)
    label_rows(pdf, r.personal, label_w=LABEL_W, size=9)
    pdf.ln(2)
    _heading(pdf, "b. Data Pekerjaan Sekarang", 9.5)
    label_rows(pdf, r.work, label_w=LABEL_W, size=9)
    pdf.ln(2)
    _heading(pdf, "Bagian 2 : Data Sertifikasi")
    purpose = choices(r.purpose_options, r.purpose, "\n")
    if r.purpose_other:
        purpose += f": {r.purpose_other}"
    label_rows(pdf, [("Judul Skema Sertifikasi", h.scheme_title),
                     ("Nomor Skema Sertifikasi", h.scheme_code), ("TUK", h.tuk),
                     ("Tujuan Asesmen", purpose)],
               label_w=LABEL_W, size=9)
    pdf.ln(1)
    _paragraph(pdf, "Daftar Unit Kompetensi sesuai kemasan:", 9.5, "B", 1)
    cols = [Col(10, "C"), Col(48), Col(pdf.epw - 58)]
    table_row(pdf, ["No", "Kode Unit", "Judul Unit"], [Col(c.width, "C", "B") for c in cols],
              size=8.5, fill=True)
    for i, (code, title) in enumerate(r.units, 1):
        table_row(pdf, [str(i), code, title], cols, size=8.5)
    pdf.ln(2)
    _heading(pdf, "Bagian 3 : Bukti Kelengkapan Pemohon")
    tick = 20.0
    note_w = 36.0
    cols = [Col(8, "C"), Col(pdf.epw - 8 - 3 * tick - note_w), *[Col(tick, "C", "B")] * 3,
            Col(note_w)]
    heads = [Col(c.width, "C", "B") for c in cols]
    for category in r.category_labels:
        rows = [d for d in r.documents if d[0] == category]
        table_row(pdf, ["No", category, *r.status_labels, "Catatan"], heads, size=7.5, fill=True,
                  line_h=3.6)
        for i, (_cat, name, status, note) in enumerate(rows, 1):
            table_row(pdf, [str(i), name, *[TICK if status == s else "" for s in r.status_labels],
                            note], cols, size=8.5)
        if not rows:
            table_row(pdf, ["", "-", "", "", "", ""], cols, size=8.5)
        pdf.ln(1)
    pdf.ln(1)
    _heading(pdf, "Rekomendasi (diisi oleh LSP):", 9.5)
    label_rows(pdf, [(APL01_RECOMMEND, choices(("Diterima", "Tidak diterima"), r.recommendation)
                      + "\nsebagai peserta sertifikasi"), ("Catatan", r.notes or "-")],
               label_w=LABEL_W, size=9)
    _signatures(pdf, ("Pemohon/Kandidat,\nTanda tangan/Tanggal", r.applicant_name,
                      f"Tanggal: {r.applied_on}"),
                ("Admin LSP,\nNama, Tanda tangan/Tanggal", r.admin_name,
                 f"Tanggal: {r.admin_signed_on}"))


# --- FR.APL.02 ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Apl02Unit:
    code: str
    title: str
    elements: Sequence[tuple[str, str]]  # (question "Dapatkah Saya …?", KUK text)
    self_assessment: str  # 'K' | 'BK'
    evidence: str
    recommendation: str  # the label: Asesmen dapat / tidak dapat dilanjutkan


@dataclass(frozen=True, slots=True)
class Apl02Data:
    participant_number: int
    name: str
    assessor_name: str
    assessor_met: str
    date: str
    units: Sequence[Apl02Unit]
    asesi_date: str
    reviewed_date: str
    recommendation: str  # overall label
    stopped: Sequence[str]  # codes of the units that cannot go on


def apl02_pages(pdf: Any, h: DocHeader, r: Apl02Data) -> None:
    begin_section(pdf)
    pdf.add_page()
    _title(pdf, "FR.APL.02.", "ASESMEN MANDIRI")
    label_rows(pdf, [("Skema Sertifikasi\n(KKNI/Okupasi/Klaster)",
                      f"Judul: {h.scheme_title}\nNomor: {h.scheme_code}"), ("TUK", h.tuk),
                     ("Nama Asesi", r.name), ("Nama Asesor", r.assessor_name),
                     ("Tanggal", r.date)], label_w=LABEL_W, size=9)
    pdf.ln(2)
    _heading(pdf, "Panduan Asesmen Mandiri", 9.5)
    for line in APL02_GUIDE:
        _paragraph(pdf, f"\u2022 {line}", 9, "", 0.5)
    pdf.ln(2)
    tick = 10.0
    ev_w = 52.0
    cols = [Col(pdf.epw - 2 * tick - ev_w), Col(tick, "C", "B"), Col(tick, "C", "B"), Col(ev_w)]
    heads = [Col(c.width, "C", "B") for c in cols]
    for n, u in enumerate(r.units, 1):
        if pdf.will_page_break(30):
            pdf.add_page()
        table_row(pdf, [f"Unit Kompetensi {n}: {u.code}\n{u.title}"], [Col(pdf.epw, "L", "B")],
                  size=8.5, fill=True)
        table_row(pdf, ["Dapatkah Saya ................?", "K", "BK", "Bukti yang relevan"], heads,
                  size=8.5, fill=True)
        for i, (question, kuk) in enumerate(u.elements):
            table_row(pdf, [f"{question}\n{kuk}" if kuk else question,
                            TICK if u.self_assessment == "K" else "",
                            TICK if u.self_assessment == "BK" else "",
                            u.evidence if i == 0 else ""], cols, size=8, line_h=3.9)
        label_rows(pdf, [("Rekomendasi asesor (unit)", u.recommendation)], label_w=LABEL_W, size=8.5)
        pdf.ln(2)
    if pdf.will_page_break(60):
        pdf.add_page()
    label_rows(pdf, [("Nama Asesi", r.name), ("Tanggal", r.asesi_date),
                     ("Tanda Tangan Asesi", "")], label_w=LABEL_W, size=9)
    pdf.ln(2)
    _heading(pdf, "Ditinjau oleh Asesor:", 9.5)
    overall = choices(("Asesmen dapat dilanjutkan", "Asesmen tidak dapat dilanjutkan"),
                      r.recommendation, "\n")
    if r.stopped:
        overall += "\nUnit yang tidak dapat dilanjutkan: " + ", ".join(r.stopped)
    label_rows(pdf, [("Nama Asesor", f"{r.assessor_name} ({r.assessor_met})"),
                     ("Rekomendasi", overall),
                     ("Tanda Tangan dan Tanggal", f"\n\nTanggal: {r.reviewed_date}")],
               label_w=LABEL_W, size=9)


# --- FR.AK.01 ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Ak01Data:
    participant_number: int
    name: str
    assessor_name: str
    assessor_met: str
    tuk_options: Sequence[str]
    tuk: str  # chosen option label
    tuk_name: str
    method_options: Sequence[str]
    methods: Sequence[str]  # chosen labels
    day_date: str  # "Senin, 07/12/2026"
    time: str
    opening: str
    assessor_statement: str
    asesi_statements: Sequence[str]
    asesi_signed: str
    assessor_signed: str
    declaration: str
    declared_on: str
    wording_version: str


def ak01_pages(pdf: Any, h: DocHeader, r: Ak01Data) -> None:
    begin_section(pdf)
    pdf.add_page()
    _title(pdf, "FR.AK.01.", "PERSETUJUAN ASESMEN DAN KERAHASIAAN")
    _paragraph(pdf, r.opening, 9.5, "I", 2)
    tuk = f"{h.tuk}\n{choices(r.tuk_options, r.tuk, '   ')}"  # the event's; the agreed one below
    label_rows(pdf, [("Skema Sertifikasi\n(KKNI/Okupasi/Klaster)",
                      f"Judul: {h.scheme_title}\nNomor: {h.scheme_code}"),
                     ("TUK", tuk), ("Nama Asesor", f"{r.assessor_name} ({r.assessor_met})"),
                     ("Nama Asesi", r.name),
                     ("Bukti yang akan dikumpulkan", choices(r.method_options, r.methods, "\n"))],
               label_w=LABEL_W, size=9)
    pdf.ln(2)
    _paragraph(pdf, AK01_AGREED, 9.5, "B", 1)
    label_rows(pdf, [("Hari/Tanggal", r.day_date), ("Waktu", r.time or "-"),
                     ("TUK", r.tuk_name or r.tuk)], label_w=LABEL_W, size=9)
    pdf.ln(2)
    label_rows(pdf, [("Asesor :", r.assessor_statement),
                     ("Asesi :", "\n".join(r.asesi_statements))], label_w=30, size=9)
    _signatures(pdf, ("Tanda tangan Asesor", r.assessor_name,
                      f"No. Reg. {r.assessor_met}\nTanggal: {r.assessor_signed}"),
                ("Tanda tangan Asesi", r.name, f"Tanggal: {r.asesi_signed}"))
    pdf.ln(3)
    _heading(pdf, "Pernyataan Ketidakberpihakan dan Kerahasiaan Asesor", 9.5)
    _paragraph(pdf, r.declaration or "(belum dibuat)", 9, "", 1)
    label_rows(pdf, [("Nama Asesor", f"{r.assessor_name} ({r.assessor_met})"),
                     ("Tanggal", r.declared_on or "-")], label_w=LABEL_W, size=9)
    pdf.set_font(FAMILY, "", 7.5)
    pdf.cell(0, 4, f"Teks pernyataan: versi {r.wording_version}", new_x="LMARGIN", new_y="NEXT")


_PAGES: dict[type, Callable[[Any, DocHeader, Any], None]] = {
    Apl01Data: apl01_pages, Apl02Data: apl02_pages, Ak01Data: ak01_pages}


def forms_pdf(h: DocHeader, form_code: str, title: str, pages: Sequence[tuple[DocHeader, Any]],
              ) -> tuple[bytes, list[int]]:
    """Every participant's form in one PDF; also the 0-based start page of each."""
    pdf = h.pdf(form_code, title)
    starts: list[int] = []
    for header, record in pages:
        starts.append(pdf.page_no())
        _PAGES[type(record)](pdf, header, record)
    return finish(pdf), starts
