"""Screenshots at 1366x768 (import wizard, hand-out screen, 18-unit workspace).

Run under Xvfb: xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/take_screenshots.py [workspace]
[import] [handout] [venue2] [venue3] [records] [day] (no names: all; no window manager, so dialogs show without title bars). The screen
is grabbed with ImageMagick's import when installed, else with Qt. "handout" also renders the printed
hand-out slip (handout-slip.png, pdftoppm -r 80). "records" (issue 26): the order of the day over
the workspace (day-strip.png) and the forms before the interview (apl01-dialog.png,
apl02-dialog.png, ak01-dialog.png with "Lainnya" named)."""
import subprocess
import sys
import tempfile
import time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import openpyxl
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest

OUT = Path(__file__).resolve().parent
app = QApplication(sys.argv[:1])
from humas_desktop.gui import workers
from humas_desktop.gui.app import install_translator
install_translator(app, "id")
from humas_desktop.gui.main_window import MainWindow
from humas_desktop.gui.import_wizard import ImportWizard
from humas_desktop.gui.handout_dialog import HandoutDialog
from humas_desktop.services.demo import build_demo
from humas_desktop.services.demo_schemes import scheme_with_units
from humas_desktop.storage.device import load_or_create_device

workers.set_pool(workers.SynchronousPool())
base = Path(tempfile.mkdtemp())
device = load_or_create_device(base)
path = ""
for p in build_demo(base, 40, False, device=device, scheme_and_sha=scheme_with_units(18)):
    path = p.message

def settle(ms=400):
    end = time.time() + ms / 1000
    while time.time() < end:
        app.processEvents()
        time.sleep(0.02)

ONLY = set(sys.argv[1:])


def wanted(part):
    return not ONLY or part in ONLY


def shot(name):
    settle(600)
    import shutil
    if shutil.which("import"):
        subprocess.run(["import", "-window", "root", str(OUT / name)], check=True)
    else:
        app.primaryScreen().grabWindow(0).save(str(OUT / name))
    print("wrote", OUT / name)

win = MainWindow(base, device)
win.open_event(Path(path))
win.showMaximized()
win.resize(1366, 768)
win.move(0, 0)
settle(800)
# 1. workspace, 18-unit scheme, a participant being scored
if wanted("workspace"):
    model = win.participants.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == 8)
    idx = model.index(row, 1)
    QTest.mouseClick(win.participants.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.participants.table.visualRect(idx).center())
    settle()
    win.interview.go_to_question(4)
    shot("workspace-18-unit.png")

# 2. import wizard, mapping page of a SIMPEG-style roster
if wanted("import"):
    roster = base / "daftar-simpeg.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active
    ws.append(["DAFTAR PESERTA UJI KOMPETENSI HUMAS"]); ws.append([])
    ws.append(["No.", "Nama Lengkap (beserta gelar)", "NIK/No. KTP", "Tempat Lahir", "Tgl. Lahir", "L/P",
               "Instansi / Unit Kerja", "Jabatan", "HP/WA", "Keterangan"])
    people = ["Dra. Sri Handayani, M.Si.", "Ahmad Fauzi, S.I.Kom.", "Nur'aini Rahma, S.Sos.",
              "Made Wirawan, S.I.Kom.", "Yohana Simanjuntak, S.E."]
    for n, name in enumerate(people, 1):
        day = n + 10 + (40 if n % 2 else 0)
        ws.append([n, name, int(f"327301{day:02d}0890{n:04d}"), "Bandung", f"{n + 10}/08/1990",
                   "P" if n % 2 else "L", "Diskominfo Kota Bandung", "Pranata Humas Ahli Pertama",
                   f"0812{n:08d}", "pindahan" if n == 3 else None])
    # The usual two-column signature block under the table (#24): listed, not imported.
    ws.append([])
    ws.append(["", "Mengetahui,", "", "", "", "", "", "Bandung, 20 November 2026"])
    ws.append(["", "Ketua Panitia", "", "", "", "", "", "Sekretaris"])
    ws.append(["", "Drs. H. Ahmad Fauzi, M.M.", "", "", "", "", "", "Dra. Siti Rahmawati"])
    ws.append(["", "NIP. 196805121994031004", "", "", "", "", "", "NIP. 197203151998032002"])
    wb.save(roster)
    wizard = ImportWizard(win.ctx, win)
    wizard.show()
    wizard.move(200, 70)
    wizard.path_edit.setText(str(roster))
    wizard.go_next(); settle(); wizard.go_next()
    shot("import-wizard-mapping.png")
    wizard.go_next(); settle()
    shot("import-wizard-findings.png")
    wizard.reject()

# 3. hand-out screen after a round (fingerprint, pairing code, "Simpan slip (PDF)…"), and the slip
if wanted("handout"):
    # A fresh event before scoring (the demo's sign-offs were made on this laptop's key).
    from datetime import date
    from humas_desktop.domain.models import Assessor, Event
    from humas_desktop.services import handout
    from humas_desktop.services.demo import demo_participants, load_demo_scheme
    from humas_desktop.services.events import create_event
    from humas_desktop.storage import repository as repo
    from humas_desktop.storage.device import load_or_create_device as device_in

    scheme, sha = load_demo_scheme()
    rows = [Assessor("Dra. Wahyuni Lestari, M.Si.", "MET.000.004512 2019"),
            Assessor("Rini Susanti Wulandari, S.Sos.", "MET.000.007731 2021"),
            Assessor("Ahmad Fauzi, S.I.Kom.", "MET.000.009120 2022")]
    event = Event(name="Uji Kompetensi Humas Yunior Angkatan III", lsp_name="LSP Humas Nusantara (contoh)",
                  tuk_name="TUK Sewaktu Hotel Contoh Lembang", start_date=date(2026, 11, 23))
    handout_event = create_event(base, event, [(scheme, sha)], rows, device=device)  # sealed, as Acara baru makes it
    win.open_event(handout_event)
    repo.insert_participants(win.edb, demo_participants(40, scheme.id))
    for n, row in enumerate(rows[:2], 1):  # the third laptop is not registered yet
        handout.register_device_key(win.edb, row.id, device_in(base / f"laptop-asesor-{n}").fingerprint)
    handout.assign_balanced(win.edb)
    win.open_event(handout_event)  # the window as the coordinator sees it now
    dialog = HandoutDialog(win.ctx, win)
    dialog.show()
    dialog.move(150, 60)
    stick = base / "flashdisk"
    dialog.folder.setText(str(stick))
    dialog.write_button.click()
    settle(800)
    dialog.table.selectRow(0)
    shot("handout.png")
    slip = base / "slip-paket.pdf"
    handout.write_handout_slip(win.edb, device, dialog.results, slip)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(slip),
                    str(OUT / "handout-slip")], check=True)
    print("wrote", OUT / "handout-slip.png")
    dialog.reject()
# 4. the venue day, second pass (#24): a header-less roster, Ubah data peserta with Kabupaten/Kota,
# the occupation codes for many at once, Kelengkapan with absences, an assessor's working copy.
if wanted("venue2"):
    from humas_desktop.domain.models import Attendance
    from humas_desktop.gui.completeness_dialog import CompletenessDialog
    from humas_desktop.services import completeness
    from humas_desktop.services.scoring import ScoringService
    from humas_desktop.services.workspace import ASSESSOR_COPY_KEY
    from humas_desktop.storage import repository as repo
    from humas_desktop.storage.db import open_event

    plain = ""
    for p in build_demo(base / "venue2", 12, False, device=device):
        plain = p.message
    with open_event(Path(plain), device_id=device.id, actor="coordinator") as edb:
        svc = ScoringService(edb)
        people = repo.list_participants(edb)
        for person in people[:6]:
            svc.set_attendance(person.id, None)
        svc.set_attendance(people[2].id, Attendance.TIDAK_HADIR)  # the assessor recorded it
        completeness.mark(edb, people[0].id, "absent", "sakit, surat dokter")
    win.open_event(Path(plain))
    settle()
    roster = base / "Mitra Umi Certified.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active
    for n, name in enumerate(["Siti Aminah", "Rina Marlina, S.I.Kom.", "Dewi Lestari"], 1):
        ws.append([name, f"32010157089{n:05d}", "Bogor", 33102, "P", f"Jl. Merdeka No. {n}", "3201",
                   "32", f"08123{n:07d}", f"peserta{n}@example.co.id", "7", "5"])
    wb.save(roster)
    wizard = ImportWizard(win.ctx, win)
    wizard.show()
    wizard.move(200, 70)
    wizard.path_edit.setText(str(roster))
    wizard.go_next(); settle()
    shot("import-wizard-no-header.png")
    wizard.go_next(); settle()
    shot("import-wizard-no-header-mapping.png")
    wizard.reject()
    first = repo.list_participants(win.edb)[1]
    dialog = win.roster_edit.edit(first.id)
    dialog.move(380, 20)
    dialog.edits["regency"].setText("Kota Bandung")
    dialog.reason.setText("domisili sesuai KTP")
    settle()
    shot("roster-edit-regency.png")
    dialog.reject()
    with win.edb.atomic():
        win.edb.set_setting("bnsp.codes.pekerjaan", "{}")
    codes = win.roster_edit.codes()
    codes.move(320, 120)
    codes.select_titles([codes.groups[0].title, codes.groups[1].title])
    codes.code.setText("5")
    settle()
    shot("occupation-codes.png")
    codes.reject()
    from humas_desktop.gui.document_settings_dialog import DocumentSettingsDialog
    settings_dialog = DocumentSettingsDialog(win.edb, win)
    settings_dialog.show()
    settings_dialog.move(300, 0)
    settle()
    settings_dialog.choices["certificate.mode"].showPopup()
    settle()
    shot("document-settings-choices.png")
    settings_dialog.choices["certificate.mode"].hidePopup()
    settings_dialog.reject()
    grid = CompletenessDialog(win.edb, win)
    grid.show()
    grid.move(230, 100)
    settle()
    shot("completeness-absent.png")
    grid.reject()
    with win.edb.atomic():
        win.edb.set_setting(ASSESSOR_COPY_KEY, repo.list_assessors(win.edb)[0].id)
    win.open_event(Path(plain))
    settle()
    win.menu_event.popup(win.mapToGlobal(win.menuBar().geometry().bottomLeft()) + QPoint(60, 0))
    settle()
    shot("assessor-copy-menu.png")
    win.menu_event.hide()
# 5. the venue day, second pass, friction (#24): a walk-in, one assessor for many selected rows,
# undoing an import, the laptop fingerprint as typed, the pairing dialog's wrong code, Tutup sesi's
# confirmation and numbers, the schemes listed in Acara baru.
if wanted("venue3"):
    from humas_desktop.gui.close_dialog import CloseDialog
    from humas_desktop.gui.new_event_dialog import NewEventDialog
    from humas_desktop.gui.pairing_dialog import PairingDialog
    from humas_desktop.services.assessor_laptop import HandoutPreview
    from humas_desktop.services.roster_import import import_roster
    from humas_desktop.storage.device import load_or_create_device as device_in

    plain = ""
    for p in build_demo(base / "venue3", 12, False, device=device):
        plain = p.message
    win.open_event(Path(plain))
    settle()
    add = win.roster_edit.add()
    add.move(380, 0)
    for field, value in (("name", "Siti Nurhaliza, S.Sos."), ("nik", "3273015708900001"),
                         ("birth_place", "Bandung"), ("birth_date", "17/08/1990"),
                         ("institution", "Dinas Komunikasi dan Informatika"),
                         ("phone", "0812 3456 7890"), ("regency", "Kota Bandung")):
        add.edits[field].setText(value)
    add.edits["gender"].setCurrentIndex(2)
    settle()
    shot("roster-add-walk-in.png")
    add.save()
    settle()
    rows = win.participants.model.rows()
    other = rows[0].assessor_name
    pick = [r.id for r in rows if r.assessor_name != other][:4]
    win.participants.select_many(pick)
    assign = win.roster_edit.assign()
    assign.move(470, 250)
    settle()
    shot("roster-assign-many.png")
    assign.reject()
    roster = base / "daftar-susulan.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active
    ws.append(["No", "Nama", "NIK", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin", "Instansi"])
    for n, name in enumerate(["Ahmad Fauzi", "Budi Santoso", "Citra Dewi"], 1):
        ws.append([n, name, f"32010117089{n:05d}", "Bogor", "17/08/1990", "L", "Diskominfo"])
    wb.save(roster)
    for _step in import_roster(win.edb, roster):
        pass
    win.refresh()
    undo = win.imports.undo_import()
    undo.move(420, 250)
    undo.reason.setText("berkas angkatan lain")
    settle()
    shot("undo-import.png")
    undo.reject()
    dialog = HandoutDialog(win.ctx, win)
    dialog.show()
    dialog.move(150, 60)
    dialog.table.selectRow(0)
    dialog.fingerprint.setText("7bbd6f17b746387")
    dialog.register_button.click()
    settle()
    shot("handout-fingerprint-wrong.png")
    dialog.fingerprint.setText(device_in(base / "laptop-asesor-9").fingerprint.lower().replace("-", ""))
    dialog.register_button.click()
    settle()
    shot("handout-fingerprint-registered.png")
    dialog.reject()
    pairing = PairingDialog(HandoutPreview(device.fingerprint, "acara", 13, None), win)
    pairing.show()
    pairing.move(400, 200)
    pairing.code.setText("ABCD EFGH JKMN PQRS")
    pairing._try_accept()
    settle()
    shot("pairing-wrong-code.png")
    pairing.reject()
    decided = ""
    for p in build_demo(base / "venue3-close", 8, True, device=device):
        decided = p.message
    win.open_event(Path(decided))
    settle()
    close = CloseDialog(win.edb, win)
    close.show()
    close.move(230, 0)
    close.bidang.setText("HMS")
    close.lisensi.setText("BNSP-LSP-1234-ID")
    close._confirm_all()
    close.close_session()
    settle()
    shot("close-confirm.png")
    close.confirm_yes.click()
    settle()
    shot("close-numbers-issued.png")
    close.reject()
    new_event = NewEventDialog(base, device.id, win, device)
    new_event.show()
    new_event.move(320, 40)
    new_event.name_edit.setText("Uji Kompetensi Humas Yunior Angkatan IV")
    new_event.lsp_edit.setText("LSP Humas Nusantara (contoh)")
    new_event.check_available("Humas Yunior")
    settle()
    shot("new-event-schemes.png")
    new_event.reject()
# 6. the records of the day (#26): the progress strip of a participant not assessed yet and the
# forms before the interview, over the workspace.
if wanted("records"):
    from humas_desktop.gui.apl_dialogs import Ak01Dialog, Apl01Dialog, Apl02Dialog

    win.open_event(Path(path))
    settle()
    model = win.participants.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == 2)
    QTest.mouseClick(win.participants.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.participants.table.visualRect(model.index(row, 1)).center())
    settle()
    shot("day-strip.png")
    panel = win.interview
    forms = (("apl01-dialog.png", lambda: Apl01Dialog(panel.service.edb, panel.person, win)),
             ("apl02-dialog.png", lambda: Apl02Dialog(panel.service, panel.assessment.id,
                                                      panel.scheme, panel.person, win)),
             ("ak01-dialog.png", lambda: Ak01Dialog(panel.service, panel.assessment.id,
                                                    panel.person, win)))
    for name, make in forms:
        dialog = make()
        if isinstance(dialog, Ak01Dialog):
            dialog.methods["lainnya"].setChecked(True)
            dialog.other_method.setText("Simulasi jumpa pers (studi kasus)")
        dialog.show()
        dialog.move(max(0, (1366 - dialog.width()) // 2), max(0, (768 - dialog.height()) // 2))
        shot(name)
        dialog.reject()

# 7. a venue day through the coordinator's eyes (#24, third pass): the participant list and the
# workspace with the day strip, the forms before the interview, K/BK scoring and sign-off, the
# merge report and the conflict screen, Ekspor, Registri LSP.
if wanted("day"):
    from humas_desktop.domain.models import Verdict
    from humas_desktop.gui.export_dialog import ExportDialog
    from humas_desktop.gui.merge_dialogs import ConflictDialog
    from humas_desktop.gui.registry_window import RegistryWindow
    from humas_desktop.services.scoring import ScoringService
    from humas_desktop.storage import repository as repo

    def shot_modal(name, action, close):
        """Run ``action`` (which opens a modal box), take the shot while it is up, then close it."""
        def later():
            shot(name)
            close()
        QTimer.singleShot(700, later)
        action()

    plain = ""
    for p in build_demo(base / "day", 12, False, device=device):
        plain = p.message
    win.open_event(Path(plain))
    settle()
    people = repo.list_participants(win.edb)
    model = win.participants.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 6).data() == "belum mulai")
    QTest.mouseClick(win.participants.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.participants.table.visualRect(model.index(row, 1)).center())
    settle()
    shot("workspace.png")
    strip = win.interview.strip
    for kind, name in (("apl01", "apl01-dialog.png"), ("apl02", "apl02-dialog.png"),
                       ("ak01", "ak01-dialog.png")):
        def close_form():
            form = win.interview.form_dialog
            if form is not None:
                form.accept() if name == "ak01-dialog.png" else form.reject()
        shot_modal(name, lambda k=kind: win.interview.open_form(k), close_form)
        settle()
    win.interview.confirm_consent()
    settle()
    win.interview.go_to_question(0)
    win.interview.set_verdict(Verdict.K)
    win.interview.set_verdict(Verdict.BK, 1)
    settle()
    shot("workspace-day-strip.png")
    panel = win.scoring
    panel.sign_button.setFocus()
    def close_box():
        box = QApplication.activeModalWidget()
        if box is not None:
            box.reject()
    shot_modal("sign-off-open-points.png", panel.sign_off, close_box)
    settle()
    # every question and unit scored, the recommendation set and signed: AK.03, Hasil, AK.04 open
    from tests.services.laptops import score as score_all
    person = win.interview.person
    aid = win.interview.assessment.id
    assessor = next(a for a in repo.list_assessors(win.edb) if a.id == win.interview.assessment.assessor_id)
    score_all(ScoringService(win.edb, device), aid, win.interview.scheme, assessor, bk=False)
    win.refresh()
    settle()
    model = win.participants.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == person.name)
    QTest.mouseClick(win.participants.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.participants.table.visualRect(model.index(row, 1)).center())
    settle()
    shot("workspace-signed.png")
    from humas_desktop.gui.feedback_dialog import FeedbackDialog
    feedback = FeedbackDialog(win.edb, win)
    feedback.show()
    feedback.move(200, 40)
    shot("feedback-dialog.png")
    feedback.reject()
    # the merge: two assessors' results, one with a change to a row the coordinator also changed
    from humas_desktop.domain.models import Attendance
    from humas_desktop.services import handout as handout_svc
    from tests.services.laptops import score_and_send, setup_venue
    venue = setup_venue(base / "merge", participants=6)
    assert venue.coordinator.event_path is not None
    win.open_event(venue.coordinator.event_path)
    settle(1500)
    first = handout_svc.participants_of(win.edb, venue.assessor_rows[0].id)[0]
    ScoringService(win.edb).set_attendance(first, Attendance.TIDAK_HADIR)
    win.packages.merge_from_files([str(score_and_send(venue, 0)), str(score_and_send(venue, 1))])
    settle()
    report = win.packages.merge_report
    report.show()
    report.move(240, 150)
    shot("merge-report.png")
    report.accept()
    conflicts = ConflictDialog(win.edb, win)
    conflicts.show()
    conflicts.move(240, 150)
    shot("merge-conflicts.png")
    conflicts.reject()
    export = ExportDialog(win.ctx, win)
    export.show()
    export.move(400, 60)
    export.folder.setText(str(base / "ekspor"))
    shot("export-dialog.png")
    export.reject()
    registry = RegistryWindow(win.ctx, win)
    registry.show()
    registry.move(130, 40)
    shot("registry-window.png")
    registry.reject()
    # the assessor's working copy as the assessor opens it: scoring, no coordinator actions
    from humas_desktop.services.workspace import ASSESSOR_COPY_KEY
    win.open_event(Path(plain))
    settle(1500)
    with win.edb.atomic():
        win.edb.set_setting(ASSESSOR_COPY_KEY, repo.list_assessors(win.edb)[0].id)
    win.open_event(Path(plain))
    settle(1500)
    model = win.participants.table.model()
    QTest.mouseClick(win.participants.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=win.participants.table.visualRect(model.index(1, 1)).center())
    settle()
    shot("assessor-copy-workspace.png")
win.close()
