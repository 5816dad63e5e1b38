"""App lock, Verifikasi dialog and Hapus data pribadi, driven through real widgets."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from humas_desktop.formats import cert_payload
from humas_desktop.gui import workers
from humas_desktop.gui.app_lock import LockSettingsDialog
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.verify_dialog import VerifyDialog
from humas_desktop.services import app_lock as store
from humas_desktop.services import lsp_key
from humas_desktop.storage.device import load_or_create_device

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("HUMAS_SHOTS")  # set to a folder to keep screenshots for a look


@pytest.fixture(autouse=True)
def sync_pool() -> object:
    workers.set_pool(workers.SynchronousPool())
    yield
    workers.set_pool(None)


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def test_lock_covers_window_and_needs_the_passphrase(qtbot, data_dir: Path, demo_path: Path) -> None:
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    window.open_event(demo_path)
    window.show()
    lock = window.app_lock
    assert not lock.timer.isActive()  # no passphrase yet: no auto-lock
    assert "Verifikasi sertifikat" in window.menu_help.actions()[0].text()
    assert any("Hapus data pribadi" in a.text() for a in window.menu_event.actions())
    dialog = LockSettingsDialog(data_dir, None, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first, "rahasia-tuk-123")
    qtbot.keyClicks(dialog.second, "rahasia-tuk-124")
    dialog.save()
    assert "tidak sama" in dialog.error.text() and store.load_config(data_dir) is None
    dialog.second.clear()
    qtbot.keyClicks(dialog.second, "rahasia-tuk-123")
    dialog.idle.setValue(3)
    dialog.save()
    config = store.load_config(data_dir)
    assert config is not None and config.idle_minutes == 3
    assert "rahasia" not in (data_dir / store.LOCK_FILE).read_text()
    lock.config = config
    lock._restart_timer()
    assert lock.timer.isActive() and lock.timer.interval() == 180_000

    lock.timer.start(30)  # idle time elapses
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)
    overlay = lock.overlay
    assert overlay.isVisible() and overlay.geometry() == window.rect()
    assert not window.menuBar().isEnabled() and not window.centralWidget().isEnabled()
    window.resize(900, 600)
    assert overlay.geometry() == window.rect()
    shot(window, "locked.png")
    qtbot.keyClicks(overlay.passphrase, "salah")
    qtbot.keyClick(overlay.passphrase, Qt.Key.Key_Return)
    assert lock.locked and "salah" in overlay.error.text().lower()
    qtbot.keyClicks(overlay.passphrase, "rahasia-tuk-123")
    qtbot.mouseClick(overlay.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked and window.menuBar().isEnabled()
    assert window.centralWidget().isEnabled() and lock.timer.isActive()


def test_activity_postpones_auto_lock(qtbot, data_dir: Path) -> None:
    store.set_passphrase(data_dir, "rahasia-tuk-123", 1)
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    window.show()
    lock = window.app_lock
    assert lock.locked and lock.overlay.geometry() == window.rect()  # starts locked
    qtbot.keyClicks(lock.overlay.passphrase, "rahasia-tuk-123")
    qtbot.keyClick(lock.overlay.passphrase, Qt.Key.Key_Return)
    assert not lock.locked
    lock.timer.start(3_000)  # short, but not so short that a loaded machine fires it first
    qtbot.wait(100)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_Down)
    assert lock.timer.remainingTime() > 50_000  # restarted at the full idle time
    assert not lock.locked


def signed_payload(key, valid_days: int = 1000) -> str:  # type: ignore[no-untyped-def]
    p = cert_payload.CertificatePayload(
        "62.0/LSP-HN/2026/000777", "PHM 7325 00777 2026", "SKM-HUMAS-YUNIOR", date.today(),
        date.today() + timedelta(days=valid_days),
        cert_payload.holder_hash("Suparman", "3273010101700001"))
    return cert_payload.encode(p, lsp_key.make_signer(key)(p.body()))


def test_verify_dialog_shows_validity_and_holder(qtbot, data_dir: Path, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    dialog = VerifyDialog(data_dir)
    qtbot.addWidget(dialog)
    assert "Kunci publik LSP belum ada" in dialog.key_label.text()
    lsp_key.export_public(key, lsp_key.default_public_path(data_dir))
    dialog = VerifyDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert lsp_key.public_fingerprint(key.public_key()) in dialog.key_label.text()
    png = tmp_path / "qr.png"
    segno.make(signed_payload(key), error="m").save(png, scale=4)
    dialog.source.setPlainText(str(png))
    qtbot.keyClicks(dialog.holder_name, "SUPARMAN")
    qtbot.keyClicks(dialog.holder_nik, "3273010101700001")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "SAH" in dialog.verdict.text() and "TIDAK" not in dialog.verdict.text()
    assert dialog.details["number"].text() == "62.0/LSP-HN/2026/000777"
    assert dialog.details["scheme"].text() == "SKM-HUMAS-YUNIOR"
    assert "cocok" in dialog.details["holder"].text() and "TIDAK" not in dialog.details["holder"].text()
    shot(dialog, "verify_valid.png")
    text = signed_payload(key)
    dialog.source.setPlainText(text[:20] + ("A" if text[20] != "A" else "B") + text[21:])
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "TIDAK SAH" in dialog.verdict.text()
    dialog.source.setPlainText(signed_payload(key, valid_days=-1))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "TIDAK SAH" in dialog.verdict.text() and "habis" in dialog.verdict.text()
    dialog.source.setPlainText(str(tmp_path / "tidak-ada.png"))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "TIDAK DAPAT DIPERIKSA" in dialog.verdict.text()
    assert "Berkas tidak ditemukan: tidak-ada.png" in dialog.verdict.text()
    shot(dialog, "verify_invalid.png")


def test_purge_action_from_the_menu(qtbot, data_dir: Path, demo_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    window.open_event(demo_path)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: asked.append(a[2]))
    status: list[tuple[str, bool]] = []
    window.statusBar().messageChanged.connect(
        lambda text: status.append((text, window.privacy.purge.action.isEnabled())))
    window.privacy.purge.action.trigger()
    assert "tidak dapat dibatalkan" in asked[0] and "belum ditutup" in asked[0]
    # Progress in the status bar while the worker runs, the menu entry off until it ends.
    assert ("Menghapus data pribadi… 50%", False) in status and status[-1] == ("", True)
    assert "30 peserta" in asked[-1]
    assert window.edb is not None
    nik_left = window.edb.conn.execute("SELECT count(*) FROM participant WHERE nik != ''")
    assert nik_left.fetchone()[0] == 0
    model = window.participants.table.model()
    assert model.index(0, 1).data() == "Asesi 0001"


def test_lsp_key_dialog_creates_then_unlocks(qtbot, data_dir: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from humas_desktop.gui.lsp_key_dialog import LspKeyDialog, export_public_key

    monkeypatch.setattr(lsp_key.create_key, "__kwdefaults__", {"log2_n": 12})
    dialog = LspKeyDialog(data_dir)
    qtbot.addWidget(dialog)
    assert dialog.creating and "Belum ada kunci" in dialog.intro.text()
    qtbot.keyClicks(dialog.passphrase, "frasa sandi LSP panjang")
    qtbot.keyClicks(dialog.repeat, "frasa sandi LSP panjang")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.key is not None and lsp_key.default_public_path(data_dir).exists()
    dialog = LspKeyDialog(data_dir)
    qtbot.addWidget(dialog)
    assert not dialog.creating and not dialog.repeat.isVisible()
    qtbot.keyClicks(dialog.passphrase, "salah")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.key is None and "salah" in dialog.error.text()
    qtbot.keyClicks(dialog.passphrase, "frasa sandi LSP panjang")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.key is not None
    signer = lsp_key.make_signer(dialog.key)
    text = cert_payload.encode(cert_payload.decode(signed_payload(dialog.key))[0],
                               signer(cert_payload.decode(signed_payload(dialog.key))[2]))
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    target = tmp_path / "publik.pem"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert export_public_key(window, data_dir) == target
    from humas_desktop.services.verify import verify_payload

    assert verify_payload(text, lsp_key.load_public_key(target)).valid
