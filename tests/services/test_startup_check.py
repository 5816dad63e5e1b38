"""Corruption corpus: every damaged file ends in a message and a restore offer, never a crash."""

from __future__ import annotations

import contextlib
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


# --- issue #16: start-up from a sealed chain checkpoint -----------------------------------------

def _device(base: Path):  # type: ignore[no-untyped-def]
    from humas_desktop.storage.device import load_or_create_device

    return load_or_create_device(base)


def _seal(path: Path, device) -> None:  # type: ignore[no-untyped-def]
    with open_event(path, device_id="d") as edb:
        assert sc.background_check(edb, device).ok


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    return conn


def _rehash_from(conn: sqlite3.Connection, seq: int) -> None:
    """What a careful attacker does after editing entry ``seq``: recompute every hash after it,
    so the chain is self-consistent again."""
    import hashlib

    from humas_desktop.storage import audit

    prev = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq - 1,)).fetchone()[0]
    rows = conn.execute("SELECT seq, at, actor, device_id, entity, entity_id, field, old, new, "
                        "reason FROM audit WHERE seq >= ? ORDER BY seq", (seq,)).fetchall()
    for row in rows:
        digest = hashlib.sha256(audit.canonical(*row, prev)).hexdigest()
        conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row[0]))
        prev = digest
    conn.commit()


def test_sealed_checkpoint_start_up_checks_only_the_newer_entries(data_dir: Path) -> None:
    path = make_demo(data_dir, participants=6)
    device = _device(data_dir)
    _seal(path, device)
    conn = _raw(path)
    conn.execute("UPDATE audit SET reason = 'diubah' WHERE seq = 3")  # below the checkpoint
    conn.commit()
    conn.close()
    assert sc.check_event(path, data_dir, device).ok  # left to the check after the first paint
    with open_event(path, device_id="d") as edb:
        found = sc.background_check(edb, device, data_dir)
    assert (found.code, found.context) == ("audit_chain_broken", {"seq": 3})
    assert sc.check_event(path, data_dir).code == "audit_chain_broken"  # no seal: walked at once


def test_forged_or_foreign_checkpoint_is_ignored(data_dir: Path, tmp_path: Path) -> None:
    from humas_desktop.storage import checkpoint

    path = make_demo(data_dir, participants=6)
    mine, other = _device(data_dir), _device(tmp_path / "other-laptop")
    _seal(path, other)  # sealed by another laptop: means nothing here
    conn = _raw(path)
    conn.execute("UPDATE audit SET reason = 'diubah' WHERE seq = 3")
    # ...and a checkpoint under this laptop's key name, pointing at the head, forged by hand
    head_seq, head_hash = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC").fetchone()
    conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (  # over the real one
        checkpoint.KEY_PREFIX + mine.id,
        f'{{"seq":{head_seq},"hash":"{head_hash}","mac":"{"0" * 64}"}}'))
    conn.commit()
    conn.close()
    result = sc.check_event(path, data_dir, mine)
    assert (result.code, result.context) == ("audit_chain_broken", {"seq": 3})


def test_log_rewritten_below_checkpoint_is_caught_at_start_up(data_dir: Path) -> None:
    path = make_demo(data_dir, participants=6)
    device = _device(data_dir)
    with open_event(path, device_id="d") as edb:
        svc.backup_now(edb, "auto")
    _seal(path, device)
    with contextlib.closing(sqlite3.connect(path)) as peek:  # closed: no live -wal is left
        sealed_head = peek.execute("SELECT max(seq) FROM audit").fetchone()[0]
    conn = _raw(path)
    conn.execute("UPDATE audit SET reason = 'diubah' WHERE seq = 3")
    _rehash_from(conn, 3)
    conn.close()
    assert sc.check_event(path, data_dir).ok  # the chain alone is fooled by a rehash
    result = sc.check_event(path, data_dir, device)  # this laptop's seal is not
    assert (result.code, result.context) == ("audit_chain_broken", {"seq": sealed_head})
    assert result.backup is not None


def test_checkpoint_never_lets_a_tampered_file_make_documents(data_dir: Path) -> None:
    from humas_desktop.services.integrity import UnverifiedEventError, verify_for_use

    path = make_demo(data_dir, participants=6)
    device = _device(data_dir)
    _seal(path, device)
    conn = _raw(path)
    conn.execute("UPDATE audit SET reason = 'diubah' WHERE seq = 3")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with open_event(path, device_id="d", read_only=True) as edb, \
            pytest.raises(UnverifiedEventError) as refused:
        verify_for_use(edb)
    assert refused.value.code == "event_tampered"
    with open_event(path, device_id="d") as edb:
        assert not sc.background_check(edb, device).ok
        sealed = edb.setting("chain_checkpoint:" + device.id)
    assert path.read_bytes() == before  # a failed check seals nothing
    assert sealed is not None  # the old seal stays (it still marks what was verified)


def test_first_open_without_checkpoint_defers_the_walk_and_a_broken_file_stays_unwritten(
        data_dir: Path) -> None:
    from humas_desktop.domain.errors import DomainError
    from humas_desktop.domain.models import Attendance
    from humas_desktop.services.scoring import ScoringService
    from humas_desktop.services.session import EventSession

    path = make_demo(data_dir, participants=6)
    device = _device(data_dir)
    conn = _raw(path)
    conn.execute("DELETE FROM settings WHERE key LIKE 'chain_checkpoint:%'")  # from before seals
    conn.execute("UPDATE audit SET reason = 'diubah' WHERE seq = 3")
    conn.commit()
    before = conn.execute("SELECT count(*), max(seq) FROM audit").fetchone()
    conn.close()
    # Start-up does only the O(1) checks: the file opens, the walk comes after the first paint.
    first = sc.check_event(path, data_dir, device, defer_unsealed=True)
    assert first.ok and first.deferred
    assert sc.check_event(path, data_dir, device).code == "audit_chain_broken"  # not deferred
    with EventSession(path, device.id) as session:
        session.main  # noqa: B018 - opened, as the window does
        session.refuse_writes(sc.BEING_CHECKED)
        pid = session.main.conn.execute("SELECT id FROM participant LIMIT 1").fetchone()[0]
        with pytest.raises(DomainError) as refused:
            ScoringService(session.main).set_attendance(pid, Attendance.TIDAK_HADIR)
        assert refused.value.code == "event_being_checked"
        assert "sedang diperiksa" in message(refused.value.code)
        with session.worker() as job:
            found = sc.background_check(job, device, data_dir)
        assert (found.code, found.context) == ("audit_chain_broken", {"seq": 3})
        session.refuse_writes("event_failed_check")  # what the window does with that result
        assert not session.allow_writes(sc.BEING_CHECKED)  # a failed file is never unlocked
        with pytest.raises(DomainError):
            ScoringService(session.main).set_attendance(pid, Attendance.TIDAK_HADIR)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*), max(seq) FROM audit").fetchone() == before
    assert conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'chain_checkpoint:%'"
                        ).fetchone()[0] == 0  # nothing sealed either
    conn.close()


def test_a_sealed_file_is_not_deferred_and_an_event_made_here_is_sealed(
        data_dir: Path, tmp_path: Path) -> None:
    from humas_desktop.domain.models import Assessor, Event
    from humas_desktop.services.demo import load_demo_scheme
    from humas_desktop.services.events import create_event

    device, other = _device(data_dir), _device(tmp_path / "other-laptop")
    path = make_demo(data_dir, participants=4)  # made here: sealed at once
    assert sc.sealed_here(path, device) and not sc.sealed_here(path, other)
    check = sc.check_event(path, data_dir, device, defer_unsealed=True)
    assert check.ok and not check.deferred
    scheme, sha = load_demo_scheme()
    made = create_event(data_dir, Event(name="Acara Baru Di Sini", lsp_name="LSP"), [(scheme, sha)],
                        [Assessor("Asesor Satu", "MET.000.000001 2020")], device=device)
    assert sc.sealed_here(made, device)  # the empty log's genesis, sealed by this laptop
    assert sc.check_event(made, data_dir, device, defer_unsealed=True).deferred is False
    plain = create_event(data_dir, Event(name="Acara Tanpa Segel", lsp_name="LSP"), [(scheme, sha)],
                         [], device_id=device.id)
    assert not sc.sealed_here(plain, device)
    assert sc.check_event(plain, data_dir, device, defer_unsealed=True).deferred


# --- issue #16: the check of a file this laptop never sealed reports how far it has got --------

def _recording_tally(every: int):  # type: ignore[no-untyped-def]
    """A progress holder that also keeps every figure reported to it (the UI only polls)."""
    from humas_desktop.domain.progress import Tally

    class Recording(Tally):
        def __init__(self) -> None:
            super().__init__(every=every)
            self.seen: list[tuple[int, int]] = []

        def report(self, done: int, total: int) -> None:
            self.seen.append((done, total))
            super().report(done, total)

    return Recording()


def test_background_check_reports_rising_progress_from_0_to_100_percent(data_dir: Path) -> None:
    from humas_desktop.storage import audit

    path = make_demo(data_dir, participants=12, decided=True)
    device = _device(data_dir)
    tally = _recording_tally(every=50)
    with open_event(path, device_id="d") as edb:
        entries = audit.head(edb.conn)[0]
        assert entries > 500  # enough entries for several reports during the walk
        assert tally.fraction() is None  # nothing known before the check starts
        assert sc.background_check(edb, device, data_dir, progress=tally).ok
    seen = tally.seen
    totals = {total for _done, total in seen}
    assert len(totals) == 1 and totals.pop() > entries  # one scale: the walk and a share each side
    dones = [done for done, _total in seen]
    assert dones[0] == 0 and dones == sorted(dones)  # from 0, never backwards
    assert seen[-1][0] == seen[-1][1]  # done == total at the end: 100 %
    assert tally.fraction() == 1.0 and tally.percent() == 100
    # The walk reports as it goes: more than one figure strictly between the SQLite checks'
    # share (the first report after 0) and the end of the walk.
    first, end_of_walk = dones[1], dones[1] + entries
    during = [d for d in dones if first < d < end_of_walk]
    assert len(during) >= entries // 50 - 1
    assert 0.05 <= first / seen[-1][1] <= 0.15  # the SQLite checks: about the first tenth
    assert sc.sealed_here(path, device)  # and the check did what it did before


def test_progress_does_not_change_what_the_check_finds(data_dir: Path) -> None:
    from humas_desktop.services.integrity import UnverifiedEventError, verify_for_use

    path = make_demo(data_dir, participants=6)
    device = _device(data_dir)
    conn = _raw(path)
    conn.execute("DELETE FROM settings WHERE key LIKE 'chain_checkpoint:%'")
    conn.execute("UPDATE unit_result SET recommendation = 'BK' WHERE rowid = "
                 "(SELECT min(rowid) FROM unit_result WHERE recommendation = 'K')")
    conn.commit()
    conn.close()
    with open_event(path, device_id="d") as edb:
        plain = sc.background_check(edb, device, data_dir)
        tally = _recording_tally(every=10)
        reported = sc.background_check(edb, device, data_dir, progress=tally)
        with pytest.raises(UnverifiedEventError) as without:
            verify_for_use(edb)
        with pytest.raises(UnverifiedEventError) as with_progress:
            verify_for_use(edb, progress=_recording_tally(every=10))
    assert not plain.ok and (reported.code, reported.context) == (plain.code, plain.context)
    assert reported.code == "check_tampered"
    assert (with_progress.value.code, with_progress.value.context) == (
        without.value.code, without.value.context)
    assert tally.seen and tally.seen[-1][0] < tally.seen[-1][1]  # a failed check is not 100 %
    assert not sc.sealed_here(path, device)
    conn = _raw(path)
    conn.execute("UPDATE audit SET reason = 'diubah' WHERE seq = 3")
    conn.commit()
    conn.close()
    with open_event(path, device_id="d") as edb:
        broken = sc.background_check(edb, device, data_dir, progress=_recording_tally(every=10))
    assert (broken.code, broken.context) == ("audit_chain_broken", {"seq": 3})
