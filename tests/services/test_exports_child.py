"""The export in a process of its own (what Acara → Ekspor dokumen runs, issue #25): the same files, the
same errors, the same cancel, and the LSP key never leaves the window's process."""

from __future__ import annotations

import multiprocessing
import os
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.paths import running_data_dir
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.services.exports import ExportOptions, export_documents
from humas_desktop.services.exports.child import ChildSpec, export_in_child
from humas_desktop.services.exports.writing import ExportError, ExportInterrupted
from humas_desktop.services.storage_faults import failure_text
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run
from tests.services.conftest import CONFIG


def _spec(edb: EventDB) -> ChildSpec:
    return ChildSpec(edb.path, "t", "coordinator", False, None, running_data_dir())


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative name, without what two exports of the same file
    may differ in: a PDF's creation date and ID, a workbook's times."""
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.suffix == ".pdf":
            data = re.sub(rb"/CreationDate \([^)]*\)", b"", data)
            data = re.sub(rb"/ID \[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>\]", b"", data)
        if path.suffix == ".xlsx":  # the zip's member times and docProps' dates aside
            with zipfile.ZipFile(path) as book:
                data = b"".join(name.encode() + book.read(name) for name in sorted(book.namelist())
                                if name != "docProps/core.xml")
        found[path.relative_to(folder).as_posix()] = data
    return found


def test_the_child_writes_the_same_files_as_an_export_in_this_process(decided: EventDB,
                                                                      tmp_path: Path) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    files_here = _run(export_documents(decided, ["all"], here))
    written: list[Path] = []
    gen = export_in_child(_spec(decided), ["all"], there, ExportOptions(written=written))
    steps: list[float] = []
    while True:
        try:
            steps.append(next(gen).fraction)
        except StopIteration as stop:
            files_there = stop.value
            break
    assert [p.relative_to(there) for p in files_there] == [p.relative_to(here) for p in files_here]
    mine, theirs = _files(here), _files(there)
    assert sorted(theirs) == sorted(mine) and len(mine) > 20
    assert [name for name in mine if mine[name] != theirs[name]] == []
    assert sorted(written) == sorted(files_there)  # what the dialog says was written
    assert steps and steps == sorted(steps) and steps[-1] == 1.0  # progress passed on, never back
    assert multiprocessing.active_children() == []  # nothing outlives the export


def test_an_error_in_the_child_reaches_the_window_as_itself(decided: EventDB, tmp_path: Path) -> None:
    with pytest.raises(ExportError) as raised:
        _run(export_in_child(_spec(decided), ["no-such-kind"], tmp_path / "out"))
    assert raised.value.code == "export_unknown_kind"
    assert raised.value.context == {"kind": "no-such-kind"}
    assert failure_text(raised.value) == "Jenis ekspor tidak dikenal: no-such-kind."


def test_a_tampered_file_is_refused_by_the_child_as_in_this_process(decided: EventDB,
                                                                    tmp_path: Path) -> None:
    person = repo.list_participants(decided)[0]
    decided.conn.execute("UPDATE participant SET name = 'Orang Lain' WHERE id = ?", (person.id,))
    decided.conn.commit()
    with pytest.raises(DomainError) as in_process:
        _run(export_documents(decided, ["all"], tmp_path / "here"))
    with pytest.raises(DomainError) as in_child:
        _run(export_in_child(_spec(decided), ["all"], tmp_path / "there"))
    assert in_child.value.code == in_process.value.code == "event_tampered"
    assert failure_text(in_child.value) == failure_text(in_process.value)
    assert not (tmp_path / "there").exists() or not any((tmp_path / "there").rglob("*.pdf"))


def test_a_full_disk_in_the_child_says_which_whole_files_are_on_disk(
        decided: EventDB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUMAS_FAULT_ATOMIC_ERRNO", "ENOSPC:3")  # the child inherits it
    written: list[Path] = []
    out = tmp_path / "out"
    with pytest.raises(ExportInterrupted) as raised:
        _run(export_in_child(_spec(decided), ["all"], out, ExportOptions(written=written)))
    stopped = raised.value
    on_disk = sorted(p for p in out.rglob("*") if p.is_file())
    assert sorted(stopped.written) == on_disk == sorted(written) and len(on_disk) == 3
    assert stopped.not_written and stopped.interrupted in stopped.not_written
    text = failure_text(stopped)
    assert text.startswith("Ekspor terhenti: ") and "Disk penuh" in text
    assert "Sudah ditulis utuh (3 berkas" in text


def test_cancel_leaves_only_whole_files_and_says_which(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=40, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        written: list[Path] = []
        out = tmp_path / "out"
        gen = export_in_child(_spec(edb), ["all"], out, ExportOptions(written=written))
        seen = 0
        for progress in gen:  # Batal once a few kinds are on disk
            seen += 1
            if progress.fraction > 0.3:
                break
        gen.close()
        on_disk = sorted(p for p in out.rglob("*") if p.is_file())
        assert seen and on_disk and sorted(written) == on_disk
        assert not [p for p in out.rglob("*") if p.name.startswith(".")]  # no part or temp file
        assert multiprocessing.active_children() == []
    finally:
        edb.close()


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_final_certificates_are_signed_in_the_window_process(decided: EventDB, tmp_path: Path) -> None:
    nb.save_config(decided, CONFIG)
    cs.close_session(decided, date.today())
    signed_by: set[int] = set()
    bodies: list[bytes] = []

    def sign(body: bytes) -> bytes:
        signed_by.add(os.getpid())
        bodies.append(body)
        return b"\x02" * 64

    out = tmp_path / "out"
    files = _run(export_in_child(_spec(decided), ["certificates"], out, ExportOptions(sign=sign)))
    assert signed_by == {os.getpid()}  # the key's holder is this process, never the child
    assert len(bodies) >= len(repo.list_certificates(decided))
    assert any(f.name == "sertifikat.pdf" for f in files)
    assert not files.not_written  # type: ignore[attr-defined]


def test_a_killed_export_process_gives_one_clear_message(decided: EventDB, tmp_path: Path) -> None:
    import signal

    from humas_desktop.services.exports.child import ExportChildError

    gen = export_in_child(_spec(decided), ["all"], tmp_path / "out")
    next(gen)  # it runs
    for child in multiprocessing.active_children():
        if child.name == "humas-export":
            os.kill(child.pid or 0, signal.SIGKILL)  # out of memory, say
    with pytest.raises(ExportChildError) as raised:
        for _ in gen:
            pass
    assert raised.value.code == "export_child_failed"
    assert failure_text(raised.value).startswith("Proses ekspor berhenti tiba-tiba")
    assert multiprocessing.active_children() == [] or all(
        c.name != "humas-export" for c in multiprocessing.active_children())


@pytest.mark.slow  # a 300-participant event, so that the render workers start
def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:  # gone meanwhile
        return b"resource_tracker"


def test_the_render_workers_end_with_a_killed_export(tmp_path: Path) -> None:
    """Fails on ee8a725 (there with the CLI's export process killed): the render workers slept
    on as orphans, ~100 MB each, until the laptop restarted."""
    import signal
    import time

    path = make_demo(tmp_path / "data", participants=300, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        gen = export_in_child(_spec(edb), ["all"], tmp_path / "out")
        workers: list[int] = []
        for progress in gen:
            child = next(c for c in multiprocessing.active_children() if c.name == "humas-export")
            # The export's process draws too (one render worker on 2 cores, #25); multiprocessing's
            # resource tracker is not a render worker.
            workers = [int(pid) for pid in
                       Path(f"/proc/{child.pid}/task/{child.pid}/children").read_text().split()
                       if b"resource_tracker" not in _cmdline(int(pid))]
            if workers or progress.fraction > 0.9:
                break
        assert workers, "the render workers did not start"
        os.kill(child.pid or 0, signal.SIGKILL)
        with pytest.raises(DomainError):
            for _ in gen:
                pass
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in workers):
            time.sleep(0.2)
        assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    finally:
        edb.close()
