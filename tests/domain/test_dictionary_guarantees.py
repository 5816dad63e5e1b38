"""Guarantees generated from the data dictionary, one test per column and mechanism (issue 21).

Every column the dictionary declares audited: a plain SQL edit of it in a closed, numbered event
makes ``check`` fail and blocks export. Every personal column: purge leaves no byte of it in the
file, its WAL or its backups. A column added to the dictionary is covered the day it is declared.
On da7ae9f an ``UPDATE participant SET name = …, nik = …`` on a closed event passed ``check`` and
export signed a QR for the forged holder; so did an FR.AK.05 note's text and the closed flag.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from humas_desktop.cli import main
from humas_desktop.domain import dictionary
from humas_desktop.domain.models import ReportNote, new_id
from humas_desktop.services import appeals, completeness
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.services.integrity import UnverifiedEventError, verify_for_use
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo
from tests.registry_fixtures import lsp_registry_store

CONFIG = nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN, "HMS", "1926")

# Values an attacker may write that the schema's CHECK constraints accept somewhere.
_ENUMS = ("K", "BK", "hadir", "tidak_hadir", "primary", "co", "open", "closed", "belum_mulai",
          "berlangsung", "selesai", "ditandatangani", "absent", "withdrawn", "IA.07", "IA.09", "L",
          "P", "sewaktu", "tempat_kerja", "mandiri", "sertifikasi", "pkt", "rpl", "lainnya",
          "okupasi", "2020-01-01", "decided", "diterima", "ditolak", "lanjut", "tidak_lanjut",
          "tidak_diterima")

AUDITED_COLUMNS = [(t.name, c.name) for t in dictionary.TABLES if t.audited
                   for c in t.columns if c.audited]


@pytest.fixture(scope="module")
def closed_event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed, numbered event with at least one row in every audited table."""
    base = tmp_path_factory.mktemp("kamus")
    path = make_demo(base, participants=5, decided=True)
    device = load_or_create_device(base)
    with open_event(path, device_id=device.id, actor="coordinator") as edb:
        assessment = repo.table_rows(edb, "assessment")[0]
        unit_id = repo.table_rows(edb, "unit")[0]["id"]
        svc = ScoringService(edb, device)
        svc.reopen(assessment["id"], "bukti portofolio menyusul")
        svc.add_evidence(assessment["id"], unit_id, "Surat tugas")
        svc.sign_off(assessment["id"], assessment["signed_name"], assessment["signed_met"])
        repo.save_report_note(edb, ReportNote(assessment["assessor_id"], assessment["scheme_id"],
                                              "Aspek", "Tidak ada", "Perbaikan", "Catatan"))
        completeness.mark(edb, assessment["participant_id"], "withdrawn", "sakit",
                          assessor_id="asesor-lain")
        # An FR.AK.04 case, decided (a small demo has no BK participant, so no appeal of its own).
        case = appeals.open_appeal(edb, assessment["participant_id"], ["ya", "tidak", "tidak"],
                                   "Unit kedua dinilai tanpa demonstrasi", date.today(),
                                   team=["Dr. Tim Banding Satu", "Ir. Tim Banding Dua"])
        appeals.decide(edb, case, "ditolak", "SK/BANDING/01/2026", date.today(),
                       "Proses asesmen sesuai SOP menurut tim")
        nb.save_config(edb, CONFIG)
        with lsp_registry_store(base) as store:  # the LSP's one series, this laptop's
            cs.close_session(edb, date.today(), registry=store)  # plenary: today, its own SK
        for table in dictionary.audited_tables():
            assert repo.table_rows(edb, table), f"no row in {table}: the test would not cover it"
    return path


def _copy(src: Path, dst_dir: Path) -> Path:
    dst = dst_dir / src.name
    shutil.copy2(src, dst)
    return dst


def _candidates(conn: sqlite3.Connection, table: str, column: str, current: Any) -> list[Any]:
    others = [r[0] for r in conn.execute(f"SELECT DISTINCT {column} FROM {table} LIMIT 20")]
    out: list[Any] = [v for v in others if v != current]
    if isinstance(current, int) and not isinstance(current, bool):
        out += [current + 1, current - 1]
    if isinstance(current, str):
        out += [current + "x", current[:-1] if current else "x"]
    out += [None, "x", 7, *_ENUMS]
    return out


def sql_edit(path: Path, table: str, column: str) -> tuple[Any, Any]:
    """What someone with the file and a SQLite shell does: change one value of one row (foreign
    keys off, as the sqlite3 shell has them). Returns (old, new)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        rowid, current = conn.execute(f"SELECT rowid, {column} FROM {table} ORDER BY rowid "
                                      "LIMIT 1").fetchone()
        for value in _candidates(conn, table, column, current):
            try:
                conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (value, rowid))
            except sqlite3.IntegrityError:
                continue
            if conn.execute(f"SELECT {column} IS ? FROM {table} WHERE rowid = ?",
                            (current, rowid)).fetchone()[0] == 0:
                return current, value
        raise AssertionError(f"no value could be written to {table}.{column}")
    finally:
        conn.close()


@pytest.mark.parametrize(("table", "column"), AUDITED_COLUMNS)
def test_a_sql_edit_of_an_audited_column_fails_check(closed_event: Path, tmp_path: Path, table: str,
                                                     column: str) -> None:
    path = _copy(closed_event, tmp_path)
    sql_edit(path, table, column)
    with open_event(path, device_id="t", actor="coordinator", read_only=True) as edb, \
            pytest.raises(UnverifiedEventError) as refused:
        verify_for_use(edb)
    assert refused.value.code in ("event_tampered", "event_damaged")


def test_the_unedited_closed_event_passes_check(closed_event: Path, tmp_path: Path) -> None:
    path = _copy(closed_event, tmp_path)
    with open_event(path, device_id="t", actor="coordinator", read_only=True) as edb:
        verify_for_use(edb)


@pytest.mark.parametrize(("table", "column"), [("participant", "name"), ("participant", "nik"),
                                               ("report_note", "notes"), ("event", "status")])
def test_the_observed_forgeries_are_refused_by_check_and_export(
        closed_event: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str,
        column: str) -> None:
    """The observation's own edits, through the CLI a coordinator runs."""
    path = _copy(closed_event, tmp_path)
    sql_edit(path, table, column)
    assert main(["check", str(path)]) == 1
    out_dir = tmp_path / "out"
    assert main(["export", str(path), "certificates", "--out", str(out_dir)]) != 0
    assert not out_dir.exists() or not any(out_dir.iterdir())
    capsys.readouterr()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.sampled_from(AUDITED_COLUMNS), min_size=1, max_size=3, unique=True))
def test_any_combination_of_sql_edits_fails_check(closed_event: Path, tmp_path: Path,
                                                  edits: list[tuple[str, str]]) -> None:
    folder = tmp_path / new_id()
    folder.mkdir()
    path = _copy(closed_event, folder)
    for table, column in edits:
        sql_edit(path, table, column)
    with open_event(path, device_id="t", actor="coordinator", read_only=True) as edb, \
            pytest.raises(UnverifiedEventError):
        verify_for_use(edb)


def test_a_table_the_dictionary_does_not_know_fails_check(closed_event: Path, tmp_path: Path) -> None:
    path = _copy(closed_event, tmp_path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE catatan_rahasia (id TEXT, teks TEXT)")
    conn.close()
    with open_event(path, device_id="t", actor="coordinator", read_only=True) as edb, \
            pytest.raises(UnverifiedEventError) as refused:
        verify_for_use(edb)
    assert refused.value.context.get("problem") in ("schema_altered", "schema_unknown_table")


def test_a_column_the_dictionary_does_not_know_fails_check(closed_event: Path, tmp_path: Path) -> None:
    path = _copy(closed_event, tmp_path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("ALTER TABLE participant ADD COLUMN catatan TEXT NOT NULL DEFAULT ''")
    conn.close()
    with open_event(path, device_id="t", actor="coordinator", read_only=True) as edb, \
            pytest.raises(UnverifiedEventError):
        verify_for_use(edb)


# --- closed means closed ------------------------------------------------------------------------

def test_closed_event_refuses_every_audited_write_but_the_defined_actions(closed_event: Path,
                                                                          tmp_path: Path) -> None:
    path = _copy(closed_event, tmp_path)
    from humas_desktop.domain.errors import DomainError

    with open_event(path, device_id="t", actor="coordinator") as edb:
        for table, column in AUDITED_COLUMNS:
            if column == "id":
                continue
            row = repo.table_rows(edb, table)[0]
            current = row[column]
            value = "diubah" if not isinstance(current, int) else current + 1
            allowed = (table, column) in {("event", "status"), ("certificate", "voided"),
                                          ("certificate", "void_reason"),
                                          ("certificate", "blanko_serial")} \
                or table in ("review", "validation")  # FR.AK.06/FR.VA: after the event
            if allowed:
                continue
            with pytest.raises(DomainError) as refused:
                repo.audited_update(edb, table, str(row["id"]), {column: value}, reason="coba")
            assert refused.value.code == "event_closed", (table, column)
        with pytest.raises(DomainError):
            repo.audited_delete(edb, "answer", str(repo.table_rows(edb, "answer")[0]["id"]), "coba")
        cert = repo.table_rows(edb, "certificate")[0]
        repo.audited_update(edb, "certificate", str(cert["id"]), {"blanko_serial": "A-0001"},
                            reason="dicetak")
        verify_for_use(edb)


def test_codes_load_and_document_settings_are_refused_on_a_closed_event(
        closed_event: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """On da7ae9f `codes load` succeeded on a closed event and the certificate signer, role and
    print mode saved through the settings service."""
    from humas_desktop.domain.errors import DomainError
    from humas_desktop.services import document_settings as ds

    path = _copy(closed_event, tmp_path)
    codes = tmp_path / "pendidikan.csv"
    codes.write_text("Pendidikan,Kode\nS1,5\nS2,6\n", encoding="utf-8")
    assert main(["codes", "load", str(path), "--pendidikan", str(codes)]) != 0
    assert "ditutup" in capsys.readouterr().err
    with open_event(path, device_id="t", actor="coordinator") as edb:
        before = ds.load(edb)
        changed = ds.load(edb)
        changed.texts["certificate.chair_name"] = "Orang Lain"
        with pytest.raises(DomainError) as refused:
            ds.save(edb, changed)
        assert refused.value.code == "event_closed"
        for key in ("certificate.mode", "certificate.signatory_role"):
            other = ds.load(edb)
            other.texts[key] = "blanko" if key == "certificate.mode" else "direktur"
            if other.texts[key] != before.texts.get(key, ""):
                with pytest.raises(DomainError):
                    ds.save(edb, other)
        # Where it is printed is not what it says: a reprint on another printer still works.
        printing = ds.load(edb)
        printing.texts["certificate.printer"] = "Epson L3110"
        ds.save(edb, printing)
        assert ds.load(edb).texts["certificate.chair_name"] == before.texts["certificate.chair_name"]


# --- purge ----------------------------------------------------------------------------------------

def test_purge_leaves_no_byte_of_any_personal_column(closed_event: Path, tmp_path: Path) -> None:
    """Every personal column, in every table, is gone from the file, its WAL and backups (the
    audit log holds them only as keyed digests, whose key purge replaces)."""
    from humas_desktop.services.purge import purge_personal_data

    base = tmp_path / "data"
    (base / "events").mkdir(parents=True)
    path = _copy(closed_event, base / "events")
    secrets: set[str] = set()
    public: list[str] = []  # what the file says that is no one's personal data (city, LSP, codes)
    with open_event(path, device_id="t", actor="coordinator", read_only=True) as edb:
        for t in dictionary.TABLES:
            if t.name in ("merge_conflict", "audit"):
                continue
            personal = t.names(personal=True)
            for row in repo.table_rows(edb, t.name):
                for column, value in row.items():
                    if not isinstance(value, str):
                        continue
                    if column in personal:
                        if len(value) >= 5 and not value.startswith("Asesi "):
                            secrets.add(value)
                    else:
                        public.append(value)
    everyone = "\n".join(public)
    secrets = {v for v in secrets if v not in everyone}
    assert any(len(s) == 16 and s.isdigit() for s in secrets)  # NIKs among them
    purge_personal_data(path, base, force=True)
    held = b"".join(p.read_bytes() for p in base.rglob("*") if p.is_file())
    left = sorted(s for s in secrets if s.encode("utf-8") in held)
    assert left == []
    with open_event(path, device_id="t", actor="coordinator", read_only=True) as edb:
        verify_for_use(edb)  # the purged file still passes check
        for t in dictionary.TABLES:
            for column, how in dictionary.purge_plan().get(t.name, {}).items():
                for row in repo.table_rows(edb, t.name):
                    if how is dictionary.Purge.NULL:
                        assert row[column] is None
                    elif how is dictionary.Purge.BLANK:
                        assert row[column] == "", (t.name, column)
                    else:
                        assert row[column] == f"Asesi {row['number']:04d}"
