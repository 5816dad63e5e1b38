"""Issue 25, the export's memory: the records only one kind prints are read when that kind is
written (not held for the whole export), inside one read snapshot, so every kind still prints
the file as it was when the export began; the chunks' PDFs go through part files that never
outlive the export, also when it is cancelled."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest

from humas_desktop.services import apl
from humas_desktop.services.exports import ExportOptions, export_documents
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run
from tests.external import need_program


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.slow
def test_a_kind_written_late_prints_the_file_as_it_was_when_the_export_began(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """FR.APL.01 is read when its kind is written, after the roster: a change another window
    commits in between is not in this export (it is in the next one)."""
    need_program("pdftotext")
    monkeypatch.setenv("HUMAS_RENDER_WORKERS", "1")
    path = make_demo(tmp_path / "data", participants=3, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        before = apl.all_apl01(edb)[0]
    assert before.home_phone and before.home_phone != "0811 9999 1234"
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        gen = export_documents(edb, ["roster", "apl01"], tmp_path / "out")
        first = next(gen)
        assert first.message == "roster"  # the event is read, the roster not yet written
        with open_event(path, device_id="t2", actor="coordinator") as other:  # another window
            apl.save_apl01(other, dataclasses.replace(before, home_phone="0811 9999 1234"))
        files = _run(gen)
    finally:
        edb.close()
    shown = _text(tmp_path / "out" / "fr-apl-01-permohonan.pdf")
    assert f"Rumah: {before.home_phone}" in shown
    assert "0811 9999 1234" not in shown
    assert tmp_path / "out" / "fr-apl-01-permohonan.pdf" in files
    with open_event(path, device_id="t", actor="coordinator") as edb:  # the next export has it
        _run(export_documents(edb, ["apl01"], tmp_path / "next"))
    assert "Rumah: 0811 9999 1234" in _text(tmp_path / "next" / "fr-apl-01-permohonan.pdf")


@pytest.mark.slow
def test_a_cancelled_export_leaves_no_part_of_a_combined_file(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelled while the chunks of FR.AK.02 render on two processes, with the combined file
    asked for: on disk are the whole per-participant files the caller is told of, and nothing
    else (no chunk's part file, no combined file half made)."""
    from humas_desktop.services.exports import parallel

    monkeypatch.setenv("HUMAS_RENDER_WORKERS", "2")
    monkeypatch.setattr(parallel, "CHUNK_RECORDS", 2)  # many chunks: the cancel comes between
    path = make_demo(tmp_path / "data", participants=40, decided=True)
    out = tmp_path / "out"
    written: list[Path] = []
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        gen = export_documents(edb, ["records"], out, ExportOptions(written=written))
        for progress in gen:
            if progress.message.startswith("records ") and progress.message != "records 0/40":
                gen.close()
                break
        else:
            pytest.fail("the export never reported the forms' progress")
    finally:
        edb.close()
    on_disk = sorted(p for p in out.rglob("*") if p.is_file())  # hidden files included
    assert sorted(written) == on_disk
    assert 0 < len(on_disk) < 40
    assert not (out / "fr-ak-02-rekaman-asesmen.pdf").exists()
    assert all(p.parent.name == "fr-ak-02" and p.name.startswith("peserta-") for p in on_disk)


@pytest.mark.slow
def test_the_combined_file_of_chunks_holds_every_form_in_order(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Merged from the workers' part files: every participant's FR.AK.02, in number order, and
    no part file left beside it."""
    from pypdf import PdfReader

    from humas_desktop.services.exports import parallel

    need_program("pdftotext")
    monkeypatch.setenv("HUMAS_RENDER_WORKERS", "2")
    monkeypatch.setattr(parallel, "CHUNK_RECORDS", 3)
    path = make_demo(tmp_path / "data", participants=10, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        files = _run(export_documents(edb, ["records"], tmp_path / "out"))
    combined = tmp_path / "out" / "fr-ak-02-rekaman-asesmen.pdf"
    assert combined in files
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.is_file()) == [combined.name]
    per_person = sorted((tmp_path / "out" / "fr-ak-02").glob("peserta-*.pdf"))
    assert len(per_person) == 10
    assert len(PdfReader(combined).pages) == sum(len(PdfReader(p).pages) for p in per_person)
    assert _text(combined) == "".join(_text(p) for p in per_person)  # same pages, same order
