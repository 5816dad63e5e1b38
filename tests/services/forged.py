"""Results packages as an insider forges them (shared by the merge tests written for mutants)."""

from __future__ import annotations

import sqlite3

# The insider's re-signed results package is built in one place (tests/services/laptops.py).
from tests.services.laptops import forged_results

__all__ = ["forged_results", "put_row"]


def put_row(conn: sqlite3.Connection, table: str, row: dict[str, object]) -> None:
    """Insert (or replace) ``row`` into ``table`` of a raw snapshot connection."""
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(f"INSERT OR REPLACE INTO {table} ({', '.join(row)}) VALUES "
                 f"({', '.join('?' * len(row))})", list(row.values()))
