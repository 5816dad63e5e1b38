"""Acara menu, several laptops: hand out packages, merge results, resolve conflicts, the
completeness grid, and on an assessor laptop open a hand-out and "Kirim hasil".

The dialogs live in their own modules (handout_dialog, merge_dialogs, completeness_dialog,
busy_dialog); this module adds the menu actions and runs the package steps off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from humas_desktop.domain.progress import Progress
from humas_desktop.gui.busy_dialog import BusyDialog
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.operations import EventOp, Operation
from humas_desktop.services.workspace import EventDB

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate


def ask_package_passphrase(ctx: AppContext, paths: list[Path]) -> str | None:
    """'' when no package is encrypted, the passphrase typed, or None when the user cancelled."""
    from humas_desktop.services.workspace import package_needs_passphrase

    if not any(package_needs_passphrase(p) for p in paths):
        return ""
    return ctx.prompter.secret(translate("PackagesDialogs", "Paket terenkripsi"),
                               translate("PackagesDialogs", "Frasa sandi paket:"))


class PackagesFeature:
    """The several-laptop actions of the Acara menu (dialogs load when triggered)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.merge_report: QDialog | None = None  # the last merge's report, kept open
        self.busy: BusyDialog | None = None  # the modal wait of the last package step
        menu = ctx.menus.event
        menu.addSeparator()
        specs: list[tuple[str, Callable[[], object]]] = [
            (translate("PackagesDialogs", "Bagikan paket asesor…"), self.show_handout),
            (translate("PackagesDialogs", "Gabungkan hasil asesor…"), self.merge_from_files),
            (translate("PackagesDialogs", "Konflik penggabungan…"), self.show_conflicts),
            (translate("PackagesDialogs", "Kelengkapan hasil…"), self.show_completeness),
            (translate("PackagesDialogs", "Buka paket tugas (laptop asesor)…"), self.open_handout_file),
            (translate("PackagesDialogs", "Kirim hasil…"), self.send_results),
        ]
        self.actions: list[QAction] = []
        for text, slot in specs:
            action = QAction(text, ctx.window)
            action.triggered.connect(lambda _=False, s=slot: s())
            menu.addAction(action)
            self.actions.append(action)
        # Bantuan → Sidik kunci laptop ini: registering a laptop needs no terminal.
        self.own_fingerprint: QDialog | None = None
        self.action_fingerprint = QAction(translate("PackagesDialogs", "Sidik kunci laptop ini…"), ctx.window)
        self.action_fingerprint.triggered.connect(lambda _=False: self.show_own_fingerprint())
        ctx.menus.help.addAction(self.action_fingerprint)

    # --- coordinator dialogs ---------------------------------------------------------------
    def _with_event(self, show: Callable[[EventDB], object]) -> None:
        edb = self.ctx.require_event()
        if edb is None:
            return
        show(edb)
        self.ctx.changed.emit()

    def show_handout(self) -> None:
        from humas_desktop.gui.handout_dialog import HandoutDialog

        self._with_event(lambda edb: HandoutDialog(self.ctx).exec())

    def show_conflicts(self) -> None:
        from humas_desktop.gui.merge_dialogs import ConflictDialog

        self._with_event(lambda edb: ConflictDialog(edb, self.ctx.window).exec())

    def show_completeness(self) -> None:
        from humas_desktop.gui.completeness_dialog import CompletenessDialog

        self._with_event(lambda edb: CompletenessDialog(edb, self.ctx.window).exec())

    # --- merge -------------------------------------------------------------------------------
    def merge_from_files(self, paths: list[str] | None = None, passphrase: str | None = None) -> None:
        """Pick results packages and merge them off the UI thread (EventOp: the worker's own connection).
        ``passphrase``: already asked (an encrypted package opened from the file manager)."""
        from humas_desktop.gui.merge_dialogs import MergeReportDialog
        from humas_desktop.services.merge import MergeReport, import_results

        ctx = self.ctx
        if ctx.require_event() is None:
            return
        if paths is None:
            paths = ctx.prompter.open_files(translate("PackagesDialogs", "Paket hasil asesor"),
                                            translate("PackagesDialogs", "Paket Humas (*.humaspkg)"))
        if not paths:
            return
        packages = [Path(p) for p in paths]
        if passphrase is None:
            passphrase = ask_package_passphrase(ctx, packages)
        if passphrase is None:
            return

        # Modal while it runs, with how many packages are done; Batal stops it between two
        # packages (each package is merged in its own transaction: whole packages only).
        merged = [0]

        def progress(step: Progress) -> None:
            merged[0] = step.done
            if op.busy is not None:
                op.busy.set_progress(step.done, step.total,
                                     translate("PackagesDialogs", "%1 dari %2 paket digabung…")
                                     .replace("%1", str(step.done)).replace("%2", str(step.total)))

        def done(report: MergeReport) -> None:
            self.merge_report = MergeReportDialog(report, ctx.window)
            self.merge_report.open()

        def cancelled() -> None:
            ctx.changed.emit()  # the packages merged before Batal stay merged
            text = translate("PackagesDialogs",
                             "Penggabungan dibatalkan: %1 dari %2 paket sudah digabung; sisanya belum.")
            ctx.prompter.status(text.replace("%1", str(merged[0])).replace("%2", str(len(packages))), 60_000)

        checking = translate("PackagesDialogs", "Memeriksa berkas acara sebelum menggabungkan…")
        op = (EventOp[MergeReport](ctx, lambda edb: import_results(edb, packages, passphrase or None),
                                   label=translate("PackagesDialogs", "Penggabungan gagal"))
              .behind_busy_dialog(checking,
                                  title=translate("PackagesDialogs", "Gabungkan hasil asesor"),
                                  stop_text=translate("PackagesDialogs",
                                                      "Menghentikan setelah paket yang sedang digabung…"))
              .with_progress(progress).success(done).on_cancel(cancelled))
        op.run()
        self.busy = op.busy

    def open_package(self, path: Path) -> None:
        """A package opened from the file manager: results are merged into the open event,
        anything else goes through the hand-out path (which verifies and names what it is)."""
        from humas_desktop.services.merge import package_kind
        from humas_desktop.services.workspace import package_needs_passphrase, unlocked_package_kind

        kind = package_kind(path)
        if kind is None and package_needs_passphrase(path):
            # Encrypted: what it is shows only after decrypting. Ask once, look off the UI thread.
            passphrase = ask_package_passphrase(self.ctx, [path])
            if not passphrase:
                return
            op = Operation[str](lambda: unlocked_package_kind(path, passphrase),
                                label=translate("PackagesDialogs", "Buka paket"), parent=self.ctx.window)
            op.failure(self._handout_refused).success(
                lambda found: self._open_kind(path, found, passphrase))
            op.behind_busy_dialog(translate("PackagesDialogs", "Memeriksa paket…"))
            op.run()
            self.busy = op.busy
            return
        self._open_kind(path, kind, None)

    def _open_kind(self, path: Path, kind: str | None, passphrase: str | None) -> None:
        if kind == "results":
            self.merge_from_files([str(path)], passphrase)
        else:
            self.open_handout_file(str(path), passphrase)

    # --- assessor laptop ---------------------------------------------------------------------
    def open_handout_file(self, path: str | None = None, passphrase: str | None = None) -> None:
        """Verify a hand-out package off the UI thread (a 500-asesi package takes seconds); on first
        contact with its coordinator ask for the pairing code; then install and open it."""
        from humas_desktop.services.assessor_laptop import HandoutPreview, preview_handout

        ctx = self.ctx
        if path is None:
            path = ctx.prompter.open_file(translate("PackagesDialogs", "Paket tugas asesor"),
                                          translate("PackagesDialogs", "Paket Humas (*.humaspkg)"))
        if not path:
            return
        from humas_desktop.gui import app_settings

        # Kirim hasil starts on the stick the package came from.
        app_settings.remember_package_folder(ctx.base, Path(path).resolve().parent)
        if passphrase is None:
            passphrase = ask_package_passphrase(ctx, [Path(path)])
        if passphrase is None:
            return
        base, device, package = ctx.base, ctx.device, Path(path)

        def previewed(preview: HandoutPreview) -> None:
            from humas_desktop.gui.pairing_dialog import PairingDialog

            code = None
            if not preview.trusted:
                code = PairingDialog.ask(preview, ctx.window)
                if code is None:
                    return
            self._install_handout(package, passphrase or None, code)

        op = Operation[HandoutPreview](
            lambda: preview_handout(base, device, package, passphrase or None),
            label=translate("PackagesDialogs", "Buka paket tugas"), parent=ctx.window)
        op.failure(self._handout_refused).success(previewed)
        op.behind_busy_dialog(translate("PackagesDialogs", "Memeriksa paket tugas…"))
        op.run()
        self.busy = op.busy

    def _handout_refused(self, text: str) -> None:
        self.ctx.prompter.warning(translate("PackagesDialogs", "Paket ditolak"), text)

    def _install_handout(self, package: Path, passphrase: str | None, code: str | None) -> None:
        from humas_desktop.services.assessor_laptop import open_handout, working_copy_summary

        ctx = self.ctx
        base, device = ctx.base, ctx.device

        def done(path: Path) -> None:
            if not ctx.open_event(Path(path)) or ctx.edb is None:
                return
            summary = working_copy_summary(ctx.edb)
            if summary is not None:
                text = translate("PackagesDialogs", "Paket untuk %1: %2 asesi").replace(
                    "%1", summary[0]).replace("%2", str(summary[1]))
                ctx.prompter.status(text)
                ctx.prompter.information(translate("PackagesDialogs", "Buka paket tugas"), text)

        op = Operation[Path](
            lambda: open_handout(base, device, package, passphrase=passphrase, pairing_code=code),
            label=translate("PackagesDialogs", "Buka paket tugas"), parent=ctx.window)
        op.failure(self._handout_refused).success(done)
        op.behind_busy_dialog(translate("PackagesDialogs", "Memeriksa dan membuka paket tugas…"))
        op.run()
        self.busy = op.busy

    def show_own_fingerprint(self) -> None:
        from humas_desktop.gui.pairing_dialog import show_own_fingerprint

        self.own_fingerprint = show_own_fingerprint(self.ctx.window, self.ctx.device.fingerprint)

    @staticmethod
    def results_summary(edb: EventDB) -> str:
        """"2 dari 4 ditandatangani, 1 berlangsung, …": what the results package carries."""
        from humas_desktop.domain.models import AssessmentStatus, Attendance
        from humas_desktop.services import workspace

        rows = workspace.participant_summaries(edb)
        count = {s: sum(1 for r in rows if r.status is s) for s in AssessmentStatus}
        absent = sum(1 for r in rows if r.attendance is Attendance.TIDAK_HADIR)
        parts = [translate("PackagesDialogs", "%1 dari %2 ditandatangani")
                 .replace("%1", str(count[AssessmentStatus.DITANDATANGANI]))
                 .replace("%2", str(len(rows)))]
        for status, label in (
                (AssessmentStatus.SELESAI, translate("PackagesDialogs", "%1 menunggu tanda tangan")),
                (AssessmentStatus.BERLANGSUNG, translate("PackagesDialogs", "%1 berlangsung")),
                (AssessmentStatus.BELUM_MULAI, translate("PackagesDialogs", "%1 belum mulai"))):
            if count[status]:
                parts.append(label.replace("%1", str(count[status])))
        if absent:
            parts.append(translate("PackagesDialogs", "%1 tidak hadir").replace("%1", str(absent)))
        return ", ".join(parts)

    def send_results(self, folder: str | None = None) -> None:
        """Write, read back and verify the results package in a worker with its own connection."""
        from humas_desktop.gui import app_settings
        from humas_desktop.services.assessor_laptop import write_results

        ctx = self.ctx
        edb = ctx.require_event()
        if edb is None:
            return
        summary = self.results_summary(edb)
        if folder is None:
            # What is being sent, in the picker's title; it opens on the stick the hand-out
            # package came from (#24), not in the program's working folder.
            folder = ctx.prompter.folder(
                translate("PackagesDialogs", "Folder tujuan paket hasil — %1").replace("%1", summary),
                app_settings.package_folder(ctx.base))
        if not folder:
            return
        device, out_dir = ctx.device, Path(folder)

        def done(path: Path) -> None:
            text = translate("PackagesDialogs",
                             "Paket hasil tertulis dan sudah diperiksa ulang: %1\nIsi: %2.\n"
                             "Flashdisk aman dicabut.")
            ctx.prompter.information(translate("PackagesDialogs", "Kirim hasil"),
                                     text.replace("%1", Path(path).name).replace("%2", summary))

        def failed(text: str) -> None:
            ctx.prompter.warning(translate("PackagesDialogs", "Hasil belum dapat dikirim"), text)

        op = EventOp[Path](ctx, lambda edb: write_results(edb, device, out_dir),
                           label=translate("PackagesDialogs", "Kirim hasil"))
        op.success(done).failure(failed)
        op.behind_busy_dialog(translate("PackagesDialogs",
                                        "Menulis dan memeriksa paket hasil… Jangan cabut flashdisk."))
        op.run()
        self.busy = op.busy
