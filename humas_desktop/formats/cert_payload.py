"""Certificate verification payload carried by the QR code (versioned, compact, optionally signed).

Text form: ``HD1S.`` (signed) or ``HD1U.`` (unsigned) + base32 (RFC 4648, no padding) of
``body + signature`` or ``body``.
``body`` is UTF-8 fields joined by the unit separator ``\\x1f``:

    certificate number, registration number, scheme code, issue date (YYYYMMDD),
    valid-until date (YYYYMMDD), holder hash (hex of the first 12 bytes of
    SHA-256(upper-cased, space-normalised name + "\\n" + NIK))

The signature (when present) is Ed25519 over ``body`` by the LSP key: 64 bytes appended. Only
upper-case letters, digits and ``.`` appear in the text, so QR alphanumeric mode is used and a
typical signed payload (about 270 characters) fits version 10 at error-correction level M.

With an LSP registry the QR holds ``<verify-url>#<payload>``: a phone camera opens the LSP's
verification page, and the payload sits in the URL fragment, which browsers never send to the
server. :func:`decode` accepts both forms.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import date

from humas_desktop.domain.errors import DomainError

SIGNED_PREFIX = "HD1S."
UNSIGNED_PREFIX = "HD1U."
SEP = "\x1f"
SIGNATURE_BYTES = 64
FIELD_COUNT = 6


class PayloadError(DomainError):
    """A QR payload that cannot be decoded (wrong prefix, bad base32, wrong field count...)."""


@dataclass(frozen=True, slots=True)
class CertificatePayload:
    number: str
    registration_number: str
    scheme_code: str
    issue_date: date
    valid_until: date
    holder_hash: str  # 24 hex characters

    def body(self) -> bytes:
        fields = [self.number, self.registration_number, self.scheme_code,
                  self.issue_date.strftime("%Y%m%d"), self.valid_until.strftime("%Y%m%d"),
                  self.holder_hash]
        if any(SEP in f for f in fields):
            raise PayloadError("payload_bad_field")
        return SEP.join(fields).encode("utf-8")


def holder_hash(name: str, nik: str) -> str:
    normalised = " ".join(name.upper().split())
    return hashlib.sha256(f"{normalised}\n{nik}".encode()).digest()[:12].hex()


def encode(payload: CertificatePayload, signature: bytes | None = None) -> str:
    if signature is not None and len(signature) != SIGNATURE_BYTES:
        raise PayloadError("payload_bad_signature_length")
    raw = payload.body() + (signature or b"")
    prefix = SIGNED_PREFIX if signature else UNSIGNED_PREFIX
    return prefix + base64.b32encode(raw).decode("ascii").rstrip("=")


def verify_url(base: str, payload_text: str) -> str:
    """``<verify-url>#<payload>`` (any fragment already on the URL is replaced)."""
    return base.split("#", 1)[0] + "#" + payload_text


def payload_part(text: str) -> str:
    """The payload of a QR text: the fragment of a verification URL, or the text itself."""
    text = text.strip()
    if text.lower().startswith(("https://", "http://", "file://")) and "#" in text:
        from urllib.parse import unquote

        return unquote(text.split("#", 1)[1])
    return text


def decode(text: str) -> tuple[CertificatePayload, bytes | None, bytes]:
    """(payload, signature or None, signed body) of a payload or a verification URL.
    Raises :class:`PayloadError`."""
    text = payload_part(text).upper()
    if text.startswith(SIGNED_PREFIX):
        signature_len = SIGNATURE_BYTES
    elif text.startswith(UNSIGNED_PREFIX):
        signature_len = 0
    else:
        raise PayloadError("payload_not_ours")
    data = text[len(SIGNED_PREFIX):]
    try:
        raw = base64.b32decode(data + "=" * (-len(data) % 8))
    except ValueError:  # binascii.Error is a ValueError
        raise PayloadError("payload_not_base32") from None
    if len(raw) <= signature_len:
        raise PayloadError("payload_malformed")
    body = raw[: len(raw) - signature_len]
    try:
        fields = body.decode("utf-8").split(SEP)
    except UnicodeDecodeError:
        raise PayloadError("payload_malformed") from None
    if len(fields) != FIELD_COUNT:
        raise PayloadError("payload_malformed")
    try:
        issued = date(int(fields[3][:4]), int(fields[3][4:6]), int(fields[3][6:8]))
        valid = date(int(fields[4][:4]), int(fields[4][4:6]), int(fields[4][6:8]))
    except ValueError:
        raise PayloadError("payload_malformed") from None
    payload = CertificatePayload(fields[0], fields[1], fields[2], issued, valid, fields[5])
    return payload, (raw[len(body):] if signature_len else None), body
