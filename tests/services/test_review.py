"""FR.AK.06 and FR.VA (issue 26): the review prefilled with the day's facts (computed here again
from the raw rows), the validation's rules, the wording snapshotted, the printed forms read back
with pdftotext (every official field label, verbatim, filled from the event); an appeal's
re-assessment the certificate follows; the held-back participant named at registry publish."""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Verdict
from humas_desktop.messages import message
from humas_desktop.services import appeals, review
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.services.demo import _score_fully
from humas_desktop.services.integrity import verify_for_use
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, open_event
from tests.conftest import make_demo
from tests.services.conftest import CONFIG

TODAY = date.today()
REASON = "Unit kedua dinilai tanpa kesempatan demonstrasi"
SHIPPED = review.wording_for(None)
AK06 = SHIPPED.ak06
VA = SHIPPED.va
assert AK06 is not None and VA is not None

# The official field lists, verbatim (shared/forms.md 1.7 and 1.8).
AK06_LABELS = ("Skema Sertifikasi", "TUK", "Nama Asesor", "Tanggal", "Penjelasan",
               "Peninjauan dapat dilakukan oleh lead asesor atau asesor yang melaksanakan asesmen",
               "Aspek yang ditinjau", "Kesesuaian dengan prinsip asesmen", "Validitas", "Reliabel",
               "Fleksibel", "Adil", "Prosedur asesmen", "Rencana asesmen", "Persiapan asesmen",
               "Implementasi asesmen", "Keputusan asesmen", "Umpan balik asesmen",
               "Rekomendasi untuk peningkatan", "Pemenuhan dimensi kompetensi", "Task Skills",
               "Task Mgmt Skills", "Contingency Mgmt", "Job Role/Environment", "Transfer Skills",
               "Konsistensi keputusan asesmen: Bukti dari berbagai asesmen diperiksa untuk "
               "konsistensi dimensi kompetensi", "Asesor", "Nama", "Komentar", "Tanda tangan")
VA_LABELS = ("Tim Validasi", "Hari/Tanggal", "Tempat", "Periode", "Sebelum Asesmen",
             "Pada Saat Asesmen", "Setelah Asesmen", "Nama Skema", "Nomor Skema",
             "Menyiapkan proses validasi", "Tujuan dan fokus validasi", "Konteks validasi",
             "Pendekatan validasi", "Orang yang relevan", "Nama", "Hasil konfirmasi/diskusi",
             "Asesor kompetensi", "Acuan pembanding", "Memberikan kontribusi dalam proses validasi",
             "Keterampilan komunikasi", "Meninjau, Membandingkan, Mengevaluasi", "Aturan bukti",
             "Prinsip asesmen", *VA.aspects, "Memberikan kontribusi untuk hasil asesmen",
             "Temuan-temuan validasi", "Rekomendasi", "Rencana implementasi perubahan/perbaikan",
             "Kegiatan perbaikan", "Waktu penyelesaian", "Penanggungjawab")


def _va(**changes: object) -> review.ValidationInput:
    base = review.ValidationInput(
        validators=("Dra. Validator Satu", "Ir. Validator Dua"), validated_on=TODAY,
        place="Kantor LSP", period="setelah", purposes=(VA.purposes[0], "Lainnya: audit internal"),
        contexts=(VA.contexts[0],), approaches=(VA.approaches[1],),
        people=(review.Person(VA.required_person, "Asesor Kompetensi Tiga", "Sesuai"),),
        benchmarks=(VA.benchmarks[0],), communication=(VA.communication[1],),
        aspects=tuple(review.AspectScore((i % 2 == 0, True, True, True), (True, i != 3, True, True))
                      for i in range(len(VA.aspects))),
        findings=(review.Finding("Bukti portofolio kurang terkini", "Periksa tanggal bukti"),),
        plan=(review.PlanItem("Perbarui daftar periksa", "2 minggu", "Manajer Sertifikasi"),))
    return review.ValidationInput(**{**{f: getattr(base, f) for f in base.__dataclass_fields__},
                                     **changes})


def _review_args(**changes: object) -> dict[str, object]:
    args: dict[str, object] = dict(
        principles=[[True, i != 2, True, True] for i in range(len(AK06.stages))],
        dimensions=[True, True, False, True, True], reviewer_name="Drs. Lead Asesor",
        reviewer_met="MET.000.1", reviewed_on=TODAY,
        principles_recommendation="Konfirmasi jadwal sehari sebelumnya",
        dimensions_recommendation="Tambah pertanyaan kontingensi", comments="Berjalan baik")
    return {**args, **changes}


def test_ak06_is_prefilled_with_the_days_facts(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=8, decided=True)
    with open_event(path, device_id="t", actor="coordinator") as edb:
        scheme = repo.load_schemes(edb)[0]
        rid = review.record_review(edb, scheme.id, **_review_args())  # type: ignore[arg-type]
        got = review.get_review(edb, scheme.id)
        assert got is not None and got.id == rid
        # The facts computed again from the raw rows.
        names = {a["id"]: a["name"] for a in repo.table_rows(edb, "assessor")}
        signed = {a["id"]: a for a in repo.table_rows(edb, "assessment")
                  if a["status"] == "ditandatangani"}
        decisions = {d["participant_id"]: d["result"] for d in repo.table_rows(edb, "decision")}
        tidak: dict[str, Counter[int]] = {}
        filled: Counter[str] = Counter()
        for f in repo.table_rows(edb, "feedback"):
            who = names[signed[f["assessment_id"]]["assessor_id"]]
            filled[who] += 1
            for i, answer in enumerate(json.loads(f["answers"])):
                tidak.setdefault(who, Counter())[i] += answer == "tidak"
        assert sum(sum(c.values()) for c in tidak.values()) >= 1  # the demo has a "Tidak"
        for a in got.facts.assessors:
            mine = [s for s in signed.values() if names[s["assessor_id"]] == a.assessor]
            assert a.assessed == len(mine)
            assert a.recommended_k == sum(s["overall_recommendation"] == "K" for s in mine)
            assert a.recommended_bk == sum(s["overall_recommendation"] == "BK" for s in mine)
            assert a.decided_bk == sum(decisions.get(s["participant_id"]) == "BK" for s in mine)
            assert a.feedback_filled == filled[a.assessor]
            assert list(a.tidak) == [tidak.get(a.assessor, Counter())[i]
                                     for i in range(len(AK06_STATEMENTS))]
        assert {a.assessor for a in got.facts.assessors} == {names[s["assessor_id"]]
                                                             for s in signed.values()}
        units = repo.table_rows(edb, "unit_result")
        used = Counter(k for aid in signed for k in {e for u in units if u["assessment_id"] == aid
                                                     for e in json.loads(u["evidence_types"])})
        assert dict(got.facts.methods) == {review.METHOD_LABELS[k]: n for k, n in used.items()}
        assert got.principles[2] == (True, False, True, True)
        assert got.wording_version == SHIPPED.version and got.wording == AK06
        verify_for_use(edb)


AK06_STATEMENTS = SHIPPED.ak03_statements


def test_ak06_refused_before_any_result_and_with_a_wrong_grid(tmp_path: Path) -> None:
    path = make_demo(tmp_path / "data", participants=3)  # nobody signed yet
    with open_event(path, device_id="t", actor="coordinator") as edb:
        sid = repo.load_schemes(edb)[0].id
        with pytest.raises(DomainError) as refused:
            review.record_review(edb, sid, **_review_args())  # type: ignore[arg-type]
        assert refused.value.code == "review_before_results"
        assert "belum ada asesmen yang ditandatangani" in message(refused.value.code)
        assert repo.table_rows(edb, "review") == []


def test_the_wording_is_the_lsps_data_and_the_record_keeps_what_it_was_filled_with(
        decided: EventDB) -> None:
    sid = repo.load_schemes(decided)[0].id
    with pytest.raises(DomainError) as wrong:
        review.record_review(decided, sid, **_review_args(dimensions=[True]))  # type: ignore[arg-type]
    assert wrong.value.code == "review_grid_shape"
    review.record_review(decided, sid, **_review_args())  # type: ignore[arg-type]
    doc = json.loads(Path(review.__file__).parents[2].joinpath(
        "resources", "forms", "records-id.json").read_text(encoding="utf-8"))
    doc["version"] = "LSP-B 3"
    doc["ak06"]["stages"] = ["Perencanaan", "Pelaksanaan"]
    with decided.atomic():
        decided.set_setting("forms.wording", json.dumps(doc))
    kept = review.get_review(decided, sid)
    assert kept is not None and kept.wording.stages == AK06.stages  # snapshotted
    with pytest.raises(DomainError, match="review_grid_shape"):
        review.record_review(decided, sid, **_review_args())  # type: ignore[arg-type]
    review.record_review(decided, sid, **_review_args(principles=[[True] * 4, [False] * 4]))  # type: ignore[arg-type]
    now = review.get_review(decided, sid)
    assert now is not None and now.wording.stages == ("Perencanaan", "Pelaksanaan")
    assert now.wording_version == "LSP-B 3" and len(repo.table_rows(decided, "review")) == 1
    # An LSP wording written before FR.AK.06/FR.VA were data still works: the shipped parts.
    old = {k: v for k, v in doc.items() if k not in ("ak06", "va")}
    with decided.atomic():
        decided.set_setting("forms.wording", json.dumps(old))
    assert review.wording(decided).va == VA
    verify_for_use(decided)


def test_fr_va_needs_two_validators_known_choices_the_required_person_and_a_plan(
        decided: EventDB) -> None:
    sid = repo.load_schemes(decided)[0].id
    demo = repo.table_rows(decided, "validation")  # the decided demo's own, after the event
    assert [r["period"] for r in demo] == ["setelah"]
    cases = [
        (_va(validators=("Satu Orang",)), "validation_two_validators"),
        (_va(validators=("Ani", " ani ")), "validation_two_validators"),
        (_va(period="kemarin"), "validation_period_invalid"),
        (_va(place=" "), "validation_place_missing"),
        (_va(purposes=("Tujuan karangan",)), "validation_choice_unknown"),
        (_va(people=(review.Person("Lead Asesor", "Pak Lead", ""),)), "validation_required_person"),
        (_va(aspects=()), "review_grid_shape"),
        (_va(plan=()), "validation_plan_missing"),
        (_va(plan=(review.PlanItem("Kegiatan", "", "Siapa"),)), "validation_row_incomplete"),
    ]
    for given, code in cases:
        with pytest.raises(DomainError) as refused:
            review.record_validation(decided, sid, given)
        assert refused.value.code == code
        assert "Terjadi kesalahan" not in message(code, **refused.value.context)
    assert repo.table_rows(decided, "validation") == demo  # nothing written by a refusal
    first = review.record_validation(decided, sid, _va())
    assert first == demo[0]["id"]  # one per scheme and period: revised
    before = review.record_validation(decided, sid, _va(period="sebelum", findings=(), plan=()))
    assert first != before
    assert review.record_validation(decided, sid, _va(place="Ruang Rapat")) == first  # revised
    got = review.get_validation(decided, sid, "setelah")
    assert got is not None and got.data.place == "Ruang Rapat"
    assert got.period_label == "Setelah Asesmen"
    assert got.data.purposes == (VA.purposes[0], "Lainnya: audit internal")
    assert got.data.aspects[3].principles == (True, False, True, True)
    assert got.data.aspects[1].rules == (False, True, True, True)
    verify_for_use(decided)


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return re.sub(r"\s+", " ", out)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")
def test_ak06_and_va_print_every_official_field_filled_from_the_event(tmp_path: Path) -> None:
    from humas_desktop.services import review_export
    from humas_desktop.services.exports import load_event_data, printable
    from humas_desktop.services.exports.headers import doc_header

    path = make_demo(tmp_path / "data", participants=8, decided=True)  # fills both
    out = tmp_path / "out"
    out.mkdir()
    with open_event(path, device_id="t", actor="coordinator") as edb:
        with edb.atomic():  # the LSP's controlled-document editions of the two forms
            edb.set_setting("document.editions", json.dumps({"FR.AK.06": "Rev. 2 · 2026",
                                                             "FR.VA": "Rev. 1 · 2025"}))
        scheme = repo.load_schemes(edb)[0]
        rv = review.get_review(edb, scheme.id)
        va = review.get_validation(edb, scheme.id, "setelah")
        assert rv is not None and va is not None
        data = load_event_data(edb)
        forms = review_export.load_forms(edb)
        files = [*review_export.export_kind(data, forms, "ak06", out, doc_header, printable),
                 *review_export.export_kind(data, forms, "va", out, doc_header, printable)]
    ak06, va_pdf = (out / review_export.FILES["ak06"], out / review_export.FILES["va"])
    assert files == [ak06, va_pdf]
    text = _text(ak06)
    for label in AK06_LABELS:
        assert label in text, label
    assert scheme.title_id in text and scheme.code in text
    assert rv.reviewer_name in text and rv.comments in text
    assert rv.principles_recommendation in text and rv.dimensions_recommendation in text
    for a in rv.facts.assessors:
        assert a.assessor in text
        assert f"K {a.recommended_k} / BK {a.recommended_bk}" in text
    for method, n in rv.facts.methods:
        assert f"{method} ({n} asesi)" in text
    ticks = sum(sum(row) for row in rv.principles) + sum(rv.dimensions)
    assert text.count("\u2713") - text.count("(\u2713)") == ticks  # the explanation has one
    assert "FR.AK.06 · Rev. 2 · 2026 · halaman 1 dari" in text and "LSP Humas Nusantara" in text
    text = _text(va_pdf)
    for label in VA_LABELS:
        assert label in text, label
    for name in va.data.validators:
        assert name in text
    assert va.data.place in text and scheme.title_id in text and scheme.code in text
    for p in va.data.people:
        assert p.name in text and p.result in text
    for f in va.data.findings:
        assert f.finding in text and f.recommendation in text
    for i in va.data.plan:
        assert i.activity in text and i.due in text and i.responsible in text
    assert f"[\u2713] {va.period_label}" in text
    assert "FR.VA · Rev. 1 · 2025 · halaman 1 dari" in text


class _FailsOneUnit(random.Random):
    """Makes demo scoring find the first unit not yet competent."""

    def random(self) -> float:
        return 0.0

    def randrange(self, *args: object, **kwargs: object) -> int:
        return 0


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_an_appeal_orders_a_reassessment_and_the_certificate_follows_it(
        decided: EventDB, tmp_path: Path) -> None:
    from humas_desktop.storage.device import load_or_create_device

    person = repo.list_participants(decided)[0]
    names = {a.id: a for a in repo.list_assessors(decided)}
    original = next(r for r in repo.table_rows(decided, "assessment")
                    if r["participant_id"] == person.id)
    other = next(a for aid, a in names.items() if aid != original["assessor_id"])
    case = appeals.open_appeal(decided, person.id, ["ya", "ya", "tidak"], REASON, TODAY,
                               team=[other.name])
    with pytest.raises(DomainError) as conflict:
        appeals.order_reassessment(decided, case, original["assessor_id"])
    assert conflict.value.code == "reassessment_assessor_conflict"
    with pytest.raises(DomainError, match="reassessment_assessor_on_team"):
        appeals.order_reassessment(decided, case, other.id)
    appeals.set_team(decided, case, ["Dr. Tim Independen"])
    aid = appeals.order_reassessment(decided, case, other.id)
    assert appeals.get(decided, case).reassessment_id == aid
    nb.save_config(decided, CONFIG)
    assert cs.close_blockers(decided) == []  # the re-assessment holds up nobody else's close
    with pytest.raises(DomainError, match="reassessment_exists"):
        appeals.order_reassessment(decided, case, other.id)
    with pytest.raises(DomainError) as unsigned:
        appeals.decide(decided, case, "diterima", "SK/B/7", TODAY)
    assert unsigned.value.code == "reassessment_unsigned"
    assert appeals.held_back(decided) == {person.id}  # still held while re-assessed
    decided.actor = other.id
    svc = ScoringService(decided, load_or_create_device(tmp_path / "data"))  # the demo's key
    scheme = repo.load_schemes(decided)[0]
    _score_fully(svc, aid, scheme, _FailsOneUnit(), other, sign=True)
    decided.actor = "coordinator"
    redo = next(r for r in repo.table_rows(decided, "assessment") if r["id"] == aid)
    assert redo["overall_recommendation"] == "BK" and redo["participant_id"] == person.id
    with pytest.raises(DomainError, match="reassessment_needs_acceptance"):
        appeals.decide(decided, case, "ditolak", "SK/B/7", TODAY)
    appeals.decide(decided, case, "diterima", "SK/B/7", TODAY)
    decision = next(d for d in repo.table_rows(decided, "decision")
                    if d["participant_id"] == person.id)
    assert decision["result"] == redo["overall_recommendation"]
    assert appeals.held_back(decided) == set()
    cs.close_session(decided, TODAY)
    holders = {c.participant_id for c in repo.list_certificates(decided)}
    assert person.id not in holders  # the re-assessment found them not yet competent
    others = {d["participant_id"] for d in repo.table_rows(decided, "decision")
              if d["result"] == Verdict.K.value}
    assert holders == others
    verify_for_use(decided)


def test_registry_publish_names_the_participant_held_by_an_open_appeal(
        tmp_path: Path, registry_location: str, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.services.test_registry_close import _cli, _close, _demo_with_codes, _init

    base = tmp_path / "data"
    _init(capsys, base, registry_location)
    event = _demo_with_codes(base, 4)
    with open_event(event, device_id="t", actor="coordinator") as edb:
        k = {d.participant_id for d in repo.list_decisions(edb) if d.result is Verdict.K}
        person = next(p for p in repo.list_participants(edb) if p.id in k)
        appeals.open_appeal(edb, person.id, ["ya", "ya", "tidak"], REASON, TODAY)
    code, _out, err = _close(capsys, base, registry_location, event)
    assert code == 0, err
    code, out, err = _cli(capsys, "--data-dir", str(base), "registry", "publish", str(event),
                          "--registry", registry_location, "--json")
    assert code == 0, err
    assert json.loads(out)["held_by_appeal"] == [person.number]
    code, out, err = _cli(capsys, "--data-dir", str(base), "registry", "publish", str(event),
                          "--registry", registry_location)
    assert code == 0, err
    assert f"Peserta no. {person.number}: sertifikat ditahan" in out
    assert person.name not in out  # the command line names participants by number only


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")
def test_export_ak06_and_va_from_the_command_line_and_in_all(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from humas_desktop.cli import main
    from humas_desktop.services.document_kinds import CLI_CHOICES, KINDS

    assert {"ak06", "va"} <= set(KINDS) and {"ak06", "va"} <= set(CLI_CHOICES)
    data = tmp_path / "data"
    path = make_demo(data, participants=8, decided=True)
    for kind, name in (("ak06", "fr-ak-06-meninjau-proses-asesmen.pdf"),
                       ("va", "fr-va-validasi-asesmen.pdf")):
        out = tmp_path / kind
        assert main(["--data-dir", str(data), "export", str(path), kind, "--out", str(out),
                     "--json"]) == 0
        files = json.loads(capsys.readouterr().out)["files"]
        assert [Path(f).name for f in files] == [name]
        assert ("FR.AK.06" if kind == "ak06" else "FR.VA") in _text(out / name)
    out = tmp_path / "all"
    assert main(["--data-dir", str(data), "export", str(path), "all", "--out", str(out),
                 "--json", "--no-per-participant"]) == 0
    names = {Path(f).name for f in json.loads(capsys.readouterr().out)["files"]}
    assert {"fr-ak-06-meninjau-proses-asesmen.pdf", "fr-va-validasi-asesmen.pdf",
            "fr-ak-03-umpan-balik.pdf", "fr-ak-04-banding.pdf"} <= names


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")
@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_the_blanko_request_names_the_participant_held_by_an_open_appeal(
        decided: EventDB, tmp_path: Path) -> None:
    from humas_desktop.domain.progress import run_to_end
    from humas_desktop.domain.terbilang import terbilang
    from humas_desktop.services.exports import export_documents

    people = repo.list_participants(decided)
    k = [p for p in people if any(d.participant_id == p.id and d.result is Verdict.K
                                  for d in repo.list_decisions(decided))]
    held = k[1]
    appeals.open_appeal(decided, held.id, ["ya", "ya", "tidak"], REASON, TODAY)
    nb.save_config(decided, CONFIG)
    cs.close_session(decided, TODAY)
    out = tmp_path / "out"
    run_to_end(export_documents(decided, ["blanko-request"], out))
    text = _text(out / "permohonan-blanko-bnsp.pdf")
    asked = len(k) - 1
    assert f"sebanyak {asked} ({terbilang(asked)}) lembar" in text  # none for the held one
    assert f"No. {held.number} {held.name}" in text and "banding (FR.AK.04)" in text
    assert text.count("K (ditahan)") == 2  # the held row and the note under the list
    assert "Ditahan karena banding" in text


def test_refusals_name_the_reviewer_the_assessor_and_a_broken_wording(decided: EventDB) -> None:
    sid = repo.load_schemes(decided)[0].id
    with pytest.raises(DomainError) as nobody:
        review.record_review(decided, sid, **_review_args(reviewer_name="  "))  # type: ignore[arg-type]
    assert nobody.value.code == "review_reviewer_missing"
    person = repo.list_participants(decided)[0]
    case = appeals.open_appeal(decided, person.id, ["ya", "ya", "tidak"], REASON, TODAY)
    with pytest.raises(DomainError) as unknown:
        appeals.order_reassessment(decided, case, "asesor-yang-tidak-ada")
    assert unknown.value.code == "reassessment_assessor_unknown"
    assert appeals.get(decided, case).reassessment_id is None
    doc = json.loads(Path(review.__file__).parents[2].joinpath(
        "resources", "forms", "records-id.json").read_text(encoding="utf-8"))
    doc["va"]["required_person"] = "Orang yang tidak ada dalam daftar"
    with decided.atomic():
        decided.set_setting("forms.wording", json.dumps(doc))
    with pytest.raises(DomainError) as broken:
        review.record_validation(decided, sid, _va())
    assert broken.value.code == "forms_wording_invalid"
    assert "va.required_person" in message(broken.value.code, **broken.value.context)


@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_ak06_and_va_are_written_after_the_event_is_closed_and_nothing_else_opens(
        decided: EventDB) -> None:
    """FR.AK.06 and FR.VA review the event after it: an LSP records them once the plenary has
    closed the event, without reopening it (on a014e1b + review they were refused with
    ``event_closed``). Everything else of the closed event stays refused, and ``check`` passes."""
    sid = repo.load_schemes(decided)[0].id
    nb.save_config(decided, CONFIG)
    cs.close_session(decided, TODAY)
    rid = review.record_review(decided, sid, **_review_args())  # type: ignore[arg-type]
    assert review.get_review(decided, sid) is not None
    review.record_review(decided, sid, **_review_args(comments="Diperbaiki setelah pleno"))  # type: ignore[arg-type]
    got = review.get_review(decided, sid)
    assert got is not None and got.id == rid and got.comments == "Diperbaiki setelah pleno"
    review.record_validation(decided, sid, _va())
    assert review.get_validation(decided, sid, "setelah") is not None
    person = repo.list_participants(decided)[0]
    with pytest.raises(DomainError) as refused:
        repo.audited_update(decided, "participant", person.id, {"institution": "Lain"}, reason="x")
    assert refused.value.code == "event_closed"
    verify_for_use(decided)
