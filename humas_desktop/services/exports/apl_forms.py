"""Kinds ``apl01``, ``apl02`` and ``ak01``: FR.APL.01, FR.APL.02 and FR.AK.01 (services/apl_export.py
builds them with the kop and file naming lent here; issue 26)."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from humas_desktop.domain.progress import Progress
from humas_desktop.services.exports.headers import doc_header
from humas_desktop.services.exports.parallel import forms_renderer
from humas_desktop.services.exports.preflight import printable
from humas_desktop.services.exports.writing import Job, person_file, person_meta


def write(job: Job) -> Generator[Progress, None, list[Path]]:
    from humas_desktop.services import apl_export

    helpers = apl_export.Helpers(printable, doc_header, person_file, person_meta,
                                 forms_renderer(job.opts.workers, job.opts.pools))
    # This kind's records only, read now and let go when it is written.
    forms = job.data.read(lambda edb: apl_export.load_forms(edb, (job.kind,)))
    return apl_export.export_kind(job.data, forms, job.kind, job.out,
                                  job.opts.per_participant, job.opts.combined, helpers, job.step,
                                  job.total)
