"""Main window: participants | interview | scoring in a splitter, menus and a status bar."""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QWidget,
)

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Attendance, Scheme, Verdict
from humas_desktop.domain.progress import Progress
from humas_desktop.gui import integrity_watch
from humas_desktop.gui.context import AppContext, Menus
from humas_desktop.gui.errors import error_text, install_message_translator
from humas_desktop.gui.interview import InterviewPanel
from humas_desktop.gui.interview_widgets import ChangeRunner
from humas_desktop.gui.participants import ParticipantsPanel
from humas_desktop.gui.scoring_panel import ScoringPanel
from humas_desktop.gui.welcome import WelcomePage
from humas_desktop.services import workspace
from humas_desktop.services.scoring import ScoringService
from humas_desktop.services.session import EventSession
from humas_desktop.services.workspace import Device, EventDB

ORG = "HumasDesktop"
RESTORE_AFTER_MS = 100  # the last participant is selected this long after the event opens
FIRST_ROWS = 80  # participants read before the first paint when the app starts (a screenful)
REST_AT_LATEST_MS = 1000  # the other rows are read after the first paint, or after this


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, on the event-loop turn after ``widget``'s first paint (a child of
    the widget: it goes with it)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)  # after this paint has reached the screen
        return False

    def _fire(self) -> None:
        self._then()
        self.deleteLater()


def after_first_paint(widget: QWidget, then: Callable[[], None],
                      at_latest_ms: int = REST_AT_LATEST_MS) -> None:
    """Call ``then`` once: on the event-loop turn after ``widget``'s first paint, or after
    ``at_latest_ms`` if it has not painted by then (start-up work the first paint does not need)."""
    done = False

    def once() -> None:
        nonlocal done
        if not done and shiboken6.isValid(widget):
            done = True
            then()

    _AfterFirstPaint(widget, once)
    QTimer.singleShot(at_latest_ms, widget, once)


def _app_lock_set(base: Path) -> bool:
    """Whether this data folder has an app lock (it must cover the window from the start)."""
    from humas_desktop.paths import APP_LOCK_FILE

    try:
        if not (base / APP_LOCK_FILE).exists():
            return False  # no lock set (most laptops): the lock's module is not needed to say so
        from humas_desktop.services import app_lock as lock_store

        return lock_store.load_config(base) is not None
    except Exception:  # noqa: BLE001 - unsure: build the features (and the lock) at once
        return True


class MainWindow(QMainWindow):
    event_changed = Signal()  # an event file was opened (or closed): re-read what you show

    def __init__(self, base: Path, device: Device, parent: QWidget | None = None,
                 features_after_paint: bool = False) -> None:
        super().__init__(parent)
        self.base = base
        self.device = device
        install_message_translator()
        self.ctx = AppContext(base, device, self, open_event=self.open_event,
                              release_event=self._close_event_file)
        self.service: ScoringService | None = None
        # Set by the app before it opens the event at start-up: show the first screenful of
        # participants, read the others after the first paint (gui/app.py).
        self.first_rows_only = False
        self._rows_partial: EventSession | None = None
        self.participant_id: str | None = None
        self.assessment_id: str | None = None
        self._schemes: dict[str, Scheme] = {}
        self._remember_timer = QTimer(self)
        self._remember_timer.setSingleShot(True)
        self._remember_timer.setInterval(3000)
        self._remember_timer.timeout.connect(self._remember_participant)
        self.setWindowTitle("Humas Desktop")
        from humas_desktop.gui import screen_fit

        # 1366x768 inside at most, and never taller or wider than the screen's free area.
        screen_fit.fit_to_screen(self, 1366, 768)
        # The dialog clamp filters every event of the application (each object it sees gets its
        # Python type made, ~25 ms on the first events): dialogs come from the menu features.
        if not features_after_paint:
            screen_fit.install()
        self.runner = ChangeRunner(self)
        self.participants = ParticipantsPanel(self)
        self.interview = InterviewPanel(self)
        self.scoring = ScoringPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for panel in (self.participants, self.interview, self.scoring):
            self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([470, 530, 340])
        from PySide6.QtWidgets import QStackedWidget

        self.welcome: WelcomePage | None = None  # built on first need: most starts open an event directly
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.event_label = QLabel(self)
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(self.tr("Status penyimpanan"))
        self.statusBar().addWidget(self.event_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()
        self.participants.participant_selected.connect(self._on_participant)
        self.participants.attendance_requested.connect(self._on_attendance)
        self.runner.saved.connect(self._on_saved)
        self.runner.saved_in_place.connect(self._show_saved)
        self.interview.verdict_saved.connect(self._on_verdict_saved)
        self.runner.failed.connect(self._on_failed)
        self.scoring.signed_changed.connect(self._on_signed_changed)
        self.interview.current_question_changed.connect(self._on_question)
        self.setTabOrder(self.participants.search, self.participants.status_filter)
        self.setTabOrder(self.participants.status_filter, self.participants.mine)
        self.setTabOrder(self.participants.mine, self.participants.table)
        self.storage_warning_texts: list[str] = []
        # Feature modules: each gets the narrow context, adds its own actions and keeps its
        # own state; the window only re-reads what it shows when a feature says data changed.
        self.ctx.menus = Menus(self.menu_file, self.menu_event, self.menu_settings, self.menu_help,
                               self.action_quit)
        self.ctx.changed.connect(self.refresh)
        self.ctx.event_opened.connect(self.event_changed)
        self.features_built = False
        self._assessor_copy = False
        if not features_after_paint or _app_lock_set(base):
            self.build_features()  # a lock set must cover the window before its first paint
        else:
            # Start-up (issue #25): the menu features and their dialogs (export, registry, backup,
            # import ... and the services they import) are not needed to show the event; they
            # are imported and built on the event-loop turn after the first paint.
            after_first_paint(self, self.build_features)
        self.scoring.attendance_missing = self._attendance_missing
        # The full check after the first paint; a problem turns the workspace read-only.
        self.read_only_reason: str | None = None
        self.integrity = integrity_watch.IntegrityWatch(self.ctx, self.lock_workspace)

    def build_features(self) -> None:
        """The feature modules (menu actions, dialogs): each gets the narrow context and adds its
        own actions, in this order (the menus' order). Once; the app start calls it after the
        first paint, everything else when the window is made."""
        if self.features_built or not shiboken6.isValid(self):
            return
        self.features_built = True
        from humas_desktop.gui import screen_fit

        screen_fit.install()
        from humas_desktop.gui import (
            app_lock,
            appeal_dialog,
            backup_dialogs,
            document_settings_dialog,
            export_dialog,
            feedback_dialog,
            import_wizard,
            packages,
            privacy,
            registry_window,
            report_notes_dialog,
            review_dialog,
            roster_edit_dialog,
        )

        self.imports = import_wizard.ImportFeature(self.ctx)
        self.exports = export_dialog.ExportFeature(self.ctx)
        self.packages = packages.PackagesFeature(self.ctx)
        self.privacy = privacy.PrivacyFeature(self.ctx)
        self.app_lock = app_lock.install(self.ctx)
        self.backups = backup_dialogs.BackupFeature(self.ctx)
        self.document_settings = document_settings_dialog.DocumentSettingsFeature(self.ctx)
        self.report_notes = report_notes_dialog.ReportNotesFeature(self.ctx)
        self.feedback = feedback_dialog.FeedbackFeature(self.ctx)
        self.appeals = appeal_dialog.AppealFeature(self.ctx, lambda: self.participant_id)
        self.review = review_dialog.ReviewFeature(self.ctx)
        self.registry = registry_window.RegistryFeature(self.ctx)
        self.roster_edit = roster_edit_dialog.RosterEditFeature(
            self.ctx, lambda: self.participant_id, self.participants.selected_ids)
        self.participants.edit_requested.connect(self.roster_edit.edit)
        self.participants.remove_requested.connect(self.roster_edit.remove)
        self.participants.assign_requested.connect(self.roster_edit.assign)
        self.apply_role(self._assessor_copy)

    def coordinator_actions(self) -> list[QAction]:
        """The coordinator's acts an assessor's working copy does not offer (the services
        refuse them there too): the roster, hand-out and merge, closing, the LSP registry."""
        handout, merge, conflicts = self.packages.actions[:3]
        return [self.roster_edit.action_add, self.roster_edit.action_assign,
                self.roster_edit.action_edit, self.roster_edit.action_remove,
                self.roster_edit.action_codes, self.imports.action_import,
                self.imports.action_undo_import,
                self.exports.action_close_session, handout, merge, conflicts,
                self.registry.action_open, self.registry.action_location,
                self.document_settings.action_blanko, self.document_settings.action,
                self.appeals.action, self.review.review_action, self.review.validation_action]

    def apply_role(self, assessor_copy: bool) -> None:
        """Hide and disable the coordinator's actions on an assessor's working copy."""
        self._assessor_copy = assessor_copy
        for action in (self.coordinator_actions() if self.features_built else []):
            action.setVisible(not assessor_copy)
            action.setEnabled(not assessor_copy)
        self.participants.roster_actions = not assessor_copy

    @property
    def edb(self) -> EventDB | None:
        """The open event (held by the context the feature modules share)."""
        return self.ctx.edb

    @edb.setter
    def edb(self, value: EventDB | None) -> None:
        """Tests and recovery code hand over (or drop) a connection they opened themselves."""
        if value is None:
            self.ctx.session = None
            return
        session = EventSession(value.path, self.device.id, value.actor)
        session.adopt(value)
        self.ctx.session = session

    # --- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&Berkas"))
        self.action_open = QAction(self.tr("&Buka acara…"), self)
        self.action_open.setShortcut(QKeySequence.StandardKey.Open)
        self.action_open.triggered.connect(self.choose_event)
        self.menu_file.addAction(self.action_open)
        self.menu_file.addSeparator()
        self.action_quit = QAction(self.tr("&Keluar"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.triggered.connect(self.close)
        self.menu_file.addAction(self.action_quit)
        self.menu_event = bar.addMenu(self.tr("&Acara"))
        self.menu_scoring = bar.addMenu(self.tr("Pe&nilaian"))
        self.workspace_actions: list[QAction] = []

        def add(text: str, keys: str | QKeySequence.StandardKey, slot: object) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.menu_scoring.addAction(action)
            self.addAction(action)  # shortcuts work even while the menu bar is hidden
            self.workspace_actions.append(action)
            return action

        self.action_k = add(self.tr("Pertanyaan ini: K (kompeten)"), "Ctrl+K",
                            lambda: self.interview.set_verdict(Verdict.K))
        self.action_bk = add(self.tr("Pertanyaan ini: BK (belum kompeten)"), "Ctrl+B",
                             lambda: self.interview.set_verdict(Verdict.BK))
        self.action_unit_k = add(self.tr("Unit ini: rekomendasi K"), "Ctrl+Shift+K",
                                 lambda: self._unit_verdict(Verdict.K))
        self.action_unit_bk = add(self.tr("Unit ini: rekomendasi BK"), "Ctrl+Shift+B",
                                  lambda: self._unit_verdict(Verdict.BK))
        self.action_next_q = add(self.tr("Pertanyaan berikutnya"), "Alt+Down",
                                 self.interview.next_question)
        self.action_prev_q = add(self.tr("Pertanyaan sebelumnya"), "Alt+Up",
                                 self.interview.previous_question)
        self.action_next_p = add(self.tr("Peserta berikutnya"), "Alt+PgDown",
                                 lambda: self.participants.select_offset(1))
        self.action_prev_p = add(self.tr("Peserta sebelumnya"), "Alt+PgUp",
                                 lambda: self.participants.select_offset(-1))
        self.action_notes = add(self.tr("Ke catatan unit"), "Ctrl+Shift+N",
                                self.interview.focus_notes)
        self.action_timer = add(self.tr("Mulai / jeda waktu wawancara"), "Ctrl+T",
                                self.interview.toggle_timer)
        self.action_consent = add(self.tr("Konfirmasi persetujuan asesi (FR.AK.01)"),
                                  "Ctrl+Shift+P", self.interview.confirm_consent)
        self.action_undo = add(self.tr("Urungkan perubahan nilai / catatan terakhir (di kotak "
                                       "teks: mengurungkan ketikan di kotak itu)"),
                               QKeySequence.StandardKey.Undo, self.undo)
        # Ctrl+Z inside an answer or notes box undoes typing there (the box keeps it); this one
        # reaches the verdict undo from anywhere, the cursor in a text box included.
        self.action_undo_anywhere = add(self.tr("Urungkan nilai terakhir, juga saat kursor di "
                                                "kotak teks"), "Ctrl+Alt+Z", self.undo)
        self.action_undo_anywhere.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action_search = add(self.tr("Cari peserta"), QKeySequence.StandardKey.Find,
                                 self._focus_search)
        self.action_overall = add(self.tr("Ke rekomendasi akhir dan tanda tangan"), "Ctrl+Shift+R",
                                  self._focus_overall)
        self.menu_settings = bar.addMenu(self.tr("&Pengaturan"))
        self.action_settings = QAction(self.tr("&Pengaturan…"), self)
        self.action_settings.triggered.connect(self.open_settings)
        self.menu_settings.addAction(self.action_settings)
        self.menu_help = bar.addMenu(self.tr("Ban&tuan"))
        self.action_shortcuts = QAction(self.tr("&Pintasan keyboard"), self)
        self.action_shortcuts.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.action_shortcuts.triggered.connect(self.show_shortcuts)
        self.menu_help.addAction(self.action_shortcuts)
        about = QAction(self.tr("&Tentang Humas Desktop"), self)
        about.triggered.connect(self._about)
        self.menu_help.addAction(about)

    def _about(self) -> None:
        from humas_desktop.gui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    # --- events --------------------------------------------------------------------------
    def show_welcome(self) -> None:
        self.event_label.setText(self.tr("Belum ada acara terbuka. Berkas → Buka acara…"))
        if self.welcome is None:
            self.welcome = WelcomePage(self)
            self.welcome.open_requested.connect(self.choose_event)
            self.welcome.new_requested.connect(self._new_event_from_welcome)
            self.welcome.demo_requested.connect(self.open_demo)
            self.stack.addWidget(self.welcome)
        self.welcome.new_button.setVisible(True)
        self.stack.setCurrentWidget(self.welcome)

    def _new_event_from_welcome(self) -> None:
        self.build_features()
        self.imports.action_new_event.trigger()

    def open_demo(self) -> None:
        """Build a demo event off the UI thread, then open it."""
        from humas_desktop.gui.operations import Operation
        from humas_desktop.services.demo import build_demo

        base, device = self.base, self.device
        welcome = self.welcome
        assert welcome is not None  # the demo button lives on the welcome page
        welcome.demo_button.setEnabled(False)
        welcome.status.setText(self.tr("Membuat acara demo…"))

        def job() -> Generator[Progress, None, str]:
            path = ""
            for progress in build_demo(base, 30, device=device):
                path = progress.message
                yield progress
            return path

        def done(path: str) -> None:
            welcome.demo_button.setEnabled(True)
            welcome.status.clear()
            self.open_event(Path(path))

        def failed(text: str) -> None:
            welcome.demo_button.setEnabled(True)
            welcome.status.setText(text)

        op = Operation[str](job, label=self.tr("Membuat acara demo…"), parent=self)
        op.success(done).failure(failed).run()

    def show_storage_warnings(self, texts: list[str]) -> None:
        """Start-up warnings about the data folder (network drive, removable disk, low space)."""
        self.storage_warning_texts = list(texts)
        self.statusBar().showMessage(" ".join(texts), 60_000)

    def choose_event(self) -> None:
        from humas_desktop.gui.open_event import OpenEventDialog

        path = OpenEventDialog.ask(self.base, self)
        if path is not None:
            self.open_event(path)

    def open_event(self, path: Path) -> bool:
        """Open ``path`` as the window's event (its session owns every connection to it)."""
        session = EventSession(path, self.device.id)
        try:
            edb = session.main
            event = workspace.event_header(edb)
        except DomainError as exc:
            session.close()
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Acara tidak dapat dibuka"), error_text(exc, path=path.name))
            return False
        self._close_event_file()
        self.ctx.session = session
        self.service = ScoringService(edb, self.device)
        current = self.service.current_assessor()
        if current is not None:
            session.set_actor(current.id)
        # On an assessor's working copy (opened from a hand-out package) the audit actor is
        # that assessor, whatever this laptop's settings say.
        working_copy_assessor = workspace.assessor_copy_of(edb)
        if working_copy_assessor:
            session.set_actor(working_copy_assessor)
        self._schemes = {s.id: s for s in workspace.schemes(edb)}
        self.stack.setCurrentWidget(self.splitter)
        if working_copy_assessor:
            # An assessor's working copy from a hand-out package: results go back by "Kirim hasil".
            title = self.tr("%1 — salinan kerja asesor — Humas Desktop")
            self.setWindowTitle(title.replace("%1", event.name))
        else:
            self.setWindowTitle(f"{event.name} — Humas Desktop")
        # An event without a TUK name ends with the LSP, not with a dangling "·".
        self.event_label.setText(" · ".join(t for t in (event.name, event.lsp_name, event.tuk_name)
                                            if t and t.strip()))
        from humas_desktop.gui import app_settings

        # Remembered right after the first paint (a settings file write is not needed to show it).
        QTimer.singleShot(0, lambda: app_settings.remember_event(self.base, path))
        self.participants.set_my_assessor(current.id if current else None)
        self.apply_role(assessor_copy=bool(working_copy_assessor))
        self.refresh()
        self.ctx.event_opened.emit()
        # After a crash or restart: back to the participant the assessor was working on, once
        # the window has painted (loading an 18-unit interview is not part of showing it).
        last = self.service.last_participant()
        if last:
            QTimer.singleShot(RESTORE_AFTER_MS, lambda: self._restore_participant(session, last))
        return True

    def _restore_participant(self, session: EventSession, participant_id: str) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed first
        if self.ctx.session is session and self.participant_id is None:
            self._complete_rows()
            self.participants.select(participant_id)

    def rows_after_paint(self, on: bool) -> None:
        """Start-up (gui/app.py): the next event opened shows its first screenful of
        participants, and reads the others after the window's first paint."""
        self.first_rows_only = on

    def _complete_rows(self) -> None:
        """Read every participant's row when only the first screenful is shown (start-up)."""
        if not shiboken6.isValid(self) or self._rows_partial is None:
            return
        if self._rows_partial is not self.ctx.session or self.edb is None:
            self._rows_partial = None  # another event (or none) is open now
            return
        keep = self.participants.current_id()
        self._set_rows()
        if keep:
            self.participants.select(keep)

    def refresh(self) -> None:
        """Re-read the participants table and the selected participant (e.g. after an import)."""
        if self.edb is None:
            return
        keep = self.participant_id
        self._set_rows()
        if keep and self.participants.select(keep) and self.service and self.assessment_id:
            self.interview.refresh()
            self.scoring.refresh()

    def _set_rows(self) -> None:
        if self.edb is None:
            return
        if self.first_rows_only:
            # App start-up (issue #25): the first screenful now, every row after the first paint.
            self.first_rows_only = False
            first = workspace.participant_summaries(self.edb, FIRST_ROWS)
            if len(first) == FIRST_ROWS:  # maybe more: read them once the window has painted
                self._rows_partial = self.ctx.session
                self.participants.set_rows(first)
                # The window's own paint (asking Python for the table's viewport makes the type of
                # every Qt widget class, ~7 ms, before the first paint).
                after_first_paint(self, self._complete_rows)
                return
            rows = first
        else:
            rows = workspace.participant_summaries(self.edb)
        self._rows_partial = None
        self.participants.set_rows(rows)
        if not self.participants.model.rows():
            # An empty event says what to do next instead of "choose a participant".
            self.interview.clear(self.tr("Belum ada peserta — Berkas → Impor peserta…"))
            self.scoring.clear()

    def _on_participant(self, participant_id: str) -> None:
        if self.edb is None or self.service is None:
            return
        if participant_id == self.participant_id and self.assessment_id:
            return
        self.interview.commit_pending()
        self.participant_id = participant_id
        # Remembered once the assessor stays on someone (and on close): a click through the
        # list writes nothing and does not wait for a commit.
        self._remember_timer.start()
        person = workspace.participant(self.edb, participant_id)
        try:
            self.assessment_id = self.service.assessment_for(participant_id)
        except DomainError as exc:
            self._on_failed(error_text(exc))
            self.assessment_id = None
        scheme = self._schemes.get(person.scheme_id or "")
        if self.assessment_id is None or scheme is None:
            self.interview.clear(f"<b>{person.name}</b><br>"
                                 + error_text(DomainError("no_assessor")))
            self.scoring.clear()
            return
        assessment = self.service.assessment(self.assessment_id)
        assessor = next((a for a in workspace.assessors(self.edb)
                         if a.id == assessment.assessor_id), None)
        self.interview.load(self.service, self.runner, scheme, person, assessment)
        self.scoring.load(self.service, self.runner, scheme, assessment, assessor)

    def lock_workspace(self, reason: str | None, code: str = "event_failed_check") -> None:
        """Read-only while the open file failed its check or is still being checked (``reason``
        is the banner's text, ``code`` the refusal each write raises): the interview and scoring
        panels, the scoring shortcuts and attendance write nothing. ``None`` re-enables the
        panels; only the check's success lifts a refusal (IntegrityWatch)."""
        self.read_only_reason = reason
        if reason is not None and self.ctx.session is not None:
            # Not only the workspace: every menu feature and background job writes nothing.
            self.ctx.session.refuse_writes(code)
        self.interview.setEnabled(reason is None)
        self.scoring.setEnabled(reason is None)
        for action in (self.action_k, self.action_bk, self.action_unit_k, self.action_unit_bk,
                       self.action_timer, self.action_consent, self.action_undo,
                       self.action_undo_anywhere):
            action.setEnabled(reason is None)

    def _attendance_missing(self) -> bool:
        if self.edb is None or self.participant_id is None:
            return False
        return workspace.participant(self.edb, self.participant_id).attendance is None

    def _remember_participant(self) -> None:
        self._remember_timer.stop()
        if self.read_only_reason is not None:
            return  # a file that failed its check is not written, not even this setting
        if self.service is not None and self.participant_id is not None \
                and self.service.last_participant() != self.participant_id:
            self.service.set_last_participant(self.participant_id)

    # --- autosave feedback ----------------------------------------------------------------
    def _show_saved(self) -> None:
        self.saved_label.setText(self.tr("✓ Tersimpan %1").replace(
            "%1", QTime.currentTime().toString("HH:mm:ss")))
        if self.saved_label.styleSheet() != self._SAVED_STYLE:
            self.saved_label.setStyleSheet(self._SAVED_STYLE)  # a new style sheet re-polishes

    _SAVED_STYLE = "color: #1d6b2f;"

    def _on_verdict_saved(self, unit_code: str) -> None:
        """A question's K/BK was committed: its unit's count and the row, nothing else."""
        self.scoring.show_unit_progress(unit_code, self.interview.verdicts)
        self._sync_row()

    def _on_saved(self) -> None:
        self._show_saved()
        if self.service is None or self.assessment_id is None or self.participant_id is None:
            return
        # One read of the assessment for the row and the scoring panel (each re-read ~2-4 ms).
        assessment = self.service.assessment(self.assessment_id)
        changes: dict[str, object] = {"status": assessment.status}
        if self.participants.model.attendance_of(self.participant_id) is None \
                and assessment.consent_at is not None:
            # Consent and sign-off record the participant present (services.scoring_rules):
            # the Kehadiran column says so at once, not after a restart (#24 N20).
            changes["attendance"] = workspace.participant(self.service.edb,
                                                          self.participant_id).attendance
        self.participants.update_row(self.participant_id, **changes)
        self.scoring.show_values(assessment)

    def _on_failed(self, text: str) -> None:
        self.saved_label.setText(text)
        self.saved_label.setStyleSheet("color: #a11;")
        self.statusBar().showMessage(text, 8000)

    def _sync_row(self) -> None:
        if self.service is None or self.assessment_id is None or self.participant_id is None:
            return
        status = self.service.assessment_status(self.assessment_id)
        if status is not self.participants.status_of(self.participant_id):
            self.participants.update_row(self.participant_id, status=status)

    def _on_signed_changed(self) -> None:
        self.interview.refresh()
        self._sync_row()

    def _on_question(self, index: int) -> None:
        if 0 <= index < len(self.interview.cards):
            self.scoring.set_current_unit(self.interview.cards[index].question.unit_code)

    def _on_attendance(self, participant_id: str, value: Attendance) -> None:
        if self.read_only_reason is not None:
            self._on_failed(self.read_only_reason)
            return
        if self.service is not None and self.runner.run(self.service.set_attendance,
                                                        participant_id, value):
            self.participants.update_row(participant_id, attendance=value)

    def _unit_verdict(self, verdict: Verdict) -> None:
        cards = self.interview.cards
        if cards:
            self.scoring.set_unit_recommendation(
                cards[self.interview.current].question.unit_code, verdict)

    def _focus_search(self) -> None:
        self.participants.search.setFocus()
        self.participants.search.selectAll()

    def _focus_overall(self) -> None:
        self.scoring.scroll_area.ensureWidgetVisible(self.scoring.confirm_button)
        self.scoring.overall.k.setFocus()

    def undo(self) -> None:
        """Ctrl+Z: put back the last verdict or note change (each undo is itself audited)."""
        if self.service is None or self.read_only_reason is not None:
            return
        self.interview.commit_pending()
        step = self.runner.run(self.service.undo)
        if step is True:  # nothing to undo
            self.statusBar().showMessage(self.tr("Tidak ada perubahan untuk diurungkan."), 4000)
        self.interview.refresh()
        self.scoring.refresh()
        self._sync_row()

    # --- settings and help ---------------------------------------------------------------
    def open_settings(self) -> None:
        from humas_desktop.gui.settings_dialog import (
            SettingsDialog,
            current_language,
        )

        assessors = workspace.assessors(self.edb) if self.edb is not None else []
        current = self.service.current_assessor() if self.service is not None else None
        result = SettingsDialog.ask(self, assessors, current.id if current else None,
                                    current_language(self.base))
        if result is None:
            return
        self.apply_settings(result.language, result.assessor_id)

    def apply_settings(self, language: str, assessor_id: str | None) -> None:
        from humas_desktop.gui.settings_dialog import current_language, save_language

        if language != current_language(self.base):
            save_language(self.base, language)
            self.statusBar().showMessage(
                self.tr("Bahasa akan berganti setelah aplikasi dimulai ulang."), 8000)
        if self.service is not None:
            self.service.set_current_assessor(assessor_id)
            self.participants.set_my_assessor(assessor_id)
            self.assessment_id = None
            if self.participant_id:
                self._on_participant(self.participant_id)

    def show_shortcuts(self) -> None:
        from humas_desktop.gui.shortcuts import ShortcutSheet

        ShortcutSheet([*self.workspace_actions, self.action_open, self.action_shortcuts],
                      self).exec()

    def _close_event_file(self) -> None:
        self._remember_participant()
        self.interview.commit_pending()
        self.interview.clear()
        self.scoring.clear()
        self.participant_id = self.assessment_id = None
        self.service = None
        if self.ctx.session is not None:
            session, self.ctx.session = self.ctx.session, None
            session.close()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._remember_participant()
        self._close_event_file()
        super().closeEvent(event)
