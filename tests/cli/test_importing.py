"""CLI: new (path on the last line), import (--json shape, exit codes, --dry-run), template."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.resources import resource_path
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.formats import roster_corpus as corpus


def new_event(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Path:
    code = main(["--data-dir", str(data_dir), "new", "--name", "Uji Humas Bogor",
                 "--lsp", "LSP Humas", "--lsp-license", "BNSP-LSP-1", "--tuk", "TUK Diskominfo",
                 "--tuk-type", "tempat-kerja", "--start", "2026-12-01", "--purpose", "pkt",
                 "--scheme", str(resource_path("schemes", "humas-yunior.json")),
                 "--assessor", "Dewi Lestari|MET.000.001 2020"])
    assert code == 0
    out = capsys.readouterr().out.strip().splitlines()
    return Path(out[-1])


def test_new_prints_event_path_last(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    path = new_event(capsys, data_dir)
    assert path.exists()
    with open_event(path, read_only=True) as edb:
        event = repo.load_event(edb)
        assert (event.tuk_type.value, event.purpose.value) == ("tempat_kerja", "pkt")
        assert [a.met_number for a in repo.list_assessors(edb)] == ["MET.000.001 2020"]
        assert len(repo.load_schemes(edb)) == 1


def test_new_refuses_bad_assessor(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code = main(["--data-dir", str(data_dir), "new", "--name", "X", "--lsp", "L", "--scheme",
                 str(resource_path("schemes", "humas-yunior.json")), "--assessor", "Tanpa MET"])
    assert code == 1
    assert "Nama|Nomor MET" in capsys.readouterr().err


def test_import_json_shape_and_exit_codes(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                          tmp_path: Path) -> None:
    event = new_event(capsys, data_dir)
    rows = [corpus.good_row(n) for n in range(1, 4)]
    rows[1][2] = 3201015708900000  # rounded to 15 digits: refused
    roster = corpus.write(tmp_path / "r.xlsx", rows, title_rows=1)
    base = ["--data-dir", str(data_dir), "import", str(event), str(roster)]

    before = hashlib.sha256(event.read_bytes()).hexdigest()
    assert main([*base, "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert (dry["imported"], dry["skipped"], dry["dry_run"]) == (2, 1, True)
    assert hashlib.sha256(event.read_bytes()).hexdigest() == before

    assert main([*base, "--on-error", "abort", "--json"]) == 1
    aborted = json.loads(capsys.readouterr().out)
    assert aborted["aborted"] and aborted["imported"] == 0

    assert main([*base, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["imported"], data["updated"], data["skipped"]) == (2, 0, 1)
    error = data["errors"][0]
    assert {"row", "column", "code", "message"} <= set(error)
    assert (error["row"], error["column"], error["code"]) == (4, "NIK", "nik_last_digit_lost")
    assert isinstance(data["warnings"], list)

    assert main([*base]) == 0  # again: both are now already in the event
    out = capsys.readouterr().out
    assert "0 peserta diimpor" in out and "2 sudah terdaftar" in out


def test_import_refused_file_exit_1_one_line(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                             tmp_path: Path) -> None:
    event = new_event(capsys, data_dir)
    bad = corpus.ole_file(tmp_path / "lama.xlsx", "Workbook")
    assert main(["--data-dir", str(data_dir), "import", str(event), str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and ".xls" in err[0]
    assert main(["--data-dir", str(data_dir), "import", str(event), str(bad), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["code"] == "xlsx_legacy_xls"


def test_template_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "templat.xlsx"
    assert main(["template", str(target)]) == 0
    assert target.exists() and capsys.readouterr().out.strip() == str(target)



def test_headerless_roster_with_header_row_zero(capsys: pytest.CaptureFixture[str],
                                                 data_dir: Path, tmp_path: Path) -> None:
    """#24 item 1: the CLI says to choose "no header row", and --header-row 0 keeps row 1."""
    from humas_desktop.storage import repository as repo
    from humas_desktop.storage.db import open_event
    from tests.conftest import make_demo

    event = make_demo(data_dir, participants=2)
    roster = corpus.headerless(tmp_path / "tanpa-judul.xlsx", people=3)
    base = ["--data-dir", str(data_dir), "import", str(event), str(roster)]
    assert main(base) == 1
    assert "Tanpa baris judul" in capsys.readouterr().err
    assert main([*base, "--header-row", "0"]) == 0
    with open_event(event, device_id="t") as edb:
        assert "Siti Aminah" in {p.name for p in repo.list_participants(edb)}
