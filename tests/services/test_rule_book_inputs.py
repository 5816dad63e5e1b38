"""Rule book, second part: the refusals that need a damaged, foreign or empty input to trigger.

Each test builds the input a user could really bring (a backup damaged on disk, an LSP key file
holding another kind of key, a scan without a QR code, a roster without a header row or without
rows, an event with no assessors or no event row), goes through the public service or the
command line, and checks the one Indonesian line the user reads and that nothing was changed.
These were the non-merge codes on the rule book's PENDING list (tests/services/test_rule_book.py).
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from PIL import Image, ImageDraw

from humas_desktop.cli import main
from humas_desktop.domain.errors import DomainError
from humas_desktop.formats import encryption
from humas_desktop.messages import message
from humas_desktop.services import backups, handout, lsp_key, verify
from humas_desktop.services import startup_check as sc
from humas_desktop.services.events import create_event
from humas_desktop.services.roster_import import build_plan, default_mapping, load_roster
from humas_desktop.storage import backup as store
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import make_demo
from tests.external import need_program
from tests.formats.roster_corpus import HEADER, write

PASS = "frasa sandi LSP yang panjang"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def _said(exc: DomainError) -> str:
    """The line the CLI prints and the GUI shows for a refusal (before translation)."""
    return message(exc.code, **exc.context)


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(list(args))
    return code, capsys.readouterr().err.strip().splitlines()


# --- backups ------------------------------------------------------------------------------------


def _damage_pages(path: Path) -> None:
    """Zeroes a few pages in the middle: the header still reads, quick_check fails."""
    raw = bytearray(path.read_bytes())
    raw[4096 * 2: 4096 * 5] = b"\x00" * (4096 * 3)
    path.write_bytes(bytes(raw))


def test_a_damaged_backup_is_not_restored_and_the_event_stays(data_dir: Path) -> None:
    path = make_demo(data_dir, participants=30)
    with open_event(path, device_id="d") as edb:
        taken = backups.backup_now(edb, "manual")
    _damage_pages(taken)
    listed = [b for b in backups.list_event_backups(path) if b.path == taken]
    assert listed and not listed[0].ok  # the list already shows it as not verified
    before, files = _digest(path), _files(data_dir)
    with pytest.raises(store.BackupError) as refused:
        backups.restore_backup(path, listed[0])
    assert refused.value.code == "backup_unverified"
    assert _said(refused.value).startswith(
        "Salinan cadangan gagal diperiksa (quick_check) sehingga tidak dipakai.")
    assert _digest(path) == before  # the event file is untouched
    assert _files(data_dir) == files  # no aside copy, no new backup
    with open_event(path, read_only=True) as edb:
        assert edb.conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 30


def test_recover_without_any_backup_says_so_and_keeps_the_damaged_file(data_dir: Path) -> None:
    path = make_demo(data_dir, participants=3)
    path.write_bytes(path.read_bytes()[:5000])  # cut short, as by a stick pulled mid-copy
    result = sc.check_event(path)
    assert not result.ok and result.backup is None
    before, files = _digest(path), _files(data_dir)
    with pytest.raises(store.BackupError) as refused:
        sc.recover(result)
    assert refused.value.code == "no_backup"
    assert _said(refused.value) == "Belum ada cadangan yang utuh untuk acara ini."
    assert _digest(path) == before and _files(data_dir) == files  # not renamed, not replaced


# --- the LSP key --------------------------------------------------------------------------------


def test_an_lsp_key_file_holding_another_key_type_is_refused(data_dir: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A key file in our format with the right passphrase, but an ECDSA P-256 key inside
    (another tool's key, or a file swapped on the laptop): never used to sign certificates."""
    other = ec.generate_private_key(ec.SECP256R1())
    der = other.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption())
    path = lsp_key.default_key_path(data_dir)
    encryption.write_file_atomic(path, encryption.encrypt_bytes(der, PASS, log2_n=10))
    before = _digest(path)
    with pytest.raises(lsp_key.LspKeyError) as refused:
        lsp_key.load_key(path, PASS)
    assert refused.value.code == "lsp_key_not_ed25519"
    assert _said(refused.value) == "Berkas ini bukan kunci Ed25519 LSP."
    assert _digest(path) == before
    # The wrong passphrase still says "wrong passphrase", not "wrong key type".
    with pytest.raises(lsp_key.LspKeyError) as wrong:
        lsp_key.load_key(path, PASS + "x")
    assert wrong.value.code == "lsp_key_wrong_passphrase"
    assert not lsp_key.default_public_path(data_dir).exists()


# --- verification -------------------------------------------------------------------------------


def test_verify_a_picture_without_a_qr_code_one_line_exit_1(data_dir: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """A photo of the wrong side of a certificate: text and lines, no QR code."""
    need_program("zbarimg")
    picture = tmp_path / "foto-sertifikat.png"
    image = Image.new("RGB", (600, 400), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, 580, 380), outline="black", width=4)
    draw.text((60, 60), "SERTIFIKAT KOMPETENSI", fill="black")
    for y in range(120, 360, 24):
        draw.line((60, y, 540, y), fill="gray", width=2)
    image.save(picture)
    code, lines = _cli(capsys, "--data-dir", str(data_dir), "verify", str(picture))
    assert code == 1
    assert lines == ["humas-desktop: Tidak ditemukan kode QR sertifikat di berkas: foto-sertifikat.png"]
    with pytest.raises(DomainError) as refused:
        verify.verify_source(str(picture), None)
    assert refused.value.code == "no_qr_found"


# --- hand-out -----------------------------------------------------------------------------------


def test_balanced_assignment_without_assessors_is_refused(data_dir: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """An event created before its assessors were entered: 'assign --auto' says what is missing."""
    demo = make_demo(data_dir, participants=4)
    with open_event(demo, read_only=True) as edb:
        event = repo.load_event(edb)
        schemes = [(s, "") for s in repo.load_schemes(edb)]
        people = repo.list_participants(edb)
    event = replace(event, id="acara-tanpa-asesor", name="Uji Tanpa Asesor")
    path = create_event(data_dir, event, schemes, [])
    with open_event(path, device_id="d") as edb:
        repo.insert_participants(edb, people)
    code, lines = _cli(capsys, "--data-dir", str(data_dir), "assign", str(path), "--auto")
    assert code == 1
    assert lines == ["humas-desktop: Belum ada asesor pada acara ini."]
    with open_event(path, device_id="d") as edb, pytest.raises(DomainError) as refused:
        handout.assign_balanced(edb)
    assert refused.value.code == "no_assessors"
    with open_event(path, read_only=True) as edb:
        assert edb.conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 4
        assert edb.conn.execute("SELECT count(*) FROM assignment").fetchone()[0] == 0


def test_handout_of_a_file_without_its_event_row_is_refused(data_dir: Path) -> None:
    """A damaged file whose event row is gone: no pairing code is shown and no package is built
    (the code and the package are bound to the event id)."""
    path = make_demo(data_dir, participants=4)
    device = load_or_create_device(data_dir)
    with open_event(path, device_id="d") as edb:
        assessor = str(edb.conn.execute("SELECT id FROM assessor LIMIT 1").fetchone()[0])
        handout.register_device_key(edb, assessor, device.fingerprint)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM event")
    conn.commit()
    conn.close()
    with open_event(path, device_id="d") as edb:
        audit_before = edb.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
        for refused_call in (lambda: handout.coordinator_pairing_code(edb, device),
                             lambda: handout.build_handout(edb, device, assessor)):
            with pytest.raises(DomainError) as refused:
                refused_call()
            assert refused.value.code == "event_missing"
            assert _said(refused.value) == "Berkas acara tidak berisi data acara."
        assert edb.conn.execute("SELECT max(seq) FROM audit").fetchone()[0] == audit_before
        assert not edb.conn.in_transaction


# --- roster import ------------------------------------------------------------------------------


def _event_for_import(data_dir: Path) -> Path:
    return make_demo(data_dir, participants=3)


def test_roster_without_a_header_row_is_refused_before_the_event_is_opened(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A sheet of names and numbers with no row of column titles: the user is told to pick the
    header row by hand; the event file is not even opened."""
    import openpyxl

    roster = tmp_path / "tanpa-judul.xlsx"
    wb = openpyxl.Workbook()
    for n in range(1, 6):
        wb.active.append([n, f"Peserta {n}", f"32010157089{n:05d}", "Bogor"])
    wb.save(roster)
    event = _event_for_import(data_dir)
    before = _digest(event)
    code, lines = _cli(capsys, "--data-dir", str(data_dir), "import", str(event), str(roster))
    assert code == 1
    # (issue 24: the message says what to choose: no header row, or --header-row 0 here)
    assert lines == ["humas-desktop: Baris judul kolom tidak ditemukan dan baris pertama sudah berisi "
                     'data peserta: pilih "Tanpa baris judul" (di baris perintah: --header-row 0).']
    with pytest.raises(DomainError) as refused:
        load_roster(roster)
    assert refused.value.code == "roster_no_header_row_found"
    assert _digest(event) == before
    with open_event(event, read_only=True) as edb:
        assert edb.conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 3


def test_roster_with_a_header_and_no_rows_is_refused(data_dir: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The template sent back empty (only the header and blank lines): nothing is imported and
    the event keeps its participants and audit log."""
    roster = write(tmp_path / "kosong.xlsx", [[None] * len(HEADER)] * 3, title_rows=2)
    event = _event_for_import(data_dir)
    with open_event(event, read_only=True) as edb:
        audit_before = edb.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    code, lines = _cli(capsys, "--data-dir", str(data_dir), "import", str(event), str(roster))
    assert code == 1
    assert lines == ["humas-desktop: Tidak ada baris peserta di bawah baris judul."]
    _book, sheet, header = load_roster(roster)
    with open_event(event, read_only=True) as edb, pytest.raises(DomainError) as refused:
        build_plan(edb, sheet, header, default_mapping(list(sheet.rows[header]), data_dir))
    assert refused.value.code == "roster_no_rows"
    with open_event(event, read_only=True) as edb:
        assert edb.conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 3
        assert edb.conn.execute("SELECT max(seq) FROM audit").fetchone()[0] == audit_before


def test_a_sheet_with_neither_a_header_nor_participant_data_is_refused(tmp_path: Path) -> None:
    """No row of column titles and nothing that reads as a person (a NIK, a date, an e-mail): the
    user picks the header row by hand (roster_no_header), nothing is guessed."""
    import openpyxl

    roster = tmp_path / "catatan.xlsx"
    wb = openpyxl.Workbook()
    for line in ("Catatan rapat panitia", "Konsumsi siang", "Sewa ruang", "Dokumentasi"):
        wb.active.append([line, "lihat lampiran"])
    wb.save(roster)
    with pytest.raises(DomainError) as refused:
        load_roster(roster)
    assert refused.value.code == "roster_no_header"
    assert "pilih baris judul" in message(refused.value.code, **refused.value.context)
