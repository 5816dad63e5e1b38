"""Corruption corpus: every damaged file ends in a message and a restore offer, never a crash."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from humas_desktop.messages import MESSAGES, message
from humas_desktop.services import backups as svc
from humas_desktop.services import startup_check as sc
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo


def _bit_flips(seed: int) -> Callable[[bytearray], None]:
    def damage(raw: bytearray) -> None:
        rng = random.Random(seed)
        for _ in range(40):
            pos = rng.randrange(100, len(raw))
            raw[pos] ^= 1 << rng.randrange(8)
    return damage


def _truncate(raw: bytearray) -> None:
    del raw[len(raw) // 2:]


def _zero_page(page: int) -> Callable[[bytearray], None]:
    def damage(raw: bytearray) -> None:
        size = int.from_bytes(raw[16:18], "big")
        raw[page * size:(page + 1) * size] = b"\x00" * size
    return damage


def _app_id(raw: bytearray) -> None:
    raw[68:72] = (0x12345678).to_bytes(4, "big")


def _newer_schema(raw: bytearray) -> None:
    raw[60:64] = (999).to_bytes(4, "big")


def _garbage_header(raw: bytearray) -> None:
    raw[0:16] = b"not sqlite at al"


def _empty(raw: bytearray) -> None:
    del raw[:]


CORPUS: dict[str, Callable[[bytearray], None]] = {
    **{f"bitflips-{s}": _bit_flips(s) for s in range(6)},
    "truncated": _truncate,
    "zeroed-page-1": _zero_page(1),
    "zeroed-page-5": _zero_page(5),
    "zeroed-page-last": _zero_page(-1),
    "wrong-application-id": _app_id,
    "newer-schema": _newer_schema,
    "garbage-header": _garbage_header,
    "empty": _empty,
}


@pytest.fixture
def event_with_backup(data_dir: Path) -> Path:
    path = make_demo(data_dir, participants=40, decided=True)
    with open_event(path, device_id="d") as edb:
        svc.backup_now(edb, "auto")
    return path


def _damage(path: Path, fn: Callable[[bytearray], None]) -> None:
    raw = bytearray(path.read_bytes())
    if fn is CORPUS["zeroed-page-last"]:
        size = int.from_bytes(raw[16:18], "big")
        last = len(raw) // size - 1
        raw[last * size:] = b"\x00" * (len(raw) - last * size)
    else:
        fn(raw)
    path.write_bytes(bytes(raw))


def test_healthy_file_passes(event_with_backup: Path) -> None:
    result = sc.check_event(event_with_backup)
    assert result.ok and result.backup is None


@pytest.mark.parametrize("case", sorted(CORPUS))
def test_corpus_ends_in_message_and_restore_offer(event_with_backup: Path, case: str) -> None:
    path = event_with_backup
    _damage(path, CORPUS[case])
    original_bytes = path.read_bytes()
    result = sc.check_event(path)
    if case.startswith("bitflips") and result.ok:
        # A flip may land in free space; then the content must still read back completely.
        with open_event(path, read_only=True) as edb:
            assert edb.conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 40
        return
    assert not result.ok
    assert result.code in MESSAGES, result.code
    assert message(result.code, **(result.context or {}), path=path.name)
    assert result.backup is not None and result.backup.ok
    assert path.read_bytes() == original_bytes  # the check itself never writes
    aside = sc.recover(result)
    assert aside is not None and aside.read_bytes() == original_bytes  # kept, never deleted
    if result.damaged:
        assert aside.name.endswith(".corrupt")
    again = sc.check_event(path)
    assert again.ok
    with open_event(path, device_id="d") as edb:
        assert edb.conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 40


def test_audit_chain_tamper_is_caught(event_with_backup: Path) -> None:
    conn = sqlite3.connect(event_with_backup)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET new = 'K' WHERE seq = (SELECT min(seq) + 3 FROM audit)")
    conn.commit()
    conn.close()
    result = sc.check_event(event_with_backup)
    assert result.code == "audit_chain_broken" and result.backup is not None


def test_no_backup_still_gives_a_message(data_dir: Path) -> None:
    path = make_demo(data_dir, participants=3)
    _damage(path, _truncate)
    result = sc.check_event(path)
    assert not result.ok and result.backup is None and result.code in MESSAGES
    with pytest.raises(sc.store.BackupError):
        sc.recover(result)
    aside = sc.quarantine(path)
    assert aside.exists() and not path.exists()


def test_crash_during_startup_is_not_repeated(data_dir: Path) -> None:
    event = data_dir / "events" / "x.humas"
    assert sc.begin_startup(data_dir, event) is None
    # the process dies here: no startup_finished()
    assert sc.begin_startup(data_dir, event) == event
    sc.startup_finished(data_dir)
    assert sc.begin_startup(data_dir, event) is None
