"""Reading the exported files back: PDF text through pdftotext, workbooks through openpyxl."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

VERDICT_TOKENS = frozenset({"K", "BK", "-"})


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def flat(text: str) -> str:
    """All whitespace (line breaks included) as one space: a sentence wrapped over lines reads whole."""
    return " ".join(text.split())


def row_line(text: str, number: int | str, name: str) -> str:
    """The line of a table row: its "No" cell and the name at its start. Exactly one must exist."""
    pattern = re.compile(rf"^\s*{re.escape(str(number))}\.?\s+{re.escape(name)}(\s|$)")
    found = [line for line in text.splitlines() if pattern.match(line)]
    assert len(found) == 1, (number, name, found)
    return found[0]


def verdicts_after(line: str, name: str) -> list[str]:
    """The K / BK / - cells of a row line, in column order, after the name."""
    rest = line[line.index(name) + len(name):]
    return [t for t in rest.split() if t in VERDICT_TOKENS]


def sheet_rows(ws: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def table(ws: Any, first_header: str = "No") -> tuple[list[str], list[dict[str, Any]]]:
    """The header (first row whose column A is ``first_header``) and the body rows under it,
    as dicts by header text, up to the first row whose column A is not a number."""
    rows = sheet_rows(ws)
    head_i = next(i for i, r in enumerate(rows) if r[0] == first_header)
    header = [str(h) if h is not None else "" for h in rows[head_i]]
    body = []
    for r in rows[head_i + 1:]:
        if not isinstance(r[0], int):
            break
        body.append(dict(zip(header, r, strict=False)))
    return header, body


def cells(ws: Any) -> list[str]:
    return [str(v) for r in ws.iter_rows(values_only=True) for v in r if v is not None]


def fact(ws: Any, label: str) -> Any:
    """The value beside a label in the title block (label in column A, value in column C)."""
    for r in sheet_rows(ws):
        if r and r[0] == label:
            return r[2]
    raise AssertionError(f"no {label!r} in {ws.title}")
