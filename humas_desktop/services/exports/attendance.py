"""Kind ``attendance``: the attendance list per assessor, xlsx and PDF (daftar-hadir)."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.formats import xlsx_reports as xr
from humas_desktop.formats.atomic_file import write_bytes_atomic
from humas_desktop.formats.pdf import documents as docs
from humas_desktop.services.exports.data import EventData, day_label, event_days
from humas_desktop.services.exports.headers import event_header, xlsx_header
from humas_desktop.services.exports.preflight import printable
from humas_desktop.services.exports.writing import Job, save_workbook


def attendance_sheets(data: EventData) -> list[xr.AttendanceSheet]:
    by_assessor: dict[str, list[tuple[int, str, str, str]]] = {a: [] for a in data.assessors}
    for p in data.participants:
        a = data.assessor_of(p)
        if a is not None:
            by_assessor[a.id].append((p.number, p.name, p.institution,
                                      p.attendance.value if p.attendance else ""))
    days = tuple(day_label(d) for d in event_days(data.event))
    return [xr.AttendanceSheet(data.assessors[aid].name, data.assessors[aid].met_number, rows, days)
            for aid, rows in by_assessor.items() if rows]



def write(job: Job) -> list[Path]:
    data, out = job.data, job.out
    sheets = attendance_sheets(data)
    xlsx = save_workbook(xr.attendance_workbook(xlsx_header(data), sheets), out / "daftar-hadir.xlsx")
    pdf = out / "daftar-hadir.pdf"
    days = [day_label(d) for d in event_days(data.event)]
    write_bytes_atomic(pdf, docs.attendance_pdf(
        event_header(data),
        [docs.AttendanceSection(s.assessor_name, s.assessor_met,
                                [(printable(nm), printable(inst), att)
                                 for _, nm, inst, att in s.rows], days)
         for s in sheets]))
    return [xlsx, pdf]
