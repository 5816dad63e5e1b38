"""Kind ``berita-acara``: the berita acara asesmen, xlsx and PDF from one :func:`minutes` (one
count of K/BK feeds both)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from humas_desktop.domain.models import Assessment, AssessmentStatus, Scheme
from humas_desktop.domain.terbilang import HARI
from humas_desktop.formats import xlsx_reports as xr
from humas_desktop.formats.atomic_file import write_bytes_atomic
from humas_desktop.formats.pdf import documents as docs
from humas_desktop.formats.pdf.layout import tanggal
from humas_desktop.services.exports.data import EventData, dmy, event_days, is_present, tuk, verdict_text
from humas_desktop.services.exports.headers import event_header, xlsx_header
from humas_desktop.services.exports.preflight import printable
from humas_desktop.services.exports.writing import Job, save_workbook


def _follow_up(a: Assessment | None) -> str:
    return a.follow_up if a else ""


def _opening(data: EventData, schemes: Sequence[Scheme], listed: int) -> str:
    """The opening sentence; ``listed`` is the count of asesi the minutes list (their counts)."""
    e = data.event
    days = event_days(e)
    if not days:
        hari, tgl = "....................", "...................."
    elif len(days) == 1:
        hari, tgl = HARI[days[0].weekday()], tanggal(days[0])
    else:
        hari = f"{HARI[days[0].weekday()]} s.d. {HARI[days[-1].weekday()]}"
        tgl = f"{tanggal(days[0])} s.d. {tanggal(days[-1])}"
    pukul = data.settings.get("event.time", "").strip() or "........ s.d. selesai"
    place = ", ".join(t for t in (tuk(e), e.city) if t)
    skema = "; ".join(f"{s.title_id} ({s.code})" for s in schemes) or "-"
    return (f"Pada hari ini, {hari}, tanggal {tgl}, pukul {pukul}, bertempat di {place}, telah "
            f"dilaksanakan asesmen kompetensi skema sertifikasi {skema} terhadap "
            f"{listed} asesi, dengan hasil "
            "sebagai berikut:")


def minutes(data: EventData) -> docs.MinutesData:
    """The berita acara asesmen: the assessors' recommendations, before the plenary decides."""
    ds = [d for d in data.decisions.values()]
    first = ds[0] if ds else None
    schemes = list(data.schemes.values())
    e = data.event
    days = event_days(e)
    last_day = days[-1] if days else None
    m = docs.MinutesData(
        field_name=schemes[0].field_id if schemes else "",
        # Only the assessors who assessed someone listed here sign it (#24).
        assessors=[],
        plenary_date=dmy(first.plenary_date) if first else "",
        sk_number=first.sk_number if first else "",
        place_date=f"{e.city}, {tanggal(last_day)}" if e.city and last_day else "",
        responsible_title=data.settings.get("event.responsible_title", ""))
    assessed: set[str] = set()
    for p in data.participants:
        if not is_present(data, p):
            continue
        a = data.assessments.get(p.id)
        if a is not None and a.status is not AssessmentStatus.BELUM_MULAI:
            assessed.add(a.assessor_id)
        m.rows.append(docs.MinutesRow(p.number, printable(p.name), printable(p.institution),
                                      verdict_text(a.overall_recommendation if a else None),
                                      _follow_up(a), a.receipt_code if a is not None else ""))
    m.assessors = [(a.name, a.met_number) for aid, a in data.assessors.items() if aid in assessed]
    # The one count: the opening sentence, the PDF's and the xlsx's figures all read it.
    m.counts = docs.MinutesCounts.of([r.result for r in m.rows])
    m.opening = _opening(data, schemes, m.counts.total)
    return m



def write(job: Job) -> list[Path]:
    data, out = job.data, job.out
    m = minutes(data)
    ba = xr.BeritaAcaraData(
        m.field_name, [xr.BeritaAcaraRow(r.number, r.name, r.institution, r.result,
                                         r.follow_up,
                                         f"Kode tanda terima: {r.receipt}" if r.receipt else "")
                       for r in m.rows],
        m.assessors, data.settings.get("event.responsible", ""), m.plenary_date, m.sk_number,
        opening=m.opening, place_date=m.place_date, responsible_title=m.responsible_title,
        counts=(m.counts.total, m.counts.k, m.counts.bk))
    xlsx = save_workbook(xr.berita_acara_workbook(xlsx_header(data), ba), out / "berita-acara.xlsx")
    pdf = out / "berita-acara.pdf"
    write_bytes_atomic(pdf, docs.minutes_pdf(event_header(data), m,
                                             data.settings.get("event.responsible", "")))
    return [xlsx, pdf]
