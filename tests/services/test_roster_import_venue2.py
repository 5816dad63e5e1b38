"""Real roster shapes from the venue day (#24 item 1): a two-column signature block, a row with
no NIK, a sheet without a header row, "Kota"/"Propinsi" with region codes, a LibreOffice copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.services.roster_import import (
    NO_HEADER,
    ImportOptions,
    RowStatus,
    apply_plan,
    build_plan,
    header_cells,
    import_roster,
    load_roster,
    sheet_mapping,
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


@pytest.fixture
def event(data_dir: Path) -> Path:
    return make_demo(data_dir, participants=3)


def plan_for(edb: Any, path: Path, header_row: int | None = None) -> Any:
    _book, sheet, header = load_roster(path, header_row=header_row)
    return build_plan(edb, sheet, header, sheet_mapping(sheet, header), ImportOptions(),
                      today=date(2026, 11, 22))


def test_two_column_signature_block_is_listed_not_imported(event: Path, tmp_path: Path) -> None:
    path = corpus.with_signature_block(tmp_path / "surat.xlsx", people=11)
    with open_event(event, device_id="t") as edb:
        before = {p.name for p in repo.list_participants(edb)}
        plan = plan_for(edb, path)
        names = [r.participant.name for r in plan.rows]
        assert names == [f"Peserta {n}" for n in range(1, 12)]
        skipped = " | ".join(s.text for s in plan.skipped)
        for text in (*corpus.SIGNATURE_TEXTS, "Bandung, 10 Maret 2025", "Sekretaris",
                     "Dra. Siti Rahmawati", "NIP. 197203151998032002"):
            assert text in skipped, text
        result = run(apply_plan(edb, plan, ImportOptions()))
        assert result.imported == 11
        after = {p.name for p in repo.list_participants(edb)} - before
        assert after == {f"Peserta {n}" for n in range(1, 12)}


def test_a_name_without_nik_is_imported_with_a_warning(event: Path, tmp_path: Path) -> None:
    rows = [corpus.good_row(n) for n in range(1, 4)]
    rows[1][2] = None  # Peserta 2 has no NIK
    path = corpus.write(tmp_path / "tanpa-nik.xlsx", rows)
    with open_event(event, device_id="t") as edb:
        plan = plan_for(edb, path)
    row = next(r for r in plan.rows if r.participant.name == "Peserta 2")
    assert row.status is RowStatus.NEW
    warnings = [f for f in row.findings if f.code == "nik_missing_row"]
    assert len(warnings) == 1 and warnings[0].message.startswith("NIK kosong")
    assert warnings[0].cell == "C3"
    assert not [f for f in plan.findings if f.code == "nik_missing_row" and f.row != 3]


def test_headerless_sheet_keeps_its_first_person(event: Path, tmp_path: Path) -> None:
    path = corpus.headerless(tmp_path / "Mitra Umi Certified.xlsx", people=3)
    with pytest.raises(DomainError) as refused:  # detected, and said what to choose
        load_roster(path)
    assert refused.value.code == "roster_no_header_row_found"
    _book, sheet, header = load_roster(path, header_row=0)
    assert header == NO_HEADER and header_cells(sheet, header) == []
    mapping = sheet_mapping(sheet, header)
    assert {f: c for c, f in mapping.items()}.items() >= {
        "name": 0, "nik": 1, "birth_place": 2, "birth_date": 3, "gender": 4, "phone": 8,
        "email": 9}.items()
    with open_event(event, device_id="t") as edb:
        result = run(import_roster(edb, path, header_row=0))
        assert result.imported == 3 and not result.errors
        people = {p.name: p for p in repo.list_participants(edb)}
    first = people["Siti Aminah"]
    assert first.nik == "3201015708900001" and first.birth_date == date(1990, 8, 17)


def test_kota_and_propinsi_headers_fill_the_bnsp_region_codes(event: Path,
                                                              tmp_path: Path) -> None:
    path = corpus.kota_propinsi(tmp_path / "data.xlsx")
    _book, sheet, header = load_roster(path)
    mapping = sheet_mapping(sheet, header)
    by_header = {corpus.KOTA_HEADER[c]: f for c, f in mapping.items()}
    assert by_header["Kota"] == "regency" and by_header["Propinsi"] == "province"
    with open_event(event, device_id="t") as edb:
        plan = plan_for(edb, path)
        got = {r.participant.name: r.participant for r in plan.rows}
        assert (got["Peserta Kota 1"].regency, got["Peserta Kota 1"].city_code,
                got["Peserta Kota 1"].province_code) == ("Kota Bandung", "3273", "32")
        assert got["Peserta Kota 2"].city_code == "3204"  # "32.04"
        assert got["Peserta Kota 3"].city_code == "3471"  # "71" beside province "34"
        assert got["Peserta Kota 3"].regency == "Kota Yogyakarta"
        unknown = [f for f in plan.findings if f.code == "regency_unknown_row"]
        assert [f.row for f in unknown] == [5] and "9999" in unknown[0].message
        assert got["Peserta Kota 4"].city_code == ""
        run(apply_plan(edb, plan, ImportOptions()))
        stored = {p.name: p for p in repo.list_participants(edb)}
    assert stored["Peserta Kota 1"].city_code == "3273"
    assert stored["Peserta Kota 1"].province_code == "32"


@pytest.mark.slow
def test_libreoffice_copy_rounded_niks_refused_and_signature_block_not_imported(
        event: Path, tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    src = corpus.with_signature_block(tmp_path / "src" / "surat.xlsx", people=11,
                                      numeric_nik=True)
    copy = corpus.libreoffice_copy(src, tmp_path / "lo")
    with open_event(event, device_id="t") as edb:
        plan = plan_for(edb, copy)
        assert [r for r in plan.rows if r.status is RowStatus.NEW] == []
        assert {f.code for f in plan.errors} == {"nik_last_digit_lost"}
        assert len(plan.errors) == 11
        skipped = " | ".join(s.text for s in plan.skipped)
        assert all(text in skipped for text in corpus.SIGNATURE_TEXTS)
        before = len(repo.list_participants(edb))
        result = run(apply_plan(edb, plan, ImportOptions()))
        # On da7ae9f the signature rows were the only 4 "participants" imported.
        assert result.imported == 0 and len(repo.list_participants(edb)) == before
