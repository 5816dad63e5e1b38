"""Issue 25: with worker processes, the long kinds' chunks are handed to the workers first and
collected after the kinds the export's own process writes meanwhile. Whatever stops the export
then (a cancel, a full disk in this process or in a worker), the caller is told of every whole
file on disk and of nothing else, no half file is left, and the progress never goes back."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from humas_desktop.services.exports import ExportInterrupted, ExportOptions, export_documents
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("pipeline") / "data", participants=40, decided=True)


@pytest.fixture
def two_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    from humas_desktop.services.exports import parallel

    monkeypatch.setenv("HUMAS_RENDER_WORKERS", "2")
    monkeypatch.setattr(parallel, "CHUNK_RECORDS", 4)  # many chunks: stops come between them


def _on_disk(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*") if p.is_file())


def _whole(paths: list[Path]) -> None:
    from pypdf import PdfReader

    for path in paths:
        assert not path.name.startswith("."), path  # no temp file under any name
        if path.suffix == ".pdf":
            assert len(PdfReader(path).pages) > 0, path


def test_cancelled_while_the_workers_draw_says_every_whole_file(
        event: Path, tmp_path: Path, two_workers: None) -> None:
    """Cancelled while this process writes the attendance lists and the workers draw FR.AK.02
    and FR.APL.01: the files the chunks finished are reported, nothing else is on disk."""
    out = tmp_path / "out"
    written: list[Path] = []
    edb = open_event(event, device_id="t", actor="coordinator")
    try:
        gen = export_documents(edb, ["roster", "attendance", "records", "apl01"], out,
                               ExportOptions(written=written))
        for progress in gen:
            if progress.message == "attendance":
                gen.close()
                break
        else:
            pytest.fail("the export never reached the attendance lists")
    finally:
        edb.close()
    on_disk = _on_disk(out)
    assert sorted(written) == on_disk
    assert not any(p.name.startswith(".") for p in out.rglob("*"))
    _whole(on_disk)
    assert out / "daftar-peserta.xlsx" in on_disk  # the roster came first, whole


def test_a_full_disk_in_this_process_while_the_workers_draw(
        event: Path, tmp_path: Path, two_workers: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The roster cannot be written (disk full) while the chunks are out: the export stops at
    the roster, reports every whole file the workers finished, and the forms whose combined
    file was not written are listed as not written."""
    from humas_desktop.services.exports import roster

    def full(_job: object) -> list[Path]:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "out" / "x.xlsx"))

    monkeypatch.setattr(roster, "write", full)
    out = tmp_path / "out"
    edb = open_event(event, device_id="t", actor="coordinator")
    try:
        with pytest.raises(ExportInterrupted) as info:
            _run(export_documents(edb, ["records", "roster", "apl01"], out, ExportOptions()))
    finally:
        edb.close()
    stopped = info.value
    assert stopped.interrupted == "roster" and stopped.not_written[0] == "roster"
    on_disk = _on_disk(out)
    assert sorted(stopped.written) == on_disk
    _whole(on_disk)
    combined = {"records": "fr-ak-02-rekaman-asesmen.pdf", "apl01": "fr-apl-01-permohonan.pdf"}
    for kind, name in combined.items():
        assert (out / name in on_disk) != (kind in stopped.not_written), kind


def test_a_full_disk_in_a_worker_reports_the_files_its_chunk_finished(
        event: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker's disk fills up part-way through its chunk (after 3 files): the files that
    chunk committed before are whole on disk, and the export says so (it did not: they were
    on disk, unreported)."""
    monkeypatch.setenv("HUMAS_RENDER_WORKERS", "2")
    monkeypatch.setenv("HUMAS_FAULT_ATOMIC_ERRNO", "ENOSPC:3")  # each process: 3 files, then full
    out = tmp_path / "out"
    edb = open_event(event, device_id="t", actor="coordinator")
    try:
        with pytest.raises(ExportInterrupted) as info:
            _run(export_documents(edb, ["records"], out, ExportOptions(combined=False)))
    finally:
        edb.close()
    on_disk = _on_disk(out)
    assert on_disk  # a worker wrote files before the disk filled up
    assert sorted(info.value.written) == on_disk
    _whole(on_disk)
    assert info.value.interrupted == "records"


def test_progress_never_goes_back(event: Path, tmp_path: Path, two_workers: None) -> None:
    edb = open_event(event, device_id="t", actor="coordinator")
    try:
        gen = export_documents(edb, ["all"], tmp_path / "out", ExportOptions(workers=2))
        seen = []
        while True:
            try:
                seen.append(next(gen))
            except StopIteration:
                break
    finally:
        edb.close()
    fractions = [p.fraction for p in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_no_worker_process_can_start_the_export_is_made_here(
        event: Path, tmp_path: Path, two_workers: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A restricted or frozen environment where no process can be started: every document is
    made in this process, the same files as with workers."""
    import concurrent.futures

    edb = open_event(event, device_id="t", actor="coordinator")
    try:
        with_workers = _run(export_documents(edb, ["all"], tmp_path / "a", ExportOptions()))

        def refused(*_a: object, **_k: object) -> None:
            raise OSError(errno.EPERM, "no processes here")

        monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refused)
        here = _run(export_documents(edb, ["all"], tmp_path / "b", ExportOptions()))
    finally:
        edb.close()
    assert [p.relative_to(tmp_path / "a") for p in sorted(with_workers)] == \
        [p.relative_to(tmp_path / "b") for p in sorted(here)]
    assert _on_disk(tmp_path / "b") == sorted(here)
    _whole(sorted(here))


def _worker_niceness() -> int:
    return os.nice(0)


def test_the_render_workers_yield_the_cores_to_the_window(tmp_path: Path) -> None:
    """The export's render workers run below the app's priority: with both cores drawing, a
    K/BK click in the window (and the export's own process) still gets a core at once."""
    from humas_desktop.services.exports.parallel import Pools

    pools = Pools()
    try:
        pool = pools.get(2)
        assert pool is not None
        seen = {pool.submit(_worker_niceness).result(timeout=60) for _ in range(4)}
    finally:
        pools.close()
    assert seen and all(n >= os.nice(0) + 5 for n in seen), (seen, os.nice(0))


def test_a_full_disk_while_this_process_draws_a_chunk_of_the_workers(
        event: Path, tmp_path: Path, two_workers: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """While it waits for the workers, the export's own process draws the chunks none of them
    has started (one worker process less: #25, memory). Its disk fills up at the second chunk
    it draws: the files of the first are whole on disk and reported, as a worker's are, and
    the export stops at the kind it was collecting."""
    from humas_desktop.formats.pdf import split

    real = split.split_pdf_steps
    drawn_here: list[int] = []

    def filling(data: bytes, starts: list[int], targets: list[Path], metadata: object = None,
                ) -> object:
        drawn_here.append(len(targets))  # only this process: the workers import their own
        if len(drawn_here) == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(targets[0]))
        return real(data, starts, targets, metadata)  # type: ignore[arg-type]

    monkeypatch.setattr(split, "split_pdf_steps", filling)
    out = tmp_path / "out"
    edb = open_event(event, device_id="t", actor="coordinator")
    try:
        with pytest.raises(ExportInterrupted) as info:
            _run(export_documents(edb, ["roster", "records", "apl01"], out,
                                  ExportOptions(draw_here=True)))
    finally:
        edb.close()
    assert len(drawn_here) == 2  # this process drew a chunk, then its disk was full
    on_disk = _on_disk(out)
    assert sorted(info.value.written) == on_disk
    _whole(on_disk)
    here = [p for p in on_disk if p.parent.name in ("fr-ak-02", "fr-apl-01")]
    assert len(here) >= drawn_here[0]  # the first chunk drawn here: all its files
    assert info.value.interrupted in ("records", "apl01")
