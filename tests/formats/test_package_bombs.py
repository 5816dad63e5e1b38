"""Issue #23: a package whose zip headers lie about a member's size is refused before anything is
inflated, and nothing inflates past a hard cap, whatever the headers claim.

Memory is measured in a child process (its ``VmHWM``): the bomb inflates to 400 MB, so a reader
that inflates before checking, or trusts the declared size, peaks far above the bound."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from humas_desktop.formats import package
from humas_desktop.storage.device import Device, load_or_create_device
from tests.formats.child_memory import PEAK_MB

INFLATED = 400 * 1024 * 1024
LIED = 4096  # the size both headers declare


def _patch_sizes(data: bytearray, name: bytes, size: int) -> None:
    """Write ``size`` as the uncompressed size of ``name`` in its local and central headers."""
    pos = 0
    while (pos := data.find(b"PK\x03\x04", pos)) >= 0:
        n = struct.unpack_from("<H", data, pos + 26)[0]
        if data[pos + 30:pos + 30 + n] == name:
            struct.pack_into("<I", data, pos + 22, size)
            break
        pos += 4
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) >= 0:
        n = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46:pos + 46 + n] == name:
            struct.pack_into("<I", data, pos + 24, size)
        pos += 4


def lying_package(signer: Device | None) -> bytes:
    """A package whose snapshot declares 4 KB and inflates to 400 MB; signed by ``signer`` over
    its real bytes (a stranger's valid signature) or carrying a made-up signature."""
    public = signer.public_bytes if signer else b"\1" * 32
    manifest = json.dumps({"kind": "handout", "format": package.FORMAT, "format_version": 1,
                           "public_key": __import__("base64").b64encode(public).decode()}).encode()
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(package.MANIFEST, manifest)
        zf.writestr(package.MANIFEST_SIG, b"A" * 88)
        with zf.open(package.SNAPSHOT, "w") as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(INFLATED >> 20):
                fh.write(chunk)
        zf.comment = b"\0" * package.COMMENT_LEN
    data = bytearray(buf.getvalue())
    _patch_sizes(data, package.SNAPSHOT.encode(), LIED)
    body = bytes(data[:-package.COMMENT_LEN])
    sig = signer.sign(body) if signer else b"\2" * 64
    return body + package.COMMENT_PREFIX + __import__("base64").b64encode(sig)


CHILD = """
import resource, sys
from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.package import read_package
try:
    read_package(__import__("pathlib").Path(sys.argv[1]))
    code = "opened"
except DomainError as exc:
    code = exc.code
""" + PEAK_MB + """
print(code, peak_mb())
"""


def _read_in_child(path: Path) -> tuple[str, int]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                         check=True, timeout=120, cwd=Path(__file__).resolve().parents[2]).stdout.split()
    return out[0], int(out[1])


@pytest.mark.slow
@pytest.mark.parametrize("signed_by_stranger", [False, True])
def test_a_package_with_lying_sizes_is_refused_without_inflating_it(
        tmp_path: Path, signed_by_stranger: bool) -> None:
    signer = load_or_create_device(tmp_path / "orang-asing") if signed_by_stranger else None
    path = tmp_path / "bom.humaspkg"
    path.write_bytes(lying_package(signer))
    assert path.stat().st_size < 2 * 1024 * 1024
    code, peak_mb = _read_in_child(path)
    assert code in {"package_tampered", "package_damaged", "package_too_large", "package_unsigned"}
    assert peak_mb < 150, f"{peak_mb} MB to refuse a 400 MB bomb"


def test_a_package_written_before_the_key_was_in_the_directory_still_opens(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    device = load_or_create_device(tmp_path)
    plain = package._member
    monkeypatch.setattr(package, "_member", lambda zf, name, data, comment=b"": plain(zf, name, data))
    manifest = {"kind": "results", "package_id": "p-1", "event_id": "e-1"}
    old = package.package_bytes(manifest, b"SQLite format 3\0" + b"x" * 100, device.public_bytes, device.sign)
    with zipfile.ZipFile(__import__("io").BytesIO(old)) as zf:
        assert zf.getinfo(package.MANIFEST_SIG).comment == b""
    assert package.read_package_bytes(old).package_id == "p-1"
    # Another key's signature over the same old-format bytes is still refused.
    stranger = load_or_create_device(tmp_path / "lain")
    forged = old[:-package.COMMENT_LEN] + package.COMMENT_PREFIX + __import__("base64").b64encode(
        stranger.sign(old[:-package.COMMENT_LEN]))
    with pytest.raises(package.DomainError) as err:
        package.read_package_bytes(forged)
    assert err.value.code == "package_tampered"
