"""The roster editor and the roster import apply the issuing rules (issue #22): a value the
rules cannot produce is refused with its Indonesian line; a NIP whose birth date differs from the
birth-date column is only a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.messages import message
from humas_desktop.services import roster_edit
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import open_event
from tests.conftest import make_demo


@pytest.fixture
def event(data_dir: Path) -> Path:
    return make_demo(data_dir, participants=4)


def _edit(event: Path, number: int, changes: dict[str, str]) -> roster_edit.EditResult:
    with open_event(event, device_id="t", actor="coordinator") as edb:
        p = repo.participant_by_number(edb, number)
        assert p is not None and p.birth_date is not None  # the unscored first participant
        return roster_edit.edit_participant(edb, p.id, changes, "koreksi sesuai KTP")


@pytest.mark.parametrize(("field", "value", "code"), [
    ("nik", "327301170890001", "nik_not_16_digits"),  # 15 digits
    ("nik", "3273011713900001", "nik_bad_date_part"),  # month 13
    ("nik", "3299011708900001", "nik_regency_unknown"),
    ("nik", "2001011708900001", "nik_province_unknown"),
    ("nik", "0000000000000000", "nik_all_zeros"),
    ("nip", "19850717201001100101", "nip_not_18_digits"),  # 20 digits
    ("nip", "198507172010131001", "nip_tmt_invalid"),  # TMT month 13
    ("nip", "198507172010013001", "nip_gender_digit_invalid"),
    ("phone", "08123456789012345678", "phone_invalid"),  # 20 digits
    ("email", "a..b@x", "email_invalid"),
    ("birth_date", "17/08/0090", "date_invalid"),
])
def test_editor_refuses_what_the_issuing_rules_cannot_produce(event: Path, field: str, value: str,
                                                              code: str) -> None:
    with open_event(event, device_id="t") as edb:
        before = repo.participant_by_number(edb, 1)
    with pytest.raises(roster_edit.RosterEditError) as caught:
        _edit(event, 1, {field: value})
    assert caught.value.code == code
    assert message(code) and "Traceback" not in message(code)
    with open_event(event, device_id="t") as edb:
        assert repo.participant_by_number(edb, 1) == before  # nothing changed


def test_editor_warns_when_the_nip_birth_date_differs(event: Path) -> None:
    with open_event(event, device_id="t") as edb:
        p = repo.participant_by_number(edb, 1)
        assert p is not None and p.birth_date is not None and p.gender is not None
    born = p.birth_date
    sex = "2" if p.gender.value == "P" else "1"
    matching = f"{born:%Y%m%d}{born.year + 20}01{sex}001"
    assert _edit(event, 1, {"nip": matching}).warnings == []
    other = born.replace(day=1 if born.day != 1 else 2)
    differing = f"{other:%Y%m%d}{born.year + 20}01{sex}001"
    result = _edit(event, 1, {"nip": differing})
    assert result.warnings == ["nip_birth_date_mismatch"]
    with open_event(event, device_id="t") as edb:
        stored = repo.participant_by_number(edb, 1)
        assert stored is not None and stored.nip == differing  # a warning, not a refusal


def test_editor_stores_a_phone_in_the_national_form(event: Path) -> None:
    result = _edit(event, 1, {"phone": "+62 812-3456-7890"})
    assert result.changed["phone"][1] == "081234567890"


def test_import_rejects_rows_the_rules_cannot_produce(tmp_path: Path, data_dir: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Nama", "NIK", "Tanggal Lahir", "Jenis Kelamin", "No HP", "Email"])
    ws.append(["Ayu Lestari", "3273015708900001", "17/08/1990", "P", "081234567890", "ayu@contoh.go.id"])
    ws.append(["Budi Santoso", "3273011713900002", "17/08/1990", "L", "081234567891", "budi@contoh.go.id"])
    ws.append(["Citra Dewi", "3273015708900003", "17/08/1990", "P", "08123456789012345678", "c@contoh.go.id"])
    ws.append(["Dedi Kurnia", "3273011708900004", "17/08/1990", "L", "081234567892", "a..b@x"])
    ws.append(["Eka Putri", "327301570890005", "17/08/1990", "P", "081234567893", "eka@contoh.go.id"])
    ws.append(["Fajar Hidayat", "3299011708900006", "17/08/1990", "L", "081234567894", "f@contoh.go.id"])
    roster = tmp_path / "daftar.xlsx"
    wb.save(roster)
    event = make_demo(data_dir, participants=1)
    code = main(["--data-dir", str(data_dir), "import", str(event), str(roster)])
    out, err = capsys.readouterr()
    text = out + err
    with open_event(event, device_id="t") as edb:
        names = {p.name for p in repo.list_participants(edb)}
    # Only Ayu's row is valid: whatever the import's policy on partial files, no other row is in.
    assert not names & {"Budi Santoso", "Citra Dewi", "Dedi Kurnia", "Eka Putri", "Fajar Hidayat"}
    for code_ in ("nik_bad_date_part", "phone_invalid", "email_invalid", "nik_not_16_digits",
                  "nik_regency_unknown"):
        assert message(code_) in text, (code_, text)
    assert "Traceback" not in text and code == 0
    assert "Ayu Lestari" in names
