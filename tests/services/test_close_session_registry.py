"""What close waits for when the numbers come from the LSP registry or a reserved block
(services/close_session.close_blockers): the event's own numbering settings are then not
needed, but a registry that cannot number (no field or licence code) still blocks.

Written for mutants of close_session.py's registry lines that survived: every registry test
event also carried its own numbering settings, so none of these branches decided anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.services import close_session as cs
from humas_desktop.storage.db import open_event
from humas_desktop.storage.registry import RegistryStore
from tests.conftest import make_demo


def _registry(capsys: pytest.CaptureFixture[str], base: Path, name: str, *codes: str) -> str:
    location = str(base / name)
    code = main(["--data-dir", str(base), "registry", "init", "--registry", location,
                 "--lsp-name", "LSP Humas Global", "--licence", "BNSP-LSP-1926-ID",
                 "--verify-url", "https://lsp.example/verifikasi/", *codes])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    return location


def _blockers(event: Path, location: str | None = None) -> list[str]:
    store = RegistryStore.attach(location) if location else None
    try:
        with open_event(event, read_only=True) as edb:
            return [b.code for b in cs.close_blockers(edb, store)]
    finally:
        if store is not None:
            store.close()


def test_a_registry_numbers_an_event_without_its_own_numbering(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = make_demo(data_dir, participants=4, decided=True)  # no numbering settings of its own
    numbering = _registry(capsys, data_dir, "lsp.sqlite", "--field-code", "HMS",
                          "--licence-code", "1926")
    cannot = _registry(capsys, data_dir, "tanpa-kode.sqlite")
    assert _blockers(event) == ["numbering_not_configured"]
    assert _blockers(event, numbering) == []  # the registry's codes and series are enough
    assert _blockers(event, cannot) == ["numbering_not_configured"]  # no field/licence code


def test_a_reserved_block_numbers_the_event_at_a_venue_without_the_registry(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = make_demo(data_dir, participants=4, decided=True)
    numbering = _registry(capsys, data_dir, "lsp.sqlite", "--field-code", "HMS",
                          "--licence-code", "1926")
    cannot = _registry(capsys, data_dir, "tanpa-kode.sqlite")
    code = main(["--data-dir", str(data_dir), "registry", "reserve", str(event), "--count", "10",
                 "--year", "2026", "--registry", numbering])
    assert code == 0, capsys.readouterr().err
    assert _blockers(event) == []  # offline: the block in the event file numbers it
    assert _blockers(event, cannot) == []  # the block wins over any registry given
