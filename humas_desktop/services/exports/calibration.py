"""Kind ``calibration`` (only when asked for, never by 'all'): the blanko calibration page."""

from __future__ import annotations

from pathlib import Path

from humas_desktop.formats.atomic_file import write_bytes_atomic
from humas_desktop.services.exports.writing import Job


def write(job: Job) -> list[Path]:
    from humas_desktop.formats.pdf.certificates import calibration_pdf
    from humas_desktop.services.document_settings import printer_offset

    settings = job.data.settings
    target = job.out / "kalibrasi-blanko.pdf"
    write_bytes_atomic(target, calibration_pdf(printer_offset(settings),
                                               settings.get("certificate.printer", "")))
    return [target]
