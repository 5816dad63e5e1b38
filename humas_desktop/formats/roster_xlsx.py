"""Write roster workbooks: the rejected-rows file (fix and re-import) and the blank template.

Every text cell is written as a string (never a formula: ``data_type = "s"`` plus a quote prefix on
risky first characters), control characters are made visible, and the NIK/NIP/phone columns are
formatted as Text ('@') so Excel keeps all their digits. Files appear atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from humas_desktop.formats.atomic_file import atomic_write, save_workbook
from humas_desktop.formats.xlsx_safe import TEXT_FORMAT, set_value


@dataclass(frozen=True, slots=True)
class RejectedRow:
    excel_row: int
    cells: Sequence[Any]
    problems: Sequence[tuple[int | None, str]]  # (0-based column or None, message)


def _set(cell: Any, value: Any) -> None:
    """The coordinator's own cell back as it was (numbers stay numbers), written safely."""
    if isinstance(value, bool):
        cell.value = value
        return
    set_value(cell, value)


def _save_atomic(workbook: Any, target: Path) -> None:
    with atomic_write(target) as tmp:
        save_workbook(workbook, tmp)


def write_rejected(target: Path, headers: Sequence[Any], rows: Sequence[RejectedRow],
                   text_columns: Sequence[int] = ()) -> None:
    """Original header + rejected rows; problem cells filled red, all messages in a last column
    ("Masalah") and the source row number in a first column ("Baris asal")."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    red = PatternFill("solid", fgColor="FFC7CE")
    wb = Workbook()
    ws = wb.active
    ws.title = "Perlu diperbaiki"
    _set(ws.cell(1, 1), "Baris asal")
    for i, header in enumerate(headers):
        _set(ws.cell(1, i + 2), header)
    problem_col = len(headers) + 2
    _set(ws.cell(1, problem_col), "Masalah")
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r_index, row in enumerate(rows, start=2):
        ws.cell(r_index, 1).value = row.excel_row
        for c_index, value in enumerate(row.cells[:len(headers)]):
            cell = ws.cell(r_index, c_index + 2)
            _set(cell, value)
            if c_index in text_columns:
                cell.number_format = TEXT_FORMAT
        lines = []
        for col, text in row.problems:
            if col is not None and col < len(headers):
                cell = ws.cell(r_index, col + 2)
                cell.fill = red
                cell.comment = Comment(text, "Humas Desktop")
                lines.append(f"{headers[col]}: {text}")
            else:
                lines.append(text)
        _set(ws.cell(r_index, problem_col), "\n".join(lines))
        ws.cell(r_index, problem_col).fill = red
    for col in text_columns:
        ws.column_dimensions[_letter(col + 2)].number_format = TEXT_FORMAT
    ws.column_dimensions[_letter(problem_col)].width = 70
    ws.freeze_panes = "B2"
    _save_atomic(wb, target)


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(col))


TEMPLATE_COLUMNS = (
    ("No", 5, False), ("Nama Lengkap", 32, False), ("NIK", 20, True), ("NIP", 22, True),
    ("Tempat Lahir", 16, False), ("Tanggal Lahir", 14, False), ("Jenis Kelamin (L/P)", 10, False),
    ("Instansi", 30, False), ("Unit Kerja", 24, False), ("Jabatan", 24, False),
    ("Pangkat/Golongan", 16, False), ("Pendidikan", 12, False), ("Email", 26, False),
    ("No. HP/WA", 16, True), ("Alamat", 36, False), ("Skema", 30, False), ("Asesor", 24, False),
)
TEMPLATE_EXAMPLE = (
    1, "Nur'aini Rahmawati, S.I.Kom.", "3201015708900003", "199008172015032001", "Bogor",
    "17/08/1990", "P", "Dinas Komunikasi dan Informatika Kab. Bogor", "Bidang IKP",
    "Pranata Humas Ahli Pertama", "Penata Muda / III-a", "S1", "nuraini@example.go.id",
    "081234567890", "Jl. Contoh No. 1, Cibinong", "", "",
)
INSTRUCTIONS = (
    "Petunjuk pengisian daftar peserta",
    "",
    "1. Isi satu peserta per baris di lembar \"Peserta\", mulai di bawah baris contoh "
    "(hapus baris contoh sebelum impor).",
    "2. Kolom NIK, NIP dan No. HP/WA sudah berformat Teks. Jangan ubah formatnya: bila diketik "
    "sebagai angka, Excel membulatkan NIK (digit terakhir hilang) dan menghapus angka 0 di depan "
    "nomor HP.",
    "3. NIK 16 angka, NIP 18 angka (kosongkan bila bukan ASN).",
    "4. Tanggal lahir: 17/08/1990 atau 17 Agustus 1990.",
    "5. Jenis kelamin: L atau P.",
    "6. Skema: kode atau judul skema persis seperti di acara (boleh kosong bila acara hanya "
    "memiliki satu skema). Asesor: nama asesor seperti terdaftar di acara (boleh kosong).",
    "7. Jangan gabungkan sel (merge) dan jangan pakai rumus.",
    "8. Impor: Humas Desktop → Berkas → Impor peserta…; baris yang bermasalah dapat diunduh, "
    "diperbaiki, lalu diimpor lagi.",
)


def write_template(target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Peserta"
    for col, (title, width, as_text) in enumerate(TEMPLATE_COLUMNS, start=1):
        _set(ws.cell(1, col), title)
        ws.cell(1, col).font = Font(bold=True)
        ws.column_dimensions[_letter(col)].width = width
        if as_text:
            # Pre-format a generous block of rows: a column style alone is not applied by every
            # spreadsheet program to newly typed cells.
            ws.column_dimensions[_letter(col)].number_format = TEXT_FORMAT
            for row in range(2, 1002):
                ws.cell(row, col).number_format = TEXT_FORMAT
    for col, value in enumerate(TEMPLATE_EXAMPLE, start=1):
        _set(ws.cell(2, col), value)
        if TEMPLATE_COLUMNS[col - 1][2]:
            ws.cell(2, col).data_type = "s"
    ws.freeze_panes = "A2"
    info = wb.create_sheet("Petunjuk")
    for row, line in enumerate(INSTRUCTIONS, start=1):
        _set(info.cell(row, 1), line)
    info.cell(1, 1).font = Font(bold=True, size=13)
    info.column_dimensions["A"].width = 120
    _save_atomic(wb, target)
