"""Whether a ``-wal`` lying beside an event file belongs to it, decided on a private copy.

SQLite replays any ``-wal`` whose header and frame checksums are valid, whichever database wrote
it: a WAL of another event of the same schema, of an older copy of this event or of another
database would be folded into the event file for good on the next read-write open. A WAL says
nothing about its database beyond its salts and page size, and the salts cannot be recorded
where they would help: a new WAL gets fresh random salts at the first write after a checkpoint,
inside whatever transaction happens to come first, so a record of them written afterwards is
missing in exactly the case that matters (the app killed just after that commit).

So the WAL has to prove itself by its *content*. The main file alone and the main file with the
WAL are both copied into a private work folder (0700, removed afterwards, swept at the next start
if the process dies) and compared; the real files are never opened by SQLite for this. The WAL
belongs when the state it produces is one the app can have reached from the main file:

* the copy with the WAL passes ``integrity_check`` (a page of another b-tree no longer matches
  its indexes) and has no dangling references when the main file alone has none;
* the same application id; a schema version not lower (a migration killed half-way leaves a WAL
  with a higher one) nor newer than this app's; the same schema at the same version, the schema
  this app writes at a higher one;
* the same event id;
* the audit log extends the main file's: every entry the main file holds is there unchanged and
  what follows chains from its head;
* when the WAL adds no audit entry (and migrates nothing), the audited tables (those the main
  file's log names) are unchanged: the app never changes assessment data without logging it.

What is left is a WAL that adds correctly chained entries on top of exactly this file's head
while also changing data outside the log: that needs this very file's state, i.e. someone who
could edit the file anyway, and the full replay check (services.integrity) refuses such a file
before any document is made.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from reprlib import recursive_repr
from typing import Any

from humas_desktop.domain import dictionary
from humas_desktop.storage import audit, header
from humas_desktop.storage.foreign_db import schema_differences
from humas_desktop.storage.header import APPLICATION_ID

# Tables changed without an audit entry by the app itself (a package merge's bookkeeping).
MAIN_COPY_LIMIT = 4 << 30  # a bigger file is not copied for the comparison


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class _Facts:
    user_version: int
    schema: frozenset[tuple[str, str, str, str | None]]
    event_ids: tuple[str, ...]
    audit_head: tuple[int, str]
    entities: frozenset[str]
    fk_violations: bool

    def __init__(self, user_version: int, schema: frozenset[tuple[str, str, str, str | None]],
                 event_ids: tuple[str, ...], audit_head: tuple[int, str], entities: frozenset[str],
                 fk_violations: bool) -> None:
        _set = object.__setattr__  # frozen: as @dataclass(frozen=True) sets them
        _set(self, "user_version", user_version)
        _set(self, "schema", schema)
        _set(self, "event_ids", event_ids)
        _set(self, "audit_head", audit_head)
        _set(self, "entities", entities)
        _set(self, "fk_violations", fk_violations)

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(user_version={self.user_version!r}, "
                f"schema={self.schema!r}, event_ids={self.event_ids!r}, audit_head={self.audit_head!r}, "
                f"entities={self.entities!r}, fk_violations={self.fk_violations!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.user_version, self.schema, self.event_ids, self.audit_head, self.entities,
                self.fk_violations)
        theirs = (other.user_version, other.schema, other.event_ids, other.audit_head, other.entities,
                  other.fk_violations)
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self.user_version, self.schema, self.event_ids, self.audit_head, self.entities,
                    self.fk_violations))


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(path.resolve().as_uri() + ("?mode=ro" if read_only else ""), uri=True,
                           isolation_level=None)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _facts(conn: sqlite3.Connection, full: bool) -> _Facts | None:
    """What the comparison needs, or None when the database is not a whole event file."""
    if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        return None
    pragma = "integrity_check" if full else "quick_check"
    if conn.execute(f"PRAGMA {pragma}").fetchall() != [("ok",)]:
        return None
    tables = _tables(conn)
    schema = frozenset((str(t), str(n), str(tb), s) for t, n, tb, s in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"))
    event_ids: tuple[str, ...] = ()
    if "event" in tables:
        event_ids = tuple(str(r[0]) for r in conn.execute("SELECT id FROM event ORDER BY id"))
    head, entities = (0, audit.GENESIS), frozenset[str]()
    if "audit" in tables:
        head = audit.head(conn)
        entities = frozenset(str(r[0]) for r in conn.execute("SELECT DISTINCT entity FROM audit"))
    fk = conn.execute("PRAGMA foreign_key_check").fetchone() is not None
    return _Facts(int(conn.execute("PRAGMA user_version").fetchone()[0]), schema, event_ids, head,
                  entities, fk)


def _quoted(table: str) -> str:
    return '"' + table.replace('"', '""') + '"'


def _same_rows(conn: sqlite3.Connection, table: str, where: str = "",
               params: tuple[object, ...] = ()) -> bool:
    """Whether ``table`` holds the same rows in ``main`` (with the WAL) and ``alone`` (attached):
    both differences empty, compared by SQLite itself (EXCEPT), every column."""
    q = _quoted(table)
    for first, second in (("main", "alone"), ("alone", "main")):
        row = conn.execute(f"SELECT 1 FROM (SELECT * FROM {first}.{q} {where} EXCEPT "
                           f"SELECT * FROM {second}.{q} {where}) LIMIT 1", params * 2).fetchone()
        if row is not None:
            return False
    return True


def _extends(alone: sqlite3.Connection, a: _Facts, with_wal: sqlite3.Connection, b: _Facts,
             supported: int) -> bool:
    """Whether the state with the WAL (b) is one the app can have reached from the main file (a).
    ``with_wal`` has the main file alone attached as ``alone``."""
    if b.fk_violations and not a.fk_violations:
        return False
    if not a.user_version <= b.user_version <= supported:
        return False
    if b.user_version == a.user_version:
        if b.schema != a.schema:
            return False
    elif schema_differences(with_wal, b.user_version):  # a migration killed half-way
        return False
    if a.event_ids and b.event_ids != a.event_ids:
        return False
    seq_a, hash_a = a.audit_head
    if seq_a:
        if b.audit_head[0] < seq_a or audit.hash_at(with_wal, seq_a) != hash_a:
            return False
        # Every entry the main file holds is there unchanged (all columns).
        if not _same_rows(with_wal, "audit", "WHERE seq <= ?", (seq_a,)):
            return False
    if b.audit_head != a.audit_head and audit.first_broken_link(with_wal, after=a.audit_head):
        return False
    if b.audit_head == a.audit_head and b.user_version == a.user_version:
        # (A migration rewrites tables without logging: its schema was checked above.)
        audited = set(dictionary.audited_tables()) & _tables(alone) & _tables(with_wal)
        for table in sorted(audited):
            if not _same_rows(with_wal, table):
                return False
    return True


def _whole_with_wal(alone: sqlite3.Connection, main: Path, wal: Path, folder: Path) -> str:
    """"ok" when the main file with its WAL is a whole event file (our application id, integrity,
    an unbroken audit chain) naming the same event as whatever the main file alone still says;
    else "damaged"."""
    try:
        shutil.copyfile(wal, folder / "event-with-wal.sqlite-wal")
        shutil.copyfile(main, folder / "event-with-wal.sqlite")
        with_wal = _connect(folder / "event-with-wal.sqlite", read_only=False)
    except (OSError, sqlite3.Error):
        return "damaged"
    try:
        b = _facts(with_wal, full=True)
        if b is None or b.fk_violations or audit.first_broken_link(with_wal) is not None:
            return "damaged"
        try:
            named = tuple(str(r[0]) for r in alone.execute("SELECT id FROM event ORDER BY id"))
        except (sqlite3.Error, UnicodeError):
            named = ()  # the event row's page is among the unfinished ones
        return "ok" if not named or named == b.event_ids else "damaged"
    except (sqlite3.Error, UnicodeError, ValueError, TypeError):
        return "damaged"
    finally:
        with contextlib.suppress(sqlite3.Error):
            with_wal.close()


def judge(path: Path, folder: Path, supported: int) -> str:
    """``"ok"`` (the WAL belongs), ``"foreign"`` (it does not; the main file alone is whole) or
    ``"damaged"`` (the main file alone is not whole, or could not be copied). ``folder``: a
    private, empty work folder. Neither the event file nor its WAL is changed."""
    wal = path.with_name(path.name + "-wal")
    main = folder / "event.sqlite"
    if not header.copy_main_file(path, main, MAIN_COPY_LIMIT):
        return "damaged"
    try:
        alone = _connect(main, read_only=True)
    except sqlite3.Error:
        return "damaged"
    try:
        try:
            a = _facts(alone, full=False)
        except (sqlite3.Error, UnicodeError, ValueError, TypeError):
            a = None
        if a is None:
            # The main file alone is not whole: what a kill in the middle of a checkpoint leaves
            # (pages copied from the WAL, the WAL still whole). The WAL is then the file's own
            # if the two together are whole and its log chain verifies from the start.
            return _whole_with_wal(alone, main, wal, folder)
        try:
            shutil.copyfile(wal, folder / "event-with-wal.sqlite-wal")
            shutil.copyfile(main, folder / "event-with-wal.sqlite")
        except OSError:
            return "damaged"
        try:
            with_wal = _connect(folder / "event-with-wal.sqlite", read_only=False)
        except sqlite3.Error:
            return "foreign"
        try:
            b = _facts(with_wal, full=True)
            if b is not None:
                with_wal.execute("ATTACH DATABASE ? AS alone", (main.resolve().as_uri() + "?mode=ro",))
                if _extends(alone, a, with_wal, b, supported):
                    return "ok"
        except (sqlite3.Error, UnicodeError, ValueError, TypeError):
            pass
        finally:
            with contextlib.suppress(sqlite3.Error):
                with_wal.close()
        return "foreign"
    finally:
        alone.close()
