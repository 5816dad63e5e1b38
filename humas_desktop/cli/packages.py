"""Several-laptop commands: device key, assign, package, open-package, results, merge, conflicts,
completeness."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from humas_desktop.cli.common import CliError, emit_json
from humas_desktop.messages import message
from humas_desktop.paths import data_dir

PASSPHRASE_ENV = "HUMAS_PACKAGE_PASSPHRASE"
ENCRYPT_HELP = f"enkripsi paket dengan frasa sandi (dari {PASSPHRASE_ENV}, atau ditanyakan)"


def _passphrase(*, confirm: bool) -> str:
    """From the environment (scripts), else asked without echo; never a command-line argument,
    which other users could read in the process list."""
    import getpass
    import os
    import sys

    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise CliError(f"Paket terenkripsi: isi frasa sandi lewat variabel {PASSPHRASE_ENV}.")
    first = getpass.getpass("Frasa sandi paket: ")
    if confirm and getpass.getpass("Ulangi frasa sandi: ") != first:
        raise CliError("Frasa sandi tidak sama.")
    return first


def _passphrase_for(paths: list[Path]) -> str | None:
    """Asked only when one of the packages is actually encrypted."""
    from humas_desktop.services.workspace import package_needs_passphrase

    return _passphrase(confirm=False) if any(package_needs_passphrase(p) for p in paths) else None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    key = sub.add_parser("device-key", help="tampilkan id dan sidik kunci laptop ini")
    key.add_argument("--json", action="store_true", help="keluaran JSON")
    key.set_defaults(handler=run_device_key)

    reg = sub.add_parser("register-key", help="daftarkan sidik kunci laptop asesor pada acara")
    reg.add_argument("event_file", help="berkas acara")
    reg.add_argument("--assessor", required=True, metavar="ID", help="id asesor (boleh 8 karakter awal)")
    reg.add_argument("--fingerprint", required=True, metavar="XXXX-XXXX-XXXX-XXXX")
    reg.set_defaults(handler=run_register_key)

    assign = sub.add_parser("assign", help="bagi asesi ke asesor (otomatis seimbang atau manual)")
    assign.add_argument("event_file", help="berkas acara")
    assign.add_argument("--auto", action="store_true", help="bagi asesi yang belum berasesor secara seimbang")
    assign.add_argument("--participant", metavar="ID", help="id asesi (manual)")
    assign.add_argument("--assessor", metavar="ID", help="id asesor (manual)")
    assign.add_argument("--co", action="store_true", help="sebagai asesor pendamping (penilaian ganda)")
    assign.add_argument("--json", action="store_true", help="keluaran JSON")
    assign.set_defaults(handler=run_assign)

    pkg = sub.add_parser("package", help="tulis paket tugas per asesor ke folder (flashdisk)")
    pkg.add_argument("event_file", help="berkas acara")
    who = pkg.add_mutually_exclusive_group(required=True)
    who.add_argument("--assessor", metavar="ID", help="satu asesor")
    who.add_argument("--all", action="store_true", help="semua asesor yang punya asesi")
    pkg.add_argument("--out", required=True, metavar="DIR", help="folder tujuan")
    pkg.add_argument("--encrypt", action="store_true", help=ENCRYPT_HELP)
    pkg.add_argument("--slip", metavar="PDF",
                     help="tulis juga slip serah-terima untuk dicetak (PDF, satu halaman per asesor: sidik "
                          "kunci koordinator dan kode pasangan); tanpa opsi ini tidak ada slip. Simpan di "
                          "laptop ini, bukan di flashdisk, dan serahkan slip cetaknya langsung ke asesor")
    pkg.add_argument("--json", action="store_true", help="keluaran JSON")
    pkg.set_defaults(handler=run_package)

    opn = sub.add_parser("open-package", help="buka paket tugas di laptop asesor sebagai acara kerja")
    opn.add_argument("package", help="berkas paket")
    opn.add_argument("--coordinator-fingerprint", metavar="FP",
                     help="sidik kunci laptop koordinator (wajib pada paket pertama dari koordinator ini; "
                          "sesudahnya kunci itu dipercaya untuk acara ini)")
    opn.add_argument("--pairing-code", metavar="KODE",
                     help="kode pasangan 16 karakter dari slip serah-terima atau layar koordinator "
                          "(pengganti --coordinator-fingerprint pada paket pertama; huruf kecil, spasi "
                          "dan tanda hubung boleh)")
    opn.add_argument("--json", action="store_true", help="keluaran JSON")
    opn.set_defaults(handler=run_open_package)

    res = sub.add_parser("results", help="Kirim hasil: tulis paket hasil bertanda tangan")
    res.add_argument("event_file", help="berkas acara kerja asesor")
    res.add_argument("--out", required=True, metavar="DIR", help="folder tujuan")
    res.add_argument("--encrypt", action="store_true", help=ENCRYPT_HELP)
    res.add_argument("--json", action="store_true", help="keluaran JSON")
    res.set_defaults(handler=run_results)

    merge = sub.add_parser("merge", help="gabungkan paket hasil asesor (keluar 1 bila ada yang ditolak)")
    merge.add_argument("event_file", help="berkas acara koordinator")
    merge.add_argument("packages", nargs="+", metavar="PACKAGE", help="berkas paket hasil")
    merge.add_argument("--json", action="store_true", help="keluaran JSON")
    merge.set_defaults(handler=run_merge)

    conf = sub.add_parser("conflicts", help="daftar konflik penggabungan; selesaikan dengan alasan")
    conf.add_argument("event_file", help="berkas acara")
    conf.add_argument("--resolve", metavar="ID", help="id konflik yang diselesaikan")
    conf.add_argument("--keep", choices=["local", "incoming"], help="versi yang dipakai")
    conf.add_argument("--reason", default="", help="alasan (wajib saat menyelesaikan)")
    conf.add_argument("--json", action="store_true", help="keluaran JSON")
    conf.set_defaults(handler=run_conflicts)

    comp = sub.add_parser("completeness", help="kelengkapan hasil: asesor x asesi (keluar 1 bila kurang)")
    comp.add_argument("event_file", help="berkas acara")
    comp.add_argument("--mark", metavar="PARTICIPANT_ID", help="tandai asesi")
    comp.add_argument("--status", choices=["absent", "withdrawn"], help="tidak hadir / mengundurkan diri")
    comp.add_argument("--reason", default="", help="alasan (wajib untuk --mark)")
    comp.add_argument("--json", action="store_true", help="keluaran JSON")
    comp.set_defaults(handler=run_completeness)


def _device(args: argparse.Namespace) -> Any:
    from humas_desktop.storage.device import load_or_create_device

    return load_or_create_device(data_dir(args.data_dir))


def _open(args: argparse.Namespace, path: str) -> Any:
    from humas_desktop.services.assessor_laptop import working_actor
    from humas_desktop.services.session import EventSession

    device = _device(args)
    session = EventSession(Path(path), device_id=device.id)
    session.set_actor(working_actor(session.main))
    return session.main, device


def _resolve_id(edb: Any, table: str, given: str) -> str:
    from humas_desktop.storage.repository import ids_with_prefix

    rows = ids_with_prefix(edb, table, given)
    if len(rows) != 1:
        raise CliError(f"Id {given!r} tidak ditemukan atau tidak unik di {table}.")
    return rows[0]


def run_device_key(args: argparse.Namespace) -> int:
    device = _device(args)
    if args.json:
        emit_json({"device_id": device.id, "fingerprint": device.fingerprint})
    else:
        print(f"Id perangkat : {device.id}\nSidik kunci  : {device.fingerprint}")
    return 0


def run_register_key(args: argparse.Namespace) -> int:
    from humas_desktop.services.handout import register_device_key

    edb, _device_ = _open(args, args.event_file)
    with edb:
        fp = register_device_key(edb, _resolve_id(edb, "assessor", args.assessor), args.fingerprint)
    print(f"Sidik kunci {fp} terdaftar.")
    return 0


def run_assign(args: argparse.Namespace) -> int:
    from humas_desktop.domain.models import AssignmentRole
    from humas_desktop.services import handout

    edb, _device_ = _open(args, args.event_file)
    with edb:
        if args.auto:
            load = handout.assign_balanced(edb)
        elif args.participant and args.assessor:
            handout.assign_by_hand(edb, _resolve_id(edb, "participant", args.participant),
                                   _resolve_id(edb, "assessor", args.assessor),
                                   AssignmentRole.CO if args.co else AssignmentRole.PRIMARY)
            load = {}
        else:
            raise CliError("Pakai --auto, atau --participant ID --assessor ID.")
    if args.json:
        emit_json({"load": load})
    else:
        for assessor_id, n in load.items():
            print(f"{assessor_id[:8]}  {n} asesi")
    return 0


def run_package(args: argparse.Namespace) -> int:
    from humas_desktop.services.handout import coordinator_pairing_code, handout_round, write_handout_slip

    edb, device = _open(args, args.event_file)
    slip = Path(args.slip) if args.slip else None
    with edb:
        ids = [_resolve_id(edb, "assessor", args.assessor)] if args.assessor else None
        passphrase = _passphrase(confirm=True) if args.encrypt else None
        results, missing = handout_round(edb, device, Path(args.out), ids, passphrase)
        code = coordinator_pairing_code(edb, device)
        if slip is not None:
            write_handout_slip(edb, device, results, slip)
    rows: list[dict[str, Any]] = [
        {"assessor_id": r.assessor_id, "package": str(r.path), "package_id": r.package_id,
         "participants": r.participants} for r in results]
    if args.json:
        emit_json({"packages": rows, "sender_fingerprint": device.fingerprint, "pairing_code": code,
                   "missing_laptops": missing, "slip": str(slip) if slip is not None else None})
    else:
        for r in results:
            print(f"{r.assessor_id[:8]}  {r.participants} asesi  {r.path}")
        print(f"{len(results)} paket tertulis dan sudah diperiksa ulang: flashdisk aman dicabut.")
        if missing:
            print("Belum ada paket (laptop belum didaftarkan): " + ", ".join(missing))
        print(f"Sidik kunci koordinator: {device.fingerprint}  Kode pasangan: {code}")
        if slip is not None:
            print(f"Slip serah-terima: {slip} (cetak dan serahkan bersama flashdisk)")
    return 0


def run_open_package(args: argparse.Namespace) -> int:
    from humas_desktop.services.assessor_laptop import open_handout, working_copy_summary
    from humas_desktop.services.session import EventSession

    device = _device(args)
    path = open_handout(data_dir(args.data_dir), device, Path(args.package), args.coordinator_fingerprint,
                        _passphrase_for([Path(args.package)]), pairing_code=args.pairing_code)
    # What the assessor sees in the app too: whose package it is and how many asesi it holds.
    with EventSession(Path(path), device_id=device.id) as session:
        summary = working_copy_summary(session.main)
    if args.json:
        emit_json({"event_file": str(path), "assessor": summary[0] if summary else None,
                   "participants": summary[1] if summary else 0})
    else:
        if summary is not None:
            print(f"Paket untuk {summary[0]}: {summary[1]} asesi")
        print(f"Salinan kerja asesor: {path}")
    return 0


def run_results(args: argparse.Namespace) -> int:
    from humas_desktop.services.assessor_laptop import write_results

    edb, device = _open(args, args.event_file)
    with edb:
        path = write_results(edb, device, Path(args.out),
                             _passphrase(confirm=True) if args.encrypt else None)
    if args.json:
        emit_json({"package": str(path)})
    else:
        print(f"{path}\nPaket hasil tertulis dan sudah diperiksa ulang: flashdisk aman dicabut.")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from humas_desktop.services.merge import merge_packages

    edb, _device_ = _open(args, args.event_file)
    with edb:
        paths = [Path(p) for p in args.packages]
        report = merge_packages(edb, paths, _passphrase_for(paths))
    data = report.as_dict()
    if args.json:
        emit_json(data)
    else:
        for p in report.packages:
            who = f"{p.assessor_name} ({p.package})" if p.assessor_name else p.package
            if p.status == "rejected":
                print(f"DITOLAK  {who}: {message(p.reason)}")
            elif p.status == "duplicate":
                print(f"SUDAH    {who}: sudah pernah digabung, tidak ada perubahan")
            else:
                print(f"OK       {who}: {len(p.participants_added)} asesi mendapat hasil baru, "
                      f"{len(p.participants_updated)} diperbarui, {len(p.participants_conflicts)} konflik")
        # One line per assessor, counted in participants: "Budi: 12 hasil baru, 3 diperbarui, 1 konflik".
        for a in data["assessors"]:
            if a["name"]:
                print(message("merge_assessor_summary", name=a["name"], added=a["added"],
                              updated=a["updated"], conflicts=a["conflicts"]))
        if data["missing_numbers"]:
            print("Tidak ada di paket (dihapus di laptop asesor; di sini tidak diubah): peserta no. "
                  + ", ".join(str(n) for n in data["missing_numbers"]))
        if data["conflict_numbers"]:
            print("Konflik: peserta no. " + ", ".join(str(n) for n in data["conflict_numbers"])
                  + " (humas-desktop conflicts BERKAS)")
    return 1 if report.rejected else 0


def run_conflicts(args: argparse.Namespace) -> int:
    from humas_desktop.services.conflicts import describe_conflicts, list_conflicts, resolve_conflict

    edb, _device_ = _open(args, args.event_file)
    with edb:
        if args.resolve:
            if not args.keep:
                raise CliError("Pilih --keep local atau --keep incoming.")
            resolve_conflict(edb, _resolve_id(edb, "merge_conflict", args.resolve),
                             take_incoming=args.keep == "incoming", reason=args.reason)
        views = {v.id: v for v in describe_conflicts(edb)}
        conflicts = [{**c.as_dict(), **views[c.id].as_dict()} for c in list_conflicts(edb)]
    if args.json:
        emit_json({"conflicts": conflicts})
    else:
        for v in views.values():
            who = f"Peserta no. {v.participant_number} {v.participant_name}".strip() \
                if v.participant_number is not None else v.what
            print(f"{v.id[:8]}  {who} — {v.kind_text} ({v.what}), dikirim oleh {v.sender}")
            for ch in v.as_dict()["changes"]:
                print(f"          {ch['label']}: di laptop ini {ch['here']} | "
                      f"dari {v.sender}: {ch['incoming']}")
            print(f"          --keep local: {v.keep_text}")
            print(f"          --keep incoming: {v.take_text}")
        print(f"{len(conflicts)} konflik terbuka.")
    return 0


def run_completeness(args: argparse.Namespace) -> int:
    from humas_desktop.services import completeness

    edb, _device_ = _open(args, args.event_file)
    with edb:
        if args.mark:
            if not args.status:
                raise CliError("Pilih --status absent atau --status withdrawn.")
            completeness.mark(edb, _resolve_id(edb, "participant", args.mark), args.status, args.reason)
        cells = completeness.grid(edb)
        missing = completeness.missing_expected(edb)
        conflicts = completeness.open_conflict_count(edb)
    if args.json:
        emit_json({"cells": [{"assessor_id": c.assessor_id, "participant_id": c.participant_id,
                              "number": c.participant_number, "role": c.role, "state": c.state,
                              "reason": c.mark_reason} for c in cells],
                   "missing": len(missing), "open_conflicts": conflicts})
    else:
        for c in cells:
            print(f"{c.assessor_id[:8]}  no. {c.participant_number:<4} {c.state}")
        print(f"{len(missing)} hasil belum lengkap, {conflicts} konflik terbuka.")
    return 1 if missing or conflicts else 0
