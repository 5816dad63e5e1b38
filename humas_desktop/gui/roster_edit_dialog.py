"""Acara → Ubah data peserta… / Hapus peserta… (and the participant list's context menu).

Both ask for a reason that goes to the audit log; the service refuses a signed-off participant
or a closed event with one message, and nothing changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Participant
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.errors import error_text, message_text

translate = QCoreApplication.translate

# (field, label) in the order the form shows them.
FIELDS: tuple[tuple[str, str], ...] = (
    ("name", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Nama"))),
    ("certificate_name", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Nama pada sertifikat"))),
    ("nik", str(QT_TRANSLATE_NOOP("RosterEditDialog", "NIK"))),
    ("nip", str(QT_TRANSLATE_NOOP("RosterEditDialog", "NIP"))),
    ("birth_place", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Tempat lahir"))),
    ("birth_date", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Tanggal lahir"))),
    ("gender", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Jenis kelamin"))),
    ("institution", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Instansi"))),
    ("work_unit", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Unit kerja"))),
    ("job_title", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Jabatan"))),
    ("rank_grade", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Pangkat/golongan"))),
    ("education", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Pendidikan"))),
    ("email", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Email"))),
    ("phone", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Nomor HP"))),
    ("address", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Alamat"))),
    # Residence: the BNSP sheet's KODE KOTA / KODE PROVINSI come from it (Tutup sesi needs them).
    ("regency", str(QT_TRANSLATE_NOOP("RosterEditDialog", "Kabupaten/Kota"))),
)


def _current_text(p: Participant, field: str) -> str:
    if field == "birth_date":
        return p.birth_date.strftime("%d/%m/%Y") if p.birth_date else ""
    if field == "gender":
        return p.gender.value if p.gender else ""
    return str(getattr(p, field) or "")


class RosterEditDialog(QDialog):
    """Edit one participant's data; only changed fields are sent, with the reason."""

    def __init__(self, ctx: AppContext, participant: Participant, parent: QWidget | None = None) -> None:
        super().__init__(parent or ctx.window)
        self.ctx = ctx
        self.participant = participant
        self.setWindowTitle(self.tr("Ubah data peserta no. %1").replace("%1", str(participant.number)))
        form = self.form = QFormLayout()
        self.edits: dict[str, Any] = {}
        for field, label in FIELDS:
            if field == "gender":
                combo = QComboBox(self)
                combo.addItem(self.tr("(kosong)"), "")
                combo.addItem(self.tr("L (laki-laki)"), "L")
                combo.addItem(self.tr("P (perempuan)"), "P")
                combo.setCurrentIndex(max(0, combo.findData(_current_text(participant, field))))
                widget: Any = combo
            else:
                widget = QLineEdit(_current_text(participant, field), self)
                if field == "certificate_name":
                    widget.setPlaceholderText(self.tr("sama dengan nama"))
                if field == "birth_date":
                    widget.setPlaceholderText("17/08/1990")
                if field == "regency":
                    self._region_field(widget)
            widget.setAccessibleName(translate("RosterEditDialog", label))
            form.addRow(translate("RosterEditDialog", label), widget)
            self.edits[field] = widget
            if field == "regency":
                form.addRow("", self.region_codes)
                self._show_region_codes(widget.text())
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("mis. salah ketik di daftar dari instansi"))
        self.reason.setAccessibleName(self.tr("Alasan perubahan"))
        form.addRow(self.tr("Alasan perubahan (wajib)"), self.reason)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.locked_label = QLabel(self)  # why nothing can be changed, said before typing
        self.locked_label.setWordWrap(True)
        self.locked_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.locked_label.hide()
        layout.addWidget(self.locked_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)  # "Rina Marlina, S.I.Kom." and a region name fit uncut
        self._show_refusal()

    def _show_refusal(self) -> None:
        from humas_desktop.services.roster_edit import refusal

        edb = self.ctx.edb
        refused = refusal(edb, self.participant.id) if edb is not None else None
        if refused is None:
            return
        self.locked_label.setText(error_text(refused))
        self.locked_label.show()
        for widget in (*self.edits.values(), self.reason, self.save_button):
            widget.setEnabled(False)
        self.cancel_button.setText(self.tr("Tutup"))
        self.cancel_button.setDefault(True)

    def _region_field(self, edit: QLineEdit) -> None:
        from humas_desktop.services.roster_edit import region_names

        edit.setPlaceholderText(self.tr("mis. Kota Bandung, Kabupaten Sleman atau kode 3273"))
        completer = QCompleter(region_names(), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        self.region_codes = QLabel(self)
        edit.textChanged.connect(self._show_region_codes)

    def _show_region_codes(self, text: str) -> None:
        """What the BNSP sheet will carry, shown while typing."""
        from humas_desktop.services.roster_edit import region_codes_of

        found = region_codes_of(text)
        if not text.strip():
            self.region_codes.setText(self.tr("Kode kota/provinsi BNSP: kosong"))
            self.region_codes.setStyleSheet("color: #8a4b00;")
        elif found is None:
            self.region_codes.setText(self.tr("Tidak ada di daftar wilayah Kemendagri"))
            self.region_codes.setStyleSheet("color: #b00020;")
        else:
            self.region_codes.setText(self.tr("%1 · kode kota %2 · kode provinsi %3")
                                      .replace("%1", found[0]).replace("%2", found[1])
                                      .replace("%3", found[2]))
            self.region_codes.setStyleSheet("color: #1d6b2f;")

    def value(self, field: str) -> str:
        widget = self.edits[field]
        return str(widget.currentData()) if isinstance(widget, QComboBox) else widget.text()

    def changes(self) -> dict[str, str]:
        return {f: self.value(f) for f, _ in FIELDS
                if self.value(f).strip() != _current_text(self.participant, f).strip()}

    def save(self) -> None:
        from humas_desktop.services.roster_edit import edit_participant

        edb = self.ctx.edb
        if edb is None:
            return
        changes = self.changes()
        if not changes:
            self.reject()
            return
        try:
            result = edit_participant(edb, self.participant.id, changes, self.reason.text())
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.result_changed = sorted(result.changed)
        self.ctx.changed.emit()
        self.ctx.prompter.status(self.tr("Data peserta no. %1 diperbarui.")
                                 .replace("%1", str(self.participant.number)), 6000)
        self.accept()


class AddParticipantDialog(RosterEditDialog):
    """Acara → Tambah peserta…: one participant (a walk-in, or a row the import refused), with
    the import's checks, a scheme when the event has several, and the assessor who takes them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from humas_desktop.services import workspace

        super().__init__(ctx, Participant(name=""), parent)
        edb = ctx.edb
        assert edb is not None, "opened only with an event open"
        self.setWindowTitle(self.tr("Tambah peserta"))
        self.save_button.setText(self.tr("Tambahkan"))
        self.reason.setText(self.tr("peserta datang langsung di lokasi"))
        self.scheme = QComboBox(self)
        self.scheme.setAccessibleName(self.tr("Skema"))
        schemes = workspace.schemes(edb)
        for scheme in schemes:
            self.scheme.addItem(f"{scheme.code} · {scheme.title_id}", scheme.id)
        if len(schemes) > 1:
            self.scheme.insertItem(0, self.tr("(pilih skema)"), None)
            self.scheme.setCurrentIndex(0)
        self.assessor = QComboBox(self)
        self.assessor.setAccessibleName(self.tr("Asesor"))
        self.assessor.addItem(self.tr("(belum ditentukan)"), None)
        loads = workspace.assessors_with_load(edb)
        for assessor_id, name, _met, _fp, load in loads:
            self.assessor.addItem(self.tr("%1 (%2 asesi)").replace("%1", name)
                                  .replace("%2", str(load)), assessor_id)
        if loads:  # the least-loaded assessor, the earliest on a tie (as the balancing does)
            least = min(range(len(loads)), key=lambda i: (loads[i][4], i))
            self.assessor.setCurrentIndex(least + 1)
        at = self.form.rowCount() - 1  # above the reason
        self.form.insertRow(at, self.tr("Asesor"), self.assessor)
        if len(schemes) > 1:
            self.form.insertRow(at, self.tr("Skema"), self.scheme)
        else:
            self.scheme.hide()  # the event's one scheme, nothing to choose
        label = self.form.labelForField(self.reason)
        if isinstance(label, QLabel):
            label.setText(self.tr("Alasan penambahan (wajib)"))
        self.added: Participant | None = None
        self.edits["name"].setFocus()

    def _show_refusal(self) -> None:
        """Nobody is locked yet: the service says why when the event cannot take anyone."""

    def save(self) -> None:
        from humas_desktop.services.roster_edit import add_participant

        edb = self.ctx.edb
        if edb is None:
            return
        values = {f: self.value(f) for f, _ in FIELDS if self.value(f).strip()}
        try:
            result = add_participant(edb, values, self.reason.text(),
                                     assessor_id=self.assessor.currentData(),
                                     scheme_id=self.scheme.currentData())
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.added = result.participant
        self.ctx.changed.emit()
        text = self.tr("Peserta no. %1 \"%2\" ditambahkan.") \
            .replace("%1", str(result.participant.number)).replace("%2", result.participant.name)
        notes = [message_text(code) for code in dict.fromkeys(result.warnings)]
        self.ctx.prompter.status(" ".join([text, *notes]), 10000)
        panel = getattr(self.ctx.window, "participants", None)
        if panel is not None:
            panel.select(result.participant.id)
        self.accept()


class AssignAssessorDialog(QDialog):
    """Give the selected participants (one or many) to one assessor."""

    def __init__(self, ctx: AppContext, participant_ids: list[str],
                 parent: QWidget | None = None) -> None:
        from humas_desktop.services import workspace

        super().__init__(parent or ctx.window)
        self.ctx = ctx
        self.participant_ids = list(participant_ids)
        edb = ctx.edb
        assert edb is not None, "opened only with an event open"
        self.setWindowTitle(self.tr("Tetapkan asesor"))
        text = QLabel(self.tr("Asesor utama untuk %1 peserta terpilih:")
                      .replace("%1", str(len(self.participant_ids))), self)
        text.setWordWrap(True)
        self.assessor = QComboBox(self)
        self.assessor.setAccessibleName(self.tr("Asesor"))
        for assessor_id, name, _met, _fp, load in workspace.assessors_with_load(edb):
            self.assessor.addItem(self.tr("%1 (%2 asesi)").replace("%1", name)
                                  .replace("%2", str(load)), assessor_id)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Tetapkan"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Batal"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.assign)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.assessor)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def assign(self) -> None:
        from humas_desktop.services.roster_edit import assign_assessor

        edb = self.ctx.edb
        if edb is None:
            return
        try:
            changed = assign_assessor(edb, self.participant_ids, self.assessor.currentData())
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.ctx.changed.emit()
        self.ctx.prompter.status(self.tr("%1 peserta kini dinilai %2.")
                                 .replace("%1", str(changed))
                                 .replace("%2", self.assessor.currentText()), 8000)
        self.accept()


class RemoveParticipantDialog(QDialog):
    """Remove one participant (with their unsigned records) after naming them and a reason."""

    def __init__(self, ctx: AppContext, participant: Participant, parent: QWidget | None = None) -> None:
        super().__init__(parent or ctx.window)
        self.ctx = ctx
        self.participant = participant
        self.setWindowTitle(self.tr("Hapus peserta"))
        text = QLabel(self.tr("Hapus peserta no. %1 \"%2\" dari acara ini? Rekaman asesmennya yang "
                              "belum ditandatangani ikut terhapus; semuanya dicatat di jejak audit.")
                      .replace("%1", str(participant.number)).replace("%2", participant.name), self)
        text.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("mis. baris tanda tangan ikut terimpor"))
        self.reason.setAccessibleName(self.tr("Alasan penghapusan"))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(self)
        self.remove_button = self.buttons.addButton(self.tr("Hapus"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        # A removal is never what Enter does by accident, and Enter never throws the typed reason
        # away either: Enter in the reason box moves to "Hapus"; a second Enter removes.
        self.cancel_button.setDefault(True)  # (a button box would make "Hapus" the default)
        self.remove_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Alasan (wajib)"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.focusWidget() is self.reason:
            if self.reason.text().strip():
                self.remove_button.setDefault(True)
                self.remove_button.setFocus()
            return
        super().keyPressEvent(event)

    def remove(self) -> None:
        from humas_desktop.services.roster_edit import remove_participant

        edb = self.ctx.edb
        if edb is None:
            return
        try:
            remove_participant(edb, self.participant.id, self.reason.text())
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.ctx.changed.emit()
        self.ctx.prompter.status(self.tr("Peserta no. %1 dihapus.")
                                 .replace("%1", str(self.participant.number)), 6000)
        self.accept()


class OccupationCodesDialog(QDialog):
    """BNSP occupation codes for many participants at once: one row per job title, select
    several rows (Ctrl/Shift-click), type the code once, apply."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent or ctx.window)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Kode pekerjaan BNSP"))
        intro = QLabel(self.tr("Tutup sesi memerlukan kode pekerjaan BNSP untuk setiap peserta. "
                               "Pilih satu atau beberapa jabatan (Ctrl+klik), ketik kodenya sekali, "
                               "lalu Terapkan: semua peserta dengan jabatan itu mendapat kode "
                               "tersebut (dicatat di jejak audit)."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Jabatan"), self.tr("Peserta"),
                                              self.tr("Kode")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("mis. 5"))
        self.code.setAccessibleName(self.tr("Kode pekerjaan"))
        self.apply_button = QPushButton(self.tr("Terapkan ke jabatan terpilih"), self)
        self.apply_button.setAutoDefault(False)
        self.apply_button.clicked.connect(self.apply)
        self.code.returnPressed.connect(self.apply)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Kode:"), self))
        row.addWidget(self.code)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Tutup"))
        close.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self.groups: list[Any] = []
        self.reload()

    def reload(self) -> None:
        from humas_desktop.services.occupation_codes import job_groups

        edb = self.ctx.edb
        self.groups = job_groups(edb) if edb is not None else []
        self.table.setRowCount(len(self.groups))
        missing = 0
        for r, group in enumerate(self.groups):
            code = group.code or ("" if "" in group.codes else self.tr("beragam"))
            if "" in group.codes:
                missing += group.count
            cells = [group.title or self.tr("(tanpa jabatan)"), str(group.count),
                     code or self.tr("— kosong")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2 and not group.code:
                    item.setForeground(QColor("#b00020"))
                self.table.setItem(r, c, item)
        self.summary = missing
        if not self.status.text():
            self.status.setText(self.tr("%1 peserta belum punya kode pekerjaan.")
                                .replace("%1", str(missing)))

    def select_titles(self, titles: list[str]) -> None:
        """Select the rows of these job titles (tests, and a future search box)."""
        self.table.clearSelection()
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for r, group in enumerate(self.groups):
            if group.title in titles:
                model.select(self.table.model().index(r, 0), flags)

    def apply(self) -> None:
        from humas_desktop.services.occupation_codes import set_occupation_code

        edb = self.ctx.edb
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if edb is None or not rows:
            self.status.setText(self.tr("Pilih jabatan di daftar dulu (Ctrl+klik untuk beberapa)."))
            return
        ids = [pid for r in rows for pid in self.groups[r].participant_ids]
        try:
            changed = set_occupation_code(edb, ids, self.code.text())
        except DomainError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Kode %1 diisikan untuk %2 peserta.")
                            .replace("%1", self.code.text().strip()).replace("%2", str(changed)))
        self.code.clear()
        self.reload()
        self.ctx.changed.emit()


class RosterEditFeature:
    """Menu actions and the list's context menu for correcting the roster."""

    def __init__(self, ctx: AppContext, current_participant: Any,
                 selected_participants: Any = None) -> None:
        self.ctx = ctx
        self.current_participant = current_participant  # () -> participant id or None
        # () -> the ids of every selected row (many with Ctrl/Shift-click)
        self.selected_participants = selected_participants or (
            lambda: [p for p in [current_participant()] if p])
        self.dialog: QDialog | None = None
        self.action_edit = QAction(translate("RosterEditDialog", "&Ubah data peserta…"), ctx.window)
        self.action_edit.triggered.connect(lambda: self.edit())
        self.action_remove = QAction(translate("RosterEditDialog", "&Hapus peserta…"), ctx.window)
        self.action_remove.triggered.connect(lambda: self.remove())
        self.action_codes = QAction(translate("RosterEditDialog", "&Kode pekerjaan BNSP…"),
                                    ctx.window)
        self.action_codes.triggered.connect(lambda: self.codes())
        self.action_add = QAction(translate("RosterEditDialog", "&Tambah peserta…"), ctx.window)
        self.action_add.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.action_add.triggered.connect(lambda: self.add())
        self.action_assign = QAction(translate("RosterEditDialog",
                                               "Tetapkan &asesor untuk peserta terpilih…"),
                                     ctx.window)
        self.action_assign.triggered.connect(lambda: self.assign())
        ctx.menus.event.addSeparator()
        ctx.menus.event.addAction(self.action_add)
        ctx.menus.event.addAction(self.action_assign)
        ctx.menus.event.addAction(self.action_edit)
        ctx.menus.event.addAction(self.action_remove)
        ctx.menus.event.addAction(self.action_codes)

    def _participant(self, participant_id: str | None) -> Participant | None:
        from humas_desktop.services import workspace

        edb = self.ctx.require_event()
        pid = participant_id or self.current_participant()
        if edb is None:
            return None
        if not pid:
            self.ctx.prompter.information(translate("RosterEditDialog", "Belum ada peserta dipilih"),
                                          translate("RosterEditDialog",
                                                    "Pilih peserta di daftar terlebih dahulu."))
            return None
        return workspace.participant(edb, pid)

    def edit(self, participant_id: str | None = None) -> RosterEditDialog | None:
        person = self._participant(participant_id)
        if person is None:
            return None
        dialog = RosterEditDialog(self.ctx, person)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.open()
        return dialog

    def codes(self) -> OccupationCodesDialog | None:
        if self.ctx.require_event() is None:
            return None
        dialog = OccupationCodesDialog(self.ctx)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.open()
        return dialog

    def remove(self, participant_id: str | None = None) -> RemoveParticipantDialog | None:
        person = self._participant(participant_id)
        if person is None:
            return None
        dialog = RemoveParticipantDialog(self.ctx, person)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.open()
        return dialog


    def add(self) -> AddParticipantDialog | None:
        if self.ctx.require_event() is None:
            return None
        dialog = AddParticipantDialog(self.ctx)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.open()
        return dialog

    def assign(self, participant_ids: list[str] | None = None) -> AssignAssessorDialog | None:
        if self.ctx.require_event() is None:
            return None
        ids = list(participant_ids) if participant_ids else list(self.selected_participants())
        if not ids:
            self.ctx.prompter.information(translate("RosterEditDialog", "Belum ada peserta dipilih"),
                                          message_text("assign_nobody"))
            return None
        dialog = AssignAssessorDialog(self.ctx, ids)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.open()
        return dialog
