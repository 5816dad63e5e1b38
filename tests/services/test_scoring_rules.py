"""Rules shared by scoring and sign-off (services/scoring_rules.py, services/signoff.py) that the
mutation run (tools/mutate.py) found unheld: a closed session refuses scoring itself, consent
and sign-off mark the participant present, and signing twice is refused on the one path."""

from __future__ import annotations

from datetime import date

import pytest

from humas_desktop.domain.errors import ScoringError
from humas_desktop.domain.models import Attendance, Verdict
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.services import signoff
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB
from tests.services.conftest import CONFIG


def _fresh(edb: EventDB) -> tuple[str, str]:
    """(assessment id, participant id) of a new FR.AK.02 for a participant and another assessor."""
    pid, scheme, assessor = edb.conn.execute(
        "SELECT p.id, p.scheme_id, s.id FROM participant p, assessor s WHERE NOT EXISTS "
        "(SELECT 1 FROM assessment a WHERE a.participant_id = p.id AND a.assessor_id = s.id) "
        "LIMIT 1").fetchone()
    return ScoringService(edb).open_assessment(pid, assessor, scheme), pid


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_closed_session_refuses_every_scoring_change(decided: EventDB) -> None:
    svc = ScoringService(decided)
    signed = decided.conn.execute("SELECT id FROM assessment WHERE status = 'ditandatangani'").fetchone()[0]
    nb.save_config(decided, CONFIG)
    cs.close_session(decided, date.today())
    question = decided.conn.execute(
        "SELECT q.id FROM question q JOIN unit u ON q.unit_id = u.id JOIN assessment a "
        "ON a.scheme_id = u.scheme_id WHERE a.id = ? LIMIT 1", (signed,)).fetchone()[0]
    for change in (lambda: svc.set_verdict(signed, question, Verdict.BK),
                   lambda: svc.set_text(signed, "comments", "x"),
                   lambda: svc.give_consent(signed),
                   lambda: signoff.sign_off(decided, None, signed, "Asesor", "MET.1")):
        with pytest.raises(ScoringError) as closed:
            change()
        assert closed.value.code == "event_closed"


def test_consent_marks_the_participant_present_unless_the_coordinator_said_otherwise(
        decided: EventDB) -> None:
    svc = ScoringService(decided)
    aid, pid = _fresh(decided)
    svc.set_attendance(pid, None)
    svc.give_consent(aid)
    assert repo.get_participant(decided, pid).attendance is Attendance.HADIR
    aid2, pid2 = _fresh(decided)
    svc.set_attendance(pid2, Attendance.TIDAK_HADIR)
    svc.give_consent(aid2)
    assert repo.get_participant(decided, pid2).attendance is Attendance.TIDAK_HADIR


def test_sign_off_marks_present_and_cannot_sign_twice(decided: EventDB) -> None:
    svc = ScoringService(decided)
    aid = decided.conn.execute("SELECT id FROM assessment WHERE status = 'ditandatangani'").fetchone()[0]
    pid = decided.conn.execute("SELECT participant_id FROM assessment WHERE id = ?", (aid,)).fetchone()[0]
    svc.reopen(aid, "koreksi")
    svc.set_attendance(pid, None)
    assert signoff.sign_off(decided, None, aid, "Asesor", "MET.1") is None  # no device: no receipt
    assert repo.get_participant(decided, pid).attendance is Attendance.HADIR
    with pytest.raises(ScoringError) as twice:
        signoff.sign_off(decided, None, aid, "Asesor", "MET.1")
    assert twice.value.code == "signed_read_only"


def _unassessed(edb: EventDB) -> tuple[str, str, str]:
    return edb.conn.execute(
        "SELECT p.id, s.id, p.scheme_id FROM participant p, assessor s WHERE NOT EXISTS "
        "(SELECT 1 FROM assessment a WHERE a.participant_id = p.id AND a.assessor_id = s.id) "
        "LIMIT 1").fetchone()


def test_a_looked_at_record_is_written_only_by_consent(decided: EventDB) -> None:
    svc = ScoringService(decided)
    pid, assessor, scheme = _unassessed(decided)
    draft = svc.draft_assessment(pid, assessor, scheme)
    assert svc.draft_assessment(pid, assessor, scheme) == draft  # the same pending id
    assert svc.is_pending(draft)
    shown = svc.assessment(draft)  # shown as not started, nothing in the file
    assert (shown.participant_id, shown.assessor_id) == (pid, assessor)
    rows = decided.conn.execute("SELECT count(*) FROM assessment").fetchone()[0]
    question = decided.conn.execute("SELECT q.id FROM question q JOIN unit u ON q.unit_id = u.id "
                                    "WHERE u.scheme_id = ? LIMIT 1", (scheme,)).fetchone()[0]
    with pytest.raises(ScoringError) as refused:
        svc.set_verdict(draft, question, Verdict.K)
    assert refused.value.code == "consent_required"
    assert decided.conn.execute("SELECT count(*) FROM assessment").fetchone()[0] == rows
    svc.give_consent(draft)  # the first real action writes the record, started
    assert not svc.is_pending(draft)
    assert svc.assessment(draft).status.value == "berlangsung"
    svc.give_consent(draft)  # again: no second record
    assert decided.conn.execute("SELECT count(*) FROM assessment").fetchone()[0] == rows + 1


def test_first_verdict_starts_a_record_and_a_closed_session_refuses_a_looked_at_one(
        decided: EventDB) -> None:
    svc = ScoringService(decided)
    aid, _ = _fresh(decided)
    assert svc.assessment(aid).status.value == "belum_mulai"
    svc.give_consent(aid)
    decided.conn.execute("UPDATE assessment SET status = 'belum_mulai' WHERE id = ?", (aid,))
    question = decided.conn.execute(
        "SELECT q.id FROM question q JOIN unit u ON q.unit_id = u.id JOIN assessment a "
        "ON a.scheme_id = u.scheme_id WHERE a.id = ? LIMIT 1", (aid,)).fetchone()[0]
    svc.set_verdict(aid, question, Verdict.K)
    assert svc.assessment(aid).status.value == "berlangsung"
    pid, assessor, scheme = _unassessed(decided)
    draft = svc.draft_assessment(pid, assessor, scheme)
    nb.save_config(decided, CONFIG)
    for (signed,) in decided.conn.execute("SELECT id FROM assessment WHERE status != 'ditandatangani'"):
        decided.conn.execute("UPDATE assessment SET status = 'ditandatangani' WHERE id = ?", (signed,))
    decided.conn.execute("UPDATE event SET status = 'closed'")
    with pytest.raises(ScoringError) as closed:
        svc.give_consent(draft)
    assert closed.value.code == "event_closed"


def _audit_count(edb: EventDB) -> int:
    return int(edb.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0])


def test_a_signed_record_refuses_every_change_through_every_method(decided: EventDB) -> None:
    """Not only set_verdict: each editing method of a signed FR.AK.02 is refused and writes nothing
    (the mutation run found the guard removable from ten of them without a failing test)."""
    svc = ScoringService(decided)
    aid, scheme = decided.conn.execute(
        "SELECT id, scheme_id FROM assessment WHERE status = 'ditandatangani' LIMIT 1").fetchone()
    unit, question = decided.conn.execute(
        "SELECT u.id, q.id FROM unit u JOIN question q ON q.unit_id = u.id WHERE u.scheme_id = ? "
        "LIMIT 1", (scheme,)).fetchone()
    changes = {
        "set_verdict": lambda: svc.set_verdict(aid, question, Verdict.BK),
        "set_summary": lambda: svc.set_summary(aid, question, "diubah setelah tanda tangan"),
        "set_unit_recommendation": lambda: svc.set_unit_recommendation(aid, unit, Verdict.BK),
        "set_unit_evidence_types": lambda: svc.set_unit_evidence_types(aid, unit, []),
        "set_unit_notes": lambda: svc.set_unit_notes(aid, unit, "catatan baru"),
        "set_overall": lambda: svc.set_overall(aid, Verdict.BK, "alasan"),
        "set_text": lambda: svc.set_text(aid, "comments", "komentar baru"),
        "add_evidence": lambda: svc.add_evidence(aid, unit, "Bukti baru"),
        "start_timer": lambda: svc.start_timer(aid),
    }
    before = _audit_count(decided)
    for name, change in changes.items():
        with pytest.raises(ScoringError) as refused:
            change()
        assert refused.value.code == "signed_read_only", name
    assert _audit_count(decided) == before  # nothing written


def test_without_consent_no_verdict_note_or_evidence_is_recorded(decided: EventDB) -> None:
    """FR.AK.01 first: every scoring method refuses a record whose participant has not consented."""
    svc = ScoringService(decided)
    aid, _ = _fresh(decided)
    scheme = decided.conn.execute("SELECT scheme_id FROM assessment WHERE id = ?", (aid,)).fetchone()
    if scheme is None:  # a pending record (nothing written yet) knows its scheme through the service
        scheme = (svc.assessment(aid).scheme_id,)
    unit, question = decided.conn.execute(
        "SELECT u.id, q.id FROM unit u JOIN question q ON q.unit_id = u.id WHERE u.scheme_id = ? "
        "LIMIT 1", (scheme[0],)).fetchone()
    changes = {
        "set_verdict": lambda: svc.set_verdict(aid, question, Verdict.K),
        "set_summary": lambda: svc.set_summary(aid, question, "ringkasan"),
        "set_unit_recommendation": lambda: svc.set_unit_recommendation(aid, unit, Verdict.K),
        "set_unit_evidence_types": lambda: svc.set_unit_evidence_types(aid, unit, []),
        "set_unit_notes": lambda: svc.set_unit_notes(aid, unit, "catatan"),
        "set_overall": lambda: svc.set_overall(aid, Verdict.K),
        "add_evidence": lambda: svc.add_evidence(aid, unit, "Bukti"),
        "sign_off": lambda: svc.sign_off(aid, "Asesor", "MET.1"),
    }
    before = _audit_count(decided)
    for name, change in changes.items():
        with pytest.raises(ScoringError) as refused:
            change()
        assert refused.value.code == "consent_required", name
    assert _audit_count(decided) == before


def test_evidence_of_a_signed_record_is_read_only_and_bad_evidence_input_is_refused(
        decided: EventDB) -> None:
    """The evidence list follows the FR.AK.02: a blank name or an unknown check is refused while
    scoring, and after sign-off no item can be renamed, removed or re-checked."""
    svc = ScoringService(decided)
    aid, _ = _fresh(decided)
    svc.give_consent(aid)
    record = svc.assessment(aid)
    decided.actor = record.assessor_id
    scheme = next(s for s in repo.load_schemes(decided) if s.id == record.scheme_id)
    assessor = next(a for a in repo.list_assessors(decided) if a.id == record.assessor_id)
    item = svc.add_evidence(aid, scheme.units[0].id, "Portofolio kegiatan humas")
    for bad, code in ((lambda: svc.rename_evidence(aid, item, "   "), "evidence_name_missing"),
                      (lambda: svc.set_evidence_flag(aid, item, "bogus", True), "unknown_field")):
        with pytest.raises(ScoringError) as refused:
            bad()
        assert refused.value.code == code
    assert svc.can_undo() is False  # nothing to undo yet: adding evidence is not a verdict
    for q in scheme.questions:
        svc.set_verdict(aid, q.id, Verdict.K)
    assert svc.can_undo() is True
    for unit in scheme.units:
        svc.set_unit_recommendation(aid, unit.id, Verdict.K)
    svc.set_overall(aid, svc.suggested_overall(aid))
    svc.sign_off(aid, assessor.name, assessor.met_number)
    before = _audit_count(decided)
    for name, change in {"rename": lambda: svc.rename_evidence(aid, item, "Nama baru"),
                         "remove": lambda: svc.remove_evidence(aid, item),
                         "flag": lambda: svc.set_evidence_flag(aid, item, "valid", False)}.items():
        with pytest.raises(ScoringError) as refused:
            change()
        assert refused.value.code == "signed_read_only", name
    assert _audit_count(decided) == before


def test_a_closed_session_says_closed_for_a_looked_at_record_whatever_is_tried(
        decided: EventDB) -> None:
    """On a closed session, a record only looked at (nothing written yet) is refused with
    'event_closed' by every scoring method, not with 'consent_required' (asking for consent
    would send the assessor to a screen that then refuses too); nothing is written."""
    svc = ScoringService(decided)
    pid, assessor, scheme = _unassessed(decided)
    draft = svc.draft_assessment(pid, assessor, scheme)
    unit, question = decided.conn.execute(
        "SELECT u.id, q.id FROM unit u JOIN question q ON q.unit_id = u.id WHERE u.scheme_id = ? "
        "LIMIT 1", (scheme,)).fetchone()
    decided.conn.execute("UPDATE event SET status = 'closed'")
    rows, audit = (decided.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                   for t in ("assessment", "audit"))
    for attempt in (lambda: svc.set_verdict(draft, question, Verdict.K),
                    lambda: svc.set_summary(draft, question, "jawaban"),
                    lambda: svc.set_unit_recommendation(draft, unit, Verdict.K),
                    lambda: svc.set_unit_notes(draft, unit, "catatan"),
                    lambda: svc.add_evidence(draft, unit, "SK"),
                    lambda: svc.give_consent(draft),
                    lambda: svc.start_timer(draft)):
        with pytest.raises(ScoringError) as closed:
            attempt()
        assert closed.value.code == "event_closed"
    assert decided.conn.execute("SELECT count(*) FROM assessment").fetchone()[0] == rows
    assert decided.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit
    assert svc.is_pending(draft)


def test_signing_a_looked_at_record_asks_for_consent_first(decided: EventDB) -> None:
    """'Tanda tangani' on a record only looked at (nothing written): the assessor is told that
    consent (FR.AK.01) comes first, not that the record does not exist; nothing is written."""
    svc = ScoringService(decided)
    pid, assessor, scheme = _unassessed(decided)
    draft = svc.draft_assessment(pid, assessor, scheme)
    audit = decided.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(ScoringError) as refused:
        svc.sign_off(draft, "Asesor", "MET.1")
    assert refused.value.code == "consent_required"
    assert svc.is_pending(draft)
    assert decided.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit


def test_the_override_reason_is_kept_only_for_an_override(decided: EventDB) -> None:
    """FR.AK.02 prints why the assessor's overall verdict differs from the suggestion: kept when
    it differs, cleared when the suggestion is confirmed."""
    svc = ScoringService(decided)
    aid = decided.conn.execute(
        "SELECT id FROM assessment WHERE status = 'ditandatangani' LIMIT 1").fetchone()[0]
    svc.reopen(aid, "koreksi")
    suggested = svc.suggested_overall(aid)
    assert suggested is not None
    other = Verdict.BK if suggested is Verdict.K else Verdict.K

    def stored() -> tuple[str, str]:
        return decided.conn.execute("SELECT overall_recommendation, override_reason FROM assessment "
                                    "WHERE id = ?", (aid,)).fetchone()

    svc.set_overall(aid, other, reason="  bukti portofolio tidak asli  ")
    assert stored() == (other.value, "bukti portofolio tidak asli")
    svc.set_overall(aid, suggested, reason="sesuai saran")
    assert stored() == (suggested.value, "")


def test_a_closed_session_refuses_reopening_a_signed_record(decided: EventDB) -> None:
    """Reopening a signed FR.AK.02 is a change like any other: refused once the session is
    closed (it needs the session reopened first, with its own reason)."""
    svc = ScoringService(decided)
    aid = decided.conn.execute(
        "SELECT id FROM assessment WHERE status = 'ditandatangani' LIMIT 1").fetchone()[0]
    decided.conn.execute("UPDATE event SET status = 'closed'")
    audit = decided.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(ScoringError) as closed:
        svc.reopen(aid, "koreksi")
    assert closed.value.code == "event_closed"
    assert svc.assessment(aid).status.value == "ditandatangani"
    assert decided.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit


def test_first_evidence_starts_a_record(decided: EventDB) -> None:
    """Like the first verdict: a consented record not yet started is in progress once a piece
    of portfolio evidence is listed."""
    svc = ScoringService(decided)
    aid, _ = _fresh(decided)
    svc.give_consent(aid)
    decided.conn.execute("UPDATE assessment SET status = 'belum_mulai' WHERE id = ?", (aid,))
    unit = decided.conn.execute("SELECT u.id FROM unit u JOIN assessment a ON a.scheme_id = "
                                "u.scheme_id WHERE a.id = ? LIMIT 1", (aid,)).fetchone()[0]
    svc.add_evidence(aid, unit, "SK pengangkatan")
    assert svc.assessment(aid).status.value == "berlangsung"
