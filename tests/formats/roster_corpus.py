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


# --- real-roster shapes from the venue day (#24) ----------------------------------------------
# HEADER columns: A No, B Nama Lengkap, C NIK, D Tempat Lahir, E Tgl Lahir, F L/P, G Instansi,
# H No. HP, I Email.

SIGNATURE_BLOCK: list[list[Any]] = [
    # The usual two-column block under a letter-style roster: left in B (Nama), right in G (a
    # text column: the audit's file had Jabatan there), so each line "has data beside a name".
    [],
    [None, "Mengetahui,", None, None, None, None, "Bandung, 10 Maret 2025"],
    [None, "Ketua Panitia", None, None, None, None, "Sekretaris"],
    [],
    [None, "Drs. H. Ahmad Fauzi, M.M.", None, None, None, None, "Dra. Siti Rahmawati"],
    [None, "NIP. 196805121994031004", None, None, None, None, "NIP. 197203151998032002"],
]
SIGNATURE_TEXTS = ("Mengetahui,", "Ketua Panitia", "Drs. H. Ahmad Fauzi, M.M.",
                   "NIP. 196805121994031004")


def with_signature_block(path: Path, people: int = 11, numeric_nik: bool = False) -> Path:
    """``people`` good rows, then the two-column signature block (N1 of the venue day)."""
    rows = [good_row(n) for n in range(1, people + 1)]
    if numeric_nik:
        for r in rows:
            r[2] = int(r[2])
    return write(path, rows + SIGNATURE_BLOCK, title_rows=1)


HEADERLESS_NAMES = ("Siti Aminah", "Rina Marlina, S.I.Kom.", "Dewi Lestari", "Nur Aisyah")


def headerless(path: Path, people: int = 3) -> Path:
    """A BNSP-order sheet with no header row, birth dates as Excel serials (the Shela868
    "Mitra Umi Certified.xlsx" shape): row 1 is already a person."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for n in range(1, people + 1):
        # Name, NIK, birth place, birth date (serial of 1990-08-17 = 33102), sex, address,
        # city code, province code, phone, e-mail, education code, occupation code.
        ws.append([HEADERLESS_NAMES[n - 1], f"32010157089{n:05d}", "Bogor", 33102, "P",
                   f"Jl. Merdeka No. {n}", "3201", "32", f"08123{n:07d}",
                   f"siti{n}@example.co.id", "7", "5"])
    wb.save(path)
    return path


KOTA_HEADER = ["No. KTP", "Nama", "Jenis Kelamin", "Tempat Lahir", "Tanggal Lahir", "Telepon",
               "Email", "Alamat", "RT", "RW", "Kelurahan", "Kecamatan", "Kota", "Propinsi",
               "Kodepos"]


def kota_propinsi(path: Path) -> Path:
    """The inifikri/lsp-v3 layout: plain "Kota" and "Propinsi" headers holding region codes
    (with and without dots, and a two-digit city part beside its province)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(KOTA_HEADER)
    cities = [("3273", "32"), ("32.04", "32"), ("71", "34"), ("9999", "32")]
    for n, (city, province) in enumerate(cities, start=1):
        ws.append([f"32010157089{n:05d}", f"Peserta Kota {n}", "P", "Bogor", "1990-08-17",
                   f"08123{n:07d}", f"k{n}@example.go.id", "Jl. Asia Afrika", "01", "02",
                   "Braga", "Sumur Bandung", city, province, "40111"])
    wb.save(path)
    return path


def libreoffice_copy(src: Path, outdir: Path) -> Path:
    """``src`` opened and saved as .xlsx by LibreOffice Calc, as a coordinator's "Save as"
    does: numeric NIKs come back rounded to 15 significant digits."""
    import subprocess

    from tests.external import need_program

    program = need_program("soffice", "libreoffice")
    outdir.mkdir(parents=True, exist_ok=True)
    profile = (outdir / "lo-profile").as_uri()
    subprocess.run([program, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "xlsx", "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    out = outdir / src.name
    assert out.exists()
    return out
