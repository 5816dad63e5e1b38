"""New event set-up: LSP, TUK, dates, purpose, schemes from files, assessors -> an event file."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Assessor, Event, Purpose, Scheme, TukType
from humas_desktop.domain.validators import clean_text
from humas_desktop.formats.scheme_excel import load_scheme_file
from humas_desktop.services.events import create_event
from humas_desktop.storage.device import Device

TUK_LABELS = {TukType.SEWAKTU: "Sewaktu", TukType.TEMPAT_KERJA: "Tempat Kerja",
              TukType.MANDIRI: "Mandiri"}
PURPOSE_LABELS = {Purpose.SERTIFIKASI: "Sertifikasi", Purpose.SERTIFIKASI_ULANG: "Sertifikasi Ulang",
                  Purpose.PKT: "PKT", Purpose.RPL: "RPL", Purpose.LAINNYA: "Lainnya"}


@dataclass(slots=True)
class EventSetup:
    """Everything the "Acara baru" dialog or ``humas-desktop new`` collects."""

    name: str
    lsp_name: str
    lsp_license: str = ""
    tuk_name: str = ""
    tuk_type: TukType = TukType.SEWAKTU
    city: str = ""
    start_date: date | None = None
    end_date: date | None = None
    purpose: Purpose = Purpose.SERTIFIKASI
    scheme_files: list[Path] = field(default_factory=list)
    assessors: list[tuple[str, str]] = field(default_factory=list)  # (name, MET number)


def parse_assessor(text: str) -> tuple[str, str]:
    """'Nama|MET.000.001234 2019' -> (name, MET); both parts are required."""
    name, sep, met = text.partition("|")
    name, met = clean_text(name), clean_text(met)
    if not sep or not name or not met:
        raise DomainError("assessor_incomplete")
    return name, met


def validate_setup(setup: EventSetup) -> None:
    if not clean_text(setup.name):
        raise DomainError("event_name_missing")
    if not clean_text(setup.lsp_name):
        raise DomainError("lsp_name_missing")
    if setup.start_date and setup.end_date and setup.end_date < setup.start_date:
        raise DomainError("event_dates_reversed")
    for name, met in setup.assessors:
        if not clean_text(name) or not clean_text(met):
            raise DomainError("assessor_incomplete")


def load_schemes(files: list[Path]) -> list[tuple[Scheme, str]]:
    """Each scheme file (JSON or Excel) -> (scheme, source SHA-256); raises SchemeError."""
    return [load_scheme_file(path) for path in files]


@dataclass(frozen=True, slots=True)
class SchemeChoice:
    """A scheme file "Acara baru" offers without a file dialog."""

    path: Path
    code: str
    title: str
    version: str
    units: int
    example: bool


SCHEME_FOLDER = "skema"  # in the data folder: the LSP's own scheme files, offered like the shipped


def available_schemes(base: Path | None = None) -> list[SchemeChoice]:
    """The scheme files shipped with the app and those kept in the data folder's ``skema``
    folder, by title; a file that does not load is left out (adding it by hand says why)."""
    from humas_desktop.resources import resource_path

    folders = [resource_path("schemes")]
    if base is not None:
        folders.append(base / SCHEME_FOLDER)
    out: list[SchemeChoice] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in (".json", ".xlsx") or path.name.startswith((".", "~$")):
                continue
            try:
                scheme, _sha = load_scheme_file(path)
            except (DomainError, OSError):
                continue
            out.append(SchemeChoice(path, scheme.code, scheme.title_id, scheme.version,
                                    len(scheme.units), scheme.is_example))
    return sorted(out, key=lambda c: (c.title.casefold(), c.version))


def create_new_event(base: Path, setup: EventSetup, device_id: str = "",
                     device: Device | None = None) -> Path:
    """Validate, load every scheme file first (nothing is written if one is bad), then create."""
    validate_setup(setup)
    schemes = load_schemes(setup.scheme_files)
    event = Event(
        name=clean_text(setup.name), lsp_name=clean_text(setup.lsp_name),
        lsp_license=clean_text(setup.lsp_license), tuk_name=clean_text(setup.tuk_name),
        tuk_type=setup.tuk_type, city=clean_text(setup.city), start_date=setup.start_date,
        end_date=setup.end_date or setup.start_date, purpose=setup.purpose,
    )
    assessors = [Assessor(name=clean_text(n), met_number=clean_text(m)) for n, m in setup.assessors]
    return create_event(base, event, schemes, assessors, device_id=device_id, device=device)
