"""Validity years come from the scheme (issue 15): "masa berlaku (tahun)" in the scheme file drives
the printed validity line, valid_until at close and the registry row. Default 3."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.domain.errors import SchemeError
from humas_desktop.formats.scheme_excel import load_scheme_file
from humas_desktop.resources import resource_path
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.services.demo import build_demo
from humas_desktop.services.exports import ExportOptions, export_documents
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import run_to_end as _run
from tests.external import need_program

CONFIG = nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN, "HMS", "1926")
SIGNED = ExportOptions(sign=lambda body: b"\x01" * 64)  # final certificates are signed (#22)
LEAP_DAY = date(2028, 2, 29)


def _text(pdf: Path, page: int = 1) -> str:
    need_program("pdftotext")
    return " ".join(subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                                   capture_output=True, text=True, check=True).stdout.split())


def _scheme_file(tmp_path: Path, **changes: object) -> Path:
    doc = json.loads(resource_path("schemes", "humas-yunior.json").read_text(encoding="utf-8"))
    doc.update(changes)
    for key in [k for k, v in changes.items() if v is None]:
        del doc[key]
    path = tmp_path / "skema.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _event(tmp_path: Path, scheme_file: Path, participants: int = 3) -> Path:
    base = tmp_path / "data"
    out = ""
    for progress in build_demo(base, participants, True, device=load_or_create_device(base),
                               scheme_and_sha=load_scheme_file(scheme_file)):
        out = progress.message
    return Path(out)


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_five_year_scheme_prints_5_and_valid_until_is_five_years_on(tmp_path: Path) -> None:
    """On 89d5f16 the scheme file's validity_years was ignored: 3 printed, valid_until +3."""
    path = _event(tmp_path, _scheme_file(tmp_path, validity_years=5))
    with open_event(path, device_id="t", actor="coordinator") as edb:
        draft = _run(export_documents(edb, ["certificates"], tmp_path / "draft"))
        nb.save_config(edb, CONFIG)
        # A plenary on a leap day (the clock and the recorded plenary date moved with it).
        cs.close_session(edb, LEAP_DAY, today=LEAP_DAY, record_reason="pleno 29 Februari")
        _run(export_documents(edb, ["certificates"], tmp_path / "out", SIGNED))
        rows = edb.conn.execute("SELECT issue_date, valid_until FROM certificate").fetchall()
    assert draft
    assert "berlaku untuk: 5 (lima) tahun" in _text(tmp_path / "draft" / "sertifikat.pdf")
    assert rows and set(rows) == {("2028-02-29", "2033-02-28")}
    front = _text(tmp_path / "out" / "sertifikat.pdf")
    assert "berlaku untuk: 5 (lima) tahun" in front
    assert "valid for: 5 (five) years" in front
    assert "3 (tiga)" not in front


def test_registry_row_carries_the_scheme_validity(tmp_path: Path) -> None:
    from humas_desktop.services import registry as reg

    path = _event(tmp_path, _scheme_file(tmp_path, validity_years=4))
    store = reg.init_registry(str(tmp_path / "registry.sqlite"), "LSP Humas Global",
                              "BNSP-LSP-1926-ID", field_code="HMS", verify_url="https://lsp.example/verifikasi/")
    with open_event(path, device_id="t", actor="coordinator") as edb:
        nb.save_config(edb, CONFIG)
        cs.close_session(edb, date.today(), registry=store)
        event_id = edb.conn.execute("SELECT id FROM event").fetchone()[0]
        event_rows = set(edb.conn.execute("SELECT valid_until FROM certificate").fetchall())
    today = date.today()
    expected = date(today.year + 4, today.month, 28 if (today.month, today.day) == (2, 29)
                    else today.day).isoformat()
    rows = store.event_certificates(event_id)
    assert rows and {r.valid_until for r in rows} == {expected}
    assert event_rows == {(expected,)}


def test_a_scheme_that_does_not_say_gives_3_and_an_old_event_file_too(tmp_path: Path) -> None:
    scheme, _ = load_scheme_file(_scheme_file(tmp_path, validity_years=None))
    assert scheme.validity_years == 3
    old = tmp_path / "old.humas"
    shutil.copy(Path(__file__).parents[1] / "storage" / "fixtures" / "event-schema-v1.humas", old)
    with open_event(old, device_id="t", actor="coordinator") as edb:
        assert [s.validity_years for s in repo.load_schemes(edb)] == [3]


def test_excel_scheme_reads_masa_berlaku_and_a_bad_value_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    def workbook(value: object) -> Path:
        wb = Workbook()
        meta = wb.active
        meta.title = "Skema"
        for row in (("Kode Skema", "SKM-X"), ("Judul Skema", "Humas Madya"),
                    ("Masa berlaku (tahun)", value)):
            meta.append(row)
        units = wb.create_sheet("Unit")
        units.append(("Kode Unit", "Judul Unit", "No. Elemen", "Elemen", "No. KUK", "KUK"))
        units.append(("U.01", "Menulis rilis", "1", "Menyiapkan", "1.1", "Bahan dikumpulkan"))
        path = tmp_path / f"skema-{value}.xlsx"
        wb.save(path)
        return path

    assert load_scheme_file(workbook(5))[0].validity_years == 5
    assert load_scheme_file(workbook("5"))[0].validity_years == 5
    for bad in ("lima", 0, 40):
        with pytest.raises(SchemeError) as err:
            load_scheme_file(workbook(bad))
        assert err.value.code == "bad_value"
        assert "validity_years" in str(err.value.context.get("where", ""))
    with pytest.raises(SchemeError):
        load_scheme_file(_scheme_file(tmp_path, validity_years="tiga"))


def test_a_closed_event_file_of_89d5f16_migrates_keeps_its_certificates_and_takes_a_blanko(
        tmp_path: Path) -> None:
    """tests/storage/fixtures/event-schema-v5-closed.humas was written by 89d5f16 (schema 5,
    closed, six certificates). It opens at this version with validity 3, every certificate
    unchanged, no blanko yet, and a serial can be recorded."""
    from humas_desktop.services.blanko import record_serial
    from humas_desktop.services.check import check_event_file
    from humas_desktop.storage.schema import SCHEMA_VERSION

    old = tmp_path / "v5.humas"
    shutil.copy(Path(__file__).parents[1] / "storage" / "fixtures" / "event-schema-v5-closed.humas",
                old)
    import sqlite3

    raw = sqlite3.connect(old)
    before = raw.execute("SELECT number, registration_number, issue_date, valid_until "
                         "FROM certificate ORDER BY number").fetchall()
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 5
    raw.close()
    assert len(before) == 6
    with open_event(old, device_id="t", actor="coordinator") as edb:
        assert edb.schema_version() == SCHEMA_VERSION
        assert [s.validity_years for s in repo.load_schemes(edb)] == [3]
        certs = repo.list_certificates(edb)
        assert sorted((c.number, c.registration_number, c.issue_date.isoformat(),
                       c.valid_until.isoformat()) for c in certs) == before
        assert {c.blanko_serial for c in certs} == {""}
        record_serial(edb, certs[0].number, "A 0099001")
        _run(export_documents(edb, ["certificates"], tmp_path / "out", SIGNED))
    assert check_event_file(old).ok
    assert "berlaku untuk: 3 (tiga) tahun" in _text(tmp_path / "out" / "sertifikat.pdf")
