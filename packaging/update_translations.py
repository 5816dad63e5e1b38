"""Refresh resources/translations/humas_en.ts from the GUI sources and compile humas_en.qm.

Run from the repository root: ``python3 packaging/update_translations.py``. Existing English
translations are kept; new source strings appear as unfinished until someone translates them
(tests/gui/test_translations.py fails while any is missing).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "humas_en.ts"
QM = TS.with_suffix(".qm")


def gui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "humas_desktop" / "gui").rglob("*.py"))


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} tidak ditemukan (pasang PySide6).")
    return found


def main() -> int:
    subprocess.run([tool("lupdate"), *gui_sources(), "-no-obsolete", "-target-language", "en",
                    "-ts", str(TS.relative_to(ROOT))], check=True, cwd=ROOT)
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(QM)], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
