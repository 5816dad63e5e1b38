"""Issue #12: the printed hand-out slip. What it prints is read back with pdftotext and used on the
assessor's laptop the way an assessor would: the printed code opens the package and pins the printed
fingerprint. No participant data (NIK, NIP, birth dates, names) is on the slip."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.domain.errors import DomainError
from humas_desktop.services.assessor_laptop import open_handout
from humas_desktop.storage import packages_store, trusted_keys
from tests.conftest import app_update
from tests.external import need_program
from tests.services.laptops import setup_venue

FINGERPRINT_PRINTED = re.compile(r"\b([0-9A-F]{4})\s+([0-9A-F]{4})\s+([0-9A-F]{4})\s+([0-9A-F]{4})\b")
CODE_PRINTED = re.compile(r"\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b")


def pdf_pages(path: Path) -> list[str]:
    need_program("pdftotext")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    return [page for page in text.split("\f") if page.strip()]


def printed_fingerprint(page: str) -> str:
    found = FINGERPRINT_PRINTED.findall(page)
    assert len(found) == 1, found
    return "-".join(found[0])


def printed_code(page: str) -> str:
    found = set(CODE_PRINTED.findall(page))
    assert len(found) == 1, found
    return found.pop()


def test_cli_package_writes_a_slip_whose_printed_code_opens_the_package_and_pins_the_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    venue = setup_venue(tmp_path, participants=5)
    first, second = venue.assessor_rows
    with venue.coordinator.open() as edb:
        app_update(edb, "assessor", {"name": "Wahyuni Lestari"}, first.id)
        people = edb.conn.execute("SELECT name, nik, nip, birth_date FROM participant").fetchall()
        event_id = str(packages_store.event_id(edb.conn))
    stick, slip = tmp_path / "stick2", tmp_path / "cetak" / "slip-paket.pdf"
    assert main(["--data-dir", str(venue.coordinator.base), "package", str(venue.coordinator.event_path),
                 "--all", "--out", str(stick), "--slip", str(slip)]) == 0
    assert f"Slip serah-terima: {slip}" in capsys.readouterr().out
    assert sorted(p.name for p in stick.iterdir()) == ["paket-01-wahyuni.humaspkg",
                                                        "paket-02-asesor.humaspkg"]  # slip not on the stick
    pages = pdf_pages(slip)
    assert len(pages) == 2  # one A4 page per assessor
    page = pages[0]
    for wanted in ("Uji Tiga Laptop", "23 November 2026", "No. 01", "Wahyuni Lestari", first.met_number,
                   "paket-01-wahyuni.humaspkg", "3 asesi", "Buka paket tugas (laptop asesor)"):
        assert wanted in page, wanted
    assert "paket-02-asesor.humaspkg" in pages[1] and "2 asesi" in pages[1] and second.name in pages[1]
    # What the assessor reads off the paper is what the coordinator's laptop holds ...
    fp, code = printed_fingerprint(page), printed_code(page)
    assert fp == venue.coordinator.device.fingerprint
    assert all(printed_fingerprint(p) == fp and printed_code(p) == code for p in pages)
    # ... and what the assessor's laptop validates: a wrong code is refused, the printed one pins.
    lap, package = venue.assessors[0], stick / "paket-01-wahyuni.humaspkg"
    wrong = ("Z" if code[0] != "Z" else "Y") + code[1:]
    with pytest.raises(DomainError):
        open_handout(lap.base, lap.device, package, pairing_code=wrong)
    assert trusted_keys.pinned(lap.base, event_id) is None
    open_handout(lap.base, lap.device, package, pairing_code=code)
    assert trusted_keys.pinned(lap.base, event_id) == fp
    # Nothing about the asesi is printed.
    text = "\n".join(pages)
    flat = re.sub(r"\s+", "", text)
    for name, nik, nip, birth_date in people:
        assert nik and nik not in flat
        assert not nip or nip not in flat
        assert not birth_date or birth_date not in text
        assert name not in text


def test_slip_marks_encrypted_packages_and_never_prints_the_passphrase(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    venue = setup_venue(tmp_path, participants=4)
    secret = "kopi tubruk di pendopo kabupaten"
    monkeypatch.setenv("HUMAS_PACKAGE_PASSPHRASE", secret)
    slip = tmp_path / "slip.pdf"
    assert main(["--data-dir", str(venue.coordinator.base), "package", str(venue.coordinator.event_path),
                 "--assessor", venue.assessor_rows[1].id[:8], "--out", str(tmp_path / "stick2"),
                 "--encrypt", "--slip", str(slip)]) == 0
    pages = pdf_pages(slip)
    assert len(pages) == 1 and "paket-02-asesor.humaspkg" in pages[0]
    assert "frasa sandi disampaikan langsung" in pages[0]
    assert "kopi" not in pages[0] and "pendopo" not in pages[0]


def test_package_help_says_the_slip_is_a_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["package", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--slip PDF" in help_text and "slip serah-terima" in help_text


def test_the_printed_code_is_16_characters_and_the_cli_compares_all_of_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue #23: the slip's code is 16 base32 characters in groups of four, as typed on the
    assessor's laptop (lower case, spaces); a code one character off is refused by the CLI."""
    venue = setup_venue(tmp_path, participants=4)
    with venue.coordinator.open() as edb:
        event_id = str(packages_store.event_id(edb.conn))
    stick, slip = tmp_path / "stick2", tmp_path / "slip.pdf"
    assert main(["--data-dir", str(venue.coordinator.base), "package", str(venue.coordinator.event_path),
                 "--all", "--out", str(stick), "--slip", str(slip)]) == 0
    capsys.readouterr()
    page = pdf_pages(slip)[0]
    code = printed_code(page)
    letters = code.replace("-", "")
    assert len(letters) == 16 and set(letters) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    assert "16 karakter" in page and "--pairing-code" in page
    # Every word stays inside the page margins (the note under the code ran off the page).
    boxes = subprocess.run(["pdftotext", "-bbox", str(slip), "-"], capture_output=True, text=True,
                           check=True, timeout=60).stdout
    width = float(re.findall(r'<page width="([\d.]+)"', boxes)[0])
    lefts = [float(x) for x in re.findall(r'xMin="([\d.]+)"', boxes)]
    rights = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert min(lefts) > 44 and max(rights) < width - 44, (min(lefts), max(rights), width)  # 16 mm margins
    lap = venue.assessors[0]
    package = next(stick.glob("paket-01-*.humaspkg"))
    base = ["--data-dir", str(lap.base), "open-package", str(package)]
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert main([*base, "--pairing-code", wrong]) != 0
    assert "Kode pasangan tidak cocok" in capsys.readouterr().err
    assert trusted_keys.pinned(lap.base, event_id) is None
    typed = " ".join(code.lower().split("-"))
    assert main([*base, "--pairing-code", typed]) == 0
    assert trusted_keys.pinned(lap.base, event_id) == venue.coordinator.device.fingerprint
