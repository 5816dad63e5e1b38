"""The export set on a decided demo event: read every workbook back, extract the PDFs' text."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from humas_desktop.formats.xlsx_reports import BNSP_HEADERS
from humas_desktop.services.exports import ExportOptions, export_documents, load_event_data
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import app_update, make_demo
from tests.conftest import run_to_end as _run
from tests.external import need_program

LONG_NAME = "Dr. Ir. Raden Ajeng Siti Nur’aini Kusumawardhani, S.Sos., M.I.Kom."


def _text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    cmd = ["pdftotext", "-layout"]
    if first:
        cmd += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*cmd, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _pypdf_text(pdf: Path, page: int) -> str:
    from pypdf import PdfReader

    return PdfReader(pdf).pages[page].extract_text()


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[Path]]:
    base = tmp_path_factory.mktemp("exp")
    path = make_demo(base / "data", participants=12, decided=True)
    out = base / "out"
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        files = _run(export_documents(edb, ["all"], out))
    finally:
        edb.close()
    return path, out, files


def _people(path: Path):  # type: ignore[no-untyped-def]
    edb = open_event(path, device_id="t")
    try:
        return load_event_data(edb)
    finally:
        edb.close()


def test_every_document_is_written(exported: tuple[Path, Path, list[Path]]) -> None:
    _, out, files = exported
    names = {f.name for f in files}
    for expected in ("daftar-peserta.xlsx", "daftar-hadir.xlsx", "daftar-hadir.pdf",
                     "rekapitulasi-hasil.xlsx", "unggah-bnsp.xlsx", "berita-acara.xlsx",
                     "berita-acara.pdf", "fr-ak-02-rekaman-asesmen.pdf",
                     "fr-ak-05-laporan-asesmen.pdf", "sertifikat.pdf"):
        assert expected in names
    assert all(f.exists() and f.stat().st_size > 0 for f in files)
    assert not list(out.rglob(".*.partial-*"))
    # file names carry numbers only, never names or NIKs
    for f in files:
        assert re.fullmatch(r"[a-z0-9-]+?(-\d{1,4})?\.(pdf|xlsx)", f.name), f.name
        assert not re.search(r"\d{5,}", f.name)


def test_roster_names_and_nik_as_text(exported: tuple[Path, Path, list[Path]]) -> None:
    path, out, _ = exported
    data = _people(path)
    ws = load_workbook(out / "daftar-peserta.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    header_i = next(i for i, r in enumerate(rows) if r[0] == "No")
    body = [r for r in rows[header_i + 1:] if isinstance(r[0], int)]
    assert len(body) == len(data.participants)
    assert body[0][1] == LONG_NAME
    assert body[0][2] == data.participants[0].nik and isinstance(body[0][2], str)
    nik_cell = ws.cell(row=header_i + 2, column=3)
    assert nik_cell.number_format == "@"
    assert ws.freeze_panes == f"A{header_i + 2}"
    assert int(ws.page_setup.paperSize) == 9  # A4


def test_bnsp_sheet_has_19_verbatim_columns_and_no_civil_service_data(
        exported: tuple[Path, Path, list[Path]]) -> None:
    path, out, _ = exported
    data = _people(path)
    ws = load_workbook(out / "unggah-bnsp.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == BNSP_HEADERS and len(rows[0]) == 19
    body = rows[1:]
    assert len(body) == len(data.participants)
    flat = {str(v) for r in body for v in r if v is not None}
    for p in data.participants:
        if p.nip:
            assert p.nip not in flat
        if p.rank_grade:
            assert p.rank_grade not in flat
        if p.work_unit:
            assert p.work_unit not in flat
    by_nik = {r[2]: r for r in body}
    for p in data.participants:
        row = by_nik[p.nik]
        assert row[1] == p.name
        assert row[18] == data.decisions[p.id].result.value
        assert row[4] == p.birth_date.strftime("%d/%m/%Y")  # type: ignore[union-attr]
    # KODE JADWAL comes from the document settings (the demo sets one), never invented.
    assert {r[13] for r in body} == {data.settings["bnsp.kode_jadwal"]}


def test_recap_matrix_counts_and_decisions(exported: tuple[Path, Path, list[Path]]) -> None:
    path, out, _ = exported
    data = _people(path)
    scheme = next(iter(data.schemes.values()))
    ws = load_workbook(out / "rekapitulasi-hasil.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    hi = next(i for i, r in enumerate(rows) if r[0] == "No")
    assert list(rows[hi][2:2 + len(scheme.units)]) == [u.code for u in scheme.units]
    body = [r for r in rows[hi + 1:] if isinstance(r[0], int)]
    assert len(body) == len(data.participants)
    decided_k = sum(1 for d in data.decisions.values() if d.result.value == "K")
    totals_k = next(r for r in rows if r[1] == "Jumlah K")
    assert totals_k[2 + len(scheme.units) + 1] == decided_k
    for r in body:
        p = next(p for p in data.participants if p.number == r[0])
        assert r[-1] == data.decisions[p.id].result.value
        assert ("BK" in r[2:2 + len(scheme.units)]) == (r[-2] == "BK")


def test_attendance_one_sheet_per_assessor(exported: tuple[Path, Path, list[Path]]) -> None:
    path, out, _ = exported
    data = _people(path)
    wb = load_workbook(out / "daftar-hadir.xlsx")
    assert len(wb.sheetnames) == len(data.assessors)
    names = [c for ws in wb for row in ws.iter_rows(values_only=True) for c in row]
    # One signature column per event day, with the day's name (issue 15).
    from humas_desktop.services.exports import day_label, event_days

    for d in event_days(data.event):
        assert f"Tanda Tangan\n{day_label(d)}" in names
    assert sum(1 for p in data.participants if p.name in names) == len(data.participants)
    for ws in wb:  # rows 1..n on each sheet, not the event's participant numbers
        head = next(r for r in range(1, 20) if ws.cell(r, 1).value == "No")
        numbers = [ws.cell(r, 1).value for r in range(head + 1, ws.max_row + 1)
                   if isinstance(ws.cell(r, 1).value, int)]
        assert numbers == list(range(1, len(numbers) + 1)) and numbers
        assert not ws.title.endswith((",", " M")), ws.title  # never cut mid-word


def test_berita_acara_totals(exported: tuple[Path, Path, list[Path]]) -> None:
    path, out, _ = exported
    data = _people(path)
    ws = load_workbook(out / "berita-acara.xlsx").active
    # Labels span A:B, values start in C (issue 15: column A alone cut "Jumlah asesi").
    facts = {r[0]: r[2] for r in ws.iter_rows(max_col=3, values_only=True) if r[0]}
    # Counts of the assessors' recommendations, with the number in words as the PDF writes them.
    from humas_desktop.domain.terbilang import terbilang

    recs = [a.overall_recommendation.value for a in data.assessments.values()]
    n, k = len(data.participants), recs.count("K")
    assert facts["Jumlah asesi"] == f"{n} ({terbilang(n)}) orang"
    assert facts["Rekomendasi Kompeten (K)"] == f"{k} ({terbilang(k)}) orang"
    assert facts["Rekomendasi Belum Kompeten (BK)"] == f"{n - k} ({terbilang(n - k)}) orang"
    text = _text(out / "berita-acara.pdf")
    # The berita acara asesmen precedes the plenary: no SK number (issue 15).
    assert "BERITA ACARA ASESMEN KOMPETENSI" in text and "SK/001/LSP-HN/2026" not in text


def test_records_pdf_names_units_and_per_participant_files(
        exported: tuple[Path, Path, list[Path]]) -> None:
    path, out, files = exported
    data = _people(path)
    scheme = next(iter(data.schemes.values()))
    text = " ".join(_text(out / "fr-ak-02-rekaman-asesmen.pdf").split())
    assert "Nur’aini Kusumawardhani" in text
    for u in scheme.units:
        assert u.code in text
    singles = sorted((out / "fr-ak-02").glob("peserta-*.pdf"))
    assert len(singles) == len(data.participants)
    first = " ".join(_text(singles[0]).split())
    assert "Nur’aini" in first and data.participants[1].name not in first


def test_report_pdf_per_assessor(exported: tuple[Path, Path, list[Path]]) -> None:
    path, out, _ = exported
    data = _people(path)
    text = " ".join(_text(out / "fr-ak-05-laporan-asesmen.pdf").split())
    for a in data.assessors.values():
        assert a.name in text and a.met_number in text
    assert text.count("FR.AK.05. LAPORAN ASESMEN") == len(data.assessors)


def test_draft_certificates_before_close(exported: tuple[Path, Path, list[Path]]) -> None:
    path, out, _ = exported
    data = _people(path)
    k_people = [p for p in data.participants if data.decisions[p.id].result.value == "K"]
    singles = sorted((out / "sertifikat").glob("sertifikat-*.pdf"))
    assert len(singles) == len(k_people)
    text = _text(out / "sertifikat.pdf", 1, 2)
    flat = " ".join(text.split())
    assert "Dr. Ir. RADEN AJENG SITI NUR’AINI" in flat and "KUSUMAWARDHANI, S.Sos., M.I.Kom." in flat
    assert "DRAF" in _pypdf_text(out / "sertifikat.pdf", 0)  # rotated: poppler skips it
    assert "Sertifikat ini berlaku untuk: 3 (tiga) tahun" in flat
    assert "This certificate is valid for: 3 (three) years" in flat
    assert "Daftar Unit Kompetensi" in flat and "KOM.PR02.004.01" in flat


def test_each_pdf_kind_renders_to_png(exported: tuple[Path, Path, list[Path]], tmp_path: Path) -> None:
    need_program("pdftoppm")
    _, out, _ = exported
    for name in ("sertifikat", "fr-ak-02-rekaman-asesmen", "fr-ak-05-laporan-asesmen", "berita-acara",
                 "daftar-hadir"):
        prefix = tmp_path / name
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(out / f"{name}.pdf"),
                        str(prefix)], check=True, capture_output=True)
        pngs = list(tmp_path.glob(f"{name}*.png"))
        assert pngs and pngs[0].stat().st_size > 2000


def test_missing_glyph_holds_back_only_that_certificate(tmp_path: Path) -> None:
    """Issue 15: one unprintable name no longer blocks every file of the event."""
    path = make_demo(tmp_path / "data", participants=3, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        people = repo.list_participants(edb)
        p = next(x for x in people if x.number == 2)
        with edb.atomic():
            app_update(edb, "participant", {"name": "Budi 漢字 Santoso"}, p.id)
        out = tmp_path / "out"
        files = _run(export_documents(edb, ["roster", "certificates"], out))
        assert (out / "daftar-peserta.xlsx") in files
        assert [(n.number, n.code) for n in files.not_written] == [(p.number, "missing_glyph")]
        assert "U+6F22" in files.not_written[0].detail
        assert not (out / "sertifikat" / f"sertifikat-{p.number:04d}.pdf").exists()
    finally:
        edb.close()


def test_name_that_cannot_fit_holds_back_only_that_certificate(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=2, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        p = repo.list_participants(edb)[0]
        with edb.atomic():
            app_update(edb, "participant", {"name": " ".join(["Wijayakusumaningrat"] * 14)}, p.id)
        files = _run(export_documents(edb, ["certificates"], tmp_path / "out"))
        assert [(n.number, n.code) for n in files.not_written] == [(p.number, "name_does_not_fit")]
    finally:
        edb.close()


def test_cancel_leaves_no_half_file(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=12, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    out = tmp_path / "out"
    try:
        gen = export_documents(edb, ["roster", "records", "certificates"], out)
        seen = 0
        for progress in gen:
            seen += 1
            if progress.message.startswith("records"):
                gen.close()
                break
        assert seen
    finally:
        edb.close()
    assert not list(out.rglob(".*.partial-*"))
    assert not (out / "fr-ak-02-rekaman-asesmen.pdf").exists()
    assert (out / "daftar-peserta.xlsx").exists()


def test_only_combined_when_asked(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=3, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        files = _run(export_documents(edb, ["records"], tmp_path / "out",
                                      replace(ExportOptions(), per_participant=False)))
    finally:
        edb.close()
    assert [f.name for f in files] == ["fr-ak-02-rekaman-asesmen.pdf"]


@pytest.mark.slow
def test_cli_exports_all_and_prints_json(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=4, decided=True)
    out = tmp_path / "out"
    res = subprocess.run([sys.executable, "-m", "humas_desktop", "export", str(path), "all", "--out",
                          str(out), "--json"], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[2])
    assert res.returncode == 0, res.stderr
    files = json.loads(res.stdout)["files"]
    assert len(files) >= 10 and all(Path(f).exists() for f in files)
    kinds = {Path(f).name for f in files}
    assert {"unggah-bnsp.xlsx", "sertifikat.pdf", "berita-acara.pdf"} <= kinds


@pytest.mark.slow
def test_cli_fails_with_one_clear_line(tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "humas_desktop", "export", str(tmp_path / "nope.humas"),
                          "roster", "--out", str(tmp_path)], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[2])
    assert res.returncode == 1
    assert res.stderr.count("\n") == 1 and "tidak ditemukan" in res.stderr


@pytest.mark.slow
def test_cli_parallel_certificates_through_python_m(tmp_path: Path) -> None:
    """Spawned render workers re-import ``__main__``: the CLI must not run again in them."""
    import os

    path = make_demo(tmp_path / "data", participants=6, decided=True)
    out = tmp_path / "out"
    res = subprocess.run([sys.executable, "-m", "humas_desktop", "export", str(path), "certificates",
                          "--out", str(out), "--json"], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[2],
                         env={**os.environ, "HUMAS_RENDER_WORKERS": "2"})
    assert res.returncode == 0, res.stderr
    files = json.loads(res.stdout)["files"]
    singles = [f for f in files if "/sertifikat/" in f]
    combined = out / "sertifikat.pdf"
    from pypdf import PdfReader

    assert len(PdfReader(combined).pages) == 2 * len(singles)
    assert "NUR’AINI" in PdfReader(singles[0]).pages[0].extract_text()


def test_a_cancelled_export_says_which_whole_files_it_left(tmp_path: Path) -> None:
    """Issue 25: cancel in the middle of writing the per-participant files; the caller learns
    exactly which files are on disk, and each of them is a whole, readable document."""
    from pypdf import PdfReader

    path = make_demo(tmp_path / "data", participants=60, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    out = tmp_path / "out"
    written: list[Path] = []
    try:
        gen = export_documents(edb, ["roster", "records"], out,
                               ExportOptions(workers=1, written=written))
        for progress in gen:
            if re.fullmatch(r"records (\d+)/60", progress.message) and (out / "fr-ak-02").is_dir():
                gen.close()
                break
        else:
            pytest.fail("the export never reported writing the per-participant files")
    finally:
        edb.close()
    on_disk = sorted(p for p in out.rglob("*") if p.is_file())
    assert sorted(written) == on_disk  # nothing more, nothing less, no half-written temp file
    per_person = [p for p in on_disk if p.parent.name == "fr-ak-02"]
    assert 0 < len(per_person) < 60
    for pdf in per_person:
        assert "FR.AK.02" in PdfReader(pdf).pages[0].extract_text()
    assert out / "daftar-peserta.xlsx" in written


def test_progress_moves_inside_a_long_document(tmp_path: Path) -> None:
    """The bar moves while the one long PDF is made, not only between documents."""
    path = make_demo(tmp_path / "data", participants=45, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        seen = [p.fraction for p in export_documents(edb, ["records"], tmp_path / "out",
                                                     ExportOptions(workers=1))]
    finally:
        edb.close()
    inside = [f for f in seen if 0 < f < 1]
    assert len(set(inside)) >= 3
    assert seen == sorted(seen) and seen[-1] == 1.0


@pytest.mark.slow
def test_records_on_worker_processes_read_as_in_one_process(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 25: the FR.AK.02 records rendered in chunks on two processes: the combined file and
    every per-participant file carry the same text (and metadata) as when made in one process."""
    from pypdf import PdfReader

    path = make_demo(tmp_path / "data", participants=24, decided=True)
    outs = {}
    for workers in ("1", "2"):
        monkeypatch.setenv("HUMAS_RENDER_WORKERS", workers)
        edb = open_event(path, device_id="t", actor="coordinator")
        try:
            written: list[Path] = []
            files = _run(export_documents(edb, ["records"], tmp_path / f"out{workers}",
                                          ExportOptions(written=written)))
        finally:
            edb.close()
        assert sorted(written) == sorted(files)
        outs[workers] = sorted(files)
    one, two = outs["1"], outs["2"]
    assert [f.relative_to(tmp_path / "out1") for f in one] == \
        [f.relative_to(tmp_path / "out2") for f in two]
    for a, b in zip(one, two, strict=True):
        assert _text(a) == _text(b), a.name
        assert PdfReader(a).metadata.title == PdfReader(b).metadata.title
