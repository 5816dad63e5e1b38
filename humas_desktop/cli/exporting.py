"""``export`` command: write the close-of-session documents of an event file to a folder."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from humas_desktop.cli.common import CliError, emit_json
from humas_desktop.services.document_kinds import CLI_CHOICES

Signer = Callable[[bytes], bytes]

KIND_CHOICES = CLI_CHOICES  # services/document_kinds.py declares the kinds once


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="ekspor dokumen acara (Excel, PDF, sertifikat)")
    p.add_argument("event_file", help="berkas acara")
    p.add_argument("kind", choices=KIND_CHOICES, metavar="JENIS",
                   help="roster, attendance, recap, bnsp, berita-acara, records, report, "
                        "certificates, pleno, sk, blanko-request (setelah sesi ditutup), "
                        "calibration (halaman kalibrasi blanko), apl01 (permohonan), apl02 (asesmen "
                        "mandiri), ak01 (persetujuan asesmen), ak03 (umpan balik asesi), "
                        "ak04 (banding), ak06 (meninjau proses asesmen), va (validasi asesmen), "
                        "atau all")
    p.add_argument("--out", required=True, metavar="FOLDER", help="folder tujuan")
    p.add_argument("--json", action="store_true", help='cetak {"files": [...]} sebagai JSON')
    p.add_argument("--no-per-participant", action="store_true",
                   help="jangan buat satu PDF per peserta (hanya PDF gabungan)")
    p.add_argument("--sign-key", metavar="BERKAS",
                   help="tandatangani kode QR sertifikat dengan kunci LSP ini (bawaan: kunci LSP "
                        "di folder data bila ada; frasa sandi dari HUMAS_LSP_PASSPHRASE atau "
                        "ditanyakan). Sertifikat acara yang sudah ditutup wajib ditandatangani")
    p.add_argument("--draft", action="store_true",
                   help="sertifikat tanpa tanda tangan LSP, bertanda DRAF (untuk pemeriksaan)")
    p.add_argument("--progress", action="store_true",
                   help="tampilkan kemajuan di stderr (bawaan: hanya di terminal)")
    p.set_defaults(handler=run_export_cmd)


def run_export_cmd(args: argparse.Namespace) -> int:
    from humas_desktop.services.exports import (
        ExportInterrupted,
        ExportOptions,
        draft_note,
        export_documents,
        load_event_data,
    )
    from humas_desktop.services.session import EventSession

    path = Path(args.event_file)
    if not path.is_file():
        raise CliError(f"berkas acara tidak ditemukan: {path.name}")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CliError(f"--out bukan folder: {out}")
    import sys

    files: list[Path] = []
    gaps: list[tuple[str, list[int]]] = []
    done: list[Path] = []  # every whole file on disk so far (what a Ctrl-C leaves)
    show = _Progress(sys.stderr) if (args.progress or sys.stderr.isatty()) else None
    with EventSession(path, actor="coordinator") as session:
        # export_documents verifies the file (the whole check) before it reads anything; the
        # key is chosen first (a closed event's certificates are signed or refused).
        signer = _signer(args, session.main)
        gen = export_documents(session.main, [args.kind], out,
                               ExportOptions(per_participant=not args.no_per_participant, sign=signer,
                                             draft=args.draft, written=done,
                                             # No window here: this process draws too (#25).
                                             draw_here=True))
        try:
            while True:
                try:
                    step = next(gen)
                except StopIteration as stop:
                    files = stop.value or []
                    break
                except ExportInterrupted as stopped:
                    _report_interrupted(stopped, as_json=args.json)
                    raise  # main() prints the Indonesian text with both lists and exits 1
                if show is not None:
                    show(step)
        except KeyboardInterrupt:
            gen.close()
            if show is not None:
                show.end()
            return _report_cancelled(done, out, as_json=args.json)
        if show is not None:
            show.end()
        data = load_event_data(session.main)
        note = draft_note(data)
        if args.kind in ("bnsp", "all"):
            from humas_desktop.services.exports import bnsp_gaps

            gaps = bnsp_gaps(data)
    held = list(getattr(files, "not_written", []))
    if args.json:
        emit_json({"files": [str(f) for f in files], "draft": bool(note), "note": note,
                   "not_written": [{"kind": n.kind, "participant_number": n.number,
                                    "code": n.code} for n in held],
                   "bnsp_blank_codes": [{"code": code, "participant_numbers": numbers}
                                        for code, numbers in gaps]})
    else:
        for f in files:
            print(f)
        print(f"{len(files)} berkas ditulis ke {out}")
        if note:
            print(note)
    from humas_desktop.messages import message

    if held:
        # Every other file is written; these certificates wait for a fix (exit 1, never silent).
        print("humas-desktop: " + message("export_partial", count=len(held)), file=sys.stderr)
        for n in held:
            print(f"  - {message('certificate_held_back', number=n.number)} "
                  f"{message(n.code, length=n.detail)}", file=sys.stderr)
    if gaps:
        # The sheet is written, but BNSP rejects rows with blank master codes: never exit 0.
        print("humas-desktop: " + message("bnsp_codes_blank_export"), file=sys.stderr)
        for code, numbers in gaps:
            who = (" Peserta no. " + ", ".join(str(n) for n in numbers) + ".") if numbers else ""
            print(f"  - {message(code, count=len(numbers))}{who}", file=sys.stderr)
        return 1
    return 1 if held else 0


def _signer(args: argparse.Namespace, edb: Any) -> Signer | None:
    """The LSP key that signs the certificates: ``--sign-key``, else the key in the data folder
    when final certificates are exported (a closed event), else none (the export then refuses
    final certificates with the line that says how, or writes a DRAF draft)."""
    import getpass
    import os

    from humas_desktop.paths import data_dir
    from humas_desktop.services.event_state import is_closed
    from humas_desktop.services.lsp_key import default_key_path, load_key, make_signer

    if args.draft:
        return None
    key_path = Path(args.sign_key) if args.sign_key else None
    if key_path is None and args.kind in ("certificates", "all") and is_closed(edb):
        default = default_key_path(data_dir(args.data_dir))
        key_path = default if default.is_file() else None
    if key_path is None:
        return None
    passphrase = os.environ.get("HUMAS_LSP_PASSPHRASE") or getpass.getpass("Frasa sandi kunci LSP: ")
    return make_signer(load_key(key_path, passphrase))


def _report_interrupted(stopped: object, *, as_json: bool) -> None:
    """Stdout of an export an OS error stopped: every complete file (JSON: both lists)."""
    from humas_desktop.messages import message
    from humas_desktop.services.exports import ExportInterrupted
    from humas_desktop.services.storage_faults import failure_text

    assert isinstance(stopped, ExportInterrupted)
    if as_json:
        emit_json({"files": [str(f) for f in stopped.written], "interrupted": stopped.interrupted,
                   "not_written_kinds": stopped.not_written,
                   "not_written": [{"kind": n.kind, "participant_number": n.number, "code": n.code}
                                   for n in stopped.held_back],
                   "error": {"code": stopped.fault.code, "errno": stopped.fault.errno_name,
                             "message": message(stopped.fault.code, **stopped.fault.context),
                             "text": failure_text(stopped)}})
        return
    for f in stopped.written:
        print(f)


class _Progress:
    """One self-overwriting line on stderr: "[ 42%] records 400/1000" (a terminal, or --progress)."""

    def __init__(self, stream: object) -> None:
        self.stream = stream
        self.last = ""
        self.tty = bool(getattr(stream, "isatty", lambda: False)())

    def __call__(self, step: object) -> None:
        from humas_desktop.domain.progress import Progress

        if not isinstance(step, Progress):
            return
        line = f"[{int(step.fraction * 100):3d}%] {step.message}"
        if line == self.last:
            return
        self.last = line
        end = "\r" if self.tty else "\n"
        print(line.ljust(40) if self.tty else line, end=end, file=self.stream, flush=True)  # type: ignore[call-overload]

    def end(self) -> None:
        if self.tty and self.last:
            print(file=self.stream)  # type: ignore[call-overload]


def _report_cancelled(done: list[Path], out: Path, *, as_json: bool) -> int:
    """Ctrl-C: list the whole files already written (every write is atomic: no half file is
    left), say so, exit 130."""
    import sys

    if as_json:
        emit_json({"files": [str(f) for f in done], "cancelled": True})
    else:
        for f in done:
            print(f)
    print(f"humas-desktop: ekspor dibatalkan. {len(done)} berkas lengkap sudah ditulis ke {out}; "
          "tidak ada berkas setengah jadi (export cancelled: only complete files were written).",
          file=sys.stderr)
    return 130
