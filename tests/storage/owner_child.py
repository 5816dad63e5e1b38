"""Process A of the two-process kill test: holds an event as the app does.

The main thread keeps the UI connection (``EventSession.main``) and writes acknowledged changes
("ack KEY VALUE" is printed only after the commit returned); a worker thread meanwhile runs the
app's background operations, each on its own ``session.worker()`` connection. After every ack the
main thread checks that the event's ``-wal`` still exists: if another process deleted it while we
are alive, later commits would go into a deleted file.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import threading
import traceback
from pathlib import Path

from humas_desktop.services.session import EventSession


def _drain(gen: object) -> object:
    while True:
        try:
            next(gen)  # type: ignore[call-overload]
        except StopIteration as stop:
            return stop.value


def background(session: EventSession, cfg: dict[str, str], role: str, seed: int,
               stop: threading.Event) -> None:
    from humas_desktop.services import handout
    from humas_desktop.services.assessor_laptop import write_results
    from humas_desktop.services.backups import backup_now
    from humas_desktop.services.check import check_event_file
    from humas_desktop.services.exports import export_documents
    from humas_desktop.services.merge import import_results
    from humas_desktop.services.purge import anonymous_counts, event_backups
    from humas_desktop.services.roster_import import build_plan, default_mapping, load_roster
    from humas_desktop.storage.device import load_or_create_device

    rng = random.Random(seed)
    base = Path(cfg["base"])
    device = load_or_create_device(base)
    out = Path(cfg["out"])

    def import_plan() -> None:
        _book, sheet, header = load_roster(Path(cfg["roster"]))
        with session.worker() as edb:
            build_plan(edb, sheet, header, default_mapping(list(sheet.rows[header]), base))

    def handouts() -> None:
        with session.worker() as edb:
            _drain(handout.write_handouts(edb, device, out, [cfg["assessor"]]))

    def merge() -> None:
        with session.worker() as edb:
            _drain(import_results(edb, [Path(cfg["results"])]))

    def export() -> None:
        with session.worker() as edb:
            _drain(export_documents(edb, ["roster"], out))

    def backup() -> None:
        with session.worker() as edb:
            backup_now(edb, "manual", base)

    def check() -> None:
        check_event_file(session.path)

    def purge_preview() -> None:
        with session.worker(read_only=True) as edb:
            anonymous_counts(edb)
        event_backups(session.path, base)

    def results() -> None:
        with session.worker() as edb:
            write_results(edb, device, out)

    ops = ([import_plan, handouts, merge, export, backup, check, purge_preview] if role == "coord"
           else [results, backup, check])
    while not stop.is_set():
        op = rng.choice(ops)
        try:
            op()
            print(f"op {op.__name__}", flush=True)
        except Exception:
            print("operr " + op.__name__ + " " + traceback.format_exc().replace("\n", " | "),
                  flush=True)
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True, exist_ok=True)


def main() -> None:
    role, path, cfg_file, run, seed = sys.argv[1:6]
    cfg = json.loads(Path(cfg_file).read_text(encoding="utf-8"))
    rng = random.Random(int(seed))
    event = Path(path)
    wal = event.with_name(event.name + "-wal")
    session = EventSession(event, device_id="owner-test", actor=cfg.get("actor", "coordinator"))
    edb = session.main
    svc = None
    if role == "coord":
        from humas_desktop.services.scoring import ScoringService

        svc = ScoringService(edb)
    stop = threading.Event()
    worker = threading.Thread(target=background, args=(session, cfg, role, rng.randrange(1 << 30), stop),
                              daemon=True)
    worker.start()
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        value = f"{int(run):04d}-{n:06d}"
        if svc is not None:
            unit = rng.choice(cfg["units"].split(","))
            svc.set_unit_notes(cfg["aid"], unit, value)
            print(f"ack notes:{unit} {value}", flush=True)
        else:
            key = f"probe.{rng.randrange(4)}"
            edb.set_setting(key, value)
            print(f"ack setting:{key} {value}", flush=True)
        if not wal.exists():
            print("walgone", flush=True)


if __name__ == "__main__":
    main()
