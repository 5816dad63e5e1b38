"""Registri LSP: the LSP office's certificates across events (search, holder history, due list,
revoke with a reason, publish a closed event) and, in Pengaturan, where the registry lives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.gui.context import AppContext, translate
from humas_desktop.gui.errors import error_text
from humas_desktop.services import registry as svc

LOCATION_KEY = "registry/location"


def _settings(base: Path) -> QSettings:
    """Per-installation, in the data folder's settings.ini (gui.app_settings)."""
    from humas_desktop.gui.app_settings import app_settings

    return app_settings(base)


def registry_location(base: Path) -> str:
    """Pengaturan first, then HUMAS_REGISTRY, then ``<data dir>/registry.sqlite``."""
    saved = str(_settings(base).value(LOCATION_KEY, "") or "")
    return svc.resolve_location(saved or None, base)


def set_registry_location(base: Path, location: str) -> None:
    s = _settings(base)
    if location.strip():
        s.setValue(LOCATION_KEY, location.strip())
    else:
        s.remove(LOCATION_KEY)
    from humas_desktop.gui.app_settings import saved

    saved(s)


def masked_nik(nik: str) -> str:
    """Only the last four digits are shown in lists (a search by them still works)."""
    return "•" * max(0, len(nik) - 4) + nik[-4:]


class RegistryWindow(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.location = registry_location(ctx.base)
        self.rows: list[svc.CertRow] = []
        self.setWindowTitle(self.tr("Registri LSP"))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        self.where = QLabel(self.tr("Registri: %1").replace("%1", svc.describe_location(self.location)),
                            self)
        layout.addWidget(self.where)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari nama, nomor sertifikat/registrasi, atau "
                                               "digit terakhir NIK"))
        self.search.setAccessibleName(self.tr("Cari sertifikat"))
        self.search.returnPressed.connect(self.run_search)
        self.search_button = QPushButton(self.tr("Cari"), self)
        self.search_button.clicked.connect(self.run_search)
        top.addWidget(self.search, 1)
        top.addWidget(self.search_button)
        layout.addLayout(top)
        headers = [self.tr("Nomor sertifikat"), self.tr("Nomor registrasi"), self.tr("Nama"),
                   self.tr("NIK"), self.tr("Skema"), self.tr("Terbit"), self.tr("Berlaku sampai"),
                   self.tr("Status"), self.tr("No. Blanko")]
        self.status_text = {"active": self.tr("Aktif"), "revoked": self.tr("Dicabut"),
                            "voided": self.tr("Dibatalkan")}
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col, width in enumerate((185, 150, 230, 125, 150, 85, 95, 80)):
            # Never narrower than the header as drawn ("Berlaku sampai" was cut at 95 px).
            self.table.setColumnWidth(col, max(width, header.sectionSizeFromContents(col).width()))
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.history_button = QPushButton(self.tr("Riwayat pemegang"), self)
        self.history_button.clicked.connect(self.show_history)
        self.revoke_button = QPushButton(self.tr("Cabut sertifikat…"), self)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.months = QSpinBox(self)
        self.months.setRange(0, 120)
        self.months.setValue(6)
        self.months.setSuffix(self.tr(" bulan"))
        self.due_button = QPushButton(self.tr("Jatuh tempo sertifikasi ulang"), self)
        self.due_button.clicked.connect(self.show_due)
        self.publish_button = QPushButton(self.tr("Publikasikan acara yang terbuka"), self)
        self.publish_button.clicked.connect(self.publish_open_event)
        actions.addWidget(self.history_button)
        actions.addWidget(self.revoke_button)
        actions.addStretch(1)
        actions.addWidget(self.months)
        actions.addWidget(self.due_button)
        actions.addWidget(self.publish_button)
        # The revocation reaches verifiers only through a re-published page: one click here.
        self.site_button = QPushButton(self.tr("Terbitkan halaman verifikasi…"), self)
        self.site_button.clicked.connect(self.publish_site)
        actions.addWidget(self.site_button)
        layout.addLayout(actions)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.run_search()

    # --- registry access: one short connection per action ----------------------------------
    def _with_store(self, action):  # type: ignore[no-untyped-def]
        try:
            store = svc.open_registry(self.location)
        except DomainError as exc:
            if exc.code == "registry_missing" and not svc.is_server_url(self.location):
                # The embedded registry is made by the first close: no command line to run.
                self.status.setText(self.tr("Registri LSP belum ada di %1. Registri ini dibuat "
                                            "otomatis saat sesi pertama ditutup (Acara › Tutup "
                                            "sesi…); sesudah itu sertifikatnya dapat dicari di "
                                            "sini.").replace("%1", Path(self.location).name))
            else:
                self.status.setText(error_text(exc))
            return None
        try:
            return action(store)
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return None
        finally:
            store.close()

    def _show(self, rows: list[svc.CertRow], text: str) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            values = (c.number, c.registration_number, c.holder_name, masked_nik(c.nik),
                      c.scheme_code, c.issue_date, c.valid_until,
                      self.status_text.get(c.status, c.status), c.blanko_serial or "")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c.status_reason:
                    item.setToolTip(c.status_reason)
                self.table.setItem(r, col, item)
        self.status.setText(text)

    def selected(self) -> svc.CertRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    # --- actions ---------------------------------------------------------------------------
    def run_search(self) -> None:
        text = self.search.text().strip()
        rows = self._with_store(lambda s: s.search(text) if text else s.all_certificates()[:500])
        if rows is not None:
            self._show(rows, self.tr("%n sertifikat.", "", len(rows)))

    def show_history(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.status.setText(self.tr("Pilih satu sertifikat dulu."))
            return
        rows = self._with_store(lambda s: s.by_nik(chosen.nik))
        if rows is not None:
            self._show(rows, self.tr("Riwayat %1: %n sertifikat.", "", len(rows))
                       .replace("%1", chosen.holder_name))

    def show_due(self) -> None:
        months = self.months.value()
        rows = self._with_store(lambda s: svc.due(s, months, date.today()))
        if rows is not None:
            self._show(rows, self.tr("%n sertifikat habis masa berlakunya dalam waktu ini.", "",
                                     len(rows)))

    def revoke_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.status.setText(self.tr("Pilih satu sertifikat dulu."))
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Cabut sertifikat"),
            self.tr("Alasan pencabutan sertifikat %1:").replace("%1", chosen.number))
        if not ok:
            return
        by = self.ctx.edb.actor if self.ctx.edb is not None else "LSP"
        def revoke(store: svc.RegistryStore) -> bool:
            svc.revoke(store, chosen.number, reason, by)
            return True

        done = self._with_store(revoke)
        if done:
            self.run_search()
            self.status.setText(self.tr("Sertifikat %1 dicabut. Terbitkan ulang halaman "
                                        "verifikasi agar terlihat.").replace("%1", chosen.number))

    def publish_open_event(self) -> None:
        edb = self.ctx.require_event()
        if edb is None:
            return
        def publish(store: svc.RegistryStore) -> svc.PublishResult | None:
            try:
                return svc.publish(edb, store)
            except svc.DuplicateHoldersError as dup:
                reason, ok = QInputDialog.getText(
                    self, self.tr("Pemegang sertifikat aktif"),
                    error_text(dup) + "\n\n" + self.tr("Alasan menerbitkan sertifikat lagi:"))
                if not ok or not reason.strip():
                    return None
                return svc.publish(edb, store, reason)

        result = self._with_store(publish)
        if result is not None:
            self.run_search()
            text = (self.tr("Acara dipublikasikan: %1 sertifikat (%2 baru).")
                    .replace("%1", str(result.certificates)).replace("%2", str(result.inserted)))
            if result.held:  # held back by an open appeal: said, not silently missing
                text += " " + (self.tr("Sertifikat ditahan karena banding (FR.AK.04) belum "
                                       "diputuskan: peserta no. %1.")
                               .replace("%1", ", ".join(str(n) for n in result.held)))
            self.status.setText(text)


    def publish_site(self, folder: Path | None = None) -> list[Path]:
        """Write the static verification page (public key, signed revocation list with its
        sequence number) to a folder the coordinator uploads to the verification address."""
        from PySide6.QtWidgets import QFileDialog

        from humas_desktop.gui.lsp_key_dialog import LspKeyDialog

        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder halaman verifikasi"))
            if not chosen:
                return []
            folder = Path(chosen)
        key = LspKeyDialog.ask(self, self.ctx.base)
        if key is None:
            self.status.setText(self.tr("Halaman verifikasi tidak ditulis: kunci LSP tidak dibuka."))
            return []
        target = folder

        def write(store: svc.RegistryStore) -> tuple[list[Path], int, str]:
            files = svc.write_site(store, key, target, date.today())
            return files, store.revocation_state()[0], store.profile().verify_url

        try:
            result = self._with_store(write)
        except OSError as exc:  # the folder vanished or is read-only: one line, nothing else
            self.status.setText(self.tr("Halaman verifikasi tidak ditulis: %1").replace(
                "%1", error_text(exc)))
            return []
        if result is None:
            return []
        files, seq, url = result
        self.status.setText(self.tr("Halaman verifikasi ditulis ke %1 (daftar pencabutan urutan "
                                    "%2). Unggah seluruh isi folder ke %3.")
                            .replace("%1", str(target)).replace("%2", str(seq))
                            .replace("%3", url or self.tr("alamat halaman verifikasi")))
        return files


class RegistryFeature:
    """Acara menu: "Registri LSP…"; Pengaturan menu: "Lokasi registri LSP…"."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.window: RegistryWindow | None = None
        self.action_open = QAction(translate("MainWindow", "Registri LSP…"), ctx.window)
        self.action_open.triggered.connect(self.open)
        ctx.menus.event.addAction(self.action_open)
        self.action_location = QAction(translate("MainWindow", "Lokasi registri LSP…"), ctx.window)
        self.action_location.triggered.connect(self.choose_location)
        ctx.menus.settings.addAction(self.action_location)

    def open(self) -> RegistryWindow:
        self.window = RegistryWindow(self.ctx, self.ctx.window)
        self.window.show()
        return self.window

    def choose_location(self) -> None:
        current = registry_location(self.ctx.base)
        text, ok = QInputDialog.getText(
            self.ctx.window, translate("MainWindow", "Lokasi registri LSP"),
            translate("MainWindow", "Berkas registri (SQLite) atau alamat server "
                                    "postgresql://… (kosongkan untuk bawaan):"),
            QLineEdit.EchoMode.Normal, current)
        if not ok:
            return
        set_registry_location(self.ctx.base, text)
        self.ctx.prompter.status(translate("MainWindow", "Registri LSP: %1").replace(
            "%1", svc.describe_location(registry_location(self.ctx.base))), 5000)
