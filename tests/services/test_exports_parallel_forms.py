"""Issue 25: the per-participant documents that "all" writes (FR.AK.02, the certificates,
FR.APL.01, FR.APL.02, FR.AK.01, FR.AK.03, FR.AK.04) rendered in chunks, on worker processes or
one after the other, read exactly as when made in one document in one process: the same files,
the same text on every page ("halaman i dari n" included), the same document titles; a cancel
leaves whole files only."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from humas_desktop.services.exports import ExportOptions, export_documents
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run
from tests.external import need_program

KINDS = ["records", "certificates", "apl01", "apl02", "ak01", "ak03", "ak04"]


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.slow
def test_forms_on_worker_processes_read_as_in_one_process(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    need_program("pdftotext")
    path = make_demo(tmp_path / "data", participants=16, decided=True)
    from humas_desktop.services.exports import parallel

    outs = {}
    # One document; chunks on 2 worker processes; chunks on one; chunks on one worker process
    # and this one (the CLI's export: this process draws while it waits, #25).
    for workers in ("1", "2", "1c", "2h"):
        monkeypatch.setenv("HUMAS_RENDER_WORKERS", workers[0])
        if workers == "1c":
            monkeypatch.setattr(parallel, "CHUNK_FROM", 4)
        edb = open_event(path, device_id="t", actor="coordinator")
        try:
            written: list[Path] = []
            files = _run(export_documents(edb, KINDS, tmp_path / f"out{workers}",
                                          ExportOptions(written=written,
                                                        draw_here=workers == "2h")))
        finally:
            edb.close()
        assert sorted(written) == sorted(files)
        outs[workers] = sorted(files)
    one = outs["1"]
    rel_one = [f.relative_to(tmp_path / "out1").as_posix() for f in one]
    # Every kind wrote its combined file and one file per participant.
    for folder in ("fr-ak-02", "sertifikat", "fr-apl-01", "fr-apl-02", "fr-ak-01", "fr-ak-03"):
        assert any(r.startswith(f"{folder}/") for r in rel_one), folder
    for other in ("2", "1c", "2h"):
        assert rel_one == [f.relative_to(tmp_path / f"out{other}").as_posix()
                           for f in outs[other]]
        for a, b in zip(one, outs[other], strict=True):
            assert _text(a) == _text(b), (other, a.name)
            ra, rb = PdfReader(a), PdfReader(b)
            assert len(ra.pages) == len(rb.pages), (other, a.name)
            assert ra.metadata.title == rb.metadata.title, (other, a.name)
            assert ra.metadata.author == rb.metadata.author, (other, a.name)
    combined = tmp_path / "out2" / "fr-apl-01-permohonan.pdf"
    per_person = sorted((tmp_path / "out2" / "fr-apl-01").glob("peserta-*.pdf"))
    assert sum(len(PdfReader(p).pages) for p in per_person) == len(PdfReader(combined).pages)
    assert "halaman 1 dari" in _text(per_person[-1])


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "label", "code"), [("apl01", "apl01", "FR.APL.01"),
                                                     ("records", "records", "FR.AK.02")])
def test_a_cancelled_parallel_form_export_leaves_whole_files(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             kind: str, label: str,
                                                             code: str) -> None:
    """Cancelled while the chunks render on two processes: the caller is told of every file on
    disk (also those the chunks being rendered finished during the cancel), each one whole."""
    from pypdf import PdfReader

    from humas_desktop.services.exports import parallel

    monkeypatch.setenv("HUMAS_RENDER_WORKERS", "2")
    monkeypatch.setattr(parallel, "CHUNK_RECORDS", 2)  # many chunks: the cancel comes between
    path = make_demo(tmp_path / "data", participants=40, decided=True)
    out = tmp_path / "out"
    written: list[Path] = []
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        gen = export_documents(edb, [kind], out, ExportOptions(written=written, combined=False))
        for progress in gen:
            if progress.message.startswith(f"{label} ") and "/" in progress.message \
                    and progress.message.split()[1] != "0/40":
                gen.close()
                break
        else:
            pytest.fail("the export never reported the forms' progress")
    finally:
        edb.close()
    on_disk = sorted(p for p in out.rglob("*") if p.is_file())
    assert sorted(written) == on_disk  # nothing more, nothing less, no temp file
    assert 0 < len(on_disk) < 40
    for pdf in on_disk:
        assert code in PdfReader(pdf).pages[0].extract_text()
