"""Issue #23: every other file a user can hand the app (scheme JSON, code list) is refused
with its own message before it is read into memory, whatever its size or kind.

Each read runs in a child process whose address space is limited to 1 GB: a reader that loads
a 4 GB file whole fails there instead of eating the machine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.formats.child_memory import PEAK_MB

CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from pathlib import Path
from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.code_list_file import read_code_file
from humas_desktop.formats.scheme_json import load_scheme_json
reader = {"scheme": load_scheme_json, "codes": read_code_file}[sys.argv[1]]
try:
    reader(Path(sys.argv[2]))
    code = "read"
except DomainError as exc:
    code = exc.code
except MemoryError:
    code = "MemoryError"
""" + PEAK_MB + """
print(code, peak_mb())
"""


def _read_in_child(kind: str, path: Path) -> tuple[str, int]:
    run = subprocess.run([sys.executable, "-c", CHILD, kind, str(path)], capture_output=True, text=True,
                         timeout=120, cwd=Path(__file__).resolve().parents[2])
    out = run.stdout.split()
    assert run.returncode == 0 and len(out) == 2, (run.returncode, run.stdout, run.stderr[-400:])
    return out[0], int(out[1])


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as fh:
        fh.truncate(size)
    return path


@pytest.mark.parametrize(("kind", "name", "expected"), [
    ("scheme", "skema.json", {"too_large"}),
    ("codes", "kode.csv", {"code_file_too_large"}),
])
def test_a_4_gb_file_is_refused_unread(tmp_path: Path, kind: str, name: str, expected: set[str]) -> None:
    code, peak_mb = _read_in_child(kind, _sparse(tmp_path / name, 4 << 30))
    assert code in expected
    assert peak_mb < 200


@pytest.mark.parametrize("kind", ["scheme", "codes"])
def test_dev_zero_is_refused_unread(kind: str) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    code, peak_mb = _read_in_child(kind, Path("/dev/zero"))
    assert code not in {"read", "MemoryError"}
    assert peak_mb < 200
