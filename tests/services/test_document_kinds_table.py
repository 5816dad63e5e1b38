"""The table of kinds (services/document_kinds.py) is the one list: every kind it declares is
exported by the writer it names, each on its own, and a kind it does not declare is refused
before anything is written (issue 21: one module per kind, one registration line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.services.document_kinds import AFTER_CLOSE, CLI_CHOICES, EXTRA_KINDS, KINDS, TABLE
from humas_desktop.services.exports import ExportError, export_documents
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run


def test_the_table_declares_each_kind_once_and_the_choices_follow_it() -> None:
    names = [k.name for k in TABLE]
    assert len(names) == len(set(names))
    assert set(CLI_CHOICES) == {*names, "all"}
    assert not set(EXTRA_KINDS) & set(KINDS)
    assert set(AFTER_CLOSE) <= set(KINDS)


@pytest.fixture(scope="module")
def decided(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("kinds") / "data", participants=3, decided=True)


@pytest.mark.parametrize("kind", [k.name for k in TABLE])
def test_each_declared_kind_exports_on_its_own(decided: Path, tmp_path: Path, kind: str) -> None:
    edb = open_event(decided, device_id="t", actor="coordinator")
    try:
        if kind in AFTER_CLOSE:  # the plenary's papers, named before close: one clear refusal
            with pytest.raises(DomainError) as raised:
                _run(export_documents(edb, [kind], tmp_path / "out"))
            assert raised.value.code == "event_not_closed"
            return
        files = _run(export_documents(edb, [kind], tmp_path / "out"))
    finally:
        edb.close()
    assert all(f.is_file() and f.stat().st_size > 0 for f in files)
    if kind not in ("ak03", "ak04"):  # the demo holds no feedback or appeal yet
        assert files, kind


def test_an_undeclared_kind_is_refused_before_anything_is_written(decided: Path, tmp_path: Path) -> None:
    edb = open_event(decided, device_id="t", actor="coordinator")
    try:
        with pytest.raises(ExportError) as raised:
            _run(export_documents(edb, ["roster", "apl99"], tmp_path / "out"))
    finally:
        edb.close()
    assert raised.value.code == "export_unknown_kind"
    assert not (tmp_path / "out").exists()
