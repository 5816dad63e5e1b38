"""Close refuses what contradicts the event; numbering edge cases (issue #22).

Expected values are computed here from the event's data (its dates, sign-offs, decisions and
reserved block), not taken from the code under test.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Verdict
from humas_desktop.formats import cert_payload
from humas_desktop.formats.pdf.layout import tanggal
from humas_desktop.messages import message
from humas_desktop.services import close_session as cs
from humas_desktop.services import lsp_key
from humas_desktop.services import numbering as nb
from humas_desktop.services import registry as svc
from humas_desktop.services.demo import DEMO_SK_NUMBER
from humas_desktop.services.verify import verify_payload
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, open_event
from tests.conftest import make_demo
from tests.services.test_registry_close import CONFIG

T = date.today()  # the decided demo is signed and its plenary recorded today


@pytest.fixture
def store(tmp_path: Path) -> Iterator[svc.RegistryStore]:
    s = svc.init_registry(str(tmp_path / "registry.sqlite"), "LSP Uji", "BNSP-LSP-1926-ID",
                          field_code="HMS", verify_url="https://lsp.example/v/")
    yield s
    s.close()


def _code(call) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught:
        call()
    return caught.value.code


def _line(call) -> str:  # type: ignore[no-untyped-def]
    """The Indonesian line the coordinator reads."""
    with pytest.raises(DomainError) as caught:
        call()
    return message(caught.value.code, **caught.value.context)


# --- the plenary date -------------------------------------------------------------------------

def test_plenary_date_between_the_last_assessment_day_and_today(decided: EventDB) -> None:
    e = repo.load_event(decided)
    assert e.end_date == T  # the demo's second and last day
    later = T + timedelta(days=10)  # "today" ten days after the event
    assert cs.plenary_date_range(decided, later) == (T, later)
    assert _code(lambda: cs.check_plenary_date(decided, T - timedelta(days=1), later)) \
        == "plenary_date_out_of_range"
    line = _line(lambda: cs.check_plenary_date(decided, T - timedelta(days=1), later))
    assert f"antara {tanggal(T)}" in line and f"dan {tanggal(later)}" in line, line
    cs.check_plenary_date(decided, T, later)
    cs.check_plenary_date(decided, later, later)
    assert _code(lambda: cs.check_plenary_date(decided, later + timedelta(days=1), later)) \
        == "plenary_date_out_of_range"
    # A laptop whose clock is behind the sign-offs: no date can be chosen, and it says why.
    assert _code(lambda: cs.check_plenary_date(decided, T, T - timedelta(days=1))) \
        == "plenary_date_no_range"
    assert _code(lambda: cs.close_session(decided, date(2020, 1, 1))) == "plenary_date_out_of_range"
    assert _code(lambda: cs.record_decisions(decided, {}, date(2020, 1, 1), "SK/1", "Komite")) \
        == "plenary_date_out_of_range"
    assert repo.list_certificates(decided) == [] and not cs.is_closed(decided)


def test_a_sign_off_after_the_planned_last_day_moves_the_range(decided: EventDB) -> None:
    with decided.atomic():  # the event was planned to end two days before the last sign-off
        repo.audited_update(decided, "event", repo.load_event(decided).id,
                            {"start_date": (T - timedelta(days=3)).isoformat(),
                             "end_date": (T - timedelta(days=2)).isoformat()}, reason="uji")
    assert cs.plenary_date_range(decided, T) == (T, T)
    assert _code(lambda: cs.check_plenary_date(decided, T - timedelta(days=1), T)) \
        == "plenary_date_out_of_range"


def test_an_event_without_dates_refuses_only_the_future(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=4)  # the first four are not assessed yet
    with open_event(path, device_id="t", actor="coordinator") as edb:
        with edb.atomic():
            repo.audited_update(edb, "event", repo.load_event(edb).id,
                                {"start_date": None, "end_date": None}, reason="uji")
        assert cs.plenary_date_range(edb, T) == (None, T)
        cs.check_plenary_date(edb, date(2020, 1, 1), T)
        assert _code(lambda: cs.check_plenary_date(edb, T + timedelta(days=1), T)) \
            == "plenary_date_in_future"


# --- the SK number and plenary date recorded with the decisions ---------------------------------

@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_a_different_sk_number_is_refused_or_recorded_anew_with_a_reason(decided: EventDB) -> None:
    nb.save_config(decided, CONFIG)
    new_sk = "SK/002/LSP-HN/2026"
    assert _code(lambda: cs.close_session(decided, T, sk_number=new_sk)) == "decision_record_differs"
    line = _line(lambda: cs.close_session(decided, T, sk_number=new_sk))
    assert f"SK {DEMO_SK_NUMBER} tanggal {tanggal(T)}" in line, line
    assert f"bukan SK {new_sk} tanggal {tanggal(T)}" in line, line
    assert repo.list_certificates(decided) == [] and not cs.is_closed(decided)
    assert {d.sk_number for d in repo.list_decisions(decided)} == {DEMO_SK_NUMBER}
    assert cs.confirm_plenary(decided, T, DEMO_SK_NUMBER) == 0  # the same: nothing recorded
    cs.close_session(decided, T, sk_number=new_sk, record_reason="nomor SK dikoreksi")
    decisions = repo.list_decisions(decided)
    assert {d.sk_number for d in decisions} == {new_sk}
    logged = decided.conn.execute(
        "SELECT COUNT(*) FROM audit WHERE entity = 'decision' AND field = 'sk_number' AND "
        "reason = 'nomor SK dikoreksi'").fetchone()[0]
    assert logged == len(decisions)


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_a_different_plenary_date_is_refused_or_recorded_anew(decided: EventDB) -> None:
    nb.save_config(decided, CONFIG)
    later = T + timedelta(days=1)
    assert _code(lambda: cs.close_session(decided, later, today=later)) == "decision_record_differs"
    line = _line(lambda: cs.close_session(decided, later, today=later))
    assert f"SK {DEMO_SK_NUMBER} tanggal {tanggal(T)}" in line, line
    assert f"bukan SK {DEMO_SK_NUMBER} tanggal {tanggal(later)}" in line, line
    assert repo.list_certificates(decided) == []
    # Recorded anew with the reason: every decision, then nothing more to record.
    assert cs.confirm_plenary(decided, later, None, "pleno diundur sehari") \
        == len(repo.list_decisions(decided))
    assert cs.confirm_plenary(decided, later, None) == 0
    cs.close_session(decided, later, today=later)
    assert {d.plenary_date for d in repo.list_decisions(decided)} == {later}
    certs = repo.list_certificates(decided)
    assert certs and {c.issue_date for c in certs} == {later}
    assert all(c.number.endswith(f" {later.year}") for c in certs)


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_the_same_sk_and_date_close_without_a_reason(decided: EventDB) -> None:
    nb.save_config(decided, CONFIG)
    cs.close_session(decided, T, sk_number=DEMO_SK_NUMBER)
    assert cs.is_closed(decided)
    assert decided.conn.execute("SELECT COUNT(*) FROM audit WHERE entity = 'decision' AND "
                                "field IN ('sk_number', 'plenary_date')").fetchone()[0] == 0


# --- reserved blocks ----------------------------------------------------------------------------

def _urut(number: str) -> int:
    return int(number.split()[3])  # "{kbli} {kbji} {jenjang} {urut:07d} {tahun}"


def test_reclosing_after_a_reopen_continues_the_reserved_block(store: svc.RegistryStore,
                                                               tmp_path: Path) -> None:
    other = make_demo(tmp_path / "other", participants=1, decided=True)
    with open_event(other, device_id="t", actor="coordinator") as edb:
        svc.reserve(edb, store, 5, T.year)  # another event's block first: ours is not at 1
    path = make_demo(tmp_path / "data", participants=6, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        block = svc.reserve(edb, store, 20, T.year)
        assert block.certificate_first > 1
        held_back = [d for d in repo.list_decisions(edb) if d.result is Verdict.K][:2]
        assert len(held_back) == 2
        cs.record_decisions(edb, {d.participant_id: Verdict.BK for d in held_back}, T,
                            DEMO_SK_NUMBER, "Komite")
        first_ids = cs.close_session(edb, T)
        first = sorted(_urut(c.number) for c in repo.list_certificates(edb))
        assert first == list(range(block.certificate_first, block.certificate_first + len(first_ids)))
        cs.reopen_session(edb, "banding dua peserta dikabulkan")
        cs.record_decisions(edb, {d.participant_id: Verdict.K for d in held_back}, T,
                            DEMO_SK_NUMBER, "Komite")
        cs.close_session(edb, T)
        certs = repo.list_certificates(edb)
    by_person = {c.participant_id: _urut(c.number) for c in certs}
    assert len(certs) == len(first_ids) + 2
    new = sorted(by_person[d.participant_id] for d in held_back)
    assert new == [block.certificate_first + len(first_ids), block.certificate_first + len(first_ids) + 1]
    assert len(set(by_person.values())) == len(certs)  # never a number twice
    regs = [int(c.registration_number.split()[2]) for c in certs]
    assert sorted(regs) == list(range(block.registration_first, block.registration_first + len(certs)))


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_reclosing_on_a_later_day_leaves_the_certified_decisions_alone(decided: EventDB) -> None:
    """After a reopen, only the decisions this close numbers must carry its plenary date: the
    certificates already issued keep theirs (and so do their decisions)."""
    nb.save_config(decided, CONFIG)
    held_back = [d for d in repo.list_decisions(decided) if d.result is Verdict.K][:1]
    assert held_back
    cs.record_decisions(decided, {held_back[0].participant_id: Verdict.BK}, T, DEMO_SK_NUMBER,
                        "Komite")
    cs.close_session(decided, T)
    issued = {c.id: c.issue_date for c in repo.list_certificates(decided)}
    cs.reopen_session(decided, "banding dikabulkan")
    later = T + timedelta(days=7)
    cs.record_decisions(decided, {held_back[0].participant_id: Verdict.K}, later, DEMO_SK_NUMBER,
                        "Komite", today=later)
    cs.close_session(decided, later, today=later)  # no reason needed: nothing contradicts
    certs = repo.list_certificates(decided)
    assert {c.id: c.issue_date for c in certs if c.id in issued} == issued
    new = [c for c in certs if c.id not in issued]
    assert [c.participant_id for c in new] == [held_back[0].participant_id]
    assert new[0].issue_date == later
    dates = {d.participant_id: d.plenary_date for d in repo.list_decisions(decided)}
    assert dates[held_back[0].participant_id] == later
    assert {v for k, v in dates.items() if k != held_back[0].participant_id} == {T}


def test_a_block_reserved_for_another_year_is_refused(store: svc.RegistryStore, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=3, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        svc.reserve(edb, store, 10, T.year - 1)
        assert _code(lambda: cs.close_session(edb, T)) == "reservation_year_differs"
        assert repo.list_certificates(edb) == [] and not cs.is_closed(edb)


# --- expiry -------------------------------------------------------------------------------------

@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_a_certificate_is_valid_on_its_last_valid_day(decided: EventDB) -> None:
    nb.save_config(decided, CONFIG)
    cs.close_session(decided, T)
    cert = repo.list_certificates(decided)[0]
    years = decided.conn.execute("SELECT validity_years FROM scheme").fetchone()[0]
    last_day = date(T.year + years, T.month, 28 if (T.month, T.day) == (2, 29) else T.day)
    assert cert.valid_until == last_day
    key = Ed25519PrivateKey.generate()
    payload, _sig, _body = cert_payload.decode(cert.verification_code)
    text = cert_payload.encode(payload, lsp_key.make_signer(key)(payload.body()))
    on_last_day = verify_payload(text, key.public_key(), today=last_day)
    assert on_last_day.valid and not on_last_day.expired and on_last_day.code == "certificate_valid"
    after = verify_payload(text, key.public_key(), today=last_day + timedelta(days=1))
    assert not after.valid and after.expired and after.code == "certificate_expired"


def test_the_registry_lists_a_certificate_as_due_until_its_last_valid_day(
        store: svc.RegistryStore, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=3, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        cs.close_session(edb, T, registry=store)
        years = edb.conn.execute("SELECT validity_years FROM scheme").fetchone()[0]
    last_day = date(T.year + years, T.month, 28 if (T.month, T.day) == (2, 29) else T.day)
    issued = store.all_certificates()
    assert issued and {r.valid_until for r in issued} == {last_day.isoformat()}
    # Due within 0 months on its last valid day: still active, listed; the day after: gone.
    assert {r.number for r in svc.due(store, 0, last_day)} == {r.number for r in issued}
    assert svc.due(store, 0, last_day + timedelta(days=1)) == []
    # Due within a month, a month before the end: listed.
    month_before = date(last_day.year - (last_day.month == 1), (last_day.month - 2) % 12 + 1,
                        min(last_day.day, 28))
    assert len(svc.due(store, 1, month_before)) == len(issued)
