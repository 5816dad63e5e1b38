"""A damaged or tampered event never makes documents, packages or merges (and is not changed)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from humas_desktop.cli import main as cli
from humas_desktop.domain.errors import DomainError
from humas_desktop.services import handout
from humas_desktop.services.assessor_laptop import write_results
from humas_desktop.services.check import check_event_file
from humas_desktop.services.merge import import_results
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.services.laptops import score_and_send, setup_venue
from tests.services.test_check_fuzz import _variants


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _drain(gen: object) -> object:
    while True:
        try:
            next(gen)  # type: ignore[call-overload]
        except StopIteration as stop:
            return stop.value


def _tamper(path: Path, sql: str, table: str) -> None:
    """What a hand edit in an SQLite tool does: around the app's triggers, no audit entry."""
    conn = sqlite3.connect(path)
    try:
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND tbl_name = ?", (table,)).fetchall()
        for name, _sql in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        assert conn.execute(sql).rowcount > 0
        for _name, trigger in triggers:
            conn.execute(trigger)
        conn.commit()
    finally:
        conn.close()


def test_export_refuses_every_file_check_flags(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    src = make_demo(tmp_path / "data", participants=4, decided=True).read_bytes()
    target = tmp_path / "variant.humas"
    flagged = refused = 0
    wrote: list[str] = []
    for i, kind in enumerate(_variants(src, target, 60)):
        if check_event_file(target).ok:
            continue
        flagged += 1
        before = _sha(target)
        out = tmp_path / f"out{i}"
        code = cli(["export", str(target), "roster", "--out", str(out)])
        capsys.readouterr()
        files = sorted(p.name for p in out.rglob("*") if p.is_file()) if out.exists() else []
        if files:
            wrote.append(f"{i} {kind}: {files}")
        refused += code == 1 and not files
        assert _sha(target) == before, (i, kind)  # never written to, never "repaired"
        for extra in ("-wal", "-shm"):
            target.with_name(target.name + extra).unlink(missing_ok=True)
    assert flagged > 30
    assert not wrote, wrote[:5]
    assert refused == flagged


def test_tampered_files_make_no_package_no_results_and_take_no_merge(tmp_path: Path) -> None:
    venue = setup_venue(tmp_path / "venue", participants=4, assessors=2)
    results = score_and_send(venue, 0)
    coord, lap = venue.coordinator, venue.assessors[0]
    assert coord.event_path is not None and lap.event_path is not None

    # The assessor's copy, a verdict changed behind the app's back: no results package.
    _tamper(lap.event_path, "UPDATE answer SET verdict = 'BK' WHERE verdict = 'K'", "answer")
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    with lap.open(actor=venue.assessor_rows[0].id) as edb:
        with pytest.raises(DomainError) as refused:
            write_results(edb, lap.device, outbox)
        assert refused.value.code == "event_tampered"
    assert list(outbox.iterdir()) == []

    # The coordinator's file after a good merge, then a verdict changed behind the app's back.
    with coord.open() as edb:
        report = _drain(import_results(edb, [results]))
        assert not report.rejected  # type: ignore[attr-defined]
    assert check_event_file(coord.event_path).ok
    _tamper(coord.event_path, "UPDATE answer SET verdict = 'BK' WHERE verdict = 'K'", "answer")
    before = _sha(coord.event_path)
    with coord.open() as edb:
        with pytest.raises(DomainError) as refused:
            _drain(handout.write_handouts(edb, coord.device, outbox, [venue.assessor_rows[1].id]))
        assert refused.value.code == "event_tampered"
        counts = edb.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        with pytest.raises(DomainError) as refused:
            _drain(import_results(edb, [results]))
        assert refused.value.code == "event_tampered"
        assert edb.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == counts
    assert list(outbox.iterdir()) == []
    assert _sha(coord.event_path) == before


def test_a_good_file_still_exports(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=3, decided=True)
    with open_event(path) as edb:
        from humas_desktop.services.exports import export_documents

        files = _drain(export_documents(edb, ["roster"], tmp_path / "out"))
    assert files and all(Path(f).is_file() for f in files)  # type: ignore[union-attr]


def test_sqlite_level_damage_is_refused_as_damaged(tmp_path: Path) -> None:
    """A file that opens but fails integrity_check (a flipped bit in an index): event_damaged."""
    from humas_desktop.services.exports import export_documents

    src = make_demo(tmp_path / "data", participants=4, decided=True).read_bytes()
    target = tmp_path / "variant.humas"
    for _kind in _variants(src, target, 200):
        problems = check_event_file(target).problems
        if problems and problems[0]["code"] == "integrity":
            break
    else:
        pytest.fail("no variant with SQLite-level damage")
    before = _sha(target)
    with open_event(target, read_only=True) as edb, pytest.raises(DomainError) as refused:
        _drain(export_documents(edb, ["roster"], tmp_path / "out"))
    assert refused.value.code == "event_damaged"
    assert not (tmp_path / "out").exists()
    assert _sha(target) == before
