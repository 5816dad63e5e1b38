"""Kind ``report``: FR.AK.05, one report per assessor and scheme in one PDF."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace as _replace
from pathlib import Path

from humas_desktop.domain.models import AssessmentStatus, Scheme, Verdict
from humas_desktop.formats.atomic_file import write_bytes_atomic
from humas_desktop.formats.pdf import documents as docs
from humas_desktop.formats.pdf.layout import tanggal
from humas_desktop.services.exports.data import EventData, dates, event_days, verdict_text
from humas_desktop.services.exports.headers import doc_header
from humas_desktop.services.exports.preflight import printable
from humas_desktop.services.exports.writing import Job


def report_data(data: EventData, s: Scheme,
                notes: dict[str, Sequence[str]] | None = None) -> list[docs.ReportData]:
    """One FR.AK.05 per assessor; ``notes`` are the four narrative boxes by assessor id."""
    out = []
    units = {u.id: (u.code, u.title_id) for u in s.units}
    for aid, assessor in data.assessors.items():
        rows: list[docs.ReportRow] = []
        for p in data.participants:
            a = data.assessments.get(p.id)
            if a is None or a.assessor_id != aid or data.scheme_of(p) is not s:
                continue
            bk = [units[r.unit_id] for r in a.unit_results
                  if r.recommendation is Verdict.BK and r.unit_id in units]
            note = "" if a.status is AssessmentStatus.DITANDATANGANI else "belum ditandatangani"
            rows.append(docs.ReportRow(len(rows) + 1, printable(p.name),
                                       verdict_text(a.overall_recommendation), note,
                                       bk))
        if rows:
            days = event_days(data.event)
            out.append(docs.ReportData(assessor.name, assessor.met_number, dates(data.event),
                                       [(u.code, u.title_id) for u in s.units], rows,
                                       tuple((notes or {}).get(aid, ("", "", "", ""))),
                                       tanggal(days[-1]) if days else ""))
    return out



def write(job: Job) -> list[Path]:
    data, out = job.data, job.out
    schemes = list(data.schemes.values())
    reports: list[docs.ReportData] = []
    notes = data.report_notes
    for s in schemes:
        reports.extend(_replace(r, header=doc_header(data, s))  # each names its own scheme
                       for r in report_data(data, s, {aid: n.boxes()
                                                      for (aid, sid), n in notes.items()
                                                      if sid == s.id}))
    if not reports:  # nobody assessed yet: no report (a kop on an empty page says nothing)
        return []
    pdf = out / "fr-ak-05-laporan-asesmen.pdf"
    write_bytes_atomic(pdf, docs.report_pdf(doc_header(data, schemes[0] if schemes else None),
                                            reports))
    return [pdf]
