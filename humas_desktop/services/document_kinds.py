"""The document kinds an event exports, declared once: the export service, the command line's
choices and the export dialog's boxes all read this list (issue 22). A kind's label is the
message ``export_kind_<kind>`` (Indonesian, with its English translation)."""

from __future__ import annotations

KINDS = ("roster", "attendance", "recap", "bnsp", "berita-acara", "records", "report",
         "certificates", "pleno", "sk", "blanko-request",
         "ak03", "ak04")  # FR.AK.03 / FR.AK.04: services/records_export.py (issue 26)
AFTER_CLOSE = ("pleno", "sk", "blanko-request")  # written once the plenary decided (closed)
EXTRA_KINDS = ("calibration",)  # made only when asked for, never by "all"
# The export dialog's boxes: what a coordinator exports during the event (the plenary's papers
# come with Tutup sesi).
DIALOG_KINDS = tuple(k for k in KINDS if k not in AFTER_CLOSE)
CLI_CHOICES = (*KINDS, *EXTRA_KINDS, "all")


def label_code(kind: str) -> str:
    """The message code of a kind's label."""
    return f"export_kind_{kind}"
