"""What the 1366x768 screenshots of a venue day showed (#24, third look): header texts cut by the
sort mark, a trailing "·" for an event without a TUK, code boxes squeezed to a sliver, and Tutup
sesi growing past the screen once 40 certificate numbers are listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QHeaderView

from humas_desktop.gui import workers
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo

pytestmark = pytest.mark.gui

# A 1366x768 laptop: the height a dialog may take once the title bar is drawn (screen_fit).
SCREEN_HEIGHT = 768 - 48


def _cut_headers(header: QHeaderView, skip: set[int] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Header sections narrower than their text plus the sort mark (what Qt needs to draw it)."""
    model = header.model()
    cut = []
    for col in range(header.count()):
        if col in skip or header.isSectionHidden(col):
            continue
        if header.sectionSize(col) < header.sectionSizeFromContents(col).width():
            cut.append(str(model.headerData(col, header.orientation())))
    return cut


def test_participant_list_headers_show_text_and_sort_mark(qtbot, data_dir: Path) -> None:
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(make_demo(data_dir, participants=12))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    header = window.participants.table.horizontalHeader()
    m = window.participants.model
    sized = {m.COL_NO, m.COL_STATUS, m.COL_ATTENDANCE}  # the columns sized to their contents
    assert _cut_headers(header, skip=set(range(header.count())) - sized) == []


def test_status_bar_names_an_event_without_tuk_without_a_dangling_dot(qtbot, data_dir: Path) -> None:
    from humas_desktop.storage import repository as repo
    from humas_desktop.storage.db import open_event

    path = make_demo(data_dir, participants=2)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        event = repo.load_event(edb)
        event.tuk_name = ""  # an event made without a TUK name (Acara baru leaves it optional)
        repo.save_event(edb, event)
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(path)
    text = window.event_label.text()
    assert not text.rstrip().endswith("·") and "·  ·" not in text and "· ·" not in text
    assert text.startswith("Demo") and "LSP Humas Nusantara" in text


def test_registry_headers_are_not_cut(qtbot, data_dir: Path) -> None:
    from humas_desktop.gui.registry_window import RegistryWindow

    workers.set_pool(workers.SynchronousPool())
    try:
        window = MainWindow(data_dir, load_or_create_device(data_dir))
        qtbot.addWidget(window)
        assert window.open_event(make_demo(data_dir, participants=2))
        registry = RegistryWindow(window.ctx, window)
        qtbot.addWidget(registry)
        registry.show()
        header = registry.table.horizontalHeader()
        assert _cut_headers(header, skip={header.count() - 1}) == []
    finally:
        workers.set_pool(None)


def test_document_settings_code_boxes_show_a_whole_line(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from humas_desktop.gui.document_settings_dialog import DocumentSettingsDialog

    dialog = DocumentSettingsDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for key, box in dialog.code_lists.items():
        fm = box.fontMetrics()
        line = box.placeholderText() or "x"
        assert box.viewport().width() >= fm.horizontalAdvance(line), (key, box.viewport().width())
    # Its smallest size fits a 1366x768 screen with a title bar: Simpan and Batal stay in reach.
    assert dialog.minimumSizeHint().height() <= SCREEN_HEIGHT


@pytest.mark.slow
@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry (#21)
def test_close_dialog_with_forty_numbers_stays_within_a_laptop_screen(qtbot, tmp_path: Path) -> None:
    from humas_desktop.gui.close_dialog import CloseDialog
    from humas_desktop.services import close_session as cs
    from humas_desktop.storage import repository as repo
    from humas_desktop.storage.db import open_event

    path = make_demo(tmp_path / "data", participants=40, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        dialog = CloseDialog(edb)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.bidang, "HMS")
        qtbot.keyClicks(dialog.lisensi, "001")
        dialog._confirm_all()
        dialog.close_session()
        dialog.confirm_yes.click()
        assert cs.is_closed(edb) and len(repo.list_certificates(edb)) > 25
        # The dialog's smallest size fits a 1366x768 screen, buttons included.
        assert dialog.minimumSizeHint().height() <= SCREEN_HEIGHT


def test_registry_window_without_a_registry_points_to_the_gui_not_a_command(qtbot, data_dir: Path) -> None:
    from humas_desktop.gui.registry_window import RegistryWindow

    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    assert window.open_event(make_demo(data_dir, participants=2))
    registry = RegistryWindow(window.ctx, window)
    qtbot.addWidget(registry)
    text = registry.status.text()
    # The embedded registry is made by the first Tutup sesi: a coordinator is not sent to a shell.
    assert "humas-desktop" not in text and "registry init" not in text
    assert "Tutup sesi" in text



def test_long_unit_titles_do_not_scroll_the_interview_sideways(qtbot, data_dir: Path) -> None:
    from PySide6.QtCore import Qt

    from humas_desktop.services.demo import build_demo
    from humas_desktop.services.demo_schemes import scheme_with_units

    device = load_or_create_device(data_dir)
    path = ""
    for progress in build_demo(data_dir, 4, False, device=device, scheme_and_sha=scheme_with_units(18)):
        path = progress.message
    window = MainWindow(data_dir, device)
    qtbot.addWidget(window)
    assert window.open_event(Path(path))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    table = window.participants.table
    model = table.model()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(model.index(0, 1)).center())
    qtbot.wait(50)
    sections = window.interview.sections
    longest = max(sections, key=lambda s: s.fontMetrics().horizontalAdvance(s.title()))
    # The scheme has unit titles wider than the panel (KOM.PR01.013.01 — ... (lanjutan 2)) ...
    assert longest.fontMetrics().horizontalAdvance(longest.title()) > 0
    # ... yet the interview never scrolls sideways at 1366x768, and each title is whole.
    assert window.interview.scroll_area.horizontalScrollBar().maximum() == 0
    for section in sections:
        assert section.title() == f"{section.unit.code} — {section.unit.title_id}"
