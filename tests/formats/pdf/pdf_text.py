"""Reading a PDF back the way a reader sees it: the text of each page (pdftotext)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from tests.external import need_program


def page_texts(pdf: bytes | Path) -> list[str]:
    """The text of every page, in order, whitespace collapsed to single spaces."""
    need_program("pdftotext")
    with tempfile.TemporaryDirectory() as tmp:
        if isinstance(pdf, bytes):
            path = Path(tmp) / "doc.pdf"
            path.write_bytes(pdf)
        else:
            path = pdf
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                             text=True, check=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return [" ".join(p.split()) for p in pages]


def flat(pdf: bytes | Path) -> str:
    return " ".join(page_texts(pdf))
