"""Event settings the exported documents print: signers, the responsible person, BNSP codes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from humas_desktop.domain.errors import DomainError
from humas_desktop.storage.db import EventDB

TEXT_KEYS = (
    "certificate.chair_name",  # Ketua/Direktur LSP: signs the certificate front
    "certificate.manager_name",  # Manajer Sertifikasi: certificate back
    "event.responsible",  # penanggung jawab kegiatan: berita acara
    "bnsp.kode_jadwal",
    "bnsp.kode_sumber_anggaran",
    "bnsp.kode_kementerian",
)
CODE_LIST_KEYS = ("bnsp.codes.pendidikan", "bnsp.codes.pekerjaan")
MAX_TEXT = 200


@dataclass
class DocumentSettings:
    texts: dict[str, str] = field(default_factory=dict)
    code_lists: dict[str, dict[str, str]] = field(default_factory=dict)  # name -> BNSP code


def load(edb: EventDB) -> DocumentSettings:
    settings = DocumentSettings({key: edb.setting(key) or "" for key in TEXT_KEYS})
    for key in CODE_LIST_KEYS:
        try:
            value = json.loads(edb.setting(key) or "{}")
        except ValueError:
            value = {}
        settings.code_lists[key] = ({str(k): str(v) for k, v in value.items()}
                                    if isinstance(value, dict) else {})
    return settings


def parse_code_lines(text: str, key: str) -> dict[str, str]:
    """'S1 = 5' per line (name = BNSP code); blank lines are skipped."""
    codes: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        name, sep, code = line.partition("=")
        if not sep or not name.strip() or not code.strip():
            raise DomainError("code_list_line", line=number, key=key)
        codes[name.strip()] = code.strip()
    return codes


def format_code_lines(codes: dict[str, str]) -> str:
    return "\n".join(f"{name} = {code}" for name, code in codes.items())


def save(edb: EventDB, settings: DocumentSettings) -> None:
    """All settings in one transaction, or none."""
    for key, value in settings.texts.items():
        if key not in TEXT_KEYS:
            raise DomainError("unknown_setting", key=key)
        if len(value) > MAX_TEXT:
            raise DomainError("setting_too_long", key=key, limit=MAX_TEXT)
    with edb.atomic():
        for key, value in settings.texts.items():
            edb.set_setting(key, value.strip())
        for key, codes in settings.code_lists.items():
            if key not in CODE_LIST_KEYS:
                raise DomainError("unknown_setting", key=key)
            edb.set_setting(key, json.dumps(codes, ensure_ascii=False, sort_keys=True))
