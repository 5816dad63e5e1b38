"""The LSP registry's storage: every SQL statement of the registry lives here."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from humas_desktop.storage.registry.backend import (
    Backend,
    RegistryError,
    Row,
    SqliteBackend,
    connect,
)
from humas_desktop.storage.registry.migrations import MIGRATIONS, SCHEMA_VERSION

CERT_COLUMNS = ("id", "number", "registration_number", "blanko_serial", "holder_name", "nik",
                "scheme_code", "issue_date", "valid_until", "event_id", "participant_id",
                "participant_number", "status", "status_reason", "status_by", "status_at",
                "duplicate_reason", "created_at")


REVOCATION_SEQ_KEY = "revocation_seq"
REVOCATION_AT_KEY = "revocation_at"
PROFILE_VERSION_KEY = "profile_version"


_now: tuple[int, str] = (-1, "")  # the last whole second asked for and its text (one tuple:
# a thread reads a second and its text together)


def now_text() -> str:
    """The current UTC time to the second (a batch of 5,000 certificates asks once a row: the
    text is made once a second)."""
    global _now
    second = int(time.time())
    cached = _now
    if cached[0] != second:
        cached = _now = (second, datetime.fromtimestamp(second, UTC).isoformat(timespec="seconds"))
    return cached[1]


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class Profile:
    id: str
    name: str
    licence: str
    address: str
    verify_url: str
    field_code: str
    licence_code: str
    logo: bytes | None = None


class CertRow(NamedTuple):
    """One registry certificate, its fields in CERT_COLUMNS order (a tuple: the bulk insert takes
    the rows as they are, and a 5,000-row close builds them at a fraction of a frozen
    dataclass's cost; immutable all the same)."""

    id: str
    number: str
    registration_number: str
    blanko_serial: str
    holder_name: str
    nik: str
    scheme_code: str
    issue_date: str
    valid_until: str
    event_id: str
    participant_id: str
    participant_number: int
    status: str = "active"
    status_reason: str = ""
    status_by: str = ""
    status_at: str = ""
    duplicate_reason: str = ""
    created_at: str = ""

    def values(self) -> tuple[Any, ...]:
        return tuple(self)


assert CertRow._fields == CERT_COLUMNS


def _cert(row: Row) -> CertRow:
    return CertRow(*row)  # columns are selected in CERT_COLUMNS order


_SELECT_CERT = f"SELECT {', '.join(CERT_COLUMNS)} FROM certificate"
_INSERT_CERT = (f"INSERT INTO certificate ({', '.join(CERT_COLUMNS)}) VALUES "
                f"({', '.join('?' for _ in CERT_COLUMNS)})")


class RegistryStore:
    """One open registry (SQLite file or PostgreSQL database)."""

    def __init__(self, backend: Backend, location: str) -> None:
        self.db = backend
        self.location = location

    # --- lifecycle ------------------------------------------------------------------------

    @classmethod
    def create(cls, location: str, profile: Profile, patterns: dict[str, tuple[str, int]],
               signatories: Sequence[tuple[str, str]] = ()) -> RegistryStore:
        db = connect(location, create=True)
        try:
            if db.table_exists("registry_meta"):
                raise RegistryError("registry_exists")
            if isinstance(db, SqliteBackend):
                if not db.is_empty():  # some other SQLite database: never written into
                    raise RegistryError("registry_unreadable", location=Path(location).name)
                db.enable_wal()
            with db.transaction():
                for statements in MIGRATIONS:
                    for sql in statements:
                        db.execute(sql.replace("{blob}", db.blob_type))
                db.execute("INSERT INTO registry_meta (key, value) VALUES (?, ?)",
                           ("schema_version", str(SCHEMA_VERSION)))
                db.execute("INSERT INTO registry_meta (key, value) VALUES (?, ?)",
                           ("lsp_id", profile.id))
                db.execute("INSERT INTO lsp_profile (id, name, licence, address, logo, verify_url, "
                           "field_code, licence_code, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           (profile.id, profile.name, profile.licence, profile.address, profile.logo,
                            profile.verify_url, profile.field_code, profile.licence_code, now_text()))
                for kind, (pattern, start) in patterns.items():
                    db.execute("INSERT INTO numbering_pattern (kind, pattern, start_value) "
                               "VALUES (?, ?, ?)", (kind, pattern, start))
                for position, (name, role) in enumerate(signatories):
                    db.execute("INSERT INTO signatory (id, name, role, position) VALUES (?, ?, ?, ?)",
                               (new_id(), name, role, position))
        except BaseException:
            db.close()
            raise
        return cls(db, location)

    @classmethod
    def attach(cls, location: str) -> RegistryStore:
        db = connect(location, create=False)
        try:
            if not db.table_exists("registry_meta"):
                raise RegistryError("registry_not_initialised")
            if isinstance(db, SqliteBackend) and not db.meta_is_plain_table():
                raise RegistryError("registry_altered", location=Path(location).name)
            rows = db.execute("SELECT value FROM registry_meta WHERE key = 'schema_version'")
            version = int(rows[0][0]) if rows else 0
            if version > SCHEMA_VERSION:
                raise RegistryError("registry_too_new", version=version, supported=SCHEMA_VERSION)
            if isinstance(db, SqliteBackend) and db.schema_differences(version):
                # A trigger, view or table the app never writes: code that would run inside
                # every allocation. Refused before any statement touches the tables.
                raise RegistryError("registry_altered", location=Path(location).name)
            if version < SCHEMA_VERSION:
                with db.transaction():
                    for statements in MIGRATIONS[version:]:
                        for sql in statements:
                            db.execute(sql.replace("{blob}", db.blob_type))
                    db.execute("UPDATE registry_meta SET value = ? WHERE key = 'schema_version'",
                               (str(SCHEMA_VERSION),))
        except BaseException:
            db.close()
            raise
        return cls(db, location)

    def close(self) -> None:
        self.db.close()

    def schema_version(self) -> int:
        return int(self.db.execute("SELECT value FROM registry_meta WHERE key = 'schema_version'")[0][0])

    def set_schema_version_for_test(self, version: int) -> None:
        self.db.execute("UPDATE registry_meta SET value = ? WHERE key = 'schema_version'",
                        (str(version),))

    # --- profile --------------------------------------------------------------------------

    def profile(self) -> Profile:
        row = self.db.execute("SELECT id, name, licence, address, verify_url, field_code, "
                              "licence_code, logo FROM lsp_profile")[0]
        logo = bytes(row[7]) if row[7] is not None else None
        return Profile(row[0], row[1], row[2], row[3], row[4], row[5], row[6], logo)

    def update_profile(self, fields: dict[str, Any],
                       signatories: Sequence[tuple[str, str]] | None = None) -> None:
        allowed = {"name", "licence", "address", "logo", "verify_url", "field_code", "licence_code"}
        sets = [k for k in fields if k in allowed]
        with self.db.transaction():
            if sets or signatories is not None:
                self._set_meta(PROFILE_VERSION_KEY, str(self.profile_version() + 1))
            if sets:
                self.db.execute(f"UPDATE lsp_profile SET {', '.join(f'{k} = ?' for k in sets)}",
                                [fields[k] for k in sets])
            if signatories is not None:
                self.db.execute("DELETE FROM signatory")
                for position, (name, role) in enumerate(signatories):
                    self.db.execute("INSERT INTO signatory (id, name, role, position) "
                                    "VALUES (?, ?, ?, ?)", (new_id(), name, role, position))

    def signatories(self) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in
                self.db.execute("SELECT name, role FROM signatory ORDER BY position")]

    def patterns(self) -> dict[str, tuple[str, int]]:
        return {r[0]: (r[1], int(r[2])) for r in
                self.db.execute("SELECT kind, pattern, start_value FROM numbering_pattern")}

    # --- allocation -----------------------------------------------------------------------

    def _take(self, kind: str, year: int, count: int, start: int) -> int:
        """First of ``count`` consecutive values of a series; call inside a transaction."""
        self.db.execute("INSERT INTO number_series (kind, year, next_value) VALUES (?, ?, ?) "
                        "ON CONFLICT (kind, year) DO NOTHING", (kind, year, start))
        row = self.db.execute("UPDATE number_series SET next_value = next_value + ? "
                              "WHERE kind = ? AND year = ? RETURNING next_value",
                              (count, kind, year))
        return int(row[0][0]) - count

    def allocate(self, year: int, count: int) -> tuple[int, int]:
        """(first certificate value, first registration value) of a block, one transaction."""
        starts = self.patterns()
        with self.db.transaction():
            return (self._take("certificate", year, count, starts["certificate"][1]),
                    self._take("registration", year, count, starts["registration"][1]))

    def issue(self, event_id: str, year: int, count: int,
              make_rows: Callable[[int, int], list[CertRow]]) -> list[CertRow]:
        """Allocate a block and insert its certificates in one transaction (all or nothing)."""
        starts = self.patterns()
        try:
            with self.db.transaction():
                first_c = self._take("certificate", year, count, starts["certificate"][1])
                first_r = self._take("registration", year, count, starts["registration"][1])
                rows = make_rows(first_c, first_r)
                self.db.insert_rows("certificate", CERT_COLUMNS, rows)
        except Exception as exc:
            if self.db.is_unique_violation(exc):
                raise RegistryError("registry_number_taken") from None
            raise
        return rows

    def insert_certificates(self, rows: Sequence[CertRow]) -> None:
        try:
            with self.db.transaction():
                self.db.insert_rows("certificate", CERT_COLUMNS, rows)
        except Exception as exc:
            if self.db.is_unique_violation(exc):
                raise RegistryError("registry_number_taken") from None
            raise

    # --- reservations ---------------------------------------------------------------------

    def reserve(self, event_id: str, year: int, count: int) -> tuple[str, int, int]:
        starts = self.patterns()
        rid = new_id()
        with self.db.transaction():
            first_c = self._take("certificate", year, count, starts["certificate"][1])
            first_r = self._take("registration", year, count, starts["registration"][1])
            self.db.execute("INSERT INTO reservation (id, event_id, year, certificate_first, "
                            "registration_first, count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (rid, event_id, year, first_c, first_r, count, now_text()))
        return rid, first_c, first_r

    def reservation(self, reservation_id: str) -> tuple[str, int, int, int, int, str] | None:
        """(event id, year, first certificate, first registration, count, status)."""
        rows = self.db.execute("SELECT event_id, year, certificate_first, registration_first, count, "
                               "status FROM reservation WHERE id = ?", (reservation_id,))
        if not rows:
            return None
        r = rows[0]
        return r[0], int(r[1]), int(r[2]), int(r[3]), int(r[4]), r[5]

    def void_numbers(self, event_id: str, voided: Sequence[tuple[str, str]]) -> None:
        """Mark the event's certificates it voided (number, reason) voided here too: a holder's
        new number at a later close may then take the live place of the voided one."""
        if not voided:
            return
        with self.db.transaction():
            for number, reason in voided:
                self.db.execute("UPDATE certificate SET status = 'voided', status_reason = ?, "
                                "status_at = ? WHERE number = ? AND event_id = ? "
                                "AND status = 'active'", (reason, now_text(), number, event_id))

    # --- publish --------------------------------------------------------------------------

    def publish(self, event_id: str, name: str, rows: Sequence[CertRow],
                voided: Sequence[tuple[str, str]],
                reservation_close: tuple[str, int, list[tuple[str, int, int]]] | None,
                plenary_date: str = "",
                upload_rows: Sequence[tuple[str, str, str]] = ()) -> int:
        """Insert the event's certificates missing from the registry, mark voided ones, record
        the event, close its reservation (voiding the unused values). Returns rows inserted."""
        try:
            with self.db.transaction():
                known = {r[0]: (r[1], r[2]) for r in self.db.execute(
                    "SELECT number, event_id, participant_id FROM certificate WHERE event_id = ?",
                    (event_id,))}
                fresh = [r for r in rows if r.number not in known]
                if fresh:
                    self.db.insert_rows("certificate", CERT_COLUMNS, fresh)
                for number, reason in voided:
                    self.db.execute("UPDATE certificate SET status = 'voided', status_reason = ?, "
                                    "status_at = ? WHERE number = ? AND event_id = ? "
                                    "AND status = 'active'", (reason, now_text(), number, event_id))
                if reservation_close is not None:
                    rid, used, unused = reservation_close
                    self.db.execute("UPDATE reservation SET status = 'closed', used = ? WHERE id = ?",
                                    (used, rid))
                    self.db.executemany(
                        "INSERT INTO voided_number (kind, year, value, event_id, reason) "
                        "VALUES (?, ?, ?, ?, 'unused reservation') ON CONFLICT DO NOTHING",
                        [(kind, year, value, event_id) for kind, year, value in unused])
                self.db.execute("INSERT INTO published_event (event_id, name, certificate_count, "
                                "published_at, plenary_date) VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT (event_id) DO UPDATE SET "
                                "certificate_count = excluded.certificate_count",
                                (event_id, name, len(rows), now_text(), plenary_date))
                self.db.execute("DELETE FROM published_row WHERE event_id = ?", (event_id,))
                self.db.executemany("INSERT INTO published_row (event_id, position, scheme_code, "
                                    "result, row_json) VALUES (?, ?, ?, ?, ?)",
                                    [(event_id, i, code, result, row)
                                     for i, (code, result, row) in enumerate(upload_rows)])
        except Exception as exc:
            if self.db.is_unique_violation(exc):
                raise RegistryError("registry_number_taken") from None
            raise
        return len(fresh)

    def published_events(self) -> list[tuple[str, str, int, str]]:
        return [(r[0], r[1], int(r[2]), r[3]) for r in self.db.execute(
            "SELECT event_id, name, certificate_count, published_at FROM published_event "
            "ORDER BY published_at")]

    def period_rows(self, start: str, end: str) -> list[tuple[str, str, str, str, str]]:
        """(event id, event name, scheme code, result, row JSON) of events whose plenary date
        lies in [start, end], in date and event order."""
        return [(r[0], r[1], r[2], r[3], r[4]) for r in self.db.execute(
            "SELECT e.event_id, e.name, r.scheme_code, r.result, r.row_json FROM published_event e "
            "JOIN published_row r ON r.event_id = e.event_id WHERE e.plenary_date >= ? "
            "AND e.plenary_date <= ? ORDER BY e.plenary_date, e.event_id, r.position", (start, end))]

    def voided_numbers(self, event_id: str) -> list[tuple[str, int, int]]:
        return [(r[0], int(r[1]), int(r[2])) for r in self.db.execute(
            "SELECT kind, year, value FROM voided_number WHERE event_id = ? ORDER BY kind, value",
            (event_id,))]

    # --- queries --------------------------------------------------------------------------

    def event_certificates(self, event_id: str) -> list[CertRow]:
        return [_cert(r) for r in self.db.execute(
            f"{_SELECT_CERT} WHERE event_id = ? ORDER BY participant_number", (event_id,))]

    def all_certificates(self) -> list[CertRow]:
        return [_cert(r) for r in self.db.execute(f"{_SELECT_CERT} ORDER BY number")]

    def by_nik(self, nik: str) -> list[CertRow]:
        return [_cert(r) for r in self.db.execute(
            f"{_SELECT_CERT} WHERE nik = ? ORDER BY issue_date, number", (nik,))]

    def by_number(self, number: str) -> list[CertRow]:
        return [_cert(r) for r in self.db.execute(
            f"{_SELECT_CERT} WHERE number = ? OR registration_number = ?", (number, number))]

    def search(self, text: str, limit: int = 500) -> list[CertRow]:
        """Name (contains, any case), certificate/registration number (contains) or NIK ending."""
        like = f"%{text.strip().upper()}%"
        return [_cert(r) for r in self.db.execute(
            f"{_SELECT_CERT} WHERE UPPER(holder_name) LIKE ? OR number LIKE ? "
            "OR registration_number LIKE ? OR nik LIKE ? ORDER BY issue_date DESC, number LIMIT ?",
            (like, like, like, f"%{text.strip()}", limit))]

    def active_in_scheme(self, niks: Sequence[str], scheme_code: str,
                         exclude_event: str) -> dict[str, CertRow]:
        out: dict[str, CertRow] = {}
        for nik in niks:
            for r in self.db.execute(f"{_SELECT_CERT} WHERE nik = ? AND scheme_code = ? AND "
                                     "status = 'active' AND event_id <> ?",
                                     (nik, scheme_code, exclude_event)):
                out[nik] = _cert(r)
        return out

    def due(self, today: str, until: str) -> list[CertRow]:
        return [_cert(r) for r in self.db.execute(
            f"{_SELECT_CERT} WHERE status = 'active' AND valid_until >= ? AND valid_until <= ? "
            "ORDER BY valid_until, number", (today, until))]

    def issued_between(self, start: str, end: str) -> list[CertRow]:
        return [_cert(r) for r in self.db.execute(
            f"{_SELECT_CERT} WHERE issue_date >= ? AND issue_date <= ? ORDER BY issue_date, number",
            (start, end))]

    def revoke(self, number: str, reason: str, by: str) -> bool:
        """Revoke one active certificate; the revocation list's sequence number grows with it
        (one transaction), so every list published after this one outranks the ones before."""
        with self.db.transaction():
            at = now_text()
            rows = self.db.execute("UPDATE certificate SET status = 'revoked', status_reason = ?, "
                                   "status_by = ?, status_at = ? WHERE number = ? AND status = 'active' "
                                   "RETURNING id", (reason, by, at, number))
            if rows:
                self._bump(REVOCATION_SEQ_KEY)
                self._set_meta(REVOCATION_AT_KEY, at)
        return bool(rows)

    # --- meta counters (no migration: registry_meta is a key/value table) -------------------

    def _meta(self, key: str) -> str:
        rows = self.db.execute("SELECT value FROM registry_meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else ""

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO registry_meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                        "DO UPDATE SET value = excluded.value", (key, value))

    def _bump(self, key: str) -> int:
        """Add one to a counter; call inside a transaction."""
        value = int(self._meta(key) or "0") + 1
        self._set_meta(key, str(value))
        return value

    def revocation_state(self) -> tuple[int, str]:
        """(sequence number, time of the last revocation or "") of the revocation list."""
        return int(self._meta(REVOCATION_SEQ_KEY) or "0"), self._meta(REVOCATION_AT_KEY)

    def profile_version(self) -> int:
        """Grows with every change of the LSP profile or its signatories (1 = as created)."""
        return int(self._meta(PROFILE_VERSION_KEY) or "1")

    def set_blanko(self, number: str, serial: str) -> bool:
        """Record the BNSP blank's serial a certificate was printed on (a serial is used once)."""
        with self.db.transaction():
            taken = self.db.execute("SELECT number FROM certificate WHERE blanko_serial = ? "
                                    "AND number <> ?", (serial, number))
            if taken:
                raise RegistryError("registry_blanko_taken", serial=serial, number=taken[0][0])
            rows = self.db.execute("UPDATE certificate SET blanko_serial = ? WHERE number = ? "
                                   "RETURNING id", (serial, number))
        return bool(rows)

    def revoked_numbers(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT number FROM certificate WHERE status = 'revoked' ORDER BY number")]

    def certificate_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM certificate")[0][0])
