"""The several-laptop commands as a coordinator and an assessor type them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from humas_desktop.cli import main
from tests.services.laptops import score_and_send, setup_venue


def _json(capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    return json.loads(capsys.readouterr().out)


def test_merge_reports_added_duplicates_and_refusals(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    venue = setup_venue(tmp_path, participants=4)
    good = score_and_send(venue, 0)
    bad = tmp_path / "usb" / "rusak.humaspkg"
    data = bytearray(score_and_send(venue, 1).read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad.write_bytes(bytes(data))
    event = str(venue.coordinator.event_path)
    base = ["--data-dir", str(venue.coordinator.base)]

    assert main([*base, "merge", event, str(good), str(bad), "--json"]) == 1
    report = _json(capsys)
    assert report["rejected"] == [{"package": "rusak.humaspkg", "reason": report["rejected"][0]["reason"]}]
    assert report["rejected"][0]["reason"] in {"package_tampered", "package_damaged"}
    assert report["added"] > 0 and report["conflicts"] == 0 and report["duplicates"] == []

    assert main([*base, "merge", event, str(good), "--json"]) == 0
    again = _json(capsys)
    assert again["duplicates"] == [good.name] and again["added"] == 0

    assert main([*base, "merge", event, str(bad)]) == 1
    assert "DITOLAK" in capsys.readouterr().out

    assert main([*base, "conflicts", event, "--json"]) == 0
    assert _json(capsys) == {"conflicts": []}

    # One assessor's results are in; the other's are missing: not complete.
    assert main([*base, "completeness", event, "--json"]) == 1
    grid = _json(capsys)
    assert grid["missing"] == 2 and {c["state"] for c in grid["cells"]} == {"signed", "expected"}


def test_package_open_and_results_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    venue = setup_venue(tmp_path, participants=2)
    event = str(venue.coordinator.event_path)
    out = tmp_path / "usb2"
    assert main(["--data-dir", str(venue.coordinator.base), "package", event, "--all", "--out", str(out),
                 "--json"]) == 0
    packages = _json(capsys)["packages"]
    assert len(packages) == 2 and all(Path(p["package"]).exists() for p in packages)
    lap, row = venue.assessors[0], venue.assessor_rows[0]
    mine = next(p["package"] for p in packages if p["assessor_id"] == row.id)
    assert main(["--data-dir", str(lap.base), "device-key", "--json"]) == 0
    assert _json(capsys)["fingerprint"] == lap.device.fingerprint
    # Not paired yet: one line that says how to pair, exit 1.
    assert main(["--data-dir", str(lap.base), "open-package", mine]) == 1
    err = capsys.readouterr().err
    assert "--coordinator-fingerprint" in err and len(err.strip().splitlines()) == 1
    assert main(["--data-dir", str(lap.base), "open-package", mine, "--coordinator-fingerprint",
                 venue.coordinator.device.fingerprint, "--json"]) == 0
    opened = _json(capsys)
    working = opened["event_file"]
    assert opened["assessor"] == row.name and opened["participants"] == 1
    # Nothing signed yet: "Kirim hasil" refuses with one clear line.
    assert main(["--data-dir", str(lap.base), "results", working, "--out", str(out)]) == 1
    assert "ditandatangani" in capsys.readouterr().err
    other = venue.assessors[1]
    assert main(["--data-dir", str(other.base), "open-package", mine]) == 1
    assert "laptop lain" in capsys.readouterr().err
    # Opened without --json, the assessor reads whose package it is, as in the app.
    theirs = next(p["package"] for p in packages if p["assessor_id"] == venue.assessor_rows[1].id)
    assert main(["--data-dir", str(other.base), "open-package", theirs, "--coordinator-fingerprint",
                 venue.coordinator.device.fingerprint]) == 0
    said = capsys.readouterr().out
    assert f"Paket untuk {venue.assessor_rows[1].name}: 1 asesi" in said and "Salinan kerja" in said
