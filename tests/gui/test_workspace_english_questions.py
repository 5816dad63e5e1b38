"""The workspace shows a scheme's questions in the UI language: English where the scheme has an
English text (``text_en``), Indonesian in the Indonesian UI and when the scheme has no English."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from humas_desktop.gui.app import install_translator, remove_translator
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.resources import resource_path
from humas_desktop.services.demo import build_demo, load_demo_scheme
from humas_desktop.storage.device import load_or_create_device

pytestmark = pytest.mark.gui

DEMO_QUESTIONS = json.loads(resource_path("schemes", "humas-yunior.json").read_text("utf-8"))[
    "questions"]


@pytest.fixture
def ui_language(request) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    # The laptop's own language is English (common on Windows installs): the UI language the
    # user chose decides, not the system's.
    QLocale.setDefault(QLocale(QLocale.Language.English))
    install_translator(app, request.param)
    try:
        yield request.param
    finally:
        remove_translator(app)
        QLocale.setDefault(before)


def open_window(qtbot, data_dir: Path, event: Path) -> MainWindow:
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    assert window.open_event(event)
    window.show()
    qtbot.waitExposed(window)
    table = window.participants.table
    index = table.model().index(0, 1)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    qtbot.waitUntil(lambda: bool(window.interview.cards) and window.interview.body.isVisible())
    return window


def card_texts(window: MainWindow, index: int) -> list[str]:
    """What the assessor reads on the card of question ``index`` (every label on it)."""
    return [label.text() for label in window.interview.cards[index].findChildren(QLabel)]


def event_with(data_dir: Path, english: bool) -> Path:
    scheme, sha = load_demo_scheme()
    if not english:
        for q in scheme.questions:
            if hasattr(q, "text_en"):  # a scheme file without English question texts
                q.text_en = ""
        for u in scheme.units:
            u.title_en = ""
        scheme.title_en = ""
    path = ""
    for progress in build_demo(data_dir, 3, False, device=load_or_create_device(data_dir),
                               scheme_and_sha=(scheme, sha)):
        path = progress.message
    return Path(path)


@pytest.mark.parametrize("ui_language", ["en"], indirect=True)
def test_english_ui_shows_the_schemes_english_questions(qtbot, data_dir: Path, ui_language) -> None:
    window = open_window(qtbot, data_dir, event_with(data_dir, english=True))
    for index in (0, 2, len(DEMO_QUESTIONS) - 1):
        english = DEMO_QUESTIONS[index].get("text_en", "")
        assert english, "the demo scheme carries no English question text"
        texts = card_texts(window, index)
        assert english in texts
        assert DEMO_QUESTIONS[index]["text"] not in texts
    section = window.interview.sections[0]
    assert section.title().endswith(section.unit.title_en)


@pytest.mark.parametrize("ui_language", ["id"], indirect=True)
def test_indonesian_ui_shows_the_indonesian_questions(qtbot, data_dir: Path, ui_language) -> None:
    window = open_window(qtbot, data_dir, event_with(data_dir, english=True))
    for index in (0, 2, len(DEMO_QUESTIONS) - 1):
        texts = card_texts(window, index)
        assert DEMO_QUESTIONS[index]["text"] in texts
        assert all(DEMO_QUESTIONS[index].get("text_en", "\x00") not in t for t in texts)
    section = window.interview.sections[0]
    assert section.title().endswith(section.unit.title_id)


@pytest.mark.parametrize("ui_language", ["en"], indirect=True)
def test_scheme_without_english_falls_back_to_indonesian(qtbot, data_dir: Path,
                                                         ui_language) -> None:
    window = open_window(qtbot, data_dir, event_with(data_dir, english=False))
    assert window.windowTitle()  # the English UI is on: menus are English
    assert window.menuBar().actions()[0].text() != "&Berkas"
    for index in (0, 2, len(DEMO_QUESTIONS) - 1):
        assert DEMO_QUESTIONS[index]["text"] in card_texts(window, index)
    section = window.interview.sections[0]
    assert section.title().endswith(section.unit.title_id)
    assert window.scoring.units[0].toolTip() == window.scoring.units[0].unit.title_id
