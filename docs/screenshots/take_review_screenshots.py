"""Screenshots at 1366x768 of the appeal window (issue 26) and the printed FR.AK.06 and FR.VA.

Run under Xvfb: xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/take_review_screenshots.py
Writes appeal-dialog.png (the cases over the workspace), appeal-open-conflict.png (a team member
who assessed the participant, refused with the reason), review-ak06-dialog.png and
review-va-dialog.png (the demo's FR.AK.06 and FR.VA windows), doc-fr-ak-06.png and doc-fr-va.png
(first page of each, pdftoppm -r 80)."""
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = Path(__file__).resolve().parent
app = QApplication(sys.argv[:1])
from humas_desktop.gui import workers  # noqa: E402
from humas_desktop.gui.app import install_translator  # noqa: E402

install_translator(app, "id")
from humas_desktop.domain.progress import run_to_end  # noqa: E402
from humas_desktop.gui.appeal_dialog import AppealDialog, OpenAppealDialog  # noqa: E402
from humas_desktop.gui.main_window import MainWindow  # noqa: E402
from humas_desktop.services.demo import build_demo  # noqa: E402
from humas_desktop.storage import repository as repo  # noqa: E402
from humas_desktop.storage.device import load_or_create_device  # noqa: E402

workers.set_pool(workers.SynchronousPool())
base = Path(tempfile.mkdtemp())
device = load_or_create_device(base)
path = ""
for p in build_demo(base, 12, True, device=device):
    path = p.message


def settle(ms: int = 400) -> None:
    end = time.time() + ms / 1000
    while time.time() < end:
        app.processEvents()
        time.sleep(0.02)


def shot(name: str) -> None:
    settle(600)
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
edb = win.edb
people = repo.list_participants(edb)
dialog = AppealDialog(edb, people[1].id, win)
dialog.show()
dialog.move(130, 90)
shot("appeal-dialog.png")
opener = OpenAppealDialog(edb, people[1].id, dialog)
opener.show()
opener.move(300, 140)
for answer, index in zip(opener.answers, (1, 1, 2), strict=True):
    answer.setCurrentIndex(index)
opener.reason.setPlainText("Unit kedua dinilai tanpa kesempatan demonstrasi.")
names = {a.id: a.name for a in repo.list_assessors(edb)}
assessed = next(r for r in repo.table_rows(edb, "assessment") if r["participant_id"] == people[1].id)
opener.team.setText(f"Dr. Bambang Sutrisno; {names[assessed['assessor_id']]}")
opener.save()
shot("appeal-open-conflict.png")
opener.reject()
dialog.reject()
from humas_desktop.gui.review_dialog import ReviewDialog, ValidationDialog  # noqa: E402

for cls, name in ((ReviewDialog, "review-ak06-dialog.png"), (ValidationDialog, "review-va-dialog.png")):
    form = cls(edb, win)
    form.show()
    form.move(180, 30)
    shot(name)
    form.reject()

from humas_desktop.services.exports import export_documents  # noqa: E402

out = Path(tempfile.mkdtemp())
files = run_to_end(export_documents(edb, ["ak06", "va"], out))
for pdf, name in ((out / "fr-ak-06-meninjau-proses-asesmen.pdf", "doc-fr-ak-06"),
                  (out / "fr-va-validasi-asesmen.pdf", "doc-fr-va")):
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(OUT / name)], check=True)
    print("wrote", OUT / f"{name}.png")
win.close()
