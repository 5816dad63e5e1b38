"""Issue #16: ``humas-desktop FILE`` while the app already runs (a double-click in the file manager)
hands FILE to the running window: an event file is opened there, a package goes through the
open-package flow. The second launch is a real process (``python -m humas_desktop``) talking to
the first over the real QLocalServer/QLocalSocket; it must end at once, quietly, whatever the
running window then asks the user (a passphrase, the pairing code, a refusal)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox, QWidget

from humas_desktop.gui import app as gui_app
from humas_desktop.gui import workers
from humas_desktop.gui.pairing_dialog import PairingDialog
from humas_desktop.services import handout
from humas_desktop.services.handout import pairing_code
from tests.conftest import make_demo
from tests.services.laptops import setup_venue

# Raising the window is all the offscreen platform cannot do (it says so); everything else counts.
# Each test starts a second Python process (a few seconds): the slow/subprocess step of CI.
pytestmark = [pytest.mark.gui, pytest.mark.slow,
              pytest.mark.qt_log_ignore("This plugin does not support raise")]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def first_app(qtbot) -> Iterator[Callable[..., Any]]:  # type: ignore[no-untyped-def]
    """Start the first (real) instance in this process; released at the end."""
    started: list[Any] = []

    def start(base: Path, event_path: Path | None = None) -> Any:
        workers.set_pool(None)
        s = gui_app.start(base, event_path)
        started.append(s)
        assert s.window is not None
        qtbot.addWidget(s.window)
        qtbot.waitUntil(lambda: s.instance.server is not None and s.instance.server.isListening(),
                        timeout=10_000)
        return s

    yield start
    workers.QThreadPool.globalInstance().waitForDone(10_000)
    for s in started:
        if s.window is not None and s.window.edb is not None:
            s.window.edb.close()
            s.window.edb = None
        s.instance.release()


def second_launch(base: Path, file: Path) -> subprocess.Popen[str]:
    """What a double-click runs: ``humas-desktop --data-dir BASE FILE``."""
    return subprocess.Popen([sys.executable, "-m", "humas_desktop", "--data-dir", str(base), str(file)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def finish(qtbot, proc: subprocess.Popen[str], timeout_ms: int = 30_000) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """Keep the first instance's event loop running until the second launch ends."""
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=timeout_ms)
    finally:
        if proc.poll() is None:
            proc.kill()
        _out, err = proc.communicate(timeout=30)
    return int(proc.returncode), err


def answer_later(ready: Callable[[], bool], find: Callable[[QWidget], bool], act: Callable[[Any], None],
                 patience_s: float = 8.0) -> None:
    """When ``ready()`` (or after ``patience_s``), act on the first visible top-level widget that
    ``find`` accepts: a user who looks at the running window only after the double-click is done."""
    since = time.monotonic()

    def poll() -> None:
        if not ready() and time.monotonic() - since < patience_s:
            QTimer.singleShot(50, poll)
            return
        found = [w for w in QApplication.topLevelWidgets() if w.isVisible() and find(w)]
        if not found:
            QTimer.singleShot(50, poll)
            return
        act(found[0])

    QTimer.singleShot(50, poll)


def test_second_launch_with_an_event_file_opens_it_in_the_running_window(
        qtbot, first_app, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    first_event = make_demo(data_dir, participants=2)
    other_event = make_demo(data_dir, participants=3)
    started = first_app(data_dir, first_event)
    window = started.window
    assert window.edb is not None and window.edb.path == first_event
    proc = second_launch(data_dir, other_event)
    code, err = finish(qtbot, proc)
    assert code == 0 and "sudah berjalan" in err
    qtbot.waitUntil(lambda: window.edb is not None and window.edb.path == other_event, timeout=15_000)
    assert window.participants.table.model().rowCount() == 3


def test_second_launch_is_answered_while_the_running_window_still_asks(
        qtbot, first_app, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    # A file that cannot be opened: the running window says so (a message box the user must
    # close); the second launch must not wait for that, nor claim "not answering".
    first_event = make_demo(data_dir, participants=2)
    broken = data_dir / "bukan-acara.humas"
    broken.write_bytes(b"ini bukan berkas acara Humas " * 40)
    started = first_app(data_dir, first_event)
    window = started.window
    proc = second_launch(data_dir, broken)
    seen: list[str] = []

    def close_box(box: Any) -> None:
        seen.append(box.text())
        box.close()

    answer_later(lambda: proc.poll() is not None, lambda w: isinstance(w, QMessageBox), close_box)
    code, err = finish(qtbot, proc)
    assert code == 0, err
    assert "tidak menjawab" not in err
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    assert "bukan-acara.humas" in seen[0]
    assert window.edb is not None and window.edb.path == first_event  # the open event stays


def test_second_launch_with_an_encrypted_handout_runs_the_open_package_flow(
        qtbot, first_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    venue = setup_venue(tmp_path, participants=4)
    lap, own = venue.assessors[0], venue.assessor_rows[0]
    secret = "teh manis hangat di balai desa"
    with venue.coordinator.open() as edb:
        [result] = handout.handout_all(edb, venue.coordinator.device, tmp_path / "stick-enc", [own.id],
                                       passphrase=secret)
    code = pairing_code(venue.coordinator.device.fingerprint)
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    started = first_app(lap.base)  # the assessor's laptop, nothing open yet
    window = started.window
    assert window.edb is None
    proc = second_launch(lap.base, result.path)
    asked: list[str] = []

    def type_passphrase(dialog: Any) -> None:
        asked.append("passphrase")
        dialog.setTextValue(secret)
        dialog.accept()

    def type_code(dialog: Any) -> None:
        asked.append(dialog.fingerprint.text())
        dialog.code.setText(code)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_later(lambda: proc.poll() is not None, lambda w: isinstance(w, QInputDialog), type_passphrase)
    answer_later(lambda: proc.poll() is not None, lambda w: isinstance(w, PairingDialog), type_code)
    status, err = finish(qtbot, proc)
    assert status == 0, err
    assert "sudah berjalan" in err and "tidak menjawab" not in err
    qtbot.waitUntil(lambda: bool(infos), timeout=20_000)
    assert asked[0] == "passphrase" and venue.coordinator.device.fingerprint in asked[1]
    assert infos == [f"Paket untuk {own.name}: 2 asesi"]
    assert window.edb is not None and window.edb.actor == own.id
    assert "salinan kerja" in window.windowTitle()
