"""``humas-desktop --self-test``: prove an installed copy works (event file, backup, xlsx, PDF, Qt)."""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/DejaVuSans.ttf",
    "C:/Windows/Fonts/DejaVuSans.ttf",
)
SAMPLE = "Nur’aini Siti Rahayu, S.I.Kom. — Kompeten (K)"


def find_font() -> Path | None:
    """A bundled TrueType font (resources/fonts), else a DejaVu installed on the system."""
    from humas_desktop.resources import resource_path

    fonts = resource_path("fonts")
    if fonts.is_dir():
        candidates = sorted(p for p in fonts.rglob("*.ttf"))
        regular = [p for p in candidates if re.search(r"(Regular|Sans)\.ttf$", p.name)]
        if regular or candidates:
            return (regular or candidates)[0]
    for name in SYSTEM_FONTS:
        if Path(name).is_file():
            return Path(name)
    return None


def _event(tmp: Path) -> str:
    from humas_desktop.services.check import check_event_file
    from humas_desktop.services.demo import build_demo

    path = ""
    for progress in build_demo(tmp, 3, decided=True, device_id="self-test"):
        path = progress.message
    report = check_event_file(Path(path))
    if not report.ok:
        raise RuntimeError(f"check: {[p['code'] for p in report.problems]}")
    return f"{report.participants} peserta, {report.counts['decision']} keputusan"


def _backup(tmp: Path) -> str:
    from humas_desktop.services.backups import backup_now
    from humas_desktop.services.session import EventSession
    from humas_desktop.storage import backup as store

    event = next((tmp / "events").glob("*.humas"))
    with EventSession(event, device_id="self-test") as session:
        path = backup_now(session.main, "self-test", tmp)
    info = store.describe(path)
    if not info.ok:
        raise RuntimeError("backup did not verify")
    return f"{path.stat().st_size // 1024} KB, quick_check ok"


def _xlsx(tmp: Path) -> str:
    from openpyxl import Workbook, load_workbook

    from humas_desktop.formats.atomic_file import atomic_write

    target = tmp / "uji.xlsx"
    rows = [["No", "Nama", "NIK", "Rekomendasi"]] + [
        [i, f"{SAMPLE} {i}", f"320101010190{i:04d}", "K"] for i in range(1, 21)]
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    with atomic_write(target) as tmp_file:
        wb.save(tmp_file)
    back = load_workbook(target, read_only=True)
    read = [list(r) for r in back.active.iter_rows(values_only=True)]
    back.close()
    if read != rows:
        raise RuntimeError("xlsx read back differently")
    return f"{len(rows)} baris ditulis dan dibaca ulang"


def _pdf(tmp: Path) -> str:
    from fpdf import FPDF

    from humas_desktop.formats.atomic_file import atomic_write

    font = find_font()
    if font is None:
        raise RuntimeError("no TrueType font (resources/fonts or DejaVu)")
    pdf = FPDF(format="A4")
    pdf.add_font("Body", fname=str(font))
    pdf.set_font("Body", size=12)
    pdf.add_page()
    pdf.cell(0, 10, "Humas Desktop — uji mandiri", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 10, SAMPLE, new_x="LMARGIN", new_y="NEXT")
    target = tmp / "uji.pdf"
    with atomic_write(target) as tmp_file:
        pdf.output(str(tmp_file))
    data = target.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:] or pages != 1:
        raise RuntimeError(f"pdf malformed ({pages} pages)")
    if b"/FontFile2" not in data:
        raise RuntimeError("pdf font not embedded")
    return f"1 halaman, {len(data) // 1024} KB, huruf {font.name}"


def _qt(_tmp: Path) -> str:
    from humas_desktop.gui.app import qt_smoke

    return qt_smoke()


STEPS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    ("berkas acara", _event),
    ("cadangan", _backup),
    ("Excel (xlsx)", _xlsx),
    ("PDF", _pdf),
    ("Qt", _qt),
)


def run_self_test() -> int:
    """Run every step in a temporary data directory; print one line each; 0 when all pass."""
    if sys.stdout is None:  # a windowed (no console) Windows bundle: keep the report in a file
        sys.stdout = open(Path(tempfile.gettempdir()) / "humas-desktop-selftest.txt", "w",  # noqa: SIM115
                          encoding="utf-8")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="humas-selftest-") as name:
        tmp = Path(name)
        previous = os.environ.get("HUMAS_DATA_DIR")
        os.environ["HUMAS_DATA_DIR"] = str(tmp)
        try:
            for label, step in STEPS:
                started = time.perf_counter()
                try:
                    detail = step(tmp)
                    status = "OK   "
                except Exception as exc:  # noqa: BLE001 - report every step, then fail
                    failures += 1
                    detail = f"{type(exc).__name__}: {exc}"[:200]
                    status = "GAGAL"
                ms = (time.perf_counter() - started) * 1000
                print(f"{status} {label:<14} {detail} ({ms:.0f} ms)")
        finally:
            if previous is None:
                os.environ.pop("HUMAS_DATA_DIR", None)
            else:
                os.environ["HUMAS_DATA_DIR"] = previous
    frozen = " (bundel)" if getattr(sys, "frozen", False) else ""
    print(f"Uji mandiri{frozen}: {'berhasil' if not failures else f'{failures} langkah gagal'}.")
    return 0 if not failures else 1
