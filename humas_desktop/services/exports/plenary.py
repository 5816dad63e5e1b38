"""Kinds ``pleno``, ``sk`` and ``blanko-request``: the plenary's papers, written once the event is
closed (the plenary decided). Before that, 'all' skips them and naming one says why not."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.domain.models import EventStatus, Scheme, Verdict
from humas_desktop.domain.terbilang import HARI
from humas_desktop.formats.atomic_file import write_bytes_atomic
from humas_desktop.formats.pdf import documents as docs
from humas_desktop.formats.pdf.layout import tanggal
from humas_desktop.services.exports.data import EventData, dates, is_present, verdict_text
from humas_desktop.services.exports.headers import event_header
from humas_desktop.services.exports.preflight import printable
from humas_desktop.services.exports.writing import ExportError, Job


def decision_data(data: EventData) -> docs.DecisionData | None:
    """The plenary's decisions (present participants with a decision), or None before them."""
    rows = []
    first = None
    decided_schemes: dict[str, Scheme] = {}
    for p in data.participants:
        d = data.decisions.get(p.id)
        if d is None or not is_present(data, p):
            continue
        first = first or d
        s = data.scheme_of(p)
        if s is not None:
            decided_schemes.setdefault(s.id, s)
        a = data.assessments.get(p.id)
        cert = data.certificates.get(p.id)
        rows.append(docs.DecisionRow(p.number, printable(p.name), printable(p.institution),
                                     verdict_text(a.overall_recommendation if a else None), d.result.value,
                                     cert.number if cert else ""))
    if first is None:
        return None
    from humas_desktop.formats.pdf.certificates import SIGNATORY_ROLES
    from humas_desktop.services.document_settings import committee, legal_basis

    st = data.settings
    role = SIGNATORY_ROLES.get(st.get("certificate.signatory_role", "") or "ketua", "")
    when = first.plenary_date
    return docs.DecisionData(
        data.event.lsp_name, data.event.city, HARI[when.weekday()] if when else "-",
        tanggal(when), first.sk_number, first.decided_by, dates(data.event), rows,
        st.get("certificate.chair_name", ""), role.split(" / ")[0] or "Ketua LSP",
        st.get("certificate.manager_name", ""),
        [(s.title_id, s.code) for s in data.schemes.values() if s.id in decided_schemes],
        data.event.lsp_license, legal_basis(st), committee(st))



def _decided(job: Job) -> docs.DecisionData | None:
    """The decisions the papers print, or None (nothing to write) before the plenary."""
    decided = decision_data(job.data)
    if job.data.event.status is not EventStatus.CLOSED or decided is None:
        if job.asked:  # named on its own: say why nothing was written
            raise ExportError("event_not_closed")
        return None  # "all" before close: these documents simply do not exist yet
    return decided


def pleno(job: Job) -> list[Path]:
    decided = _decided(job)
    if decided is None:
        return []
    target = job.out / "berita-acara-pleno.pdf"
    write_bytes_atomic(target, docs.plenary_pdf(event_header(job.data), decided))
    return [target]


def sk(job: Job) -> list[Path]:
    decided = _decided(job)
    if decided is None:
        return []
    target = job.out / "sk-penetapan-hasil.pdf"
    write_bytes_atomic(target, docs.decree_pdf(event_header(job.data), decided))
    return [target]


def blanko_request(job: Job) -> list[Path]:
    decided = _decided(job)
    if decided is None:
        return []
    data = job.data
    numbers = {p.number: p for p in data.participants}
    by_scheme = [(f"{s.title_id} ({s.code})",
                  [r for r in decided.rows if data.scheme_of(numbers[r.number]) is s])
                 for s in data.schemes.values()]
    target = job.out / "permohonan-blanko-bnsp.pdf"
    write_bytes_atomic(target, docs.blanko_request_pdf(event_header(job.data), decided, by_scheme,
                                                       held_by_appeal(data)))
    return [target]


def held_by_appeal(data: EventData) -> list[tuple[int, str]]:
    """(number, name) of those decided K whose certificate waits for an open FR.AK.04 appeal:
    the blanko request names them instead of leaving them silently out (issue 26)."""
    from humas_desktop.services import appeals

    open_cases = {a.participant_id for a in data.read(appeals.list_appeals) if a.status == "open"}
    return [(p.number, printable(p.name)) for p in data.participants
            if p.id in open_cases and (d := data.decisions.get(p.id)) is not None
            and d.result is Verdict.K]
