"""Commands for event set-up and participant import: new, import, template."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from humas_desktop.cli.common import CliError, emit_json
from humas_desktop.domain.errors import DomainError
from humas_desktop.messages import message
from humas_desktop.paths import data_dir

_TUK = {"sewaktu": "sewaktu", "tempat-kerja": "tempat_kerja", "mandiri": "mandiri"}
_PURPOSE = {"sertifikasi": "sertifikasi", "sertifikasi-ulang": "sertifikasi_ulang", "pkt": "pkt",
            "rpl": "rpl", "lainnya": "lainnya"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    new = sub.add_parser("new", help="buat acara baru; jalur berkasnya dicetak di baris terakhir")
    new.add_argument("--name", required=True, help="nama acara")
    new.add_argument("--lsp", required=True, help="nama LSP")
    new.add_argument("--lsp-license", default="", help="nomor lisensi LSP")
    new.add_argument("--tuk", default="", help="nama TUK")
    new.add_argument("--tuk-type", choices=sorted(_TUK), default="sewaktu", help="jenis TUK")
    new.add_argument("--city", default="", help="kota")
    new.add_argument("--start", metavar="YYYY-MM-DD", help="tanggal mulai")
    new.add_argument("--end", metavar="YYYY-MM-DD", help="tanggal selesai")
    new.add_argument("--purpose", choices=sorted(_PURPOSE), default="sertifikasi",
                     help="tujuan asesmen")
    new.add_argument("--scheme", action="append", default=[], metavar="BERKAS", required=True,
                     help="berkas skema (JSON atau Excel); boleh diulang")
    new.add_argument("--assessor", action="append", default=[], metavar="\"Nama|MET\"",
                     help="asesor dan nomor MET; boleh diulang")
    new.set_defaults(handler=run_new)

    imp = sub.add_parser("import", help="impor daftar peserta dari Excel (.xlsx)")
    imp.add_argument("event_file", help="berkas acara")
    imp.add_argument("roster", help="daftar peserta (.xlsx)")
    imp.add_argument("--sheet", metavar="NAMA", help="nama lembar (bawaan: lembar pertama)")
    imp.add_argument("--header-row", type=int, metavar="N",
                     help="nomor baris judul kolom; 0 = tanpa baris judul (bawaan: dideteksi)")
    imp.add_argument("--on-error", choices=["skip", "abort"], default="skip",
                     help="baris bermasalah: lewati (bawaan) atau batalkan seluruh impor")
    imp.add_argument("--update-existing", action="store_true",
                     help="perbarui peserta yang sudah ada (dicocokkan dengan NIK)")
    imp.add_argument("--dry-run", action="store_true", help="hanya periksa; tidak mengubah apa pun")
    imp.add_argument("--rejected", metavar="BERKAS.xlsx",
                     help="tulis baris yang ditolak ke berkas ini untuk diperbaiki")
    imp.add_argument("--json", action="store_true", help="keluaran JSON")
    imp.set_defaults(handler=run_import)

    tpl = sub.add_parser("template", help="tulis templat daftar peserta (.xlsx)")
    tpl.add_argument("target", help="berkas .xlsx yang ditulis")
    tpl.set_defaults(handler=run_template)


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"Tanggal tidak sah: {text} (pakai YYYY-MM-DD).") from None


def run_new(args: argparse.Namespace) -> int:
    from humas_desktop.domain.models import Purpose, TukType
    from humas_desktop.services.event_setup import EventSetup, create_new_event, parse_assessor
    from humas_desktop.storage.device import load_or_create_device

    base = data_dir(args.data_dir)
    setup = EventSetup(
        name=args.name, lsp_name=args.lsp, lsp_license=args.lsp_license, tuk_name=args.tuk,
        tuk_type=TukType(_TUK[args.tuk_type]), city=args.city, start_date=_date(args.start),
        end_date=_date(args.end), purpose=Purpose(_PURPOSE[args.purpose]),
        scheme_files=[Path(p) for p in args.scheme],
        assessors=[parse_assessor(a) for a in args.assessor],
    )
    device = load_or_create_device(base)
    path = create_new_event(base, setup, device_id=device.id)
    print(path)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from humas_desktop.services.roster_import import (
        ImportOptions,
        OnError,
        apply_plan,
        build_plan,
        load_roster,
        sheet_mapping,
        write_rejected_file,
    )
    from humas_desktop.services.session import EventSession
    from humas_desktop.storage.device import load_or_create_device

    base = data_dir(args.data_dir)
    options = ImportOptions(on_error=OnError(args.on_error), update_existing=args.update_existing,
                            dry_run=args.dry_run)
    event_path = Path(args.event_file)
    plan = None
    result = None
    try:
        # The roster is checked before the event file is even opened: a refused file changes nothing.
        _book, sheet, header_index = load_roster(Path(args.roster), args.sheet, args.header_row)
        device = load_or_create_device(base)
        with EventSession(event_path, device_id=device.id, actor="coordinator") as session:
            edb = session.main
            plan = build_plan(edb, sheet, header_index, sheet_mapping(sheet, header_index, base),
                              options)
            if args.rejected and plan.errors:
                write_rejected_file(plan, Path(args.rejected))
            gen = apply_plan(edb, plan, options)
            try:
                while True:
                    next(gen)
            except StopIteration as stop:
                result = stop.value
    except DomainError as exc:
        if not args.json:
            raise
        emit_json({"imported": 0, "updated": 0, "skipped": 0, "unchanged": 0,
                   "aborted": exc.code == "roster_aborted", "refused": exc.code != "roster_aborted",
                   "dry_run": args.dry_run, "code": exc.code,
                   "message": message(exc.code, **exc.context),
                   "errors": [f.as_dict() for f in plan.errors] if plan else [],
                   "warnings": [f.as_dict() for f in plan.warnings] if plan else []})
        return 1
    assert result is not None
    if args.json:
        emit_json(result.as_dict())
        return 0
    for finding in result.errors + result.warnings:
        kind = "KESALAHAN" if finding.severity.value == "error" else "peringatan"
        print(f"baris {finding.row}, kolom {finding.column}: {kind}: {finding.message}")
    for row in result.not_participants:
        print(f"baris {row.excel_row}: bukan peserta (tanpa NIK dan data lain), dilewati: {row.text}")
    verb = "akan diimpor" if args.dry_run else "diimpor"
    print(f"{result.imported} peserta {verb}, {result.updated} diperbarui, {result.skipped} baris "
          f"dilewati, {result.unchanged} sudah terdaftar.")
    return 0


def run_template(args: argparse.Namespace) -> int:
    from humas_desktop.services.roster_import import write_template_file

    target = Path(args.target)
    write_template_file(target)
    print(target)
    return 0
