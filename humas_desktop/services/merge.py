"""Merge results packages into the coordinator's event file without losing anything.

Merge rules (per record, by UUID). There is one engine: :func:`import_results` builds, for every
row of a package, the local and the incoming :class:`Version` (revision, device, the hand-out
``base`` it was derived from, content, owner) and lets :func:`view` over their :func:`join` decide.
The property tests run the same merge, on real packages.

* a version *supersedes* another of the same record when it was derived from it: written later on
  the same device, or (through ``base``) from exactly that version as handed out;
* one version left → applied; two or more different versions left (the record changed on two
  machines) → a conflict that a person resolves with a reason;
* a results package may only change records its assessor owns; anything else is a conflict;
* a participant scored by two assessors (not both assigned, or disagreeing) is a conflict;
* a participant row mixes owners (issue 24): the coordinator's columns (identity, roster,
  Kabupaten/Kota) are never taken from a package and versions are compared on what a package may
  change (attendance); a row the coordinator changed since the hand-out in its own columns only
  (by its audit log: attendance changed and changed back to the value handed out is a change)
  stands, for the merge, for the row as handed out. So the coordinator's Kabupaten/Kota and the
  assessor's attendance merge column by column, while both changing attendance stays a conflict
  (and when the attendance held came last from a package that the sender's laptop wrote before
  this one, for that laptop's earlier version: a coordinator edit made after that merge is no
  conflict either);
* a package already applied changes nothing; a refused package is reported with its reason.
"""

from __future__ import annotations

import json
import operator
import sqlite3
import uuid
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from humas_desktop.domain import dictionary
from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import AssessmentStatus
from humas_desktop.domain.progress import Progress, run_to_end
from humas_desktop.formats.package import (
    PackageContents,
    read_package,
)
from humas_desktop.services.backups import backup_before
from humas_desktop.services.close_session import ensure_open
from humas_desktop.services.integrity import verify_for_use, verify_signoffs
from humas_desktop.services.package_reader import Read, ReadAhead
from humas_desktop.services.package_snapshot import (
    _JSON,
    _NATURAL_KEYS,
    COORDINATOR_KEPT,
    RESULT_TABLES,
    _check_counts,
    _event_id,
    _row_json,
    _Snapshot,
    assessor_digest,
    conflict_key,
    content_hash,
    coordinator_digest,
    data_base,
    version_hash,
    with_coordinator_columns,
)
from humas_desktop.storage import audit
from humas_desktop.storage import packages_store as store
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, now_iso
from humas_desktop.storage.device import fingerprint

# --- pure core ---------------------------------------------------------------------------


class Version(NamedTuple):
    """One state of one record as some laptop holds it (a tuple: built, hashed and compared in C,
    once per row of every package merged)."""

    id: str
    revision: int
    device: str
    base: tuple[int, str]  # (revision, device) of the version it was derived from; (0, "") = new
    content: str
    owner: str = ""  # who may change the record ('' = anyone)
    writer: str = ""


def ancestors(version: Version, pool: frozenset[Version] | set[Version]) -> set[Version]:
    """Versions ``version`` was derived from: earlier ones of its own device (a laptop's history
    is linear) and, through ``base``, those of the laptop it received the record from."""
    seen: set[Version] = set()
    todo = [version]
    while todo:
        v = todo.pop()
        for w in pool:
            if w in seen or w.id != v.id or w == v:
                continue
            if (w.device == v.device and w.revision < v.revision) or (w.revision, w.device) == v.base:
                seen.add(w)
                todo.append(w)
    return seen


def supersedes(new: Version, old: Version, pool: frozenset[Version] | set[Version] = frozenset()) -> bool:
    return old in ancestors(new, set(pool) | {new, old})


MergeState = dict[str, frozenset[Version]]


def join(*states: Mapping[str, frozenset[Version]]) -> MergeState:
    """Union of everything seen; the semilattice join (commutative, associative, idempotent)."""
    out: dict[str, frozenset[Version]] = {}
    for state in states:
        for record_id, versions in state.items():
            held = out.get(record_id)
            out[record_id] = frozenset(versions) if held is None else held | versions
    return out


@dataclass(frozen=True, slots=True)
class View:
    """What the coordinator sees: one version per record, and the records in conflict."""

    records: dict[str, Version]
    conflicts: dict[str, frozenset[Version]]
    superseded: frozenset[Version]


def _chosen_alone(version: Version) -> bool:
    """A record's only version is kept, unless someone other than its owner wrote it (what
    :func:`view` decides for a record with one version)."""
    return not version.owner or version.writer == version.owner


def view(state: Mapping[str, frozenset[Version]]) -> View:
    """Per record: the one version left after dropping superseded ones (all left agreeing), or a
    conflict between the versions left (and any foreign one that disagrees)."""
    records: dict[str, Version] = {}
    conflicts: dict[str, frozenset[Version]] = {}
    superseded: set[Version] = set()
    for record_id, versions in state.items():
        if len(versions) == 1:  # most rows of a package are new: the rules below, without the loops
            [only] = versions
            if _chosen_alone(only):
                records[record_id] = only
            else:
                conflicts[record_id] = versions
            continue
        # A version written by someone other than the record's owner is never chosen.
        allowed = {v for v in versions if not v.owner or v.writer == v.owner}
        foreign = set(versions) - allowed
        older: set[Version] = set()
        for v in allowed:
            older |= ancestors(v, allowed)
        heads = allowed - older
        superseded |= older
        contents = {v.content for v in heads}
        if len(contents) == 1 and not any(f.content not in contents for f in foreign):
            records[record_id] = max(heads)
            superseded |= (heads - {records[record_id]}) | foreign
        else:
            conflicts[record_id] = frozenset(heads | foreign)
    return View(records, conflicts, frozenset(superseded))


# --- coordinator laptop: import results ----------------------------------------------------


@dataclass(slots=True)
class PackageReport:
    package: str  # file name (ids only, never personal data)
    package_id: str = ""
    assessor_id: str = ""
    assessor_name: str = ""  # the sender as the coordinator registered them ('' when unknown)
    status: str = "applied"  # applied | duplicate | rejected
    reason: str = ""
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0
    conflicts: int = 0
    # Participant ids (never names) whose results were added / updated / put in conflict:
    # what the coordinator counts, rather than database rows.
    participants_added: list[str] = field(default_factory=list)
    participants_updated: list[str] = field(default_factory=list)
    participants_conflicts: list[str] = field(default_factory=list)
    # Handed out to the sender, still on the roster here, but not in the package (removed on the
    # assessor's laptop): nothing changes here, and the report says so (issue 24, N10).
    participants_missing: list[str] = field(default_factory=list)

    def touch(self, which: str, participant_id: str) -> None:
        ids: list[str] = getattr(self, f"participants_{which}")
        if participant_id and participant_id not in ids:
            ids.append(participant_id)

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}  # type: ignore[attr-defined]


@dataclass(slots=True)
class MergeReport:
    packages: list[PackageReport] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)  # participant id -> number on lists

    def participants(self, which: str) -> list[str]:
        """Participant ids touched that way by any package, each once, in merge order."""
        seen: dict[str, None] = {}
        for p in self.packages:
            seen.update(dict.fromkeys(getattr(p, f"participants_{which}")))
        return list(seen)

    def participant_numbers(self, which: str) -> list[int]:
        return sorted(self.numbers[i] for i in self.participants(which) if i in self.numbers)

    def _sum(self, name: str) -> int:
        return sum(int(getattr(p, name)) for p in self.packages)

    def by_assessor(self) -> list[dict[str, Any]]:
        """Per sender, in merge order: participants added / updated / in conflict (each once)
        and the packages refused, e.g. "Budi: 12 hasil baru, 3 diperbarui, 1 konflik"."""
        out: dict[str, dict[str, Any]] = {}
        for p in self.packages:
            key = p.assessor_id or p.package
            entry = out.setdefault(key, {"assessor_id": p.assessor_id, "name": p.assessor_name,
                                         "packages": 0, "rejected": 0, "added": {}, "updated": {},
                                         "conflicts": {}})
            entry["packages"] += 1
            entry["rejected"] += p.status == "rejected"
            for which in ("added", "updated", "conflicts"):
                entry[which].update(dict.fromkeys(getattr(p, f"participants_{which}")))
        return [{**e, **{w: len(e[w]) for w in ("added", "updated", "conflicts")}} for e in out.values()]

    @property
    def rejected(self) -> list[PackageReport]:
        return [p for p in self.packages if p.status == "rejected"]

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self._sum("added"), "updated": self._sum("updated"),
            "conflicts": self._sum("conflicts"), "unchanged": self._sum("unchanged"),
            "older": self._sum("older"),
            "duplicates": [p.package for p in self.packages if p.status == "duplicate"],
            "rejected": [{"package": p.package, "reason": p.reason} for p in self.rejected],
            "assessors": self.by_assessor(),
            "packages": [p.as_dict() for p in self.packages],
            "participants": {which: len(self.participants(which))
                             for which in ("added", "updated", "conflicts")},
            "conflict_numbers": self.participant_numbers("conflicts"),
            "missing_numbers": self.participant_numbers("missing"),
        }


def import_results(edb: EventDB, packages: Sequence[Path],
                   passphrase: str | None = None) -> Generator[Progress, None, MergeReport]:
    """Merge results packages one by one (each in its own transaction); returns a MergeReport.
    The packages are read and verified in a process of their own, one ahead of the merge, the
    first beside the checks below (services.package_reader: same refusals, same order)."""
    report = MergeReport()
    with ReadAhead(packages, passphrase, data_base(edb.path)) as reader:
        verify_for_use(edb)  # never merge into a damaged or tampered file
        ensure_open(edb)  # a closed session takes no more results
        if packages:
            # A verified copy first; if it cannot be taken nothing is merged.
            backup_before(edb, "merge")
        names = {a.id: a.name for a in repo.list_assessors(edb)}
        with store.checkpoint_after(edb):
            for i, path in enumerate(packages):
                rep = _import_one(edb, path, passphrase, reader=reader, index=i)
                if rep.status != "rejected":  # a refused package's claimed sender is not believed
                    rep.assessor_name = names.get(rep.assessor_id, "")
                report.packages.append(rep)
                yield Progress(i + 1, len(packages), "merge")
    report.numbers = repo.participant_numbers(edb)
    return report


def merge_packages(edb: EventDB, packages: Sequence[Path], passphrase: str | None = None) -> MergeReport:
    return run_to_end(import_results(edb, packages, passphrase))


def _import_one(edb: EventDB, path: Path, passphrase: str | None = None,
                reader: ReadAhead | None = None, index: int = 0) -> PackageReport:
    """Verify and merge one package in its own transaction: as ``reader`` read it (package
    ``index`` of its list), or read here."""
    rep = PackageReport(package=path.name)
    read: Read | None = None
    try:
        read = reader.take(index) if reader is not None else None
        contents = read.contents if read is not None else read_package(path, passphrase)
        rep.package_id, rep.assessor_id = contents.package_id, str(contents.manifest.get("assessor_id", ""))
        _verify_results(edb, contents)
        if store.package_applied(edb, contents.package_id):
            rep.status = "duplicate"
            return rep
        taken, read = read, None  # the snapshot removes the file from here on
        with _Snapshot(contents.snapshot, data_base(edb.path),
                       written=taken.snapshot if taken is not None else None) as snap:
            _check_counts(snap.conn, contents.manifest)
            if _event_id(snap.conn) != _event_id(edb.conn):
                raise DomainError("package_other_event")
            # A package writes ~10 MB (its rows and their audit entries): with SQLite's default
            # 2 MB page cache its dirty pages spill into the WAL before the commit and are written
            # again. The same one transaction, the same synchronous=FULL commit.
            with edb.large_write(), edb.atomic():
                _merge_rows(edb, snap.conn, contents, rep,
                            verified=taken.verified if taken is not None else frozenset())
                store.record_applied_package(
                    edb, package_id=contents.package_id, kind=contents.kind, assessor_id=rep.assessor_id,
                    device_id=str(contents.manifest.get("device_id", "")),
                    file_sha256=contents.file_sha256, applied_at=now_iso(),
                    report_json=json.dumps(rep.as_dict()))
                audit.append(edb.conn, at=now_iso(), actor=edb.actor, device_id=edb.device_id,
                             entity="package", entity_id=contents.package_id, field="merged", old=None,
                             new=json.dumps({k: rep.as_dict()[k] for k in
                                             ("added", "updated", "conflicts", "older")}),
                             reason="results package merged")
    except sqlite3.IntegrityError:
        # Rows the checks let through but the schema refuses (the transaction was rolled back).
        _rejected(rep, "package_damaged")
    except DomainError as exc:
        _rejected(rep, exc.code)
    finally:
        if reader is not None:
            reader.discard(read)  # read for nothing (a duplicate, a refusal): not kept waiting
    return rep


def _rejected(rep: PackageReport, code: str) -> None:
    rep.status, rep.reason = "rejected", code
    rep.added = rep.updated = rep.unchanged = rep.older = rep.conflicts = 0
    rep.participants_added, rep.participants_updated, rep.participants_conflicts = [], [], []
    rep.participants_missing = []


class _Handout(NamedTuple):
    """What the coordinator handed out to a package's sender, by its own record."""

    base: dict[str, tuple[int, str]]  # (revision, device) of every row handed out
    identity: dict[str, str]  # participant -> digest of the coordinator's columns
    assessor: dict[str, str]  # participant -> digest of the assessor's columns (attendance)
    audit_seq: int | None = None  # the audit log's head then (None: a record made before it was kept)
    at: str = ""  # when it was made


def _ancestry(edb: EventDB, contents: PackageContents, sender: str) -> _Handout:
    """What the coordinator handed out to ``sender`` (base revisions, identity and attendance
    digests), from its own record (hand-outs made before issue 24 carry no attendance digests:
    their participants merge row by row). A package whose claimed ``base`` is not that record is
    refused as altered. Only for an assessor who has no recorded hand-out (made before records
    existed) does the package's claim stand."""
    claimed = {str(k): (int(v[0]), str(v[1])) for k, v in (contents.manifest.get("base") or {}).items()}
    handout_id = str(contents.manifest.get("handout_id") or "")
    record = store.handout_record(edb, handout_id) if handout_id else None
    if record is None:
        if store.assessor_has_handout_records(edb, sender):
            raise DomainError("package_altered")
        return _Handout(claimed, {}, {})
    assessor_id, rows_json, created_at = record
    if assessor_id != sender:
        raise DomainError("package_altered")
    data = json.loads(rows_json)
    base = {str(k): (int(v[0]), str(v[1])) for k, v in (data.get("rows") or {}).items()}
    if claimed != base:
        raise DomainError("package_altered")
    seq = data.get("audit_seq")
    return _Handout(base, {str(k): str(v) for k, v in (data.get("identity") or {}).items()},
                    {str(k): str(v) for k, v in (data.get("assessor") or {}).items()},
                    None if seq is None else int(seq), created_at)


def _verify_results(edb: EventDB, contents: PackageContents) -> None:
    manifest = contents.manifest
    if contents.kind != "results":
        raise DomainError("package_not_results")
    if str(manifest.get("event_id")) != _event_id(edb.conn):
        raise DomainError("package_other_event")
    key = store.assessor_key_fingerprint(edb, str(manifest.get("assessor_id")))
    if not key or key != fingerprint(contents.public_key):
        raise DomainError("package_unknown_key")


def _merge_rows(edb: EventDB, incoming: sqlite3.Connection, contents: PackageContents,
                rep: PackageReport, verified: frozenset[str] = frozenset()) -> None:
    """Merge one package's rows: per table, the local and incoming :class:`Version` of every row
    are joined and :func:`view` decides (the rules the properties prove); then one statement per
    table inserts, one updates, and the audit entries and conflicts go in batched. ``verified``:
    the receipts whose signature the package's reader verified (package_reader.receipt_digest)."""
    _PackageMerge(edb, incoming, contents, rep, verified).run()


_SYNC = frozenset(repo.SYNC_FIELDS)
AGREED_REASON = "Nilai sama dari dua laptop; tidak perlu diputuskan."  # stored with an agreement
# Stored with a conflict closed by the merge: the same laptop sent a later version of the record.
SUPERSEDED_REASON = "Digantikan versi yang lebih baru dari laptop yang sama."
_OTHER = "\x00other"  # the owner of a record the sender does not own (never an assessor id)
_NO_BASE = (0, "")  # the base of a version derived from nothing held here
# Tables whose rows' owner is not their assessment's (see _PackageMerge.owner).
_OWN_OWNER = frozenset({"participant", "assessment", "report_note"})


def _key_getter(positions: Sequence[int]) -> Callable[[Sequence[Any]], tuple[Any, ...]] | None:
    """The natural key of a row's values at ``positions`` as a tuple (None: no natural key)."""
    if not positions:
        return None
    if len(positions) == 1:
        only = positions[0]
        return lambda values: (values[only],)
    return operator.itemgetter(*positions)


class _PackageMerge:
    """The state of merging one package: what is held here and in the package, loaded once."""

    def __init__(self, edb: EventDB, incoming: sqlite3.Connection, contents: PackageContents,
                 rep: PackageReport, verified: frozenset[str] = frozenset()) -> None:
        self.edb, self.incoming, self.contents, self.rep = edb, incoming, contents, rep
        self.verified = verified
        self.sender = rep.assessor_id
        self.sender_device = str(contents.manifest.get("device_id", ""))
        # (revision, device) of each row as handed out to the sender: what its changes derive from.
        self.handout = _ancestry(edb, contents, self.sender)
        self.base, self.identity, self.handed_assessor = self.handout[:3]
        # Rows held here that the coordinator changed since the hand-out in its own columns only:
        # (revision, device) of the version handed out, which they stand for in the merge.
        self.projected: dict[str, tuple[int, str]] = {}
        # Results packages the sender's laptop wrote before this one: versions it had already sent
        # are behind this package's.
        self.sent_before = store.packages_written(incoming)
        self.assigned = store.assigned_participant_ids(edb, self.sender)
        self.local_heads = store.assessment_heads(edb.conn)
        self.incoming_heads = store.assessment_heads(incoming)
        # (owned, participant) of an assessment's children, by the assessment's id (the heads and
        # the assignments above do not change while a package merges).
        self._child_owner: dict[str, tuple[bool, str]] = {}
        self.blocked: dict[str, str] = {}  # assessments not applied -> why; their children wait with them
        self.at = now_iso()
        self.reason = f"paket {contents.package_id}"
        self.log: list[tuple[str, str, str, str, str, str, Any, Any, str]] = []
        self.seen_conflicts = store.conflict_states(edb)
        self.open_versions = store.open_conflict_versions(edb)
        self.open_records = store.open_conflict_records(edb)
        self.superseded: list[str] = []  # conflicts this package's versions replace
        self.new_conflicts: list[tuple[Any, ...]] = []
        self.agreements: list[tuple[Any, ...]] = []
        self.touched: dict[str, set[str]] = {"added": set(), "updated": set(), "conflicts": set()}

    def touch(self, which: str, participant_id: str) -> None:
        """The report names each participant once per list (a set here: a package has thousands of rows)."""
        if participant_id not in self.touched[which]:
            self.touched[which].add(participant_id)
            self.rep.touch(which, participant_id)

    # -- ownership: a results package may change only what its sender owns ------------------

    def _owns_assessment(self, head: tuple[str, str] | None) -> bool:
        return head is not None and head[0] == self.sender and head[1] in self.assigned

    def owner(self, table: str, row: Mapping[str, Any], local: Mapping[str, Any] | None) -> tuple[bool, str]:
        """(whether the sender owns the record, the participant it belongs to or '')."""
        row_id = str(row["id"])
        if table == "participant":
            # The assessor's participant, but identity is the coordinator's: a package that
            # changes it is never applied (a proposal the coordinator decides on, as a conflict).
            return row_id in self.assigned and self._identity_kept(row, local), row_id
        if table == "assessment":
            owned = self._owns_assessment((str(row["assessor_id"]), str(row["participant_id"])))
            if local is not None:
                held = (str(local["assessor_id"]), str(local["participant_id"]))
                owned = owned and self._owns_assessment(held)
            return owned, str(row["participant_id"])
        if table == "report_note":  # no participant: the sender's own FR.AK.05 boxes
            owned = str(row["assessor_id"]) == self.sender
            return owned and (local is None or str(local["assessor_id"]) == self.sender), ""
        # A child of an assessment: the assessment held here decides; else the package's own.
        parent = str(row["assessment_id"])
        by_parent = self.parent_owner(parent)
        if local is not None and str(local["assessment_id"]) != parent:
            owned = by_parent[0] and self._owns_assessment(
                self.local_heads.get(str(local["assessment_id"])))
            return owned, by_parent[1]
        return by_parent

    def parent_owner(self, parent: str) -> tuple[bool, str]:
        """:meth:`owner` of a child of assessment ``parent`` that is not held here."""
        by_parent = self._child_owner.get(parent)
        if by_parent is None:  # the same for the hundreds of children of one assessment
            head = self.local_heads.get(parent) or self.incoming_heads.get(parent)
            by_parent = self._child_owner[parent] = (self._owns_assessment(head),
                                                     head[1] if head else "")
        return by_parent

    def _identity_kept(self, row: Mapping[str, Any], local: Mapping[str, Any] | None) -> bool:
        """The package's coordinator-owned columns are as handed out, or as held here."""
        digest = coordinator_digest(row)
        if digest == self.identity.get(str(row["id"])):
            return True
        return local is not None and digest == coordinator_digest(local)

    # -- versions ------------------------------------------------------------------------

    def stands_for_handout(self, row: Mapping[str, Any]) -> bool:
        """Whether :meth:`local_version` may let this row (of a table in COORDINATOR_KEPT) stand
        for an earlier version: changed on the handing-out laptop since the hand-out."""
        revision, device = int(row["revision"]), str(row["device_id"])
        base = self.base.get(str(row["id"]), (0, ""))
        return base != (revision, device) and device == base[1] and revision > base[0]

    def local_version(self, table: str, row: Mapping[str, Any]) -> Version:
        row_id, revision, device = str(row["id"]), int(row["revision"]), str(row["device_id"])
        # What this laptop holds derives from what it handed out: a row changes here only by an
        # edit, by a version that superseded it, or by a person's decision on a conflict.
        base = self.base.get(row_id, (0, ""))
        if base == (revision, device):
            base = (0, "")
        elif table in COORDINATOR_KEPT and device == base[1] and revision > base[0]:
            # Changed on this (the handing-out) laptop since, in the coordinator's columns only
            # (Kabupaten/Kota filled in): for what a package may change, the row as handed out,
            # or the sender's own earlier version when what the assessor owns came last from a
            # package that laptop had sent before this one.
            stands_for = None
            if self.handed_assessor.get(row_id) == assessor_digest(row) \
                    and not self.owned_changed_here(table, row_id):
                stands_for = base
            elif self.came_from_sender(table, row_id):
                stands_for = (0, self.sender_device)  # behind every version of that laptop
            if stands_for is not None:
                revision, device = stands_for
                base = (0, "")
                self.projected[row_id] = (revision, device)
        return Version(row_id, revision, device, base, version_hash(table, row))

    def owned_changed_here(self, table: str, row_id: str) -> bool:
        """What the assessor owns of this row was changed here since the hand-out, even if back to
        the value handed out (present, then cleared again): the coordinator did change it, and a
        change on the assessor's laptop too is a conflict, not applied over it."""
        owned = dictionary.table(table).names(owner=dictionary.Owner.ASSESSOR)
        return store.changed_since(self.edb.conn, table, row_id, owned, after_seq=self.handout.audit_seq,
                                   at_or_after=self.handout.at)

    def came_from_sender(self, table: str, row_id: str) -> bool:
        """What the assessor owns of this row was last changed here by merging a package the
        sender's laptop wrote before this one (not by the coordinator, nor by a decision)."""
        if not self.sent_before or not self.sender_device:
            return False
        owned = dictionary.table(table).names(owner=dictionary.Owner.ASSESSOR)
        reason = store.latest_change_reason(self.edb.conn, table, row_id, owned)
        if reason is None or not reason.startswith("paket "):
            return False
        package_id = reason.removeprefix("paket ")
        # That package came from this sender and laptop by this laptop's own record (the sender's
        # audit log alone could name another assessor's package).
        return package_id in self.sent_before \
            and store.applied_package_sender(self.edb, package_id) == (self.sender, self.sender_device)

    def incoming_version(self, table: str, row: Mapping[str, Any], local: Mapping[str, Any] | None,
                         owned: bool) -> Version:
        row_id, revision, device = str(row["id"]), int(row["revision"]), str(row["device_id"])
        base = self.base.get(row_id, _NO_BASE)
        if base[0] == revision and base[1] == device:
            base = _NO_BASE  # the row exactly as handed out: derived from nothing we hold
        content = ""
        if local is not None:
            # Compared on what a package may change; a row whose coordinator columns differ from
            # the ones held (not owned) is compared whole, so it never agrees with ours.
            comparable = owned or table not in COORDINATOR_KEPT \
                or coordinator_digest(row) == coordinator_digest(local)
            content = version_hash(table, row) if comparable else content_hash(row)
        return Version(row_id, revision, device, base, content,
                       owner=self.sender if owned else _OTHER, writer=self.sender)

    # -- the merge -----------------------------------------------------------------------

    def run(self) -> None:
        sent = set((self.contents.manifest.get("ids") or {}).get("participants", []))
        held = set(repo.participant_numbers(self.edb))
        self.rep.participants_missing = sorted(p for p in self.identity if p not in sent and p in held)
        for table in RESULT_TABLES:
            self.merge_table(table)
        self.two_assessors()
        self.flush()
        # Before it commits: the receipts of what this package wrote must match what it wrote (a
        # package changed after sign-off would make the whole file fail check). Assessments it
        # did not write are not held here or were checked when they were.
        if self.incoming_heads and next(verify_signoffs(self.edb, only=set(self.incoming_heads),
                                                        verified=self.verified), None) is not None:
            raise DomainError("package_receipt_mismatch")

    def merge_table(self, table: str) -> None:
        local_cols = store.table_columns(self.edb.conn, table)
        cols = [c for c in store.table_columns(self.incoming, table) if c in local_cols]
        logged = [c for c in cols if c not in _SYNC]
        width = len(cols)
        at_id = cols.index("id")
        logged_at = [cols.index(c) for c in logged]
        # Each row: its values in ``cols`` order, then its logged columns as the audit log's JSON.
        fetched = store.rows_logged(self.incoming, table, cols, logged)
        ids = [str(r[at_id]) for r in fetched]
        if len(set(ids)) != len(ids):  # a primary key repeated: only a damaged snapshot holds that
            raise DomainError("package_damaged")
        held = store.rows_by_id(self.edb.conn, table, local_cols, ids)
        # Versions another laptop holds with the same values as the row here: still heads.
        agreed = store.agreed_rows(self.edb, table, sorted(held))
        personal = dictionary.personal_columns(table)
        key_cols = _NATURAL_KEYS.get(table)
        key_at = [cols.index(c) for c in key_cols] if key_cols else []
        keys = store.key_index(self.edb.conn, table, key_cols,
                               sorted({str(r[key_at[0]]) for r in fetched if str(r[at_id]) not in held})) \
            if key_cols else {}
        # The rows of an assessment's children not held here, whose assessment the sender owns and
        # not waiting on it, with no conflict open on them (nearly every row of a package): the
        # rules below decide them without building their versions (one version, its owner's: it
        # is applied, the key permitting; issue #25). Every other row goes the whole way.
        at_parent = cols.index("assessment_id") if "assessment_id" in cols else -1
        children = table not in _OWN_OWNER and at_parent >= 0
        blocked = self.blocked if table != "assessment" and at_parent >= 0 else {}
        open_versions, open_records = self.open_versions, self.open_records
        held_values = operator.itemgetter(*cols)
        projects = table in COORDINATOR_KEPT  # see local_version
        unchanged = 0
        # In row order: (values, id, participant) or (row, local, version, participant, logged text).
        plan: list[tuple[Any, ...]] = []
        ours: dict[str, frozenset[Version]] = {}
        theirs: dict[str, frozenset[Version]] = {}
        child_owner = self._child_owner
        for values, row_id in zip(fetched, ids, strict=True):
            local = held.get(row_id)
            if local is not None:
                # Held here with exactly these values (the participants a package carries, rows
                # sent again): whatever the versions, the row stays as it is and nothing is
                # logged, unless a conflict or an agreement on it, or its assessment waiting,
                # has a say: those go the whole way.
                if row_id not in agreed and (table, row_id) not in open_records \
                        and not (blocked and str(values[at_parent]) in blocked) \
                        and values[:width] == held_values(local) \
                        and not (projects and self.stands_for_handout(local)):
                    unchanged += 1
                    continue
            elif children:
                parent = str(values[at_parent])
                if parent not in blocked:
                    owned, participant_id = child_owner.get(parent) or self.parent_owner(parent)
                    if owned and (table, row_id) not in open_versions:
                        plan.append((values, row_id, participant_id))
                        continue
            row = dict(zip(cols, values, strict=False))  # zip stops at the last column: no text
            owned, participant_id = self.owner(table, row, local)
            if blocked and str(row["assessment_id"]) in blocked:
                self.conflict(blocked[str(row["assessment_id"])], table, row, local, participant_id)
                self.settle(table, row, still_open=True)
                continue
            version = self.incoming_version(table, row, local, owned)
            if local is not None:
                theirs[row_id] = frozenset({version})
                ours[row_id] = frozenset({self.local_version(table, local)}
                                         | {self.local_version(table, a) for a in agreed.get(row_id, ())})
            plan.append((row, local, version, participant_id, values[width]))
        # A row not held here has the incoming version alone (most rows of a package): view()'s
        # one-version rule, without building the state of 100,000 records (issue #25).
        decided = view(join(ours, theirs))
        values_of = operator.itemgetter(*cols)
        logged_values = operator.itemgetter(*logged)
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        log = self.log
        at, actor, device_id, reason = self.at, self.edb.actor, self.edb.device_id, self.reason
        key_of = _key_getter(key_at) if keys else None  # no key held here: none is taken
        added, touched = 0, self.touched["added"]
        if key_of is None and not personal and len(plan) == len(fetched) \
                and all(len(entry) == 3 and entry[0][width] is not None for entry in plan):
            # Every row of the table is a new row of an assessment its sender owns (a package's
            # answers, units, evidence): all inserted and logged as read, in one go each.
            inserts = [values[:width] for values, _row_id, _participant in plan]
            log.extend([(at, actor, device_id, table, row_id, "*", None, values[width], reason)
                        for values, row_id, _participant in plan])
            for participant_id in dict.fromkeys(participant for _v, _i, participant in plan):
                if participant_id not in touched:
                    self.touch("added", participant_id)
            added, plan = len(plan), []
        for entry in plan:
            if len(entry) == 3:  # a new child row of an assessment its sender owns
                values, row_id, participant_id = entry
                if key_of is not None:
                    taken = keys.get(key_of(values))
                    if taken is not None and taken != row_id:
                        self.conflict("duplicate_key", table, dict(zip(cols, values, strict=False)), None,
                                      participant_id)
                        continue
                inserts.append(values[:width])
                text = values[width]
                if personal or text is None:
                    as_logged = {c: values[i] for c, i in zip(logged, logged_at, strict=True)}
                    # personal columns sealed, as repository.audited_insert logs them
                    text = audit.row_json(repo.logged(self.edb.conn, table, as_logged)) if personal \
                        else _JSON(as_logged)
                log.append((at, actor, device_id, table, row_id, "*", None, text, reason))
                added += 1
                if participant_id not in touched:
                    self.touch("added", participant_id)
                continue
            row, local, version, participant_id, text = entry
            row_id = version.id
            if local is None:
                chosen = version if _chosen_alone(version) else None
            else:
                chosen = decided.records.get(row_id)
            if chosen is not None and chosen != version and version.content != chosen.content:
                self.rep.older += 1  # this laptop holds a state derived from the incoming one
                continue
            # Whatever happens to this version, the sender's earlier ones of the record are behind it.
            self.settle(table, row, still_open=chosen is None)
            if chosen is None:
                kind = "concurrent" if version.writer == version.owner else "not_owner"
                self.conflict(kind, table, row, local, participant_id)
            elif local is None:
                taken = keys.get(tuple(row[c] for c in key_cols)) if key_cols else None
                if taken is not None and taken != row_id:
                    self.conflict("duplicate_key", table, row, None, participant_id)
                    continue
                inserts.append(values_of(row))
                # Logged like any insert (repository.audited_insert): the values without the sync
                # columns, which later changes do not log either (else check finds them stale).
                if personal:  # personal columns sealed, as repository.audited_insert logs them
                    text = audit.row_json(repo.logged(self.edb.conn, table,
                                                      dict(zip(logged, logged_values(row), strict=True))))
                elif text is None:
                    text = _JSON(dict(zip(logged, logged_values(row), strict=True)))
                self.log.append((self.at, self.edb.actor, self.edb.device_id, table, row_id, "*", None,
                                 text, self.reason))
                self.rep.added += 1
                self.touch("added", participant_id)
            elif chosen != version:  # the same values as the version kept
                self.rep.unchanged += 1
                if any((int(a["revision"]), str(a["device_id"])) == (version.revision, version.device)
                       for a in agreed.get(row_id, ())):
                    continue  # this very version is recorded here already (sent again)
                self.agree(table, chosen, local, with_coordinator_columns(table, row, local), version,
                           ours[row_id], participant_id)
            else:
                if self.projected.get(row_id) == (version.revision, version.device):
                    self.rep.unchanged += 1  # the row as handed out: the coordinator's edit stays
                    continue
                # An open conflict over another laptop's version with these same values is an
                # agreement now; the row kept is the one view() keeps of equal heads (the greatest).
                # The coordinator's own columns stay as they are here (issue 24).
                row = with_coordinator_columns(table, self.agree_open(table, row_id, version, row), local)
                changed = [c for c in cols if c != "id" and local.get(c) != row[c]]
                if changed:
                    updates.append((*(row[c] for c in cols if c != "id"), row_id))
                if version.content == version_hash(table, local):
                    self.rep.unchanged += 1  # same content, later sync columns
                    held_version = self.local_version(table, local)
                    self.agree(table, version, row, local, held_version, ours[row_id] | {version},
                               participant_id)
                    continue
                kept = [c for c in changed if c not in repo.SYNC_FIELDS]
                old_logged = repo.logged(self.edb.conn, table, {c: local.get(c) for c in kept})
                new_logged = repo.logged(self.edb.conn, table, {c: row[c] for c in kept})
                self.log.extend((self.at, self.edb.actor, self.edb.device_id, table, row_id, c, old_logged[c],
                                 new_logged[c], self.reason) for c in kept)
                self.rep.updated += 1
                self.touch("updated", participant_id)
        self.rep.added += added
        self.rep.unchanged += unchanged
        store.insert_rows(self.edb.conn, table, cols, inserts)
        store.update_rows(self.edb.conn, table, [c for c in cols if c != "id"], updates)

    def agree(self, table: str, kept: Version, kept_row: Mapping[str, Any], other_row: Mapping[str, Any],
              other: Version, pool: frozenset[Version], participant_id: str) -> None:
        """Two laptops hold the same values independently (neither derived from the other): the
        table keeps one, and the other is recorded, so that a later change on one laptop that the
        other never saw is still a conflict (view over both, not over the one kept)."""
        if (other.revision, other.device) == (kept.revision, kept.device):
            return  # one laptop's one edit, held here and carried again
        if supersedes(kept, other, pool) or supersedes(other, kept, pool):
            return
        digest = f"agreed:{other.revision}:{other.device}:{other.content}"
        key = ("concurrent", table, other.id, digest)
        if key in self.seen_conflicts:
            return
        self.seen_conflicts[key] = "resolved"
        agreement_id = str(uuid.uuid4())
        self.agreements.append((agreement_id, table, other.id, participant_id or None, self.sender,
                                self.contents.package_id, _row_json(kept_row), _row_json(other_row), digest,
                                self.at))
        what = json.dumps({"entity": table, "entity_id": other.id}, sort_keys=True)
        self.log.append((self.at, self.edb.actor, self.edb.device_id, "merge_conflict", agreement_id,
                         "agreed", None, what, self.reason))

    def agree_open(self, table: str, row_id: str, applied: Version,
                   row: Mapping[str, Any]) -> Mapping[str, Any]:
        """The record now holds ``applied``: an open conflict over another laptop's version with
        these same values is an agreement now. Merged in another order, that version would have
        met this one as an agreement and never conflicted (the tables must not depend on the
        order the packages arrive in; issue 21)."""
        agreed: list[str] = []
        kept, kept_at = row, (applied.revision, applied.device)
        for conflict_id, kind, raw in store.open_conflict_incoming(self.edb, table, row_id):
            if kind != "concurrent":
                continue
            try:
                incoming = json.loads(raw)
            except ValueError:
                continue
            if isinstance(incoming, dict) and str(incoming.get("device_id")) != applied.device \
                    and version_hash(table, incoming) == applied.content \
                    and all(c in incoming for c in row):
                agreed.append(conflict_id)
                at = (int(incoming["revision"]), str(incoming["device_id"]))
                if at > kept_at:
                    kept, kept_at = {c: incoming[c] for c in row}, at
        if agreed:
            store.mark_conflicts_agreed(self.edb, agreed, reason=AGREED_REASON, resolved_at=self.at)
            self.log.extend((self.at, self.edb.actor, self.edb.device_id, "merge_conflict", cid,
                             "resolution", "open", "agreed", self.reason) for cid in agreed)
        return kept

    def settle(self, table: str, row: Mapping[str, Any], still_open: bool) -> None:
        """Close the open conflicts on this record over an earlier version from the sender's
        laptop: its later version (this one) replaces them, applied, agreed or itself a conflict
        (one conflict per record and laptop, the latest). Merged in the other order, the earlier
        version would have been superseded before it ever conflicted: the tables must not depend
        on the order the packages arrive in (test_merge_properties)."""
        revision = int(row["revision"])
        held_open = self.open_versions.get((table, str(row["id"])))
        if not held_open:  # nearly every row: nothing open on it
            return
        device = str(row["device_id"])
        for conflict_id, kind, rev, dev in held_open:
            if kind in ("concurrent", "not_owner") and dev == device \
                    and (rev < revision or (rev == revision and not still_open)):
                self.superseded.append(conflict_id)

    def conflict(self, kind: str, table: str, row: Mapping[str, Any], local: Mapping[str, Any] | None,
                 participant_id: str) -> None:
        row_id = str(row["id"])
        if table == "assessment":
            self.blocked[row_id] = kind
        # One conflict per version: two laptops sending the same values at the same revision are
        # two versions (each its own conflict), so which arrives first changes nothing.
        incoming_hash = conflict_key(content_hash(row), row["revision"], row["device_id"])
        key = (kind, table, row_id, incoming_hash)
        seen = self.seen_conflicts.get(key)
        if seen == "resolved":
            self.rep.unchanged += 1  # already decided by a person: changes nothing
            return
        self.rep.conflicts += 1
        self.touch("conflicts", participant_id)
        if seen is not None:
            return  # still open: counts, but is listed once
        self.seen_conflicts[key] = "open"
        conflict_id = str(uuid.uuid4())
        # Both laptops changed what the assessor owns: the incoming version is kept with the
        # coordinator's own columns as held here (never taken from a package, whatever is decided),
        # so what is left to decide between does not depend on which package came first.
        stored = with_coordinator_columns(table, row, local) if kind == "concurrent" else row
        self.new_conflicts.append((conflict_id, kind, table, row_id, participant_id or None, self.sender,
                                   self.contents.package_id, _row_json(local), _row_json(stored),
                                   incoming_hash, self.at))
        # Logged on the conflict, not on the row: a row that was not applied must not appear in the
        # replay of the table (check would call the file tampered: row_missing).
        what = json.dumps({"kind": kind, "entity": table, "entity_id": row_id}, sort_keys=True)
        self.log.append((self.at, self.edb.actor, self.edb.device_id, "merge_conflict", conflict_id,
                         "detected", None, what, self.reason))

    def two_assessors(self) -> None:
        """Flag a participant scored by two assessors that were not both assigned, or who disagree."""
        participants = sorted({head[1] for head in self.incoming_heads.values()})
        by_participant: dict[str, list[dict[str, Any]]] = {}
        for r in store.assessments_with_assignment_of(self.edb.conn, participants):
            by_participant.setdefault(str(r["participant_id"]), []).append(r)
        for participant_id in participants:
            rows = by_participant.get(participant_id, [])
            if len({r["assessor_id"] for r in rows}) < 2:
                continue
            verdicts = {r["overall_recommendation"] for r in rows
                        if r["status"] == AssessmentStatus.DITANDATANGANI.value}
            if all(r["assigned"] for r in rows) and len(verdicts) <= 1:
                continue
            mine = [r for r in rows if r["assessor_id"] == self.sender]
            others = [r for r in rows if r["assessor_id"] != self.sender]
            if not mine:
                continue
            row = {k: v for k, v in mine[0].items() if k != "assigned"}
            other = {k: v for k, v in others[0].items() if k != "assigned"}
            self.conflict("two_assessors", "assessment", row, other, participant_id)

    def flush(self) -> None:
        if self.superseded:
            store.mark_conflicts_superseded(self.edb, self.superseded, reason=SUPERSEDED_REASON,
                                            resolved_by=self.edb.actor, resolved_at=self.at)
            self.log.extend((self.at, self.edb.actor, self.edb.device_id, "merge_conflict", conflict_id,
                             "resolution", "open", "keep_local", f"{SUPERSEDED_REASON} ({self.reason})")
                            for conflict_id in self.superseded)
        store.insert_conflicts(self.edb, self.new_conflicts)
        store.insert_agreements(self.edb, self.agreements, reason=AGREED_REASON)
        audit.append_many(self.edb.conn, self.log)


def package_kind(path: Path) -> str | None:
    """What a package file says it is ("handout" / "results"), unverified; None if unknown."""
    from humas_desktop.formats.package import peek_kind

    return peek_kind(path)
