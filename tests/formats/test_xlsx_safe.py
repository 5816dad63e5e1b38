"""Hostile strings never become formulas or error cells; over-long values are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from humas_desktop.formats.xlsx_safe import MAX_CELL_CHARS, XlsxError, clean_cell_text, put

HOSTILE = ["=1+1", "=HYPERLINK(\"http://x\",\"klik\")", "+62 812", "-5", "@SUM(A1)", "\t=cmd",
           "\r\n=1", "#N/A", "#DIV/0!", "#REF!", "=cmd|' /C calc'!A0", "a\x00b\x07c", "\x1b[31m"]


def _roundtrip(tmp: Path, values: list[str]) -> list[object]:
    wb = Workbook()
    ws = wb.active
    for i, v in enumerate(values, 1):
        put(ws, i, 1, v)
    path = tmp / "t.xlsx"
    wb.save(path)
    back = load_workbook(path).active
    cells = [back.cell(row=i, column=1) for i in range(1, len(values) + 1)]
    for c, v in zip(cells, values, strict=True):
        assert c.data_type not in ("f", "e"), (c.coordinate, c.data_type)
        if v:
            assert c.data_type == "s", (c.coordinate, c.data_type)
            assert isinstance(c.value, str) and c.value == clean_cell_text(v)
    return [c.value for c in cells]


def test_known_hostile_strings_stay_text(tmp_path: Path) -> None:
    values = _roundtrip(tmp_path, HOSTILE)
    assert values[0] == "=1+1"
    assert values[7] == "#N/A"
    # control characters become visible symbols, not silently dropped
    assert values[11] == "a\u2400b\u2407c"
    assert values[12] == "\u241b[31m"


def test_risky_first_character_gets_quote_prefix(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert put(ws, 1, 1, "=1+1").quotePrefix
    assert put(ws, 2, 1, "@x").quotePrefix
    assert not put(ws, 3, 1, "Nama").quotePrefix


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(min_size=0, max_size=40), min_size=1, max_size=8))
def test_hypothesis_no_formula_or_error_cell(tmp_path: Path, values: list[str]) -> None:
    prefixed = [v if i % 2 else "=" + v for i, v in enumerate(values)]
    out = _roundtrip(tmp_path, prefixed)
    assert len(out) == len(prefixed)


def test_over_long_value_is_refused_not_truncated() -> None:
    ws = Workbook().active
    put(ws, 1, 1, "x" * MAX_CELL_CHARS)
    with pytest.raises(XlsxError) as err:
        put(ws, 2, 1, "x" * (MAX_CELL_CHARS + 1))
    assert err.value.code == "cell_too_long"


def test_nik_column_is_text(tmp_path: Path) -> None:
    wb = Workbook()
    put(wb.active, 1, 1, "0012345678901234", text=True)
    wb.save(tmp_path / "n.xlsx")
    cell = load_workbook(tmp_path / "n.xlsx").active["A1"]
    assert cell.value == "0012345678901234"
    assert cell.number_format == "@"
