"""The printed hand-out slip: one A4 page per assessor, handed over with the USB stick.

It carries what the assessor's laptop asks for on first contact ("Buka paket tugas"): the
coordinator key fingerprint, grouped for reading aloud, and the short pairing code; plus the event,
the assessor, the package file and how many asesi it holds. No participant data at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from humas_desktop.formats.pdf.fonts import FAMILY
from humas_desktop.formats.pdf.layout import begin_section, finish, label_rows, new_pdf

SLIP_CODE = "Slip serah-terima paket asesor"
OPEN_MENU = "Acara \u2192 Buka paket tugas (laptop asesor)\u2026"


@dataclass(frozen=True, slots=True)
class SlipPage:
    """One assessor's slip."""

    assessor_number: int
    assessor_name: str
    met_number: str
    package_file: str
    participants: int
    encrypted: bool = False


@dataclass(frozen=True, slots=True)
class SlipData:
    event_name: str
    event_dates: str
    lsp_name: str
    tuk_name: str
    coordinator_fingerprint: str  # XXXX-XXXX-XXXX-XXXX
    pairing_code: str  # 7KQ3-M9XD-2HTV-06RB (16 base32 characters)
    pages: Sequence[SlipPage]


def spoken_groups(fingerprint: str) -> str:
    """``ABCD-0123-...`` as groups of four with wide gaps, read aloud one group at a time."""
    groups = [g for g in fingerprint.replace(" ", "-").split("-") if g]
    return "   ".join(groups)


def slip_pdf(data: SlipData) -> bytes:
    """The slip PDF: one page per assessor (print the file once, hand each page with its stick)."""
    pdf = new_pdf(SLIP_CODE, title=SLIP_CODE, author=data.lsp_name)
    for page in data.pages:
        begin_section(pdf)
        pdf.add_page()
        _page(pdf, data, page)
    return finish(pdf)


def _heading(pdf: Any, text: str, size: float = 11) -> None:
    pdf.ln(3)
    pdf.set_font(FAMILY, "B", size)
    pdf.cell(pdf.epw, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FAMILY, "", 10)


def _page(p: Any, data: SlipData, page: SlipPage) -> None:
    p.set_font(FAMILY, "B", 15)
    p.cell(p.epw, 8, "SLIP SERAH-TERIMA PAKET ASESOR", align="C",
           new_x="LMARGIN", new_y="NEXT")
    p.set_font(FAMILY, "", 9)
    p.multi_cell(p.epw, 4.4, "Serahkan slip cetak ini langsung kepada asesor bersama flashdisk. "
                 "Kode di slip inilah yang membuktikan paket berasal dari laptop koordinator.",
                 align="C", new_x="LMARGIN", new_y="NEXT")
    _heading(p, "Acara")
    label_rows(p, [("Nama acara", data.event_name), ("Tanggal", data.event_dates),
                   ("LSP", data.lsp_name), ("TUK", data.tuk_name or "-")])
    _heading(p, "Asesor dan paket")
    label_rows(p, [
        ("Asesor", f"No. {page.assessor_number:02d} \u00b7 {page.assessor_name}"),
        ("No. MET", page.met_number or "-"),
        ("Berkas paket", page.package_file),
        ("Jumlah asesi", f"{page.participants} asesi"),
        ("Enkripsi", "Ya \u2014 frasa sandi disampaikan langsung, tidak ditulis di slip ini"
         if page.encrypted else "Tidak"),
    ])
    _heading(p, "Sidik kunci laptop koordinator")
    p.set_font(FAMILY, "B", 20)
    p.cell(p.epw, 11, spoken_groups(data.coordinator_fingerprint), border=1, align="C",
           new_x="LMARGIN", new_y="NEXT")
    p.set_font(FAMILY, "", 8.5)
    p.cell(p.epw, 5, "Dibaca per kelompok empat; hanya angka 0\u20139 dan huruf A\u2013F "
           "(tidak ada huruf O).", align="C", new_x="LMARGIN", new_y="NEXT")
    _heading(p, "Kode pasangan")
    p.set_font(FAMILY, "B", 26)
    p.cell(p.epw, 14, data.pairing_code, border=1, align="C",
           new_x="LMARGIN", new_y="NEXT")
    p.set_font(FAMILY, "", 8.5)
    p.multi_cell(p.epw, 4.2, "16 karakter, dibaca per kelompok empat; angka dan huruf kapital tanpa "
                 "I, L, O, U. Huruf kecil, spasi dan tanda hubung boleh.", align="C",
                 new_x="LMARGIN", new_y="NEXT")
    _heading(p, "Langkah di laptop asesor")
    steps = (
        f"Colokkan flashdisk, buka Humas Desktop, lalu pilih {OPEN_MENU} dan pilih berkas "
        f"{page.package_file} (atau klik dua kali berkas itu).",
        "Bandingkan sidik kunci yang tampil dengan sidik kunci di slip ini, kelompok demi kelompok.",
        "Bila sama, ketik ke-16 karakter kode pasangan dari slip ini, lalu tekan "
        "\u201cPercayai dan buka\u201d (di baris perintah: open-package --pairing-code KODE).",
        f"Humas Desktop menampilkan \u201cPaket untuk {page.assessor_name}: {page.participants} asesi\u201d. "
        "Selesai: laptop ini kini mengenal laptop koordinator untuk acara ini.",
        "Bila sidik kunci berbeda atau kode ditolak, jangan buka paket; hubungi koordinator.",
    )
    p.set_font(FAMILY, "", 10)
    for i, step in enumerate(steps, 1):
        p.set_x(p.l_margin)
        p.cell(7, 5.2, f"{i}.")
        p.multi_cell(p.epw - 7, 5.2, step, new_x="LMARGIN", new_y="NEXT")
        p.ln(0.8)
    p.ln(4)
    p.set_font(FAMILY, "I", 8)
    p.set_text_color(90)
    p.multi_cell(p.epw, 4, "Slip ini tidak memuat data pribadi asesi.",
                 new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0)
