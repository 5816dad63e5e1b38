"""Issue #22 in the GUI: after Tutup sesi the export signs certificates by default (or writes a
DRAF draft, or refuses with the line that says how); the verify dialog says which revocation
list it checked and sees a revocation made in the registry at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from humas_desktop.formats import cert_payload
from humas_desktop.formats.qr_image import read_qr_texts
from humas_desktop.gui import workers
from humas_desktop.gui.export_dialog import ExportDialog
from humas_desktop.gui.lsp_key_dialog import LspKeyDialog
from humas_desktop.gui.verify_dialog import VerifyDialog
from humas_desktop.services import lsp_key
from tests.gui.test_close_export_dialogs import _window_with
from tests.services.test_registry_close import _cli
from tests.services.test_verify_certificate_truth import PASSPHRASE, VERIFY_URL, _closed, _registry

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _sync_pool() -> Iterator[None]:
    workers.set_pool(workers.SynchronousPool())
    yield
    workers.set_pool(None)


def _export(qtbot, dialog: ExportDialog, out: Path) -> None:  # type: ignore[no-untyped-def]
    for kind, box in dialog.boxes.items():
        box.setChecked(kind == "certificates")
    dialog.folder.setText(str(out))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)


def test_export_after_close_signs_by_default_and_verify_sees_a_revocation(
        qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    base = tmp_path / "data"
    location = _registry(capsys, base, "--verify-url", VERIFY_URL)
    event = _closed(capsys, base, location)
    monkeypatch.setenv("HUMAS_REGISTRY", location)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    key = lsp_key.create_key(lsp_key.default_key_path(base), PASSPHRASE, log2_n=10)
    lsp_key.export_public(key, lsp_key.default_public_path(base))
    window = _window_with(qtbot, event)
    dialog = ExportDialog(window.ctx)
    qtbot.addWidget(dialog)
    # Observed on da7ae9f: "Tandatangani kode QR" unticked after Tutup sesi.
    assert dialog.sign.isChecked() and not dialog.draft.isChecked()
    # Unticked without asking for a draft: refused with the line that says how.
    dialog.sign.setChecked(False)
    _export(qtbot, dialog, tmp_path / "unsigned")
    assert "kunci LSP" in dialog.status.text() and "DRAF" in dialog.status.text()
    assert not (tmp_path / "unsigned" / "sertifikat.pdf").exists()
    # A draft on request: no signature, watermarked.
    dialog.draft.setChecked(True)
    _export(qtbot, dialog, tmp_path / "draft")
    texts = read_qr_texts(tmp_path / "draft" / "sertifikat.pdf")
    assert texts and all(t.startswith("HD1U.") for t in texts)
    # Signed (the key dialog unlocks the LSP key).
    dialog.sign.setChecked(True)
    assert not dialog.draft.isChecked()
    monkeypatch.setattr(LspKeyDialog, "ask", classmethod(lambda cls, parent, base: key))
    _export(qtbot, dialog, tmp_path / "signed")
    urls = read_qr_texts(tmp_path / "signed" / "sertifikat.pdf")
    assert urls and all(u.startswith(VERIFY_URL + "#HD1S.") for u in urls)
    # The verify dialog checks the registry's list and says so; a revocation shows at once.
    verify = VerifyDialog(base)
    qtbot.addWidget(verify)
    verify.source.setPlainText(urls[0])
    qtbot.mouseClick(verify.check_button, Qt.MouseButton.LeftButton)
    assert "SAH" in verify.verdict.text() and "TIDAK" not in verify.verdict.text()
    assert "registri LSP" in verify.details["revocations"].text()
    assert "urutan 0" in verify.details["revocations"].text()
    number = cert_payload.decode(urls[0])[0].number
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "revoke", number,
                        "--reason", "data palsu", "--registry", location)
    assert code == 0, err
    qtbot.mouseClick(verify.check_button, Qt.MouseButton.LeftButton)
    assert "TIDAK SAH" in verify.verdict.text() and "dicabut" in verify.verdict.text()
    assert "urutan 1" in verify.details["revocations"].text()


def test_verify_dialog_says_when_no_list_was_checked(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.gui.test_privacy_gui import signed_payload

    monkeypatch.delenv("HUMAS_REGISTRY", raising=False)
    base = tmp_path / "verifier"
    key = lsp_key.create_key(tmp_path / "k.hdkey", PASSPHRASE, log2_n=10)
    lsp_key.export_public(key, lsp_key.default_public_path(base))
    verify = VerifyDialog(base)
    qtbot.addWidget(verify)
    verify.source.setPlainText(signed_payload(key))
    qtbot.mouseClick(verify.check_button, Qt.MouseButton.LeftButton)
    assert "SAH" in verify.verdict.text()
    assert "Tidak ada daftar pencabutan yang diperiksa" in verify.details["revocations"].text()


def test_registry_window_publishes_the_verification_site(
        qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    base = tmp_path / "data"
    location = _registry(capsys, base, "--verify-url", VERIFY_URL)
    event = _closed(capsys, base, location)
    monkeypatch.setenv("HUMAS_REGISTRY", location)
    key = lsp_key.create_key(lsp_key.default_key_path(base), PASSPHRASE, log2_n=10)
    monkeypatch.setattr(LspKeyDialog, "ask", classmethod(lambda cls, parent, base: key))
    window = _window_with(qtbot, event)
    reg = window.registry.open()
    qtbot.addWidget(reg)
    reg.table.selectRow(0)
    number = reg.table.item(0, 0).text()
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("ijazah palsu", True)))
    qtbot.mouseClick(reg.revoke_button, Qt.MouseButton.LeftButton)
    site = tmp_path / "site"
    files = reg.publish_site(site)
    assert {f.name for f in files} >= {"index.html", "revocations.json", "site-data.js"}
    listed = lsp_key.load_revocation_list((site / "revocations.json").read_text("utf-8"),
                                          key.public_key())
    assert number in listed and listed.seq == 1
    assert "urutan 1" in reg.status.text() and VERIFY_URL in reg.status.text()
    assert json.loads((site / "revocations.json").read_text("utf-8"))["seq"] == 1
    # A folder that cannot be written: one Indonesian line, never the OS's English text.
    blocked = tmp_path / "berkas"
    blocked.write_text("bukan folder", "utf-8")
    assert reg.publish_site(blocked) == []
    assert reg.status.text() and "Errno" not in reg.status.text()
    assert "urutan 1" not in reg.status.text()
