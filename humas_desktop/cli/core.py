"""Core commands: gui (default), demo, check."""

from __future__ import annotations

import argparse
from pathlib import Path

from humas_desktop.cli.common import CliError, emit_json
from humas_desktop.messages import message
from humas_desktop.paths import data_dir


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    gui = sub.add_parser("gui", help="buka aplikasi (bawaan)")
    gui.add_argument("event", nargs="?",
                     help="berkas acara (.humas) atau paket (.humaspkg) yang dibuka")
    gui.set_defaults(handler=run_gui)

    demo = sub.add_parser("demo", help="buat acara demo lalu buka")
    demo.add_argument("--no-gui", action="store_true",
                      help="hanya buat acara; cetak jalur berkasnya di baris terakhir")
    demo.add_argument("--participants", type=int, default=30, metavar="N",
                      help="jumlah peserta (bawaan 30)")
    demo.add_argument("--decided", action="store_true",
                      help="semua peserta dinilai, ditandatangani dan diputuskan LSP")
    demo.set_defaults(handler=run_demo)

    check = sub.add_parser("check", help="periksa berkas acara (keluar 1 bila ada masalah)")
    check.add_argument("event_file", help="berkas acara")
    check.add_argument("--json", action="store_true", help="keluaran JSON")
    check.add_argument("--require-receipts", action="store_true",
                       help="asesmen bertanda tangan wajib punya tanda terima bertanda tangan")
    check.set_defaults(handler=run_check)


def run_gui(args: argparse.Namespace) -> int:
    from humas_desktop.gui.app import run

    event = getattr(args, "event", None)
    target = Path(event) if event else None
    if target is not None and not target.is_file():
        raise CliError(f"berkas tidak ditemukan: {target.name}")
    if target is not None and target.suffix.lower() == ".humaspkg":
        return run(data_dir(args.data_dir), None, lang=args.lang, package=target)
    return run(data_dir(args.data_dir), target, lang=args.lang)


def run_demo(args: argparse.Namespace) -> int:
    from humas_desktop.services.demo import build_demo
    from humas_desktop.storage.device import load_or_create_device

    if args.participants < 1 or args.participants > 100_000:
        raise CliError("--participants harus antara 1 dan 100000.")
    base = data_dir(args.data_dir)
    device = load_or_create_device(base)
    path = ""
    for progress in build_demo(base, args.participants, args.decided, device=device):
        path = progress.message
    if args.no_gui:
        print(path)
        return 0
    from humas_desktop.gui.app import run

    return run(base, Path(path), lang=args.lang)


def run_check(args: argparse.Namespace) -> int:
    from humas_desktop.services.check import check_event_file

    path = Path(args.event_file)
    report = check_event_file(path, require_receipts=args.require_receipts)
    if args.json:
        emit_json(report.as_dict())
        return 0 if report.ok else 1
    if report.ok:
        print(f"OK: skema versi {report.schema_version}, {report.participants} peserta, "
              f"{report.assessments} asesmen.")
        return 0
    first = report.problems[0]
    code = first["code"]
    context = {"path": path.name, **{k: v for k, v in first.items() if k != "code"}}
    if code == "too_new":
        context.setdefault("supported", "")
    text = message(code, **context)
    if len(report.problems) > 1:
        text += f" (+{len(report.problems) - 1} masalah lain; lihat --json)"
    raise CliError(text)
