"""Tutup sesi: the closing checklist, LSP decisions (recommendation as default, confirmed), numbering."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Verdict
from humas_desktop.gui.errors import error_text, message_text
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.services.storage_faults import backup_missing_text
from humas_desktop.services.workspace import EventDB


def _msg(code: str, **ctx: object) -> str:
    return message_text(code, **ctx)


class CloseDialog(QDialog):
    COL_NO, COL_NAME, COL_REC, COL_DECISION, COL_OK = range(5)

    def __init__(self, edb: EventDB, parent: QWidget | None = None,
                 registry_location: str | None = None) -> None:
        super().__init__(parent)
        self.edb = edb
        # The LSP registry numbers certificates across events (None: the event's own settings).
        self.registry_location = registry_location
        self.closed_now = False
        self.backup_missing = ""  # why the closed-event backup is missing, when it is
        self.setWindowTitle(self.tr("Tutup sesi"))
        self.resize(900, 680)
        # Everything above the buttons scrolls: with the confirmation or the numbers issued
        # shown, the dialog asked for 763 px and its buttons fell below a 1366x768 screen.
        outer = QVBoxLayout(self)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area, 1)
        layout.addWidget(QLabel(self.tr("<b>Syarat penutupan</b>"), self))
        self.checklist = QListWidget(self)
        self.checklist.setMaximumHeight(84)
        layout.addWidget(self.checklist)

        box = QGroupBox(self.tr("Keputusan LSP (rekomendasi asesor sebagai bawaan; konfirmasi tiap baris)"),
                        self)
        bl = QVBoxLayout(box)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("No"), self.tr("Nama asesi"),
                                              self.tr("Rekomendasi"), self.tr("Keputusan"),
                                              self.tr("Dikonfirmasi")])
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(self.COL_NO, 50)
        self.table.setColumnWidth(self.COL_NAME, 360)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(130)
        bl.addWidget(self.table)
        self.missing_label = QLabel(self)  # why a signed participant is not in the list
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #8a4b00;")
        bl.addWidget(self.missing_label)
        self.confirm_all = QPushButton(self.tr("Konfirmasi semua"), self)
        self.confirm_all.clicked.connect(self._confirm_all)
        form = QFormLayout()
        self.plenary = QDateEdit(QDate.currentDate(), self)
        self.plenary.setCalendarPopup(True)
        self.plenary.setDisplayFormat("dd/MM/yyyy")
        self.sk_number = QLineEdit(self)
        self.decided_by = QLineEdit(self)
        self.decided_by.setText(self.tr("Komite Teknis"))
        form.addRow(self.tr("Tanggal rapat pleno"), self.plenary)
        form.addRow(self.tr("Nomor SK"), self.sk_number)
        form.addRow(self.tr("Diputuskan oleh"), self.decided_by)
        bl.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.confirm_all)
        self.save_decisions = QPushButton(self.tr("Simpan keputusan"), self)
        self.save_decisions.clicked.connect(self.store_decisions)
        row.addWidget(self.save_decisions)
        row.addStretch(1)
        bl.addLayout(row)
        layout.addWidget(box)

        nbox = QGroupBox(self.tr("Penomoran sertifikat"), self)
        nf = QFormLayout(nbox)
        config = nb.load_config(edb)
        codes = None
        if config is None and registry_location is not None:
            from humas_desktop.services import registry as reg

            codes = reg.numbering_codes(registry_location)  # the LSP's codes, from its registry
        self.cert_pattern = QLineEdit(config.certificate_pattern if config else nb.DEFAULT_CERT_PATTERN, self)
        self.reg_pattern = QLineEdit(config.registration_pattern if config else nb.DEFAULT_REG_PATTERN, self)
        self.bidang = QLineEdit(config.bidang if config else codes[0] if codes else "", self)
        self.lisensi = QLineEdit(config.lisensi if config else codes[1] if codes else "", self)
        self.cert_start = QSpinBox(self)
        self.cert_start.setRange(1, 99_999_999)
        self.cert_start.setValue(config.certificate_start if config else 1)
        self.reg_start = QSpinBox(self)
        self.reg_start.setRange(1, 99_999_999)
        self.reg_start.setValue(config.registration_start if config else 1)
        # Final certificates' QR leads to the LSP's verification page: the registry needs its
        # address before it numbers anything (filled from the registry when it has one).
        known_url = ""
        if registry_location is not None:
            from humas_desktop.services import registry as reg

            known_url = reg.verify_url_of(registry_location)
        self.verify_url = QLineEdit(known_url or edb.setting("registry.verify_url") or "", self)
        self.verify_url.setPlaceholderText("https://…")
        self.verify_url.setAccessibleName(self.tr("Alamat halaman verifikasi"))
        self.verify_url.setVisible(registry_location is not None)
        # Two fields a row: the whole dialog has to fit a 1366x768 laptop screen.
        grid = QGridLayout()
        pairs = [
            (self.tr("Pola nomor sertifikat"), self.cert_pattern,
             self.tr("Nomor urut sertifikat berikutnya"), self.cert_start),
            (self.tr("Pola nomor registrasi"), self.reg_pattern,
             self.tr("Nomor urut registrasi berikutnya"), self.reg_start),
            (self.tr("Kode bidang"), self.bidang, self.tr("Nomor lisensi LSP"), self.lisensi),
        ]
        for r, (left_label, left, right_label, right) in enumerate(pairs):
            grid.addWidget(QLabel(left_label, nbox), r, 0)
            grid.addWidget(left, r, 1)
            grid.addWidget(QLabel(right_label, nbox), r, 2)
            grid.addWidget(right, r, 3)
        # Certificates are dated the plenary date and their numbers take its year: one date.
        grid.addWidget(QLabel(self.tr("Tanggal terbit sertifikat = tanggal rapat pleno."), nbox),
                       3, 0, 1, 2)
        url_label = QLabel(self.tr("Alamat halaman verifikasi"), nbox)
        url_label.setVisible(registry_location is not None)
        grid.addWidget(url_label, 3, 2)
        grid.addWidget(self.verify_url, 3, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        nf.addRow(grid)
        layout.addWidget(nbox)

        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        # Closing numbers certificates for good: said first, with what it will do (#24 N15).
        self.confirm_panel = QGroupBox(self.tr("Konfirmasi penutupan"), self)
        cl = QVBoxLayout(self.confirm_panel)
        self.confirm_text = QLabel(self.confirm_panel)
        self.confirm_text.setWordWrap(True)
        cl.addWidget(self.confirm_text)
        confirm_row = QHBoxLayout()
        confirm_row.addStretch(1)
        self.confirm_yes = QPushButton(self.tr("Ya, tutup sesi dan beri nomor"), self.confirm_panel)
        self.confirm_no = QPushButton(self.tr("Kembali"), self.confirm_panel)
        self.confirm_yes.clicked.connect(self._confirmed_close)
        self.confirm_no.clicked.connect(self._hide_confirmation)
        confirm_row.addWidget(self.confirm_yes)
        confirm_row.addWidget(self.confirm_no)
        cl.addLayout(confirm_row)
        self.confirm_panel.hide()
        layout.addWidget(self.confirm_panel)
        self._pending: tuple[date, str] | None = None
        buttons = QHBoxLayout()
        self.reopen_reason = QLineEdit(self)
        self.reopen_reason.setPlaceholderText(self.tr("Alasan membuka kembali"))
        self.reopen_button = QPushButton(self.tr("Buka kembali sesi"), self)
        self.reopen_button.clicked.connect(self.reopen)
        buttons.addWidget(self.reopen_reason, 1)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Tutup sesi…"), self)
        self.close_button.clicked.connect(self.close_session)
        # After the close: on to Ekspor, once the numbers issued have been read here.
        self.done_button = QPushButton(self.tr("Lanjut ke Ekspor"), self)
        self.done_button.clicked.connect(self.accept)
        self.done_button.hide()
        cancel = self.cancel_button = QPushButton(self.tr("Batal"), self)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(cancel)
        outer.addLayout(buttons)
        self.reload()

    @classmethod
    def ask(cls, parent: QWidget | None, edb: EventDB,
            registry_location: str | None = None) -> bool | None:
        """True when the session was closed in the dialog."""
        dialog = cls(edb, parent, registry_location)
        dialog.exec()
        return dialog.closed_now or None

    # --- state ---------------------------------------------------------------------------
    def reload(self) -> None:
        closed = cs.is_closed(self.edb)
        self.candidates = cs.decision_candidates(self.edb)
        self.table.setRowCount(len(self.candidates))
        for r, c in enumerate(self.candidates):
            self.table.setItem(r, self.COL_NO, QTableWidgetItem(str(c.number)))
            self.table.setItem(r, self.COL_NAME, QTableWidgetItem(c.name))
            self.table.setItem(r, self.COL_REC, QTableWidgetItem(
                c.recommendation.value if c.recommendation else self.tr("(belum)")))
            combo = QComboBox(self.table)
            combo.addItems(["K", "BK"])
            default = c.decision or c.recommendation or Verdict.BK
            combo.setCurrentText(default.value)
            combo.setEnabled(not closed)
            self.table.setCellWidget(r, self.COL_DECISION, combo)
            ok = QCheckBox(self.table)
            ok.setChecked(c.decision is not None)
            ok.setEnabled(not closed)
            self.table.setCellWidget(r, self.COL_OK, ok)
            if c.sk_number and not self.sk_number.text():
                self.sk_number.setText(c.sk_number)
            if c.plenary_date:
                d = c.plenary_date
                self.plenary.setDate(QDate(d.year, d.month, d.day))
        self._limit_plenary_dates()
        no_attendance, absent = cs.signed_not_listed(self.edb)
        parts = []
        if no_attendance:
            parts.append(self.tr("%1 peserta sudah ditandatangani asesor tetapi kehadirannya belum "
                                 "diisi (no. %2): tandai Hadir di daftar peserta agar tercantum.")
                         .replace("%1", str(len(no_attendance)))
                         .replace("%2", ", ".join(str(n) for n in no_attendance[:12])))
        if absent:
            parts.append(self.tr("%1 peserta sudah ditandatangani tetapi ditandai tidak hadir "
                                 "(no. %2): periksa kehadirannya.")
                         .replace("%1", str(len(absent)))
                         .replace("%2", ", ".join(str(n) for n in absent[:12])))
        self.missing_label.setText(" ".join(parts))
        self.missing_label.setVisible(bool(parts))
        self.checklist.clear()
        if closed:
            self.checklist.addItem(_msg("event_closed"))
        else:
            blockers = cs.close_blockers(self.edb)
            for b in blockers:
                extra = ""
                if b.numbers:
                    shown = ", ".join(str(n) for n in b.numbers[:12])
                    extra = self.tr(" (peserta no. %1)").replace("%1", shown)
                self.checklist.addItem(_msg(b.code, count=b.count) + extra)
            if not blockers:
                self.checklist.addItem(self.tr("Semua syarat terpenuhi."))
        for w in (self.close_button, self.save_decisions, self.confirm_all, self.bidang,
                  self.lisensi, self.cert_pattern, self.reg_pattern):
            w.setEnabled(not closed)
        self.reopen_button.setEnabled(closed)
        self.reopen_reason.setEnabled(closed)
        self._show_next_numbers(closed)

    def _show_next_numbers(self, closed: bool) -> None:
        """Once closed, the "next" numbers show "—": they came from the LSP's registry, which
        keeps the series (not the configured start: "1" after three certificates had been
        issued misled, #24 N15)."""
        for spin in (self.cert_start, self.reg_start):
            spin.setEnabled(not closed)
            spin.setMinimum(0 if closed else 1)
            spin.setSpecialValueText("—" if closed else "")
            if closed:
                spin.setValue(0)

    def _limit_plenary_dates(self) -> None:
        """The date picker offers only what close accepts: from the last assessment day to
        today (an empty range, from wrong event dates or a clock, is explained at close)."""
        first, last = cs.plenary_date_range(self.edb)
        if first is not None and first > last:
            return
        if first is not None:
            self.plenary.setMinimumDate(QDate(first.year, first.month, first.day))
        self.plenary.setMaximumDate(QDate(last.year, last.month, last.day))

    def _ok_box(self, row: int) -> QCheckBox:
        box = self.table.cellWidget(row, self.COL_OK)
        assert isinstance(box, QCheckBox)
        return box

    def _decision_box(self, row: int) -> QComboBox:
        box = self.table.cellWidget(row, self.COL_DECISION)
        assert isinstance(box, QComboBox)
        return box

    def _confirm_all(self) -> None:
        for r in range(self.table.rowCount()):
            self._ok_box(r).setChecked(True)

    # --- actions -------------------------------------------------------------------------
    def store_decisions(self) -> bool:
        confirmed: dict[str, Verdict] = {}
        for r, c in enumerate(self.candidates):
            if self._ok_box(r).isChecked():
                choice = self._decision_box(r).currentText()
                confirmed[c.participant_id] = Verdict(choice)
        if not confirmed:
            self.status.setText(self.tr("Belum ada keputusan yang dikonfirmasi."))
            return False
        qd = self.plenary.date()
        try:
            cs.record_decisions(self.edb, confirmed, date(qd.year(), qd.month(), qd.day()),
                                self.sk_number.text(), self.decided_by.text().strip())
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return False
        self.status.setText(self.tr("%n keputusan disimpan.", "", len(confirmed)))
        self.reload()
        return True

    def close_session(self) -> None:
        try:
            nb.save_config(self.edb, nb.NumberingConfig(
                self.cert_pattern.text().strip(), self.reg_pattern.text().strip(),
                self.bidang.text(), self.lisensi.text(), self.cert_start.value(),
                self.reg_start.value()))
        except DomainError as exc:
            self.status.setText(error_text(exc))
            self.reload()
            return
        if not self.store_decisions():
            return
        qd = self.plenary.date()
        issue = date(qd.year(), qd.month(), qd.day())
        identity_reason = self._identity_reason()
        if identity_reason is None:
            self.reload()
            return
        if any(b.code != "identity_changed_after_signoff" for b in cs.close_blockers(self.edb)):
            self._close_now(issue, identity_reason)  # refused with the blockers' message
            return
        self._pending = (issue, identity_reason)
        self.confirm_text.setText(self._preview_text(issue))
        self.confirm_panel.show()
        QTimer.singleShot(0, self.scroll_area,
                          lambda: self.scroll_area.ensureWidgetVisible(self.confirm_panel))
        self.close_button.setEnabled(False)
        self.confirm_no.setDefault(True)
        self.confirm_no.setFocus()

    def _preview_text(self, issue: date) -> str:
        from humas_desktop.services import close_summary

        found = close_summary.preview(self.edb)
        text = self.tr("Tutup sesi sekarang? %1 sertifikat akan diberi nomor (keputusan K: %2, "
                       "BK: %3).").replace("%1", str(found.certificates)) \
            .replace("%2", str(found.k)).replace("%3", str(found.bk))
        if found.held:
            text += " " + self.tr("%1 sertifikat ditahan sampai bandingnya diputuskan.") \
                .replace("%1", str(found.held))
        text += " " + self.tr("Nomor diambil dari registri LSP.")
        text += " " + self.tr("Setelah ditutup, data acara tidak dapat diubah kecuali sesi dibuka "
                              "kembali dengan alasan.")
        return text

    def _hide_confirmation(self) -> None:
        self._pending = None
        self.confirm_panel.hide()
        self.reload()

    def _confirmed_close(self) -> None:
        pending, self._pending = self._pending, None
        self.confirm_panel.hide()
        if pending is not None:
            self._close_now(*pending)

    def _close_now(self, issue: date, identity_reason: str) -> None:
        try:
            ids = self._close_numbered(issue, identity_reason)
        except DomainError as exc:
            self.status.setText(error_text(exc))
            self.reload()
            return
        if ids is None:
            self.reload()
            return
        self.closed_now = True
        self.status.setText(self.tr("Sesi ditutup; %n sertifikat bernomor.", "", len(ids))
                            + self._issued_text(ids))
        self.reload()
        if self.backup_missing:
            # Said where it is read: the dialog stays open until the coordinator closes it.
            self.status.setText(self.status.text() + "\n" + self.backup_missing)
            self.status.setWordWrap(True)
        QTimer.singleShot(0, self.scroll_area,
                          lambda: self.scroll_area.ensureWidgetVisible(self.status))
        # The numbers issued are read here; "Lanjut ke Ekspor" goes on.
        self.close_button.hide()
        self.done_button.show()
        self.done_button.setDefault(True)
        self.done_button.setFocus()
        self.cancel_button.setText(self.tr("Tutup"))

    def _issued_text(self, ids: list[str]) -> str:
        from humas_desktop.services import close_summary

        issued = close_summary.issued(self.edb, ids)
        if not issued:
            return ""
        numbers = sorted(i.certificate_number for i in issued)
        text = " " + self.tr("Nomor: %1 s.d. %2.").replace("%1", numbers[0]) \
            .replace("%2", numbers[-1]) if len(numbers) > 1 else \
            " " + self.tr("Nomor: %1.").replace("%1", numbers[0])
        lines = [f"{i.participant_number}. {i.name} — {i.certificate_number}" for i in issued[:8]]
        if len(issued) > 8:
            lines.append(self.tr("… dan %1 lainnya (lihat Ekspor).")
                         .replace("%1", str(len(issued) - 8)))
        return text + "\n" + "\n".join(lines)

    def _backup_done(self, outcome: Path | Exception) -> None:
        """The closed-event backup's outcome (services.close_session): a failure is said."""
        self.backup_missing = "" if isinstance(outcome, Path) else backup_missing_text(outcome)


    def _identity_reason(self) -> str | None:
        """'' when no identity changed after sign-off; else the coordinator's reason for the
        changes, asked once (None: cancelled). The certificate must name the person assessed."""
        changed = [b for b in cs.close_blockers(self.edb) if b.code == "identity_changed_after_signoff"]
        if not changed:
            return ""
        shown = ", ".join(str(n) for n in changed[0].numbers[:12])
        reason, ok = QInputDialog.getText(
            self, self.tr("Identitas berubah setelah tanda tangan"),
            _msg("identity_changed_after_signoff", count=changed[0].count)
            + self.tr(" (peserta no. %1)").replace("%1", shown) + "\n\n"
            + self.tr("Alasan perubahan (dicatat di log audit):"))
        if not ok or not reason.strip():
            return None
        return reason.strip()

    def _close_numbered(self, issue: date, identity_reason: str = "") -> list[str] | None:
        """Close with numbers from the LSP registry (None: the coordinator cancelled)."""
        sk = self.sk_number.text()
        if self.registry_location is None:
            return cs.close_session(self.edb, issue, identity_reason=identity_reason,
                                    on_backup=self._backup_done, sk_number=sk)
        from humas_desktop.services import registry as reg

        store = None
        try:
            store = reg.open_for_close(self.registry_location, self.edb, self.verify_url.text())
        except reg.RegistryError:
            if reg.event_reservation(self.edb) is None:
                raise  # a reserved block closes without the registry; otherwise nothing changes
        try:
            try:
                return cs.close_session(self.edb, issue, registry=store,
                                        identity_reason=identity_reason,
                                        on_backup=self._backup_done, sk_number=sk)
            except reg.DuplicateHoldersError as dup:
                reason, ok = QInputDialog.getText(
                    self, self.tr("Pemegang sertifikat aktif"),
                    error_text(dup) + "\n\n" + self.tr("Alasan menerbitkan sertifikat lagi:"))
                if not ok or not reason.strip():
                    return None
                return cs.close_session(self.edb, issue, registry=store, duplicate_reason=reason,
                                        identity_reason=identity_reason,
                                        on_backup=self._backup_done, sk_number=sk)
        finally:
            if store is not None:
                store.close()

    def reopen(self) -> None:
        try:
            cs.reopen_session(self.edb, self.reopen_reason.text())
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Sesi dibuka kembali."))
        self.reload()
