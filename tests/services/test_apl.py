"""FR.APL.01, FR.APL.02 and FR.AK.01 as the form is (issue 26): the gates a user relies on.

Nothing is scored before the FR.AK.01 form (methods, TUK, date and time, both signatures) and the
assessor's declaration exist; a unit the assessor's FR.APL.02 review stops is not scored (a
message names it); APL.01 travels to the assessor's laptop, APL.02 and AK.01 come back in the
results and merge; check passes; purge erases the new personal fields. Fails on a014e1b (no such
records, consent alone opened scoring)."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError, ScoringError
from humas_desktop.domain.models import Verdict
from humas_desktop.messages import message
from humas_desktop.resources import resource_path
from humas_desktop.services import apl
from humas_desktop.services.assessor_laptop import open_handout, write_results
from humas_desktop.services.check import check_event_file
from humas_desktop.services.demo import _score_fully
from humas_desktop.services.integrity import verify_for_use
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.services.laptops import setup_venue

SHIPPED = json.loads(resource_path("forms", "records-id.json").read_text(encoding="utf-8"))


def _first(edb):  # type: ignore[no-untyped-def]
    scheme = repo.load_schemes(edb)[0]
    person = repo.list_participants(edb)[0]
    assessor = repo.list_assessors(edb)[0]
    return scheme, person, assessor


def test_consent_alone_does_not_open_scoring_the_ak01_form_does(tmp_path: Path) -> None:
    """A consent stamp without the FR.AK.01 form (as a file from before it holds) refuses every
    scoring action with one message; the consent button's give_consent records the form."""
    path = make_demo(tmp_path / "data", participants=3)
    with open_event(path, device_id="t", actor="asesor") as edb:
        scheme, person, assessor = _first(edb)
        svc = ScoringService(edb)
        aid = svc.open_assessment(person.id, assessor.id, scheme.id)
        repo.audited_update(edb, "assessment", aid, {"consent_at": "2026-12-07T08:00:00+07:00"})
        svc.declare_impartiality(aid)
        q = scheme.questions[0]
        for action in (lambda: svc.set_verdict(aid, q.id, Verdict.K),
                       lambda: svc.add_evidence(aid, scheme.units[0].id, "Surat tugas"),
                       lambda: svc.set_unit_recommendation(aid, scheme.units[0].id, Verdict.K),
                       lambda: svc.sign_off(aid, assessor.name, assessor.met_number)):
            with pytest.raises(ScoringError) as refused:
                action()
            assert refused.value.code == "ak01_required"
        assert "FR.AK.01" in message("ak01_required")
        assert repo.table_rows(edb, "answer", "WHERE assessment_id = ?", [aid]) == []
        assert not svc.has_ak01(aid)
        svc.give_consent(aid)  # the button: the form now, the consent kept as it was
        assert repo.table_rows(edb, "assessment", "WHERE id = ?", [aid])[0]["consent_at"] \
            == "2026-12-07T08:00:00+07:00"
        svc.set_verdict(aid, q.id, Verdict.K)
        verify_for_use(edb)


def test_the_ak01_form_records_what_was_agreed_and_who_signed(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=3)
    with open_event(path, device_id="t", actor="asesor") as edb:
        scheme, person, assessor = _first(edb)
        svc = ScoringService(edb)
        aid = svc.draft_assessment(person.id, assessor.id, scheme.id)  # nothing written yet
        terms = apl.Ak01Terms(("portofolio", "wawancara", "lainnya"), "tempat_kerja",
                              "Kantor Humas Polda", date(2026, 12, 8), "09:30",
                              "Simulasi jumpa pers")
        svc.give_consent(aid, terms=terms)
        form = apl.get_ak01(edb, aid)
        assert form is not None
        assert form.terms == terms
        assert (form.asesi_name, form.assessor_name, form.assessor_met) == \
            (person.name, assessor.name, assessor.met_number)
        assert form.asesi_signed_at and form.assessor_signed_at
        assert form.opening == SHIPPED["ak01"]["opening"]
        assert form.asesi_statements == tuple(SHIPPED["ak01"]["asesi_statements"])
        assert form.wording_version == SHIPPED["version"]
        svc.give_consent(aid, terms=apl.Ak01Terms(("observasi",)))  # again: the form stays
        assert apl.get_ak01(edb, aid).terms == terms  # type: ignore[union-attr]
        assert len(repo.table_rows(edb, "ak01")) == 1


@pytest.mark.parametrize(("methods", "tuk", "code"), [((), "sewaktu", "ak01_methods_missing"),
                                                      (("sulap",), "sewaktu", "ak01_method_invalid"),
                                                      (("portofolio",), "kantin", "ak01_tuk_invalid")])
def test_a_bad_ak01_form_is_refused_and_nothing_is_written(tmp_path: Path, methods: tuple[str, ...],
                                                          tuk: str, code: str) -> None:
    path = make_demo(tmp_path / "data", participants=3)
    with open_event(path, device_id="t", actor="asesor") as edb:
        scheme, person, assessor = _first(edb)
        svc = ScoringService(edb)
        aid = svc.draft_assessment(person.id, assessor.id, scheme.id)
        with pytest.raises(DomainError) as refused:
            svc.give_consent(aid, terms=apl.Ak01Terms(methods, tuk))
        assert refused.value.code == code and message(code, value=tuk)
        assert repo.table_rows(edb, "assessment", "WHERE participant_id = ?", [person.id]) == []
        assert repo.table_rows(edb, "ak01") == []


def test_a_unit_the_apl02_review_stops_is_not_scored(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=3)
    with open_event(path, device_id="t", actor="asesor") as edb:
        scheme, person, assessor = _first(edb)
        svc = ScoringService(edb)
        aid = svc.draft_assessment(person.id, assessor.id, scheme.id)
        stopped, going = scheme.units[0], scheme.units[1:]
        svc.review_apl02(aid, [apl.Apl02Unit(stopped.id, "BK", "", "tidak_lanjut"),
                               *[apl.Apl02Unit(u.id, "K", "Portofolio", "lanjut") for u in going]])
        review = apl.get_apl02(edb, aid)
        assert review[stopped.id].recommendation == "tidak_lanjut"
        assert (review[stopped.id].reviewed_name, review[stopped.id].reviewed_met) == \
            (assessor.name, assessor.met_number)
        svc.give_consent(aid)
        in_stopped = next(q for q in scheme.questions if q.unit_code == stopped.code)
        for action in (lambda: svc.set_verdict(aid, in_stopped.id, Verdict.K),
                       lambda: svc.set_summary(aid, in_stopped.id, "jawaban"),
                       lambda: svc.add_evidence(aid, stopped.id, "Surat tugas"),
                       lambda: svc.set_unit_recommendation(aid, stopped.id, Verdict.K)):
            with pytest.raises(ScoringError) as refused:
                action()
            assert refused.value.code == "apl02_unit_stopped"
            assert stopped.code in message(refused.value.code, **refused.value.context)
        # The other units are scored as usual; the stopped one can only be BK (not assessed).
        for q in scheme.questions:
            if q.unit_code != stopped.code:
                svc.set_verdict(aid, q.id, Verdict.K)
        svc.set_unit_recommendation(aid, stopped.id, Verdict.BK)
        for u in going:
            svc.set_unit_recommendation(aid, u.id, Verdict.K)
            svc.add_evidence(aid, u.id, "Laporan kegiatan")
        assert svc.suggested_overall(aid) is Verdict.BK
        svc.set_overall(aid, Verdict.BK)
        svc.sign_off(aid, assessor.name, assessor.met_number)  # no evidence needed for it
        assert svc.assessment(aid).is_signed
        with pytest.raises(ScoringError, match="signed_read_only"):
            svc.review_apl02(aid, [apl.Apl02Unit(stopped.id, "K", "", "lanjut")])
        verify_for_use(edb)


@pytest.mark.parametrize(("record", "code"), [
    (dict(purpose="magang"), "apl01_purpose_invalid"),
    (dict(purpose="lainnya"), "apl01_purpose_other_missing"),
    (dict(recommendation="diterima"), "apl01_admin_missing"),
    (dict(recommendation="mungkin", admin_name="Admin"), "apl01_recommendation_invalid"),
    (dict(documents=(apl.Document("persyaratan_dasar", "KTP", "hilang"),)), "apl01_document_invalid"),
    (dict(office_email="x" * 501), "apl_text_too_long"),
])
def test_a_bad_apl01_is_refused_with_one_message_and_nothing_is_written(
        tmp_path: Path, record: dict[str, object], code: str) -> None:
    path = make_demo(tmp_path / "data", participants=2)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        person = repo.list_participants(edb)[0]
        with pytest.raises(DomainError) as refused:
            apl.save_apl01(edb, apl.Apl01(person.id, **record))  # type: ignore[arg-type]
        assert refused.value.code == code
        assert not message(code, **refused.value.context).startswith("Terjadi kesalahan")
        assert repo.table_rows(edb, "apl01") == []


def test_apl01_is_recorded_and_corrected_with_its_audit(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=2)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        person = repo.list_participants(edb)[1]
        docs = (apl.Document("persyaratan_dasar", "Ijazah Terakhir", "memenuhi"),
                apl.Document("administratif", "KTP", "tidak_ada", "menyusul"))
        apl.save_apl01(edb, apl.Apl01(person.id, "sertifikasi_ulang", office_fax="022-1",
                                      documents=docs))
        apl.save_apl01(edb, apl.Apl01(person.id, "sertifikasi_ulang", office_fax="022-1",
                                      documents=docs, recommendation="diterima",
                                      admin_name="Sari (Admin LSP)"))
        held = apl.get_apl01(edb, person.id)
        assert held is not None and held.documents == docs and held.recommendation == "diterima"
        assert held.admin_signed_on == date.today()
        assert len(repo.table_rows(edb, "apl01")) == 1
        verify_for_use(edb)


def test_apl01_travels_out_and_apl02_ak01_come_back_and_merge(tmp_path: Path) -> None:
    """Coordinator records APL.01, hands out; each assessor reviews APL.02, agrees AK.01, scores,
    sends results; the coordinator holds every APL.02 and AK.01 row; check passes; a second merge
    changes nothing."""
    venue = setup_venue(tmp_path, participants=4)
    with venue.coordinator.open() as edb:
        for person in repo.list_participants(edb):
            apl.save_apl01(edb, apl.Apl01(person.id, "rpl", home_phone=f"022-{person.number}",
                                          recommendation="diterima", admin_name="Admin LSP"))
        from humas_desktop.services import handout
        venue.handouts = {r.assessor_id: r.path
                          for r in handout.handout_all(edb, venue.coordinator.device, venue.stick)}
    packages = []
    sent: dict[str, int] = {}
    for lap, row in zip(venue.assessors, venue.assessor_rows, strict=True):
        lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                      coordinator_fingerprint=venue.coordinator.device.fingerprint)
        with lap.open(actor=row.id) as edb:
            people = repo.list_participants(edb)
            assert {p.id for p in people} == {a.participant_id for a in apl.all_apl01(edb)}
            assert all(a.purpose == "rpl" for a in apl.all_apl01(edb))
            # The coordinator's record: an assessor's copy shows it and refuses to change it.
            assert not apl.apl01_editable(edb)
            with pytest.raises(DomainError) as refused:
                apl.save_apl01(edb, apl.Apl01(people[0].id, "pkt"))
            assert refused.value.code == "assessor_copy_refused"
            assert apl.get_apl01(edb, people[0].id).purpose == "rpl"  # type: ignore[union-attr]
            svc = ScoringService(edb, lap.device)
            for i, person in enumerate(people):
                aid = svc.open_assessment(person.id, row.id, venue.scheme.id)
                svc.review_apl02(aid, [apl.Apl02Unit(u.id, "K", "Portofolio", "lanjut")
                                       for u in venue.scheme.units])
                _score_fully(svc, aid, venue.scheme, random.Random(i), row, sign=True)
                sent[aid] = len(venue.scheme.units)
            packages.append(write_results(edb, lap.device, venue.stick))
    with venue.coordinator.open() as edb:
        report = merge_packages(edb, packages).as_dict()
        assert report["rejected"] == [] and report["conflicts"] == 0
        held = {r["assessment_id"]: 0 for r in repo.table_rows(edb, "apl02")}
        for r in repo.table_rows(edb, "apl02"):
            held[r["assessment_id"]] += 1
        assert held == sent
        assert sorted(r["assessment_id"] for r in repo.table_rows(edb, "ak01")) == sorted(sent)
        again = merge_packages(edb, packages).as_dict()
        assert again["added"] == again["updated"] == 0
    assert check_event_file(venue.coordinator.event_path).ok  # type: ignore[arg-type]


@pytest.mark.parametrize(("entry", "code"), [
    (dict(self_assessment="mungkin"), "apl02_self_invalid"),
    (dict(recommendation="nanti"), "apl02_recommendation_invalid"),
    (dict(unit_id="bukan-unit"), "apl02_unit_unknown"),
])
def test_a_bad_apl02_review_is_refused_and_nothing_is_written(tmp_path: Path, entry: dict[str, str],
                                                             code: str) -> None:
    path = make_demo(tmp_path / "data", participants=2)
    with open_event(path, device_id="t", actor="asesor") as edb:
        scheme, person, assessor = _first(edb)
        svc = ScoringService(edb)
        aid = svc.draft_assessment(person.id, assessor.id, scheme.id)
        good = scheme.units[0]
        values = {"unit_id": good.id, "self_assessment": "K", "evidence": "",
                  "recommendation": "lanjut", **entry}
        with pytest.raises(DomainError) as refused:
            svc.review_apl02(aid, [apl.Apl02Unit(good.id, "K", "", "lanjut"),
                                   apl.Apl02Unit(**values)])  # type: ignore[arg-type]
        assert refused.value.code == code
        assert not message(code, **refused.value.context).startswith("Terjadi kesalahan")
        assert repo.table_rows(edb, "apl02") == []  # the good unit neither: one transaction
        assert repo.table_rows(edb, "assessment", "WHERE participant_id = ?", [person.id]) == []
