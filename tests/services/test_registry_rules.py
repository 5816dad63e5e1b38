"""Each refusal of the registry's use cases, by its code (the rule book lists them all)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.services import close_session as cs
from humas_desktop.services import registry as svc
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.services.test_registry_close import CONFIG

TODAY = date(2026, 12, 1)


def _code(exc: pytest.ExceptionInfo[DomainError]) -> str:
    return exc.value.code


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = svc.init_registry(str(tmp_path / "registry.sqlite"), "LSP Uji", "BNSP-LSP-1926-ID",
                          field_code="HMS", verify_url="https://lsp.example/verifikasi/")
    yield s
    s.close()


def test_set_up_refusals(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as e:
        svc.init_registry(str(tmp_path / "a.sqlite"), "  ", "BNSP-LSP-1-ID")
    assert _code(e) == "registry_profile_missing"
    with pytest.raises(DomainError) as e:
        svc.init_registry(str(tmp_path / "b.sqlite"), "LSP", "BNSP-LSP-1-ID",
                          verify_url="ftp://lsp.example/")
    assert _code(e) == "registry_verify_url_invalid"
    assert not (tmp_path / "a.sqlite").exists() and not (tmp_path / "b.sqlite").exists()


def test_office_refusals(store: svc.RegistryStore, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as e:
        svc.due(store, 121, TODAY)
    assert _code(e) == "due_months_invalid"
    with pytest.raises(DomainError) as e:
        svc.revoke(store, "70203 2432 0 0000001 2026", "salah", "LSP")
    assert _code(e) == "registry_certificate_unknown"
    with pytest.raises(DomainError) as e:
        svc.write_report(store, date(2026, 12, 31), date(2026, 1, 1), tmp_path / "out")
    assert _code(e) == "report_period_invalid"
    path = make_demo(tmp_path / "data", participants=3, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        with pytest.raises(DomainError) as e:
            svc.publish(edb, store)
        assert _code(e) == "publish_needs_closed_event"
        with pytest.raises(DomainError) as e:
            svc.assign_numbers(edb, None, TODAY)  # neither a registry nor a reserved block
        assert _code(e) == "registry_needed"
        cs.close_session(edb, date.today(), registry=store)  # the demo's plenary
    number = store.all_certificates()[0].number
    with pytest.raises(DomainError) as e:
        svc.revoke(store, number, "  ", "LSP")
    assert _code(e) == "revoke_needs_reason"
    svc.revoke(store, number, "data palsu", "LSP")
    with pytest.raises(DomainError) as e:
        svc.revoke(store, number, "lagi", "LSP")
    assert _code(e) == "registry_certificate_not_active"
    with pytest.raises(DomainError) as e:
        svc.set_blanko(store, number, "   ")
    assert _code(e) == "registry_blanko_invalid"


def test_reservation_refusals(store: svc.RegistryStore, tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=4, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        with pytest.raises(DomainError) as e:
            svc.reserve(edb, store, 0, 2026)
        assert _code(e) == "reservation_count_invalid"
        svc.reserve(edb, store, 1, date.today().year)
        with pytest.raises(DomainError) as e:
            svc.reserve(edb, store, 5, 2026)
        assert _code(e) == "reservation_exists"
        with pytest.raises(DomainError) as e:
            cs.close_session(edb, date.today())  # more K decisions than the one reserved number
        assert _code(e) == "reservation_too_small"
        assert not cs.is_closed(edb)


def test_an_event_of_one_lsp_is_refused_by_another(store: svc.RegistryStore, tmp_path: Path) -> None:
    other = svc.init_registry(str(tmp_path / "lain.sqlite"), "LSP Lain", "BNSP-LSP-7-ID",
                              field_code="TIK", verify_url="https://lsp.example/verifikasi/")
    try:
        path = make_demo(tmp_path / "data", participants=2, decided=True)
        with open_event(path, device_id="t", actor="coordinator") as edb:
            svc.reserve(edb, store, 5, date.today().year)
            with pytest.raises(DomainError) as e:
                cs.close_session(edb, date.today(), registry=other)
            assert _code(e) == "registry_wrong_lsp"
            assert not cs.is_closed(edb)
    finally:
        other.close()
    assert CONFIG  # the same codes the CLI tests use
