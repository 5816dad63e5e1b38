"""Print-ready workbooks: daftar peserta, daftar hadir, rekapitulasi hasil, BNSP upload, berita acara.

The writers take plain data (built by ``services.exports``) and return an openpyxl ``Workbook``;
every cell goes through :mod:`humas_desktop.formats.xlsx_safe`.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Mapping, Sequence
from copy import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from humas_desktop.formats.bnsp_template import upload_template
from humas_desktop.formats.xlsx_safe import put

if TYPE_CHECKING:
    from openpyxl.styles.cell_style import StyleArray

# The 19 header strings live in resources/bnsp/upload_headers.json with their source.
BNSP_SHEET, BNSP_HEADERS = upload_template()


@dataclass(frozen=True, slots=True)
class ReportHeader:
    """Title-block facts common to every sheet."""

    event_name: str
    lsp_name: str
    scheme: str  # "Humas Yunior (SKM-...)"
    tuk: str
    dates: str  # "22/11/2026 – 23/11/2026"
    city: str = ""
    draft: str = ""  # before close: the DRAFT line (title row and printed page header)
    lsp_license: str = ""  # the kop's licence line ("Lisensi BNSP No. ...")
    lsp_address: str = ""
    logo: bytes | None = None  # the validated PNG the PDFs' kop uses (formats.logo_image)
    editions: Mapping[str, str] = field(default_factory=dict)  # form code -> "Rev. 1 · 2024"

    def control(self, form_code: str) -> str:
        """The document-control line, as the PDFs print it: "Daftar Hadir · Rev. 0 · 2024"."""
        return " · ".join(p for p in (form_code, self.editions.get(form_code, "")) if p)


# The form codes (the keys of the LSP's edition list, as the PDFs of the same forms use them).
FORM_ROSTER = "Daftar Peserta"
FORM_ATTENDANCE = "Daftar Hadir"
FORM_RECAP = "Rekapitulasi Hasil"
FORM_MINUTES = "Berita Acara Asesmen"
KOP_ROW_PT = 48.0  # the kop row's height; the logo is drawn a little smaller
LOGO_PX = 56
INDENT_PX = 9  # one indent level: about 9 px in Excel, 14 in LibreOffice (left-aligned cells only)


@dataclass(frozen=True, slots=True)
class RosterRow:
    number: int
    name: str
    nik: str
    nip: str
    birth_place: str
    birth_date: str
    gender: str
    institution: str
    job_title: str
    rank_grade: str
    work_unit: str
    phone: str
    email: str
    assessor: str
    attendance: str


@dataclass(frozen=True, slots=True)
class AttendanceSheet:
    assessor_name: str
    assessor_met: str
    rows: list[tuple[int, str, str, str]]  # number, name, institution, attendance ("hadir"...)
    days: tuple[str, ...] = ()  # "Senin, 10/03/2025": one signature column each


@dataclass(frozen=True, slots=True)
class RecapRow:
    number: int
    name: str
    units: list[str]  # "K", "BK" or "" per unit, in unit order
    recommendation: str
    decision: str
    certificate_number: str = ""  # after close
    blanko_serial: str = ""  # the BNSP blanko it was printed on, once recorded


@dataclass(frozen=True, slots=True)
class BeritaAcaraRow:
    number: int
    name: str
    institution: str
    result: str
    follow_up: str
    note: str


@dataclass(slots=True)
class BeritaAcaraData:
    field_name: str
    rows: list[BeritaAcaraRow] = field(default_factory=list)
    assessors: list[tuple[str, str]] = field(default_factory=list)  # name, MET
    responsible: str = ""
    plenary_date: str = ""
    sk_number: str = ""
    opening: str = ""  # "Pada hari ini, Senin, tanggal 10 Maret 2025, pukul ..." (as the PDF)
    place_date: str = ""  # "Bandung, 10 Maret 2025", above the signatures
    responsible_title: str = ""  # jabatan of the penanggung jawab kegiatan
    # (listed, K, BK): the same figures the PDF prints, counted once by the caller
    # (formats.pdf.documents.MinutesCounts.of, through services.exports.berita_acara.minutes).
    counts: tuple[int, int, int] = (0, 0, 0)


# --- layout helpers ----------------------------------------------------------------------------

def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="000000")
    return {
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "head_font": Font(bold=True),
        "title_font": Font(bold=True, size=14),
        "head_fill": PatternFill("solid", fgColor="D9E1F2"),
        "wrap": Alignment(vertical="top", wrap_text=True),
        "center": Alignment(horizontal="center", vertical="center", wrap_text=True),
    }


def _sheet_title(text: str, used: set[str]) -> str:
    """Excel's 31-character sheet name, cut at a word (never "Gunawan, M"), unique."""
    clean = " ".join(re.sub(r"[\[\]:*?/\\']", " ", text).split())
    base = clean
    if len(base) > 28:
        base = base[:29].rsplit(" ", 1)[0].rstrip(" ,.;-")
    base = base or "Lembar"
    title, n = base, 2
    while title.lower() in used:
        title = f"{base[:25]} {n}"
        n += 1
    used.add(title.lower())
    return title


DRAFT_TITLE = "DRAFT (sesi belum ditutup)"


def _mark_draft(ws: Any, text: str) -> None:
    """Every printed page of a draft says so: "DRAFT" in the page header, the note in the footer."""
    ws.oddHeader.center.text = "DRAFT"
    ws.oddHeader.center.color = "AA1414"
    ws.oddFooter.left.text = text[:250]


def _paragraph(ws: Any, row: int, text: str, width: int, italic: bool = False) -> None:
    """A sentence across columns 1..width, wrapped (fit_row_heights gives it its lines)."""
    from openpyxl.styles import Font

    cell = put(ws, row, 1, text)
    cell.alignment = _styles()["wrap"]
    if italic:
        cell.font = Font(italic=True, size=9)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)


def _hf_text(text: str) -> str:
    """Header/footer text printed as it is: "&" starts a code there, "&&" prints one."""
    return text.replace("&", "&&")


def _control(ws: Any, header: ReportHeader, form_code: str) -> None:
    """Form code and edition on every printed page: the footer's left (a draft's note is there,
    so a draft has it at the top left). :func:`_print_setup` adds "Halaman x dari y"."""
    label = _hf_text(header.control(form_code))[:250]
    if header.draft:
        ws.oddHeader.left.text = label
    else:
        ws.oddFooter.left.text = label


def _title_block(ws: Any, title: str, header: ReportHeader, extra: Sequence[tuple[str, str]] = (),
                 width: int = 6, intro: str = "", form_code: str = "") -> int:
    """Kop (with a logo: row 1), title, an optional opening sentence and the facts above the
    table; returns the header row number. The logo itself is placed by :func:`_place_logo`
    once the column widths are known."""
    st = _styles()
    top = 2 if header.logo else 1
    put(ws, top, 1, f"{title} — {DRAFT_TITLE}" if header.draft else title).font = st["title_font"]
    if header.draft:
        _mark_draft(ws, header.draft)
    if form_code:
        _control(ws, header, form_code)
    first = top + 1
    if intro:
        _paragraph(ws, first, intro, max(width, 4))
        first += 2
    lsp = header.lsp_name + (f" · Lisensi BNSP No. {header.lsp_license}"
                              if header.lsp_license else "")
    facts = [("Acara", header.event_name), ("LSP", lsp),
             *([("Alamat LSP", header.lsp_address)] if header.lsp_address else []),
             ("Skema", header.scheme), ("TUK", header.tuk), ("Tanggal", header.dates), *extra]
    # The label spans columns A:B (A alone is the narrow "No" column: "Jumlah asesi" printed as
    # "Jumla"); the value spans C..width.
    width = max(width, 4)
    for i, (label, value) in enumerate(facts, start=first):
        cell = put(ws, i, 1, label)
        cell.font, cell.alignment = st["head_font"], st["wrap"]
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
        put(ws, i, 3, value).alignment = st["wrap"]
        ws.merge_cells(start_row=i, start_column=3, end_row=i, end_column=width)
    return len(facts) + first + 1


def _place_logo(ws: Any, header: ReportHeader, width: int) -> None:
    """The LSP logo anchored at A1, scaled into the kop row, with the LSP name, licence and
    address beside it (in the first column the logo leaves free, merged to ``width``)."""
    if not header.logo:
        return
    from openpyxl.drawing.image import Image
    from openpyxl.utils import get_column_letter

    img = Image(io.BytesIO(header.logo))
    scale = LOGO_PX / max(img.height, 1)
    img.height, img.width = LOGO_PX, max(1, round(img.width * scale))
    if img.width > 3 * LOGO_PX:  # a very wide logo: keep it within three times its height
        img.height, img.width = max(1, round(img.height * 3 * LOGO_PX / img.width)), 3 * LOGO_PX
    ws.add_image(img, "A1")
    # The text starts in the column the logo ends in, indented past it (a wide name column
    # would otherwise leave a gap). Column width (characters) -> pixels as Excel counts.
    left_px, col = 0.0, 1
    while True:
        col_px = (ws.column_dimensions[get_column_letter(col)].width or 8.43) * 7 + 5
        if left_px + col_px > img.width + 6 or col >= max(width - 1, 2):
            break
        left_px += col_px
        col += 1
    overflow = img.width + 6 - left_px  # pixels of this column under the logo
    indent = max(0, math.ceil(overflow / INDENT_PX)) if overflow > 0 else 0
    if indent and col == 1:  # never write under the logo in column A: go one further
        col, indent = 2, max(0, math.ceil((img.width + 6 - col_px) / INDENT_PX))
    lines = [header.lsp_name,
             " · ".join(p for p in (f"Lisensi BNSP No. {header.lsp_license}"
                                    if header.lsp_license else "", header.lsp_address) if p)]
    from openpyxl.styles import Alignment, Font

    cell = put(ws, 1, col, "\n".join(line for line in lines if line))
    cell.font = Font(bold=True, size=11)
    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=indent)
    if width > col:
        ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=width)


def _kop_height(ws: Any) -> None:
    """After :func:`fit_row_heights`: the kop row is at least as tall as the logo needs."""
    if ws._images:
        dim = ws.row_dimensions[1]
        dim.height = max(dim.height or 15, KOP_ROW_PT)


def wrapped_lines(text: str, per_line: float) -> int:
    """The lines ``text`` takes when wrapped at spaces, ``per_line`` characters a line (a word
    longer than a line breaks inside itself), one more for each explicit newline."""
    import math

    total = 0
    for part in text.split("\n"):
        count, used = 1, 0.0
        for word in part.split():
            if used and used + 1 + len(word) <= per_line:
                used += 1 + len(word)
                continue
            if used:
                count += 1
            extra = max(0, math.ceil(len(word) / per_line) - 1)
            count += extra
            used = len(word) - extra * per_line
        total += count
    return total


def fit_row_heights(ws: Any, first: int = 1) -> None:
    """Row heights for wrapped text, so no line is cut and nothing runs into the next row.

    openpyxl cannot measure text; LibreOffice and Excel keep an explicit height. We estimate the
    lines from the (merged) cell width: about 1.1 characters per width unit of the default font
    (less in bold), wrapped at spaces as the spreadsheet wraps ("JENIS KELAMIN (L/P)" in a narrow
    column is three lines, not the two its length suggests), one more per explicit newline.
    """
    from openpyxl.utils import get_column_letter

    spans: dict[tuple[int, int], int] = {}
    for rng in ws.merged_cells.ranges:
        spans[(rng.min_row, rng.min_col)] = rng.max_col
    widths = {c: (ws.column_dimensions[get_column_letter(c)].width or 8.43)
              for c in range(1, ws.max_column + 1)}
    for row in ws.iter_rows(min_row=first):
        lines = 1
        big = False
        for cell in row:
            if cell.value is None or not hasattr(cell, "column"):
                continue
            if not (cell.alignment is not None and cell.alignment.wrap_text):
                continue  # a one-line cell overflows into empty neighbours instead
            last = spans.get((cell.row, cell.column), cell.column)
            width = sum(widths.get(c, 8.43) for c in range(cell.column, last + 1))
            size = (cell.font.sz or 11) if cell.font is not None else 11
            big = big or size > 12
            per_line = max(1.0, (width - 1) * 1.1 * 11 / size)
            if cell.font is not None and cell.font.b:
                per_line /= 1.12  # bold capitals are wider
            lines = max(lines, wrapped_lines(str(cell.value), per_line))
        if lines > 1 or big:
            ws.row_dimensions[row[0].row].height = lines * 15 + 3 if not big else max(22, lines * 19)


def _table(ws: Any, header_row: int, headers: Sequence[str], rows: Sequence[Sequence[object]],
           widths: Sequence[float], text_cols: frozenset[int] = frozenset(),
           center_cols: frozenset[int] = frozenset(), landscape: bool = False) -> int:
    """Header + bordered rows, widths, frozen header, A4 print set-up. Returns the last row."""
    st = _styles()
    for c, name in enumerate(headers, 1):
        cell = put(ws, header_row, c, name)
        cell.font, cell.fill, cell.border, cell.alignment = (
            st["head_font"], st["head_fill"], st["border"], st["center"])
    r = header_row
    # Setting a style object hashes it into the workbook's style lists on every cell (about a
    # second for 1,000 roster rows). A body cell's style depends only on what ``put`` left in
    # it (number format, quote prefix) and its column's alignment: it is set the ordinary way
    # once per combination and copied (the cell's index array, as openpyxl copies styles).
    done: dict[tuple[tuple[int, ...], bool], StyleArray] = {}
    for r, values in enumerate(rows, header_row + 1):
        for c, value in enumerate(values, 1):
            cell = put(ws, r, c, value, text=c in text_cols, where=f"{ws.title}!R{r}C{c}")
            key = (tuple(cell._style or ()), c in center_cols)
            known = done.get(key)
            if known is not None:
                cell._style = copy(known)
                continue
            cell.border = st["border"]
            cell.alignment = st["center"] if c in center_cols else st["wrap"]
            done[key] = copy(cell._style)
    from openpyxl.utils import get_column_letter

    for c, w in enumerate(widths, 1):
        # A bold header word cannot wrap inside itself: the column is at least that wide.
        longest = max((len(word) for word in str(headers[c - 1]).split()), default=0) \
            if c <= len(headers) else 0
        ws.column_dimensions[get_column_letter(c)].width = max(w, longest * 1.2 + 1.5)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    _print_setup(ws, header_row, landscape)
    return r


def _print_setup(ws: Any, header_row: int, landscape: bool) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_margins.left = ws.page_margins.right = 0.5
    if ws.oddHeader.center.text == "DRAFT":  # a draft's long note fills the footer: count on top
        ws.oddHeader.right.text = "Halaman &P dari &N"
    else:
        ws.oddFooter.center.text = "Halaman &P dari &N"


def _fit_all(wb: Any) -> None:
    for ws in wb.worksheets:
        fit_row_heights(ws)
        _kop_height(ws)


def _new_workbook() -> Any:
    from openpyxl import Workbook

    return Workbook()


# --- documents ---------------------------------------------------------------------------------

def roster_workbook(header: ReportHeader, rows: Sequence[RosterRow]) -> Any:
    wb = _new_workbook()
    ws = wb.active
    ws.title = "Daftar Peserta"
    head = _title_block(ws, "DAFTAR PESERTA UJI KOMPETENSI", header, width=8,
                        form_code=FORM_ROSTER)
    headers = ("No", "Nama", "NIK", "NIP", "Tempat Lahir", "Tanggal Lahir", "L/P", "Instansi",
               "Jabatan", "Pangkat/Golongan", "Unit Kerja", "No. HP", "Email", "Asesor", "Kehadiran")
    data = [(r.number, r.name, r.nik, r.nip, r.birth_place, r.birth_date, r.gender, r.institution,
             r.job_title, r.rank_grade, r.work_unit, r.phone, r.email, r.assessor, r.attendance)
            for r in rows]
    last = _table(ws, head, headers, data,
                  (5, 34, 19, 21, 14, 12, 5, 30, 24, 16, 22, 15, 26, 26, 11),
                  text_cols=frozenset({3, 4, 6, 12}), center_cols=frozenset({1, 7}), landscape=True)
    put(ws, last + 2, 1, f"Jumlah peserta: {len(rows)}")
    _place_logo(ws, header, 8)
    _fit_all(wb)
    return wb


def attendance_workbook(header: ReportHeader, sheets: Sequence[AttendanceSheet]) -> Any:
    """One sheet per assessor: No | Nama Peserta | Asal Lembaga | Tanda Tangan (domain.md 4.3)."""
    wb = _new_workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    st = _styles()
    for sheet in sheets or [AttendanceSheet("-", "-", [])]:
        ws = wb.create_sheet(_sheet_title(f"Hadir {sheet.assessor_name}", used))
        head = _title_block(ws, "DAFTAR HADIR PESERTA UJI SERTIFIKASI KOMPETENSI", header,
                            extra=[("Asesor", f"{sheet.assessor_name} ({sheet.assessor_met})")],
                            width=4, form_code=FORM_ATTENDANCE)
        days = list(sheet.days) or [header.dates]
        # Rows 1..n on each sheet (the form's own numbering, not the event's participant numbers).
        rows: list[tuple[object, ...]] = [(i, name, inst, *([""] * len(days)))
                                          for i, (_, name, inst, _) in enumerate(sheet.rows, 1)]
        while len(rows) < 5:  # the printed form has at least five lines to sign on
            rows.append(("", "", "", *([""] * len(days))))
        sign_w = 24 if len(days) > 1 else 28
        last = _table(ws, head, ("No", "Nama Peserta", "Asal Lembaga",
                                 *[f"Tanda Tangan\n{d}" for d in days]), rows,
                      (6, 36, 34, *([sign_w] * len(days))), center_cols=frozenset({1}),
                      landscape=len(days) > 2)
        for r in range(head + 1, last + 1):
            ws.row_dimensions[r].height = 30
        present = sum(1 for *_, a in sheet.rows if a == "hadir")
        absent = sum(1 for *_, a in sheet.rows if a == "tidak_hadir")
        put(ws, last + 2, 1, f"Jumlah hadir: {present}")
        put(ws, last + 3, 1, f"Jumlah tidak hadir: {absent}")
        put(ws, last + 5, 4, "Asesor,")
        put(ws, last + 9, 4, sheet.assessor_name).font = st["head_font"]
        put(ws, last + 10, 4, f"No. Reg: {sheet.assessor_met}")
        _place_logo(ws, header, 3 + len(days))
    _fit_all(wb)
    return wb


def recap_workbook(header: ReportHeader, unit_codes: Sequence[str], rows: Sequence[RecapRow],
                   unit_titles: Sequence[str] = (), numbered: bool | None = None) -> Any:
    """Participant x unit K/BK matrix + recommendation + LSP decision + totals.

    ``numbered``: the event has certificate numbers, so the number and blanko columns are shown
    (also in a scheme whose participants all got BK); None: whether any row has a number."""
    wb = _new_workbook()
    ws = wb.active
    ws.title = "Rekapitulasi Hasil"
    n = len(unit_codes)
    head = _title_block(ws, "REKAPITULASI HASIL ASESMEN", header, width=min(n + 5, 10),
                        form_code=FORM_RECAP)
    headers: tuple[str, ...] = ("No", "Nama Asesi", *unit_codes, "Rekomendasi Asesor",
                                "Keputusan LSP")
    data: list[tuple[object, ...]] = [(r.number, r.name, *r.units, r.recommendation, r.decision)
                                      for r in rows]
    widths: tuple[float, ...] = ()
    if numbered is None:
        numbered = any(r.certificate_number for r in rows)
    if numbered:  # after close: which certificate, on which BNSP blanko
        headers += ("Nomor Sertifikat", "No. Blanko")
        data = [(*d, r.certificate_number, r.blanko_serial) for d, r in zip(data, rows, strict=True)]
        widths = (27, 14)
    # A unit code has no space to wrap at: its column is as wide as the longest code.
    unit_w = max([9.0, *(len(c) * 1.15 + 2 for c in unit_codes)])
    last = _table(ws, head, headers, data, (5, 34, *([unit_w] * n), 13, 13, *widths),
                  center_cols=frozenset({1, *range(3, n + 5)}), landscape=True,
                  **({"text_cols": frozenset({n + 5, n + 6})} if numbered else {}))
    st = _styles()
    totals = last + 1
    put(ws, totals, 2, "Jumlah K").font = st["head_font"]
    put(ws, totals + 1, 2, "Jumlah BK").font = st["head_font"]
    for i in range(n + 2):
        col = [r.units[i] if i < n else (r.recommendation if i == n else r.decision) for r in rows]
        for off, verdict in ((0, "K"), (1, "BK")):
            cell = put(ws, totals + off, 3 + i, sum(1 for v in col if v == verdict))
            cell.border, cell.alignment = st["border"], st["center"]
    row = totals + 3
    put(ws, row, 1, f"Jumlah asesi: {len(rows)}").font = st["head_font"]
    if unit_titles:
        put(ws, row + 2, 1, "Keterangan unit:").font = st["head_font"]
        for i, (code, title) in enumerate(zip(unit_codes, unit_titles, strict=True), row + 3):
            put(ws, i, 2, f"{code}: {title}")
    _place_logo(ws, header, min(n + 5, 10))
    _fit_all(wb)
    return wb


def bnsp_workbook(rows: Sequence[Sequence[object]], draft: str = "") -> Any:
    """The BNSP upload sheet: exactly the 19 verbatim columns, header in row 1 (domain.md 4.1).

    A draft says so only in the printed page header and footer: the cells stay the template."""
    wb = _new_workbook()
    ws = wb.active
    ws.title = BNSP_SHEET
    for values in rows:
        if len(values) != len(BNSP_HEADERS):
            raise ValueError("a BNSP row needs exactly 19 values")
    _table(ws, 1, BNSP_HEADERS, rows,
           (5, 34, 19, 16, 14, 10, 30, 9, 9, 15, 26, 10, 10, 12, 14, 24, 10, 10, 6),
           text_cols=frozenset(range(2, 20)), center_cols=frozenset({1, 6, 19}), landscape=True)
    if draft:
        _mark_draft(ws, draft)
    _fit_all(wb)
    return wb


def counted(n: int, unit: str = "orang") -> str:
    """``12`` -> "12 (dua belas) orang", as the berita acara PDF writes counts."""
    from humas_desktop.domain.terbilang import terbilang

    return f"{n} ({terbilang(n)}) {unit}"


BA_FOOTNOTE = ("*) Diisi dengan K (Kompeten) atau BK (Belum Kompeten); rekomendasi asesor, "
               "bukan keputusan sertifikasi.")
BA_CLOSING = ("Demikian berita acara ini dibuat dengan sebenarnya, untuk digunakan sebagaimana "
              "mestinya.")


def berita_acara_workbook(header: ReportHeader, data: BeritaAcaraData) -> Any:
    """The berita acara asesmen as the PDF has it: the opening "Pada hari ini, …", counts in
    words, the assessors' recommendations, the footnote, "Demikian berita acara …", place and
    date above the signatures."""
    wb = _new_workbook()
    ws = wb.active
    ws.title = "Berita Acara"
    total, k, bk = data.counts
    extra = [("Bidang", data.field_name), ("Jumlah asesi", counted(total)),
             ("Rekomendasi Kompeten (K)", counted(k)),
             ("Rekomendasi Belum Kompeten (BK)", counted(bk))]
    # No plenary date or SK number: the berita acara asesmen is an input to the plenary.
    head = _title_block(ws, "BERITA ACARA ASESMEN KOMPETENSI", header, extra=extra, width=6,
                        intro=data.opening, form_code=FORM_MINUTES)
    # Numbered 1..n down the list, as the PDF (the event's participant numbers skip the absent).
    rows = [(i, r.name, r.institution, r.result or "-", r.follow_up, r.note)
            for i, r in enumerate(data.rows, 1)]
    last = _table(ws, head, ("No", "Nama Asesi", "Organisasi", "Rekomendasi Asesor (K/BK)*)",
                             "Rekomendasi Tindak Lanjut", "Keterangan"), rows,
                  (5, 34, 30, 12, 30, 30), center_cols=frozenset({1, 4}))
    st = _styles()
    _paragraph(ws, last + 1, BA_FOOTNOTE, 6, italic=True)
    _paragraph(ws, last + 3, BA_CLOSING, 6)
    r = last + 5
    if data.place_date:
        put(ws, r, 5, data.place_date)
        r += 1
    sign = r + 1
    put(ws, sign, 5, "Penanggung jawab kegiatan,")
    put(ws, sign + 4, 5, data.responsible or "(..............................)").font = \
        st["head_font"]
    put(ws, sign + 5, 5, f"Jabatan: {data.responsible_title or '....................'}")
    for name, met in data.assessors:
        put(ws, sign, 2, "Asesor Kompetensi,")
        put(ws, sign + 4, 2, name).font = st["head_font"]
        put(ws, sign + 5, 2, f"No. Reg: {met}")
        sign += 7
    _place_logo(ws, header, 6)
    _fit_all(wb)
    return wb
