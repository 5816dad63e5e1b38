"""Command line front (``humas-desktop``): a thin layer over services; help in Indonesian."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from humas_desktop import __version__

# The command modules import these from cli.common (a leaf), never from this package.
from humas_desktop.cli.common import CliError as CliError
from humas_desktop.cli.common import emit_json as emit_json
from humas_desktop.domain.errors import DomainError

Handler = Callable[[argparse.Namespace], int]

# Each module exposes ``register(subparsers)`` and sets ``handler`` defaults on its parsers.
COMMAND_MODULES = (
    "humas_desktop.cli.core",
    "humas_desktop.cli.importing",
    "humas_desktop.cli.participants",
    "humas_desktop.cli.packages",
    "humas_desktop.cli.verify",
    "humas_desktop.cli.exporting",
    "humas_desktop.cli.registry",
    "humas_desktop.cli.documents",
    "humas_desktop.cli.records",
)



# argparse's own words (usage, headings, errors) in Indonesian: argparse looks them up through
# its module-level gettext function ``_``.
_ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "expected one argument": "memerlukan satu nilai",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ambiguous option: %(option)s could match %(matches)s":
        "opsi ambigu: %(option)s bisa berarti %(matches)s",
}


def _indonesian_argparse() -> None:
    english = argparse._  # type: ignore[attr-defined]
    if getattr(english, "humas_id", False):
        return  # already installed (main() runs more than once in tests)

    def indonesian(text: str) -> str:
        return _ARGPARSE_ID.get(text) or english(text)

    indonesian.humas_id = True  # type: ignore[attr-defined]
    argparse._ = indonesian  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    import importlib

    _indonesian_argparse()
    parser = argparse.ArgumentParser(
        prog="humas-desktop",
        description="Humas Desktop: uji kompetensi humas luring (offline). Tanpa perintah, "
                    "aplikasi dibuka pada acara terakhir.",
    )
    parser.add_argument("--version", action="version", version=f"humas-desktop {__version__}",
                        help="tampilkan versi lalu keluar")
    parser.add_argument("--data-dir", metavar="FOLDER",
                        help="folder data aplikasi (juga lewat HUMAS_DATA_DIR)")
    parser.add_argument("--lang", choices=["id", "en"], help="bahasa antarmuka")
    parser.add_argument("--self-test", action="store_true",
                        help="uji mandiri (berkas acara, Excel, PDF, Qt) lalu keluar")
    sub = parser.add_subparsers(dest="command", title="perintah", metavar="PERINTAH")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


OPENABLE_SUFFIXES = (".humas", ".humaspkg")
_OPTIONS_WITH_VALUE = ("--data-dir", "--lang")


def _file_as_gui_command(argv: list[str], commands: set[str]) -> list[str]:
    """``humas-desktop FILE`` (what a double-click passes) means ``humas-desktop gui FILE``:
    the first positional argument that is no command but a .humas/.humaspkg or existing file."""
    import os

    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _OPTIONS_WITH_VALUE:
            i += 2
            continue
        if arg.startswith("-"):
            i += 1
            continue
        if arg in commands:
            return argv
        if arg.lower().endswith(OPENABLE_SUFFIXES) or os.path.isfile(arg):
            # Options given after the file are the app's own (--data-dir, --lang): keep them first.
            return [*argv[:i], *argv[i + 1:], "gui", arg]
        return argv
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    commands = {name for action in parser._subparsers._group_actions  # type: ignore[union-attr]
                for name in getattr(action, "choices", {}) or {}}
    args = parser.parse_args(_file_as_gui_command(list(sys.argv[1:] if argv is None else argv),
                                                  commands))
    handler: Handler | None = getattr(args, "handler", None)
    from humas_desktop.paths import clean_work_dirs, data_dir, set_running_data_dir

    base = data_dir(args.data_dir)
    set_running_data_dir(base)  # backups and work files go here, whatever folder a file is in
    clean_work_dirs(base)  # what a killed earlier run left in <data>/tmp
    if args.self_test:
        from humas_desktop.cli.selftest import run_self_test

        return run_self_test()
    if handler is None:
        from humas_desktop.cli.core import run_gui

        handler = run_gui
    import sqlite3

    try:
        return handler(args)
    except CliError as exc:
        print(f"humas-desktop: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("humas-desktop: dibatalkan.", file=sys.stderr)
        return 130
    except (DomainError, OSError, sqlite3.Error) as exc:
        # The one failure-to-text function (the GUI's error_text uses it too): Indonesian, what
        # to do, never strerror or SQLite's English; a partial export lists both halves.
        from humas_desktop.services.storage_faults import failure_text

        print(f"humas-desktop: {failure_text(exc)}", file=sys.stderr)
        return 1
