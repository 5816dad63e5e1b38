"""No personal data outside the data folder and the folder the user exports into: every file the
export opens for writing while it makes the workbooks (roster, attendance, recap, BNSP upload,
berita acara) lies in the export folder. openpyxl writes each worksheet's XML to a temporary file
before zipping it; by default that is the system's temp folder (/tmp), shared with every user of
the laptop and kept after a crash."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from humas_desktop.services.exports import ExportOptions, export_documents
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run

_WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND
_opened: list[str] | None = None  # collecting while a test runs


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if _opened is None or event != "open":
        return
    path, mode, flags = args
    if isinstance(path, int):
        return
    writing = (any(c in mode for c in "wax+") if isinstance(mode, str)
               else bool(flags & _WRITES))
    if writing:
        _opened.append(os.fsdecode(path))


sys.addaudithook(_hook)  # an audit hook stays for the process: inert while _opened is None


@pytest.fixture(scope="module")
def event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("tempfiles") / "data", participants=12,
                     decided=True)


def test_the_workbooks_write_nothing_outside_the_export_folder(event: Path,
                                                               tmp_path: Path) -> None:
    global _opened
    out = tmp_path / "keluar"
    with open_event(event, device_id="test") as edb:
        _opened = []
        try:
            _run(export_documents(edb, ["roster", "attendance", "recap", "bnsp", "berita-acara"],
                                  out, ExportOptions(workers=1)))
        finally:
            opened, _opened = _opened, None
    made = sorted(p.name for p in out.rglob("*.xlsx"))
    assert len(made) >= 5, made  # the workbooks were written
    data = event.parent.parent.resolve()
    outside = [p for p in opened
               if not Path(p).resolve().is_relative_to(out.resolve())
               and not Path(p).resolve().is_relative_to(data)]
    assert not outside, outside
