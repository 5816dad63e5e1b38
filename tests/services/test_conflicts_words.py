"""Issue 24: values and fields on the conflict screen as the app shows them, never raw codes."""

from __future__ import annotations

from humas_desktop.services.conflicts import field_label, value_text


def test_values_are_shown_as_in_the_app() -> None:
    assert value_text("attendance", "tidak_hadir") == "Tidak hadir"
    assert value_text("attendance", "hadir") == "Hadir"
    assert value_text("attendance", None) == value_text("regency", "") == "(kosong)"
    assert value_text("verdict", "BK") == "Belum kompeten (BK)"
    assert value_text("overall_recommendation", "K") == "Kompeten (K)"
    assert value_text("status", "ditandatangani") == "Ditandatangani"
    assert value_text("birth_date", "1990-01-20") == "20 Januari 1990"
    assert value_text("consent_at", "2026-03-05T09:07:00+07:00") == "5 Maret 2026 09:07"
    assert value_text("memadai", 1) == "Ya" and value_text("memadai", 0) == "Tidak"
    assert value_text("regency", "Kota Bandung") == "Kota Bandung"  # free text stays as typed
    assert value_text("summary", "x" * 200).endswith("…") and len(value_text("summary", "x" * 200)) == 80


def test_fields_are_named_by_their_label() -> None:
    assert field_label("participant", "attendance") == "Kehadiran"
    assert field_label("participant", "regency") == "Kabupaten/Kota"
    assert field_label("participant", "name") == "Nama"
    assert field_label("evidence_item", "name") == "Nama bukti"
    assert field_label("answer", "verdict") == "Penilaian (K/BK)"
