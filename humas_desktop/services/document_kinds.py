"""The document kinds an event exports, declared once (issues 21, 22): the export service writes
each kind with the writer named here, the command line's choices and the export dialog's boxes
read the same table. A kind's label is the message ``export_kind_<kind>`` (Indonesian, with its
English translation).

Adding a kind: a module under ``services/exports/`` with ``write(job)`` (``job`` is an
``exports.writing.Job``; it returns the paths written, or is a generator of ``Progress`` that
returns them), one ``Kind`` line in :data:`TABLE`, and the label message ``export_kind_<kind>``
in ``messages.py``. Nothing else lists kinds.
"""

from __future__ import annotations

from dataclasses import dataclass

DURING = "during"  # exported any time; before close it is a draft
AFTER_CLOSE_ONLY = "after_close"  # the plenary's papers: written once the plenary decided (closed)
ON_REQUEST = "on_request"  # made only when asked for, never by "all"


@dataclass(frozen=True, slots=True)
class Kind:
    name: str  # what the command line and the messages call it
    writer: str  # "module" (its ``write``) or "module:function", under services/exports/
    when: str = DURING


# In the order "all" writes them.
TABLE: tuple[Kind, ...] = (
    Kind("roster", "roster"),
    Kind("attendance", "attendance"),
    Kind("recap", "recap"),
    Kind("bnsp", "bnsp"),
    Kind("berita-acara", "berita_acara"),
    Kind("records", "records"),  # FR.AK.02
    Kind("report", "report"),  # FR.AK.05
    Kind("certificates", "certificates"),
    Kind("pleno", "plenary:pleno", AFTER_CLOSE_ONLY),
    Kind("sk", "plenary:sk", AFTER_CLOSE_ONLY),
    Kind("blanko-request", "plenary:blanko_request", AFTER_CLOSE_ONLY),
    # FR.APL.01 / APL.02 / AK.01: services/apl_export.py (issue 26)
    Kind("apl01", "apl_forms"),
    Kind("apl02", "apl_forms"),
    Kind("ak01", "apl_forms"),
    Kind("ak03", "forms"),  # FR.AK.03 / FR.AK.04: services/records_export.py (issue 26)
    Kind("ak04", "forms"),
    Kind("ak06", "review_forms"),  # FR.AK.06 / FR.VA: services/review_export.py (issue 26)
    Kind("va", "review_forms"),
    Kind("calibration", "calibration", ON_REQUEST),
)

WRITERS = {k.name: k.writer for k in TABLE}
KINDS = tuple(k.name for k in TABLE if k.when != ON_REQUEST)  # what "all" writes
AFTER_CLOSE = tuple(k.name for k in TABLE if k.when == AFTER_CLOSE_ONLY)
EXTRA_KINDS = tuple(k.name for k in TABLE if k.when == ON_REQUEST)
# The export dialog's boxes: what a coordinator exports during the event (the plenary's papers
# come with Tutup sesi).
DIALOG_KINDS = tuple(k for k in KINDS if k not in AFTER_CLOSE)
CLI_CHOICES = (*KINDS, *EXTRA_KINDS, "all")


def label_code(kind: str) -> str:
    """The message code of a kind's label."""
    return f"export_kind_{kind}"
