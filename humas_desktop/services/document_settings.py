"""Event settings the exported documents print: the LSP kop, signers, the responsible person,
form editions and BNSP codes."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Event
from humas_desktop.services.event_state import ensure_open
from humas_desktop.services.workspace import ensure_coordinator_file
from humas_desktop.storage.db import EventDB

TEXT_KEYS = (
    "certificate.chair_name",  # Ketua/Direktur LSP: signs the certificate front
    "certificate.manager_name",  # Manajer Sertifikasi: certificate back
    "event.responsible",  # penanggung jawab kegiatan: berita acara
    "event.responsible_title",  # the responsible person's jabatan
    "event.time",  # pukul, printed in the berita acara's opening ("08.00 WIB s.d. selesai")
    "lsp.address",  # the kop's address line
    "certificate.mode",  # "polos" (plain paper: own title, logo) or "blanko" (BNSP blanko)
    "certificate.signatory_role",  # "ketua" (Ketua/Chairman) or "direktur" (Direktur/Director)
    "certificate.printer",  # the printer whose offset applies (a name in printer_offsets)
    "bnsp.kode_jadwal",
    "bnsp.kode_sumber_anggaran",
    "bnsp.kode_kementerian",
)
CODE_LIST_KEYS = ("bnsp.codes.pendidikan", "bnsp.codes.pekerjaan",
                  "document.editions",  # form code = edition ("FR.AK.02 = Rev. 1 · 2024")
                  "certificate.printer_offsets")  # printer = "right, down" in mm
CHOICES = {"certificate.mode": ("", "polos", "blanko"),
           "certificate.signatory_role": ("", "ketua", "direktur")}
MAX_OFFSET_MM = 30.0
MAX_TEXT = 200
LOGO_KEY = "lsp.logo"  # base64 PNG, validated and scaled by set_logo()
LOGO_MAX_BYTES = 5 * 1024 * 1024
LOGO_MAX_PX = 600  # printed at 18 mm high: 600 px is > 800 dpi, plenty


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


# Where a certificate is printed (which printer, its offsets): the only document settings a closed
# event still takes, for a reprint. What the documents say (signers, mode, codes) is frozen.
PRINTING_KEYS = frozenset({"certificate.printer", "certificate.printer_offsets"})


def _frozen_changes(edb: EventDB, settings: DocumentSettings) -> bool:
    held = load(edb)
    texts = any(held.texts.get(k, "") != v.strip() for k, v in settings.texts.items()
                if k not in PRINTING_KEYS)
    codes = any(held.code_lists.get(k, {}) != v for k, v in settings.code_lists.items()
                if k not in PRINTING_KEYS)
    return texts or codes


def save(edb: EventDB, settings: DocumentSettings) -> None:
    """All settings in one transaction, or none. A closed event takes only printing settings.
    An assessor's copy takes none: they are the coordinator's and never travel back."""
    ensure_coordinator_file(edb, "Pengaturan dokumen")
    if _frozen_changes(edb, settings):
        ensure_open(edb)
    for key, value in settings.texts.items():
        if key not in TEXT_KEYS:
            raise DomainError("unknown_setting", key=key)
        if len(value) > MAX_TEXT:
            raise DomainError("setting_too_long", key=key, limit=MAX_TEXT)
        if key in CHOICES and value.strip().lower() not in CHOICES[key]:
            raise DomainError("setting_bad_choice", key=key,
                              choices=", ".join(c for c in CHOICES[key] if c))
        if key in CHOICES:
            settings.texts[key] = value.strip().lower()
    for printer, value in settings.code_lists.get("certificate.printer_offsets", {}).items():
        parse_offset(value, printer)
    with edb.atomic():
        for key, value in settings.texts.items():
            edb.set_setting(key, value.strip())
        for key, codes in settings.code_lists.items():
            if key not in CODE_LIST_KEYS:
                raise DomainError("unknown_setting", key=key)
            edb.set_setting(key, json.dumps(codes, ensure_ascii=False, sort_keys=True))


CODE_FILE_KEYS = {"pendidikan": "bnsp.codes.pendidikan", "pekerjaan": "bnsp.codes.pekerjaan"}


def read_code_file(path: Path) -> dict[str, str]:
    """``{name: code}`` from the LSP's xlsx/csv (two columns, Indonesian headers); raises a
    DomainError with one message for a hostile or unusable file."""
    from humas_desktop.formats.code_list_file import read_code_file as read

    return read(path)


def load_code_files(edb: EventDB, files: dict[str, Path]) -> dict[str, int]:
    """Replace the code lists named in ``files`` (``{"pendidikan": path, ...}`` or setting keys)
    with the files' contents: every file is read first, then all are saved in one transaction,
    so one bad file changes nothing. Returns the number of codes per setting key."""
    ensure_open(edb)  # a closed event's codes are what its documents printed
    read: dict[str, dict[str, str]] = {}
    for which, path in files.items():
        key = CODE_FILE_KEYS.get(which, which)
        if key not in CODE_FILE_KEYS.values():
            raise DomainError("code_list_unknown", key=which)
        read[key] = read_code_file(path)
    with edb.atomic():
        for key, codes in read.items():
            edb.set_setting(key, json.dumps(codes, ensure_ascii=False, sort_keys=True))
    return {key: len(codes) for key, codes in read.items()}


def set_logo(edb: EventDB, path: Path) -> None:
    """Store the LSP logo (PNG or JPEG) for the kop; a bad file leaves the current logo as it is."""
    from humas_desktop.formats.logo_image import read_logo

    ensure_open(edb)
    png = read_logo(path, LOGO_MAX_BYTES, LOGO_MAX_PX)
    with edb.atomic():
        edb.set_setting(LOGO_KEY, base64.b64encode(png).decode("ascii"))


def clear_logo(edb: EventDB) -> None:
    ensure_open(edb)
    with edb.atomic():
        edb.set_setting(LOGO_KEY, "")


def decode_logo(value: str) -> bytes | None:
    """The stored logo as PNG bytes, or None (nothing stored, or a value that is not base64)."""
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def parse_offset(value: str, printer: str = "") -> tuple[float, float]:
    """"1.5, -2" -> (1.5, -2.0): millimetres to the right and down; refuses nonsense."""
    parts = [part.strip().replace(",", ".") for part in value.replace(";", " ").replace(",", " ").split()]
    try:
        if len(parts) != 2:
            raise ValueError
        dx, dy = float(parts[0]), float(parts[1])
    except ValueError as exc:
        raise DomainError("printer_offset_bad", printer=printer) from exc
    if abs(dx) > MAX_OFFSET_MM or abs(dy) > MAX_OFFSET_MM:
        raise DomainError("printer_offset_bad", printer=printer)
    return dx, dy


def printer_offset(settings: dict[str, str]) -> tuple[float, float]:
    """The chosen printer's blanko offset (0, 0 when none is chosen or known)."""
    printer = settings.get("certificate.printer", "").strip()
    try:
        offsets = json.loads(settings.get("certificate.printer_offsets", "{}"))
    except ValueError:
        return 0.0, 0.0
    if not printer or not isinstance(offsets, dict) or printer not in offsets:
        return 0.0, 0.0
    try:
        return parse_offset(str(offsets[printer]), printer)
    except DomainError:
        return 0.0, 0.0


# --- the plenary's papers: the SK's legal basis and the committee (#24) ------------------------

LEGAL_BASIS_KEY = "document.legal_basis"  # the SK's "Mengingat": one regulation per line
COMMITTEE_KEY = "pleno.committee"  # the plenary's members: "Nama = Jabatan" per line
MAX_LINES = 20


def legal_basis(settings: dict[str, str]) -> list[str]:
    """The LSP's own "Mengingat" list ([] = the documents' default: PP 10/2018, BNSP rules)."""
    return [line.strip() for line in settings.get(LEGAL_BASIS_KEY, "").splitlines()
            if line.strip()]


def committee(settings: dict[str, str]) -> list[tuple[str, str]]:
    """(name, role) of each committee member as set ([] = blank lines on the pleno)."""
    out = []
    for line in settings.get(COMMITTEE_KEY, "").splitlines():
        name, _, role = line.partition("=")
        if name.strip() or role.strip():
            out.append((name.strip(), role.strip()))
    return out


def save_plenary_papers(edb: EventDB, legal: list[str] | None = None,
                        members: list[tuple[str, str]] | None = None) -> None:
    """Set the SK's legal basis and/or the committee (an open event only, like every document
    setting that is printed on the decision)."""
    ensure_open(edb)
    lines = [t.strip() for t in legal or [] if t.strip()]
    people = [(n.strip(), r.strip()) for n, r in members or [] if n.strip() or r.strip()]
    for key, texts in ((LEGAL_BASIS_KEY, lines), (COMMITTEE_KEY, [f"{n} = {r}" for n, r in people])):
        if len(texts) > MAX_LINES or any(len(t) > MAX_TEXT * 2 or "\n" in t for t in texts):
            raise DomainError("setting_too_long", key=key, limit=MAX_TEXT * 2)
    with edb.atomic():
        if legal is not None:
            edb.set_setting(LEGAL_BASIS_KEY, "\n".join(lines))
        if members is not None:
            edb.set_setting(COMMITTEE_KEY, "\n".join(f"{n} = {r}" for n, r in people))


# --- the LSP identity the event took from the registry at close --------------------------------

IDENTITY_KEY = "registry.identity"  # JSON written by services.registry.snapshot_identity


def registry_identity(settings: dict[str, str]) -> dict[str, Any] | None:
    """The registry's LSP identity snapshotted into the event (None: the event never met one)."""
    try:
        value = json.loads(settings.get(IDENTITY_KEY, "") or "null")
    except ValueError:
        return None
    if not isinstance(value, dict) or not str(value.get("name", "")).strip():
        return None
    return value


def _signer(signatories: list[tuple[str, str]], *words: str) -> tuple[str, str] | None:
    return next(((n, r) for n, r in signatories if any(w in r.lower() for w in words)), None)


def apply_registry_identity(event: Event, settings: dict[str, str]) -> tuple[Event, dict[str, str]]:
    """The event and settings every document prints from: with a registry snapshot, the LSP's
    name, licence, address, logo and signatories are the registry's (one LSP identity on the
    certificate, the documents and the verification page); without one, the event's own."""
    snap = registry_identity(settings)
    if snap is None:
        return event, settings
    out = dict(settings)
    event = dataclasses.replace(event, lsp_name=str(snap["name"]).strip(),
                                lsp_license=str(snap.get("licence", "")).strip())
    if str(snap.get("address", "")).strip():
        out["lsp.address"] = str(snap["address"]).strip()
    if snap.get("logo"):
        out[LOGO_KEY] = str(snap["logo"])
    raw = snap.get("signatories") or []
    signers = [(str(s[0]), str(s[1])) for s in raw
               if isinstance(s, list | tuple) and len(s) == 2 and str(s[0]).strip()]
    chair = _signer(signers, "ketua", "chair", "direktur", "director", "kepala")
    manager = _signer(signers, "manajer", "manager")
    if chair is None and signers and signers[0] != manager:
        chair = signers[0]
    if chair is not None:
        out["certificate.chair_name"] = chair[0]
        lowered = chair[1].lower()
        if "direktur" in lowered or "director" in lowered:
            out["certificate.signatory_role"] = "direktur"
        elif "ketua" in lowered or "chair" in lowered:
            out["certificate.signatory_role"] = "ketua"
    if manager is not None:
        out["certificate.manager_name"] = manager[0]
    return event, out
