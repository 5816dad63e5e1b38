"""Export tests: fpdf2's missing-glyph warning fails the test instead of printing a blank."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


class _FailOnFpdfWarning(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING:
            raise AssertionError(f"fpdf2 warned: {record.getMessage()}")


@pytest.fixture(autouse=True)
def _fpdf_warnings_fail() -> Iterator[None]:
    logger = logging.getLogger("fpdf")
    handler = _FailOnFpdfWarning()
    logger.addHandler(handler)
    yield
    logger.removeHandler(handler)
