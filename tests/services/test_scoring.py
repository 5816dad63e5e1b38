"""Scoring service: evidence items, timer, undo, current assessor, last participant, audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from humas_desktop.domain.errors import ScoringError
from humas_desktop.domain.models import AssessmentStatus, Verdict
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB


def _fresh(demo_db: EventDB) -> tuple[ScoringService, str, list]:
    svc = ScoringService(demo_db)
    person = repo.list_participants(demo_db)[0]  # demo: the first participants are not started
    aid = svc.assessment_for(person.id)
    assert aid is not None
    scheme = repo.load_schemes(demo_db)[0]
    return svc, aid, scheme


def test_evidence_add_rename_flag_remove_keeps_row_and_audits(demo_db: EventDB) -> None:
    svc, aid, scheme = _fresh(demo_db)
    unit = scheme.units[0]
    with pytest.raises(ScoringError) as exc:
        svc.add_evidence(aid, unit.id, "SK pengangkatan")
    assert exc.value.code == "consent_required"
    svc.give_consent(aid)
    item = svc.add_evidence(aid, unit.id, "SK pengangkatan")
    svc.rename_evidence(aid, item, "SK pengangkatan Pranata Humas")
    svc.set_evidence_flag(aid, item, "valid", True)
    svc.set_evidence_flag(aid, item, "memadai", False)
    [shown] = svc.assessment(aid).evidence
    assert (shown.name, shown.valid, shown.asli, shown.memadai) == (
        "SK pengangkatan Pranata Humas", True, None, False)
    svc.remove_evidence(aid, item)
    assert svc.assessment(aid).evidence == []
    assert demo_db.conn.execute("SELECT removed FROM evidence_item WHERE id = ?",
                                (item,)).fetchone()[0] == 1
    fields = [r[0] for r in demo_db.conn.execute(
        "SELECT field FROM audit WHERE entity = 'evidence_item' AND entity_id = ? ORDER BY seq",
        (item,))]
    assert fields == ["*", "name", "valid", "memadai", "removed"]
    with pytest.raises(ScoringError):
        svc.rename_evidence(aid, item, "lagi")


def test_timer_accumulates_across_pauses(demo_db: EventDB) -> None:
    svc, aid, _ = _fresh(demo_db)
    t0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    svc.start_timer(aid, at=t0)
    assert svc.timer_running(aid)
    assert svc.elapsed(aid, at=t0 + timedelta(seconds=90)) == 90
    svc.pause_timer(aid, at=t0 + timedelta(seconds=100))
    assert not svc.timer_running(aid)
    svc.start_timer(aid, at=t0 + timedelta(seconds=500))
    assert svc.elapsed(aid, at=t0 + timedelta(seconds=530)) == 130
    svc.pause_timer(aid, at=t0 + timedelta(seconds=530))
    reopened = ScoringService(demo_db)
    assert reopened.elapsed(aid) == 130


def test_undo_puts_back_verdicts_and_notes_in_reverse(demo_db: EventDB) -> None:
    svc, aid, scheme = _fresh(demo_db)
    q1, q2 = scheme.questions[0], scheme.questions[1]
    svc.give_consent(aid)
    svc.set_verdict(aid, q1.id, Verdict.K)
    svc.set_verdict(aid, q1.id, Verdict.BK)
    svc.set_unit_notes(aid, scheme.units[0].id, "catatan")
    svc.set_verdict(aid, q2.id, Verdict.K)
    assert svc.undo() is not None
    assert {x.question_id: x.verdict for x in svc.assessment(aid).answers}[q2.id] is None
    svc.undo()
    assert svc.assessment(aid).unit_results[0].notes == ""
    svc.undo()
    assert {x.question_id: x.verdict for x in svc.assessment(aid).answers}[q1.id] is Verdict.K
    svc.undo()
    svc.undo()
    assert svc.undo() is None


def test_current_assessor_and_last_participant_are_per_device(demo_db: EventDB) -> None:
    svc = ScoringService(demo_db)
    assessors = repo.list_assessors(demo_db)
    assert svc.current_assessor() is None
    svc.set_current_assessor(assessors[1].id)
    assert svc.current_assessor() == assessors[1]
    assert demo_db.actor == assessors[1].id
    person = repo.list_participants(demo_db)[2]
    svc.set_last_participant(person.id)
    assert ScoringService(demo_db).last_participant() == person.id
    demo_db.device_id = "another-laptop"
    assert ScoringService(demo_db).current_assessor() is None


def test_reopen_only_signed_records_with_reason(demo_db: EventDB) -> None:
    svc = ScoringService(demo_db)
    signed = [s for s in repo.participant_summaries(demo_db)
              if s.status is AssessmentStatus.DITANDATANGANI][0]
    aid = svc.assessment_for(signed.id)
    assert aid is not None
    with pytest.raises(ScoringError):
        svc.reopen(aid, "  ")
    svc.reopen(aid, "salah ketik nomor MET")
    assert svc.assessment(aid).status is AssessmentStatus.SELESAI
    with pytest.raises(ScoringError) as exc:
        svc.reopen(aid, "lagi")
    assert exc.value.code == "not_signed"
    reason = demo_db.conn.execute(
        "SELECT reason FROM audit WHERE entity_id = ? AND field = 'status' ORDER BY seq DESC",
        (aid,)).fetchone()[0]
    assert reason == "salah ketik nomor MET"


def test_timer_started_on_a_laptop_in_wib_counts_real_minutes(demo_db: EventDB) -> None:
    """An interview started at 09:00 WIB and looked at 09:01:30 WIB has run 90 s; a start
    written by an older version without a zone (UTC) is read as UTC, not refused (a mutant that
    treated every start as UTC showed 0 s here, and one without the UTC default crashed)."""
    from datetime import timezone

    wib = timezone(timedelta(hours=7))
    svc, aid, _ = _fresh(demo_db)
    started = datetime(2026, 5, 1, 9, 0, tzinfo=wib)
    svc.start_timer(aid, at=started)
    assert svc.elapsed(aid, at=started + timedelta(seconds=90)) == 90
    assert svc.elapsed(aid, at=datetime(2026, 5, 1, 2, 2, tzinfo=UTC)) == 120  # the same moment in UTC
    svc.pause_timer(aid, at=started + timedelta(minutes=5))
    assert svc.elapsed(aid) == 300
    # A start stored without a zone by an earlier release: taken as UTC.
    demo_db.conn.execute("UPDATE assessment SET timer_started_at = '2026-05-01T02:10:00', "
                         "timer_seconds = 300 WHERE id = ?", (aid,))
    assert svc.timer_running(aid)
    assert svc.elapsed(aid, at=datetime(2026, 5, 1, 9, 11, tzinfo=wib)) == 360
    svc.pause_timer(aid, at=datetime(2026, 5, 1, 2, 12, tzinfo=UTC))
    assert svc.elapsed(aid) == 420


def test_undo_puts_back_every_kind_of_change_with_its_reason_and_is_not_itself_undone(
        demo_db: EventDB) -> None:
    """Ctrl+Z after a verdict, an answer summary, a unit recommendation, unit notes, the
    follow-up and the comments: each goes back to what it was, newest first, each undo is in
    the audit log as 'urungkan (Ctrl+Z)', and an unchanged value is no step to undo."""
    svc, aid, scheme = _fresh(demo_db)
    question, unit = scheme.questions[0], scheme.units[0]
    svc.give_consent(aid)
    svc.set_verdict(aid, question.id, Verdict.K)
    svc.set_summary(aid, question.id, "menjelaskan rilis pers")
    svc.set_unit_recommendation(aid, unit.id, Verdict.K)
    svc.set_unit_notes(aid, unit.id, "lengkap")
    svc.set_text(aid, "follow_up", "ulang unit 2")
    svc.set_text(aid, "comments", "tenang")
    svc.set_text(aid, "comments", "tenang")  # unchanged: not a step
    seq = demo_db.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]

    def shown() -> tuple[object, ...]:
        a = svc.assessment(aid)
        answer = next(x for x in a.answers if x.question_id == question.id)
        result = next((r for r in a.unit_results if r.unit_id == unit.id), None)
        return (answer.verdict, answer.summary, result.recommendation if result else None,
                result.notes if result else "", a.follow_up, a.comments)

    assert shown() == (Verdict.K, "menjelaskan rilis pers", Verdict.K, "lengkap", "ulang unit 2",
                       "tenang")
    kinds = [svc.undo() for _ in range(6)]
    assert [k.kind for k in kinds if k] == ["comments", "follow_up", "notes", "recommendation",
                                            "summary", "verdict"]
    assert shown() == (None, "", None, "", "", "")
    assert svc.undo() is None and not svc.can_undo()  # the undos are not steps themselves
    reasons = [r[0] for r in demo_db.conn.execute(
        "SELECT reason FROM audit WHERE seq > ? ORDER BY seq", (seq,))]
    assert reasons == ["urungkan (Ctrl+Z)"] * 6


def test_sign_off_returns_the_receipt_code_the_assessor_reads_out(demo_db: EventDB,
                                                                  tmp_path: Path) -> None:
    """With this laptop's key the sign-off gives the receipt code stored with the record (a
    well-formed code, a new one after a reasoned reopen and a changed verdict); without a key
    there is no code to show."""
    from humas_desktop.services.integrity import verify_receipt_code
    from humas_desktop.storage.device import load_or_create_device

    assessment = demo_db.conn.execute(
        "SELECT id FROM assessment WHERE status = 'ditandatangani' LIMIT 1").fetchone()[0]
    signer = ScoringService(demo_db, load_or_create_device(tmp_path / "laptop"))
    signer.reopen(assessment, "koreksi")
    first = signer.sign_off(assessment, "Asesor Satu", "MET.000.1")
    stored = demo_db.conn.execute("SELECT receipt_code FROM assessment WHERE id = ?",
                                  (assessment,)).fetchone()[0]
    assert first == stored and verify_receipt_code(first)
    signer.reopen(assessment, "koreksi lagi")
    answer = signer.assessment(assessment).answers[0]
    signer.set_verdict(assessment, answer.question_id,
                       Verdict.BK if answer.verdict is Verdict.K else Verdict.K)
    second = signer.sign_off(assessment, "Asesor Satu", "MET.000.1")
    assert second != first and verify_receipt_code(second)
    unsigned = ScoringService(demo_db)
    unsigned.reopen(assessment, "tanpa kunci")
    assert unsigned.sign_off(assessment, "Asesor Satu", "MET.000.1") == ""


def test_the_evidence_kinds_ticked_for_a_unit_are_the_ones_stored(demo_db: EventDB) -> None:
    """FR.AK.02's ticks for a unit (observation, portfolio, ...) come back exactly as ticked,
    in the form's order, and an untick removes only that kind (the printed FR.AK.02 reads these)."""
    from humas_desktop.domain.models import EvidenceType

    svc, aid, scheme = _fresh(demo_db)
    unit = scheme.units[0]
    svc.give_consent(aid)

    def ticked() -> list[EvidenceType]:
        return next(r for r in svc.assessment(aid).unit_results if r.unit_id == unit.id).evidence_types

    svc.set_unit_evidence_types(aid, unit.id, [EvidenceType.WAWANCARA, EvidenceType.OBSERVASI])
    assert ticked() == [EvidenceType.OBSERVASI, EvidenceType.WAWANCARA]
    svc.set_unit_evidence_types(aid, unit.id, [EvidenceType.OBSERVASI])
    assert ticked() == [EvidenceType.OBSERVASI]
    svc.set_unit_evidence_types(aid, unit.id, [])
    assert ticked() == []


def test_assessment_status_is_the_stored_one_and_not_started_for_a_looked_at_record(
        demo_db: EventDB) -> None:
    """What the participant row shows after each K/BK click: signed, in progress, or (looked at,
    nothing written) not started."""
    svc, aid, scheme = _fresh(demo_db)
    assert svc.is_pending(aid) or svc.assessment(aid).status is AssessmentStatus.BELUM_MULAI
    assert svc.assessment_status(aid) is AssessmentStatus.BELUM_MULAI
    svc.give_consent(aid)
    svc.set_verdict(aid, scheme.questions[0].id, Verdict.K)
    assert svc.assessment_status(aid) is AssessmentStatus.BERLANGSUNG
    signed = demo_db.conn.execute(
        "SELECT id FROM assessment WHERE status = 'ditandatangani' LIMIT 1").fetchone()[0]
    assert svc.assessment_status(signed) is AssessmentStatus.DITANDATANGANI


def test_undo_puts_back_an_earlier_text_not_an_empty_one(demo_db: EventDB) -> None:
    """Ctrl+Z after rewording a summary, unit notes, follow-up or comments brings back the
    earlier words, not an empty box."""
    svc, aid, scheme = _fresh(demo_db)
    question, unit = scheme.questions[0], scheme.units[0]
    svc.give_consent(aid)
    svc.set_summary(aid, question.id, "versi satu")
    svc.set_unit_notes(aid, unit.id, "catatan satu")
    svc.set_text(aid, "follow_up", "tindak lanjut satu")
    svc.set_text(aid, "comments", "komentar satu")
    svc.set_summary(aid, question.id, "versi dua")
    svc.set_unit_notes(aid, unit.id, "catatan dua")
    svc.set_text(aid, "follow_up", "tindak lanjut dua")
    svc.set_text(aid, "comments", "komentar dua")
    for _ in range(4):
        svc.undo()
    a = svc.assessment(aid)
    assert next(x for x in a.answers if x.question_id == question.id).summary == "versi satu"
    assert next(r for r in a.unit_results if r.unit_id == unit.id).notes == "catatan satu"
    assert (a.follow_up, a.comments) == ("tindak lanjut satu", "komentar satu")
