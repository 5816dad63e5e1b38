"""A close's block of certificates goes into the registry in one bulk insert (COPY on PostgreSQL,
issue #25): every row exactly as built, all or nothing when one number is already taken."""

from __future__ import annotations

from datetime import date

import pytest

from humas_desktop.services import registry as svc
from humas_desktop.storage.registry import CertRow, RegistryError, RegistryStore


def _store(location: str) -> RegistryStore:
    return svc.init_registry(location, "LSP Uji", "BNSP-LSP-001-ID", field_code="HMS")


def _rows(event_id: str, first: int, count: int) -> list[CertRow]:
    return [CertRow(f"id-{event_id}-{i}", f"C-{i:05d}", f"R-{i:05d}", "", f"Peserta {i} 'O\\Neil'\t",
                    f"3273{i:012d}", "SKM-HUMAS", "2026-11-23", "2029-11-23", event_id, f"p{i}",
                    i, duplicate_reason="sama\norang" if i % 7 == 0 else "",
                    created_at="2026-11-23T10:00:00+00:00")
            for i in range(first, first + count)]


def test_a_block_is_stored_exactly_as_built(registry_location: str) -> None:
    store = _store(registry_location)
    try:
        rows = _rows("e1", 1, 300)
        issued = store.issue("e1", 2026, len(rows), lambda _c, _r: rows)
        assert issued == rows
        held = sorted(store.event_certificates("e1"), key=lambda r: r.participant_number)
        assert [tuple(r) for r in held] == [tuple(r) for r in rows]
    finally:
        store.close()


@pytest.mark.parametrize("count", [3, 300])
def test_a_taken_number_refuses_the_whole_block(registry_location: str, count: int) -> None:
    store = _store(registry_location)
    try:
        store.insert_certificates(_rows("e1", 1, 1))
        block = _rows("e2", 1, count)[::-1]  # the taken number C-00001 comes last
        with pytest.raises(RegistryError) as info:
            store.issue("e2", 2026, count, lambda _c, _r: block)
        assert info.value.code == "registry_number_taken"
        assert store.certificate_count() == 1  # nothing of the block, the series rolled back
        assert store.event_certificates("e2") == []
        with pytest.raises(RegistryError) as info:
            store.publish("e2", "Acara 2", block, [], None)
        assert info.value.code == "registry_number_taken"
        assert store.certificate_count() == 1
        assert store.published_events() == []
    finally:
        store.close()


def test_the_close_paths_rows_carry_each_holders_numbers_and_dates() -> None:
    """cert_rows (the close's batch): the numbers by the patterns, the scheme's validity from the
    issue date (29 February -> 28 February), a fresh id each, the duplicate reason kept."""
    codes = svc.Codes("{kbli} {kbji} {jenjang}  {urut:07d} {tahun}", "{bidang} {lisensi} {urut:05d} {tahun}",
                      "HMS", "1926")
    people = [svc.Subject(f"d{i}", f"p{i}", 10 + i, "s", "SKM", "70203", "2432", str(i % 3),
                          f"Nama {i}", f"3273{i:012d}", validity_years=3 if i % 2 else 5)
              for i in range(600)]
    rows = svc.cert_rows("ev", people, codes, 2028, 41, 7, date(2028, 2, 29), "alasan")
    assert [r.number for r in rows] == [f"70203 2432 {i % 3} {41 + i:07d} 2028" for i in range(600)]
    assert [r.registration_number for r in rows] == [f"HMS 1926 {7 + i:05d} 2028" for i in range(600)]
    assert {r.valid_until for r in rows[1::2]} == {"2031-02-28"}
    assert {r.valid_until for r in rows[0::2]} == {"2033-02-28"}
    assert {r.issue_date for r in rows} == {"2028-02-29"}
    assert [(r.participant_id, r.participant_number, r.holder_name, r.nik) for r in rows] == \
        [(s.participant_id, s.participant_number, s.name, s.nik) for s in people]
    assert len({r.id for r in rows}) == 600
    assert {(r.event_id, r.status, r.duplicate_reason, r.blanko_serial) for r in rows} == \
        {("ev", "active", "alasan", "")}
