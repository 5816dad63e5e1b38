"""A certification day on two assessor laptops and the coordinator's (issue 26): every form of the
record set is filled through the real packages (hand-out, results, merge), the event is closed,
``check`` passes, every ``export`` kind has content, and purge then erases the personal fields
of the new forms: no byte of them is left in the event file, its -wal or its backups."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from humas_desktop.domain.models import Verdict
from humas_desktop.domain.progress import run_to_end
from humas_desktop.formats.scheme_json import scheme_from_dict, scheme_to_dict
from humas_desktop.services import apl, appeals, feedback, handout, review
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.services.assessor_laptop import open_handout, write_results
from humas_desktop.services.backups import backup_file
from humas_desktop.services.check import check_event_file
from humas_desktop.services.demo import DEMO_SETTINGS, _fill_review, load_demo_scheme
from humas_desktop.services.exports import KINDS, ExportOptions, export_documents
from humas_desktop.services.merge import merge_packages
from humas_desktop.services.purge import purge_personal_data
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from tests.services.conftest import CONFIG
from tests.services.laptops import setup_venue

pytestmark = pytest.mark.slow


STATEMENTS = [f"Pernyataan skema uji nomor {i}" for i in range(1, 10)]


def _holding(root: Path, secrets: list[str]) -> list[str]:
    """Files under ``root`` holding any of ``secrets`` as bytes (UTF-8)."""
    return sorted({p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()
                   for s in secrets if s.encode() in p.read_bytes()})


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry (#21)
def test_a_venue_day_fills_every_form_merges_closes_checks_exports_and_purges(
        tmp_path: Path) -> None:
    # The scheme file carries its own FR.AK.03 statements (nine, versioned): the assessor
    # laptops get them with the hand-out and the participants answer them.
    base, sha = load_demo_scheme()
    doc = scheme_to_dict(base)
    doc["wording"] = {"version": "SKEMA-UJI AK.03 rev 4", "ak03": {"statements": STATEMENTS}}
    venue = setup_venue(tmp_path, participants=4, assessors=2,
                        scheme_and_sha=(scheme_from_dict(doc), sha))
    coord = venue.coordinator
    secrets: list[str] = []

    def secret(text: str) -> str:
        secrets.append(text)
        return text

    # Coordinator: FR.APL.01 as received, then the hand-out carries it to the assessors.
    with coord.open() as edb:
        with edb.atomic():  # the LSP's BNSP codes and the event's papers, as the demo's
            for key, value in DEMO_SETTINGS.items():
                edb.set_setting(key, value)
        for person in repo.list_participants(edb):
            n = person.number
            apl.save_apl01(edb, apl.Apl01(
                person.id, "sertifikasi", home_phone=secret(f"0812-7000-{n:04d}"),
                office_phone=secret(f"022-8111-{n:04d}"), office_postal_code="40115",
                office_fax=secret(f"022-8222-{n:04d}"),
                office_email=secret(f"rahasia.kantor{n}@instansi.contoh.id"),
                notes=secret(f"Catatan admin rahasia nomor {n}"), recommendation="diterima",
                applied_on=date.today() - timedelta(days=10), admin_name="Admin LSP",
                admin_signed_on=date.today() - timedelta(days=9)))
        venue.handouts = {r.assessor_id: r.path
                          for r in handout.handout_all(edb, coord.device, venue.stick)}

    # Each assessor: APL.02 review, AK.01 with the declaration, scoring, AK.02 sign-off, AK.03.
    packages = []
    for lap, row in zip(venue.assessors, venue.assessor_rows, strict=True):
        lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                      coordinator_fingerprint=coord.device.fingerprint)
        with lap.open(actor=row.id) as edb:
            svc = ScoringService(edb, lap.device)
            for person in repo.list_participants(edb):
                n = person.number
                aid = svc.open_assessment(person.id, row.id, venue.scheme.id)
                svc.review_apl02(aid, [apl.Apl02Unit(u.id, "K", secret(f"Bukti pribadi {n}-{u.code}"),
                                                     "lanjut") for u in venue.scheme.units])
                terms = apl.Ak01Terms(("portofolio", "wawancara", "lainnya"), "sewaktu",
                                      "TUK Uji", date.today(), "09:00",
                                      other_method=f"Simulasi jumpa pers {n}")
                svc.give_consent(aid, terms=terms)
                assert svc.has_declaration(aid) and apl.get_ak01(edb, aid) is not None
                for q in venue.scheme.questions:
                    svc.set_verdict(aid, q.id, Verdict.K)
                for unit in venue.scheme.units:
                    svc.set_unit_recommendation(aid, unit.id, Verdict.K)
                svc.set_overall(aid, Verdict.K)
                svc.sign_off(aid, row.name, row.met_number)
                assert list(feedback.wording(edb, aid).ak03_statements) == STATEMENTS
                answers = [True] * len(STATEMENTS)
                answers[0] = False
                feedback.record(edb, aid, answers, [secret(f"Komentar asesi rahasia {n}")],
                                other_comments=secret(f"Komentar lain rahasia {n}"),
                                signed_name=person.name)
            packages.append(write_results(edb, lap.device, venue.stick))

    # Coordinator: merge, the plenary's decisions, an appeal opened and decided, close.
    assert coord.event_path is not None
    with coord.open() as edb:
        report = merge_packages(edb, packages).as_dict()
        assert report["rejected"] == [] and report["conflicts"] == 0
        people = repo.list_participants(edb)
        filled = feedback.all_feedback(edb)
        assert len(filled) == len(people)
        assert {f.wording_version for _, f in filled} == {"SKEMA-UJI AK.03 rev 4"}
        assert all([i.statement for i in f.items] == STATEMENTS for _, f in filled)
        assert sorted(f.terms.other_method for _, f in apl.all_ak01(edb)) == sorted(
            f"Simulasi jumpa pers {p.number}" for p in people)  # AK.01 "Lainnya" came back
        assert len(repo.table_rows(edb, "impartiality")) == len(people)
        assert len(repo.table_rows(edb, "apl02")) == len(people) * len(venue.scheme.units)
        plenary = date.today()
        confirmed = {c.participant_id: c.recommendation for c in cs.decision_candidates(edb)
                     if c.recommendation is not None}
        assert len(confirmed) == len(people)
        cs.record_decisions(edb, confirmed, plenary, "SK/UJI/2026", "Komite Teknis")
        appellant = people[0]
        case = appeals.open_appeal(edb, appellant.id, [True, True, False],
                                   secret("Alasan banding rahasia: asesor terlalu cepat"),
                                   plenary, team=["Dr. Tim Banding Satu", "Ir. Tim Banding Dua"])
        assert appellant.id in appeals.held_back(edb)
        appeals.decide(edb, case, "ditolak", "SK/BANDING/01", plenary,
                       secret("Catatan keputusan banding rahasia"))
        assert appeals.held_back(edb) == set()
        nb.save_config(edb, CONFIG)
        assert [b.code for b in cs.close_blockers(edb)] == []
        cs.close_session(edb, plenary)
        # FR.AK.06 and FR.VA after the event (a closed event takes them).
        _fill_review(edb, venue.scheme, venue.assessor_rows)
        assert review.get_review(edb, venue.scheme.id) is not None
        assert review.all_validations(edb)
    assert check_event_file(coord.event_path).ok

    # Every export kind has content.
    with coord.open() as edb:
        for kind in KINDS:
            out = tmp_path / "ekspor" / kind
            opts = ExportOptions(draft=True) if kind == "certificates" else None
            files = run_to_end(export_documents(edb, [kind], out, opts))
            assert files and all(f.stat().st_size > 0 for f in files), kind

    # Purge: the new forms' personal fields leave no byte behind.
    backup_file(coord.event_path, "manual", coord.base)
    assert _holding(coord.base, secrets)  # the secrets are there before
    purge_personal_data(coord.event_path, coord.base)  # a closed event may be purged
    assert _holding(coord.base, secrets) == []
    assert check_event_file(coord.event_path).ok  # the purged file still checks
