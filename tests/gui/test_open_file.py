"""``humas-desktop FILE`` (what a double-click passes) opens an event file or a package; the
desktop entry and the Windows installer register .humas and .humaspkg."""

from __future__ import annotations

import configparser
from pathlib import Path
from typing import Any

import pytest

from humas_desktop.cli import main
from humas_desktop.gui import app as gui_app
from humas_desktop.gui import workers
from tests.conftest import make_demo
from tests.services.laptops import setup_venue

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []

    def fake_run(base: Path, event_path: Path | None = None, lang: str | None = None,
                 package: Path | None = None) -> int:
        seen.append({"event": event_path, "package": package})
        return 0

    monkeypatch.setattr(gui_app, "run", fake_run)
    return seen


def test_bare_file_argument_opens_it_in_the_gui(runs, data_dir: Path, tmp_path: Path,
                                                capsys) -> None:
    event = make_demo(data_dir, participants=2)
    package = tmp_path / "paket-01-wahyuni.humaspkg"
    package.write_bytes(b"PK\x03\x04 not really")
    assert main(["--data-dir", str(data_dir), str(event)]) == 0
    assert main([str(package), "--data-dir", str(data_dir)]) == 0
    assert main(["--data-dir", str(data_dir), "--lang", "en", "gui", str(event)]) == 0
    assert runs == [{"event": event, "package": None}, {"event": None, "package": package},
                    {"event": event, "package": None}]
    assert main(["--data-dir", str(data_dir), str(tmp_path / "hilang.humas")]) == 1
    assert "berkas tidak ditemukan: hilang.humas" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "check", str(event)]) == 0  # commands still commands


def test_start_with_a_handout_package_opens_the_working_copy(qtbot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from humas_desktop.storage import packages_store, trusted_keys

    venue = setup_venue(tmp_path, participants=4)
    lap, own = venue.assessors[0], venue.assessor_rows[0]
    # This laptop already trusts the coordinator (the pairing dialog: tests/gui/test_pairing.py);
    # "Paket untuk <asesor>: N asesi" after opening is asserted there too.
    with venue.coordinator.open() as edb:
        event_id = str(packages_store.event_id(edb.conn))
    trusted_keys.pin(lap.base, event_id, venue.coordinator.device.fingerprint)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    workers.set_pool(None)
    started = gui_app.start(lap.base, package=venue.handouts[own.id])
    try:
        window = started.window
        assert window is not None
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.edb is not None, timeout=15_000)
        assert window.edb.path.name.startswith("asesor-") and window.edb.actor == own.id
    finally:
        workers.QThreadPool.globalInstance().waitForDone(10_000)
        if started.window is not None and started.window.edb is not None:
            started.window.edb.close()
            started.window.edb = None
        started.instance.release()


def test_desktop_entry_and_installer_register_both_file_types() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "humas-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split() == ["humas-desktop", "%f"]
    types = set(filter(None, desktop["MimeType"].split(";")))
    assert types == {"application/x-humas-event", "application/x-humas-package"}
    mime = (ROOT / "packaging" / "humas-desktop-mime.xml").read_text(encoding="utf-8")
    assert '<glob pattern="*.humas"/>' in mime and '<glob pattern="*.humaspkg"/>' in mime
    iss = (ROOT / "packaging" / "windows" / "humas-desktop.iss").read_text(encoding="utf-8")
    assert "ChangesAssociations=yes" in iss
    for ext, prog_id in ((".humas", "HumasDesktop.Event"), (".humaspkg", "HumasDesktop.Package")):
        assert f'Subkey: "Software\\Classes\\{ext}"; ValueType: string; ValueName: ""; ' \
               f'ValueData: "{prog_id}"' in iss
        assert f'Subkey: "Software\\Classes\\{prog_id}\\shell\\open\\command"' in iss
    assert '""{app}\\{#AppExe}"" ""%1""' in iss


def test_an_encrypted_results_package_opened_on_the_coordinator_is_merged(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A double-click (or a forwarded second launch) on an encrypted "Kirim hasil" package: its kind
    # is only known after decrypting, and it must still reach the merge, asking the passphrase once.
    from PySide6.QtWidgets import QMessageBox

    from humas_desktop.gui.main_window import MainWindow
    from humas_desktop.services.assessor_laptop import write_results
    from tests.services.laptops import score_and_send

    venue = setup_venue(tmp_path, participants=4)
    score_and_send(venue, 0)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    secret = "nasi liwet di aula kecamatan"
    out = tmp_path / "kirim-terenkripsi"
    out.mkdir()
    with lap.open(actor=row.id) as edb:
        package = write_results(edb, lap.device, out, passphrase=secret)
    coord = venue.coordinator
    window = MainWindow(coord.base, coord.device)
    qtbot.addWidget(window)
    assert coord.event_path is not None and window.open_event(coord.event_path)
    asked: list[str] = []
    warnings: list[str] = []
    monkeypatch.setattr(window.ctx.prompter, "secret", lambda *a: asked.append(a[1]) or secret)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    workers.set_pool(workers.SynchronousPool())
    try:
        gui_app._open_file(window, coord.base, package)
        qtbot.waitUntil(lambda: window.packages.merge_report is not None or bool(warnings), timeout=15_000)
    finally:
        workers.set_pool(None)
    assert not warnings, warnings
    report = window.packages.merge_report
    assert report is not None and report.table.item(0, 1).text() == "Digabung"
    assert int(report.table.item(0, 2).text()) == 2
    assert len(asked) == 1
