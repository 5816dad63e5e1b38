"""Correcting and removing participants: audited with the reason, refused once signed or closed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.domain.errors import DomainError
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import app_update, make_demo


@pytest.fixture
def event(data_dir: Path) -> Path:
    return make_demo(data_dir, participants=4)


def audit_rows(edb, entity_id: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(r[0], r[1], r[2], r[3]) for r in edb.conn.execute(
        "SELECT field, old, new, reason FROM audit WHERE entity_id = ? ORDER BY seq", (entity_id,))]


def cli(capsys, data_dir: Path, *args: str) -> tuple[int, str]:
    try:
        code = main(["--data-dir", str(data_dir), *args])
    except SystemExit as exc:  # argparse refusals
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out + out.err


def test_cli_edit_corrects_name_nik_and_certificate_name_with_audit(capsys, data_dir: Path,
                                                                    event: Path) -> None:
    with open_event(event, device_id="t") as edb:
        p = repo.participant_by_number(edb, 2)
        assert p is not None
        nik = p.nik[:12] + ("9999" if p.nik[12:] != "9999" else "9998")
    code, out = cli(capsys, data_dir, "participant", "edit", str(event), "2",
                    "--name", "Dra. Siti Rahmawati, M.Si.", "--nik", nik[:6] + " " + nik[6:],
                    "--instansi", "Diskominfo Kota Bandung",
                    "--certificate-name", "Dra. SITI RAHMAWATI, M.Si.",
                    "--reason", "salah ketik di daftar SIMPEG")
    assert code == 0, out
    assert "Peserta no. 2 diperbarui" in out
    with open_event(event, device_id="t") as edb:
        q = repo.participant_by_number(edb, 2)
        assert q is not None
        assert (q.name, q.nik, q.institution) == ("Dra. Siti Rahmawati, M.Si.", nik,
                                                  "Diskominfo Kota Bandung")
        assert q.name_on_certificate == "Dra. SITI RAHMAWATI, M.Si."
        logged = audit_rows(edb, q.id)
        # Who changed which field and why is in the log; the values only as keyed digests (the
        # log must not be a second copy of the roster that purge cannot erase; issue 21).
        from humas_desktop.storage import audit

        key = audit.personal_key(edb.conn)
        assert ("name", audit.seal(key, p.name), audit.seal(key, "Dra. Siti Rahmawati, M.Si."),
                "salah ketik di daftar SIMPEG") in logged
        assert not any(p.name in str(r) or "Siti Rahmawati" in str(r) for r in logged)
        assert {r[0] for r in logged} >= {"name", "nik", "institution", "certificate_name"}
        assert all(r[3] == "salah ketik di daftar SIMPEG" for r in logged
                   if r[0] in ("name", "nik", "institution", "certificate_name"))
        # The tamper check still agrees with the tables.
        from humas_desktop.services.integrity import compare_with_tables
        assert list(compare_with_tables(edb)) == []


def test_certificate_name_defaults_to_the_name(event: Path) -> None:
    with open_event(event, device_id="t") as edb:
        p = repo.participant_by_number(edb, 1)
        assert p is not None and p.certificate_name == "" and p.name_on_certificate == p.name


def test_bad_input_is_one_message_and_changes_nothing(capsys, data_dir: Path, event: Path) -> None:
    for args, expected in (
        (["--nik", "32730112038"], "NIK harus 16 angka"),
        (["--name", "  "], "Nama kosong"),
        (["--birth-date", "31/02/1990"], "Tanggal tidak dikenali"),
        (["--email", "a@@b"], "email tidak sah"),
        (["--name", "Budi", "--reason", " "], "Tuliskan alasan"),
    ):
        full = ["participant", "edit", str(event), "1", *args]
        if "--reason" not in args:
            full += ["--reason", "perbaikan"]
        code, out = cli(capsys, data_dir, *full)
        assert code == 1 and expected in out and "Traceback" not in out, (args, out)
    code, out = cli(capsys, data_dir, "participant", "edit", str(event), "99", "--name", "X",
                    "--reason", "r")
    assert code == 1 and "Tidak ada peserta bernomor 99" in out
    code, out = cli(capsys, data_dir, "participant", "edit", str(event), "1", "--name", "X")
    assert code != 0 and "--reason" in out  # the reason is required
    with open_event(event, device_id="t") as edb:
        names = [p.name for p in repo.list_participants(edb)]
    assert "X" not in names and "Budi" not in names


def test_nik_of_another_participant_refused(event: Path) -> None:
    from humas_desktop.services.roster_edit import edit_participant

    with open_event(event, device_id="t") as edb:
        a, b = repo.list_participants(edb)[:2]
        with pytest.raises(DomainError) as info:
            edit_participant(edb, b.id, {"nik": a.nik}, "salah")
        assert info.value.code == "nik_taken"
        assert repo.get_participant(edb, b.id).nik == b.nik


def sign(edb, participant_id: str) -> str:
    from humas_desktop.domain.models import EvidenceType, Verdict
    from humas_desktop.services.scoring import ScoringService

    svc = ScoringService(edb)
    p = repo.get_participant(edb, participant_id)
    assessor = repo.list_assessors(edb)[0]
    aid = svc.open_assessment(participant_id, assessor.id, p.scheme_id or "")
    svc.give_consent(aid)
    scheme = repo.load_schemes(edb)[0]
    for unit in scheme.units:
        svc.set_unit_recommendation(aid, unit.id, Verdict.K)
        svc.set_unit_evidence_types(aid, unit.id, [EvidenceType.OBSERVASI])
    svc.set_overall(aid, Verdict.K)
    svc.sign_off(aid, assessor.name, assessor.met_number)
    return aid


def test_refused_once_signed_off_and_while_closed(capsys, data_dir: Path, event: Path) -> None:
    with open_event(event, device_id="t") as edb:
        p = repo.participant_by_number(edb, 3)
        assert p is not None
        sign(edb, p.id)
    code, out = cli(capsys, data_dir, "participant", "edit", str(event), "3", "--name", "Baru",
                    "--reason", "salah ketik")
    assert code == 1 and "sudah ditandatangani" in out
    code, out = cli(capsys, data_dir, "participant", "remove", str(event), "3",
                    "--reason", "dobel")
    assert code == 1 and "sudah ditandatangani" in out
    with open_event(event, device_id="t") as edb:
        app_update(edb, "event", {"status": "closed"})
        edb.conn.commit()
    code, out = cli(capsys, data_dir, "participant", "edit", str(event), "1", "--name", "Baru",
                    "--reason", "salah ketik")
    assert code == 1 and "Sesi sudah ditutup" in out
    with open_event(event, device_id="t") as edb:
        assert repo.participant_by_number(edb, 3) is not None
        assert repo.participant_by_number(edb, 1).name != "Baru"  # type: ignore[union-attr]


def test_remove_with_reason_audited_and_replay_still_clean(capsys, data_dir: Path,
                                                          event: Path) -> None:
    from humas_desktop.services.integrity import compare_with_tables
    from humas_desktop.services.scoring import ScoringService

    with open_event(event, device_id="t") as edb:
        p = repo.participant_by_number(edb, 4)
        assert p is not None
        svc = ScoringService(edb)
        assessor = repo.list_assessors(edb)[0]
        aid = svc.open_assessment(p.id, assessor.id, p.scheme_id or "")
        svc.give_consent(aid)  # started, not signed: removable with its record
    code, out = cli(capsys, data_dir, "participant", "remove", str(event), "4",
                    "--reason", "baris 'Mengetahui,' ikut terimpor", "--json")
    assert code == 0, out
    assert json.loads(out) == {"number": 4, "removed": True}
    with open_event(event, device_id="t") as edb:
        assert repo.participant_by_number(edb, 4) is None
        assert len(repo.list_participants(edb)) == 3
        deleted = [r for r in audit_rows(edb, p.id) if r[0] == "-"]
        assert deleted and deleted[0][3] == "baris 'Mengetahui,' ikut terimpor"
        assert [r for r in audit_rows(edb, aid) if r[0] == "-"]
        assert list(compare_with_tables(edb)) == []
