"""Certificate and registration number patterns, and voiding a certificate.

The numbers themselves come from one series per LSP, its registry (services/registry.py:
``assign_numbers`` at close, or a block it reserved); an event file holds no counter of its own
(issue 21). The event's numbering settings here set up the LSP's registry the first time a
laptop closes without one. A voided certificate keeps its number (``voided`` + ``void_reason``,
audited) and the series never goes back.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
from typing import Any

from humas_desktop.domain.errors import DomainError
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


def void_certificate(edb: EventDB, certificate_id: str, reason: str) -> None:
    """Void a certificate; its number stays recorded and is never handed out again."""
    if not reason.strip():
        raise NumberingError("void_needs_reason")
    with edb.atomic():
        repo.audited_update(edb, "certificate", certificate_id,
                            {"voided": 1, "void_reason": reason.strip()}, reason=reason.strip())
