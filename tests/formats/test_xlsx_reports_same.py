"""The reports' table cells share their styles (#25: each cell set its border and alignment as
style objects, hashed into the workbook on every cell, about a second of export CPU at 1,000
participants). A user opening the workbook sees exactly what the cell-by-cell writer gave: every
cell's value, type and style, merged cells, column widths, row heights, freeze panes and print
set-up are read back with openpyxl and compared with the same report written the old way (the
old ``_table``, copied below)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.xml.functions import tostring
from PIL import Image

from humas_desktop.formats import xlsx_reports as xr
from humas_desktop.formats.xlsx_safe import put


def _old_table(ws: Any, header_row: int, headers: Sequence[str], rows: Sequence[Sequence[object]],
               widths: Sequence[float], text_cols: frozenset[int] = frozenset(),
               center_cols: frozenset[int] = frozenset(), landscape: bool = False) -> int:
    """``xlsx_reports._table`` as of f6368e1, verbatim."""
    st = xr._styles()
    for c, name in enumerate(headers, 1):
        cell = put(ws, header_row, c, name)
        cell.font, cell.fill, cell.border, cell.alignment = (
            st["head_font"], st["head_fill"], st["border"], st["center"])
    r = header_row
    for r, values in enumerate(rows, header_row + 1):
        for c, value in enumerate(values, 1):
            cell = put(ws, r, c, value, text=c in text_cols, where=f"{ws.title}!R{r}C{c}")
            cell.border = st["border"]
            cell.alignment = st["center"] if c in center_cols else st["wrap"]
    from openpyxl.utils import get_column_letter

    for c, w in enumerate(widths, 1):
        longest = max((len(word) for word in str(headers[c - 1]).split()), default=0) \
            if c <= len(headers) else 0
        ws.column_dimensions[get_column_letter(c)].width = max(w, longest * 1.2 + 1.5)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    xr._print_setup(ws, header_row, landscape)
    return r


# Awkward values a participant list has: formula- and error-looking text, control characters,
# NIK/phone digits that must stay text, empty cells, long wrapped names, a date.
NAMES = ["Ani", "=SUM(A1:A2)", "-Budi", "@Cici", "#N/A", "Dedi\x07Tab\tEnd", "+62 Eka",
         "Fajar Nugroho Wicaksono Adi Putra Santoso Hadiningrat", "", "Gita\nBaris dua"]


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (120, 40), "navy").save(buf, format="PNG")
    return buf.getvalue()


def _header(draft: str, logo: bool) -> xr.ReportHeader:
    return xr.ReportHeader("Uji & Sertifikasi", "LSP Humas", "Humas Yunior (SKM-1)", "TUK Bandung",
                           "22/11/2026 – 23/11/2026", city="Bandung", draft=draft,
                           lsp_license="BNSP-01", lsp_address="Jl. Merdeka 1",
                           logo=_png() if logo else None,
                           editions={xr.FORM_ROSTER: "Rev. 1 · 2024"})


def _roster(h: xr.ReportHeader) -> Any:
    rows = [xr.RosterRow(i, NAMES[i % len(NAMES)], f"32730{i:011d}", "" if i % 3 else "=1+1",
                         "Bandung", "01/02/1990", "L" if i % 2 else "P", "Dinas Kominfo",
                         "Pranata Humas", "III/a", "Sekretariat", f"0812{i:08d}", f"a{i}@x.id",
                         "Asesor Satu", "hadir" if i % 4 else "tidak_hadir") for i in range(1, 41)]
    return xr.roster_workbook(h, rows)


def _attendance(h: xr.ReportHeader) -> Any:
    rows = [(i, NAMES[i % len(NAMES)], "Dinas", "hadir" if i % 2 else "tidak_hadir")
            for i in range(1, 13)]
    return xr.attendance_workbook(h, [xr.AttendanceSheet("Asesor Satu", "MET.1", rows,
                                                         ("Senin", "Selasa", "Rabu")),
                                      xr.AttendanceSheet("Asesor Dua", "MET.2", rows[:2])])


def _recap(h: xr.ReportHeader) -> Any:
    rows = [xr.RecapRow(i, NAMES[i % len(NAMES)], ["K", "BK", ""][i % 3:] + ["K"] * (i % 3),
                        "K" if i % 2 else "BK", "K", f"=C{i}" if i == 3 else f"HMS {i:04d}",
                        f"{i:07d}") for i in range(1, 26)]
    return xr.recap_workbook(h, ["U.01", "U.02", "U.03"], rows, ["Satu", "Dua", "Tiga"])


def _bnsp(h: xr.ReportHeader) -> Any:
    rows = [[i, NAMES[i % len(NAMES)], f"32730{i:011d}", "Bandung", date(1990, 1, i), "L",
             "Jl. =A1", "1", "2", "0812", "a@x.id", "S1", "3", "1", date(2026, 11, 22), "MET.1",
             "K", "-", i] for i in range(1, 21)]
    return xr.bnsp_workbook(rows, draft=h.draft)


def _minutes(h: xr.ReportHeader) -> Any:
    data = xr.BeritaAcaraData(
        "Kehumasan", [xr.BeritaAcaraRow(i, NAMES[i % len(NAMES)], "Dinas", "K" if i % 2 else "",
                                        "-" if i % 2 else "Uji ulang", "=catatan" if i == 2 else "")
                      for i in range(1, 31)],
        [("Asesor Satu", "MET.1"), ("Asesor Dua", "MET.2")], "Kepala", opening="Pada hari ini …",
        place_date="Bandung, 22 November 2026", responsible_title="Ketua", counts=(30, 15, 15))
    return xr.berita_acara_workbook(h, data)


BUILDERS: dict[str, Callable[[xr.ReportHeader], Any]] = {
    "roster": _roster, "attendance": _attendance, "recap": _recap, "bnsp": _bnsp,
    "berita-acara": _minutes}


def _read(wb: Any) -> Any:
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    return load_workbook(buf)


def _cell(cell: Any) -> tuple[object, ...]:
    return (cell.value, cell.data_type, cell.number_format, cell.quotePrefix, repr(cell.font),
            repr(cell.fill), repr(cell.border), repr(cell.alignment), repr(cell.protection))


def _xml(part: Any) -> bytes:
    return tostring(part.to_tree())


def _sheet(ws: Any) -> dict[str, object]:
    return {
        "title": ws.title,
        "cells": {c.coordinate: _cell(c) for row in ws.iter_rows() for c in row},
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "widths": {k: d.width for k, d in ws.column_dimensions.items()},
        "heights": {k: d.height for k, d in ws.row_dimensions.items()},
        "freeze": ws.freeze_panes,
        "print_titles": ws.print_title_rows,
        "setup": _xml(ws.page_setup), "fit": _xml(ws.sheet_properties),
        "margins": _xml(ws.page_margins), "header_footer": _xml(ws.HeaderFooter),
        "images": [(i.anchor._from.col, i.anchor._from.row, i.width, i.height) for i in ws._images],
    }


@pytest.mark.parametrize("draft", ["", "Sesi belum ditutup"])
@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_a_report_reads_back_exactly_as_written_cell_by_cell(
        kind: str, draft: str, monkeypatch: pytest.MonkeyPatch) -> None:
    header = _header(draft, logo=kind != "bnsp")
    new = _read(BUILDERS[kind](header))
    monkeypatch.setattr(xr, "_table", _old_table)
    old = _read(BUILDERS[kind](header))
    assert [ws.title for ws in new.worksheets] == [ws.title for ws in old.worksheets]
    for ws_new, ws_old in zip(new.worksheets, old.worksheets, strict=True):
        got, want = _sheet(ws_new), _sheet(ws_old)
        assert len(got["cells"]) > 20  # type: ignore[arg-type]
        for key in want:
            assert got[key] == want[key], (kind, ws_new.title, key)


def test_shared_styles_stay_separate_per_cell(monkeypatch: pytest.MonkeyPatch) -> None:
    """Changing one table cell's style later (as the recap totals or a caller may) changes only
    that cell: the shared style is a copy, not one object behind every cell."""
    wb = _roster(_header("", logo=False))
    ws = wb.active
    head = next(c.row for c in ws["A"] if c.value == "No")
    a, b = ws.cell(head + 1, 2), ws.cell(head + 2, 2)
    assert repr(a.alignment) == repr(b.alignment)
    a.alignment = xr._styles()["center"]
    assert a.alignment.horizontal == "center" and b.alignment.horizontal is None
