"""A process dying during an xlsx, pdf or zip write never leaves a half file under the final name.

The death is injected at a chosen byte count (atomic_file.FAULT_ENV), so no run depends on timing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from humas_desktop.formats.atomic_file import (
    FAULT_ENV,
    FAULT_EXIT,
    PARTIAL_MARK,
    atomic_write,
    remove_partials,
)

CHILD = textwrap.dedent("""
    import sys, zipfile
    from pathlib import Path
    from humas_desktop.formats.atomic_file import atomic_write
    from openpyxl import Workbook
    from fpdf import FPDF
    kind, target, writes = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])

    def write_xlsx(tmp):
        wb = Workbook()
        ws = wb.active
        for i in range(400):
            ws.append([f"Peserta {i}", "3201010101900001", i, "K"])
        wb.save(tmp)

    def write_pdf(tmp):
        pdf = FPDF()
        pdf.add_font("DejaVu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        pdf.set_font("DejaVu", size=9)
        for page in range(4):
            pdf.add_page()
            for line in range(50):
                pdf.cell(0, 5, f"Nur’aini {page}-{line} kompeten", new_x="LMARGIN", new_y="NEXT")
        pdf.output(str(tmp))

    def write_zip(tmp):
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            for i in range(12):
                zf.writestr(f"part{i}.bin", bytes(range(256)) * 400)

    writer = {"xlsx": write_xlsx, "pdf": write_pdf, "zip": write_zip}[kind]
    for n in range(writes):
        with atomic_write(target) as tmp:
            writer(tmp)
    print("survived", flush=True)
""")


def _valid(kind: str, path: Path) -> bool:
    try:
        if kind == "xlsx":
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True)
            rows = sum(1 for _ in wb.active.iter_rows())
            wb.close()
            return rows == 400
        if kind == "pdf":
            from pypdf import PdfReader

            return len(PdfReader(str(path)).pages) == 4
        with zipfile.ZipFile(path) as zf:
            return zf.testzip() is None and len(zf.namelist()) == 12
    except Exception:  # noqa: BLE001 - any failure to read means a broken file
        return False


# 0 bytes (died at once), 700 bytes (a header and little else), 10**9 (all bytes written, the
# rename not yet done).
@pytest.mark.slow
@pytest.mark.parametrize("cut", [0, 700, 10**9])
@pytest.mark.parametrize("kind", ["xlsx", "pdf", "zip"])
def test_death_mid_write_leaves_no_half_file(tmp_path: Path, kind: str, cut: int) -> None:
    root = Path(__file__).resolve().parents[2]
    for dying_write in (1, 2):  # the first write (no file yet) or the second (an old file exists)
        folder = tmp_path / f"write{dying_write}"
        folder.mkdir()
        target = folder / f"rekap.{kind}"
        env = {**os.environ, FAULT_ENV: f"{cut}:{dying_write}"}
        child = subprocess.run([sys.executable, "-c", CHILD, kind, str(target), "2"], cwd=root, env=env,
                               capture_output=True, text=True, timeout=120, check=False)
        assert child.returncode == FAULT_EXIT, child.stderr
        assert "survived" not in child.stdout
        assert target.exists() == (dying_write == 2)
        if target.exists():
            assert _valid(kind, target), f"half-written {kind} under its final name"
        partials = [p for p in folder.iterdir() if PARTIAL_MARK in p.name]
        assert len(partials) == 1, "the crash must leave its temp file, as a real one does"
        if cut < 10**9:
            assert partials[0].stat().st_size == cut
        assert remove_partials(folder) == partials
        assert [p.name for p in folder.iterdir()] in ([], [target.name])


def test_without_the_fault_hook_both_writes_land(tmp_path: Path) -> None:
    """The hook is inert unless asked for: the same writes in-process leave one whole file."""
    target = tmp_path / "rekap.zip"
    for _ in range(2):
        with atomic_write(target) as tmp, zipfile.ZipFile(tmp, "w") as zf:
            zf.writestr("a.txt", "isi")
    assert _valid_zip(target)
    assert [p.name for p in tmp_path.iterdir()] == ["rekap.zip"]


def _valid_zip(path: Path) -> bool:
    with zipfile.ZipFile(path) as zf:
        return zf.testzip() is None and zf.namelist() == ["a.txt"]


def test_failed_write_keeps_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("usb pulled")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]
    with atomic_write(target) as tmp:
        tmp.write_text("new")
    assert target.read_text() == "new"


# --- an OS error with a chosen errno (HUMAS_FAULT_ATOMIC_ERRNO), in-process ------------------

def test_errno_fault_after_n_files_fails_every_later_write(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """"ENOSPC:2": two files are written, the third and every later write fail with ENOSPC (a
    disk that filled up stays full); no temp file is left and the failed names stay absent."""
    import errno

    from humas_desktop.formats import atomic_file

    monkeypatch.setenv("HUMAS_FAULT_ATOMIC_ERRNO", "ENOSPC:2")
    failures = []
    for i in range(4):
        try:
            with atomic_file.atomic_write(tmp_path / f"f{i}.bin") as tmp:
                tmp.write_bytes(b"x" * 1000)
        except OSError as exc:
            failures.append((i, exc.errno))
    assert failures == [(2, errno.ENOSPC), (3, errno.ENOSPC)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f0.bin", "f1.bin"]
    monkeypatch.setenv("HUMAS_FAULT_ATOMIC_ERRNO", "EROFS:bytes=2500")  # a new spec counts anew
    failures.clear()
    for i in range(4):
        try:
            with atomic_file.atomic_write(tmp_path / f"g{i}.bin") as tmp:
                tmp.write_bytes(b"y" * 1000)
        except OSError as exc:
            failures.append((i, exc.errno))
    assert failures == [(2, errno.EROFS), (3, errno.EROFS)]  # 1000 + 1000 fit, the third does not
    assert not [p for p in tmp_path.iterdir() if PARTIAL_MARK in p.name]


def test_recording_lists_only_complete_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from humas_desktop.formats import atomic_file

    monkeypatch.setenv("HUMAS_FAULT_ATOMIC_ERRNO", "EIO:1")
    with atomic_file.recording() as done:
        atomic_file.write_bytes_atomic(tmp_path / "a.pdf", b"%PDF-1.7 a")
        with pytest.raises(OSError):
            atomic_file.write_bytes_atomic(tmp_path / "b.pdf", b"%PDF-1.7 b")
    assert done == [tmp_path / "a.pdf"]


def test_final_name_of_every_atomic_writers_temp_file() -> None:
    from humas_desktop.formats.atomic_file import final_name, temp_name

    assert final_name(temp_name(Path("/usb/rekapitulasi-hasil.xlsx")).name) == "rekapitulasi-hasil.xlsx"
    assert final_name(".index.html.0a1b2c3d.tmp") == "index.html"  # encryption.write_file_atomic
    assert final_name(".acara.20261201T101010Z.manual.humasbak.p4242.0a1b2c3d.tmp") == \
        "acara.20261201T101010Z.manual.humasbak"  # storage.backup.take_backup
    assert final_name("sertifikat-0003.pdf") == "sertifikat-0003.pdf"


# --- many files made whole together (AtomicBatch: the per-participant split) ---------------

BATCH_CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from humas_desktop.formats.atomic_file import AtomicBatch
    folder, count, per_batch = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    for first in range(0, count, per_batch):
        with AtomicBatch() as batch:
            for i in range(first, min(count, first + per_batch)):
                batch.temp(folder / f"peserta-{i:04d}.pdf").write_bytes(b"%PDF-1.7 " + bytes(4000) + b"%%EOF")
    print("survived", flush=True)
""")


@pytest.mark.parametrize("dying", [1, 3, 7, 11])
def test_death_in_a_batch_leaves_whole_files_only(tmp_path: Path, dying: int) -> None:
    """Killed while the k-th file of a batch of 5 is written (not yet renamed): the batches
    before it are complete under their final names, no name of its own batch exists, and what is
    left besides are temp files remove_partials clears."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, FAULT_ENV: f"100:{dying}"}
    child = subprocess.run([sys.executable, "-c", BATCH_CHILD, str(tmp_path), "12", "5"], cwd=root,
                           env=env, capture_output=True, text=True, timeout=120, check=False)
    assert child.returncode == FAULT_EXIT, child.stderr
    finals = sorted(p.name for p in tmp_path.iterdir() if PARTIAL_MARK not in p.name)
    whole_batches = (dying - 1) // 5
    assert finals == [f"peserta-{i:04d}.pdf" for i in range(whole_batches * 5)]
    for name in finals:
        assert (tmp_path / name).read_bytes().endswith(b"%%EOF")
    remove_partials(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == finals


def test_batch_with_an_os_error_commits_the_files_before_it(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """"ENOSPC:3" in a batch of 5: as for single writes, three files are whole and reported, the
    others absent, no temp file left."""
    import errno

    from humas_desktop.formats import atomic_file

    monkeypatch.setenv("HUMAS_FAULT_ATOMIC_ERRNO", "ENOSPC:3")
    with atomic_file.recording() as done, pytest.raises(OSError) as info, \
            atomic_file.AtomicBatch() as batch:
        for i in range(5):
            batch.temp(tmp_path / f"f{i}.bin").write_bytes(b"x" * 100)
    assert info.value.errno == errno.ENOSPC
    assert done == [tmp_path / f"f{i}.bin" for i in range(3)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f0.bin", "f1.bin", "f2.bin"]


def test_batch_discarded_on_an_error_while_writing(tmp_path: Path) -> None:
    from humas_desktop.formats.atomic_file import AtomicBatch

    (tmp_path / "f0.bin").write_bytes(b"old")
    with pytest.raises(RuntimeError), AtomicBatch() as batch:
        batch.temp(tmp_path / "f0.bin").write_bytes(b"new")
        batch.temp(tmp_path / "f1.bin").write_bytes(b"half")
        raise RuntimeError("usb pulled")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f0.bin"]
    assert (tmp_path / "f0.bin").read_bytes() == b"old"


def test_a_nested_recording_leaves_the_outer_one_recording(tmp_path: Path) -> None:
    """Issue 25: a worker's chunk drawn in this process records its files in a block of its own
    inside the export's: when it ends (its list then equal to the export's), the export's block
    still records every later file."""
    from humas_desktop.formats.atomic_file import recording, write_bytes_atomic

    with recording() as outer:
        with recording() as inner:
            write_bytes_atomic(tmp_path / "a.pdf", b"%PDF-a")
        write_bytes_atomic(tmp_path / "b.pdf", b"%PDF-b")
    assert inner == [tmp_path / "a.pdf"]
    assert outer == [tmp_path / "a.pdf", tmp_path / "b.pdf"]


def test_a_workbook_killed_while_saving_leaves_nothing_after_the_sweep(tmp_path: Path) -> None:
    """A save killed half-way leaves its temp file and openpyxl's scratch folder (sheet XML with
    participants' data) in the export folder; the next export's sweep removes both, and nothing
    else."""
    from humas_desktop.formats.atomic_file import remove_partials, temp_name

    tmp = temp_name(tmp_path / "daftar-peserta.xlsx")
    tmp.write_bytes(b"PK half")
    scratch = tmp.with_name(tmp.name + ".d")
    scratch.mkdir()
    (scratch / "openpyxl.abc123").write_text("<row><c>SITI RAHAYU</c></row>")
    keep = tmp_path / "daftar-peserta-lama.xlsx"
    keep.write_bytes(b"PK whole")
    remove_partials(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [keep.name]
