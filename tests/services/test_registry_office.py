"""Reserved blocks for venues without a connection, publish, find, revoke, due list, period report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.registry import RegistryStore
from tests.conftest import make_demo
from tests.services.test_registry_close import _cli, _close, _demo_with_codes, _init


def test_reserved_block_closes_offline_and_publish_voids_the_rest(
        tmp_path: Path, registry_location: str, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "data"
    _init(capsys, base, registry_location)
    travelling, office = _demo_with_codes(base, 4), make_demo(base, participants=3, decided=True)
    code, out, err = _cli(capsys, "--data-dir", str(base), "registry", "reserve", str(travelling),
                          "--count", "10", "--year", "2026", "--registry", registry_location,
                          "--json")
    assert code == 0, err
    block = json.loads(out)
    assert block["reserved"] == 10 and block["certificate_first"] == 1
    # Meanwhile the office closes another event: its numbers come after the block.
    code, out, err = _close(capsys, base, registry_location, office, "--duplicate-reason", "uji")
    assert code == 0, err
    office_numbers = [c["number"] for c in json.loads(out)["certificates"]]
    assert office_numbers[0] == "70203 2432 0 0000011 2026"
    # At the venue there is no connection: close uses the block.
    nowhere = "postgresql://humas@127.0.0.1:9/none?connect_timeout=2"
    code, out, err = _close(capsys, base, nowhere, travelling)
    assert code == 0, err
    venue = json.loads(out)["certificates"]
    assert [c["number"] for c in venue] == [f"70203 2432 0 {i:07d} 2026"
                                           for i in range(1, len(venue) + 1)]
    # Back at the office: the same people already hold active certificates in the scheme (the
    # venue could not check): publish asks for the coordinator's reason.
    code, out, err = _cli(capsys, "--data-dir", str(base), "registry", "publish", str(travelling),
                          "--registry", registry_location, "--json")
    assert code == 1 and "sertifikat aktif pada skema yang sama" in err
    # Publish (idempotent); the unused rest of the block is voided.
    code, out, err = _cli(capsys, "--data-dir", str(base), "registry", "publish", str(travelling),
                          "--registry", registry_location, "--json", "--duplicate-reason",
                          "sertifikasi ulang")
    assert code == 0, err
    first = json.loads(out)
    assert first["inserted"] == len(venue) and first["voided_unused"] == 10 - len(venue)
    code, out, _ = _cli(capsys, "--data-dir", str(base), "registry", "publish", str(travelling),
                        "--registry", registry_location, "--json")
    assert code == 0 and json.loads(out)["inserted"] == 0
    store = RegistryStore.attach(registry_location)
    try:
        everything = store.all_certificates()
        assert len({c.number for c in everything}) == len(everything) == len(venue) + len(office_numbers)
        with open_event(travelling, device_id="t") as edb:
            event_id = repo.load_event(edb).id
        office_niks = {c.nik for c in everything if c.event_id != event_id}
        mine = store.event_certificates(event_id)
        assert any(c.nik in office_niks for c in mine)
        assert all(c.duplicate_reason == ("sertifikasi ulang" if c.nik in office_niks else "")
                   for c in mine)
        voided = store.voided_numbers(event_id)
        assert len(voided) == 2 * (10 - len(venue))
        assert ("certificate", 2026, len(venue) + 1) in voided
    finally:
        store.close()
    # An open event cannot be published.
    fresh = make_demo(base, participants=2, decided=False)
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "publish", str(fresh),
                        "--registry", registry_location)
    assert code == 1 and "sudah ditutup" in err


def test_find_revoke_due_and_period_report(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "data"
    location = str(base / "registry.sqlite")
    _init(capsys, base, location)
    event = _demo_with_codes(base, 5)
    code, out, err = _close(capsys, base, location, event)
    assert code == 0, err
    certs = json.loads(out)["certificates"]
    target = certs[0]["number"]
    with open_event(event, device_id="t") as edb:
        person = next(p for p in repo.list_participants(edb)
                      if p.number == certs[0]["participant_number"])
    code, out, _ = _cli(capsys, "--data-dir", str(base), "registry", "find", "--nik", person.nik,
                        "--registry", location, "--json")
    assert code == 0
    found = json.loads(out)["certificates"]
    assert [c["number"] for c in found] == [target] and found[0]["holder_name"] == person.name
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "revoke", target,
                        "--reason", " ", "--registry", location)
    assert code == 1 and "alasan" in err
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "revoke", target, "--reason",
                        "pemalsuan dokumen", "--by", "Manajer Sertifikasi", "--registry", location)
    assert code == 0, err
    code, out, _ = _cli(capsys, "--data-dir", str(base), "registry", "find", "--number", target,
                        "--registry", location, "--json")
    revoked = json.loads(out)["certificates"][0]
    assert revoked["status"] == "revoked" and revoked["status_reason"] == "pemalsuan dokumen"
    assert revoked["status_by"] == "Manajer Sertifikasi"
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "revoke", target, "--reason",
                        "lagi", "--registry", location)
    assert code == 1 and "tidak aktif" in err
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "revoke", "99999", "--reason",
                        "x", "--registry", location)
    assert code == 1 and "tidak ada di registri" in err
    # Valid three years from 2026-11-23: due within 40 months (revoked ones are not listed).
    code, out, _ = _cli(capsys, "--data-dir", str(base), "registry", "due", "--months", "240",
                        "--registry", location)
    assert code == 1 and "antara 0 dan 120" in _
    code, out, _ = _cli(capsys, "--data-dir", str(base), "registry", "due", "--months", "120",
                        "--registry", location, "--json")
    due = [c["number"] for c in json.loads(out)["certificates"]]
    assert sorted(due) == sorted(c["number"] for c in certs[1:])
    code, out, _ = _cli(capsys, "--data-dir", str(base), "registry", "due", "--months", "1",
                        "--registry", location, "--json")
    assert json.loads(out)["certificates"] == []
    # The BNSP blank each certificate was printed on; a blank serves one certificate.
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "blanko", certs[1]["number"],
                        "--serial", "B-2026 000123", "--registry", location)
    assert code == 0, err
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "blanko", certs[2]["number"],
                        "--serial", "B-2026 000123", "--registry", location)
    assert code == 1 and "satu blanko" in err
    code, out, _ = _cli(capsys, "--data-dir", str(base), "registry", "find", "--number",
                        certs[1]["number"], "--registry", location, "--json")
    assert json.loads(out)["certificates"][0]["blanko_serial"] == "B-2026 000123"
    # Period report: the BNSP sheet (K and BK rows of every published event) and the recap.
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "publish", str(event),
                        "--registry", location)
    assert code == 0, err
    out_dir = tmp_path / "laporan"
    code, out, err = _cli(capsys, "--data-dir", str(base), "registry", "report", "--from",
                          "2026-01-01", "--to", "2026-12-31", "--out", str(out_dir),
                          "--registry", location)
    assert code == 0, err
    from openpyxl import load_workbook

    upload = load_workbook(next(out_dir.glob("unggah-bnsp_*.xlsx"))).active
    assert upload.cell(1, 3).value == "NIK"
    niks = [upload.cell(r, 3).value for r in range(2, upload.max_row + 1)]
    assert person.nik in niks and all(isinstance(n, str) and len(n) == 16 for n in niks)
    recap = load_workbook(next(out_dir.glob("rekap-registri_*.xlsx")))
    rows = list(recap["Rekap"].iter_rows(min_row=2, values_only=True))
    assert rows and rows[0][3] == len(certs) and rows[0][6] == 1
    listed = [r[1] for r in recap["Sertifikat"].iter_rows(min_row=2, values_only=True)]
    assert sorted(listed) == sorted(c["number"] for c in certs)
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "report", "--from",
                        "2026-12-31", "--to", "2026-01-01", "--out", str(out_dir),
                        "--registry", location)
    assert code == 1 and "sesudah" in err
    assert main  # the CLI entry point is the one users run


def test_registry_refuses_event_files_and_foreign_databases(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    base = tmp_path / "data"
    event = make_demo(base, participants=2, decided=False)
    before = event.read_bytes()
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "init", "--registry", str(event),
                        "--lsp-name", "X", "--licence", "Y")
    assert code == 1 and "Traceback" not in err
    assert event.read_bytes() == before
    other = tmp_path / "lain.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE catatan (x TEXT)")
    conn.close()
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "init", "--registry", str(other),
                        "--lsp-name", "X", "--licence", "Y")
    assert code == 1 and "bukan registri" in err
    with sqlite3.connect(other) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.close()
    assert tables == ["catatan"] and mode == "delete"


def test_an_older_registry_is_migrated_on_open(tmp_path: Path, registry_location: str) -> None:
    """Numbered migrations, the same on both backends: a schema-1 registry gains migration 2."""
    from humas_desktop.storage.registry.backend import connect
    from humas_desktop.storage.registry.migrations import MIGRATIONS, SCHEMA_VERSION

    db = connect(registry_location, create=True)
    with db.transaction():
        for sql in MIGRATIONS[0]:
            db.execute(sql.replace("{blob}", db.blob_type))
        db.execute("INSERT INTO registry_meta (key, value) VALUES ('schema_version', '1')")
        db.execute("INSERT INTO lsp_profile (id, name, licence, created_at) VALUES "
                   "('lsp1', 'LSP Lama', 'BNSP-LSP-1-ID', '2025-01-01')")
    db.close()
    store = RegistryStore.attach(registry_location)
    try:
        assert store.schema_version() == SCHEMA_VERSION >= 2
        assert store.period_rows("2000-01-01", "2100-01-01") == []  # migration 2's table
        assert store.profile().name == "LSP Lama"
    finally:
        store.close()


def test_lsp_profile_for_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from humas_desktop.services import registry as svc

    base = tmp_path / "data"
    assert svc.lsp_profile(base) is None  # no registry: documents use the event's settings
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "init", "--lsp-name",
                        "LSP Humas Global", "--licence", "BNSP-LSP-1926-ID", "--address",
                        "Jl. Merdeka 1, Bandung", "--signatory", "Dr. Ani=Ketua LSP",
                        "--signatory", "Budi, M.Si.=Manajer Sertifikasi")
    assert code == 0, err
    profile = svc.lsp_profile(base)
    assert profile is not None
    assert (profile.name, profile.licence, profile.address) == (
        "LSP Humas Global", "BNSP-LSP-1926-ID", "Jl. Merdeka 1, Bandung")
    assert profile.signatories == (("Dr. Ani", "Ketua LSP"), ("Budi, M.Si.", "Manajer Sertifikasi"))


def test_profile_logo_and_signatories(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from PIL import Image

    from humas_desktop.services import registry as svc

    base = tmp_path / "data"
    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 200), (18, 53, 91)).save(logo)
    _init(capsys, base, str(base / "registry.sqlite"))
    code, out, err = _cli(capsys, "--data-dir", str(base), "registry", "profile", "--logo", str(logo),
                          "--signatory", "Dr. Ani=Ketua LSP", "--verify-url",
                          "https://lsp.example/cek/", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["logo"] is True and data["verify_url"] == "https://lsp.example/cek/"
    assert data["signatories"] == [{"name": "Dr. Ani", "role": "Ketua LSP"}]
    profile = svc.lsp_profile(base)
    assert profile is not None and profile.logo is not None and profile.logo[:4] == b"\x89PNG"
    bad = tmp_path / "bukan.png"
    bad.write_bytes(b"bukan gambar")
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "profile", "--logo", str(bad))
    assert code == 1 and "Traceback" not in err
    profile = svc.lsp_profile(base)
    assert profile is not None and profile.logo is not None  # the good logo stays
