"""Kinds ``ak03`` and ``ak04``: FR.AK.03 feedback and FR.AK.04 appeals (services/records_export.py
builds them with the kop and file naming lent here)."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from humas_desktop.domain.progress import Progress
from humas_desktop.services.exports.headers import doc_header
from humas_desktop.services.exports.parallel import forms_renderer
from humas_desktop.services.exports.preflight import printable
from humas_desktop.services.exports.writing import Job, person_file, person_meta


def write(job: Job) -> Generator[Progress, None, list[Path]]:
    from humas_desktop.services import records_export

    helpers = records_export.Helpers(printable, doc_header, person_file, person_meta,
                                     forms_renderer(job.opts.workers, job.opts.pools))
    return records_export.export_kind(job.data, job.kind, job.out, job.opts.per_participant,
                                      job.opts.combined, helpers, job.step, job.total)
