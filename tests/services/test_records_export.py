"""``export EVENT ak03|ak04`` (issue 26): the LSP's printed FR.AK.03 and FR.AK.04, one PDF per
participant, every field label of the official form (shared/forms.md 1.5, 1.6) present verbatim
and filled from the event, read back with pdftotext as a person reading the PDF would."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.domain.progress import run_to_end
from humas_desktop.services import appeals, feedback
from humas_desktop.services.exports import KINDS, export_documents
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")

# The official field lists, verbatim (shared/forms.md).
AK03_LABELS = ("Nama Asesi", "Hari/Tanggal", "Nama Asesor", "Waktu", "Skema Sertifikasi", "TUK",
               "Tanggal Asesmen",
               "Umpan balik dari Asesi (diisi oleh Asesi setelah pengambilan keputusan)",
               "Komponen", "Hasil", "Ya", "Tidak", "Catatan/Komentar Asesi",
               "Catatan/komentar lainnya (apabila ada)")
AK04_LABELS = ("Nama Asesi", "Nama Asesor", "Tanggal Asesmen",
               "Jawablah dengan Ya atau Tidak pertanyaan-pertanyaan berikut ini",
               "Apakah Proses Banding telah dijelaskan kepada Anda?",
               "Apakah Anda telah mendiskusikan Banding dengan Asesor?",
               "Apakah Anda mau melibatkan \"orang lain\" membantu Anda dalam Proses Banding?",
               "Banding ini diajukan atas Keputusan Asesmen yang dibuat terhadap Skema Sertifikasi "
               "(Kualifikasi/Klaster/Okupasi) berikut:", "Skema Sertifikasi", "No. Skema Sertifikasi",
               "Banding ini diajukan atas alasan sebagai berikut:",
               "Anda mempunyai hak mengajukan banding jika Anda menilai proses asesmen tidak sesuai "
               "SOP dan tidak memenuhi Prinsip Asesmen.", "Tanda tangan Asesi", "Tanggal")


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def test_ak03_and_ak04_print_every_official_field_filled_from_the_event(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=8, decided=True)  # no. 7 is BK: it appeals
    out = tmp_path / "out"
    with open_event(path, device_id="t", actor="coordinator") as edb:
        assert {"ak03", "ak04"} <= set(KINDS)  # "all" makes them too
        people = {p.id: p for p in repo.list_participants(edb)}
        assessors = {a.id: a for a in repo.list_assessors(edb)}
        scheme = repo.load_schemes(edb)[0]
        filled = feedback.all_feedback(edb)
        cases = appeals.list_appeals(edb)
        assert filled and len(cases) == 1 and cases[0].status == "open"
        files = run_to_end(export_documents(edb, ["ak03", "ak04"], out))
    assert out / "fr-ak-03-umpan-balik.pdf" in files and out / "fr-ak-04-banding.pdf" in files
    for row, fb in filled:
        p = people[row["participant_id"]]
        text = _text(out / "fr-ak-03" / f"peserta-{p.number:04d}.pdf")
        for label in AK03_LABELS:
            assert label in text, label
        assert p.name in text and assessors[row["assessor_id"]].name in text
        assert scheme.title_id in text and scheme.code in text
        for i, item in enumerate(fb.items, 1):
            assert f"{i} {item.statement}" in text
            if item.comment:
                assert item.comment in text
        assert text.count("\u2713") == len(fb.items)  # one tick per statement, Ya or Tidak
        assert "FR.AK.03 · halaman 1 dari 1" in text
    case = cases[0]
    p = people[case.participant_id]
    text = _text(out / "fr-ak-04" / f"peserta-{p.number:04d}.pdf")
    for label in AK04_LABELS:
        assert label in text, label
    assert p.name in text and case.reason in text
    assert scheme.title_id in text and scheme.code in text
    assert "sertifikat ditahan" in text and "14 hari" in text
    assert "; ".join(case.team) in text
    # Only participants with a record get a file (numbers in file names, never names).
    assert sorted(f.name for f in (out / "fr-ak-04").iterdir()) == [f"peserta-{p.number:04d}.pdf"]


def test_the_printed_ak04_shows_the_decision_and_the_cli_exports_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = make_demo(data, participants=8, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        case = appeals.list_appeals(edb)[0]
        appeals.decide(edb, case.id, "ditolak", "SK/BANDING/07/2026", date.today(), "Sesuai SOP")
    out = tmp_path / "out"
    assert main(["--data-dir", str(data), "export", str(path), "ak04", "--out", str(out)]) == 0
    text = _text(out / "fr-ak-04-banding.pdf")
    assert "Banding ditolak" in text and "SK/BANDING/07/2026" in text and "Diputuskan" in text
