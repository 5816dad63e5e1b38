"""Issue 24: the CLI's merge report names assessors with a summary each, and ``conflicts`` speaks
the user's words (participant, sender, field label, values as the app shows them, what each
choice does), in text and in ``--json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humas_desktop.cli import main
from humas_desktop.domain.models import Attendance
from humas_desktop.services import handout
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from tests.services.laptops import score_and_send, setup_venue


def test_merge_and_conflicts_in_the_users_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    venue = setup_venue(tmp_path, participants=4)
    sender = venue.assessor_rows[0]
    with venue.coordinator.open() as edb:
        mine = handout.participants_of(edb, sender.id)
        target = mine[0]
        person = repo.get_participant(edb, target)
        ScoringService(edb).set_attendance(target, Attendance.HADIR)
    package = score_and_send(venue, 0, attendance=Attendance.TIDAK_HADIR)
    event = str(venue.coordinator.event_path)
    base = ["--data-dir", str(venue.coordinator.base)]

    assert main([*base, "merge", event, str(package)]) == 0
    out = capsys.readouterr().out
    assert f"OK       {sender.name} ({package.name})" in out
    assert f"{sender.name}: {len(mine)} hasil baru, {len(mine) - 1} diperbarui, 1 konflik" in out

    assert main([*base, "conflicts", event]) == 0
    out = capsys.readouterr().out
    assert f"Peserta no. {person.number} {person.name}" in out and f"dikirim oleh {sender.name}" in out
    assert f"Kehadiran: di laptop ini Hadir | dari {sender.name}: Tidak hadir" in out
    assert "tidak_hadir" not in out and "attendance" not in out
    assert "--keep incoming: Pakai nilai dari" in out

    assert main([*base, "conflicts", event, "--json"]) == 0
    [c] = json.loads(capsys.readouterr().out)["conflicts"]
    assert (c["participant_number"], c["participant_name"], c["sender"]) == (person.number, person.name,
                                                                              sender.name)
    assert c["changes"] == [{"field": "attendance", "label": "Kehadiran", "here": "Hadir",
                             "incoming": "Tidak hadir"}]
    assert c["kind_text"] == "Diubah di dua laptop" and sender.name in c["take_incoming"]
