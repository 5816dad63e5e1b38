"""An assessor's working copy refuses the coordinator's acts in the services (#24 item 5): a
removal made there was silently dropped at merge; now nothing changes and the message says why."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.services import close_session, roster_edit
from humas_desktop.services.occupation_codes import set_occupation_code
from humas_desktop.services.roster_import import ImportOptions, import_roster
from humas_desktop.services.workspace import ASSESSOR_COPY_KEY
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo
from tests.formats import roster_corpus as corpus


def run(gen):
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        return stop.value


@pytest.fixture
def copy(data_dir: Path):
    path = make_demo(data_dir, participants=4)
    edb = open_event(path, device_id="t", actor="coordinator")
    assessor = repo.list_assessors(edb)[0]
    with edb.atomic():
        edb.set_setting(ASSESSOR_COPY_KEY, assessor.id)  # what opening a hand-out writes
    yield edb
    edb.close()


def refused(fn, *args, **kw) -> str:
    with pytest.raises(DomainError) as exc:
        result = fn(*args, **kw)
        if hasattr(result, "__next__"):
            run(result)
    assert exc.value.code == "assessor_copy_refused", exc.value.code
    return str(exc.value.context["action"])


def test_roster_changes_refused_and_nothing_changes(copy, tmp_path: Path) -> None:
    people = repo.list_participants(copy)
    target = people[-1]
    assert refused(roster_edit.remove_participant, copy, target.id, "salah") == "Hapus peserta"
    assert refused(roster_edit.edit_participant, copy, target.id, {"name": "X"}, "salah") == \
        "Ubah data peserta"
    assert refused(set_occupation_code, copy, [target.id], "5") == "Kode pekerjaan BNSP"
    roster = corpus.write(tmp_path / "r.xlsx", [corpus.good_row(1)])
    assert refused(import_roster, copy, roster, ImportOptions()) == "Impor peserta"
    assert [p.name for p in repo.list_participants(copy)] == [p.name for p in people]
    assert repo.get_participant(copy, target.id).name == target.name
    # The form says it on opening, before anything is typed.
    assert roster_edit.refusal(copy, target.id).code == "assessor_copy_refused"


def test_closing_and_handout_refused(copy, tmp_path: Path) -> None:
    from humas_desktop.services.handout import write_handouts
    from humas_desktop.storage.device import load_or_create_device

    assert refused(close_session.close_session, copy, date(2026, 12, 7)) == "Tutup sesi"
    device = load_or_create_device(tmp_path / "dev")
    ids = [a.id for a in repo.list_assessors(copy)]
    assert refused(write_handouts, copy, device, tmp_path / "usb", ids) == "Bagikan paket"
    assert not (tmp_path / "usb").exists() or not any((tmp_path / "usb").iterdir())


def test_the_message_names_the_act(copy) -> None:
    from humas_desktop.messages import message

    text = message("assessor_copy_refused", action="Hapus peserta")
    assert text.startswith("Ini salinan kerja asesor: Hapus peserta hanya dilakukan koordinator")


def test_the_lsps_own_records_are_refused_on_a_copy_and_nothing_is_written(copy) -> None:
    """FR.AK.04 appeals, FR.AK.06, FR.VA and the document settings are the coordinator's records
    and never travel back in a results package: written on an assessor's copy they were lost
    without a word at merge (on 0554e14 each was saved there). Now each is refused, naming it."""
    from humas_desktop.services import appeals, review
    from humas_desktop.services import document_settings as ds

    sid = repo.load_schemes(copy)[0].id
    person = repo.list_participants(copy)[0]
    tables = ("appeal", "review", "validation", "settings")
    before = {t: repo.table_rows(copy, t) for t in tables}
    assert refused(review.record_review, copy, sid, principles=[], dimensions=[],
                   reviewer_name="Drs. Lead", reviewed_on=date(2026, 12, 7)) == "FR.AK.06"
    assert refused(review.record_validation, copy, sid, None) == "FR.VA"
    assert refused(appeals.open_appeal, copy, person.id, ["ya", "ya", "tidak"], "alasan",
                   date(2026, 12, 7)) == "Banding FR.AK.04"
    assert refused(appeals.set_window_days, copy, 30) == "Banding FR.AK.04"
    settings = ds.load(copy)
    settings.texts["certificate.chair_name"] = "Orang Lain"
    assert refused(ds.save, copy, settings) == "Pengaturan dokumen"
    assert {t: repo.table_rows(copy, t) for t in tables} == before
