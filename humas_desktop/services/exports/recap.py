"""Kind ``recap``: the results recap, one workbook per scheme (rekapitulasi-hasil)."""

from __future__ import annotations

from dataclasses import replace as _replace
from pathlib import Path

from humas_desktop.domain.models import Scheme
from humas_desktop.formats import xlsx_reports as xr
from humas_desktop.services.exports.data import EventData, is_present, scheme_label, verdict_text
from humas_desktop.services.exports.headers import xlsx_header
from humas_desktop.services.exports.writing import Job, save_workbook


def recap_rows(data: EventData, scheme: Scheme) -> list[xr.RecapRow]:
    out = []
    for p in data.participants:
        if data.scheme_of(p) is not scheme or not is_present(data, p):
            continue
        a = data.assessments.get(p.id)
        by_unit = {r.unit_id: r.recommendation for r in a.unit_results} if a else {}
        d = data.decisions.get(p.id)
        c = data.certificates.get(p.id)
        out.append(xr.RecapRow(p.number, p.name, [verdict_text(by_unit.get(u.id)) for u in scheme.units],
                               verdict_text(a.overall_recommendation) if a else "",
                               d.result.value if d else "",
                               c.number if c else "", c.blanko_serial if c else ""))
    return out



def write(job: Job) -> list[Path]:
    data, out = job.data, job.out
    header = xlsx_header(data)
    schemes = list(data.schemes.values())
    paths = []
    for i, s in enumerate(schemes, 1):
        name = "rekapitulasi-hasil.xlsx" if len(schemes) == 1 else f"rekapitulasi-hasil-{i}.xlsx"
        # Each scheme's recap names that scheme, not every scheme of the event.
        wb = xr.recap_workbook(_replace(header, scheme=scheme_label(s)),
                               [u.code for u in s.units], recap_rows(data, s),
                               [u.title_id for u in s.units], numbered=bool(data.certificates))
        paths.append(save_workbook(wb, out / name))
    return paths
