"""Kinds ``ak06`` and ``va``: FR.AK.06 (the review of the assessment process) and FR.VA
(validation), one PDF each with every scheme's form (services/review_export.py builds them with
the kop lent here). Nothing is written while the event holds no such record."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.services.exports.headers import doc_header
from humas_desktop.services.exports.preflight import printable
from humas_desktop.services.exports.writing import Job


def write(job: Job) -> list[Path]:
    from humas_desktop.services import review_export

    return review_export.export_kind(job.data, job.data.read(review_export.load_forms), job.kind,
                                     job.out, doc_header, printable)
