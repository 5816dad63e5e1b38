"""Static checks run as part of the test command: ruff, mypy and the import-layer contracts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.external import python_tool

ROOT = Path(__file__).resolve().parent.parent


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_ruff_is_clean() -> None:
    result = _run(sys.executable, "-m", "ruff", "check", "humas_desktop", "tests", "benchmarks", "tools")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_layers_hold() -> None:
    result = _run(python_tool("lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr


# --- tests mirror the package ---------------------------------------------------------------

PACKAGE = ROOT / "humas_desktop"
TESTS = ROOT / "tests"

# Test modules directly in tests/: each checks the whole package, not one module of it.
TOP_LEVEL = {
    "test_end_to_end.py",  # one whole event through the real command line
    "test_import_graph.py",  # no import loop anywhere in the package
    "test_quality.py",  # ruff, mypy, import contracts, this mirror
    "test_sql_in_storage.py",  # SQL only in storage/, read over every layer above it
}

# Test modules under tests/<pkg>/ named for a promise that spans several modules of <pkg> (or
# the layers below it), not for one module. Keep this short: a test of one module is named
# test_<module>[_<topic>].py.
# Folders of tests that check the whole product against an independent model of it.
CROSS_CUTTING_FOLDERS = {
    "oracle",  # every exported document against what it must say, computed from the event (#22)
}
CROSS_CUTTING = {
    "cli/test_export_cancel_cli.py",  # Ctrl-C during `export` leaves only whole files (#25)
    "gui/test_startup_first_rows.py",  # the first paint shows a screenful, then everyone (#25)
    "services/test_startup_after_kill.py",  # one WAL proof between the check and the open (#25)
    "cli/test_session_privacy.py",  # a whole scripted session leaves no NIK in logs or files
    "cli/test_os_errors_cli.py",  # OS errors in Indonesian from every command that writes
    "cli/test_private_at_rest.py",  # a venue day leaves the data folder 0700, its files 0600
    "formats/test_schemes.py",  # scheme_json and scheme_excel read the same scheme
    "formats/test_scheme_english.py",  # English titles read by scheme_json and scheme_excel
    "gui/test_english_ui_fits.py",  # the English UI at 1366x768, all panels
    "gui/test_forward_file.py",  # a second launch hands its file over (single_instance, app)
    "gui/test_integrity_banner.py",  # the window's banner for a file that fails verification
    "gui/test_looking_writes_nothing.py",  # clicking through the whole window writes nothing
    "gui/test_menu_paths.py",  # every menu path of the main window reaches its dialog
    "gui/test_offthread.py",  # every long operation runs in a worker (operations, workers)
    "gui/test_open_file.py",  # a double-clicked file: cli entry, app, desktop entry, installer
    "gui/test_signals.py",  # PySide6 emits a whole day of signals (guards the Qt upgrade)
    "gui/test_signoff_and_undo.py",  # scoring panel, shortcuts and undo together
    "gui/test_translations.py",  # every UI string of every gui module has its English
    "gui/test_workspace.py",  # a whole interview in the workspace (interview, scoring panel)
    "gui/test_workspace_18_units.py",  # the same on an 18-unit scheme
    "gui/test_workspace_english_questions.py",  # the workspace with English question texts
    "services/test_hostile_packages.py",  # packages an attacker builds: handout, merge, package
    "services/test_export_os_errors.py",  # an export stopped by the disk: exports, storage_faults
    "services/test_no_plaintext_left.py",  # killed merges and imports leave no NIK anywhere
    "services/test_package_encryption.py",  # encrypted packages through handout and merge
    "services/test_packages_e2e.py",  # three laptops: hand-out, scoring, results, merge
    "services/test_pinned_keys.py",  # the trusted coordinator key: handout and merge
    "services/test_rule_book.py",  # every guard code of every service
    "services/test_rule_book_inputs.py",  # the guard codes that need a damaged or empty input
    "storage/test_one_owner.py",  # one owner of an event file per process (every raw reader)
    "storage/test_stored_files.py",  # files of earlier releases: schema, migrations, check
    "storage/test_two_process_kill.py",  # saved means saved, two processes, SIGKILL
}


def _module_names(folder: Path) -> set[str]:
    """What a test file in the mirrored folder may be named for: a module, a subpackage, the
    package itself; a dialog module also by its name without ``_dialog``."""
    names = {folder.name}
    for child in folder.iterdir():
        if child.suffix == ".py" and child.stem != "__init__":
            names.add(child.stem)
            for suffix in ("_dialogs", "_dialog"):
                if child.stem.endswith(suffix):
                    names.add(child.stem.removesuffix(suffix))
        elif child.is_dir() and (child / "__init__.py").is_file():
            names.add(child.name)
    return names


def test_every_test_module_mirrors_a_module_of_the_package() -> None:
    """tests/services/test_close_session*.py is for humas_desktop/services/close_session.py, and so
    on: a test is found next to what it tests. Failed before the move of tests/documents/* and
    tests/registry/* (folders humas_desktop does not have)."""
    problems = []
    for path in sorted(TESTS.rglob("test_*.py")):
        rel = path.relative_to(TESTS)
        if rel.parent == Path("."):
            if rel.name not in TOP_LEVEL:
                problems.append(f"tests/{rel}: a test of one module belongs in its package's folder")
            continue
        folder = PACKAGE / rel.parent
        if rel.parts[0] in CROSS_CUTTING_FOLDERS:
            continue
        if not (folder / "__init__.py").is_file():
            problems.append(f"tests/{rel}: humas_desktop/{rel.parent.as_posix()}/ is not a package")
            continue
        if rel.as_posix() in CROSS_CUTTING:
            continue
        stem = path.stem.removeprefix("test_")
        if not any(stem == name or stem.startswith(name + "_") for name in _module_names(folder)):
            problems.append(f"tests/{rel}: no module humas_desktop/{rel.parent.as_posix()}/"
                            f"{stem.split('_')[0]}... to mirror")
    assert not problems, "\n".join(problems)
    stale = sorted(n for n in CROSS_CUTTING if not (TESTS / n).is_file()) + sorted(
        n for n in TOP_LEVEL if not (TESTS / n).is_file())
    assert not stale, f"listed but gone, remove from the lists: {stale}"
