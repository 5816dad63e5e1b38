"""Integrity commands: verify a certificate (payload, PNG or PDF) and manage the LSP signing key."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from humas_desktop.cli.common import CliError, emit_json
from humas_desktop.paths import data_dir

if TYPE_CHECKING:
    from humas_desktop.services.lsp_key import RevocationList

PASSPHRASE_ENV = "HUMAS_LSP_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    verify = sub.add_parser(
        "verify", help="verifikasi sertifikat dari kode QR, gambar PNG atau PDF (keluar 1 bila "
                       "tidak sah)")
    verify.add_argument("source", metavar="PAYLOAD|SERTIFIKAT.pdf|GAMBAR.png",
                        help="teks kode QR, atau berkas PDF/gambar berisi kode QR")
    verify.add_argument("--public-key", metavar="BERKAS",
                        help="kunci publik LSP (PEM); bawaan: kunci publik di folder data")
    verify.add_argument("--revocations", metavar="BERKAS",
                        help="daftar pencabutan bertanda tangan LSP (bawaan: registri LSP bila "
                             "terjangkau, lalu daftar di folder data)")
    verify.add_argument("--registry", metavar="URL_ATAU_BERKAS",
                        help="registri LSP yang daftar pencabutannya diperiksa (bawaan: "
                             "HUMAS_REGISTRY, lalu registry.sqlite di folder data)")
    verify.add_argument("--json", action="store_true", help="keluaran JSON")
    verify.set_defaults(handler=run_verify)

    key = sub.add_parser("lsp-key", help="kunci tanda tangan sertifikat LSP")
    key_sub = key.add_subparsers(dest="lsp_command", title="perintah", metavar="PERINTAH",
                                 required=True)
    create = key_sub.add_parser("create", help="buat kunci LSP baru (dilindungi frasa sandi; "
                                               f"frasa sandi dibaca dari {PASSPHRASE_ENV} atau "
                                               "ditanyakan)")
    create.add_argument("--key", metavar="BERKAS", help="lokasi berkas kunci (bawaan: folder data)")
    create.set_defaults(handler=run_key_create)
    export = key_sub.add_parser("export-public", help="ekspor kunci publik LSP untuk verifikator")
    export.add_argument("output", nargs="?", metavar="BERKAS.pem",
                        help="berkas tujuan (bawaan: folder data)")
    export.add_argument("--key", metavar="BERKAS", help="berkas kunci LSP")
    export.set_defaults(handler=run_key_export)
    revoke = key_sub.add_parser("revoke", help="buat daftar pencabutan sertifikat bertanda tangan")
    revoke.add_argument("numbers", nargs="*", metavar="NOMOR",
                        help="nomor sertifikat yang dicabut (seluruh daftar)")
    revoke.add_argument("--key", metavar="BERKAS", help="berkas kunci LSP")
    revoke.add_argument("--output", metavar="BERKAS", help="berkas tujuan (bawaan: folder data)")
    revoke.set_defaults(handler=run_key_revoke)


def _passphrase(prompt: str) -> str:
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")


def _key_path(args: argparse.Namespace) -> Path:
    from humas_desktop.services import lsp_key

    return Path(args.key) if args.key else lsp_key.default_key_path(data_dir(args.data_dir))


def run_verify(args: argparse.Namespace) -> int:
    from humas_desktop.services import lsp_key
    from humas_desktop.services import verify as svc

    base = data_dir(args.data_dir)
    public = (lsp_key.load_public_key(Path(args.public_key)) if args.public_key
              else svc.default_public_key(base))
    revocations: RevocationList | None
    if args.revocations:
        if public is None:
            raise CliError("--revocations memerlukan kunci publik LSP (--public-key).")
        revocations = lsp_key.load_revocation_list(Path(args.revocations).read_text("utf-8"),
                                                   public, where=Path(args.revocations).name)
    elif args.registry:  # named: it must answer (an unreachable one is an error, not "none")
        from humas_desktop.services import registry

        store = registry.open_registry(args.registry)
        try:
            revocations = registry.registry_revocations(store)
        finally:
            store.close()
    else:
        revocations = svc.default_revocations(base, public)
    result = svc.verify_source(args.source, public, revocations, today=date.today())
    if args.json:
        emit_json(result.as_dict())
    else:
        p = result.payload
        print(("SAH: " if result.valid else "TIDAK SAH: ") + result.text())
        if p is not None:
            print(f"  Nomor sertifikat : {p.number}\n  Nomor registrasi : {p.registration_number}"
                  f"\n  Skema            : {p.scheme_code}\n  Terbit           : {p.issue_date}"
                  f"\n  Berlaku sampai   : {p.valid_until}")
        if result.key_fingerprint:
            print(f"  Sidik kunci LSP  : {result.key_fingerprint}")
        print(f"  {result.revocation_text()}")
    return 0 if result.valid else 1


def run_key_create(args: argparse.Namespace) -> int:
    from humas_desktop.services import lsp_key

    path = _key_path(args)
    passphrase = _passphrase("Frasa sandi kunci LSP baru: ")
    key = lsp_key.create_key(path, passphrase)
    public = lsp_key.export_public(key, lsp_key.default_public_path(data_dir(args.data_dir)))
    print(f"Kunci LSP dibuat: {path}\nKunci publik: {public}\n"
          f"Sidik kunci: {lsp_key.public_fingerprint(key.public_key())}")
    return 0


def run_key_export(args: argparse.Namespace) -> int:
    from humas_desktop.services import lsp_key

    key = lsp_key.load_key(_key_path(args), _passphrase("Frasa sandi kunci LSP: "))
    target = Path(args.output) if args.output else lsp_key.default_public_path(
        data_dir(args.data_dir))
    lsp_key.export_public(key, target)
    print(f"Kunci publik LSP: {target}\nSidik kunci: "
          f"{lsp_key.public_fingerprint(key.public_key())}")
    return 0


def run_key_revoke(args: argparse.Namespace) -> int:
    from humas_desktop.formats.encryption import write_file_atomic
    from humas_desktop.services import lsp_key
    from humas_desktop.services.verify import REVOCATION_FILE

    key = lsp_key.load_key(_key_path(args), _passphrase("Frasa sandi kunci LSP: "))
    target = Path(args.output) if args.output else lsp_key.key_dir(
        data_dir(args.data_dir)) / REVOCATION_FILE
    # The sequence number only grows: one more than the list this one replaces.
    previous = target.read_text("utf-8") if target.is_file() else ""
    seq = lsp_key.revocation_sequence(previous) + 1 if previous else 1
    text = lsp_key.make_revocation_list(key, args.numbers, date.today(), seq)
    write_file_atomic(target, text.encode("utf-8"), mode=0o644)
    print(f"Daftar pencabutan ({len(set(args.numbers))} sertifikat): {target}")
    return 0
