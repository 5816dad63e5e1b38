"""``close`` (close a session against the LSP registry) and the ``registry`` commands."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from humas_desktop.cli.common import CliError, emit_json
from humas_desktop.messages import message
from humas_desktop.paths import data_dir

if TYPE_CHECKING:
    from humas_desktop.storage.db import EventDB
    from humas_desktop.storage.registry import RegistryStore

REGISTRY_HELP = ("registri LSP: berkas SQLite atau postgresql://... (bawaan: HUMAS_REGISTRY, "
                 "lalu registry.sqlite di folder data)")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal harus YYYY-MM-DD: {text!r}") from None


def _registry_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--registry", metavar="URL_ATAU_BERKAS", help=REGISTRY_HELP)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    close = sub.add_parser("close", help="tutup sesi: keputusan LSP, nomor sertifikat dari "
                                         "registri, acara menjadi hanya-baca")
    close.add_argument("event", metavar="ACARA", help="berkas acara")
    close.add_argument("--plenary-date", required=True, type=_date, metavar="YYYY-MM-DD",
                       help="tanggal rapat pleno (juga tanggal terbit sertifikat)")
    close.add_argument("--sk-number", required=True, metavar="TEKS", help="nomor SK keputusan LSP")
    close.add_argument("--record-reason", metavar="TEKS", default="",
                       help="alasan mencatat ulang tanggal pleno dan nomor SK bila berbeda dari "
                            "keputusan yang sudah tercatat (tanpa alasan: ditolak)")
    close.add_argument("--accept-recommendations", action="store_true",
                       help="rekomendasi asesor yang ditandatangani menjadi keputusan LSP bagi "
                            "peserta yang belum punya keputusan")
    close.add_argument("--duplicate-reason", metavar="TEKS", default="",
                       help="alasan bila peserta sudah punya sertifikat aktif pada skema yang sama")
    close.add_argument("--accept-identity-changes", metavar="ALASAN", default="",
                       help="identitas peserta yang berubah setelah tanda tangan asesor sudah "
                            "diperiksa dan benar (alasan dicatat di log audit)")
    close.add_argument("--decided-by", metavar="TEKS", default="Komite Teknis",
                       help="yang memutuskan (bawaan: Komite Teknis)")
    _registry_arg(close)
    close.add_argument("--json", action="store_true", help="keluaran JSON")
    close.set_defaults(handler=run_close)

    reg = sub.add_parser("registry", help="registri LSP: nomor sertifikat lintas acara, "
                                          "pencarian, pencabutan, verifikasi")
    rsub = reg.add_subparsers(dest="registry_command", title="perintah", metavar="PERINTAH",
                              required=True)
    init = rsub.add_parser("init", help="buat registri LSP baru (tidak menimpa)")
    _registry_arg(init)
    init.add_argument("--lsp-name", required=True, metavar="NAMA", help="nama LSP")
    init.add_argument("--licence", required=True, metavar="NOMOR", help="nomor lisensi BNSP LSP")
    init.add_argument("--verify-url", default="", metavar="URL",
                      help="alamat publik halaman verifikasi (isi kode QR)")
    init.add_argument("--address", default="", metavar="TEKS", help="alamat LSP")
    init.add_argument("--field-code", default="", metavar="KODE",
                      help="kode bidang pada nomor registrasi (mis. HMS)")
    init.add_argument("--licence-code", default="", metavar="KODE",
                      help="bagian lisensi pada nomor registrasi (bawaan: angka dari --licence)")
    init.add_argument("--certificate-start", type=int, default=1, metavar="N",
                      help="nomor urut sertifikat pertama (melanjutkan buku register)")
    init.add_argument("--registration-start", type=int, default=1, metavar="N",
                      help="nomor urut registrasi pertama")
    init.add_argument("--signatory", action="append", default=[], metavar="NAMA=JABATAN",
                      help="penanda tangan dan perannya (boleh diulang)")
    init.add_argument("--logo", metavar="BERKAS", help="logo LSP (PNG atau JPEG) untuk kop dokumen")
    init.set_defaults(handler=run_init)

    profile = rsub.add_parser("profile", help="lihat atau ubah profil LSP (alamat, logo, "
                                              "penanda tangan, alamat verifikasi)")
    _registry_arg(profile)
    profile.add_argument("--address", metavar="TEKS")
    profile.add_argument("--verify-url", metavar="URL")
    profile.add_argument("--logo", metavar="BERKAS", help="logo LSP (PNG atau JPEG)")
    profile.add_argument("--signatory", action="append", default=None, metavar="NAMA=JABATAN",
                         help="penanda tangan dan perannya (boleh diulang; mengganti daftar)")
    profile.add_argument("--json", action="store_true", help="keluaran JSON")
    profile.set_defaults(handler=run_profile)

    publish = rsub.add_parser("publish", help="catat sertifikat acara yang sudah ditutup ke registri")
    publish.add_argument("event", metavar="ACARA", help="berkas acara")
    publish.add_argument("--duplicate-reason", metavar="TEKS", default="",
                         help="alasan bila peserta sudah punya sertifikat aktif pada skema yang sama")
    _registry_arg(publish)
    publish.add_argument("--json", action="store_true", help="keluaran JSON")
    publish.set_defaults(handler=run_publish)

    find = rsub.add_parser("find", help="cari sertifikat menurut NIK atau nomor")
    which = find.add_mutually_exclusive_group(required=True)
    which.add_argument("--nik", metavar="NIK")
    which.add_argument("--number", metavar="NOMOR", help="nomor sertifikat atau registrasi")
    _registry_arg(find)
    find.add_argument("--json", action="store_true", help="keluaran JSON")
    find.set_defaults(handler=run_find)

    revoke = rsub.add_parser("revoke", help="cabut sertifikat (dengan alasan)")
    revoke.add_argument("number", metavar="NOMOR", help="nomor sertifikat")
    revoke.add_argument("--reason", required=True, metavar="TEKS", help="alasan pencabutan")
    revoke.add_argument("--by", default="", metavar="NAMA", help="yang mencabut")
    _registry_arg(revoke)
    revoke.set_defaults(handler=run_revoke)

    blanko = rsub.add_parser("blanko", help="catat nomor seri blanko BNSP tempat sertifikat dicetak")
    blanko.add_argument("number", metavar="NOMOR", help="nomor sertifikat")
    blanko.add_argument("--serial", required=True, metavar="SERI", help="nomor seri blanko")
    _registry_arg(blanko)
    blanko.set_defaults(handler=run_blanko)

    due = rsub.add_parser("due", help="sertifikat yang habis masa berlakunya dalam N bulan")
    due.add_argument("--months", required=True, type=int, metavar="N")
    _registry_arg(due)
    due.add_argument("--json", action="store_true", help="keluaran JSON")
    due.set_defaults(handler=run_due)

    report = rsub.add_parser("report", help="lembar unggah BNSP dan rekap semua acara dalam periode")
    report.add_argument("--from", dest="start", required=True, type=_date, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", required=True, type=_date, metavar="YYYY-MM-DD")
    report.add_argument("--out", required=True, metavar="FOLDER", help="folder tujuan")
    _registry_arg(report)
    report.set_defaults(handler=run_report)

    site = rsub.add_parser("site", help="tulis halaman verifikasi statis (unggah ke hosting web "
                                        "mana pun atau buka dari folder)")
    site.add_argument("--out", required=True, metavar="FOLDER", help="folder tujuan")
    site.add_argument("--key", metavar="BERKAS", help="kunci LSP (bawaan: folder data; frasa "
                                                      "sandi dari HUMAS_LSP_PASSPHRASE)")
    _registry_arg(site)
    site.set_defaults(handler=run_site)

    reserve = rsub.add_parser("reserve", help="pesan blok nomor untuk acara yang mencetak di lokasi")
    reserve.add_argument("event", metavar="ACARA", help="berkas acara")
    reserve.add_argument("--count", required=True, type=int, metavar="N", help="jumlah nomor")
    reserve.add_argument("--year", type=int, default=None, metavar="TAHUN",
                         help="tahun pada nomor (bawaan: tahun ini)")
    _registry_arg(reserve)
    reserve.add_argument("--json", action="store_true", help="keluaran JSON")
    reserve.set_defaults(handler=run_reserve)


# --- helpers ---------------------------------------------------------------------------------


def _location(args: argparse.Namespace) -> str:
    from humas_desktop.services import registry as svc

    return svc.resolve_location(getattr(args, "registry", None), data_dir(args.data_dir))


@contextlib.contextmanager
def _store(args: argparse.Namespace) -> Iterator[RegistryStore]:
    from humas_desktop.services import registry as svc

    store = svc.open_registry(_location(args))
    try:
        yield store
    finally:
        store.close()


@contextlib.contextmanager
def _event(path_text: str, args: argparse.Namespace) -> Iterator[EventDB]:
    from humas_desktop.storage.db import open_event
    from humas_desktop.storage.device import load_or_create_device

    path = Path(path_text)
    if not path.is_file():
        raise CliError(f"berkas acara tidak ditemukan: {path.name}")
    device = load_or_create_device(data_dir(args.data_dir))
    with open_event(path, device_id=device.id, actor="coordinator") as edb:
        yield edb


def _cert_line(c: Any) -> str:
    status = {"active": "aktif", "revoked": "DICABUT", "voided": "dibatalkan"}.get(c.status, c.status)
    return (f"{c.number} | {c.registration_number} | {c.holder_name} | {c.scheme_code} | "
            f"terbit {c.issue_date} s.d. {c.valid_until} | {status}"
            + (f" ({c.status_reason})" if c.status_reason else ""))


# --- close ---------------------------------------------------------------------------------


def run_close(args: argparse.Namespace) -> int:
    from humas_desktop.domain.models import Verdict
    from humas_desktop.services import close_session as cs
    from humas_desktop.services import registry as svc
    from humas_desktop.services.storage_faults import backup_missing_text
    from humas_desktop.storage import repository as repo

    if not args.sk_number.strip():
        raise CliError(message("sk_number_missing"))
    location = _location(args)
    with _event(args.event, args) as edb:
        cs.ensure_open(edb)
        cs.check_plenary_date(edb, args.plenary_date)  # before the registry is even opened
        store = None
        try:
            store = svc.open_registry(location)
        except svc.RegistryError:
            # A venue with a reserved block closes without a connection; publish later.
            if svc.event_reservation(edb) is None:
                raise
        try:
            if store is not None and svc.event_reservation(edb) is None:
                svc.check_verify_url(store)  # before any decision is recorded
            if args.accept_recommendations:
                # Decisions the committee already recorded stay theirs (never overwritten).
                confirmed = {c.participant_id: Verdict(c.recommendation)
                             for c in cs.decision_candidates(edb)
                             if c.recommendation is not None and c.decision is None}
                if confirmed:
                    cs.record_decisions(edb, confirmed, args.plenary_date, args.sk_number,
                                        args.decided_by)
            blockers = cs.close_blockers(edb, store, args.accept_identity_changes)
            if blockers:
                if args.json:
                    emit_json({"closed": False, "blockers": [
                        {"code": b.code, "count": b.count, "participant_numbers": list(b.numbers)}
                        for b in blockers]})
                print("humas-desktop: " + message("close_blocked", count=len(blockers)),
                      file=sys.stderr)
                for b in blockers:
                    who = (" Peserta no. " + ", ".join(str(n) for n in b.numbers) + "."
                           if b.numbers else "")
                    print(f"  - {message(b.code, count=b.count)}{who}", file=sys.stderr)
                return 1
            backup: list[Path | Exception] = []
            try:
                ids = cs.close_session(edb, args.plenary_date, registry=store,
                                       duplicate_reason=args.duplicate_reason,
                                       identity_reason=args.accept_identity_changes,
                                       on_backup=backup.append,
                                       sk_number=args.sk_number,
                                       record_reason=args.record_reason)
            except svc.DuplicateHoldersError as dup:
                for d in dup.found:
                    print(f"  - peserta no. {d.participant_number}: sertifikat aktif "
                          f"{d.existing_number}", file=sys.stderr)
                raise
            new = set(ids)
            held = cs.held_by_appeal(edb)  # FR.AK.04 open: no certificate numbered (issue 26)
            people = {p.id: p.number for p in repo.list_participants(edb)}
            certs = [{"number": c.number, "registration_number": c.registration_number,
                      "participant_number": people.get(c.participant_id)}
                     for c in repo.list_certificates(edb) if not c.voided]
        finally:
            if store is not None:
                store.close()
    made = backup[0] if backup else None
    missing = None if isinstance(made, Path) else backup_missing_text(
        made if made is not None else RuntimeError("no backup"))
    if args.json:
        emit_json({"closed": True, "certificates": certs, "held_by_appeal": held,
                   "backup": {"made": True, "file": made.name} if isinstance(made, Path) else
                   {"made": False, "code": "close_backup_missing", "message": missing}})
    else:
        print(f"Sesi ditutup. {len(new)} sertifikat baru bernomor; acara kini hanya-baca.")
        for c in certs:
            print(f"  peserta no. {c['participant_number']}: {c['number']} / "
                  f"{c['registration_number']}")
        if held:
            print("Sertifikat ditahan (banding FR.AK.04 belum diputuskan): peserta no. "
                  + ", ".join(str(n) for n in held) + ".")
    if missing is not None:
        print("humas-desktop: " + missing, file=sys.stderr)
    return 0


# --- registry commands ----------------------------------------------------------------------


def _signatories(texts: list[str]) -> list[tuple[str, str]]:
    out = []
    for text in texts:
        name, _, role = text.partition("=")
        if not name.strip() or not role.strip():
            raise CliError("--signatory harus berbentuk NAMA=JABATAN.")
        out.append((name.strip(), role.strip()))
    return out


def run_profile(args: argparse.Namespace) -> int:
    from humas_desktop.services import registry as svc

    with _store(args) as store:
        svc.update_profile(store, address=args.address, verify_url=args.verify_url,
                           logo=Path(args.logo) if args.logo else None,
                           signatories=_signatories(args.signatory) if args.signatory else None)
        p = store.profile()
        signers = store.signatories()
    data = {"name": p.name, "licence": p.licence, "address": p.address, "verify_url": p.verify_url,
            "field_code": p.field_code, "licence_code": p.licence_code, "logo": p.logo is not None,
            "signatories": [{"name": n, "role": r} for n, r in signers]}
    if args.json:
        emit_json(data)
    else:
        print(f"{p.name} ({p.licence})\n  Alamat: {p.address or '-'}\n  Halaman verifikasi: "
              f"{p.verify_url or '-'}\n  Logo: {'ada' if p.logo else 'belum ada'}")
        for n, r in signers:
            print(f"  {r}: {n}")
    return 0


def run_init(args: argparse.Namespace) -> int:
    from humas_desktop.services import registry as svc

    signatories = _signatories(args.signatory)
    location = _location(args)
    store = svc.init_registry(location, args.lsp_name, args.licence, verify_url=args.verify_url,
                              field_code=args.field_code, licence_code=args.licence_code,
                              address=args.address, certificate_start=args.certificate_start,
                              registration_start=args.registration_start, signatories=signatories,
                              logo=Path(args.logo) if args.logo else None)
    store.close()
    print(f"Registri LSP dibuat: {svc.describe_location(location)}")
    if not args.verify_url.strip():  # said now, not at the first close
        print("humas-desktop: " + message("registry_verify_url_missing"), file=sys.stderr)
    return 0


def run_publish(args: argparse.Namespace) -> int:
    from humas_desktop.services import registry as svc

    with _store(args) as store, _event(args.event, args) as edb:
        result = svc.publish(edb, store, args.duplicate_reason)
    if args.json:
        emit_json({"published": True, "event_id": result.event_id,
                   "certificates": result.certificates, "inserted": result.inserted,
                   "voided_unused": result.voided_unused,
                   "held_by_appeal": list(result.held)})
    else:
        print(f"Acara dipublikasikan ke registri: {result.certificates} sertifikat "
              f"({result.inserted} baru); {result.voided_unused} nomor pesanan tak terpakai "
              "dibatalkan.")
        for number in result.held:  # numbers only: the command line never prints a name
            print(f"Peserta no. {number}: sertifikat ditahan, banding (FR.AK.04) belum "
                  "diputuskan; belum di registri.")
    return 0


def run_find(args: argparse.Namespace) -> int:
    from humas_desktop.services import registry as svc

    with _store(args) as store:
        rows = store.by_nik(args.nik.strip()) if args.nik else store.by_number(args.number.strip())
    if args.json:
        emit_json({"certificates": [svc.cert_as_dict(r) for r in rows]})
    else:
        for r in rows:
            print(_cert_line(r))
        print(f"{len(rows)} sertifikat ditemukan.")
    return 0 if rows else 1


def run_revoke(args: argparse.Namespace) -> int:
    from humas_desktop.services import registry as svc

    with _store(args) as store:
        svc.revoke(store, args.number, args.reason, args.by or "LSP")
    print(f"Sertifikat {args.number.strip()} dicabut. Terbitkan ulang halaman verifikasi "
          "('registry site') agar pencabutan terlihat.")
    return 0


def run_blanko(args: argparse.Namespace) -> int:
    from humas_desktop.services import registry as svc

    with _store(args) as store:
        svc.set_blanko(store, args.number, args.serial)
    print(f"Blanko {args.serial.strip()} dicatat untuk sertifikat {args.number.strip()}.")
    return 0


def run_due(args: argparse.Namespace) -> int:
    from humas_desktop.services import registry as svc

    with _store(args) as store:
        rows = svc.due(store, args.months, date.today())
    if args.json:
        emit_json({"certificates": [svc.cert_as_dict(r) for r in rows]})
    else:
        for r in rows:
            print(_cert_line(r))
        print(f"{len(rows)} sertifikat habis masa berlakunya dalam {args.months} bulan.")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from humas_desktop.services import registry as svc

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CliError(f"--out bukan folder: {out}")
    with _store(args) as store:
        files = svc.write_report(store, args.start, args.end, out)
    for f in files:
        print(f)
    return 0


def run_site(args: argparse.Namespace) -> int:
    from humas_desktop.cli.verify import _key_path, _passphrase
    from humas_desktop.services import lsp_key
    from humas_desktop.services import registry as svc

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CliError(f"--out bukan folder: {out}")
    with _store(args) as store:
        key = lsp_key.load_key(_key_path(args), _passphrase("Frasa sandi kunci LSP: "))
        files = svc.write_site(store, key, out, date.today())
        revoked = len(store.revoked_numbers())
        seq, _ = store.revocation_state()
    print(f"Halaman verifikasi ditulis ke {out} ({len(files)} berkas, {revoked} sertifikat "
          f"dicabut, daftar pencabutan urutan {seq}). Unggah seluruh isi folder ke alamat "
          "--verify-url.")
    return 0


def run_reserve(args: argparse.Namespace) -> int:
    from humas_desktop.services import registry as svc

    year = args.year or date.today().year
    with _store(args) as store, _event(args.event, args) as edb:
        res = svc.reserve(edb, store, args.count, year)
    if args.json:
        emit_json({"reserved": res.count, "year": res.year,
                   "certificate_first": res.certificate_first,
                   "registration_first": res.registration_first})
    else:
        print(f"{res.count} nomor dipesan untuk acara ini (tahun {res.year}, urut sertifikat "
              f"{res.certificate_first}-{res.certificate_first + res.count - 1}).")
    return 0
