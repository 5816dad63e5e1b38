"""The LSP registry's use cases: set-up, numbering at close, reservations, publish, search,
revocation, re-certification due list, period report, and the LSP profile for documents.

The registry is the LSP office's database of record across events: a certificate number is
handed out once in the LSP's life, whichever event, laptop or reserved block asks for it.
Location: ``--registry`` (a path or a ``postgresql://`` URL), else ``HUMAS_REGISTRY``, else
``<data dir>/registry.sqlite``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import IdSource, new_id
from humas_desktop.formats.cert_payload import CertificatePayload, encode, holder_hash
from humas_desktop.services import numbering
from humas_desktop.services.document_settings import IDENTITY_KEY as IDENTITY_SETTING
from humas_desktop.services.lsp_key import RevocationList
from humas_desktop.storage import queries
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB
from humas_desktop.storage.registry import CertRow, Profile, RegistryError, RegistryStore, is_server_url
from humas_desktop.storage.registry.store import now_text

T = TypeVar("T")

REGISTRY_ENV = "HUMAS_REGISTRY"
REGISTRY_FILE = "registry.sqlite"
# Event-file settings written when an event meets the registry (close or reserve).
LSP_ID_KEY = "registry.lsp_id"
VERIFY_URL_KEY = "registry.verify_url"
RESERVATION_KEY = "registry.reservation"
RESERVATION_USED_KEY = "registry.reservation_used"
IDENTITY_KEY = IDENTITY_SETTING  # the registry's LSP identity as the event took it (JSON)

__all__ = ["RegistryError", "RegistryStore", "CertRow", "Profile"]


def default_location(base: Path) -> str:
    return os.environ.get(REGISTRY_ENV) or str(base / REGISTRY_FILE)


def resolve_location(explicit: str | None, base: Path) -> str:
    return explicit or default_location(base)


def describe_location(location: str) -> str:
    """A location safe to show: a server URL without its password."""
    if not is_server_url(location):
        return location
    from urllib.parse import urlsplit

    parts = urlsplit(location)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    user = f"{parts.username}@" if parts.username else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"


def init_registry(location: str, lsp_name: str, licence: str, *, verify_url: str = "",
                  field_code: str = "", licence_code: str = "", address: str = "",
                  certificate_pattern: str = numbering.DEFAULT_CERT_PATTERN,
                  registration_pattern: str = numbering.DEFAULT_REG_PATTERN,
                  certificate_start: int = 1, registration_start: int = 1,
                  signatories: Sequence[tuple[str, str]] = (),
                  logo: Path | None = None) -> RegistryStore:
    if not lsp_name.strip() or not licence.strip():
        raise RegistryError("registry_profile_missing")
    numbering.check_pattern(certificate_pattern)
    numbering.check_pattern(registration_pattern)
    if certificate_start < 1 or registration_start < 1:
        raise numbering.NumberingError("numbering_start_invalid")
    if verify_url and not verify_url.startswith(("https://", "http://")):
        raise RegistryError("registry_verify_url_invalid")
    profile = Profile(new_id(), lsp_name.strip(), licence.strip(), address.strip(),
                      verify_url.strip(), field_code.strip(),
                      licence_code.strip() or _licence_digits(licence),
                      read_logo(logo) if logo is not None else None)
    return RegistryStore.create(location, profile, {
        "certificate": (certificate_pattern, certificate_start),
        "registration": (registration_pattern, registration_start)}, signatories)


def read_logo(path: Path) -> bytes:
    """The LSP logo checked and scaled as the documents' kop expects (PNG bytes)."""
    from humas_desktop.formats.logo_image import read_logo as read
    from humas_desktop.services.document_settings import LOGO_MAX_BYTES, LOGO_MAX_PX

    return read(path, LOGO_MAX_BYTES, LOGO_MAX_PX)


def update_profile(store: RegistryStore, *, address: str | None = None,
                   verify_url: str | None = None, logo: Path | None = None,
                   signatories: Sequence[tuple[str, str]] | None = None) -> None:
    if verify_url and not verify_url.startswith(("https://", "http://")):
        raise RegistryError("registry_verify_url_invalid")
    fields: dict[str, object] = {}
    if address is not None:
        fields["address"] = address.strip()
    if verify_url is not None:
        fields["verify_url"] = verify_url.strip()
    if logo is not None:
        fields["logo"] = read_logo(logo)
    store.update_profile(fields, signatories)


def _licence_digits(licence: str) -> str:
    """``BNSP-LSP-1926-ID`` -> ``1926`` (the licence part of a registration number)."""
    import re

    groups = re.findall(r"\d+", licence)
    return max(groups, key=len) if groups else ""


def open_registry(location: str) -> RegistryStore:
    return RegistryStore.attach(location)


@dataclass(frozen=True, slots=True)
class LspProfile:
    """What documents print about the LSP (the registry is the source where it exists)."""

    name: str
    licence: str
    address: str
    verify_url: str
    signatories: tuple[tuple[str, str], ...]  # (name, role)
    logo: bytes | None = None
    version: int = 0  # the registry's profile version it was read at (0: not from a registry)
    lsp_id: str = ""


def _profile_of(store: RegistryStore) -> LspProfile:
    p = store.profile()
    return LspProfile(p.name, p.licence, p.address, p.verify_url, tuple(store.signatories()),
                      p.logo, store.profile_version(), p.id)


def snapshot_identity(edb: EventDB, store: RegistryStore) -> LspProfile:
    """Record the registry's LSP identity in the event (inside the caller's transaction): every
    document and certificate of the event prints it, so a reprint years later is the same, and
    the event says which profile version of which registry it took."""
    import base64

    profile = _profile_of(store)
    edb.set_setting(IDENTITY_KEY, json.dumps({
        "lsp_id": profile.lsp_id, "version": profile.version, "taken_at": now_text(),
        "name": profile.name, "licence": profile.licence, "address": profile.address,
        "verify_url": profile.verify_url,
        "signatories": [[name, role] for name, role in profile.signatories],
        "logo": base64.b64encode(profile.logo).decode("ascii") if profile.logo else "",
    }, ensure_ascii=False))
    return profile


def ensure_identity(edb: EventDB, store: RegistryStore) -> None:
    """The snapshot is taken once, at the first close: a re-close after a reopen, or a reprint
    years later, prints the LSP as the certificates first named it."""
    if not edb.setting(IDENTITY_KEY):
        snapshot_identity(edb, store)


def check_verify_url(store: RegistryStore) -> None:
    """Final certificates carry the LSP's verification address in their QR: none, no numbers."""
    if not store.profile().verify_url.strip():
        raise RegistryError("registry_verify_url_missing")


def lsp_profile(base: Path | None = None, location: str | None = None) -> LspProfile | None:
    """The LSP profile from the registry, or None when there is no reachable registry."""
    check_exists = location is None
    if location is None:
        if base is None:
            return None
        location = default_location(base)

    return _read_existing(location, _profile_of, check_exists=check_exists)


def registry_revocations(store: RegistryStore) -> RevocationList:
    """The registry's revocation list (the database of record): its numbers, sequence and date."""
    seq, at = store.revocation_state()
    return RevocationList(date.fromisoformat(at[:10]) if at else None,
                          frozenset(store.revoked_numbers()), seq, "registry",
                          describe_location(store.location))


def reachable_revocations(location: str, *, check_exists: bool = True) -> RevocationList | None:
    """The revocation list of the registry at ``location``; None when missing or unreachable."""
    return _read_existing(location, registry_revocations, check_exists=check_exists)


def _read_existing(location: str, read: Callable[[RegistryStore], T], *,
                   check_exists: bool = True) -> T | None:
    """``read(store)`` on the registry at ``location``; None when it is missing or unreachable."""
    if check_exists and not is_server_url(location) and not Path(location).exists():
        return None
    try:
        store = open_registry(location)
    except DomainError:
        return None
    try:
        return read(store)
    finally:
        store.close()


# --- numbering against the registry ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Subject:
    decision_id: str
    participant_id: str
    participant_number: int
    scheme_id: str
    scheme_code: str
    kbli: str
    kbji: str
    jenjang: str
    name: str
    nik: str
    validity_years: int = numbering.VALID_YEARS


@dataclass(frozen=True, slots=True)
class Duplicate:
    participant_number: int
    existing_number: str


@dataclass(frozen=True, slots=True)
class Codes:
    certificate_pattern: str
    registration_pattern: str
    field_code: str
    licence_code: str


def subjects(edb: EventDB) -> list[Subject]:
    out = []
    for decision_id, pid, scheme_id in queries.present_k_decisions(edb):
        s = queries.scheme_numbering_fields(edb, scheme_id)
        if s is None:
            raise numbering.NumberingError("certificate_subject_missing")
        person = repo.get_participant(edb, pid)
        out.append(Subject(decision_id, pid, person.number, scheme_id, s[0], s[1], s[2], s[3],
                           person.name, person.nik,
                           queries.scheme_validity_years(edb, scheme_id)))
    return out


def registry_codes(store: RegistryStore, edb: EventDB) -> Codes | None:
    """Patterns from the registry; field/licence codes from it, else from the event's settings."""
    patterns = store.patterns()
    profile = store.profile()
    event_cfg = numbering.load_config(edb)
    field = profile.field_code or (event_cfg.bidang if event_cfg else "")
    licence = profile.licence_code or (event_cfg.lisensi if event_cfg else "")
    if not field or not licence:
        return None
    return Codes(patterns["certificate"][0], patterns["registration"][0], field, licence)


def check_lsp(store: RegistryStore, edb: EventDB) -> None:
    """An event that met one LSP's registry is never numbered or published by another."""
    known = edb.setting(LSP_ID_KEY)
    if known and known != store.profile().id:
        raise RegistryError("registry_wrong_lsp")


def duplicates(store: RegistryStore, edb: EventDB, people: Sequence[Subject]) -> list[Duplicate]:
    """Holders who already have an active certificate in the same scheme (another event)."""
    event_id = queries.event_id(edb)
    out: list[Duplicate] = []
    by_scheme: dict[str, list[Subject]] = {}
    for s in people:
        by_scheme.setdefault(s.scheme_code, []).append(s)
    for code, group in by_scheme.items():
        found = store.active_in_scheme([s.nik for s in group], code, event_id)
        out.extend(Duplicate(s.participant_number, found[s.nik].number) for s in group
                   if s.nik in found)
    return sorted(out, key=lambda d: d.participant_number)


def _numbers(codes: Codes, s: Subject, year: int, cert_urut: int, reg_urut: int) -> tuple[str, str]:
    """``numbering.format_number`` of both patterns (the same text: ``format_map`` of one dict
    instead of two ``**`` copies; this runs once per certificate of a 5,000-row close)."""
    fields = {"kbli": s.kbli, "kbji": s.kbji, "jenjang": s.jenjang, "tahun": year,
              "bidang": codes.field_code, "lisensi": codes.licence_code, "urut": cert_urut}
    number = " ".join(codes.certificate_pattern.format_map(fields).split())
    fields["urut"] = reg_urut
    return number, " ".join(codes.registration_pattern.format_map(fields).split())


def _valid_until(s: Subject, issue: date) -> date:
    """Issue date + the scheme's validity years (29 February -> 28 February)."""
    return numbering.add_years(issue, s.validity_years)


def cert_rows(event_id: str, people: Sequence[Subject], codes: Codes, year: int, first_c: int,
              first_r: int, issue: date, duplicate_reason: str = "") -> list[CertRow]:
    """The registry rows of ``people`` numbered from ``first_c`` / ``first_r`` on: each
    certificate's numbers by the patterns, made as a batch (ids read 256 at a time, the dates written
    once per validity, one creation time: the rows go in in one transaction)."""
    ids = IdSource()
    issued = issue.isoformat()
    until: dict[int, str] = {}
    created = now_text()
    rows: list[CertRow] = []
    for i, s in enumerate(people):
        number, reg = _numbers(codes, s, year, first_c + i, first_r + i)
        valid = until.get(s.validity_years)
        if valid is None:
            valid = until[s.validity_years] = _valid_until(s, issue).isoformat()
        rows.append(CertRow(ids.next(), number, reg, "", s.name, s.nik, s.scheme_code, issued,
                            valid, event_id, s.participant_id, s.participant_number, "active", "",
                            "", "", duplicate_reason, created))
    return rows


def _write_event_certificate(edb: EventDB, s: Subject, number: str, reg: str, issue: date,
                             until: date) -> str:
    payload = CertificatePayload(number, reg, s.scheme_code, issue, until, holder_hash(s.name, s.nik))
    cert_id = new_id()
    repo.audited_insert(edb, "certificate", {
        "id": cert_id, "participant_id": s.participant_id, "scheme_id": s.scheme_id,
        "decision_id": s.decision_id, "number": number, "registration_number": reg,
        "issue_date": issue.isoformat(), "valid_until": until.isoformat(),
        "verification_code": encode(payload),
    })
    return cert_id


@dataclass(frozen=True, slots=True)
class Reservation:
    id: str
    lsp_id: str
    year: int
    certificate_first: int
    registration_first: int
    count: int
    certificate_pattern: str
    registration_pattern: str
    field_code: str
    licence_code: str

    def codes(self) -> Codes:
        return Codes(self.certificate_pattern, self.registration_pattern, self.field_code,
                     self.licence_code)


def event_reservation(edb: EventDB) -> Reservation | None:
    text = edb.setting(RESERVATION_KEY)
    if not text:
        return None
    return Reservation(**json.loads(text))


def assign_numbers(edb: EventDB, store: RegistryStore | None, issue_date: date,
                   duplicate_reason: str = "") -> list[str]:
    """Number every K decision without an active certificate (inside the caller's event
    transaction): from the event's reserved block, else from the registry. Returns the new
    event-file certificate ids.

    With the registry, allocation and the registry rows are one registry transaction; the
    event rows follow. A crash in between leaves registry rows that the next close reuses (keyed
    by event and participant), so a number is never handed out twice.
    """
    people = [s for s in subjects(edb)
              if queries.active_certificate_id(edb, s.participant_id, s.scheme_id) is None]
    if not people:
        if store is not None:  # nobody to number: the pleno and SK still name the LSP
            check_lsp(store, edb)
            ensure_identity(edb, store)
        return []
    event_id = queries.event_id(edb)
    reservation = event_reservation(edb)
    if store is not None:
        check_lsp(store, edb)
        if reservation is None:
            check_verify_url(store)
        dups = duplicates(store, edb, people)
        if dups and not duplicate_reason.strip():
            raise DuplicateHoldersError(dups)
    ids: list[str] = []
    if reservation is not None:
        if reservation.year != issue_date.year:
            # Numbers take their year from the plenary date, as the certificate's date does.
            raise RegistryError("reservation_year_differs", year=reservation.year,
                                plenary_year=issue_date.year)
        used = int(edb.setting(RESERVATION_USED_KEY) or "0")
        if used + len(people) > reservation.count:
            raise RegistryError("reservation_too_small", count=reservation.count,
                                needed=used + len(people))
        codes = reservation.codes()
        for i, s in enumerate(people, start=used):
            number, reg = _numbers(codes, s, reservation.year, reservation.certificate_first + i,
                                   reservation.registration_first + i)
            ids.append(_write_event_certificate(edb, s, number, reg, issue_date,
                                                _valid_until(s, issue_date)))
        edb.set_setting(RESERVATION_USED_KEY, str(used + len(people)))
        if store is not None:  # connected at close; else the one taken at reserve
            ensure_identity(edb, store)
        return ids
    if store is None:
        raise RegistryError("registry_needed")
    codes_or_none = registry_codes(store, edb)
    if codes_or_none is None:
        raise numbering.NumberingError("numbering_not_configured")
    codes = codes_or_none
    # A certificate the event voided (a wrong name, reprinted after a reopen) is voided in the
    # series too, so its holder gets a new number, never the voided one again.
    store.void_numbers(event_id, [(c.number, c.void_reason) for c in repo.list_certificates(edb)
                                  if c.voided])
    existing = {r.participant_id: r for r in store.event_certificates(event_id)
                if r.status != "voided"}
    missing = [s for s in people if s.participant_id not in existing]
    year = issue_date.year

    def make_rows(first_c: int, first_r: int) -> list[CertRow]:
        return cert_rows(event_id, missing, codes, year, first_c, first_r, issue_date,
                         duplicate_reason.strip())

    if missing:
        for r in store.issue(event_id, year, len(missing), make_rows):
            existing[r.participant_id] = r
        _fault_point()
    profile = store.profile()
    edb.set_setting(LSP_ID_KEY, profile.id)
    if profile.verify_url:
        edb.set_setting(VERIFY_URL_KEY, profile.verify_url)
    ensure_identity(edb, store)
    for s in people:
        r = existing[s.participant_id]
        ids.append(_write_event_certificate(edb, s, r.number, r.registration_number,
                                            date.fromisoformat(r.issue_date),
                                            date.fromisoformat(r.valid_until)))
    return ids


# Fault injection for tests (tests/services/test_registry_kill.py): the process dies right after
# the registry committed the numbers and before the event file records them, what a power cut
# between the two databases leaves. The next close must reuse those numbers, never take new ones.
FAULT_ENV = "HUMAS_FAULT_REGISTRY_DIE_AFTER_ISSUE"
FAULT_EXIT = 87


def _fault_point() -> None:
    if os.environ.get(FAULT_ENV):
        os._exit(FAULT_EXIT)  # no rollback of the event transaction, no clean-up


class DuplicateHoldersError(DomainError):
    """Holders with an active certificate in the same scheme; the coordinator confirms."""

    def __init__(self, found: list[Duplicate]) -> None:
        super().__init__("close_duplicate_holders", count=len(found),
                         numbers=", ".join(str(d.participant_number) for d in found))
        self.found = found


# --- reservations --------------------------------------------------------------------------


def reserve(edb: EventDB, store: RegistryStore, count: int, year: int) -> Reservation:
    """Give an event a block of numbers before it travels; recorded in the event file."""
    from humas_desktop.services.event_state import ensure_open

    ensure_open(edb)
    if count < 1 or count > 100_000:
        raise RegistryError("reservation_count_invalid")
    if event_reservation(edb) is not None:
        raise RegistryError("reservation_exists")
    check_lsp(store, edb)
    codes = registry_codes(store, edb)
    if codes is None:
        raise numbering.NumberingError("numbering_not_configured")
    check_verify_url(store)
    profile = store.profile()
    rid, first_c, first_r = store.reserve(queries.event_id(edb), year, count)
    res = Reservation(rid, profile.id, year, first_c, first_r, count, codes.certificate_pattern,
                      codes.registration_pattern, codes.field_code, codes.licence_code)
    with edb.atomic():
        edb.set_setting(RESERVATION_KEY, json.dumps(_as_dict(res)))
        edb.set_setting(LSP_ID_KEY, profile.id)
        if profile.verify_url:
            edb.set_setting(VERIFY_URL_KEY, profile.verify_url)
        snapshot_identity(edb, store)
    return res


def _as_dict(res: Reservation) -> dict[str, object]:
    return {f: getattr(res, f) for f in Reservation.__dataclass_fields__}


# --- publish -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PublishResult:
    event_id: str
    certificates: int
    inserted: int
    voided_unused: int
    # Participant numbers decided K whose certificate is held back by an open FR.AK.04 appeal:
    # not in the registry yet, and said so (services/appeals.held_decided_k).
    held: tuple[int, ...] = ()


def publish(edb: EventDB, store: RegistryStore, duplicate_reason: str = "") -> PublishResult:
    """Record a closed event's certificates in the registry (idempotent); a reserved block's
    unused numbers are voided so nobody hands them out. Certificates numbered from a block at a
    venue without a connection meet the duplicate check here: holders with an active
    certificate in the same scheme need ``duplicate_reason``."""
    from humas_desktop.services.event_state import is_closed

    if not is_closed(edb):
        raise RegistryError("publish_needs_closed_event")
    check_lsp(store, edb)
    event_id = queries.event_id(edb)
    people = {s.participant_id: s for s in subjects(edb)}
    rows: list[CertRow] = []
    voided: list[tuple[str, str]] = []
    for c in repo.list_certificates(edb):
        person = repo.get_participant(edb, c.participant_id)
        s = people.get(c.participant_id)
        fields = queries.scheme_numbering_fields(edb, c.scheme_id)
        scheme_code = s.scheme_code if s else (fields[0] if fields else "")
        rows.append(CertRow(new_id(), c.number, c.registration_number, c.blanko_serial,
                            person.name, person.nik,
                            scheme_code, c.issue_date.isoformat(), c.valid_until.isoformat(),
                            event_id, c.participant_id, person.number,
                            status="voided" if c.voided else "active",
                            status_reason=c.void_reason if c.voided else "",
                            created_at=now_text()))
        if c.voided:
            voided.append((c.number, c.void_reason))
    known = {r.number for r in store.event_certificates(event_id)}
    fresh = [r for r in rows if r.number not in known and r.status == "active"]
    found: list[Duplicate] = []
    for code in {r.scheme_code for r in fresh}:
        group = [r for r in fresh if r.scheme_code == code]
        active = store.active_in_scheme([r.nik for r in group], code, event_id)
        found += [Duplicate(r.participant_number, active[r.nik].number) for r in group
                  if r.nik in active]
    if found:
        if not duplicate_reason.strip():
            raise DuplicateHoldersError(sorted(found, key=lambda d: d.participant_number))
        flagged = {d.participant_number for d in found}
        rows = [r._replace(duplicate_reason=duplicate_reason.strip())
                if r.participant_number in flagged and r.number not in known else r for r in rows]
    reservation = event_reservation(edb)
    close_res = None
    unused_count = 0
    if reservation is not None:
        used = int(edb.setting(RESERVATION_USED_KEY) or "0")
        unused = [("certificate", reservation.year, reservation.certificate_first + i)
                  for i in range(used, reservation.count)]
        unused += [("registration", reservation.year, reservation.registration_first + i)
                   for i in range(used, reservation.count)]
        unused_count = reservation.count - used
        close_res = (reservation.id, used, unused)
    event = repo.load_event(edb)
    plenary, upload = _upload_rows(edb)
    inserted = store.publish(event_id, event.name, rows, voided, close_res, plenary, upload)
    for c in repo.list_certificates(edb):  # blanko serials recorded while the registry was away
        if c.blanko_serial and not c.voided:
            set_blanko(store, c.number, c.blanko_serial)
    from humas_desktop.services.appeals import held_decided_k

    return PublishResult(event_id, len(rows), inserted, unused_count,
                         tuple(n for n, _name in held_decided_k(edb)))


def _upload_rows(edb: EventDB) -> tuple[str, list[tuple[str, str, str]]]:
    """The event's plenary date and its BNSP upload rows (scheme code, K/BK, JSON row)."""
    from humas_desktop.services import exports

    data = exports.load_event_data(edb)
    rows = exports.bnsp_rows(data)
    present = [p for p in data.participants if exports.is_present(data, p)]
    out = []
    for p, row in zip(present, rows, strict=True):
        scheme = data.scheme_of(p)
        out.append((scheme.code if scheme else "", row.result, json.dumps(list(row[1:]), default=str)))
    dates = sorted(d.plenary_date.isoformat() for d in data.decisions.values() if d.plenary_date)
    return (dates[-1] if dates else ""), out


def write_report(store: RegistryStore, start: date, end: date, out_dir: Path) -> list[Path]:
    """The BNSP upload sheet and the recap across all events published for plenaries in the period."""
    from humas_desktop.formats import registry_report

    if end < start:
        raise RegistryError("report_period_invalid")
    rows = store.period_rows(start.isoformat(), end.isoformat())
    certs = store.issued_between(start.isoformat(), end.isoformat())
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"{start.isoformat()}_{end.isoformat()}"
    upload = [[i, *json.loads(r[4])] for i, r in enumerate(rows, start=1)]
    names: dict[str, str] = {}
    recap: dict[tuple[str, str], list[int]] = {}  # (event, scheme) -> [K, BK, revoked]
    for event_id, event_name, scheme, result, _ in rows:
        names[event_id] = event_name or event_id
        recap.setdefault((event_id, scheme), [0, 0, 0])[0 if result == "K" else 1] += 1
    for c in certs:
        if c.status == "revoked" and (c.event_id, c.scheme_code) in recap:
            recap[(c.event_id, c.scheme_code)][2] += 1
    items = sorted(((names[e], scheme), counts) for (e, scheme), counts in recap.items())
    from humas_desktop.services.storage_faults import listing_written

    with listing_written(out_dir):  # disk full half-way: which files are complete
        return registry_report.write(out_dir, name, upload, items, certs)


def write_site(store: RegistryStore, key: Ed25519PrivateKey, out_dir: Path, today: date) -> list[Path]:
    """The static verification page with the LSP public key and the signed revocation list."""
    import base64

    from cryptography.hazmat.primitives import serialization

    from humas_desktop.formats import verify_site
    from humas_desktop.services import lsp_key

    seq, _ = store.revocation_state()
    revocations = lsp_key.make_revocation_list(key, store.revoked_numbers(), today, seq)
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    from humas_desktop.services.storage_faults import listing_written

    # Six files uploaded together: stopped half-way, the folder mixes old and new ones.
    with listing_written(out_dir, verify_site.FILES, hint="site_do_not_upload"):
        return verify_site.write(out_dir, lsp_name=store.profile().name,
                                 public_key_raw_b64=base64.b64encode(raw).decode("ascii"),
                                 public_pem=lsp_key.public_pem(key),
                                 fingerprint=lsp_key.public_fingerprint(key.public_key()),
                                 revocations_json=revocations)


# --- office use cases ----------------------------------------------------------------------


def revoke(store: RegistryStore, number: str, reason: str, by: str) -> None:
    if not reason.strip():
        raise RegistryError("revoke_needs_reason")
    if not store.by_number(number.strip()):
        raise RegistryError("registry_certificate_unknown", number=number.strip())
    if not store.revoke(number.strip(), reason.strip(), by):
        raise RegistryError("registry_certificate_not_active", number=number.strip())


def set_blanko(store: RegistryStore, number: str, serial: str) -> None:
    """The serial of the BNSP blank (blanko) the certificate was printed on."""
    serial = " ".join(serial.split())
    if not serial or len(serial) > 64:
        raise RegistryError("registry_blanko_invalid")
    if not store.set_blanko(number.strip(), serial):
        raise RegistryError("registry_certificate_unknown", number=number.strip())


def due(store: RegistryStore, months: int, today: date) -> list[CertRow]:
    if months < 0 or months > 120:
        raise RegistryError("due_months_invalid")
    month = today.month - 1 + months
    year = today.year + month // 12
    import calendar

    day = min(today.day, calendar.monthrange(year, month % 12 + 1)[1])
    return store.due(today.isoformat(), date(year, month % 12 + 1, day).isoformat())


def cert_as_dict(r: CertRow) -> dict[str, object]:
    return {"number": r.number, "registration_number": r.registration_number,
            "blanko_serial": r.blanko_serial, "holder_name": r.holder_name, "nik": r.nik,
            "scheme_code": r.scheme_code, "issue_date": r.issue_date, "valid_until": r.valid_until,
            "event_id": r.event_id, "participant_number": r.participant_number,
            "status": r.status, "status_reason": r.status_reason, "status_by": r.status_by}


def numbering_codes(location: str) -> tuple[str, str] | None:
    """(field code, licence code) kept in an existing, reachable registry, else None."""

    def read(store: RegistryStore) -> tuple[str, str] | None:
        p = store.profile()
        return (p.field_code, p.licence_code) if p.field_code and p.licence_code else None

    return _read_existing(location, read)


def verify_url_of(location: str) -> str:
    """The verification address kept in an existing, reachable registry ("" otherwise)."""
    return _read_existing(location, lambda store: store.profile().verify_url) or ""


def open_for_close(location: str, edb: EventDB, verify_url: str = "") -> RegistryStore:
    """The registry a GUI close numbers against. The embedded default needs no set-up: a missing
    SQLite registry is created from the event's LSP name, its numbering settings and
    ``verify_url``. A registry without a verification address cannot number final certificates
    (their QR would lead nowhere): ``verify_url`` fills it in, else this refuses."""
    verify_url = verify_url.strip()
    if verify_url and not verify_url.startswith(("https://", "http://")):
        raise RegistryError("registry_verify_url_invalid")
    if is_server_url(location) or Path(location).exists():
        store = open_registry(location)
        try:
            if verify_url and not store.profile().verify_url:
                update_profile(store, verify_url=verify_url)
        except BaseException:
            store.close()
            raise
        return store
    verify_url = verify_url or edb.setting(VERIFY_URL_KEY) or ""
    if not verify_url:
        raise RegistryError("registry_verify_url_missing")
    config = numbering.load_config(edb)
    if config is None:
        raise numbering.NumberingError("numbering_not_configured")
    event = repo.load_event(edb)
    # The event's LSP identity (its documents printed it so far), its numbering codes and start.
    return init_registry(location, event.lsp_name or "LSP", event.lsp_license or config.lisensi,
                         verify_url=verify_url,
                         field_code=config.bidang, licence_code=config.lisensi,
                         certificate_pattern=config.certificate_pattern,
                         registration_pattern=config.registration_pattern,
                         certificate_start=config.certificate_start,
                         registration_start=config.registration_start)
