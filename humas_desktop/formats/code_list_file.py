"""A code list the LSP keeps (KODE PENDIDIKAN, KODE PEKERJAAN): an xlsx or csv with a name column
and a code column, read into ``{name: code}``.

The header row is found in the first rows by its Indonesian (or English) labels, e.g.
``Pendidikan | Kode``, ``Nama Pekerjaan | Kode Pekerjaan``, ``Nama | Kode BNSP``; columns around
them are ignored. A workbook passes the xlsx guard (formats/xlsx_guard.py) before any parser sees
it and is read with calamine; a csv is read with a size cap (formats/input_file.py), UTF-8 (with or
without BOM) or Windows-1252, separated by comma, semicolon or tab. Any problem raises
:class:`CodeFileError` and nothing is returned, so the caller changes nothing.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.input_file import read_capped, read_head
from humas_desktop.formats.xlsx_guard import OLE_SIGNATURE, XlsxRefusedError

MAX_CSV_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5_000
MAX_CODE = 20
MAX_NAME = 200
HEADER_SEARCH_ROWS = 20
NAME_HEADERS = frozenset({
    "nama", "name", "uraian", "keterangan", "deskripsi", "pendidikan", "nama pendidikan",
    "jenjang pendidikan", "pendidikan terakhir", "tingkat pendidikan", "pekerjaan",
    "nama pekerjaan", "jenis pekerjaan", "kabupaten/kota", "nama kabupaten/kota", "kota",
    "education", "occupation"})
CODE_HEADERS = frozenset({
    "kode", "code", "kd", "kode bnsp", "kode pendidikan", "kode pekerjaan", "kode kota",
    "kode kabupaten/kota", "id"})


class CodeFileError(DomainError):
    """The file is not a usable code list; ``context['path']`` is its name."""


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _label(value: Any) -> str:
    return _cell(value).lower().rstrip(":").strip()


def _header(rows: list[list[str]], name: str) -> tuple[int, int, int]:
    """(row index, name column, code column) of the header row."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        labels = [_label(v) for v in row]
        names = [i for i, v in enumerate(labels) if v in NAME_HEADERS]
        codes = [i for i, v in enumerate(labels) if v in CODE_HEADERS]
        if names and codes:
            return index, names[0], codes[0]
    raise CodeFileError("code_file_no_header", path=name)


def codes_from_rows(rows: list[list[Any]], name: str) -> dict[str, str]:
    """``{name: code}`` from a grid (row 0 = the file's first row)."""
    grid = [[_cell(v) for v in row] for row in rows]
    head, name_col, code_col = _header(grid, name)
    if len(grid) - head - 1 > MAX_ROWS:
        raise CodeFileError("code_file_too_many", path=name, limit=MAX_ROWS)
    codes: dict[str, str] = {}
    for number, row in enumerate(grid[head + 1:], head + 2):
        label = row[name_col] if name_col < len(row) else ""
        code = row[code_col] if code_col < len(row) else ""
        if not label and not code:
            continue
        if (not label or not code or len(code) > MAX_CODE or len(label) > MAX_NAME
                or any(not c.isprintable() for c in label + code)):
            raise CodeFileError("code_file_row", path=name, row=number)
        if label in codes and codes[label] != code:
            raise CodeFileError("code_file_duplicate", path=name, row=number, name=label)
        codes[label] = code
    if not codes:
        raise CodeFileError("code_file_empty", path=name)
    return codes


def _csv_rows(path: Path) -> list[list[str]]:
    try:
        data = read_capped(path, MAX_CSV_BYTES, "code_file_too_large")
    except DomainError as exc:
        if exc.code == "code_file_too_large":
            raise CodeFileError("code_file_too_large", limit_mb=MAX_CSV_BYTES // (1024 * 1024)) \
                from None
        raise CodeFileError("code_file_unreadable", path=path.name) from None
    if b"\x00" in data:  # a binary file, not text
        raise CodeFileError("code_file_unreadable", path=path.name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    except csv.Error:
        raise CodeFileError("code_file_unreadable", path=path.name) from None


def _xlsx_rows(path: Path) -> list[list[Any]]:
    from humas_desktop.formats.roster_reader import open_roster, read_sheet

    book = open_roster(path)  # the xlsx guard first; XlsxRefusedError carries its own message
    return read_sheet(book).rows


def read_code_file(path: Path) -> dict[str, str]:
    """The code list in ``path`` (xlsx or csv, chosen by content, not by the name)."""
    try:
        head = read_head(path, 8)
    except FileNotFoundError:
        raise CodeFileError("code_file_unreadable", path=path.name) from None
    except DomainError as exc:  # a folder, device or FIFO
        raise CodeFileError(exc.code, **exc.context) from None
    except OSError:
        raise CodeFileError("code_file_unreadable", path=path.name) from None
    if head.startswith(b"PK") or head == OLE_SIGNATURE:
        try:
            rows = _xlsx_rows(path)
        except XlsxRefusedError:
            raise
        except DomainError:
            raise CodeFileError("code_file_unreadable", path=path.name) from None
        return codes_from_rows(rows, path.name)
    return codes_from_rows(_csv_rows(path), path.name)
