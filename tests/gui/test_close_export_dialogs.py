"""Close and export dialogs driven with real clicks (offscreen, synchronous worker pool)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from humas_desktop.gui import workers
from humas_desktop.gui.close_dialog import CloseDialog
from humas_desktop.gui.export_dialog import ExportDialog
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.services import close_session as cs
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import app_update, make_demo
from tests.gui.windows import open_window

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _sync_pool() -> Iterator[None]:
    workers.set_pool(workers.SynchronousPool())
    yield
    workers.set_pool(None)


def _window_with(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_window(qtbot, path)


def test_menu_has_close_and_export_actions(qtbot, data_dir: Path) -> None:
    window = MainWindow(data_dir, load_or_create_device(data_dir))
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menu_event.actions()]
    assert "Tutup sesi…" in texts and "Ekspor dokumen…" in texts


def test_close_dialog_lists_blockers_then_closes(qtbot, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=6, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        # A laptop without the LSP's registry yet: the first close makes it (the app's default).
        dialog = CloseDialog(edb, registry_location=str(tmp_path / "data" / "registry.sqlite"))
        qtbot.addWidget(dialog)
        items = [dialog.checklist.item(i).text() for i in range(dialog.checklist.count())]
        assert any("Penomoran sertifikat belum diatur" in t for t in items)
        assert dialog.table.rowCount() == 6
        # recommendation offered as the default decision
        for r, c in enumerate(dialog.candidates):
            assert dialog.table.cellWidget(r, dialog.COL_DECISION).currentText() == c.recommendation.value
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        assert not cs.is_closed(edb)
        assert "bidang" in dialog.status.text()
        qtbot.keyClicks(dialog.bidang, "HMS")
        qtbot.keyClicks(dialog.lisensi, "001")
        qtbot.keyClicks(dialog.verify_url, "https://sertifikat.lsp.example/cek")
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        dialog.confirm_yes.click()  # the confirmation (#24)
        assert cs.is_closed(edb), dialog.status.text()
        assert dialog.closed_now
        assert repo.list_certificates(edb)
        assert dialog.reopen_button.isEnabled()
        qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
        assert cs.is_closed(edb)  # no reason, no reopen
        qtbot.keyClicks(dialog.reopen_reason, "koreksi SK")
        qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
        assert not cs.is_closed(edb)
    finally:
        edb.close()


def test_export_dialog_writes_files_and_opens_folder(qtbot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_demo(tmp_path / "data", participants=4, decided=True)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window = _window_with(qtbot, path)
    dialog = ExportDialog(window.ctx)
    qtbot.addWidget(dialog)
    for kind in ("records", "report", "certificates", "attendance", "berita-acara", "apl01", "apl02",
                 "ak01", "ak03", "ak04", "ak06", "va"):
        dialog.boxes[kind].setChecked(False)
    out = tmp_path / "keluar"
    qtbot.keyClicks(dialog.folder, str(out))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert {f.name for f in dialog.files} == {"daftar-peserta.xlsx", "rekapitulasi-hasil.xlsx",
                                              "unggah-bnsp.xlsx"}
    assert dialog.progress.value() == 100
    assert opened == [str(out)]
    assert "3 berkas" in dialog.status.text()


def test_export_dialog_shows_a_clear_error(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_demo(tmp_path / "data", participants=2, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    p = repo.list_participants(edb)[0]
    with edb.atomic():
        app_update(edb, "participant", {"name": "漢字"}, p.id)
    edb.close()
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    window = _window_with(qtbot, path)
    dialog = ExportDialog(window.ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.folder, str(tmp_path / "o"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    # Issue 15: only that participant's certificate waits; the rest is written and the
    # dialog says which certificate and why (by number, never by name).
    status = dialog.status.text()
    assert "1 sertifikat tidak ditulis" in status and f"peserta no. {p.number}" in status
    assert "huruf tidak tersedia" in status and "漢字" not in status
    assert dialog.files


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_close_dialog_asks_for_the_reason_of_an_identity_changed_after_signoff(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 21: the certificate must name the person assessed. A name changed after the assessor
    signed is listed, and closing asks once for the reason, which goes into the audit log."""
    from PySide6.QtWidgets import QInputDialog

    from humas_desktop.storage import audit

    path = make_demo(tmp_path / "data", participants=4, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        person = repo.list_participants(edb)[0]
        app_update(edb, "participant", {"certificate_name": "Drs. Nama Sesuai Ijazah"}, person.id,
                   reason="konflik: usulan asesor diterima")
        dialog = CloseDialog(edb)
        qtbot.addWidget(dialog)
        items = [dialog.checklist.item(i).text() for i in range(dialog.checklist.count())]
        assert any("berubah setelah asesor menandatangani" in t and f"no. {person.number}" in t
                   for t in items), items
        qtbot.keyClicks(dialog.bidang, "HMS")
        qtbot.keyClicks(dialog.lisensi, "001")
        answers = iter([("", False), ("sesuai KTP dan ijazah", True)])
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        assert not cs.is_closed(edb)  # cancelled: nothing numbered
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        dialog.confirm_yes.click()  # the confirmation (#24)
        assert cs.is_closed(edb), dialog.status.text()
        confirmed = [e for e in audit.entries(edb.conn) if e.field == "identity_confirmed"]
        assert [(e.entity_id, e.reason) for e in confirmed] == [(person.id, "sesuai KTP dan ijazah")]
    finally:
        edb.close()


def test_export_dialog_names_the_document_being_made(qtbot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 25: while a long document is made the dialog says which one and how far, in
    Indonesian (not the internal kind code), and the bar moves inside it."""
    path = make_demo(tmp_path / "data", participants=45, decided=True)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    window = _window_with(qtbot, path)
    dialog = ExportDialog(window.ctx)
    qtbot.addWidget(dialog)
    for kind, box in dialog.boxes.items():
        box.setChecked(kind == "records")
    seen: list[tuple[str, int]] = []
    dialog.status.setText = lambda text, real=dialog.status.setText: (  # type: ignore[method-assign]
        seen.append((text, dialog.progress.value())), real(text))[1]
    qtbot.keyClicks(dialog.folder, str(tmp_path / "keluar"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    during = [(t, v) for t, v in seen if "FR.AK.02 rekaman asesmen (PDF) 20/45" in t]
    assert during, seen
    assert all("records" not in t for t, _ in seen)
    assert 0 < during[0][1] < 100


def test_export_dialog_writes_the_participants_feedback_and_appeals(qtbot, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """FR.AK.03 and FR.AK.04 (issue 26) are offered with the other documents."""
    path = make_demo(tmp_path / "data", participants=8, decided=True)  # no. 7 is BK: it appeals
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    window = _window_with(qtbot, path)
    dialog = ExportDialog(window.ctx)
    qtbot.addWidget(dialog)
    for kind, box in dialog.boxes.items():
        box.setChecked(kind in ("ak03", "ak04"))
    assert dialog.boxes["ak03"].text() == "FR.AK.03 umpan balik asesi (PDF)"
    out = tmp_path / "keluar"
    qtbot.keyClicks(dialog.folder, str(out))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    names = {f.relative_to(out).as_posix() for f in dialog.files}
    assert {"fr-ak-03-umpan-balik.pdf", "fr-ak-04-banding.pdf", "fr-ak-04/peserta-0007.pdf"} <= names
    assert {n for n in names if n.startswith("fr-ak-03/")} == {
        f"fr-ak-03/peserta-{n:04d}.pdf" for n in (1, 3, 5, 7)}


def test_the_participant_fills_fr_ak_03_on_the_assessors_laptop(qtbot, tmp_path: Path) -> None:
    """Acara -> Umpan balik asesi (FR.AK.03): only participants whose signed recommendation has no
    AK.03 yet are offered; the answers, comments and mark are saved once (issue 26)."""
    from humas_desktop.gui.feedback_dialog import FeedbackDialog
    from humas_desktop.services import feedback

    path = make_demo(tmp_path / "data", participants=4, decided=True)  # nos. 1 and 3 filled
    window = _window_with(qtbot, path)
    assert window.feedback.action in window.menu_event.actions()
    edb = window.edb
    assert edb is not None
    dialog = FeedbackDialog(edb, window)
    qtbot.addWidget(dialog)
    offered = [dialog.participant.itemText(i) for i in range(dialog.participant.count())]
    assert [t.split(".")[0] for t in offered] == ["2", "4"]
    dialog.save()  # nothing chosen yet: no answer is assumed
    assert "Pernyataan 1 belum dijawab" in dialog.error.text()
    for answer in dialog.answers[:9]:
        answer.setCurrentIndex(1)  # Ya
    qtbot.keyClicks(dialog.signature, "Paraf MFA")
    dialog.save()
    assert "Pernyataan 10 belum dijawab" in dialog.error.text()
    dialog.answers[9].setCurrentIndex(1)
    dialog.answers[4].setCurrentIndex(2)  # Tidak
    qtbot.keyClicks(dialog.comments[4], "Waktu demonstrasi terlalu singkat")
    dialog.signature.clear()
    qtbot.keyClicks(dialog.signature, "  ")
    dialog.save()
    assert "nama atau paraf" in dialog.error.text()
    dialog.signature.clear()
    qtbot.keyClicks(dialog.signature, "Paraf MFA")
    assessment_id = dialog.participant.currentData()
    assert dialog.save()
    saved = feedback.get(edb, assessment_id)
    assert saved is not None and saved.signed_name == "Paraf MFA"
    assert [i.answer for i in saved.items] == ["ya"] * 4 + ["tidak"] + ["ya"] * 5
    assert saved.items[4].comment == "Waktu demonstrasi terlalu singkat"
    assert [dialog.participant.itemText(i).split(".")[0] for i in range(dialog.participant.count())] == ["4"]
