"""Inputs that are not files (issue 11): /dev/zero, a FIFO, a folder, a 10 GB sparse file, a file that
grows while it is read. Each gets one Indonesian line within seconds, never a hang or a MemoryError.
Fails on 4154483: import, open-package and merge of /dev/zero ran out of memory, and of a FIFO hung."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.input_file import read_capped, read_head
from humas_desktop.formats.package import read_package
from humas_desktop.formats.xlsx_guard import XlsxRefusedError, inspect_xlsx

ROOT = Path(__file__).resolve().parents[2]


def _inputs(tmp_path: Path) -> dict[str, Path]:
    fifo = tmp_path / "peserta.xlsx"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.humaspkg"
    folder.mkdir()
    sparse = tmp_path / "sparse.xlsx"
    with sparse.open("wb") as fh:
        fh.truncate(10 * 1024**3)
    return {"dev-zero": Path("/dev/zero"), "fifo": fifo, "folder": folder, "sparse": sparse}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_roster_and_package_readers_refuse_what_is_not_a_file(tmp_path: Path) -> None:
    for name, path in _inputs(tmp_path).items():
        with pytest.raises(XlsxRefusedError) as roster:
            inspect_xlsx(path)
        assert roster.value.code in {"not_a_file", "xlsx_file_too_large"}, name
        with pytest.raises(DomainError) as package:
            read_package(path)
        assert package.value.code in {"not_a_file", "package_too_large"}, name
        if name != "sparse":
            assert roster.value.code == package.value.code == "not_a_file", name


def test_a_file_that_grows_past_the_cap_while_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "growing.humaspkg"
    path.write_bytes(b"PK" * 10)

    class Growing:  # os.read that sees more bytes every call, as a file still being copied does
        def __init__(self) -> None:
            self.real = os.read

        def __call__(self, fd: int, n: int) -> bytes:
            return b"x" * n

    original = os.read
    os.read = Growing()  # type: ignore[assignment]
    try:
        with pytest.raises(DomainError) as refused:
            read_capped(path, 1000, "package_too_large")
    finally:
        os.read = original
    assert refused.value.code == "package_too_large"
    assert read_head(path, 2) == b"PK"


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_cli_answers_each_not_a_file_input_with_one_line_quickly(tmp_path: Path, demo_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HUMAS_DATA_DIR": str(tmp_path / "data")}
    figures = []
    for name, path in _inputs(tmp_path).items():
        for command in (["import", str(demo_path), str(path)], ["open-package", str(path)],
                        ["merge", str(demo_path), str(path)], ["check", str(path)]):
            start = time.monotonic()
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            done = subprocess.run([sys.executable, "-m", "humas_desktop", *command], env=env,
                                  capture_output=True, text=True, timeout=60, cwd=ROOT,
                                  stdin=subprocess.DEVNULL)
            seconds = time.monotonic() - start
            peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
            said = (done.stdout + done.stderr).strip()
            assert done.returncode == 1, (name, command[0], said)
            assert "Traceback" not in said and "MemoryError" not in said, (name, command[0], said)
            assert said and len(said.splitlines()) <= 2, (name, command[0], said)
            assert any(w in said for w in ("bukan berkas", "terlalu besar", "bukan berkas acara")), said
            figures.append(f"{command[0]:>12} {name:<9} {seconds:4.1f} s  peak<={peak_mb:4.0f} MB")
            assert seconds < 30  # a hang would hit the 60 s timeout; the figures go to the note
    print("\n" + "\n".join(figures))
