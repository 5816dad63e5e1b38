"""Closing rules the mutation run (tools/mutate.py) found unheld on 4154483's tests: the session
must not close with attendance unknown, a decision without plenary date or SK number, an open
merge conflict, or into an already closed session; absent participants are not waited for;
numbering falls back to the default patterns and needs both LSP codes."""

from __future__ import annotations

from datetime import date

import pytest

from humas_desktop.domain.models import Attendance
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import audit
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB
from tests.services.conftest import CONFIG


def _codes(edb: EventDB) -> dict[str, cs.Blocker]:
    return {b.code: b for b in cs.close_blockers(edb)}


def _person(edb: EventDB, offset: int = 0) -> tuple[str, int]:
    pid, number = edb.conn.execute("SELECT id, number FROM participant ORDER BY number LIMIT 1 OFFSET ?",
                                   (offset,)).fetchone()
    return pid, number


def test_attendance_unknown_blocks_closing(decided: EventDB) -> None:
    nb.save_config(decided, CONFIG)
    assert _codes(decided) == {}
    pid, number = _person(decided)
    ScoringService(decided).set_attendance(pid, None)
    blockers = _codes(decided)
    assert blockers["attendance_unknown"].numbers == (number,)
    with pytest.raises(cs.CloseError) as refused:
        cs.close_session(decided, date.today())
    assert refused.value.code == "close_blocked"
    assert not cs.is_closed(decided)


def test_present_unsigned_blocks_but_absent_is_not_waited_for(decided: EventDB) -> None:
    nb.save_config(decided, CONFIG)
    svc = ScoringService(decided)
    (pid, number), (absent_pid, absent_number) = _person(decided, 0), _person(decided, 1)
    for who in (pid, absent_pid):
        aid = decided.conn.execute("SELECT id FROM assessment WHERE participant_id = ?", (who,)).fetchone()[0]
        svc.reopen(aid, "koreksi")
    svc.set_attendance(absent_pid, Attendance.TIDAK_HADIR)
    blockers = _codes(decided)
    assert blockers["assessment_not_signed"].numbers == (number,)
    assert absent_number not in blockers["assessment_not_signed"].numbers


@pytest.mark.parametrize(("column", "blank"), [("sk_number", " "), ("plenary_date", None)])
def test_decision_without_sk_number_or_plenary_date_blocks(decided: EventDB, column: str,
                                                           blank: str | None) -> None:
    nb.save_config(decided, CONFIG)
    pid, number = _person(decided)
    decided.conn.execute(f"UPDATE decision SET {column} = ? WHERE participant_id = ?", (blank, pid))
    assert _codes(decided)["decision_incomplete"].numbers == (number,)


def test_open_merge_conflict_blocks_closing(decided: EventDB) -> None:
    nb.save_config(decided, CONFIG)
    pid, _ = _person(decided)
    decided.conn.execute(
        "INSERT INTO merge_conflict (id, kind, entity, entity_id, participant_id, package_id, "
        "incoming_json, incoming_hash, detected_at) VALUES ('c1', 'concurrent', 'participant', ?, ?, "
        "'pkg', '{}', 'h', '2026-11-23T10:00:00')", (pid, pid))
    assert _codes(decided)["merge_conflicts_open"].count == 1
    decided.conn.execute("UPDATE merge_conflict SET status = 'resolved'")
    assert "merge_conflicts_open" not in _codes(decided)


def test_results_of_an_absent_participant_are_not_waited_for(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from humas_desktop.services import completeness
    from humas_desktop.storage.db import open_event
    from tests.conftest import make_demo

    edb = open_event(make_demo(tmp_path / "data", participants=8), device_id="t", actor="coordinator")
    try:
        waiting = completeness.missing_expected(edb)
        assert waiting
        target = waiting[0]
        assert target.participant_number in _codes(edb)["results_missing"].numbers
        ScoringService(edb).set_attendance(target.participant_id, Attendance.TIDAK_HADIR)
        missing = _codes(edb).get("results_missing")
        assert missing is None or target.participant_number not in missing.numbers
    finally:
        edb.close()


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_a_closed_session_cannot_be_closed_or_decided_again(decided: EventDB) -> None:
    nb.save_config(decided, CONFIG)
    cs.close_session(decided, date.today(), reason="pleno selesai")
    closes = [e for e in audit.entries(decided.conn) if e.entity == "event" and e.field == "status"]
    assert closes[-1].reason == "pleno selesai"
    for again in (lambda: cs.close_session(decided, date.today()),
                  lambda: cs.record_decisions(decided, {}, date.today(), "SK/2", "Komite")):
        with pytest.raises(cs.CloseError) as refused:
            again()
        assert refused.value.code == "event_closed"
    cs.reopen_session(decided, "koreksi")
    cs.close_session(decided, date.today())
    closes = [e for e in audit.entries(decided.conn) if e.entity == "event" and e.field == "status"]
    assert closes[-1].reason == "sesi ditutup"  # the default reason when none is given


def test_candidates_before_any_decision_have_an_empty_sk_number(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from humas_desktop.storage.db import open_event
    from tests.conftest import make_demo

    edb = open_event(make_demo(tmp_path / "data", participants=4), device_id="t", actor="coordinator")
    try:
        assert all(c.sk_number == "" for c in cs.decision_candidates(edb))
    finally:
        edb.close()


def test_numbering_needs_both_codes_and_defaults_its_patterns(decided: EventDB) -> None:
    decided.set_setting(nb.BIDANG_KEY, "HMS")
    assert nb.load_config(decided) is None  # the licence code is still missing
    decided.set_setting(nb.LISENSI_KEY, "001")
    config = nb.load_config(decided)
    assert config is not None
    assert config.certificate_pattern == nb.DEFAULT_CERT_PATTERN
    assert config.registration_pattern == nb.DEFAULT_REG_PATTERN
    assert (config.certificate_start, config.registration_start) == (1, 1)


def test_unbalanced_brace_is_a_malformed_pattern() -> None:
    with pytest.raises(nb.NumberingError) as malformed:
        nb.check_pattern("{urut")
    assert malformed.value.code == "pattern_malformed"


def test_certificates_are_valid_three_years_and_29_february_ends_28_february() -> None:
    assert nb.add_years(date(2026, 11, 23), nb.VALID_YEARS) == date(2029, 11, 23)
    assert nb.VALID_YEARS == 3
    assert nb.add_years(date(2028, 2, 29), 3) == date(2031, 2, 28)


def test_numbering_config_round_trips_and_refuses_bad_patterns(decided: EventDB) -> None:
    custom = nb.NumberingConfig("{bidang}-{urut:04d}-{tahun}", "R {lisensi} {urut:03d}", "HMS", "007",
                                certificate_start=12, registration_start=5)
    nb.save_config(decided, custom)
    assert nb.load_config(decided) == custom
    for bad in (nb.NumberingConfig("{kbli}", nb.DEFAULT_REG_PATTERN, "HMS", "001"),
                nb.NumberingConfig(nb.DEFAULT_CERT_PATTERN, "{nik} {urut}", "HMS", "001")):
        with pytest.raises(nb.NumberingError):
            nb.save_config(decided, bad)
    assert nb.load_config(decided) == custom  # a refused config changes nothing


def test_a_decision_for_a_scheme_the_file_does_not_hold_is_numbered_by_nobody(decided: EventDB) -> None:
    """A K decision naming a scheme that is not in the file (edited behind the app's back) is
    refused with its code before any number is taken or any certificate written."""
    from humas_desktop.services import registry as reg

    nb.save_config(decided, CONFIG)
    decided.conn.execute("PRAGMA foreign_keys = OFF")
    decided.conn.execute("UPDATE decision SET scheme_id = 'no-such-scheme' WHERE result = 'K'")
    with pytest.raises(nb.NumberingError) as refused:
        reg.assign_numbers(decided, None, date.today())
    assert refused.value.code == "certificate_subject_missing"
    assert repo.list_certificates(decided) == []
