"""Three laptops in one process: a coordinator and assessors, each with its own data directory."""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from humas_desktop.domain.models import Assessor, AssignmentRole, Attendance, Event, Scheme, Verdict
from humas_desktop.formats.package import package_bytes, read_package
from humas_desktop.services import handout
from humas_desktop.services.assessor_laptop import open_handout, write_results
from humas_desktop.services.demo import _score_fully, demo_participants, load_demo_scheme
from humas_desktop.services.events import create_event
from humas_desktop.services.scoring import ScoringService
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, open_event
from humas_desktop.storage.device import Device, load_or_create_device


@dataclass
class Laptop:
    base: Path
    device: Device
    event_path: Path | None = None

    def open(self, actor: str = "coordinator") -> EventDB:
        assert self.event_path is not None
        return open_event(self.event_path, device_id=self.device.id, actor=actor)


@dataclass
class Venue:
    coordinator: Laptop
    assessors: list[Laptop]
    assessor_rows: list[Assessor]
    scheme: Scheme
    stick: Path
    handouts: dict[str, Path] = field(default_factory=dict)


def laptop(root: Path, name: str) -> Laptop:
    base = root / name
    base.mkdir(parents=True, exist_ok=True)
    return Laptop(base, load_or_create_device(base))


def setup_venue(root: Path, participants: int = 6, assessors: int = 2, co: int = 0,
                scheme_and_sha: tuple[Scheme, str] | None = None) -> Venue:
    """Coordinator creates the event, imports a roster, registers keys, assigns, hands out."""
    coord = laptop(root, "koordinator")
    others = [laptop(root, f"asesor{i + 1}") for i in range(assessors)]
    scheme, sha = scheme_and_sha or load_demo_scheme()
    rows = [Assessor(f"Asesor Contoh {i + 1}", f"MET.000.00{i + 1:04d} 2020") for i in range(assessors)]
    event = Event(name="Uji Tiga Laptop", lsp_name="LSP Contoh", start_date=date(2026, 11, 23))
    coord.event_path = create_event(coord.base, event, [(scheme, sha)], rows, device=coord.device)
    stick = root / "usb"
    stick.mkdir()
    venue = Venue(coord, others, rows, scheme, stick)
    with coord.open() as edb:
        repo.insert_participants(edb, demo_participants(participants, scheme.id))
        for row, lap in zip(rows, others, strict=True):
            handout.register_device_key(edb, row.id, lap.device.fingerprint)
        handout.assign_balanced(edb)
        for participant_id in handout.participants_of(edb, rows[0].id)[:co]:
            handout.assign_by_hand(edb, participant_id, rows[1].id, AssignmentRole.CO)
        for result in handout.handout_all(edb, coord.device, stick):
            venue.handouts[result.assessor_id] = result.path
    return venue


def score(svc: ScoringService, aid: str, scheme: Scheme, row: Assessor, bk: bool, sign: bool = True) -> None:
    """Score every question and unit K (or the first unit BK), confirm, sign off."""
    svc.give_consent(aid)
    first = scheme.units[0]
    for q in scheme.questions:
        svc.set_verdict(aid, q.id, Verdict.BK if bk and q.unit_code == first.code else Verdict.K)
    for unit in scheme.units:
        svc.set_unit_recommendation(aid, unit.id, Verdict.BK if bk and unit is first else Verdict.K)
    svc.set_overall(aid, svc.suggested_overall(aid))
    if sign:
        svc.sign_off(aid, row.name, row.met_number)


def score_and_send(venue: Venue, index: int, sign: bool = True, seed: int = 1,
                   bk: frozenset[str] = frozenset(), attendance: Attendance = Attendance.HADIR) -> Path:
    """The assessor opens the hand-out, scores every participant, signs off and sends results."""
    lap, row = venue.assessors[index], venue.assessor_rows[index]
    if lap.event_path is None:
        lap.event_path = open_handout(lap.base, lap.device, venue.handouts[row.id],
                                      coordinator_fingerprint=venue.coordinator.device.fingerprint)
    rng = random.Random(seed)
    with lap.open(actor=row.id) as edb:
        svc = ScoringService(edb, lap.device)  # signed receipts, as the app makes them
        for person in repo.list_participants(edb):
            svc.set_attendance(person.id, attendance)
            aid = svc.open_assessment(person.id, row.id, venue.scheme.id)
            if svc.assessment(aid).status.value == "ditandatangani":
                continue
            if bk:
                score(svc, aid, venue.scheme, row, person.id in bk, sign)
            else:
                _score_fully(svc, aid, venue.scheme, rng, row, sign=sign)
        return write_results(edb, lap.device, venue.stick)


def forged_results(package: Path, signer: Device, edit: Callable[[sqlite3.Connection], None],
                   out: Path) -> Path:
    """An insider's results package: a real one with its snapshot changed by ``edit``, the manifest's
    counts and participant list made to match (so only the merge rules can refuse it), a new package
    id, signed again by ``signer`` (the sender's own, registered laptop key)."""
    contents = read_package(package)
    snap = out.with_suffix(".sqlite")
    snap.write_bytes(contents.snapshot)
    conn = sqlite3.connect(snap, isolation_level=None)
    try:
        edit(conn)
        participants = [str(r[0]) for r in conn.execute("SELECT id FROM participant ORDER BY number")]
    finally:
        conn.close()
    data = snap.read_bytes()
    snap.unlink()
    manifest = dict(contents.manifest)
    manifest["package_id"] = str(uuid.uuid4())
    manifest["counts"] = handout.snapshot_counts(data)
    manifest["ids"] = {**manifest["ids"], "participants": participants}
    out.write_bytes(package_bytes(manifest, data, signer.public_bytes, signer.sign))
    return out


def copy_row(conn: sqlite3.Connection, table: str, row: dict[str, object]) -> None:
    """Insert (or replace) ``row`` into ``table`` of a raw snapshot connection."""
    conn.execute(f"INSERT OR REPLACE INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                 list(row.values()))
