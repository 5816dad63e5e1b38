"""Kind ``certificates``: the certificates (sertifikat.pdf and one per holder), their QR signed
by the LSP key once the event is closed."""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from pathlib import Path

from humas_desktop.domain.models import Participant, Verdict
from humas_desktop.domain.progress import Progress
from humas_desktop.formats.atomic_file import write_bytes_atomic
from humas_desktop.formats.cert_payload import CertificatePayload, encode, holder_hash, verify_url
from humas_desktop.formats.pdf.certificates import CertificateData, CertificateUnit
from humas_desktop.services.exports.data import EventData
from humas_desktop.services.exports.preflight import certificate_people
from humas_desktop.services.exports.writing import (
    ExportOptions,
    Job,
    Signer,
    at,
    person_file,
    person_meta,
    split_pages,
)
from humas_desktop.services.numbering import add_years


def certificate_data(data: EventData, p: Participant, sign: Signer | None = None,
                     draft: bool = False) -> CertificateData:
    s = data.scheme_of(p)
    assert s is not None
    cert = data.certificates.get(p.id)
    d = data.decisions.get(p.id)
    final = cert is not None and d is not None and d.result is Verdict.K and not draft
    issue = cert.issue_date if cert else (d.plenary_date if d and d.plenary_date else date.today())
    valid = cert.valid_until if cert else add_years(issue, s.validity_years)
    payload = CertificatePayload(cert.number if cert else "DRAFT",
                                 cert.registration_number if cert else "DRAFT", s.code, issue,
                                 valid, holder_hash(p.name, p.nik))
    qr = encode(payload, sign(payload.body())) if (final and sign is not None) else encode(payload)
    st = data.settings
    if final and st.get("registry.verify_url"):  # the LSP's verification page (registry)
        qr = verify_url(st["registry.verify_url"], qr)
    blank = "(..............................)"
    from humas_desktop.services.document_settings import LOGO_KEY, decode_logo, printer_offset

    years = max(1, valid.year - issue.year) if cert else s.validity_years
    return CertificateData(
        participant_number=p.number, holder_name=p.name_on_certificate,
        number=cert.number if cert else "",
        registration_number=cert.registration_number if cert else "", field_id=s.field_id,
        field_en=s.field_en, qualification_id=s.title_id, qualification_en=s.title_en,
        city=data.event.city, issue_date=issue, lsp_name=data.event.lsp_name,
        chair_name=st.get("certificate.chair_name", blank),
        manager_name=st.get("certificate.manager_name", blank),
        units=[CertificateUnit(u.code, u.title_id, u.title_en) for u in s.units], qr_text=qr,
        draft=not final, mode=st.get("certificate.mode", "") or "polos",
        offset_mm=printer_offset(st), logo=decode_logo(st.get(LOGO_KEY, "")),
        signatory_role=st.get("certificate.signatory_role", "") or "ketua",
        validity_years=years, blanko_serial=cert.blanko_serial if cert else "")


def _export_certificates(data: EventData, out: Path, opts: ExportOptions, step: int,
                         total: int) -> Generator[Progress, None, list[Path]]:
    from humas_desktop.formats.pdf.certificates import (
        auto_workers,
        back,
        front,
        new_certificate_pdf,
    )
    from humas_desktop.formats.pdf.layout import finish
    from humas_desktop.services.exports.parallel import CHUNK_FROM, Form, render_parallel

    people = [p for p in certificate_people(data) if p.id not in data.held_back]
    if not people:
        return []
    items = [certificate_data(data, p, opts.sign, opts.draft) for p in people]
    targets = [person_file(out / "sertifikat", "sertifikat", p.number) for p in people]
    metas = [person_meta(data, "Sertifikat Kompetensi", p) for p in people]
    paths: list[Path] = []
    n = len(items)
    whole = 2 * n if opts.per_participant else n  # rendering, then the per-participant files
    workers = auto_workers(len(items), opts.workers)
    if workers > 1 or n >= CHUNK_FROM:  # in chunks, on worker processes when cores are free
        form = Form("", "Sertifikat Kompetensi", "certificates:certificate_pages",
                    out / "sertifikat.pdf" if opts.combined else None, "certificates",
                    data.event.lsp_name, "certificates:certificate_document")
        return (yield from render_parallel(
            form, None, [(None, item) for item in items],
            targets if opts.per_participant else None, metas if opts.per_participant else None,
            workers, step, total, opts.pools))
    pdf = new_certificate_pdf()
    pdf.set_title("Sertifikat Kompetensi")
    pdf.set_author(data.event.lsp_name)
    starts: list[int] = []
    for i, item in enumerate(items):
        starts.append(pdf.page_no())
        front(pdf, item)
        back(pdf, item)
        if i % 10 == 9:
            yield at(step, total, i + 1, whole, f"certificates {i + 1}/{len(items)}")
    blob = finish(pdf)
    if opts.combined:
        write_bytes_atomic(out / "sertifikat.pdf", blob)
        paths.append(out / "sertifikat.pdf")
    if opts.per_participant:
        yield from split_pages(blob, starts, targets, metas,
                               lambda k, msg: at(step, total, n + k, whole, msg), "certificates")
        paths.extend(targets)
    return paths



def write(job: Job) -> Generator[Progress, None, list[Path]]:
    return _export_certificates(job.data, job.out, job.opts, job.step, job.total)
