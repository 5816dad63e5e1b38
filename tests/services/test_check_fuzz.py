"""``check`` on damaged event files: exit 0 or 1 with one message, never a traceback.

At least 500 seeded variants of a decided demo event: bit flips anywhere in the file, truncation,
and garbage in the audit log and the sign-off table (BLOBs, numbers, broken JSON where text
belongs), as a broken disk, a bad copy or a hand edit leave them.
"""

from __future__ import annotations

import json
import random
import sqlite3
import traceback
from collections import Counter
from pathlib import Path

import pytest

from humas_desktop.cli import main as cli
from tests.conftest import make_demo

SEED = 20261201
AUDIT_COLUMNS = ("seq", "at", "actor", "device_id", "entity", "entity_id", "field", "old", "new",
                 "reason", "prev_hash", "hash")
OTHER_COLUMNS = {
    "signoff": ("statement", "signature", "public_key", "receipt_code", "audit_seq", "assessment_id"),
    "participant": ("attendance", "name", "nik", "id"),
    "assessment": ("status", "signature", "receipt_code", "overall_recommendation", "id"),
    "answer": ("verdict", "assessment_id"),
}


def _garbage(rng: random.Random) -> object:
    return rng.choice([
        rng.randbytes(rng.randrange(1, 64)),               # a BLOB where text belongs
        b"\xff\xfe\x00bad",
        rng.randrange(-10**12, 10**12),
        rng.random() * 1e6,
        None,
        "{",                                              # broken JSON
        "[1, 2]", '"text"', "null", "{\"id\": []}",
        "x" * rng.randrange(1, 100_000),
        "\x00\x01\u202e",
    ])


def _edit(src: bytes, target: Path, rng: random.Random, table: str, columns: tuple[str, ...]) -> str:
    target.write_bytes(src)
    conn = sqlite3.connect(target)
    try:
        # A hand edit goes around the append-only triggers, then puts them back.
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                "AND tbl_name = ?", (table,)).fetchall()
        for name, _sql in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("PRAGMA ignore_check_constraints = ON")
        ids = [r[0] for r in conn.execute(f"SELECT rowid FROM {table}")]
        column, changed = rng.choice(columns), 0
        while not changed:
            for rowid in rng.sample(ids, min(len(ids), rng.choice([1, 1, 2, 5]))):
                try:
                    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                                 (_garbage(rng), rowid))
                    changed += 1
                except sqlite3.IntegrityError:  # NOT NULL, UNIQUE, foreign key: another value
                    continue
        for _name, sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
    return f"{table}.{column}"


def _variants(src: bytes, target: Path, n: int) -> object:
    rng = random.Random(SEED)
    for i in range(n):
        pick = i % 10
        if pick < 4:
            data = bytearray(src)
            for _ in range(rng.choice([1, 2, 8, 64])):
                pos = rng.randrange(len(data))
                data[pos] ^= 1 << rng.randrange(8)
            target.write_bytes(bytes(data))
            yield "bitflip"
        elif pick == 4:
            target.write_bytes(src[: rng.randrange(0, len(src))])
            yield "truncated"
        elif pick < 9:
            yield _edit(src, target, rng, "audit", AUDIT_COLUMNS)
        else:
            table = rng.choice(list(OTHER_COLUMNS))
            yield _edit(src, target, rng, table, OTHER_COLUMNS[table])


@pytest.mark.slow
def test_check_never_ends_in_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = make_demo(tmp_path / "data", participants=4, decided=True)
    src = base.read_bytes()
    target = tmp_path / "variant.humas"
    crashes: list[str] = []
    exits: Counter[int] = Counter()
    kinds: Counter[str] = Counter()
    unexpected: list[str] = []
    several: list[str] = []  # a message must be one line
    total = 0
    for i, kind in enumerate(_variants(src, target, 520)):
        total += 1
        kinds[kind] += 1
        as_json = i % 2 == 0
        try:
            code = cli(["check", str(target), *(["--json"] if as_json else [])])
        except BaseException as exc:  # noqa: BLE001 - what the fuzz is looking for
            where = traceback.format_exc(limit=-3).replace("\n", " | ")[-600:]
            crashes.append(f"{i} {kind}: {type(exc).__name__} {where}")
            capsys.readouterr()
            continue
        out, err = capsys.readouterr()
        exits[code] += 1
        if code not in (0, 1) or "Traceback" in out + err:
            crashes.append(f"{i} {kind}: exit {code}")
        elif as_json:
            report = json.loads(out)
            if report["ok"] is not (code == 0):
                crashes.append(f"{i} {kind}: ok={report['ok']} but exit {code}")
            unexpected += [f"{i} {kind}: {p.get('detail')}" for p in report["problems"]
                           if str(p.get("detail", "")).startswith("unexpected")]
        elif len((out + err).strip().splitlines()) != 1:
            several.append(f"{i} {kind}: {(out + err).strip()[:200]}")
        for extra in ("-wal", "-shm"):
            target.with_name(target.name + extra).unlink(missing_ok=True)
    print(f"\n{total} variants {dict(kinds)}; exits {dict(exits)}; tracebacks {len(crashes)}; "
          f"multi-line messages {len(several)}; checker fallbacks {len(unexpected)}")
    assert total >= 500
    assert not crashes, "\n".join(crashes[:10])
    assert not several, "\n".join(several[:10])
    assert not unexpected, unexpected[:10]  # every damage is named, not caught by the fallback
    assert exits[1] > total // 2  # most variants are damaged and said so
