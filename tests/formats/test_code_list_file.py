"""KODE PENDIDIKAN / KODE PEKERJAAN loaded from the LSP's own xlsx or csv (issue 15): CLI
'codes load', the service, and the BNSP upload sheet read back with openpyxl. A hostile or
unusable file gives one Indonesian message and changes nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from humas_desktop.cli import main
from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.xlsx_reports import BNSP_HEADERS
from humas_desktop.services import document_settings as ds
from humas_desktop.services.exports import export_documents
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _pendidikan_xlsx(path: Path) -> Path:
    """As an LSP keeps it: a title block, then 'No | Jenjang Pendidikan | Kode Pendidikan'."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Master Pendidikan"
    ws.append(["DAFTAR KODE PENDIDIKAN BNSP"])
    ws.append([])
    ws.append(["No", "Jenjang Pendidikan", "Kode Pendidikan"])
    for i, (name, code) in enumerate((("SMA/SMK", 3), ("D3", 14), ("S1", 15), ("S2", 16)), 1):
        ws.append([i, name, code])  # codes typed as numbers: read as "14", not "14.0"
    wb.save(path)
    return path


def _pekerjaan_csv(path: Path) -> Path:
    """Excel's Indonesian csv: semicolons, BOM."""
    lines = ["Nama Pekerjaan;Kode", "Pranata Humas Ahli Muda;21", "Pranata Humas Terampil;22",
             "Staf Humas;23", "Pranata Humas Ahli Pertama;21", "Analis Kebijakan Komunikasi;24",
             "Kepala Subbagian Humas;25", ""]
    path.write_bytes("\r\n".join(lines).encode("utf-8-sig"))
    return path


def _bnsp_codes(out: Path) -> dict[str, tuple[str, str]]:
    ws = load_workbook(out / "unggah-bnsp.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    header = list(rows[0])
    name = header.index(BNSP_HEADERS[1])
    edu = header.index("KODE PENDIDIKAN")
    job = header.index("KODE PEKERJAAN")
    return {str(r[name]): (str(r[edu]), str(r[job])) for r in rows[1:] if r[name]}


def test_cli_loads_an_xlsx_and_a_csv_and_the_bnsp_sheet_uses_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """On 89d5f16 there was no way to load the lists from a file ('codes' was no command)."""
    base = tmp_path / "data"
    path = make_demo(base, participants=6)
    xlsx = _pendidikan_xlsx(tmp_path / "pendidikan.xlsx")
    csv_file = _pekerjaan_csv(tmp_path / "pekerjaan.csv")
    code, out, err = _cli(capsys, "--data-dir", str(base), "codes", "load", str(path),
                          "--pendidikan", str(xlsx), "--pekerjaan", str(csv_file), "--json")
    assert code == 0, err
    assert json.loads(out) == {"pendidikan": 4, "pekerjaan": 6}
    with open_event(path, device_id="t", actor="coordinator") as edb:
        lists = ds.load(edb).code_lists
        people = {p.name: p for p in repo.list_participants(edb)}
        _run(export_documents(edb, ["bnsp"], tmp_path / "out"))
    assert lists["bnsp.codes.pendidikan"] == {"SMA/SMK": "3", "D3": "14", "S1": "15", "S2": "16"}
    assert lists["bnsp.codes.pekerjaan"]["Staf Humas"] == "23"
    edu = {"D3": "14", "S1": "15", "S2": "16"}
    job = {"Pranata Humas Ahli Muda": "21", "Pranata Humas Terampil": "22", "Staf Humas": "23",
           "Pranata Humas Ahli Pertama": "21", "Analis Kebijakan Komunikasi": "24",
           "Kepala Subbagian Humas": "25"}
    sheet = _bnsp_codes(tmp_path / "out")
    assert sheet
    for name, (e, j) in sheet.items():
        p = people[name]
        assert (e, j) == (edu[p.education], job[p.job_title]), name


HOSTILE = {
    "binary.csv": b"\x00\x01\x02garbage\x00" * 50,
    "no-header.csv": b"S1;5\nS2;6\n",
    "blank-code.csv": b"Pendidikan,Kode\nS1,5\nS2,\n",
    "two-codes.csv": b"Pendidikan,Kode\nS1,5\nS1,6\n",
    "only-header.csv": b"Pendidikan,Kode\n",
    "fake.xlsx": b"PK\x03\x04 this is not a workbook",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_or_unusable_file_gives_one_message_and_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    base = tmp_path / "data"
    path = make_demo(base, participants=2)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        before = ds.load(edb).code_lists
    bad = tmp_path / name
    bad.write_bytes(HOSTILE[name])
    good = _pekerjaan_csv(tmp_path / "pekerjaan.csv")
    code, out, err = _cli(capsys, "--data-dir", str(base), "codes", "load", str(path),
                          "--pekerjaan", str(good), "--pendidikan", str(bad))
    assert code == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err
    assert "Tidak ada kode yang diubah" in err or "xlsx" in err.lower() or "berkas" in err.lower()
    with open_event(path, device_id="t", actor="coordinator") as edb:
        assert ds.load(edb).code_lists == before  # the good csv was not saved either


def test_a_zip_bomb_named_xlsx_is_refused_by_the_guard(tmp_path: Path) -> None:
    bomb = tmp_path / "kode.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>'
                    "<Types/>")
    with pytest.raises(DomainError) as err:
        ds.read_code_file(bomb)
    assert err.value.code.startswith("xlsx_")
    with pytest.raises(DomainError) as err:
        ds.read_code_file(tmp_path)  # a folder
    assert err.value.code == "not_a_file"


def test_messages_name_the_row(tmp_path: Path) -> None:
    from humas_desktop.messages import message

    f = tmp_path / "kode.csv"
    f.write_text("Pendidikan,Kode\nS1,5\nS2,\n", encoding="utf-8")
    with pytest.raises(DomainError) as err:
        ds.read_code_file(f)
    assert err.value.code == "code_file_row"
    assert "baris 3" in message(err.value.code, **err.value.context)
    f.write_text("Pendidikan,Kode\nS1,5\nS1,6\n", encoding="utf-8")
    with pytest.raises(DomainError) as err:
        ds.read_code_file(f)
    assert "\"S1\" sudah muncul" in message(err.value.code, **err.value.context)
    big = tmp_path / "big.csv"
    big.write_bytes(b"Pendidikan,Kode\n" + b"x" * (ds_limit() + 10))
    with pytest.raises(DomainError) as err:
        ds.read_code_file(big)
    assert err.value.code == "code_file_too_large"
    many = tmp_path / "many.csv"
    many.write_text("Pendidikan,Kode\n" + "".join(f"P{i},{i}\n" for i in range(5001)),
                    encoding="utf-8")
    with pytest.raises(DomainError) as err:
        ds.read_code_file(many)
    assert err.value.code == "code_file_too_many"
    with open_event(make_demo(tmp_path / "data", participants=1), device_id="t",
                    actor="coordinator") as edb, pytest.raises(DomainError) as err:
        ds.load_code_files(edb, {"jadwal": f})
    assert err.value.code == "code_list_unknown"


def ds_limit() -> int:
    from humas_desktop.formats.code_list_file import MAX_CSV_BYTES

    return MAX_CSV_BYTES
