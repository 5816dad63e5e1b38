"""Import service: every trap gets a row/column finding; all or nothing; refusals change nothing."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.services.roster_import import (
    ImportOptions,
    OnError,
    RowStatus,
    apply_plan,
    build_plan,
    default_mapping,
    import_roster,
    load_roster,
    write_rejected_file,
    write_template_file,
)
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.formats import roster_corpus as corpus


def run(gen: Any) -> Any:
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        return stop.value


def plan_for(edb: Any, path: Path, **kw: Any) -> Any:
    _book, sheet, header = load_roster(path)
    return build_plan(edb, sheet, header, default_mapping(list(sheet.rows[header])),
                      ImportOptions(**kw), today=date(2026, 11, 22))


def codes(plan: Any, row: int) -> set[str]:
    return {f.code for f in plan.findings if f.row == row}


@pytest.fixture
def event(data_dir: Path) -> Path:
    return make_demo(data_dir, participants=3)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_messy_roster_every_trap_pointed_at(event: Path, tmp_path: Path) -> None:
    rows = [corpus.good_row(n) for n in range(1, 12)]
    rows[0][2] = 3201015708900001  # NIK as a number, all 16 digits kept (openpyxl, SIMPEG)
    rows[1][2] = 3.2010157089e15  # ... as a number rounded to 15 digits (serial 0000)
    rows[2][1] = "\u200bNur\u2019aini\u00a0 Rahma"  # zero-width, curly apostrophe, NBSP
    rows[2][2] = "３２０１０１５７０８９００００３"  # full-width digits
    rows[3][7] = 81234567890  # phone as number, leading 0 lost
    rows[4][7] = "+62 812-3456-7890"
    rows[5][4] = "17 Agustus 1990"
    rows[6][4] = 33102  # a General-format serial (1900 system)
    rows[7][4] = "31/02/1990"
    rows[8][5] = "X"
    rows[9][1] = ""  # name missing
    rows[10][2] = rows[4][2]  # the same NIK twice
    path = corpus.write(tmp_path / "r.xlsx", rows, title_rows=2)
    with open_event(event, device_id="t") as edb:
        plan = plan_for(edb, path)
    r = {n: 3 + n for n in range(1, 12)}  # Excel row of good_row(n): 2 titles + header
    assert codes(plan, r[1]) == {"nik_was_number"}
    by_row = {p.excel_row: p for p in plan.rows}
    assert by_row[r[1]].participant.nik == "3201015708900001"
    assert by_row[r[1]].status is RowStatus.NEW
    assert codes(plan, r[2]) == {"nik_last_digit_lost"}
    f = next(f for f in plan.findings if f.row == r[2])
    assert (f.column, f.cell) == ("NIK", f"C{r[2]}") and "digit terakhir hilang" in f.message
    assert by_row[r[3]].participant.name == "Nur'aini Rahma"
    assert by_row[r[3]].participant.nik == "3201015708900003"
    assert by_row[r[4]].participant.phone == "081234567890"
    assert by_row[r[5]].participant.phone == "081234567890"
    assert by_row[r[6]].participant.birth_date == date(1990, 8, 17)
    assert by_row[r[7]].participant.birth_date == date(1990, 8, 17)
    assert "date_invalid" in codes(plan, r[8])
    assert codes(plan, r[9]) == {"gender_invalid"}
    assert "name_missing" in codes(plan, r[10])
    assert "duplicate_in_file" in codes(plan, r[11])
    assert plan.count(RowStatus.NEW) == 6


def test_1904_serial_and_formula_without_value(event: Path, tmp_path: Path) -> None:
    rows = [corpus.good_row(1), corpus.good_row(2)]
    rows[0][4] = 33102 - 1462  # the same day in the 1904 system
    src = corpus.write(tmp_path / "a.xlsx", rows, epoch1904=True)
    path = corpus.formula_without_value(src, tmp_path / "f.xlsx", "G3")
    with open_event(event, device_id="t") as edb:
        plan = plan_for(edb, path)
    assert plan.rows[0].participant.birth_date == date(1990, 8, 17)
    assert codes(plan, 3) == {"formula_no_value"}
    assert plan.rows[1].status is RowStatus.REJECTED


def test_nik_birth_date_and_sex_cross_check_are_warnings(event: Path, tmp_path: Path) -> None:
    row = corpus.good_row(1)
    row[5] = "L"
    row[4] = "18/08/1990"
    with open_event(event, device_id="t") as edb:
        plan = plan_for(edb, corpus.write(tmp_path / "r.xlsx", [row]))
    assert {f.code for f in plan.warnings} == {"nik_birth_date_mismatch", "nik_gender_mismatch"}
    assert plan.rows[0].status is RowStatus.NEW


def test_skip_imports_valid_rows_in_one_go(event: Path, tmp_path: Path) -> None:
    rows = [corpus.good_row(n) for n in range(1, 6)]
    rows[2][2] = 3201015708900000  # rounded to 15 digits: refused
    path = corpus.write(tmp_path / "r.xlsx", rows)
    with open_event(event, device_id="t") as edb:
        result = run(import_roster(edb, path))
        people = repo.list_participants(edb)
    assert (result.imported, result.skipped) == (4, 1)
    assert len(people) == 7
    assert [p.number for p in people] == list(range(1, 8))
    assert people[-1].scheme_id is not None  # the event has one scheme: it is used


def test_abort_changes_nothing(event: Path, tmp_path: Path) -> None:
    rows = [corpus.good_row(1), corpus.good_row(2)]
    rows[1][2] = 3201015708900000  # rounded to 15 digits: refused
    path = corpus.write(tmp_path / "r.xlsx", rows)
    before = sha(event)
    with open_event(event, device_id="t") as edb, pytest.raises(DomainError) as info:
        run(import_roster(edb, path, ImportOptions(on_error=OnError.ABORT)))
    assert info.value.code == "roster_aborted"
    assert sha(event) == before


def test_dry_run_changes_nothing(event: Path, tmp_path: Path) -> None:
    path = corpus.write(tmp_path / "r.xlsx", [corpus.good_row(1)])
    before = sha(event)
    with open_event(event, device_id="t") as edb:
        result = run(import_roster(edb, path, ImportOptions(dry_run=True)))
    assert result.imported == 1 and result.dry_run
    assert sha(event) == before


def test_cancel_mid_import_rolls_everything_back(event: Path, tmp_path: Path) -> None:
    path = corpus.write(tmp_path / "r.xlsx", [corpus.good_row(n) for n in range(1, 1201)])
    with open_event(event, device_id="t") as edb:
        plan = plan_for(edb, path)
        gen = apply_plan(edb, plan)
        next(gen)
        progress = next(gen)  # first batch inserted inside the open transaction
        assert progress.done == 500
        gen.close()
        assert len(repo.list_participants(edb)) == 3


def test_existing_participants_left_or_updated(event: Path, tmp_path: Path) -> None:
    with open_event(event, device_id="t") as edb:
        existing = repo.list_participants(edb)[0]
    row = corpus.good_row(1)
    row[1], row[2], row[6] = existing.name, existing.nik, "Instansi Baru"
    row[4] = existing.birth_date.strftime("%d/%m/%Y") if existing.birth_date else ""
    row[5] = existing.gender.value if existing.gender else ""
    path = corpus.write(tmp_path / "r.xlsx", [row, corpus.good_row(2)])
    with open_event(event, device_id="t") as edb:
        left = run(import_roster(edb, path))
        assert (left.imported, left.unchanged, left.updated) == (1, 1, 0)
        assert "exists_in_event" in {f.code for f in left.warnings}
        assert repo.get_participant(edb, existing.id).institution == existing.institution
    path2 = corpus.write(tmp_path / "r2.xlsx", [row])
    with open_event(event, device_id="t") as edb:
        updated = run(import_roster(edb, path2, ImportOptions(update_existing=True)))
        assert updated.updated == 1
        assert repo.get_participant(edb, existing.id).institution == "Instansi Baru"
        assert len(repo.list_participants(edb)) == 4


@pytest.mark.parametrize("make", [
    lambda p: (p.write_text("bukan excel"), p)[1],
    lambda p: corpus.ole_file(p, "EncryptedPackage"),
    lambda p: corpus.ole_file(p, "Workbook"),
    lambda p: corpus.zip_bomb(p),
    lambda p: corpus.xml_bomb(p),
    lambda p: corpus.absurd_rows(p),
], ids=["text", "password", "xls", "zip-bomb", "xml-bomb", "rows"])
def test_refused_file_leaves_event_byte_for_byte(event: Path, tmp_path: Path, make: Any) -> None:
    roster = make(tmp_path / "daftar.xlsx")
    before = sha(event)
    with open_event(event, device_id="t") as edb, pytest.raises(DomainError) as info:
        run(import_roster(edb, roster))
    assert info.value.code.startswith("xlsx_")
    assert sha(event) == before


def test_rejected_rows_file_highlights_problem_cells(event: Path, tmp_path: Path) -> None:
    rows = [corpus.good_row(1), corpus.good_row(2)]
    rows[1][2] = 3201015708900000  # rounded to 15 digits: refused
    path = corpus.write(tmp_path / "r.xlsx", rows)
    with open_event(event, device_id="t") as edb:
        plan = plan_for(edb, path)
    out = tmp_path / "perbaiki.xlsx"
    assert write_rejected_file(plan, out) == 1
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert header[0] == "Baris asal" and header[-1] == "Masalah"
    nik_cell = ws.cell(2, header.index("NIK") + 1)
    assert nik_cell.fill.fgColor.rgb.endswith("FFC7CE")
    assert "sebagai Teks" in ws.cell(2, len(header)).value
    assert ws.cell(2, 1).value == 3


def test_template_has_text_columns_example_and_instructions(event: Path, tmp_path: Path) -> None:
    out = tmp_path / "templat.xlsx"
    write_template_file(out)
    wb = openpyxl.load_workbook(out)
    ws = wb["Peserta"]
    header = [c.value for c in ws[1]]
    for title in ("NIK", "NIP", "No. HP/WA"):
        col = header.index(title) + 1
        assert ws.cell(2, col).number_format == "@" and ws.cell(50, col).number_format == "@"
        assert isinstance(ws.cell(2, col).value, str)
    assert "Petunjuk" in wb.sheetnames
    with open_event(event, device_id="t") as edb:
        result = run(import_roster(edb, out, ImportOptions(dry_run=True)))
    assert result.imported == 1 and not result.errors


def test_too_long_values_flagged_also_when_filled_from_another_column(event: Path,
                                                                      tmp_path: Path) -> None:
    long = "Dinas " + "x" * 600
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nama", "NIK", "Tempat, Tanggal Lahir", "Unit Kerja", "Alamat"])
    ws.append(["Ani", "3201015708900001", "Bogor, 17/08/1990", "Diskominfo", "Jl. Melati"])
    ws.append(["Budi", "3201011708900002", long + ", 17/08/1990", long, "Jl. Mawar"])
    ws.append(["Citra", "3201015708900003", "Bogor, 17/08/1990", "Diskominfo", long])
    path = tmp_path / "panjang.xlsx"
    wb.save(path)
    with open_event(event) as edb:
        plan = plan_for(edb, path)
    assert codes(plan, 2) == set()
    too_long = {(f.row, f.column) for f in plan.findings if f.code == "value_too_long"}
    # Birth place comes from the TTL column, the institution from Unit Kerja.
    assert too_long == {(3, "Tempat Lahir"), (3, "Unit Kerja"), (3, "Instansi"), (4, "Alamat")}
    assert [r.status for r in plan.rows] == [RowStatus.NEW, RowStatus.REJECTED, RowStatus.REJECTED]


def test_plan_import_reports_progress_and_gives_the_same_plan(event: Path, tmp_path: Path) -> None:
    from humas_desktop.services.roster_import import PLAN_PROGRESS_EVERY, plan_import

    rows = [corpus.good_row(n) for n in range(1, PLAN_PROGRESS_EVERY + 20)]
    path = corpus.write(tmp_path / "banyak.xlsx", rows)
    _book, sheet, header = load_roster(path)
    mapping = default_mapping(list(sheet.rows[header]))
    with open_event(event) as edb:
        gen = plan_import(edb, sheet, header, mapping, today=date(2026, 11, 22))
        steps = []
        try:
            while True:
                steps.append(next(gen))
        except StopIteration as stop:
            plan = stop.value
        again = build_plan(edb, sheet, header, mapping, today=date(2026, 11, 22))
    assert [s.done for s in steps] == [0, PLAN_PROGRESS_EVERY, len(rows)]
    assert {s.total for s in steps} == {len(rows)}
    assert plan.count(RowStatus.NEW) == len(rows) == again.count(RowStatus.NEW)
    assert [f.code for f in plan.findings] == [f.code for f in again.findings]


def test_imported_participants_get_distinct_uuid4_keys(event: Path, tmp_path: Path) -> None:
    """Keys made in blocks for a large import are the same kind as everywhere else: random
    UUID4 text, none repeated (they identify the rows when laptops merge)."""
    import uuid

    rows = [corpus.good_row(n) for n in range(1, 600)]
    path = corpus.write(tmp_path / "r.xlsx", rows)
    with open_event(event, device_id="t") as edb:
        result = run(import_roster(edb, path))
        people = repo.list_participants(edb)
    assert result.imported == 599
    ids = [p.id for p in people]
    assert len(set(ids)) == len(ids) == 602
    for key in ids:
        parsed = uuid.UUID(key)
        assert str(parsed) == key and parsed.version == 4 and parsed.variant == uuid.RFC_4122

