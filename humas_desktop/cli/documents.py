"""Document data an LSP officer records after close or loads from its own files:
``certificate blanko`` (the BNSP blanko serial a certificate was printed on) and
``codes load`` (KODE PENDIDIKAN / KODE PEKERJAAN from an xlsx or csv)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from humas_desktop.cli.common import CliError, emit_json, event_session
from humas_desktop.domain.errors import DomainError
from humas_desktop.messages import message
from humas_desktop.paths import data_dir


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cert = sub.add_parser("certificate", help="catatan per sertifikat (nomor seri blanko BNSP)")
    actions = cert.add_subparsers(dest="certificate_action", metavar="TINDAKAN", required=True)
    blanko = actions.add_parser("blanko", help="catat nomor seri blanko BNSP tempat sertifikat "
                                               "dicetak (di berkas acara, dan di registri LSP "
                                               "bila dipakai)")
    blanko.add_argument("event_file", help="berkas acara")
    blanko.add_argument("number", metavar="NOMOR",
                        help="nomor sertifikat, atau nomor urut peserta")
    blanko.add_argument("--serial", required=True, metavar="SERI", help="nomor seri blanko")
    blanko.add_argument("--reason", default="", metavar="TEKS",
                        help="alasan bila mengganti blanko yang sudah tercatat (mis. blanko rusak)")
    blanko.add_argument("--registry", metavar="URL_ATAU_BERKAS",
                        help="registri LSP (bawaan: registri acara ini bila acara dinomori dari "
                             "registri)")
    blanko.add_argument("--json", action="store_true", help="keluaran JSON")
    blanko.set_defaults(handler=run_blanko)

    codes = sub.add_parser("codes", help="daftar kode BNSP acara (pendidikan, pekerjaan)")
    code_actions = codes.add_subparsers(dest="codes_action", metavar="TINDAKAN", required=True)
    load = code_actions.add_parser("load", help="muat daftar kode dari berkas xlsx/csv LSP "
                                                "(kolom nama dan kode)")
    load.add_argument("event_file", help="berkas acara")
    load.add_argument("--pendidikan", metavar="BERKAS", help="daftar KODE PENDIDIKAN")
    load.add_argument("--pekerjaan", metavar="BERKAS", help="daftar KODE PEKERJAAN")
    load.add_argument("--json", action="store_true", help="keluaran JSON")
    load.set_defaults(handler=run_codes_load)


def _registry(args: argparse.Namespace, edb: Any) -> tuple[Any, str]:
    """(store or None, a note): the registry named, else the one this event was numbered from.
    An unreachable default registry is a note, not a failure: publish carries the serial."""
    from humas_desktop.services import registry as svc

    if not args.registry and not edb.setting(svc.LSP_ID_KEY):
        return None, ""
    location = svc.resolve_location(args.registry, data_dir(args.data_dir))
    try:
        return svc.open_registry(location), ""
    except svc.RegistryError as exc:
        if args.registry:
            raise
        return None, message(exc.code, **exc.context)


def run_blanko(args: argparse.Namespace) -> int:
    from humas_desktop.services.blanko import record_serial

    try:
        with event_session(args) as edb:
            store, note = _registry(args, edb)
            try:
                record = record_serial(edb, args.number, args.serial, args.reason, store)
            finally:
                if store is not None:
                    store.close()
    except DomainError as exc:
        raise CliError(message(exc.code, **exc.context)) from None
    if args.json:
        emit_json({"certificate_number": record.certificate_number, "serial": record.serial,
                   "previous": record.previous, "in_registry": record.in_registry})
        return 0
    print(f"Blanko {record.serial} dicatat untuk sertifikat {record.certificate_number}"
          + (" (juga di registri LSP)." if record.in_registry else "."))
    if note or (store is not None and not record.in_registry):
        print("Catatan: registri belum memuat sertifikat ini; nomor blanko ikut tercatat saat "
              "'registry publish'." + (f" ({note})" if note else ""))
    return 0


def run_codes_load(args: argparse.Namespace) -> int:
    from humas_desktop.services import document_settings as ds

    files = {k: Path(v) for k, v in (("pendidikan", args.pendidikan),
                                     ("pekerjaan", args.pekerjaan)) if v}
    if not files:
        raise CliError("Beri paling sedikit satu berkas: --pendidikan atau --pekerjaan.")
    try:
        with event_session(args) as edb:
            counts = ds.load_code_files(edb, files)
    except DomainError as exc:
        raise CliError(message(exc.code, **exc.context)) from None
    if args.json:
        emit_json({key.rsplit(".", 1)[-1]: n for key, n in counts.items()})
        return 0
    for key, n in counts.items():
        print(f"{n} kode {key.rsplit('.', 1)[-1]} dimuat.")
    return 0
