"""One series of certificate numbers per LSP (issue 21, "one path for each job"): a close that is
given no registry numbers from the LSP's registry on this laptop (the default embedded SQLite,
as the GUI's close does), never from a counter inside the event file. Two events closed on the
same laptop never hand out the same number."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Verdict
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.services import registry as reg
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.services.conftest import CONFIG


def _close_one(base: Path, folder: str, duplicate_reason: str = "") -> tuple[list[str], list[str], str]:
    """A decided demo event of this laptop, closed as the GUI closes without a registry set:
    (certificate numbers, registration numbers, event id). Every demo event holds the same six
    people: the second close confirms, with a reason, that they are certified again."""
    path = make_demo(base / folder, participants=6, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        nb.save_config(edb, CONFIG)  # each event carries the LSP's numbering settings
        cs.close_session(edb, date.today(), duplicate_reason=duplicate_reason)  # plenary: today
        certs = [c for c in repo.list_certificates(edb) if not c.voided]
        k = sum(1 for d in repo.list_decisions(edb) if d.result is Verdict.K)
        assert len(certs) == k > 0
        return ([c.number for c in certs], [c.registration_number for c in certs],
                repo.load_event(edb).id)
    finally:
        edb.close()


def test_two_events_closed_without_a_registry_never_share_a_number(lsp_registry: str,
                                                                     tmp_path: Path) -> None:
    first, first_reg, first_id = _close_one(tmp_path, "acara-1")
    second, second_reg, second_id = _close_one(tmp_path, "acara-2", "diuji lagi")
    assert not set(first) & set(second), "the same certificate number twice for one LSP"
    assert not set(first_reg) & set(second_reg), "the same registration number twice"
    # The one series is the LSP's registry: it lists every number, for its own event.
    store = reg.open_registry(lsp_registry)
    try:
        assert sorted(r.number for r in store.event_certificates(first_id)) == sorted(first)
        assert sorted(r.number for r in store.event_certificates(second_id)) == sorted(second)
    finally:
        store.close()


def test_the_second_event_continues_the_series(lsp_registry: str, tmp_path: Path) -> None:
    first, _, _ = _close_one(tmp_path, "acara-1")
    second, _, _ = _close_one(tmp_path, "acara-2", "diuji lagi")
    year = date.today().year
    urut = sorted(int(n.split()[-2]) for n in first + second)  # "{kbli} {kbji} {jenjang} {urut} {tahun}"
    assert urut == list(range(81, 81 + len(first) + len(second)))  # the registry's start: 81
    assert all(n.endswith(str(year)) for n in first + second)


def test_without_any_registry_close_refuses_and_changes_nothing(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A laptop with no registry and an event that names no verification address: no numbers
    from the event file; one clear refusal, the event still open and without certificates."""
    monkeypatch.delenv("HUMAS_REGISTRY", raising=False)
    path = make_demo(tmp_path / "data", participants=6, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        nb.save_config(edb, CONFIG)
        with pytest.raises(DomainError) as refused:
            cs.close_session(edb, date.today())
        assert refused.value.code == "registry_verify_url_missing"
        assert not cs.is_closed(edb)
        assert repo.list_certificates(edb) == []
    finally:
        edb.close()


def test_a_voided_certificate_is_numbered_anew_from_the_registry(lsp_registry: str,
                                                                  tmp_path: Path) -> None:
    """Void a printed certificate (wrong name), reopen with a reason, close again: the holder gets
    a new number from the LSP's series, the voided number stays voided, in the event file and
    in the registry, and is never on two certificates."""
    path = make_demo(tmp_path / "data", participants=6, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    store = reg.open_registry(lsp_registry)
    try:
        cs.close_session(edb, date.today(), registry=store)
        first = repo.list_certificates(edb)[0]
        nb.void_certificate(edb, first.id, "salah cetak nama")
        cs.reopen_session(edb, "cetak ulang sertifikat yang salah nama")
        new_ids = cs.close_session(edb, date.today(), registry=store)
        certs = {c.id: c for c in repo.list_certificates(edb)}
        event_id = repo.load_event(edb).id
        in_registry = {r.number: r for r in store.event_certificates(event_id)}
    finally:
        store.close()
        edb.close()
    assert len(new_ids) == 1
    renewed = certs[new_ids[0]]
    assert renewed.participant_id == first.participant_id and not renewed.voided
    assert renewed.number != first.number and renewed.registration_number != first.registration_number
    assert certs[first.id].voided and certs[first.id].void_reason == "salah cetak nama"
    numbers = [c.number for c in certs.values()]
    assert len(numbers) == len(set(numbers))
    assert in_registry[first.number].status == "voided"
    assert in_registry[renewed.number].status == "active"
    assert in_registry[renewed.number].participant_id == first.participant_id
