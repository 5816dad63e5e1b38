"""Numbered migrations of the LSP registry, the same on SQLite and PostgreSQL.

Each entry is a list of statements; ``{blob}`` is the binary column type of the dialect. Append
new migrations at the end; never edit a released one. ``registry_meta.schema_version`` records how
many have run.
"""

from __future__ import annotations

MIGRATIONS: list[list[str]] = [
    # 1: profile, signatories, numbering, series, certificates, reservations, events, voids
    [
        "CREATE TABLE registry_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE lsp_profile (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, licence TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '', logo {blob}, verify_url TEXT NOT NULL DEFAULT '',
            field_code TEXT NOT NULL DEFAULT '', licence_code TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL)""",
        """CREATE TABLE signatory (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0)""",
        """CREATE TABLE numbering_pattern (
            kind TEXT PRIMARY KEY, pattern TEXT NOT NULL, start_value INTEGER NOT NULL)""",
        """CREATE TABLE number_series (
            kind TEXT NOT NULL, year INTEGER NOT NULL, next_value BIGINT NOT NULL,
            PRIMARY KEY (kind, year))""",
        """CREATE TABLE certificate (
            id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE,
            registration_number TEXT NOT NULL UNIQUE, blanko_serial TEXT NOT NULL DEFAULT '',
            holder_name TEXT NOT NULL, nik TEXT NOT NULL, scheme_code TEXT NOT NULL,
            issue_date TEXT NOT NULL, valid_until TEXT NOT NULL, event_id TEXT NOT NULL,
            participant_id TEXT NOT NULL, participant_number INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'active', status_reason TEXT NOT NULL DEFAULT '',
            status_by TEXT NOT NULL DEFAULT '', status_at TEXT NOT NULL DEFAULT '',
            duplicate_reason TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)""",
        "CREATE INDEX certificate_nik ON certificate (nik)",
        "CREATE INDEX certificate_event ON certificate (event_id)",
        "CREATE INDEX certificate_valid_until ON certificate (valid_until)",
        "CREATE INDEX certificate_issue_date ON certificate (issue_date)",
        """CREATE UNIQUE INDEX certificate_one_live ON certificate (event_id, participant_id)
            WHERE status <> 'voided'""",
        """CREATE TABLE reservation (
            id TEXT PRIMARY KEY, event_id TEXT NOT NULL, year INTEGER NOT NULL,
            certificate_first BIGINT NOT NULL, registration_first BIGINT NOT NULL,
            count INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'open',
            used INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)""",
        """CREATE TABLE voided_number (
            kind TEXT NOT NULL, year INTEGER NOT NULL, value BIGINT NOT NULL,
            event_id TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (kind, year, value))""",
        """CREATE TABLE published_event (
            event_id TEXT PRIMARY KEY, name TEXT NOT NULL, certificate_count INTEGER NOT NULL,
            published_at TEXT NOT NULL)""",
    ],
    # 2: each published event's BNSP upload rows (K and BK) and plenary date, for the period report
    [
        "ALTER TABLE published_event ADD COLUMN plenary_date TEXT NOT NULL DEFAULT ''",
        """CREATE TABLE published_row (
            event_id TEXT NOT NULL, position INTEGER NOT NULL, scheme_code TEXT NOT NULL,
            result TEXT NOT NULL, row_json TEXT NOT NULL, PRIMARY KEY (event_id, position))""",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)
