"""Reference renders of the exported documents (issue 15), from a decided, closed demo event.

Run from the repository root: ``python docs/screenshots/render_documents.py`` (needs pdftoppm and,
for the workbooks, LibreOffice's soffice). PDFs are rendered at 70 dpi; workbooks are converted
to PDF by LibreOffice first, as an LSP printing them would. The blanko dialog is grabbed
offscreen. Writes the PNGs beside this file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parent


from humas_desktop.domain.progress import run_to_end as _run  # noqa: E402


def png(pdf: Path, name: str, page: int = 1) -> None:
    stem = OUT / name.removesuffix(".png")
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    print("wrote", stem.with_suffix(".png"))


def main() -> None:
    from PIL import Image

    from humas_desktop.services import close_session as cs
    from humas_desktop.services import document_settings as ds
    from humas_desktop.services import numbering as nb
    from humas_desktop.services import registry as reg
    from humas_desktop.services.blanko import record_serial
    from humas_desktop.services.demo import build_demo
    from humas_desktop.services.exports import export_documents
    from humas_desktop.storage import repository as repo
    from humas_desktop.storage.db import open_event
    from humas_desktop.storage.device import load_or_create_device

    work = Path(tempfile.mkdtemp(prefix="humas-renders-"))
    os.environ["HUMAS_DATA_DIR"] = str(work / "data")
    device = load_or_create_device(work / "data")
    path = Path([p.message for p in build_demo(work / "data", 12, True, device=device)][-1])
    logo = work / "logo.png"
    img = Image.new("RGB", (240, 240), "white")
    from PIL import ImageDraw

    ImageDraw.Draw(img).ellipse((20, 20, 220, 220), fill="navy")
    img.save(logo)
    with open_event(path, device_id=device.id, actor="coordinator") as edb:
        ds.set_logo(edb, logo)
        cur = ds.load(edb)
        cur.texts.update({"certificate.chair_name": "Dr. Bambang Sutrisno, M.Si. (contoh)",
                          "certificate.manager_name": "Rina Marlina, S.I.Kom. (contoh)"})
        cur.code_lists["document.editions"] = {"FR.AK.02": "Rev. 1 · 2024",
                                               "FR.AK.05": "Rev. 1 · 2024",
                                               "Berita Acara Asesmen": "Rev. 0 · 2024",
                                               "Daftar Hadir": "Rev. 0 · 2024",
                                               "Rekapitulasi Hasil": "Rev. 0 · 2024",
                                               "Daftar Peserta": "Rev. 0 · 2024"}
        ds.save(edb, cur)
        before = _run(export_documents(edb, ["berita-acara", "attendance", "records", "report",
                                             "roster", "ak03", "ak04"],
                                       work / "before"))
        nb.save_config(edb, nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN,
                                               "HMS", "1926"))
        # The LSP's registry on this laptop (the app makes it at the first close): one series.
        reg.open_for_close(cs.default_registry_location(), edb,
                           "https://sertifikat.lsp-contoh.example/cek").close()
        cs.close_session(edb, date(2026, 11, 23))
        certs = repo.list_certificates(edb)
        for i, c in enumerate(certs[:3], 1):
            record_serial(edb, c.number, f"A 00{1230 + i}")
        _run(export_documents(edb, ["certificates", "recap", "pleno", "sk", "blanko-request"],
                              work / "after"))
        cur = ds.load(edb)
        cur.texts["certificate.mode"] = "blanko"
        ds.save(edb, cur)
        _run(export_documents(edb, ["certificates"], work / "blanko"))
        grab_blanko_dialog(edb)
    assert before
    b, a = work / "before", work / "after"
    png(b / "berita-acara.pdf", "doc-berita-acara.png")
    png(b / "daftar-hadir.pdf", "doc-daftar-hadir.png")
    png(b / "fr-ak-02-rekaman-asesmen.pdf", "doc-fr-ak-02.png")
    png(b / "fr-ak-05-laporan-asesmen.pdf", "doc-fr-ak-05.png")
    png(b / "fr-ak-03-umpan-balik.pdf", "doc-fr-ak-03.png")
    png(b / "fr-ak-04-banding.pdf", "doc-fr-ak-04.png")
    png(a / "sertifikat.pdf", "certificate-front.png", 1)
    png(a / "sertifikat.pdf", "certificate-back.png", 2)
    png(work / "blanko" / "sertifikat.pdf", "certificate-blanko-front.png", 1)
    png(a / "berita-acara-pleno.pdf", "doc-berita-acara-pleno.png")
    png(a / "sk-penetapan-hasil.pdf", "doc-sk-penetapan.png")
    png(a / "sk-penetapan-hasil.pdf", "doc-sk-penetapan-lampiran.png", 2)
    books = [b / "berita-acara.xlsx", b / "daftar-hadir.xlsx", a / "rekapitulasi-hasil.xlsx",
             b / "daftar-peserta.xlsx"]
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work / 'lo'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work / "lo-pdf"), *map(str, books)],
                   check=True, capture_output=True, timeout=300)
    png(work / "lo-pdf" / "berita-acara.pdf", "xlsx-berita-acara-libreoffice.png")
    png(work / "lo-pdf" / "daftar-hadir.pdf", "xlsx-daftar-hadir-libreoffice.png")
    png(work / "lo-pdf" / "rekapitulasi-hasil.pdf", "xlsx-rekap-libreoffice.png")
    png(work / "lo-pdf" / "daftar-peserta.pdf", "xlsx-daftar-peserta-libreoffice.png")


def grab_blanko_dialog(edb) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from humas_desktop.gui.app import install_translator
    from humas_desktop.gui.blanko_dialog import BlankoDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translator(app, "id")
    dialog = BlankoDialog(edb)
    dialog.resize(820, 460)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "blanko-dialog.png"))
    print("wrote", OUT / "blanko-dialog.png")
    dialog.close()


if __name__ == "__main__":
    main()
