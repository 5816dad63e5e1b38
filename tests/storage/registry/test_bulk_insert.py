"""A close's block of certificates goes into the registry in one bulk insert (COPY on PostgreSQL,
issue #25): every row exactly as built, all or nothing when one number is already taken."""

from __future__ import annotations

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
