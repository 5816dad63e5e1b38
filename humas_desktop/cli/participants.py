"""Commands that correct the roster: participant edit / participant remove (audited, with a reason)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from humas_desktop.cli.common import CliError, emit_json
from humas_desktop.domain.errors import DomainError
from humas_desktop.messages import message
from humas_desktop.paths import data_dir

# option -> participant field (help text in Indonesian)
_OPTIONS = (
    ("--name", "name", "nama"),
    ("--certificate-name", "certificate_name",
     "nama pada sertifikat (kosongkan dengan \"\" agar sama dengan nama)"),
    ("--nik", "nik", "NIK (16 angka)"),
    ("--nip", "nip", "NIP (18 angka)"),
    ("--birth-place", "birth_place", "tempat lahir"),
    ("--birth-date", "birth_date", "tanggal lahir (17/08/1990 atau 1990-08-17)"),
    ("--gender", "gender", "jenis kelamin (L/P)"),
    ("--instansi", "institution", "instansi"),
    ("--work-unit", "work_unit", "unit kerja"),
    ("--job-title", "job_title", "jabatan"),
    ("--rank-grade", "rank_grade", "pangkat/golongan"),
    ("--education", "education", "pendidikan"),
    ("--email", "email", "email"),
    ("--phone", "phone", "nomor HP"),
    ("--address", "address", "alamat"),
    ("--office-address", "office_address", "alamat kantor"),
    ("--postal-code", "postal_code", "kode pos"),
    ("--nationality", "nationality", "kebangsaan"),
    ("--regency", "regency", "kabupaten/kota tempat tinggal (mis. \"Kota Bandung\")"),
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    participant = sub.add_parser("participant", help="perbaiki atau hapus data peserta")
    actions = participant.add_subparsers(dest="participant_action", metavar="TINDAKAN",
                                         required=True)
    edit = actions.add_parser("edit", help="perbaiki data peserta (dicatat di jejak audit)")
    edit.add_argument("event_file", help="berkas acara")
    edit.add_argument("number", type=int, help="nomor urut peserta")
    for option, dest, text in _OPTIONS:
        edit.add_argument(option, dest=f"set_{dest}", metavar="TEKS", help=text)
    edit.add_argument("--reason", required=True, metavar="TEKS", help="alasan perbaikan")
    edit.add_argument("--json", action="store_true", help="keluaran JSON")
    edit.set_defaults(handler=run_edit)

    remove = actions.add_parser("remove", help="hapus peserta (dicatat di jejak audit)")
    remove.add_argument("event_file", help="berkas acara")
    remove.add_argument("number", type=int, help="nomor urut peserta")
    remove.add_argument("--reason", required=True, metavar="TEKS", help="alasan penghapusan")
    remove.add_argument("--json", action="store_true", help="keluaran JSON")
    remove.set_defaults(handler=run_remove)


def _open(args: argparse.Namespace) -> Any:
    from humas_desktop.services.session import EventSession
    from humas_desktop.storage.device import load_or_create_device

    device = load_or_create_device(data_dir(args.data_dir))
    return EventSession(Path(args.event_file), device_id=device.id, actor="coordinator")


def run_edit(args: argparse.Namespace) -> int:
    from humas_desktop.services.roster_edit import edit_participant, find_by_number

    changes = {dest: getattr(args, f"set_{dest}") for _o, dest, _t in _OPTIONS
               if getattr(args, f"set_{dest}") is not None}
    if not changes:
        raise CliError("Tidak ada yang diubah: beri paling sedikit satu opsi, mis. --name.")
    try:
        with _open(args) as session:
            edb = session.main
            participant = find_by_number(edb, args.number)
            result = edit_participant(edb, participant.id, changes, args.reason)
    except DomainError as exc:
        raise CliError(message(exc.code, **exc.context)) from None
    if args.json:
        emit_json({"number": args.number, "changed": sorted(result.changed),
                   "warnings": [message(code) for code in result.warnings]})
        return 0
    for code in result.warnings:
        print(f"peringatan: {message(code)}")
    if result.changed:
        print(f"Peserta no. {args.number} diperbarui: {', '.join(sorted(result.changed))}.")
    else:
        print(f"Peserta no. {args.number}: tidak ada yang berubah.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from humas_desktop.services.roster_edit import find_by_number, remove_participant

    try:
        with _open(args) as session:
            edb = session.main
            participant = find_by_number(edb, args.number)
            remove_participant(edb, participant.id, args.reason)
    except DomainError as exc:
        raise CliError(message(exc.code, **exc.context)) from None
    if args.json:
        emit_json({"number": args.number, "removed": True})
    else:
        print(f"Peserta no. {args.number} dihapus dari acara.")
    return 0
