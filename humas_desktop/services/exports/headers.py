"""The kop and headers every document carries: the xlsx header, the PDF letterhead, a scheme's
or the whole event's header, and the draft line of a document exported before close."""

from __future__ import annotations

from dataclasses import replace as _replace

from humas_desktop.domain.models import Scheme
from humas_desktop.formats import xlsx_reports as xr
from humas_desktop.formats.pdf import documents as docs
from humas_desktop.formats.pdf.layout import Letterhead
from humas_desktop.services.exports.data import EventData, codes_exact, dates, scheme_label, tuk


def draft_note(data: EventData) -> str:
    """The line every document exported before close carries (empty once the session is closed)."""
    if not data.is_draft:
        return ""
    from humas_desktop.messages import message

    return message("export_draft_note", count=len(data.participants))


def xlsx_header(data: EventData) -> xr.ReportHeader:
    from humas_desktop.services.document_settings import LOGO_KEY, decode_logo

    schemes = " · ".join(scheme_label(s) for s in data.schemes.values())
    return xr.ReportHeader(data.event.name, data.event.lsp_name, schemes, tuk(data.event),
                           dates(data.event), data.event.city, draft=draft_note(data),
                           lsp_license=data.event.lsp_license,
                           lsp_address=data.settings.get("lsp.address", "").strip(),
                           logo=decode_logo(data.settings.get(LOGO_KEY, "")),
                           editions=codes_exact(data, "document.editions"))


def letterhead(data: EventData) -> Letterhead:
    """The LSP kop: name and licence from the event, address and logo from the document settings."""
    from humas_desktop.services.document_settings import LOGO_KEY, decode_logo

    e = data.event
    return Letterhead(e.lsp_name, e.lsp_license, data.settings.get("lsp.address", ""),
                      decode_logo(data.settings.get(LOGO_KEY, "")))


def doc_header(data: EventData, s: Scheme | None) -> docs.DocHeader:
    e = data.event
    return docs.DocHeader(e.name, e.lsp_name, s.title_id if s else "-", s.code if s else "-",
                          tuk(e), dates(e), e.city, letterhead(data),
                          codes_exact(data, "document.editions"), draft=draft_note(data))


def event_header(data: EventData) -> docs.DocHeader:
    """The header of a document about the whole event: every scheme it holds, not the first."""
    schemes = list(data.schemes.values())
    h = doc_header(data, schemes[0] if schemes else None)
    if len(schemes) < 2:
        return h
    return _replace(h, scheme_title="; ".join(s.title_id for s in schemes),
                    scheme_code="; ".join(s.code for s in schemes))
