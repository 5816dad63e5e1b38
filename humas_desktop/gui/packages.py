"""Acara menu, several laptops: hand out packages, merge results, resolve conflicts, the
completeness grid, and on an assessor laptop open a hand-out and "Kirim hasil".

The dialogs live in their own modules (handout_dialog, merge_dialogs, completeness_dialog,
busy_dialog); this module adds the menu actions and runs the package steps off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from humas_desktop.gui.busy_dialog import BusyDialog
from humas_desktop.gui.context import AppContext
from humas_desktop.gui.errors import error_text
from humas_desktop.storage.db import EventDB

# lupdate recognises calls named ``translate`` (context, text).
translate = QCoreApplication.translate


def ask_package_passphrase(ctx: AppContext, paths: list[Path]) -> str | None:
    """'' when no package is encrypted, the passphrase typed, or None when the user cancelled."""
    from humas_desktop.formats.package import is_encrypted_package

    if not any(is_encrypted_package(p) for p in paths):
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

    # --- coordinator dialogs ---------------------------------------------------------------
    def _with_event(self, show: Callable[[EventDB], object]) -> None:
        edb = self.ctx.require_event()
        if edb is None:
            return
        show(edb)
        self.ctx.changed.emit()

    def show_handout(self) -> None:
        from humas_desktop.gui.handout_dialog import HandoutDialog

        self._with_event(lambda edb: HandoutDialog(edb, self.ctx.device, self.ctx.window).exec())

    def show_conflicts(self) -> None:
        from humas_desktop.gui.merge_dialogs import ConflictDialog

        self._with_event(lambda edb: ConflictDialog(edb, self.ctx.window).exec())

    def show_completeness(self) -> None:
        from humas_desktop.gui.completeness_dialog import CompletenessDialog

        self._with_event(lambda edb: CompletenessDialog(edb, self.ctx.window).exec())

    # --- merge -------------------------------------------------------------------------------
    def merge_from_files(self, paths: list[str] | None = None) -> None:
        """Pick results packages and merge them off the UI thread on a connection of the worker's own."""
        from humas_desktop.gui.workers import run_in_background
        from humas_desktop.services.merge import import_results
        from humas_desktop.storage.db import open_event

        ctx = self.ctx
        edb = ctx.require_event()
        if edb is None:
            return
        if paths is None:
            paths = ctx.prompter.open_files(translate("PackagesDialogs", "Paket hasil asesor"),
                                            translate("PackagesDialogs", "Paket Humas (*.humaspkg)"))
        if not paths:
            return
        event_path, device_id, actor = edb.path, ctx.device.id, edb.actor
        packages = [Path(p) for p in paths]
        passphrase = ask_package_passphrase(ctx, packages)
        if passphrase is None:
            return

        def job() -> Any:
            worker_edb = open_event(event_path, device_id=device_id, actor=actor)
            try:
                return (yield from import_results(worker_edb, packages, passphrase or None))
            finally:
                worker_edb.close()

        def done(report: Any) -> None:
            from humas_desktop.gui.merge_dialogs import MergeReportDialog

            self.merge_report = MergeReportDialog(report, ctx.window)
            ctx.changed.emit()
            self.merge_report.open()

        def failed(exc: BaseException) -> None:
            ctx.prompter.warning(translate("PackagesDialogs", "Penggabungan gagal"), error_text(exc))

        run_in_background(job, on_done=done, on_error=failed)

    # --- assessor laptop ---------------------------------------------------------------------
    def _run_modal(self, title: str, text: str, job: Any, done: Callable[[Any], object],
                   failed: Callable[[BaseException], None]) -> Any:
        """Run ``job`` in the background behind a modal busy dialog."""
        from humas_desktop.gui.workers import run_in_background

        busy = BusyDialog(title, text, self.ctx.window)
        self.busy = busy
        busy.open()

        def on_done(result: Any) -> None:
            busy.finish()
            done(result)

        def on_error(exc: BaseException) -> None:
            busy.finish()
            failed(exc)

        return run_in_background(job, on_done=on_done, on_error=on_error)

    def open_handout_file(self, path: str | None = None) -> None:
        """Verify and install a hand-out package off the UI thread (a 500-asesi package takes seconds)."""
        from humas_desktop.services.merge import open_handout

        ctx = self.ctx
        if path is None:
            path = ctx.prompter.open_file(translate("PackagesDialogs", "Paket tugas asesor"),
                                          translate("PackagesDialogs", "Paket Humas (*.humaspkg)"))
        if not path:
            return
        passphrase = ask_package_passphrase(ctx, [Path(path)])
        if passphrase is None:
            return
        base, device, package = ctx.base, ctx.device, Path(path)

        def job() -> Any:
            yield None
            return open_handout(base, device, package, passphrase=passphrase or None)

        def failed(exc: BaseException) -> None:
            ctx.prompter.warning(translate("PackagesDialogs", "Paket ditolak"), error_text(exc))

        self._run_modal(translate("PackagesDialogs", "Buka paket tugas"),
                        translate("PackagesDialogs", "Memeriksa dan membuka paket tugas…"),
                        job, ctx.open_event, failed)

    def send_results(self, folder: str | None = None) -> None:
        """Write, read back and verify the results package in a worker with its own connection."""
        from humas_desktop.services.merge import write_results
        from humas_desktop.storage.db import open_event

        ctx = self.ctx
        edb = ctx.require_event()
        if edb is None:
            return
        if folder is None:
            folder = ctx.prompter.folder(translate("PackagesDialogs", "Folder tujuan paket hasil"))
        if not folder:
            return
        event_path, device, actor, out_dir = edb.path, ctx.device, edb.actor, Path(folder)

        def job() -> Any:
            worker_edb = open_event(event_path, device_id=device.id, actor=actor)
            try:
                yield None
                return write_results(worker_edb, device, out_dir)
            finally:
                worker_edb.close()

        def done(path: Any) -> None:
            ctx.changed.emit()
            text = translate("PackagesDialogs",
                             "Paket hasil tertulis dan sudah diperiksa ulang: %1\nFlashdisk aman dicabut.")
            ctx.prompter.information(translate("PackagesDialogs", "Kirim hasil"),
                                     text.replace("%1", Path(path).name))

        def failed(exc: BaseException) -> None:
            ctx.prompter.warning(translate("PackagesDialogs", "Hasil belum dapat dikirim"), error_text(exc))

        self._run_modal(translate("PackagesDialogs", "Kirim hasil"),
                        translate("PackagesDialogs",
                                  "Menulis dan memeriksa paket hasil… Jangan cabut flashdisk."),
                        job, done, failed)

