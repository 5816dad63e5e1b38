"""Closing the session: checklist, LSP decisions, numbering once and never reused, reopen."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.domain.models import Verdict
from humas_desktop.formats.cert_payload import decode, holder_hash
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.services.exports import ExportOptions, export_documents
from humas_desktop.storage import audit
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, open_event
from tests.conftest import make_demo
from tests.conftest import run_to_end as _run
from tests.external import need_program
from tests.registry_fixtures import LSP_VERIFY_URL, make_lsp_registry
from tests.services.conftest import CONFIG


def test_open_demo_lists_what_blocks_closing(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=10, decided=False)
    edb = open_event(path, device_id="t")
    try:
        codes = {b.code: b for b in cs.close_blockers(edb)}
        assert {"assessment_not_signed", "decision_missing", "numbering_not_configured"} <= set(codes)
        assert codes["assessment_not_signed"].count >= 1
        assert all(isinstance(n, int) for n in codes["decision_missing"].numbers)
        with pytest.raises(cs.CloseError) as err:
            cs.close_session(edb, date.today())
        assert err.value.code == "close_blocked"
    finally:
        edb.close()


def test_blocker_checks_are_extensible(decided: EventDB) -> None:
    cs.BLOCKER_CHECKS.append(lambda edb: [cs.Blocker("grid_incomplete", 2)])
    try:
        assert "grid_incomplete" in {b.code for b in cs.close_blockers(decided)}
    finally:
        cs.BLOCKER_CHECKS.pop()


def test_decisions_default_to_the_recommendation_and_are_confirmed(decided: EventDB) -> None:
    cands = cs.decision_candidates(decided)
    assert len(cands) == 6
    assert all(c.recommendation is not None for c in cands)
    flip = cands[0]
    other = Verdict.BK if flip.recommendation is Verdict.K else Verdict.K
    n = cs.record_decisions(decided, {flip.participant_id: other}, date.today(), "SK/9/2026",
                            "Komite Teknis")
    assert n == 1
    d = {x.participant_id: x for x in repo.list_decisions(decided)}[flip.participant_id]
    assert d.result is other and d.sk_number == "SK/9/2026"
    with pytest.raises(cs.CloseError):
        cs.record_decisions(decided, {flip.participant_id: other}, date.today(), " ", "x")


def test_close_assigns_numbers_once_and_makes_event_read_only(decided: EventDB, tmp_path: Path) -> None:
    # No registry on this laptop yet: the event's numbering settings are what would make it.
    assert [b.code for b in cs.close_blockers(decided)] == ["numbering_not_configured"]
    nb.save_config(decided, CONFIG)
    assert cs.close_blockers(decided) == []
    make_lsp_registry(tmp_path / "data")  # the LSP's registry on this laptop: its one series
    plenary = date.today()  # the decided demo's plenary
    ids = cs.close_session(decided, plenary)
    k_count = sum(1 for d in repo.list_decisions(decided) if d.result is Verdict.K)
    assert len(ids) == k_count
    certs = repo.list_certificates(decided)
    assert certs[0].number == f"70203 2432 0 0000081 {plenary.year}"
    assert certs[0].registration_number == f"HMS 001 00001 {plenary.year}"
    three_years = (date(plenary.year + 3, 2, 28) if (plenary.month, plenary.day) == (2, 29)
                   else date(plenary.year + 3, plenary.month, plenary.day))
    assert certs[0].valid_until == three_years
    assert len({c.number for c in certs}) == len(certs)
    assert cs.is_closed(decided)
    with pytest.raises(cs.CloseError) as err:
        cs.ensure_open(decided)
    assert err.value.code == "event_closed"
    # Nothing can change a closed session: scoring, attendance, merging.
    from humas_desktop.domain.errors import ScoringError
    from humas_desktop.services.merge import merge_packages
    from humas_desktop.services.scoring import ScoringService

    person = repo.list_participants(decided)[0]
    before = repo.counts(decided)
    with pytest.raises(ScoringError) as closed:
        ScoringService(decided).set_attendance(person.id, None)
    assert closed.value.code == "event_closed"
    aid = decided.conn.execute("SELECT id FROM assessment LIMIT 1").fetchone()[0]
    with pytest.raises(ScoringError):
        ScoringService(decided).reopen(aid, "ubah nilai")
    with pytest.raises(cs.CloseError):
        merge_packages(decided, [tmp_path / "any.humaspkg"])
    assert repo.counts(decided) == before
    # The closed event got its own verified backup.
    from humas_desktop.services.backups import list_event_backups

    assert any(b.reason == "closed-event" for b in list_event_backups(decided.path))
    # Reopen needs a reason, is audited; closing again assigns nothing new.
    with pytest.raises(cs.CloseError):
        cs.reopen_session(decided, "  ")
    cs.reopen_session(decided, "koreksi nomor SK")
    assert any(e.entity == "event" and e.reason == "koreksi nomor SK" for e in audit.entries(decided.conn))
    issued = repo.list_certificates(decided)
    assert cs.close_session(decided, date.today()) == []
    assert repo.list_certificates(decided) == issued


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_final_certificate_has_number_no_draft_and_a_readable_qr(decided: EventDB, tmp_path: Path) -> None:
    nb.save_config(decided, CONFIG)
    cs.close_session(decided, date.today())
    cert = repo.list_certificates(decided)[0]
    person = repo.get_participant(decided, cert.participant_id)
    seen: list[bytes] = []

    def sign(body: bytes) -> bytes:
        seen.append(body)
        return b"\x01" * 64

    out = tmp_path / "out"
    files = _run(export_documents(decided, ["certificates"], out, ExportOptions(sign=sign)))
    single = next(f for f in files if f.name == f"sertifikat-{person.number:04d}.pdf")
    from pypdf import PdfReader

    front = PdfReader(single).pages[0].extract_text()
    assert cert.number in front and cert.registration_number in front
    assert "DRAFT" not in front
    assert seen  # the signing hook got the payload body
    need_program("pdftoppm")
    need_program("zbarimg")
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(single),
                    str(tmp_path / "front")], check=True)
    png = next(tmp_path.glob("front*.png"))
    res = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    payload, signature, _ = decode(res.stdout.strip())
    assert payload.number == cert.number
    assert payload.holder_hash == holder_hash(person.name, person.nik)
    assert signature == b"\x01" * 64


def test_completeness_grid_blocks_until_results_arrive_or_are_marked(tmp_path: Path) -> None:
    from humas_desktop.services import completeness

    path = make_demo(tmp_path / "data", participants=8, decided=False)
    edb = open_event(path, device_id="t", actor="coordinator")
    try:
        codes = {b.code: b for b in cs.close_blockers(edb)}
        assert "results_missing" in codes
        waiting = [c for c in completeness.missing_expected(edb)]
        target = waiting[0]
        completeness.mark(edb, target.participant_id, "withdrawn", "mengundurkan diri")
        after = {b.code: b for b in cs.close_blockers(edb)}
        for code in ("results_missing", "assessment_not_signed", "decision_missing"):
            if code in after:
                assert target.participant_number not in after[code].numbers
    finally:
        edb.close()


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_cli_signs_certificates_with_the_lsp_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from humas_desktop.cli import main
    from humas_desktop.services import lsp_key

    path = make_demo(tmp_path / "data", participants=3, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    nb.save_config(edb, CONFIG)
    cs.close_session(edb, date.today())
    edb.close()
    key_path = tmp_path / "lsp.hdkey"
    lsp_key.create_key(key_path, "frasa sandi panjang sekali", log2_n=10)
    monkeypatch.setenv("HUMAS_LSP_PASSPHRASE", "frasa sandi panjang sekali")
    assert main(["export", str(path), "certificates", "--out", str(tmp_path / "o"),
                 "--sign-key", str(key_path), "--no-per-participant"]) == 0
    from humas_desktop.formats.qr_image import read_qr_texts

    texts = read_qr_texts(tmp_path / "o" / "sertifikat.pdf")
    # The LSP's registry has a verification page: each QR opens it with the signed payload.
    assert texts and all(t.startswith(LSP_VERIFY_URL + "#HD1S.") for t in texts)
    payload, signature, body = decode(texts[0])
    key = lsp_key.load_key(key_path, "frasa sandi panjang sekali")
    key.public_key().verify(signature, body)  # raises if the LSP signature is wrong
