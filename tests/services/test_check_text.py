"""``check`` reads text with SQLite's own UTF-8 decoding and falls back to lenient decoding (in
the same snapshot) only when a value is no valid UTF-8: a damaged file must be reported exactly as
the always-lenient check reported it, and a bad byte in the log is still a broken link."""

from __future__ import annotations

import contextlib
import json
import random
import sqlite3
from pathlib import Path

import pytest

from humas_desktop.services import check
from humas_desktop.services.check import check_event_file
from tests.conftest import make_demo
from tests.services.test_check_fuzz import _variants


def _hand_edit(path: Path, sql: str, table: str) -> None:
    conn = sqlite3.connect(path)
    try:
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND tbl_name = ?", (table,)).fetchall()
        for name, _ in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute(sql)
        for _, text in triggers:
            conn.execute(text)
        conn.commit()
    finally:
        conn.close()


def test_a_log_entry_that_is_no_utf8_is_a_broken_link(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=3, decided=True)
    _hand_edit(path, "UPDATE audit SET reason = CAST(x'ff41' AS TEXT) WHERE seq = 7", "audit")
    report = check_event_file(path)
    assert not report.ok
    assert report.problems[0] == {"code": "audit_chain_broken", "seq": 7}
    assert all(p["code"] != "damaged" for p in report.problems)


def test_a_name_that_is_no_utf8_differs_from_the_log(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=3, decided=True)
    _hand_edit(path, "UPDATE participant SET name = CAST(x'41ff' AS TEXT) "
               "WHERE rowid = (SELECT min(rowid) FROM participant)", "participant")
    report = check_event_file(path)
    assert {"code": "state_mismatch", "table": "participant", "column": "name"} in [
        {k: v for k, v in p.items() if k != "row"} for p in report.problems]
    assert all(p["code"] != "damaged" for p in report.problems)


@pytest.mark.slow
def test_damaged_files_are_reported_as_the_lenient_check_reported_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = make_demo(tmp_path / "data", participants=3, decided=True)
    src = base.read_bytes()
    target = tmp_path / "variant.humas"
    rng = random.Random(7)
    compared = 0
    def variants() -> object:
        for kind in _variants(src, target, 60):
            yield kind
            for extra in ("-wal", "-shm"):
                target.with_name(target.name + extra).unlink(missing_ok=True)

    for kind in variants():  # type: ignore[attr-defined]
        if kind == "truncated":
            continue  # nothing to read, either way
        if rng.random() < 0.5:  # text that is no UTF-8 where the app wrote text
            # (a flipped bit may have broken the file beyond a hand edit)
            with contextlib.suppress(sqlite3.Error, UnicodeError):
                _hand_edit(target, "UPDATE audit SET new = CAST(x'c328' AS TEXT) WHERE seq = "
                           f"{rng.randrange(1, 200)}", "audit")
        fast = check_event_file(target).as_dict()
        with monkeypatch.context() as m:
            m.setattr(check, "_FAST_TEXT", check._lenient_text)
            lenient = check_event_file(target).as_dict()
        assert json.dumps(fast, sort_keys=True) == json.dumps(lenient, sort_keys=True), kind
        compared += 1
    assert compared >= 50
