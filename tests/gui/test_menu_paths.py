"""Every "Menu → Item" a message, an empty state or the printed slip tells a user to click exists
in the main window's menus, under that menu. A path that names the wrong menu sends a coordinator
hunting at the venue (the pairing message said "Berkas → Buka paket tugas"; it is under Acara)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from humas_desktop.gui.main_window import MainWindow
from humas_desktop.storage.device import load_or_create_device

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2] / "humas_desktop"
PATH = re.compile(r"(Berkas|Acara|Penilaian|Pengaturan|Bantuan) (?:→|\\u2192) ([A-Z][^.,;:\"'\n\\]*)")


def _clean(text: str) -> str:
    text = text.replace("&", "").replace("…", "").replace("...", "")
    return re.sub(r"\s*\([^)]*\)", "", text).strip()


def _quoted_paths() -> set[tuple[str, str, str]]:
    found: set[tuple[str, str, str]] = set()
    files = [ROOT / "messages.py", ROOT / "formats" / "pdf" / "handout_slip.py", *(ROOT / "gui").glob("*.py")]
    for path in files:
        if path.name == "message_catalog.py":  # generated from messages.py
            continue
        for menu, item in PATH.findall(path.read_text(encoding="utf-8")):
            found.add((path.name, menu, _clean(item)))
    return found


def test_every_menu_path_a_user_is_told_exists(qtbot, data_dir: Path) -> None:
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    menus: dict[str, list[str]] = {}
    for action in window.menuBar().actions():
        if action.menu() is not None:
            menus[_clean(action.text())] = [_clean(a.text()) for a in action.menu().actions() if a.text()]
    paths = _quoted_paths()
    assert len(paths) >= 8  # the scan finds them
    wrong = [f"{where}: {menu} → {item}" for where, menu, item in sorted(paths)
             if not any(item.startswith(entry) for entry in menus.get(menu, []) if entry)]
    assert not wrong, f"menu paths that do not exist (menus: {menus}):\n" + "\n".join(wrong)
