"""The rule book: every guard code a service raises is triggered here through the public service.

One row per code: the action a user (or a future caller) could take, the code it must be
refused with, and nothing written (the audit log does not grow). The meta-test at the end reads
every ``raise SomethingError("code")`` in humas_desktop/services (AST) and fails when a code
appears in no test file: a new rule comes with its test.

On 4154483, 7 of these codes (signed_read_only, override_needs_reason, units_incomplete,
overall_missing, signer_missing, ...) appeared in no test file and deleting their guards left
every test green.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Verdict
from humas_desktop.services import close_session as cs
from humas_desktop.services import completeness, document_settings, handout, lsp_key, roster_edit, signoff
from humas_desktop.services import numbering as nb
from humas_desktop.services import registry as reg
from humas_desktop.services.assessor_laptop import build_results
from humas_desktop.services.conflicts import resolve_conflict
from humas_desktop.services.event_setup import EventSetup, parse_assessor, validate_setup
from humas_desktop.services.events import create_event
from humas_desktop.services.exports import export_documents
from humas_desktop.services.roster_import import load_roster, plan_import
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage.db import EventDB, open_event
from humas_desktop.storage.device import load_or_create_device
from tests.conftest import app_update, make_demo
from tests.registry_fixtures import make_lsp_registry
from tests.services.conftest import CONFIG

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class World:
    edb: EventDB
    base: Path
    tmp: Path

    def one(self, sql: str, *args: Any) -> Any:
        row = self.edb.conn.execute(sql, args).fetchone()
        assert row is not None, sql
        return row[0] if len(row) == 1 else row

    def signed(self) -> str:
        return str(self.one("SELECT id FROM assessment WHERE status = 'ditandatangani' LIMIT 1"))

    def reopened(self) -> str:
        """A complete, consented, unsigned FR.AK.02 (a signed one reopened with a reason)."""
        aid = self.signed()
        ScoringService(self.edb).reopen(aid, "koreksi")
        return aid

    def fresh(self) -> str:
        """A new FR.AK.02 without consent (participant x another assessor)."""
        pid, scheme, assessor = self.one(
            "SELECT p.id, p.scheme_id, s.id FROM participant p, assessor s WHERE NOT EXISTS "
            "(SELECT 1 FROM assessment a WHERE a.participant_id = p.id AND a.assessor_id = s.id) "
            "LIMIT 1")
        return ScoringService(self.edb).open_assessment(pid, assessor, scheme)

    def unit_of(self, aid: str) -> str:
        return str(self.one("SELECT u.id FROM unit u JOIN assessment a ON a.scheme_id = u.scheme_id "
                            "WHERE a.id = ? LIMIT 1", aid))

    def question_of(self, aid: str) -> str:
        return str(self.one("SELECT q.id FROM question q JOIN unit u ON q.unit_id = u.id "
                            "JOIN assessment a ON a.scheme_id = u.scheme_id WHERE a.id = ? LIMIT 1", aid))

    def closed(self) -> None:
        nb.save_config(self.edb, CONFIG)
        make_lsp_registry(self.base)  # the LSP's registry on this laptop: the one series
        cs.close_session(self.edb, date.today())


def _svc(w: World) -> ScoringService:
    return ScoringService(w.edb)


Refusal = Callable[[], object]


def _flip_overall(w: World) -> Refusal:
    aid = w.reopened()
    suggested = _svc(w).suggested_overall(aid)
    other = Verdict.BK if suggested is Verdict.K else Verdict.K
    return lambda: _svc(w).set_overall(aid, other, reason="  ")


def _units_incomplete(w: World) -> Refusal:
    aid = w.reopened()
    w.edb.conn.execute("UPDATE unit_result SET recommendation = NULL WHERE assessment_id = ?", (aid,))
    return lambda: signoff.sign_off(w.edb, None, aid, "Asesor", "MET.1")


def _overall_missing(w: World) -> Refusal:
    aid = w.reopened()
    _svc(w).set_overall(aid, None)
    return lambda: signoff.sign_off(w.edb, None, aid, "Asesor", "MET.1")


def _decision_without_scheme(w: World) -> None:
    """A K decision naming a scheme the file does not hold (edited behind the app's back)."""
    w.edb.conn.execute("PRAGMA foreign_keys = OFF")
    w.edb.conn.execute("UPDATE decision SET scheme_id = 'no-such-scheme' WHERE result = 'K'")


def _on(prepare: Callable[[World], object], refused: Callable[[World], object]) -> Callable[[World], Refusal]:
    """Prepare (may write), then the refused call (must not)."""
    def build(w: World) -> Refusal:
        prepare(w)
        return lambda: refused(w)
    return build


def _now(refused: Callable[[World], object]) -> Callable[[World], Refusal]:
    return lambda w: (lambda: refused(w))


def _with(value: Callable[[World], Any],
          refused: Callable[[World, Any], object]) -> Callable[[World], Refusal]:
    """Compute what the refused call needs first (may write: a fresh record, a reopen)."""
    def build(w: World) -> Refusal:
        got = value(w)
        return lambda: refused(w, got)
    return build


def _signoff_not_signed(w: World, aid: str) -> object:
    from humas_desktop.services.integrity import sign_assessment

    return sign_assessment(w.edb, load_or_create_device(w.base), aid)


def _idle_assessor(w: World) -> str:
    """An assessor with a registered laptop key and nobody to assess."""
    from humas_desktop.domain.models import Assessor, new_id
    from humas_desktop.storage import repository as repo

    assessor = Assessor(id=new_id(), name="Asesor Cadangan", met_number="MET.000.9")
    repo.add_assessor(w.edb, assessor)
    handout.register_device_key(w.edb, assessor.id, load_or_create_device(w.base).fingerprint)
    return assessor.id


def _copy_with_nothing_signed(w: World) -> None:
    """An assessor's working copy on which that assessor signed nothing (yet)."""
    from humas_desktop.services import workspace

    aid = w.signed()
    assessor = str(w.one("SELECT assessor_id FROM assessment WHERE id = ?", aid))
    for (other,) in w.edb.conn.execute("SELECT id FROM assessment WHERE assessor_id = ? AND "
                                       "status = 'ditandatangani'", (assessor,)).fetchall():
        _svc(w).reopen(other, "koreksi")
    w.edb.set_setting("package.role", "assessor")
    w.edb.set_setting(workspace.ASSESSOR_COPY_KEY, assessor)


def _decided_unsigned(w: World) -> str:
    """A participant with an LSP decision whose FR.AK.02 was reopened (no longer signed)."""
    aid = w.reopened()
    return str(w.one("SELECT participant_id FROM assessment WHERE id = ?", aid))


def _editable_person(w: World) -> str:
    """A participant neither signed nor decided (reopened, decision withdrawn)."""
    pid = _decided_unsigned(w)
    w.edb.conn.execute("DELETE FROM decision WHERE participant_id = ?", (pid,))
    return pid


def _template(w: World) -> Path:
    from humas_desktop.services.roster_import import write_template_file

    target = w.tmp / "templat.xlsx"
    write_template_file(target)
    return target


def _event(w: World) -> Any:
    from humas_desktop.services import workspace

    return workspace.event_header(w.edb)


def _event_file_once(w: World) -> None:
    from humas_desktop.services.events import event_file_path

    if not event_file_path(w.base, _event(w)).exists():
        create_event(w.base, _event(w), [], [])


def _long_note(w: World) -> Any:
    from humas_desktop.domain.models import ReportNote

    assessor, scheme = w.one("SELECT assessor_id, scheme_id FROM assessment LIMIT 1")
    return ReportNote(assessor, scheme, aspects="x" * 2001)


def _first_text_key() -> str:
    return sorted(document_settings.TEXT_KEYS)[0]


ROWS: list[tuple[str, Callable[[World], Refusal]]] = [
    # --- scoring and sign-off (services/scoring.py, scoring_rules.py, signoff.py) -------------
    ("signed_read_only", _now(lambda w: _svc(w).set_verdict(w.signed(), w.question_of(w.signed()),
                                                            Verdict.BK))),
    ("consent_required", _with(World.fresh, lambda w, aid: _svc(w).set_verdict(aid, w.question_of(aid),
                                                                               Verdict.K))),
    ("assessment_missing", _now(lambda w: _svc(w).give_consent("no-such-assessment"))),
    ("override_needs_reason", _flip_overall),
    ("units_incomplete", _units_incomplete),
    ("overall_missing", _overall_missing),
    ("signer_missing", _with(World.reopened,
                             lambda w, aid: signoff.sign_off(w.edb, None, aid, "Asesor", " "))),
    ("reopen_needs_reason", _now(lambda w: _svc(w).reopen(w.signed(), " "))),
    ("not_signed", _with(World.reopened, lambda w, aid: _svc(w).reopen(aid, "lagi"))),
    ("unknown_field", _with(World.reopened, lambda w, aid: _svc(w).set_text(aid, "name", "x"))),
    ("evidence_name_missing", _with(World.reopened, lambda w, aid: _svc(w).add_evidence(
        aid, w.unit_of(aid), " "))),
    ("evidence_missing", _with(World.reopened, lambda w, aid: _svc(w).rename_evidence(
        aid, "no-such-item", "Portofolio"))),
    ("event_closed", _on(World.closed, lambda w: _svc(w).set_attendance(
        w.one("SELECT id FROM participant LIMIT 1"), None))),
    ("signoff_not_signed", _with(World.reopened, _signoff_not_signed)),
    # --- close, decisions, numbering -----------------------------------------------------------
    ("sk_number_missing", _now(lambda w: cs.record_decisions(w.edb, {}, date.today(), " ", "Komite"))),
    ("decision_not_present_participant", _now(lambda w: cs.record_decisions(
        w.edb, {"no-such-person": Verdict.K}, date.today(), "SK/1", "Komite"))),
    ("close_blocked", _now(lambda w: cs.close_session(w.edb, date.today()))),
    ("reopen_session_needs_reason", _now(lambda w: cs.reopen_session(w.edb, "  "))),
    ("event_not_closed", _now(lambda w: cs.reopen_session(w.edb, "koreksi"))),
    ("pattern_needs_urut", _now(lambda w: nb.check_pattern("{kbli} {tahun}"))),
    ("pattern_unknown_field", _now(lambda w: nb.check_pattern("{nik} {urut}"))),
    ("pattern_malformed", _now(lambda w: nb.check_pattern("{urut:07q}"))),
    ("numbering_codes_missing", _now(lambda w: nb.save_config(w.edb, nb.NumberingConfig(
        nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN, " ", "001")))),
    ("numbering_start_invalid", _now(lambda w: nb.save_config(w.edb, nb.NumberingConfig(
        nb.DEFAULT_CERT_PATTERN, nb.DEFAULT_REG_PATTERN, "HMS", "001", certificate_start=0)))),
    ("numbering_not_configured", _now(lambda w: reg.open_for_close(
        str(w.tmp / "registry.sqlite"), w.edb, "https://sertifikat.lsp.example/cek"))),
    ("certificate_subject_missing", _on(_decision_without_scheme,
                                        lambda w: reg.assign_numbers(w.edb, None, date.today()))),
    ("void_needs_reason", _now(lambda w: nb.void_certificate(w.edb, "any", " "))),
    # --- completeness and hand-out -----------------------------------------------------------
    ("bad_mark", _now(lambda w: completeness.mark(w.edb, w.one("SELECT id FROM participant LIMIT 1"),
                                                  "sakit", "x"))),
    ("mark_needs_reason", _now(lambda w: completeness.mark(
        w.edb, w.one("SELECT id FROM participant LIMIT 1"), "absent", "  "))),
    ("assessor_missing", _now(lambda w: handout.register_device_key(
        w.edb, "no-such-assessor", load_or_create_device(w.base).fingerprint))),
    ("assessor_has_no_participants", _with(_idle_assessor, lambda w, aid: handout.build_handout(
        w.edb, load_or_create_device(w.base), aid))),
    ("bad_fingerprint", _now(lambda w: handout.register_device_key(
        w.edb, w.one("SELECT id FROM assessor LIMIT 1"), "not a fingerprint"))),
    # --- merge on the coordinator's and the assessor's laptop ---------------------------------
    ("conflict_needs_reason", _now(lambda w: resolve_conflict(w.edb, "any", take_incoming=True, reason=" "))),
    ("conflict_missing", _now(lambda w: resolve_conflict(w.edb, "no-such-conflict", take_incoming=True,
                                                         reason="cek"))),
    ("not_assessor_copy", _now(lambda w: build_results(w.edb, load_or_create_device(w.base)))),
    ("nothing_signed", _on(_copy_with_nothing_signed, lambda w: build_results(
        w.edb, load_or_create_device(w.base)))),
    # --- roster editing ------------------------------------------------------------------------
    ("participant_number_missing", _now(lambda w: roster_edit.find_by_number(w.edb, 999))),
    ("roster_edit_reason_missing", _now(lambda w: roster_edit.edit_participant(
        w.edb, w.one("SELECT id FROM participant LIMIT 1"), {"name": "X"}, " "))),
    ("roster_edit_nothing", _now(lambda w: roster_edit.edit_participant(
        w.edb, w.one("SELECT id FROM participant LIMIT 1"), {}, "salah ketik"))),
    ("participant_decided_locked", _with(_decided_unsigned, lambda w, pid: roster_edit.edit_participant(
        w.edb, pid, {"name": "X"}, "salah ketik"))),
    ("phone_invalid", _with(_editable_person, lambda w, pid: roster_edit.edit_participant(
        w.edb, pid, {"phone": "nomor saya"}, "salah ketik"))),
    ("roster_bad_header_row", _with(_template, lambda w, path: load_roster(path, header_row=999))),
    ("roster_no_name_column", _with(_template, lambda w, path: next(plan_import(
        w.edb, load_roster(path)[1], 0, {})))),
    ("exists", _on(_event_file_once, lambda w: create_event(w.base, _event(w), [], []))),
    ("participant_signed_locked", _now(lambda w: roster_edit.edit_participant(
        w.edb, w.one("SELECT participant_id FROM assessment WHERE id = ?", w.signed()), {"name": "X"},
        "salah ketik"))),
    # --- event setup, document settings, LSP key, exports ---------------------------------------
    ("event_name_missing", _now(lambda w: validate_setup(EventSetup(name=" ", lsp_name="LSP")))),
    ("lsp_name_missing", _now(lambda w: validate_setup(EventSetup(name="Uji", lsp_name=" ")))),
    ("event_dates_reversed", _now(lambda w: validate_setup(EventSetup(
        name="Uji", lsp_name="LSP", start_date=date(2026, 11, 24), end_date=date(2026, 11, 23))))),
    ("assessor_incomplete", _now(lambda w: parse_assessor("Nama tanpa MET"))),
    ("code_list_line", _now(lambda w: document_settings.parse_code_lines("S1 5", "pendidikan"))),
    ("unknown_setting", _now(lambda w: document_settings.save(w.edb, document_settings.DocumentSettings(
        {"no.such.key": "x"})))),
    ("setting_too_long", _now(lambda w: document_settings.save(w.edb, document_settings.DocumentSettings(
        {_first_text_key(): "x" * (document_settings.MAX_TEXT + 1)})))),
    ("lsp_key_exists", _on(lambda w: lsp_key.create_key(w.tmp / "k", "frasa sandi panjang sekali", log2_n=10),
                           lambda w: lsp_key.create_key(w.tmp / "k", "frasa sandi panjang sekali",
                                                        log2_n=10))),
    ("lsp_key_weak_passphrase", _now(lambda w: lsp_key.create_key(w.tmp / "k2", "pendek", log2_n=10))),
    ("lsp_key_missing", _now(lambda w: lsp_key.load_key(w.tmp / "none.hdkey", "frasa sandi panjang sekali"))),
    ("public_key_invalid", _on(lambda w: w.tmp.joinpath("bad.pem").write_text("bukan kunci"),
                               lambda w: lsp_key.load_public_key(w.tmp / "bad.pem"))),
    ("preflight_failed", _on(lambda w: app_update(w.edb, "event", {"tuk_name": "漢字"}),
                             lambda w: next(export_documents(w.edb, ["certificates"], w.tmp / "o")))),
    ("report_note_too_long", _now(lambda w: __import__(
        "humas_desktop.services.report_notes", fromlist=["save"]).save(w.edb, _long_note(w)))),
    ("export_unknown_kind", _now(lambda w: next(export_documents(w.edb, ["no-such-document"], w.tmp / "o")))),
]


@pytest.fixture
def world(tmp_path: Path) -> World:
    base = tmp_path / "data"
    path = make_demo(base, participants=6, decided=True)
    edb = open_event(path, device_id="t", actor="coordinator")
    yield World(edb, base, tmp_path)  # type: ignore[misc]
    edb.close()


@pytest.mark.parametrize(("code", "prepare"), ROWS, ids=[code for code, _ in ROWS])
def test_rule_refuses_with_its_code_and_writes_nothing(world: World, code: str,
                                                       prepare: Callable[[World], Refusal]) -> None:
    refused_call = prepare(world)
    tables = [r[0] for r in world.edb.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]

    def snapshot() -> dict[str, int]:
        return {t: int(world.one(f"SELECT count(*) FROM {t}")) for t in tables}

    audit_before = int(world.one("SELECT max(seq) FROM audit") or 0) if "audit" in tables else 0
    before = snapshot()
    with pytest.raises(DomainError) as refused:
        refused_call()
    assert refused.value.code == code
    assert snapshot() == before  # nothing added or removed anywhere
    if "audit" in tables:
        assert int(world.one("SELECT max(seq) FROM audit") or 0) == audit_before
    assert not world.edb.conn.in_transaction  # no half-open transaction left behind


# --- the meta-test --------------------------------------------------------------------------


BUILTIN_ERRORS = {name for name in dir(__builtins__) if name.endswith("Error")} | {
    "ValueError", "TypeError", "KeyError", "RuntimeError", "OSError", "AssertionError"}


def raised_codes() -> dict[str, list[str]]:
    """Every ``raise SomeDomainError("code", ...)`` with a literal code in humas_desktop/services
    (Python's own ValueError("...") and the like, caught inside a service, are not codes)."""
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "humas_desktop" / "services").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args
                    and isinstance(node.exc.args[0], ast.Constant)
                    and isinstance(node.exc.args[0].value, str)
                    and not (isinstance(node.exc.func, ast.Name) and node.exc.func.id in BUILTIN_ERRORS)):
                found.setdefault(node.exc.args[0].value, []).append(f"{path.name}:{node.lineno}")
    return found


def _tested_strings() -> set[str]:
    """String literals in test files (the rule book's PENDING list does not count)."""
    strings: set[str] = set()
    for path in (ROOT / "tests").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            targets = node.targets if isinstance(node, ast.Assign) else (
                [node.target] if isinstance(node, ast.AnnAssign) else [])
            if any(isinstance(t, ast.Name) and t.id == "PENDING" for t in targets):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Constant):
                        inner.value = None  # excluded
        strings |= {n.value for n in ast.walk(tree)
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    return strings


# Codes whose test is still to be written, by the service that raises them; each entry is a
# debt, and the meta-test fails when one of these gets a test elsewhere (remove it here then)
# or when a code that is neither tested nor listed appears.
PENDING: dict[str, str] = {
    # (the codes that need a damaged file, a foreign key file or an empty roster to trigger are
    # held by tests/services/test_rule_book_inputs.py)
}


def test_every_raised_code_appears_in_a_test() -> None:
    codes = raised_codes()
    assert len(codes) > 50  # the scan works
    tested = _tested_strings()
    untested = sorted(c for c in codes if c not in tested and c not in PENDING)
    assert not untested, "codes raised in services/ with no test: " + ", ".join(
        f"{c} ({codes[c][0]})" for c in untested)
    stale = sorted(c for c in PENDING if c in tested or c not in codes)
    assert not stale, f"tested or gone now, remove from PENDING: {stale}"
