"""'Pengaturan dokumen': who signs the certificates and the berita acara, and the BNSP codes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.errors import error_text
from humas_desktop.services import document_settings as ds
from humas_desktop.services.workspace import EventDB

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate

LABELS = {
    "certificate.chair_name": QT_TRANSLATE_NOOP("DocumentSettings", "Ketua/Direktur LSP (sertifikat)"),
    "certificate.manager_name": QT_TRANSLATE_NOOP("DocumentSettings", "Manajer Sertifikasi"),
    "event.responsible": QT_TRANSLATE_NOOP("DocumentSettings", "Penanggung jawab kegiatan"),
    "event.responsible_title": QT_TRANSLATE_NOOP("DocumentSettings",
                                                 "Jabatan penanggung jawab kegiatan"),
    "event.time": QT_TRANSLATE_NOOP("DocumentSettings", "Pukul pelaksanaan (berita acara)"),
    "lsp.address": QT_TRANSLATE_NOOP("DocumentSettings", "Alamat LSP (kop surat)"),
    "certificate.mode": QT_TRANSLATE_NOOP("DocumentSettings",
                                          "Cetak sertifikat: polos atau blanko"),
    "certificate.signatory_role": QT_TRANSLATE_NOOP("DocumentSettings",
                                                    "Penanda tangan sertifikat: ketua atau direktur"),
    "certificate.printer": QT_TRANSLATE_NOOP("DocumentSettings", "Printer blanko yang dipakai"),
    "bnsp.kode_jadwal": QT_TRANSLATE_NOOP("DocumentSettings", "Kode jadwal BNSP"),
    "bnsp.kode_sumber_anggaran": QT_TRANSLATE_NOOP("DocumentSettings", "Kode sumber anggaran"),
    "bnsp.kode_kementerian": QT_TRANSLATE_NOOP("DocumentSettings", "Kode kementerian"),
    "bnsp.codes.pendidikan": QT_TRANSLATE_NOOP("DocumentSettings", "Kode pendidikan (nama = kode)"),
    "bnsp.codes.pekerjaan": QT_TRANSLATE_NOOP("DocumentSettings", "Kode pekerjaan (nama = kode)"),
    "document.editions": QT_TRANSLATE_NOOP("DocumentSettings",
                                           "Edisi/revisi formulir (kode formulir = edisi)"),
    "certificate.printer_offsets": QT_TRANSLATE_NOOP(
        "DocumentSettings", "Geser cetak blanko per printer (printer = kanan, bawah dalam mm)"),
}


# What one line looks like (data, not UI text: the names are as they appear in rosters).
EXAMPLES = {"bnsp.codes.pendidikan": "S1 = 5", "bnsp.codes.pekerjaan": "Pegawai Negeri Sipil (PNS) = 5",
            "document.editions": "FR.AK.02 = Rev. 1 · 2024",
            "certificate.printer_offsets": "Epson L3210 = 1.5, -2"}


def _label(key: str) -> str:
    return translate("DocumentSettings", str(LABELS[key]))


class DocumentSettingsDialog(QDialog):
    def __init__(self, edb: EventDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edb = edb
        self.setWindowTitle(self.tr("Pengaturan dokumen"))
        current = ds.load(edb)
        form = QFormLayout()
        self.texts: dict[str, QLineEdit] = {}
        self.choices: dict[str, QComboBox] = {}
        for key in ds.TEXT_KEYS:
            edit = QLineEdit(current.texts.get(key, ""), self)
            edit.setAccessibleName(_label(key))
            if key in ds.CHOICES:
                # Fixed choices are picked from a list, not typed (#24 N22); the line edit stays
                # the value's one holder, read-only so only a listed value can be chosen.
                combo = QComboBox(self)
                combo.setEditable(True)
                combo.setLineEdit(edit)
                edit.setReadOnly(True)
                combo.addItems(list(ds.CHOICES[key]))
                combo.setCurrentText(current.texts.get(key, ""))
                combo.setAccessibleName(_label(key))
                self.choices[key] = combo
                form.addRow(_label(key), combo)
            else:
                form.addRow(_label(key), edit)
            self.texts[key] = edit
        self.code_lists: dict[str, QPlainTextEdit] = {}
        self.load_buttons: dict[str, QPushButton] = {}
        for key in ds.CODE_LIST_KEYS:
            box = QPlainTextEdit(ds.format_code_lines(current.code_lists.get(key, {})), self)
            box.setPlaceholderText(EXAMPLES[key])
            box.setAccessibleName(_label(key))
            box.setMaximumHeight(90)
            # A whole example line stays readable beside "Muat dari berkas…" (the box was
            # squeezed to 72 px by the long labels at 1366x768, its example wrapped to 4 lines).
            margins = box.contentsMargins().left() + box.contentsMargins().right() \
                + 2 * int(box.document().documentMargin()) + box.verticalScrollBar().sizeHint().width()
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance(EXAMPLES[key]) + margins + 8)
            self.code_lists[key] = box
            if key in ds.CODE_FILE_KEYS.values():  # lists the LSP keeps in its own files
                row = QHBoxLayout()
                row.addWidget(box, 1)
                load = QPushButton(self.tr("Muat dari berkas…"), self)
                load.setAccessibleName(self.tr("Muat dari berkas") + f": {_label(key)}")
                load.clicked.connect(lambda _=False, k=key: self._pick_code_file(k))
                row.addWidget(load, 0, Qt.AlignmentFlag.AlignTop)
                self.load_buttons[key] = load
                form.addRow(_label(key), row)
            else:
                form.addRow(_label(key), box)
        # The SK's "Mengingat" and the pleno's committee (#24): lines, printed on the decision.
        settings = {key: edb.setting(key) or "" for key in (ds.LEGAL_BASIS_KEY, ds.COMMITTEE_KEY)}
        self.legal_basis = QPlainTextEdit("\n".join(ds.legal_basis(settings)), self)
        self.legal_basis.setPlaceholderText(self.tr("Kosong: PP 10/2018, peraturan BNSP dan lisensi "
                                                    "LSP (bawaan). Satu peraturan per baris."))
        self.committee = QPlainTextEdit("\n".join(f"{name} = {role}" for name, role
                                                  in ds.committee(settings)), self)
        self.committee.setPlaceholderText(self.tr("Nama = Jabatan, satu anggota per baris. Kosong: "
                                                  "baris kosong untuk diisi tangan."))
        for box, label in ((self.legal_basis, self.tr("Dasar hukum SK (Mengingat)")),
                           (self.committee, self.tr("Komite rapat pleno"))):
            box.setAccessibleName(label)
            box.setMaximumHeight(90)
            form.addRow(label, box)
        self._plenary_papers = (self.legal_basis.toPlainText(), self.committee.toPlainText())
        logo_row = QHBoxLayout()
        self.logo_state = QLabel(self)
        self.logo_button = QPushButton(self.tr("Pilih logo LSP…"), self)
        self.logo_button.setAccessibleName(self.tr("Pilih logo LSP"))
        self.logo_button.clicked.connect(self._pick_logo)
        logo_row.addWidget(self.logo_state, 1)
        logo_row.addWidget(self.logo_button)
        form.addRow(self.tr("Logo LSP (PNG/JPEG)"), logo_row)
        self._show_logo_state()
        hint = QLabel(self.tr("Nama penandatangan dicetak pada sertifikat dan berita acara; kode BNSP "
                              "yang tidak diketahui dibiarkan kosong di lembar unggah."), self)
        hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # The fields scroll above the buttons: the form asked for 752 px, so on a 1366x768
        # screen with a title bar Simpan and Batal fell below its edge.
        fields = QWidget(self)
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(form)
        fields_layout.addWidget(hint)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(fields)
        self.scroll_area.setMinimumWidth(fields.minimumSizeHint().width()
                                         + self.scroll_area.verticalScrollBar().sizeHint().width())
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(820, 700)  # kept within the available screen by screen_fit.DialogClamp

    def _show_logo_state(self) -> None:
        has = bool(ds.decode_logo(self.edb.setting(ds.LOGO_KEY) or ""))
        self.logo_state.setText(self.tr("Logo tersimpan") if has else self.tr("Belum ada logo"))

    def _pick_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih logo LSP"), "",
                                              self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            self.choose_logo(Path(path))

    def choose_logo(self, path: Path) -> bool:
        """Validate and store the logo at once; a bad file shows one message and keeps the old."""
        try:
            ds.set_logo(self.edb, path)
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        self.error.clear()
        self._show_logo_state()
        return True

    def _pick_code_file(self, key: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Muat daftar kode"), "",
                                              self.tr("Daftar kode (*.xlsx *.csv)"))
        if path:
            self.load_code_file(key, Path(path))

    def load_code_file(self, key: str, path: Path) -> bool:
        """Fill the list from the LSP's xlsx/csv (saved with 'Simpan'); a bad file shows one
        message and leaves the list as it was."""
        try:
            codes = ds.read_code_file(path)
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        self.code_lists[key].setPlainText(ds.format_code_lines(codes))
        self.error.setText(self.tr("{count} kode dimuat dari {name}; tekan Simpan untuk "
                                   "menyimpan.").format(count=len(codes), name=path.name))
        return True

    def save(self) -> None:
        try:
            settings = ds.DocumentSettings(
                {key: edit.text() for key, edit in self.texts.items()},
                {key: ds.parse_code_lines(box.toPlainText(), _label(key))
                 for key, box in self.code_lists.items()})
            papers = (self.legal_basis.toPlainText(), self.committee.toPlainText())
            with self.edb.atomic():  # all of it or nothing
                ds.save(self.edb, settings)
                if papers != self._plenary_papers:  # printed on the decision: open event only
                    members = [line.partition("=") for line in papers[1].splitlines()]
                    ds.save_plenary_papers(self.edb, papers[0].splitlines(),
                                           [(name, role) for name, _, role in members])
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


class DocumentSettingsFeature:
    """Acara menu: "Pengaturan dokumen…" and "Catat nomor blanko…"."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.action = QAction(translate("MainWindow", "Pengaturan &dokumen…"), ctx.window)
        self.action.triggered.connect(self.run)
        ctx.menus.event.addAction(self.action)
        self.action_blanko = QAction(translate("MainWindow", "Catat nomor &blanko…"), ctx.window)
        self.action_blanko.triggered.connect(self.record_blanko)
        ctx.menus.event.addAction(self.action_blanko)

    def run(self) -> None:
        edb = self.ctx.require_event()
        if edb is not None:
            DocumentSettingsDialog(edb, self.ctx.window).exec()

    def record_blanko(self) -> None:
        from humas_desktop.gui.blanko_dialog import BlankoDialog
        from humas_desktop.gui.registry_window import registry_location

        edb = self.ctx.require_event()
        if edb is not None and BlankoDialog(edb, registry_location(self.ctx.base),
                                            self.ctx.window).exec():
            self.ctx.changed.emit()
