"""``close`` refuses what contradicts the event (issue #22), through the command line.

On da7ae9f ``close --plenary-date 2020-01-01`` on an event assessed today was accepted
(certificates numbered "... 2020", dated 1 Januari 2020), a plenary before the last assessment
day too, and ``--sk-number X`` on an event whose decisions were recorded with another SK printed
the earlier SK in the pleno minutes, the SK and the blanko request: X appeared in no file.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.formats.pdf.layout import tanggal
from humas_desktop.services import numbering as nb
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

CONFIG = nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN, "HMS", "1926")
RECORDED_SK = "SK/001/LSP-HN/2026"  # what the decided demo's plenary recorded


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def setup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str, Path]:
    base = tmp_path / "data"
    location = str(base / "registry.sqlite")
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "init", "--registry",
                        location, "--lsp-name", "LSP Humas Global", "--licence",
                        "BNSP-LSP-1926-ID", "--field-code", "HMS", "--verify-url",
                        "https://lsp.example/verifikasi/")
    assert code == 0, err
    event = make_demo(base, participants=4, decided=True)
    with open_event(event, device_id="t", actor="coordinator") as edb:
        nb.save_config(edb, CONFIG)
    return base, location, event


def _close(capsys: pytest.CaptureFixture[str], setup: tuple[Path, str, Path], plenary: date,
           sk: str = RECORDED_SK, *extra: str) -> tuple[int, str, str]:
    base, location, event = setup
    return _cli(capsys, "--data-dir", str(base), "close", str(event), "--plenary-date",
                plenary.isoformat(), "--sk-number", sk, "--registry", location, "--json", *extra)


def _last_assessment_day(event: Path) -> date:
    """Independently of the app: the event's last day or the latest sign-off, as a local date."""
    with open_event(event, device_id="t") as edb:
        e = repo.load_event(edb)
        loaded = [repo.load_assessment(edb, aid) for aid in repo.list_assessment_ids(edb)]
        signed = [a.signed_at for a in loaded if a.signed_at and a.is_signed]
    days = [d for d in (e.start_date, e.end_date) if d]
    days += [s.astimezone().date() if s.tzinfo else s.date() for s in signed]
    return max(days)


def _nothing_issued(event: Path) -> None:
    with open_event(event, device_id="t") as edb:
        assert repo.list_certificates(edb) == []
        assert repo.load_event(edb).status.value == "open"


@pytest.mark.parametrize("plenary", [date(2020, 1, 1), "day before", "tomorrow"])
def test_plenary_date_outside_the_event_is_refused_with_the_allowed_range(
        setup: tuple[Path, str, Path], capsys: pytest.CaptureFixture[str],
        plenary: date | str) -> None:
    event = setup[2]
    first, last = _last_assessment_day(event), date.today()
    when = {"day before": first - timedelta(days=1),
            "tomorrow": last + timedelta(days=1)}.get(plenary, plenary)  # type: ignore[arg-type]
    assert isinstance(when, date)
    code, out, err = _close(capsys, setup, when)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert f"antara {tanggal(first)}" in lines[0] and f"dan {tanggal(last)}" in lines[0]
    _nothing_issued(event)


def test_plenary_date_on_the_last_assessment_day_numbers_with_its_year(
        setup: tuple[Path, str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    event = setup[2]
    plenary = _last_assessment_day(event)
    code, out, err = _close(capsys, setup, plenary)
    assert code == 0, err
    certs = json.loads(out)["certificates"]
    assert certs and all(c["number"].endswith(f" {plenary.year}") for c in certs)
    assert all(c["registration_number"].endswith(f" {plenary.year}") for c in certs)
    with open_event(event, device_id="t") as edb:
        assert {c.issue_date for c in repo.list_certificates(edb)} == {plenary}
        assert {d.sk_number for d in repo.list_decisions(edb)} == {RECORDED_SK}


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) needed")
def test_sk_number_given_at_close_is_never_ignored(
        setup: tuple[Path, str, Path], capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    base, _location, event = setup
    plenary = date.today()
    new_sk = "SK/099/LSP-HN/XII/2026"
    code, out, err = _close(capsys, setup, plenary, new_sk)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and RECORDED_SK in lines[0] and new_sk in lines[0], err
    _nothing_issued(event)
    why = "SK diterbitkan ulang setelah koreksi nomor oleh direktur"
    code, out, err = _close(capsys, setup, plenary, new_sk, "--record-reason", why)
    assert code == 0, err
    with open_event(event, device_id="t") as edb:
        decisions = repo.list_decisions(edb)
        assert decisions and {d.sk_number for d in decisions} == {new_sk}
        audited = edb.conn.execute(
            "SELECT old, new, reason FROM audit WHERE entity = 'decision' AND field = 'sk_number' "
            "AND new = ?", (new_sk,)).fetchall()
    assert len(audited) == len(decisions)
    assert all(tuple(r) == (RECORDED_SK, new_sk, why) for r in audited)
    out_dir = tmp_path / "docs"
    for kind in ("pleno", "sk", "blanko-request"):
        code, _, err = _cli(capsys, "--data-dir", str(base), "export", str(event), kind,
                            "--out", str(out_dir))
        assert code == 0, err
    pdfs = sorted(out_dir.glob("*.pdf"))
    assert len(pdfs) == 3
    for pdf in pdfs:
        text = " ".join(_pdf_text(pdf).split())
        assert new_sk in text, pdf.name
        assert RECORDED_SK not in text, pdf.name


def test_sk_number_equal_to_the_recorded_one_closes_without_a_reason(
        setup: tuple[Path, str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _close(capsys, setup, date.today(), " " + RECORDED_SK + " ")
    assert code == 0, err
    with open_event(setup[2], device_id="t") as edb:
        assert edb.conn.execute("SELECT COUNT(*) FROM audit WHERE entity = 'decision' "
                                "AND field = 'sk_number'").fetchone()[0] == 0
