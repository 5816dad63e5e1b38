"""Registri LSP window and the GUI close against the registry, driven with real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from humas_desktop.gui import workers
from humas_desktop.gui.close_dialog import CloseDialog
from humas_desktop.gui.registry_window import registry_location
from humas_desktop.services import close_session as cs
from humas_desktop.services import registry as svc
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.gui.windows import open_window

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _sync_pool() -> Iterator[None]:
    workers.set_pool(workers.SynchronousPool())
    yield
    workers.set_pool(None)


def _close_in_dialog(qtbot, path: Path, base: Path) -> list[str]:  # type: ignore[no-untyped-def]
    with open_event(path, device_id="t", actor="coordinator") as edb:
        dialog = CloseDialog(edb, registry_location=registry_location(base))
        qtbot.addWidget(dialog)
        if (base / "registry.sqlite").exists():  # the LSP's codes come from its registry
            assert (dialog.bidang.text(), dialog.lisensi.text()) == ("HMS", "1926")
            assert dialog.verify_url.text() == "https://lsp.example/verifikasi/"
        else:
            qtbot.keyClicks(dialog.bidang, "HMS")
            qtbot.keyClicks(dialog.lisensi, "1926")
            # Without the verification address the registry numbers nothing (#22).
            qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
            dialog.confirm_yes.click()
            assert not cs.is_closed(edb) and "alamat halaman verifikasi" in dialog.status.text()
            assert not (base / "registry.sqlite").exists()
            qtbot.keyClicks(dialog.verify_url, "https://lsp.example/verifikasi/")
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        dialog.confirm_yes.click()  # the confirmation (#24)
        assert cs.is_closed(edb), dialog.status.text()
        return [c.number for c in repo.list_certificates(edb)]


def test_gui_close_numbers_from_the_registry_and_the_window_finds_them(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    base = tmp_path / "data"
    first, second = (make_demo(base, participants=4, decided=True) for _ in range(2))
    one = _close_in_dialog(qtbot, first, base)
    assert (base / "registry.sqlite").exists()  # the embedded default, created with no set-up
    asked: list[str] = []

    def confirm(parent, title, label, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(label)
        return "sertifikasi ulang atas permintaan instansi", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(confirm))
    two = _close_in_dialog(qtbot, second, base)
    assert asked and "sertifikat aktif pada skema yang sama" in asked[0]
    assert len(set(one + two)) == len(one) + len(two)  # never the same number twice

    window = open_window(qtbot, first, base)
    texts = [a.text() for a in window.menu_event.actions()]
    assert "Registri LSP…" in texts
    reg = window.registry.open()
    qtbot.addWidget(reg)
    assert reg.table.rowCount() == len(one) + len(two)
    with open_event(first, device_id="t") as edb:
        cert = repo.list_certificates(edb)[0]
        person = repo.get_participant(edb, cert.participant_id)
    # by number
    reg.search.setText(cert.number)
    qtbot.mouseClick(reg.search_button, Qt.MouseButton.LeftButton)
    assert reg.table.rowCount() == 1 and reg.table.item(0, 0).text() == cert.number
    assert person.nik not in reg.table.item(0, 3).text()  # lists show the last digits only
    assert reg.table.item(0, 3).text().endswith(person.nik[-4:])
    # by name (any case) and by the last NIK digits: the holder in both events
    reg.search.setText(person.name.lower())
    qtbot.mouseClick(reg.search_button, Qt.MouseButton.LeftButton)
    assert reg.table.rowCount() == 2
    reg.search.setText(person.nik[-6:])
    qtbot.mouseClick(reg.search_button, Qt.MouseButton.LeftButton)
    assert {reg.table.item(r, 2).text() for r in range(reg.table.rowCount())} == {person.name}
    # holder history
    reg.table.selectRow(0)
    qtbot.mouseClick(reg.history_button, Qt.MouseButton.LeftButton)
    assert reg.table.rowCount() == 2 and "Riwayat" in reg.status.text()
    # revoke with a reason
    reg.search.setText(cert.number)
    qtbot.mouseClick(reg.search_button, Qt.MouseButton.LeftButton)
    reg.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("ijazah palsu", True)))
    qtbot.mouseClick(reg.revoke_button, Qt.MouseButton.LeftButton)
    assert reg.table.item(0, 7).text() == "Dicabut"
    store = svc.open_registry(registry_location(base))
    try:
        revoked = store.by_number(cert.number)[0]
        assert revoked.status == "revoked" and revoked.status_reason == "ijazah palsu"
    finally:
        store.close()
    # due list: everything active expires within 120 months, nothing within 1
    reg.months.setValue(120)
    qtbot.mouseClick(reg.due_button, Qt.MouseButton.LeftButton)
    assert reg.table.rowCount() == len(one) + len(two) - 1
    reg.months.setValue(1)
    qtbot.mouseClick(reg.due_button, Qt.MouseButton.LeftButton)
    assert reg.table.rowCount() == 0
    # publish the closed event that is open in the window
    qtbot.mouseClick(reg.publish_button, Qt.MouseButton.LeftButton)
    assert "dipublikasikan" in reg.status.text()
    store = svc.open_registry(registry_location(base))
    try:
        assert [e[0] for e in store.published_events()] == [repo.load_event(window.edb).id]
    finally:
        store.close()


def test_registry_location_in_pengaturan(qtbot, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    base = tmp_path / "data"
    base.mkdir()
    window = open_window(qtbot, base=base)
    assert "Lokasi registri LSP…" in [a.text() for a in window.menu_settings.actions()]
    assert registry_location(base) == str(base / "registry.sqlite")
    office = "postgresql://humas:rahasia@127.0.0.1:9/lsp?connect_timeout=2"  # nothing listens
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (office, True)))
    window.registry.action_location.trigger()
    assert registry_location(base) == office
    assert "rahasia" not in window.statusBar().currentMessage()
    # an unreachable server: one message in the window, no traceback
    reg = window.registry.open()
    qtbot.addWidget(reg)
    assert "postgresql://humas@127.0.0.1:9/lsp" in reg.where.text()
    assert "tidak dapat dihubungi" in reg.status.text() and reg.table.rowCount() == 0


def test_the_window_shows_the_blanko_serial_recorded_for_a_certificate(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 15: the serial of the BNSP blanko is in the registry; the window shows it (on
    89d5f16 and main before this there was no such column)."""
    from humas_desktop.services import blanko

    base = tmp_path / "data"
    path = make_demo(base, participants=3, decided=True)
    numbers = _close_in_dialog(qtbot, path, base)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        store = blanko.registry_for_event(edb, registry_location(base))
        assert store is not None
        try:
            done = blanko.record_serial(edb, numbers[0], "BNSP 000123", store=store)
        finally:
            store.close()
    assert done.in_registry
    window = open_window(qtbot, path, base)
    reg = window.registry.open()
    qtbot.addWidget(reg)
    headers = [reg.table.horizontalHeaderItem(c).text() for c in range(reg.table.columnCount())]
    col = headers.index("No. Blanko")
    shown = {reg.table.item(r, 0).text(): reg.table.item(r, col).text()
             for r in range(reg.table.rowCount())}
    assert shown[numbers[0]] == done.serial
    assert all(shown[n] == "" for n in numbers[1:])  # not recorded yet: left empty
