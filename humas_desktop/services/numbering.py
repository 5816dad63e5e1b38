"""Certificate and registration numbers: configurable patterns, assigned once, never reused.

Patterns live in the event's settings table; sequences in ``number_sequence`` (per name and
year). A number is taken and its certificate row written in one transaction; a voided certificate
keeps its number (``voided`` + ``void_reason``, audited) and the sequence never goes back.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import new_id
from humas_desktop.formats.cert_payload import CertificatePayload, encode, holder_hash
from humas_desktop.storage import queries
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB

CERT_PATTERN_KEY = "numbering.certificate_pattern"
REG_PATTERN_KEY = "numbering.registration_pattern"
BIDANG_KEY = "numbering.bidang"
LISENSI_KEY = "numbering.lisensi"
CERT_START_KEY = "numbering.certificate_start"
REG_START_KEY = "numbering.registration_start"
DEFAULT_CERT_PATTERN = "{kbli} {kbji} {jenjang} {urut:07d} {tahun}"
DEFAULT_REG_PATTERN = "{bidang} {lisensi} {urut:05d} {tahun}"
FIELDS = frozenset({"kbli", "kbji", "jenjang", "urut", "tahun", "bidang", "lisensi"})
VALID_YEARS = 3  # when a scheme does not say (scheme.validity_years)


class NumberingError(DomainError):
    """Numbering is not configured, a pattern is malformed, or a number cannot be assigned."""


@dataclass(frozen=True, slots=True)
class NumberingConfig:
    certificate_pattern: str
    registration_pattern: str
    bidang: str
    lisensi: str
    certificate_start: int = 1
    registration_start: int = 1


def check_pattern(pattern: str) -> None:
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError:
        raise NumberingError("pattern_malformed") from None
    names = {name for _, name, _, _ in parts if name is not None}
    if "urut" not in names:
        raise NumberingError("pattern_needs_urut")
    unknown = names - FIELDS
    if unknown:
        raise NumberingError("pattern_unknown_field", field=sorted(unknown)[0])
    try:
        format_number(pattern, kbli="1", kbji="1", jenjang="0", urut=1, tahun=2000, bidang="X",
                      lisensi="1")
    except (ValueError, KeyError, IndexError):
        raise NumberingError("pattern_malformed") from None


def format_number(pattern: str, **values: Any) -> str:
    return " ".join(pattern.format(**values).split())


def load_config(edb: EventDB) -> NumberingConfig | None:
    """The configured numbering, or None while the LSP codes are not set."""
    bidang = (edb.setting(BIDANG_KEY) or "").strip()
    lisensi = (edb.setting(LISENSI_KEY) or "").strip()
    if not bidang or not lisensi:
        return None
    return NumberingConfig(
        certificate_pattern=edb.setting(CERT_PATTERN_KEY) or DEFAULT_CERT_PATTERN,
        registration_pattern=edb.setting(REG_PATTERN_KEY) or DEFAULT_REG_PATTERN,
        bidang=bidang, lisensi=lisensi,
        certificate_start=int(edb.setting(CERT_START_KEY) or "1"),
        registration_start=int(edb.setting(REG_START_KEY) or "1"),
    )


def save_config(edb: EventDB, config: NumberingConfig) -> None:
    check_pattern(config.certificate_pattern)
    check_pattern(config.registration_pattern)
    if not config.bidang.strip() or not config.lisensi.strip():
        raise NumberingError("numbering_codes_missing")
    if config.certificate_start < 1 or config.registration_start < 1:
        raise NumberingError("numbering_start_invalid")
    with edb.atomic():
        edb.set_setting(CERT_PATTERN_KEY, config.certificate_pattern)
        edb.set_setting(REG_PATTERN_KEY, config.registration_pattern)
        edb.set_setting(BIDANG_KEY, config.bidang.strip())
        edb.set_setting(LISENSI_KEY, config.lisensi.strip())
        edb.set_setting(CERT_START_KEY, str(config.certificate_start))
        edb.set_setting(REG_START_KEY, str(config.registration_start))


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def assign_certificate(edb: EventDB, participant_id: str, scheme_id: str, decision_id: str,
                       issue_date: date) -> str:
    """Assign numbers to one participant (decision K) and insert the certificate; returns its id.

    Idempotent: an existing non-voided certificate is returned unchanged.
    """
    config = load_config(edb)
    if config is None:
        raise NumberingError("numbering_not_configured")
    with edb.atomic():
        existing = queries.active_certificate_id(edb, participant_id, scheme_id)
        if existing:
            return existing
        s = queries.scheme_numbering_fields(edb, scheme_id)
        p = queries.participant_name_nik(edb, participant_id)
        if s is None or p is None:
            raise NumberingError("certificate_subject_missing")
        year = issue_date.year
        cert_no = format_number(config.certificate_pattern, kbli=s[1], kbji=s[2], jenjang=s[3],
                                urut=queries.take_sequence_value(edb, "certificate", year,
                                                                 config.certificate_start),
                                tahun=year, bidang=config.bidang, lisensi=config.lisensi)
        reg_no = format_number(config.registration_pattern, kbli=s[1], kbji=s[2], jenjang=s[3],
                               urut=queries.take_sequence_value(edb, "registration", year,
                                                                config.registration_start),
                               tahun=year, bidang=config.bidang, lisensi=config.lisensi)
        if queries.certificate_number_used(edb, cert_no, reg_no):
            raise NumberingError("number_already_used")
        valid_until = add_years(issue_date, queries.scheme_validity_years(edb, scheme_id))
        payload = CertificatePayload(cert_no, reg_no, s[0], issue_date, valid_until,
                                     holder_hash(p[0], p[1]))
        cert_id = new_id()
        repo.audited_insert(edb, "certificate", {
            "id": cert_id, "participant_id": participant_id, "scheme_id": scheme_id,
            "decision_id": decision_id, "number": cert_no, "registration_number": reg_no,
            "issue_date": issue_date.isoformat(), "valid_until": valid_until.isoformat(),
            "verification_code": encode(payload),
        })
        return cert_id


def void_certificate(edb: EventDB, certificate_id: str, reason: str) -> None:
    """Void a certificate; its number stays recorded and is never handed out again."""
    if not reason.strip():
        raise NumberingError("void_needs_reason")
    with edb.atomic():
        repo.audited_update(edb, "certificate", certificate_id,
                            {"voided": 1, "void_reason": reason.strip()}, reason=reason.strip())
