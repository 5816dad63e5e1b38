"""The package file carried between laptops: a signed zip of an event snapshot and its manifest.

Layout (format ``humas-package`` version 1)::

    manifest.json   ids, counts, SHA-256 of every member, audit head, sender's public key
    manifest.sig    Ed25519 signature of manifest.json (base64); its member comment in the
                    central directory holds the sender's public key (base64)
    event.sqlite    the SQLite snapshot (made by the caller with VACUUM INTO / backup API)
    <zip comment>   "HDPKG1 " + Ed25519 signature (base64) of every byte before the comment

The comment signature covers the whole archive (headers, central directory, lengths), so a
flipped byte anywhere — even in a field ``zipfile`` never checks — is refused. It is checked
before anything is inflated: the key comes from the central directory (packages written before
issue 23 carry it only in the manifest, which is then inflated alone, under a hard cap). Members
are inflated by streaming with hard caps that ignore the sizes the headers declare.
Building the bytes (:func:`package_bytes`) is separate from writing them (:func:`write_package`):
an encryption layer can wrap the bytes in between, and :func:`read_package_bytes` takes the
unwrapped bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats.atomic_file import write_bytes_atomic
from humas_desktop.formats.encryption import (
    check_passphrase,
    decrypt_bytes,
    encrypt_bytes,
    header_problem,
    is_encrypted,
)
from humas_desktop.formats.input_file import read_capped, read_head, regular_file_size

FORMAT = "humas-package"
FORMAT_VERSION = 1
PACKAGE_SUFFIX = ".humaspkg"
MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.sig"
SNAPSHOT = "event.sqlite"
MEMBERS = (MANIFEST, MANIFEST_SIG, SNAPSHOT)
COMMENT_PREFIX = b"HDPKG1 "
_SIG_B64_LEN = 88  # base64 of a 64-byte Ed25519 signature
COMMENT_LEN = len(COMMENT_PREFIX) + _SIG_B64_LEN
# Caps checked before anything is inflated or parsed (a package is a file from a USB stick). The
# package bytes and the snapshot are both in memory at once: 2 x 200 MB stays under 500 MB.
MAX_PACKAGE_BYTES = 200 * 1024 * 1024
MAX_SNAPSHOT_BYTES = 200 * 1024 * 1024
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
_KEY_B64_LEN = 44  # base64 of a 32-byte Ed25519 public key
_INFLATE_CHUNK = 1 << 20
_MEMBER_CAPS = {MANIFEST: MAX_MANIFEST_BYTES, MANIFEST_SIG: 1024, SNAPSHOT: MAX_SNAPSHOT_BYTES}
# Fixed member timestamps keep the archive free of the writer's clock (nothing personal leaks).
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)

KINDS = ("handout", "results")


@dataclass(frozen=True, slots=True)
class PackageContents:
    """A verified package: the manifest, the sender's raw public key and the snapshot bytes."""

    manifest: dict[str, Any]
    public_key: bytes
    snapshot: bytes
    file_sha256: str

    @property
    def package_id(self) -> str:
        return str(self.manifest["package_id"])

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _member(zf: zipfile.ZipFile, name: str, data: bytes, comment: bytes = b"") -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    info.comment = comment
    zf.writestr(info, data)


def package_bytes(manifest: Mapping[str, Any], snapshot: bytes, public_key: bytes,
                  sign: Callable[[bytes], bytes]) -> bytes:
    """The complete signed package as bytes. ``manifest`` gets format, key and member hashes."""
    if manifest.get("kind") not in KINDS:
        raise DomainError("package_bad_kind")
    full = {**manifest, "format": FORMAT, "format_version": FORMAT_VERSION,
            "public_key": base64.b64encode(public_key).decode("ascii"),
            "members": {SNAPSHOT: sha256_hex(snapshot)}}
    manifest_bytes = json.dumps(full, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        _member(zf, MANIFEST, manifest_bytes)
        # The key in the central directory: a reader checks the archive signature before inflating.
        _member(zf, MANIFEST_SIG, base64.b64encode(sign(manifest_bytes)), comment=full["public_key"].encode())
        _member(zf, SNAPSHOT, snapshot)
        zf.comment = b"\0" * COMMENT_LEN  # placeholder of the final length, replaced below
    data = buf.getvalue()
    body = data[:-COMMENT_LEN]
    envelope = base64.b64encode(sign(body))
    if len(envelope) != _SIG_B64_LEN:  # pragma: no cover - Ed25519 signatures are 64 bytes
        raise DomainError("package_bad_signature_length")
    return body + COMMENT_PREFIX + envelope


def write_package(path: Path, data: bytes, passphrase: str | None = None) -> Path:
    """Write package bytes atomically, then read them back and verify before reporting success.

    With a passphrase the file is encrypted (scrypt + AES-GCM, formats.encryption) for the trip
    on a USB stick. Only after this returns may the app say the stick can be removed.
    """
    if passphrase:
        check_passphrase(passphrase)  # before anything reaches the stick
    blob = encrypt_bytes(data, passphrase) if passphrase else data
    write_bytes_atomic(path, blob)
    back = path.read_bytes()
    if back != blob:
        raise DomainError("package_write_mismatch")
    read_package_bytes(decrypt_bytes(back, passphrase) if passphrase else back)
    return path


def is_encrypted_package(path: Path) -> bool:
    """Whether a file starts like an encrypted package; ``False`` for anything that is not a
    readable regular file (reading it then gives the real message)."""
    try:
        return is_encrypted(read_head(path, 16))
    except (OSError, DomainError):
        return False


def peek_kind(path: Path) -> str | None:
    """The kind ("handout" / "results") a plain package declares, read without verifying it
    (only to choose what to do with a double-clicked file; opening verifies everything).
    ``None`` for an encrypted, damaged or foreign file."""
    try:
        if regular_file_size(path) > MAX_PACKAGE_BYTES or is_encrypted_package(path):
            return None
        with zipfile.ZipFile(path) as zf:
            kind = json.loads(_inflate(zf, MANIFEST).decode("utf-8")).get("kind")
    except Exception:  # noqa: BLE001 - anything unreadable is simply "unknown" here
        return None
    return kind if kind in KINDS else None


def read_package(path: Path, passphrase: str | None = None) -> PackageContents:
    try:
        data = read_capped(path, MAX_PACKAGE_BYTES, "package_too_large")
    except FileNotFoundError:
        raise DomainError("package_missing") from None
    except IsADirectoryError:
        raise DomainError("package_damaged") from None
    if is_encrypted(data):
        problem = header_problem(data)  # a damaged or hostile header: no key derivation at all
        if problem:
            raise DomainError(problem)
        if not passphrase:
            raise DomainError("package_needs_passphrase")
        data = decrypt_bytes(data, passphrase)
    return read_package_bytes(data)


def _inflate(zf: zipfile.ZipFile, name: str) -> bytes:
    """One member, inflated by streaming and refused past its cap (``package_too_large``) whatever
    its headers declare; a damaged stream raises from ``zipfile``/``zlib`` (the caller maps it)."""
    cap = _MEMBER_CAPS[name]
    out = io.BytesIO()
    with zf.open(name) as fh:
        while chunk := fh.read(_INFLATE_CHUNK):
            out.write(chunk)
            if out.tell() > cap:
                raise DomainError("package_too_large")
    return out.getvalue()


def _signer_key(zf: zipfile.ZipFile) -> bytes:
    """The sender's raw public key: from the central directory, or (packages written before the
    key was put there) from the manifest, inflated alone under its cap."""
    carried = zf.getinfo(MANIFEST_SIG).comment
    if carried:
        if len(carried) != _KEY_B64_LEN:
            raise DomainError("package_tampered")
        return base64.b64decode(carried, validate=True)
    return base64.b64decode(json.loads(_inflate(zf, MANIFEST).decode("utf-8"))["public_key"], validate=True)


def read_package_bytes(data: bytes) -> PackageContents:
    """Verify and unpack a package; refuse damaged, unsigned or tampered ones with a clear code.

    Order: the zip's directory (nothing inflated), the whole-archive signature, then the members,
    inflated by streaming under hard caps.
    """
    if len(data) < COMMENT_LEN + 22 or not data.startswith(b"PK\x03\x04"):
        raise DomainError("package_damaged")
    if len(data) > MAX_PACKAGE_BYTES:
        raise DomainError("package_too_large")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            names = [info.filename for info in infos]
            comment = zf.comment
            if MANIFEST not in names or SNAPSHOT not in names:
                raise DomainError("package_damaged")
            if len(infos) != len(set(names)) or not set(names) <= set(MEMBERS):
                raise DomainError("package_tampered")  # extra or repeated members: never ours
            # Declared sizes over the caps: refused at once (the inflating below ignores them).
            if any(info.file_size > _MEMBER_CAPS[info.filename] for info in infos):
                raise DomainError("package_too_large")
            if MANIFEST_SIG not in names or not comment.startswith(COMMENT_PREFIX):
                raise DomainError("package_unsigned")
            if len(comment) != COMMENT_LEN or not data.endswith(comment) or len(names) != len(MEMBERS):
                raise DomainError("package_tampered")
            try:
                public_key = _signer_key(zf)
                key = Ed25519PublicKey.from_public_bytes(public_key)
                key.verify(base64.b64decode(comment[len(COMMENT_PREFIX):], validate=True),
                           memoryview(data)[:-COMMENT_LEN])  # a view: no copy of the archive
            except (InvalidSignature, binascii.Error, ValueError, KeyError, TypeError, AttributeError):
                raise DomainError("package_tampered") from None
            # Signed by the key the package names: only now is anything else inflated.
            manifest_bytes = _inflate(zf, MANIFEST)
            manifest_sig = _inflate(zf, MANIFEST_SIG)
            snapshot = _inflate(zf, SNAPSHOT)
    except DomainError:
        raise
    except Exception:  # BadZipFile, zlib.error, CRC mismatch, truncated streams: all "damaged"
        raise DomainError("package_damaged") from None
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        if base64.b64decode(manifest["public_key"], validate=True) != public_key:
            raise DomainError("package_tampered")
        key.verify(base64.b64decode(manifest_sig, validate=True), manifest_bytes)
    except (InvalidSignature, binascii.Error, ValueError, KeyError, TypeError):
        raise DomainError("package_tampered") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise DomainError("package_damaged")
    if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
        raise DomainError("package_too_new")
    if manifest.get("kind") not in KINDS:
        raise DomainError("package_damaged")
    members = manifest.get("members") or {}
    if members.get(SNAPSHOT) != sha256_hex(snapshot):
        raise DomainError("package_tampered")
    return PackageContents(manifest, public_key, snapshot, sha256_hex(data))
