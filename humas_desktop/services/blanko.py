"""The BNSP blanko a certificate was printed on: its serial recorded per certificate in the event
file (audited, one serial on one certificate) and carried into the LSP registry when it is used.

A blanko is a numbered, accountable form: the LSP reports which serial carries which certificate.
Recording happens after close (the certificates are numbered then), so it is allowed on a closed
event, like voiding a certificate.
"""

from __future__ import annotations

from dataclasses import dataclass

from humas_desktop.domain.errors import DomainError
from humas_desktop.storage import queries
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB
from humas_desktop.storage.registry import RegistryStore

MAX_SERIAL = 64


class BlankoError(DomainError):
    """A blanko serial cannot be recorded (unknown certificate, used twice, malformed)."""


@dataclass(frozen=True, slots=True)
class BlankoRecord:
    certificate_number: str
    serial: str
    previous: str  # "" when the certificate had none
    in_registry: bool


def normal_serial(text: str) -> str:
    serial = " ".join(text.split())
    if not serial or len(serial) > MAX_SERIAL or any(not c.isprintable() for c in serial):
        raise BlankoError("blanko_serial_invalid", limit=MAX_SERIAL)
    return serial


def record_serial(edb: EventDB, number: str, serial_text: str, reason: str = "",
                  store: RegistryStore | None = None) -> BlankoRecord:
    """Record that certificate ``number`` (or participant number ``number``) was printed on
    blanko ``serial_text``. Changing a recorded serial (a spoiled blanko) needs ``reason``.
    With ``store`` the registry row gets the serial in the same step; a refusal there leaves the
    event file unchanged."""
    serial = normal_serial(serial_text)
    found = queries.certificate_for_blanko(edb, number.strip())
    if found is None:
        raise BlankoError("blanko_certificate_unknown", number=number.strip())
    cert_id, cert_number, current, voided = found
    if voided:
        raise BlankoError("blanko_certificate_voided", number=cert_number)
    if current == serial:
        return BlankoRecord(cert_number, serial, current,
                            store is not None and _to_registry(store, cert_number, serial))
    if current and not reason.strip():
        raise BlankoError("blanko_change_needs_reason", number=cert_number, serial=current)
    holder = queries.blanko_serial_holder(edb, serial, cert_id)
    if holder is not None:
        raise BlankoError("blanko_serial_taken", serial=serial, number=holder)
    with edb.atomic():
        repo.audited_update(edb, "certificate", cert_id, {"blanko_serial": serial},
                            reason=reason.strip() or f"blanko {serial} untuk {cert_number}")
        # Inside the event transaction: a registry refusal rolls the event change back.
        in_registry = store is not None and _to_registry(store, cert_number, serial)
    return BlankoRecord(cert_number, serial, current, in_registry)


def _to_registry(store: RegistryStore, number: str, serial: str) -> bool:
    """Whether the registry took it; a number it does not hold yet (an event numbered from a
    reserved block, not published) gets it at 'registry publish'. A serial the registry has on
    another certificate is refused (RegistryError registry_blanko_taken)."""
    from humas_desktop.services import registry
    from humas_desktop.storage.registry import RegistryError

    try:
        registry.set_blanko(store, number, serial)
    except RegistryError as exc:
        if exc.code != "registry_certificate_unknown":
            raise
        return False
    return True


def serials(edb: EventDB) -> dict[str, str]:
    """Certificate number -> blanko serial for every certificate printed on one."""
    return queries.blanko_serials(edb)


def record_serials(edb: EventDB, changes: list[tuple[str, str]], reason: str = "",
                   store: RegistryStore | None = None) -> list[BlankoRecord]:
    """Several (certificate number, serial) at once, all or none in the event file (the GUI's
    table). Two rows with one serial are refused before anything is written."""
    seen: dict[str, str] = {}
    for number, text in changes:
        serial = normal_serial(text)
        if serial in seen:
            raise BlankoError("blanko_serial_taken", serial=serial, number=seen[serial])
        seen[serial] = number
    with edb.atomic():
        return [record_serial(edb, number, text, reason, store) for number, text in changes]


@dataclass(frozen=True, slots=True)
class BlankoRow:
    participant_number: int
    name: str
    certificate_number: str
    serial: str


def certificate_rows(edb: EventDB) -> list[BlankoRow]:
    """Every active certificate with its holder and recorded serial, by participant number."""
    people = {p.id: p for p in repo.list_participants(edb)}
    rows = [BlankoRow(people[c.participant_id].number, people[c.participant_id].name_on_certificate,
                      c.number, c.blanko_serial)
            for c in repo.list_certificates(edb) if not c.voided and c.participant_id in people]
    return sorted(rows, key=lambda r: r.participant_number)


def held_by_appeal(edb: EventDB) -> list[tuple[int, str]]:
    """(participant number, name) of everyone decided K whose certificate is held back while
    their FR.AK.04 appeal is open: the blanko window names them instead of leaving them
    silently out (services/appeals.held_decided_k)."""
    from humas_desktop.services.appeals import held_decided_k

    return held_decided_k(edb)


def registry_for_event(edb: EventDB, location: str) -> RegistryStore | None:
    """The registry this event was numbered from, if it is reachable now; else None (the
    serials then reach it at 'registry publish')."""
    from humas_desktop.services import registry
    from humas_desktop.storage.registry import RegistryError

    if not edb.setting(registry.LSP_ID_KEY):
        return None
    try:
        return registry.open_registry(location)
    except RegistryError:
        return None
