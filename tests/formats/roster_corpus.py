"""Hostile and messy roster workbooks built in code (shared by the roster tests)."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl

HEADER = ["No", "Nama Lengkap", "NIK", "Tempat Lahir", "Tgl Lahir", "L/P", "Instansi", "No. HP",
          "Email"]


def good_row(n: int) -> list[Any]:
    # NIK day 17 + 40 = 57 for women, month 08, year 90; serial from 0001.
    return [n, f"Peserta {n}", f"32010157089{n:05d}", "Bogor", "17/08/1990", "P", "Diskominfo",
            f"08123{n:07d}", f"p{n}@example.go.id"]


def write(path: Path, rows: list[list[Any]], title_rows: int = 0, epoch1904: bool = False,
          text_cols: tuple[int, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Peserta"
    if epoch1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    for i in range(title_rows):
        ws.append([f"DAFTAR PESERTA UJI KOMPETENSI {i}"] if i == 0 else [])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def rewrite_member(src: Path, dst: Path, member: str, fn: Any) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == member:
                data = fn(data)
            zout.writestr(info.filename, data)
    return dst


def with_dimension(src: Path, dst: Path, ref: str) -> Path:
    return rewrite_member(src, dst, "xl/worksheets/sheet1.xml",
                          lambda d: re.sub(rb'<dimension ref="[^"]*"\s*/>',
                                           f'<dimension ref="{ref}"/>'.encode(), d))


def formula_without_value(src: Path, dst: Path, cell: str) -> Path:
    """Replace a cell's value by a formula with no cached value (a never-recalculated file)."""
    def fn(d: bytes) -> bytes:
        pattern = rb'<c r="' + cell.encode() + rb'"[^>]*?(?:/>|>.*?</c>)'
        return re.sub(pattern, b'<c r="' + cell.encode() + b'"><f>CONCAT("a","b")</f></c>', d,
                      count=1)
    return rewrite_member(src, dst, "xl/worksheets/sheet1.xml", fn)


def zip_bomb(path: Path, size: int = 300 * 1024 * 1024) -> Path:
    """A valid-looking xlsx whose sheet inflates to ``size`` bytes (the file stays ~300 KB)."""
    src = path.with_suffix(".src.xlsx")
    write(src, [good_row(1)])
    chunk = b"<!-- " + b"A" * (1024 * 1024) + b" -->"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                member = zipfile.ZipInfo(info.filename)
                member.compress_type = zipfile.ZIP_DEFLATED
                with zout.open(member, "w", force_zip64=True) as fh:
                    fh.write(zin.read(info.filename)[:-len(b"</worksheet>")])
                    for _ in range(size // len(chunk)):
                        fh.write(chunk)
                    fh.write(b"</worksheet>")
            else:
                zout.writestr(info.filename, zin.read(info.filename))
    src.unlink()
    return path


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
               .encode() for i in range(1, 10))
    + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
      b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
      b"</sheetData></worksheet>"
)


def xml_bomb(path: Path) -> Path:
    src = path.with_suffix(".src.xlsx")
    write(src, [good_row(1)])
    rewrite_member(src, path, "xl/worksheets/sheet1.xml", lambda _d: BILLION_LAUGHS)
    src.unlink()
    return path


def ole_file(path: Path, stream: str) -> Path:
    """Just enough of an OLE compound file: signature plus a directory entry name."""
    header = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504
    entry = stream.encode("utf-16-le") + b"\0" * (128 - 2 * len(stream))
    path.write_bytes(header + entry * 4)
    return path


def absurd_rows(path: Path, last_row: int = 1_048_576) -> Path:
    src = path.with_suffix(".src.xlsx")
    write(src, [good_row(1)])
    extra = f'<row r="{last_row}"><c r="A{last_row}" t="n"><v>1</v></c></row>'.encode()
    rewrite_member(src, path, "xl/worksheets/sheet1.xml",
                   lambda d: d.replace(b"</sheetData>", extra + b"</sheetData>"))
    src.unlink()
    return path


BIRTH = date(1990, 8, 17)
