"""One LSP, one number series: closing events against the registry (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.services import numbering as nb
from humas_desktop.services.demo import DEMO_SK_NUMBER
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

CONFIG = nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN, "HMS", "1926")


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _demo_with_codes(base: Path, participants: int = 4) -> Path:
    path = make_demo(base, participants=participants, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        nb.save_config(edb, CONFIG)  # what coordinators did in every event file
    return path


def _init(capsys: pytest.CaptureFixture[str], base: Path, location: str) -> None:
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "init", "--registry", location,
                        "--lsp-name", "LSP Humas Global", "--licence", "BNSP-LSP-1926-ID",
                        "--field-code", "HMS", "--verify-url", "https://lsp.example/verifikasi/")
    assert code == 0, err


def _close(capsys: pytest.CaptureFixture[str], base: Path, location: str, event: Path,
           *extra: str, sk: str = DEMO_SK_NUMBER) -> tuple[int, str, str]:
    # The decided demo's plenary: today, with its SK (close refuses what contradicts them).
    return _cli(capsys, "--data-dir", str(base), "close", str(event), "--plenary-date",
                date.today().isoformat(), "--sk-number", sk, "--registry", location, "--json",
                *extra)


def test_two_events_of_one_lsp_never_share_a_number(
        tmp_path: Path, registry_location: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue #14: a second event of the same LSP in the same year issued
    ``70203 2432 0 0000001 2026`` and ``HMS 1926 00001 2026`` again."""
    base = tmp_path / "data"
    _init(capsys, base, registry_location)
    first, second = _demo_with_codes(base), _demo_with_codes(base)
    code, out, err = _close(capsys, base, registry_location, first)
    assert code == 0, err
    one = json.loads(out)
    assert one["closed"] is True and one["certificates"]
    assert set(one["certificates"][0]) == {"number", "registration_number", "participant_number"}
    assert one["certificates"][0]["number"] == "70203 2432 0 0000001 2026"
    assert one["certificates"][0]["registration_number"] == "HMS 1926 00001 2026"
    # The demo has the same people again: the registry flags them, the coordinator confirms.
    code, out, err = _close(capsys, base, registry_location, second)
    assert code == 1
    assert "sertifikat aktif pada skema yang sama" in err and "Traceback" not in err
    with open_event(second, device_id="t") as edb:
        assert repo.list_certificates(edb) == []  # nothing half-written
    code, out, err = _close(capsys, base, registry_location, second, "--duplicate-reason",
                            "sertifikasi ulang atas permintaan instansi")
    assert code == 0, err
    two = json.loads(out)
    numbers = [c["number"] for c in one["certificates"] + two["certificates"]]
    regs = [c["registration_number"] for c in one["certificates"] + two["certificates"]]
    assert len(set(numbers)) == len(numbers) and len(set(regs)) == len(regs)
    assert two["certificates"][0]["number"] == f"70203 2432 0 {len(one['certificates']) + 1:07d} 2026"
    # The event file holds the same numbers as the registry, and is read-only now.
    code, out, _ = _cli(capsys, "--data-dir", str(base), "registry", "find", "--number",
                        numbers[-1], "--registry", registry_location, "--json")
    assert code == 0
    found = json.loads(out)["certificates"]
    assert len(found) == 1 and found[0]["status"] == "active"
    code, _, err = _close(capsys, base, registry_location, second)
    assert code == 1 and "hanya dapat dibaca" in err


def test_close_lists_blockers_by_participant_number(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "data"
    location = str(base / "registry.sqlite")
    _init(capsys, base, location)
    path = make_demo(base, participants=5, decided=False)
    code, out, err = _close(capsys, base, location, path)
    assert code == 1
    data = json.loads(out)
    assert data["closed"] is False
    codes = {b["code"]: b for b in data["blockers"]}
    assert "assessment_not_signed" in codes and codes["assessment_not_signed"]["participant_numbers"]
    assert "Peserta no." in err and "Traceback" not in err


def test_accept_recommendations_makes_them_the_lsp_decision(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "data"
    location = str(base / "registry.sqlite")
    _init(capsys, base, location)
    path = make_demo(base, participants=4, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        edb.conn.execute("DELETE FROM decision")  # signed recommendations, no LSP decision yet
        edb.conn.commit()
    code, out, err = _close(capsys, base, location, path)
    assert code == 1 and "Keputusan LSP belum dicatat" in err
    code, out, err = _close(capsys, base, location, path, "--accept-recommendations", sk="SK/7/2026")
    assert code == 0, err
    with open_event(path, device_id="t") as edb:
        decisions = repo.list_decisions(edb)
        assert decisions and all(d.sk_number == "SK/7/2026" for d in decisions)
        k = sum(1 for d in decisions if d.result.value == "K")
    assert len(json.loads(out)["certificates"]) == k


def test_registry_failures_are_one_indonesian_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "data"
    path = _demo_with_codes(base)
    # no registry yet
    code, _, err = _close(capsys, base, str(base / "registry.sqlite"), path)
    assert code == 1 and "registry init" in err and len(err.strip().splitlines()) == 1
    # unreachable server
    code, _, err = _close(capsys, base, "postgresql://humas@127.0.0.1:9/none?connect_timeout=2",
                          path)
    assert code == 1 and "tidak dapat dihubungi" in err and "Traceback" not in err
    # refuses to overwrite
    location = str(base / "registry.sqlite")
    _init(capsys, base, location)
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "init", "--registry", location,
                        "--lsp-name", "X", "--licence", "Y")
    assert code == 1 and "tidak ditimpa" in err
    # a registry from a newer app
    from humas_desktop.storage.registry import RegistryStore

    store = RegistryStore.attach(location)
    store.set_schema_version_for_test(999)
    store.close()
    code, _, err = _close(capsys, base, location, path)
    assert code == 1 and "lebih baru" in err
    with open_event(path, device_id="t") as edb:
        assert repo.list_certificates(edb) == []


def test_an_event_closed_against_one_lsp_is_refused_by_another(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "data"
    ours, theirs = str(base / "ours.sqlite"), str(base / "theirs.sqlite")
    _init(capsys, base, ours)
    _init(capsys, base, theirs)
    path = _demo_with_codes(base)
    assert _close(capsys, base, ours, path)[0] == 0
    code, _, err = _cli(capsys, "--data-dir", str(base), "registry", "publish", str(path),
                        "--registry", theirs)
    assert code == 1 and "registri LSP lain" in err


def test_a_server_that_refuses_is_one_line_too(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A database where the user may not create (here: no such schema): no traceback."""
    from tests.external import postgres_dsn
    from tests.registry_fixtures import pg_location

    location = pg_location(postgres_dsn(), "skema_yang_tidak_ada")
    code, _, err = _cli(capsys, "--data-dir", str(tmp_path / "data"), "registry", "init",
                        "--registry", location, "--lsp-name", "X", "--licence", "Y")
    assert code == 1 and "menolak" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
