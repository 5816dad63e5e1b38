"""Qt's own file dialog speaks Indonesian in the Indonesian UI (no 'Look in', 'File name', 'Open')."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QTreeView

from humas_desktop.gui.app import install_translator, remove_translator

pytestmark = pytest.mark.gui


def test_file_dialog_labels_buttons_and_columns_are_indonesian(qtbot, tmp_path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "id")
    try:
        dialog = QFileDialog(None, "Paket tugas asesor", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = {w.text() for w in dialog.findChildren(QLabel)}
        assert {"&Lihat di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
        buttons = {b.text() for b in dialog.findChildren(QAbstractButton)} | {
            b.toolTip() for b in dialog.findChildren(QAbstractButton)}
        assert {"&Buka", "Batal", "Folder induk", "Buat folder baru"} <= buttons
        model = dialog.findChildren(QTreeView)[0].model()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert headers == ["Nama", "Ukuran", "Jenis", "Tanggal diubah"]
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        assert "Folder:" in {w.text() for w in dialog.findChildren(QLabel)}
    finally:
        remove_translator(app)
