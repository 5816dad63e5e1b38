"""Offline certificate verification: QR payload (text, PNG or PDF) + LSP public key + revocations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from humas_desktop.domain.errors import DomainError
from humas_desktop.formats import cert_payload
from humas_desktop.formats.cert_payload import CertificatePayload, PayloadError
from humas_desktop.formats.qr_image import IMAGE_SUFFIXES, read_qr_texts
from humas_desktop.messages import message
from humas_desktop.services import lsp_key
from humas_desktop.services.lsp_key import RevocationList

REVOCATION_FILE = "revocation.json"


@dataclass(frozen=True)
class VerifyResult:
    """``valid`` = authentic (LSP signature checks) and not revoked and not expired."""

    valid: bool
    code: str
    authentic: bool = False
    revoked: bool = False
    expired: bool = False
    holder_match: bool | None = None
    payload: CertificatePayload | None = None
    key_fingerprint: str = ""
    revocations: RevocationList | None = None  # the list checked; None: no list was checked

    def text(self) -> str:
        p = self.payload
        return message(self.code, number=p.number if p else "",
                       valid_until=p.valid_until.isoformat() if p else "")

    def revocation_text(self) -> str:
        """Which revocation list was checked (source, sequence, date), or that none was."""
        return revocation_text(self.revocations)

    def as_dict(self) -> dict[str, Any]:
        p = self.payload
        return {
            "valid": self.valid, "code": self.code, "message": self.text(),
            "authentic": self.authentic, "revoked": self.revoked, "expired": self.expired,
            "holder_match": self.holder_match, "key_fingerprint": self.key_fingerprint,
            "revocation_list": revocation_dict(self.revocations),
            "revocation_text": self.revocation_text(),
            "certificate": None if p is None else {
                "number": p.number, "registration_number": p.registration_number,
                "scheme_code": p.scheme_code, "issue_date": p.issue_date.isoformat(),
                "valid_until": p.valid_until.isoformat(), "holder_hash": p.holder_hash,
            },
        }


def verify_payload(text: str, public: Ed25519PublicKey | None,
                   revocations: RevocationList | None = None,
                   holder: tuple[str, str] | None = None, today: date | None = None) -> VerifyResult:
    """Check one QR text. ``holder`` = (name, NIK) typed by the verifier, compared by hash only."""
    try:
        payload, signature, body = cert_payload.decode(text)
    except PayloadError as exc:
        return VerifyResult(False, exc.code)
    match = None
    if holder is not None:
        match = cert_payload.holder_hash(holder[0], holder[1].strip()) == payload.holder_hash
    fp = lsp_key.public_fingerprint(public) if public is not None else ""
    if signature is None:
        return VerifyResult(False, "payload_unsigned", payload=payload, holder_match=match,
                            revocations=revocations)
    if public is None:
        return VerifyResult(False, "no_public_key", payload=payload, holder_match=match,
                            revocations=revocations)
    try:
        public.verify(signature, body)
    except InvalidSignature:
        return VerifyResult(False, "payload_bad_signature", payload=payload, holder_match=match,
                            key_fingerprint=fp, revocations=revocations)
    revoked = revocations is not None and payload.number in revocations
    expired = payload.valid_until < (today or date.today())
    code = ("certificate_revoked" if revoked else "certificate_expired" if expired
            else "certificate_valid")
    return VerifyResult(not revoked and not expired and match is not False, code, authentic=True,
                        revoked=revoked, expired=expired, holder_match=match, payload=payload,
                        key_fingerprint=fp, revocations=revocations)


def revocation_dict(revocations: RevocationList | None) -> dict[str, Any] | None:
    if revocations is None:
        return None
    return {"source": revocations.source, "where": revocations.where,
            "sequence": revocations.seq,
            "issued": revocations.issued.isoformat() if revocations.issued else None,
            "count": len(revocations.numbers)}


def revocation_text(revocations: RevocationList | None) -> str:
    if revocations is None:
        return message("revocation_not_checked")
    source = message(f"revocation_source_{revocations.source}", where=revocations.where)
    issued = revocations.issued.isoformat() if revocations.issued else message("revocation_never")
    return message("revocation_checked", source=source, seq=revocations.seq, issued=issued)


def payload_texts(source: str) -> list[str]:
    """QR texts from a file (PNG/JPEG/PDF) or the argument itself when it is not a file."""
    path = Path(source)
    looks_like_payload = cert_payload.payload_part(source).upper().startswith(
        (cert_payload.SIGNED_PREFIX, cert_payload.UNSIGNED_PREFIX))
    is_file_name = path.suffix.lower() in {*IMAGE_SUFFIXES, ".pdf"}
    if not looks_like_payload and (is_file_name or (path.suffix and path.is_file())):
        texts = read_qr_texts(path)
        if not texts:
            raise DomainError("no_qr_found", path=path.name)
        ours = [t for t in texts
                if cert_payload.payload_part(t).upper().startswith(("HD1S.", "HD1U."))]
        return ours or texts
    return [source]


def verify_source(source: str, public: Ed25519PublicKey | None,
                  revocations: RevocationList | None = None,
                  holder: tuple[str, str] | None = None, today: date | None = None) -> VerifyResult:
    return verify_payload(payload_texts(source)[0], public, revocations, holder, today)


def default_public_key(base: Path) -> Ed25519PublicKey | None:
    path = lsp_key.default_public_path(base)
    return lsp_key.load_public_key(path) if path.exists() else None


def default_revocations(base: Path, public: Ed25519PublicKey | None,
                        registry_location: str | None = None) -> RevocationList | None:
    """The revocation list a verifier on this laptop checks by default: the LSP registry's own
    (the database of record: ``registry revoke`` takes effect at once) where it is reachable,
    else the signed list kept in the data folder (refused if its signature fails), else None."""
    from humas_desktop.services import registry

    location = registry_location or registry.default_location(base)
    found = registry.reachable_revocations(location)
    if found is not None:
        return found
    path = lsp_key.key_dir(base) / REVOCATION_FILE
    if public is None or not path.exists():
        return None
    return lsp_key.load_revocation_list(path.read_text("utf-8"), public, where=path.name)
