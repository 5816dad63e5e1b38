"""Kind ``roster``: the participant list (daftar-peserta.xlsx)."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.formats import xlsx_reports as xr
from humas_desktop.services.exports.data import EventData, dmy
from humas_desktop.services.exports.headers import xlsx_header
from humas_desktop.services.exports.writing import Job, save_workbook


def roster_rows(data: EventData) -> list[xr.RosterRow]:
    att = {"hadir": "Hadir", "tidak_hadir": "Tidak hadir"}
    out = []
    for p in data.participants:
        a = data.assessor_of(p)
        out.append(xr.RosterRow(
            p.number, p.name, p.nik, p.nip, p.birth_place, dmy(p.birth_date),
            p.gender.value if p.gender else "", p.institution, p.job_title, p.rank_grade,
            p.work_unit, p.phone, p.email, a.name if a else "",
            att.get(p.attendance.value, "") if p.attendance else ""))
    return out



def write(job: Job) -> list[Path]:
    return [save_workbook(xr.roster_workbook(xlsx_header(job.data), roster_rows(job.data)),
                          job.out / "daftar-peserta.xlsx")]
