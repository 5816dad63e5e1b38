"""The serial of the BNSP blanko each certificate was printed on (issue 15): recorded in the event
file (audited, one serial on one certificate), carried into the registry, shown in the rekap and
the registry report. Through the public service and the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from humas_desktop.cli import main
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run
from tests.registry_fixtures import lsp_registry_store

CONFIG = nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN, "HMS", "1926")
PLENARY = date.today()


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _closed_event(base: Path, registry: object = None) -> tuple[Path, list[tuple[int, str]]]:
    """A closed demo event and its (participant number, certificate number) pairs."""
    path = make_demo(base, participants=5, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        nb.save_config(edb, CONFIG)
        if registry is None:  # the LSP's registry on this laptop (the data dir's): one series
            with lsp_registry_store(base) as store:
                cs.close_session(edb, PLENARY, registry=store)
        else:
            cs.close_session(edb, PLENARY, registry=registry)  # type: ignore[arg-type]
        people = {p.id: p.number for p in repo.list_participants(edb)}
        certs = sorted((people[c.participant_id], c.number) for c in repo.list_certificates(edb))
    assert len(certs) >= 2
    return path, certs


def _serials(path: Path) -> dict[str, str]:
    with open_event(path, device_id="t", actor="coordinator") as edb:
        return {c.number: c.blanko_serial for c in repo.list_certificates(edb)}


def _audit(path: Path) -> list[tuple[str, str, str, str]]:
    with open_event(path, device_id="t", actor="coordinator") as edb:
        from humas_desktop.storage import audit

        return [(e.old or "", e.new or "", e.reason, e.entity) for e in audit.entries(edb.conn)
                if e.field == "blanko_serial"]


def test_cli_records_a_serial_once_audited_and_refuses_a_second_use(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """On 89d5f16 there was no 'certificate blanko' command and no serial in the event file."""
    base = tmp_path / "data"
    path, certs = _closed_event(base)
    (_n1, c1), (n2, c2) = certs[0], certs[1]
    code, out, err = _cli(capsys, "--data-dir", str(base), "certificate", "blanko", str(path), c1,
                          "--serial", "  A  0012345 ")
    assert code == 0, err
    assert f"Blanko A 0012345 dicatat untuk sertifikat {c1}" in out
    # by participant number, as the coordinator reads it off the pile
    code, out, err = _cli(capsys, "--data-dir", str(base), "certificate", "blanko", str(path),
                          str(n2), "--serial", "A 0012346", "--json")
    assert code == 0, err
    # The certificate is in the LSP's registry (close numbered it there): the serial goes there too.
    assert json.loads(out) == {"certificate_number": c2, "serial": "A 0012346", "previous": "",
                               "in_registry": True}
    before = _serials(path)
    assert before[c1] == "A 0012345" and before[c2] == "A 0012346"
    # the same blanko for another certificate: one message, nothing changed
    code, out, err = _cli(capsys, "--data-dir", str(base), "certificate", "blanko", str(path), c2,
                          "--serial", "A 0012345", "--reason", "salah ketik")
    assert code == 1
    assert f"Blanko A 0012345 sudah tercatat untuk sertifikat {c1}" in err
    assert "Traceback" not in err
    # replacing a spoiled blanko needs a reason; then it is audited with it
    code, _, err = _cli(capsys, "--data-dir", str(base), "certificate", "blanko", str(path), c2,
                        "--serial", "A 0012399")
    assert code == 1 and "memerlukan alasan" in err
    assert _serials(path) == before
    code, _, err = _cli(capsys, "--data-dir", str(base), "certificate", "blanko", str(path), c2,
                        "--serial", "A 0012399", "--reason", "blanko A 0012346 rusak tercetak")
    assert code == 0, err
    assert _serials(path)[c2] == "A 0012399"
    trail = _audit(path)
    assert ("", "A 0012345", f"blanko A 0012345 untuk {c1}", "certificate") in trail
    assert ("A 0012346", "A 0012399", "blanko A 0012346 rusak tercetak", "certificate") in trail
    for bad, words in (("", "wajib diisi"), ("X" * 65, "wajib diisi")):
        code, _, err = _cli(capsys, "--data-dir", str(base), "certificate", "blanko", str(path),
                            c1, "--serial", bad, "--reason", "x")
        assert code == 1 and words in err
    code, _, err = _cli(capsys, "--data-dir", str(base), "certificate", "blanko", str(path),
                        "99 9999", "--serial", "B 1")
    assert code == 1 and "tidak ada di acara ini" in err
    assert _serials(path)[c1] == "A 0012345"


def test_voided_certificate_gets_no_blanko(tmp_path: Path) -> None:
    from humas_desktop.domain.errors import DomainError
    from humas_desktop.services.blanko import record_serial

    path, certs = _closed_event(tmp_path / "data")
    with open_event(path, device_id="t", actor="coordinator") as edb:
        cert = next(c for c in repo.list_certificates(edb) if c.number == certs[0][1])
        nb.void_certificate(edb, cert.id, "nama salah")
        with pytest.raises(DomainError) as err:
            record_serial(edb, cert.number, "A 1")
    assert err.value.code == "blanko_certificate_voided"
    assert _serials(path)[certs[0][1]] == ""


def test_refusals_carry_their_codes_and_change_nothing(tmp_path: Path) -> None:
    from humas_desktop.domain.errors import DomainError
    from humas_desktop.services.blanko import record_serial

    path, certs = _closed_event(tmp_path / "data")
    number = certs[0][1]
    with open_event(path, device_id="t", actor="coordinator") as edb:
        record_serial(edb, number, "A 1")
        for args, code in (((number, " \t "), "blanko_serial_invalid"),
                           ((number, "A\x072"), "blanko_serial_invalid"),
                           (("70203 0000", "A 2"), "blanko_certificate_unknown"),
                           (("999", "A 2"), "blanko_certificate_unknown"),
                           ((number, "A 2"), "blanko_change_needs_reason"),
                           ((certs[1][1], "A 1"), "blanko_serial_taken")):
            with pytest.raises(DomainError) as err:
                record_serial(edb, *args)
            assert err.value.code == code, args
        assert record_serial(edb, number, "A 1").previous == "A 1"  # the same again: no change
    assert _serials(path) == {n: ("A 1" if n == number else "") for _, n in certs}


def test_rekap_shows_certificate_number_and_blanko(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from humas_desktop.services.exports import export_documents

    base = tmp_path / "data"
    path, certs = _closed_event(base)
    n1, c1 = certs[0]
    assert _cli(capsys, "--data-dir", str(base), "certificate", "blanko", str(path), c1,
                "--serial", "A 0012345")[0] == 0
    with open_event(path, device_id="t", actor="coordinator") as edb:
        _run(export_documents(edb, ["recap"], tmp_path / "out"))
    ws = load_workbook(tmp_path / "out" / "rekapitulasi-hasil.xlsx").active
    rows = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    header = next(r for r in rows if r and r[0] == "No")
    assert "Nomor Sertifikat" in header and "No. Blanko" in header
    line = next(r for r in rows if r and r[0] == n1)
    assert line[header.index("Nomor Sertifikat")] == c1
    assert line[header.index("No. Blanko")] == "A 0012345"
    other = next(r for r in rows if r and r[0] == certs[1][0])
    assert other[header.index("No. Blanko")] in (None, "")


def test_registry_gets_the_serial_at_once_or_at_publish(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from humas_desktop.domain.errors import DomainError
    from humas_desktop.services import registry as reg
    from humas_desktop.services.blanko import record_serial

    base = tmp_path / "data"
    location = str(tmp_path / "registry.sqlite")
    store = reg.init_registry(location, "LSP Humas Global", "BNSP-LSP-1926-ID", field_code="HMS",
                              verify_url="https://lsp.example/verifikasi/")
    path, certs = _closed_event(base, registry=store)
    store.close()
    c1, c2 = certs[0][1], certs[1][1]
    # the event was numbered from this registry: the CLI records there too
    code, out, err = _cli(capsys, "--data-dir", str(base), "certificate", "blanko", str(path), c1,
                          "--serial", "A 0012345", "--registry", location)
    assert code == 0, err
    assert "(juga di registri LSP)" in out
    store = reg.open_registry(location)
    try:
        assert {r.number: r.blanko_serial for r in store.event_certificates(
            _event_id(path))}[c1] == "A 0012345"
        # registry away: the event file keeps it ...
        with open_event(path, device_id="t", actor="coordinator") as edb:
            assert not record_serial(edb, c2, "A 0012346").in_registry
            reg.publish(edb, store)  # ... and publish carries it
        by_number = {r.number: r.blanko_serial for r in store.event_certificates(_event_id(path))}
        assert by_number[c2] == "A 0012346"
        # a serial the registry has on another certificate is refused in both places
        with open_event(path, device_id="t", actor="coordinator") as edb, \
                pytest.raises(DomainError) as err:
            record_serial(edb, certs[2][1] if len(certs) > 2 else c2, "A 0012345",
                          reason="coba", store=store)
        assert getattr(err.value, "code", "") in {"blanko_serial_taken", "registry_blanko_taken"}
        files = reg.write_report(store, date(2026, 1, 1), date(2026, 12, 31), tmp_path / "rep")
    finally:
        store.close()
    book = next(f for f in files if f.suffix == ".xlsx" and "rekap" in f.name.lower()) \
        if any("rekap" in f.name.lower() for f in files) else next(f for f in files
                                                                   if f.suffix == ".xlsx")
    cells = {str(c) for f in files if f.suffix == ".xlsx"
             for ws in load_workbook(f).worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c is not None}
    assert book.is_file()
    assert "No. Blanko" in cells and "A 0012345" in cells and "A 0012346" in cells


def _event_id(path: Path) -> str:
    from humas_desktop.storage import queries

    with open_event(path, device_id="t", actor="coordinator") as edb:
        return queries.event_id(edb)
