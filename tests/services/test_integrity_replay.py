"""What the replay of the audit log finds in the tables (services/integrity.compare_with_tables),
beyond scores: attendance (the one participant column the log carries), rows added or removed
behind the app's back, and rows the app itself removed with a reason (they replay clean).

Written for mutants of services/integrity.py that survived: the partial comparison of the
participant table and the audited-deletion branch of the replay."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from humas_desktop.services import integrity, roster_edit
from humas_desktop.services.check import check_event_file
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo


@pytest.fixture
def event(data_dir: Path) -> Path:
    return make_demo(data_dir, participants=6, decided=True)


def _findings(path: Path) -> list[dict[str, object]]:
    """What the replay finds; the log replayed whole in sequence order (``integrity.replay``, the
    cells the randomised edit test draws from) finds exactly the same as the replay beside each
    table that ``check`` runs."""
    with open_event(path, read_only=True) as edb:
        found = [{"code": f.code, **f.context} for f in integrity.compare_with_tables(edb)]
        whole = [{"code": f.code, **f.context}
                 for f in integrity.compare_with_tables(edb, integrity.replay(edb))]
    assert whole == found
    return found


def _sql(path: Path, statement: str, *args: object) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(statement, args)
    finally:
        conn.close()


def test_a_fresh_event_replays_clean_although_its_roster_rows_are_not_logged(event: Path) -> None:
    assert _findings(event) == []
    assert check_event_file(event).ok


def test_attendance_changed_behind_the_apps_back_is_found(event: Path) -> None:
    """The attendance list decides who is waited for at close: a changed cell is named."""
    with open_event(event, read_only=True) as edb:
        pid, attendance = edb.conn.execute(
            "SELECT id, attendance FROM participant WHERE attendance IS NOT NULL LIMIT 1").fetchone()
    _sql(event, "UPDATE participant SET attendance = ? WHERE id = ?",
         "tidak_hadir" if attendance == "hadir" else "hadir", pid)
    assert _findings(event) == [{"code": "state_mismatch", "table": "participant", "row": pid,
                                 "column": "attendance"}]
    assert not check_event_file(event).ok


def test_a_participant_or_an_answer_added_behind_the_apps_back_is_named(event: Path) -> None:
    """Every table the data dictionary declares audited is replayed (issue 21): on da7ae9f a
    participant row added with plain SQL was not flagged (the roster import was not logged);
    now it is, as a scored answer row the log never saw is."""
    with open_event(event, read_only=True) as edb:
        columns = [r[1] for r in edb.conn.execute("PRAGMA table_info(answer)")]
        row = dict(zip(columns, edb.conn.execute("SELECT * FROM answer LIMIT 1").fetchone(),
                       strict=True))
        number = edb.conn.execute("SELECT max(number) + 1 FROM participant").fetchone()[0]
    _sql(event, "INSERT INTO participant (id, number, name) VALUES ('tambahan', ?, 'Tambahan')",
         number)
    assert _findings(event) == [{"code": "row_not_in_log", "table": "participant", "row": "tambahan"}]
    _sql(event, "DELETE FROM participant WHERE id = 'tambahan'")
    row["id"] = "jawaban-tambahan"
    row["question_id"] = row["question_id"] + "-x"
    _sql(event, f"INSERT INTO answer ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
         *row.values())
    assert _findings(event) == [{"code": "row_not_in_log", "table": "answer",
                                 "row": "jawaban-tambahan"}]


def test_an_answer_deleted_behind_the_apps_back_is_found(event: Path) -> None:
    with open_event(event, read_only=True) as edb:
        answer = edb.conn.execute("SELECT id FROM answer LIMIT 1").fetchone()[0]
    _sql(event, "DELETE FROM answer WHERE id = ?", answer)
    assert {"code": "row_missing", "table": "answer", "row": answer} in _findings(event)


def test_a_participant_removed_through_the_app_replays_clean(data_dir: Path) -> None:
    """'Hapus peserta' with a reason removes their unsigned records, every row logged as
    deleted: the replay drops them, and check stays green."""
    from humas_desktop.services.scoring import ScoringService

    event = make_demo(data_dir, participants=6, decided=False)
    with open_event(event, device_id="d", actor="coordinator") as edb:
        aid, pid = edb.conn.execute(
            "SELECT a.id, a.participant_id FROM assessment a WHERE a.status = 'ditandatangani' "
            "AND EXISTS (SELECT 1 FROM answer x WHERE x.assessment_id = a.id) LIMIT 1").fetchone()
        ScoringService(edb).reopen(aid, "koreksi")
        answers = edb.conn.execute("SELECT count(*) FROM answer WHERE assessment_id = ?",
                                   (aid,)).fetchone()[0]
        assert answers > 0
        roster_edit.remove_participant(edb, pid, "terdaftar dua kali")
        assert edb.conn.execute("SELECT count(*) FROM answer WHERE assessment_id = ?",
                                (aid,)).fetchone()[0] == 0
    assert _findings(event) == []
    assert check_event_file(event).ok


def test_a_row_only_ever_inserted_is_compared_column_by_column(event: Path) -> None:
    """Portfolio evidence listed once and never edited: its name changed behind the app's back
    is named (the insert's logged values are the reference)."""
    with open_event(event, read_only=True) as edb:
        item = edb.conn.execute(
            "SELECT e.id FROM evidence_item e WHERE NOT EXISTS (SELECT 1 FROM audit a WHERE "
            "a.entity = 'evidence_item' AND a.entity_id = e.id AND a.field != '*') LIMIT 1").fetchone()
    if item is None:
        from humas_desktop.services.scoring import ScoringService

        with open_event(event, device_id="d", actor="coordinator") as edb:
            aid = edb.conn.execute("SELECT id FROM assessment WHERE status = 'ditandatangani' "
                                   "LIMIT 1").fetchone()[0]
            svc = ScoringService(edb)
            svc.reopen(aid, "koreksi")
            unit = edb.conn.execute("SELECT u.id FROM unit u JOIN assessment a ON a.scheme_id = "
                                    "u.scheme_id WHERE a.id = ? LIMIT 1", (aid,)).fetchone()[0]
            item = (svc.add_evidence(aid, unit, "SK pengangkatan"),)
    _sql(event, "UPDATE evidence_item SET name = 'Ijazah palsu' WHERE id = ?", item[0])
    assert {"code": "state_mismatch", "table": "evidence_item", "row": item[0],
            "column": "name"} in _findings(event)


@pytest.mark.parametrize(("damage", "problem"), [
    ("DELETE FROM event", "event_missing"),
    ("INSERT INTO assignment (id, participant_id, assessor_id, role) "
     "VALUES ('tanpa-induk', 'tidak-ada', 'tidak-ada', 'primary')", "foreign_keys"),
], ids=["no event row", "a row pointing nowhere"])
def test_a_file_damaged_below_the_log_makes_no_documents(event: Path, damage: str,
                                                        problem: str) -> None:
    """verify_for_use, before every export, package or merge: a file without its event row or
    with a row that points nowhere is 'damaged' with that problem named, before any replay."""
    from humas_desktop.domain.errors import DomainError

    _sql(event, damage)
    with open_event(event, read_only=True) as edb, pytest.raises(DomainError) as refused:
        integrity.verify_for_use(edb)
    assert (refused.value.code, refused.value.context["problem"]) == ("event_damaged", problem)


def test_check_counts_its_findings_by_kind() -> None:
    findings = [integrity.Finding("state_mismatch"), integrity.Finding("row_missing"),
                integrity.Finding("state_mismatch")]
    assert dict(integrity.summarize(findings)) == {"state_mismatch": 2, "row_missing": 1}


def test_log_entries_about_no_table_are_left_out_of_the_replay(event: Path) -> None:
    """The log also records what happened to packages (opened, written, merged): entities that
    are no table. Both replays pass over them: the file replays clean."""
    from humas_desktop.storage import audit
    from humas_desktop.storage.db import now_iso

    with open_event(event) as edb, edb.atomic():
        audit.append(edb.conn, at=now_iso(), actor=edb.actor, device_id=edb.device_id,
                     entity="package", entity_id="paket-1", field="results_written", old=None,
                     new="3", reason="Kirim hasil")
    assert _findings(event) == []
    assert check_event_file(event).ok
