"""Rows inserted in a batch are logged as whole-row entries whose personal values are sealed with
the file's key (issue #25 made the batch seal column by column): each entry is the row as the table
holds it (sync columns left out), every personal value an HMAC of its text and never in clear."""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from datetime import date
from pathlib import Path

from humas_desktop.domain import dictionary
from humas_desktop.domain.models import Gender
from humas_desktop.services.demo import demo_participants
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo

SYNC = {"created_at", "updated_at", "revision", "device_id", "written_by"}


def _sealed(key: bytes, value: object) -> str | None:
    if value is None:
        return None
    text = ("1" if value else "0") if isinstance(value, bool) else str(value)
    return "h:" + hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:40]


def test_a_batch_logs_every_row_with_its_personal_values_sealed(data_dir: Path) -> None:
    path = make_demo(data_dir, participants=1)
    with open_event(path, device_id="test-device", actor="coordinator") as edb:
        scheme_id = edb.conn.execute("SELECT id FROM scheme LIMIT 1").fetchone()[0]
        people = demo_participants(40, scheme_id, seed=3)
        people[0].name, people[1].name = "Siti Ñurhaliza ✓", "Siti Ñurhaliza ✓"  # a repeat
        people[2].birth_date = None  # NULL stays NULL
        people[3].birth_date, people[3].gender = date(1990, 2, 28), next(iter(Gender))
        people[4].email = ""
        for n, p in enumerate(people):
            p.number = 0
            p.phone = f"0812{n:08d}"
        repo.insert_participants(edb, people)
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    key = bytes.fromhex(conn.execute("SELECT value FROM settings WHERE key = 'audit.personal_key'")
                        .fetchone()[0])
    personal = dictionary.personal_columns("participant")
    assert {"name", "nik", "phone", "address"} <= personal
    checked = 0
    for p in people:
        row = dict(conn.execute("SELECT * FROM participant WHERE id = ?", (p.id,)).fetchone())
        entry = conn.execute("SELECT new FROM audit WHERE entity = 'participant' AND entity_id = ? "
                             "AND field = '*'", (p.id,)).fetchone()[0]
        values = {k: (_sealed(key, v) if k in personal else v)
                  for k, v in row.items() if k not in SYNC}
        assert entry == json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)
        for column in personal:
            if row[column] not in (None, ""):
                assert str(row[column]) not in entry
        checked += 1
    assert checked == 40
