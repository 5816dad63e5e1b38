"""The registry's period report: the BNSP upload sheet across events and a recap workbook."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from humas_desktop.formats import xlsx_reports as xr
from humas_desktop.formats.atomic_file import atomic_path, save_workbook
from humas_desktop.formats.xlsx_safe import put

RECAP_HEADERS = ("No", "Acara", "Skema", "Kompeten (K)", "Belum Kompeten (BK)", "Jumlah",
                 "Sertifikat dicabut")
CERT_HEADERS = ("No", "Nomor Sertifikat", "Nomor Registrasi", "No. Blanko", "Nama", "NIK", "Skema",
                "Tanggal Terbit", "Berlaku Sampai", "Status", "Alasan")
_STATUS = {"active": "Aktif", "revoked": "Dicabut", "voided": "Dibatalkan"}


def _save(wb: Any, target: Path) -> Path:
    with atomic_path(target) as tmp:
        save_workbook(wb, tmp)
    return target


def write(out_dir: Path, name: str, upload_rows: Sequence[Sequence[object]],
          recap: Sequence[tuple[tuple[str, str], list[int]]], certs: Sequence[Any]) -> list[Path]:
    upload = _save(xr.bnsp_workbook(upload_rows), out_dir / f"unggah-bnsp_{name}.xlsx")
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Rekap"
    for col, text in enumerate(RECAP_HEADERS, 1):
        put(ws, 1, col, text)
    for i, ((event, scheme), (k, bk, revoked)) in enumerate(recap, 1):
        for col, value in enumerate((i, event, scheme, k, bk, k + bk, revoked), 1):
            put(ws, i + 1, col, value)
    cs = wb.create_sheet("Sertifikat")
    for col, text in enumerate(CERT_HEADERS, 1):
        put(cs, 1, col, text)
    for i, c in enumerate(certs, 1):
        values = (i, c.number, c.registration_number, c.blanko_serial, c.holder_name, c.nik,
                  c.scheme_code, c.issue_date, c.valid_until, _STATUS.get(c.status, c.status),
                  c.status_reason)
        for col, value in enumerate(values, 1):
            put(cs, i + 1, col, value, text=col in {2, 3, 4, 6})
    for sheet, widths in ((ws, (5, 40, 16, 12, 12, 10, 12)),
                          (cs, (5, 28, 22, 12, 30, 19, 16, 12, 12, 11, 30))):
        for col, width in enumerate(widths, 1):
            sheet.column_dimensions[chr(64 + col)].width = width
    recap_path = _save(wb, out_dir / f"rekap-registri_{name}.xlsx")
    return [upload, recap_path]
