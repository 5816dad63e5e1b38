"""SIGKILL during xlsx, pdf and zip writes: never a half file under the final name."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from humas_desktop.formats.atomic_file import PARTIAL_MARK, atomic_write, remove_partials

CHILD = textwrap.dedent("""
    import sys, zipfile
    from pathlib import Path
    from humas_desktop.formats.atomic_file import atomic_write
    from openpyxl import Workbook
    from fpdf import FPDF
    kind, target = sys.argv[1], Path(sys.argv[2])

    def write_xlsx(tmp):
        wb = Workbook()
        ws = wb.active
        for i in range(4000):
            ws.append([f"Peserta {i}", "3201010101900001", i, "K"])
        wb.save(tmp)

    def write_pdf(tmp):
        pdf = FPDF()
        pdf.add_font("DejaVu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        pdf.set_font("DejaVu", size=9)
        for page in range(40):
            pdf.add_page()
            for line in range(50):
                pdf.cell(0, 5, f"Nur’aini {page}-{line} kompeten", new_x="LMARGIN", new_y="NEXT")
        pdf.output(str(tmp))

    def write_zip(tmp):
        import os
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            for i in range(12):
                zf.writestr(f"part{i}.bin", os.urandom(400_000))

    writer = {"xlsx": write_xlsx, "pdf": write_pdf, "zip": write_zip}[kind]
    n = 0
    while True:
        print("begin", n, flush=True)
        with atomic_write(target) as tmp:
            writer(tmp)
        n += 1
""")


def _valid(kind: str, path: Path) -> bool:
    try:
        if kind == "xlsx":
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True)
            rows = sum(1 for _ in wb.active.iter_rows())
            wb.close()
            return rows == 4000
        if kind == "pdf":
            from pypdf import PdfReader

            return len(PdfReader(str(path)).pages) == 40
        with zipfile.ZipFile(path) as zf:
            return zf.testzip() is None and len(zf.namelist()) == 12
    except Exception:  # noqa: BLE001 - any failure to read means a broken file
        return False


@pytest.mark.parametrize("kind", ["xlsx", "pdf", "zip"])
def test_sigkill_mid_write_leaves_no_half_file(tmp_path: Path, kind: str) -> None:
    rng = random.Random(kind)
    root = Path(__file__).resolve().parents[2]
    partials_seen = 0
    for attempt in range(3):
        folder = tmp_path / f"{kind}{attempt}"
        folder.mkdir()
        target = folder / f"rekap.{kind}"
        child = subprocess.Popen([sys.executable, "-c", CHILD, kind, str(target)], cwd=root,
                                 stdout=subprocess.PIPE, text=True)
        try:
            assert child.stdout is not None
            wanted = attempt % 2  # kill during the first write (no file yet) or the second
            while child.stdout.readline().split() != ["begin", str(wanted)]:
                pass
            # Some writes finish in ~0.1 s: kill early enough to land inside one.
            import time

            time.sleep(rng.uniform(0.0, 0.08))
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            # The kill landed inside the write of the last 'begin' the child printed.
            last = wanted
            for line in child.stdout.read().splitlines():
                if line.startswith("begin"):
                    last = int(line.split()[1])
        finally:
            child.kill()
            child.wait()
            if child.stdout is not None:
                child.stdout.close()
        assert target.exists() == (last >= 1)
        if target.exists():
            assert _valid(kind, target), f"half-written {kind} under its final name"
        partials = [p for p in folder.iterdir() if PARTIAL_MARK in p.name]
        partials_seen += len(partials)
        assert remove_partials(folder) == partials
        assert [p.name for p in folder.iterdir()] in ([], [target.name])
    if kind != "pdf":  # fpdf2 renders in memory and writes in one go: its temp file lives briefly
        assert partials_seen >= 1, "no kill landed while the file was being written"


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
