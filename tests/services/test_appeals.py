"""FR.AK.04 appeals as tracked cases (issue 26): only after a result, within the LSP's window,
a team independent of the assessment, a decision with its SK number, and the certificate held
back while the case is open."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Attendance, Verdict
from humas_desktop.messages import message
from humas_desktop.services import appeals
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.services.integrity import verify_for_use
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, open_event
from tests.conftest import make_demo
from tests.services.conftest import CONFIG

REASON = "Unit kedua dinilai tanpa kesempatan demonstrasi"
TODAY = date.today()


def _first(edb: EventDB) -> tuple[str, str]:
    """(participant id, the name of the assessor who assessed them)."""
    person = repo.list_participants(edb)[0]
    assessment = next(r for r in repo.table_rows(edb, "assessment") if r["participant_id"] == person.id)
    names = {a.id: a.name for a in repo.list_assessors(edb)}
    return person.id, names[assessment["assessor_id"]]


def test_an_appeal_needs_a_result(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=3)  # the first three are not assessed
    with open_event(path, device_id="t", actor="coordinator") as edb:
        pid = repo.list_participants(edb)[0].id
        with pytest.raises(DomainError) as refused:
            appeals.open_appeal(edb, pid, ["ya", "ya", "tidak"], REASON, TODAY)
        assert refused.value.code == "appeal_before_result"
        assert "belum memiliki hasil asesmen" in message(refused.value.code)
        assert repo.table_rows(edb, "appeal") == []


def test_the_window_is_the_lsps_setting(decided: EventDB) -> None:
    pid, _assessor = _first(decided)
    assert appeals.window_days(decided) == 14
    late = TODAY + timedelta(days=15)
    with pytest.raises(DomainError) as refused:
        appeals.open_appeal(decided, pid, ["ya", "ya", "tidak"], REASON, late)
    assert refused.value.code == "appeal_window_passed"
    assert "14 hari" in message(refused.value.code, **refused.value.context)
    appeals.set_window_days(decided, 30)
    case = appeals.open_appeal(decided, pid, ["ya", "ya", "tidak"], REASON, late)
    got = appeals.get(decided, case)
    assert got.window_days == 30 and got.received_on == late and got.status == "open"
    assert got.answers == ("ya", "ya", "tidak")
    assert got.questions[0] == "Apakah Proses Banding telah dijelaskan kepada Anda?"
    with pytest.raises(DomainError, match="appeal_already_open"):
        appeals.open_appeal(decided, pid, ["ya", "ya", "tidak"], REASON, late)
    verify_for_use(decided)


def test_an_assessor_of_the_participant_cannot_sit_on_the_appeal_team(decided: EventDB) -> None:
    pid, assessor = _first(decided)
    spaced = "  " + assessor.upper().replace(" ", "  ") + " "
    with pytest.raises(DomainError) as refused:
        appeals.open_appeal(decided, pid, ["ya", "ya", "tidak"], REASON, TODAY,
                            team=["Dr. Tim Independen", spaced])
    assert refused.value.code == "appeal_team_conflict"
    assert assessor in message(refused.value.code, **refused.value.context)
    assert repo.table_rows(decided, "appeal") == []
    case = appeals.open_appeal(decided, pid, ["ya", "ya", "tidak"], REASON, TODAY)
    with pytest.raises(DomainError, match="appeal_team_missing"):
        appeals.decide(decided, case, "ditolak", "SK/B/1", TODAY)
    with pytest.raises(DomainError, match="appeal_team_conflict"):
        appeals.decide(decided, case, "ditolak", "SK/B/1", TODAY, team=[assessor])
    with pytest.raises(DomainError, match="sk_number_missing"):
        appeals.decide(decided, case, "ditolak", " ", TODAY, team=["Dr. Tim Independen"])
    appeals.decide(decided, case, "ditolak", "SK/B/1", TODAY, "Sesuai SOP",
                   team=["Dr. Tim Independen", "Ir. Anggota Dua"])
    got = appeals.get(decided, case)
    assert (got.status, got.outcome, got.sk_number, got.decided_on) == ("decided", "ditolak", "SK/B/1", TODAY)
    assert got.team == ("Dr. Tim Independen", "Ir. Anggota Dua")
    with pytest.raises(DomainError, match="appeal_already_decided"):
        appeals.decide(decided, case, "diterima", "SK/B/2", TODAY, team=["X Y"])
    verify_for_use(decided)


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_close_numbers_no_certificate_while_an_appeal_is_open(decided: EventDB) -> None:
    people = repo.list_participants(decided)
    held, decided_case = people[0], people[1]
    results = {d.participant_id: d.result for d in repo.list_decisions(decided)}
    assert results[held.id] is Verdict.K and results[decided_case.id] is Verdict.K
    appeals.open_appeal(decided, held.id, ["ya", "ya", "tidak"], REASON, TODAY)
    other = appeals.open_appeal(decided, decided_case.id, ["ya", "tidak", "tidak"], REASON, TODAY)
    appeals.decide(decided, other, "ditolak", "SK/B/9", TODAY, team=["Dr. Tim Independen"])
    nb.save_config(decided, CONFIG)
    cs.close_session(decided, date.today())  # the demo's plenary: today
    holders = {c.participant_id for c in repo.list_certificates(decided)}
    expected = {pid for pid, r in results.items() if r is Verdict.K} - {held.id}
    assert holders == expected
    assert appeals.held_back(decided) == {held.id}


def test_appeal_cli_open_list_decide(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    path = make_demo(data, participants=4, decided=True)
    base = ["--data-dir", str(data), "appeal"]
    assert main([*base, "open", str(path), "2", "--answers", "ya,ya,tidak", "--reason", REASON,
                 "--json"]) == 0
    opened = json.loads(capsys.readouterr().out)
    assert opened["participant_number"] == 2 and opened["certificate_held"] is True
    assert main([*base, "list", str(path)]) == 0
    listed = capsys.readouterr().out
    assert "Peserta no. 2" in listed and "sertifikat ditahan" in listed
    assert main([*base, "decide", str(path), "2", "--outcome", "ditolak", "--sk", "SK/B/3"]) == 1
    assert "Tim banding belum ditetapkan" in capsys.readouterr().err
    assert main([*base, "decide", str(path), "2", "--outcome", "ditolak", "--sk", "SK/B/3",
                 "--team", "Dr. Tim Satu; Ir. Tim Dua", "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["status"] == "decided" and done["team"] == ["Dr. Tim Satu", "Ir. Tim Dua"]
    assert main([*base, "list", str(path), "--open", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"appeals": []}
    assert main([*base, "open", str(path), "1", "--answers", "ya", "--reason", REASON]) == 1
    assert "Jawaban harus 3" in capsys.readouterr().err


def test_registry_close_holds_the_certificate_and_says_so(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Closing against the LSP registry: the participant with an open appeal gets no number in
    the registry's series, and the close report names them."""
    from tests.cli.test_registry_close_honest import _close_args, _event

    base = tmp_path / "data"
    event = _event(base)
    with open_event(event, device_id="t", actor="coordinator") as edb:
        person = next(p for p in repo.list_participants(edb)
                      if any(d.participant_id == p.id and d.result is Verdict.K
                             for d in repo.list_decisions(edb)))
        appeals.open_appeal(edb, person.id, ["ya", "ya", "tidak"], REASON, TODAY)
    capsys.readouterr()
    assert main(_close_args(base, event, "--json")) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["closed"] is True and data["held_by_appeal"] == [person.number]
    assert person.number not in {c["participant_number"] for c in data["certificates"]}
    assert data["certificates"]  # the others are numbered


@pytest.mark.slow
@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_a_venue_day_on_two_laptops_fills_the_forms_merges_closes_and_checks(tmp_path: Path) -> None:
    """Coordinator and two assessors through packages: FR.AK.01 declarations and FR.AK.03 come
    back with the results, the coordinator records decisions and one appeal, closes; the appeal
    holds that certificate back, check passes and every form exports."""
    import random

    from humas_desktop.domain.progress import run_to_end
    from humas_desktop.services import feedback
    from humas_desktop.services.assessor_laptop import open_handout, write_results
    from humas_desktop.services.check import check_event_file
    from humas_desktop.services.demo import DEMO_SETTINGS, _score_fully
    from humas_desktop.services.exports import export_documents
    from humas_desktop.services.merge import merge_packages
    from humas_desktop.services.scoring import ScoringService
    from tests.services.laptops import setup_venue

    venue = setup_venue(tmp_path, participants=4)
    packages = []
    for lap, row in zip(venue.assessors, venue.assessor_rows, strict=True):
        lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                      coordinator_fingerprint=venue.coordinator.device.fingerprint)
        with lap.open(actor=row.id) as edb:
            svc = ScoringService(edb, lap.device)
            for i, person in enumerate(repo.list_participants(edb)):
                svc.set_attendance(person.id, Attendance.HADIR)
                aid = svc.open_assessment(person.id, row.id, venue.scheme.id)
                _score_fully(svc, aid, venue.scheme, random.Random(i), row, sign=True)
                feedback.record(edb, aid, ["ya"] * 10, signed_name=person.name)
            packages.append(write_results(edb, lap.device, venue.stick))
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, packages).as_dict()
        assert report["rejected"] == [] and report["conflicts"] == 0
        candidates = cs.decision_candidates(edb)
        assert len(candidates) == 4
        cs.record_decisions(edb, {c.participant_id: Verdict.K for c in candidates}, TODAY,
                            "SK/01/2026", "Komite Teknis")
        appellant = candidates[0]
        appeals.open_appeal(edb, appellant.participant_id, ["ya", "ya", "tidak"], REASON, TODAY,
                            team=["Dr. Tim Independen"])
        with edb.atomic():  # the BNSP codes an LSP loads (as the demo has them)
            for key, value in DEMO_SETTINGS.items():
                edb.set_setting(key, value)
        nb.save_config(edb, CONFIG)
        assert cs.close_blockers(edb) == []
        cs.close_session(edb, TODAY)
        holders = {c.participant_id for c in repo.list_certificates(edb)}
        assert holders == {c.participant_id for c in candidates} - {appellant.participant_id}
        assert cs.held_by_appeal(edb) == [appellant.number]
        files = run_to_end(export_documents(edb, ["ak03", "ak04"], tmp_path / "out"))
        assert len([f for f in files if f.parent.name == "fr-ak-03"]) == 4
        assert len([f for f in files if f.parent.name == "fr-ak-04"]) == 1
    assert check_event_file(venue.coordinator.event_path).ok  # type: ignore[arg-type]


def test_each_refusal_of_an_appeal_says_why_and_writes_nothing(decided: EventDB) -> None:
    pid, _assessor = _first(decided)
    before = len(repo.table_rows(decided, "appeal"))
    refusals = [
        ("appeal_reason_length", lambda: appeals.open_appeal(decided, pid, ["ya"] * 3, "pendek", TODAY)),
        ("appeal_received_before_result",
         lambda: appeals.open_appeal(decided, pid, ["ya"] * 3, REASON, TODAY - timedelta(days=30))),
        ("appeal_team_duplicate", lambda: appeals.open_appeal(decided, pid, ["ya"] * 3, REASON, TODAY,
                                                              team=["Dr. Tim", "dr.  tim"])),
        ("appeal_window_invalid", lambda: appeals.set_window_days(decided, 0)),
        ("appeal_missing", lambda: appeals.get(decided, "tidak-ada")),
        ("participant_number_unknown", lambda: appeals.participant_by_number(decided, 999)),
    ]
    for code, call in refusals:
        with pytest.raises(DomainError) as refused:
            call()
        assert refused.value.code == code
        assert not message(code, **refused.value.context).startswith("Terjadi kesalahan")
    assert len(repo.table_rows(decided, "appeal")) == before
    case = appeals.open_appeal(decided, pid, ["ya"] * 3, REASON, TODAY, team=["Dr. Tim Independen"])
    with pytest.raises(DomainError, match="appeal_outcome_invalid"):
        appeals.decide(decided, case, "mungkin", "SK/B/1", TODAY)
    with pytest.raises(DomainError, match="appeal_decided_before_received"):
        appeals.decide(decided, case, "diterima", "SK/B/1", TODAY - timedelta(days=1))
    assert appeals.get(decided, case).status == "open"
