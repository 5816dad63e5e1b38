"""Column mapping of a participant roster: header synonyms (Indonesian and English) -> fields.

A corrected mapping is remembered per header layout: the key is a SHA-256 of the normalised
header row (no personal data), the store a small JSON file in the data directory.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from humas_desktop.domain.validators import clean_text

# Field keys with their Indonesian labels (shown in the wizard), in display order.
FIELDS: dict[str, str] = {
    "name": "Nama",
    "nik": "NIK",
    "nip": "NIP",
    "birth_place": "Tempat Lahir",
    "birth_date": "Tanggal Lahir",
    "birth_place_date": "Tempat, Tanggal Lahir",
    "gender": "Jenis Kelamin",
    "institution": "Instansi",
    "work_unit": "Unit Kerja",
    "job_title": "Jabatan",
    "rank_grade": "Pangkat/Golongan",
    "education": "Pendidikan",
    "email": "Email",
    "phone": "Telepon",
    "address": "Alamat",
    "regency": "Kabupaten/Kota",
    "office_address": "Alamat Kantor",
    "postal_code": "Kode Pos",
    "nationality": "Kebangsaan",
    "scheme": "Skema",
    "assessor": "Asesor",
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("nama", "nama lengkap", "nama peserta", "nama asesi", "nama lengkap peserta",
             "nama lengkap dan gelar", "nama dan gelar",
             "nama lengkap gelar", "nama lengkap & gelar", "nama beserta gelar", "name",
             "full name", "participant name"),
    "nik": ("nik", "no ktp", "nomor ktp", "no. ktp", "nik ktp", "nomor induk kependudukan",
            "no nik", "nomor nik", "ktp",
            "no identitas", "nomor identitas", "no. nik", "id number", "national id"),
    "nip": ("nip", "nomor induk pegawai", "no nip", "nip nrp", "nip/nrp", "nip baru"),
    "birth_place": ("tempat lahir", "tmp lahir", "tmpt lahir", "place of birth", "birth place",
                    "kota lahir"),
    "birth_date": ("tanggal lahir", "tgl lahir", "tgl. lahir", "tanggal lahir (dd/mm/yyyy)",
                   "date of birth", "birth date", "dob", "tgl lhr"),
    "birth_place_date": ("tempat tanggal lahir", "tempat, tanggal lahir", "tempat/tanggal lahir",
                         "tempat/tgl lahir", "tempat tgl lahir", "ttl"),
    "gender": ("jenis kelamin", "jk", "l/p", "lp", "kelamin", "gender", "sex", "jns kelamin"),
    "institution": ("instansi", "institusi", "asal lembaga", "asal instansi", "lembaga",
                    "nama instansi", "perusahaan", "organisasi", "institution", "organization",
                    "organisation", "company", "asal"),
    "work_unit": ("unit kerja", "satuan kerja", "satker", "opd", "work unit", "bagian"),
    "job_title": ("jabatan", "pekerjaan", "posisi", "jabatan pekerjaan", "job title", "position",
                  "occupation"),
    "rank_grade": ("pangkat", "golongan", "pangkat/golongan", "pangkat golongan", "gol", "rank"),
    "education": ("pendidikan", "pendidikan terakhir", "education", "ijazah terakhir"),
    "email": ("email", "e-mail", "e mail", "surel", "alamat email", "alamat e-mail"),
    "phone": ("telepon", "telp", "no telp", "no. telp", "no hp", "no. hp", "nomor hp", "hp",
              "wa", "no wa", "no. wa", "whatsapp", "no hp/wa", "no. hp/wa", "nomor telepon",
              "handphone", "phone", "mobile", "telepon/hp", "kontak"),
    "address": ("alamat", "alamat rumah", "alamat domisili", "address", "home address"),
    # Kabupaten/kota of residence: the BNSP sheet's KODE KOTA/KODE PROVINSI come from it.
    "regency": ("kabupaten/kota", "kab/kota", "kota/kabupaten", "kota/kab", "kabupaten kota",
                "kota kabupaten", "kabupaten", "kota domisili", "kota tempat tinggal",
                "kabupaten/kota domisili", "regency", "regency/city"),
    "office_address": ("alamat kantor", "alamat instansi", "office address"),
    "postal_code": ("kode pos", "postal code", "zip"),
    "nationality": ("kebangsaan", "kewarganegaraan", "nationality"),
    "scheme": ("skema", "skema sertifikasi", "skema yang diambil", "kode skema", "scheme"),
    "assessor": ("asesor", "nama asesor", "assessor"),
}


def normalise_header(value: object) -> str:
    """Lower-case, punctuation-light form of a header cell for matching and hashing."""
    text = clean_text(str(value)) if value is not None else ""
    text = text.lower().replace("’", "'")
    text = re.sub(r"[\s_]+", " ", text)
    text = re.sub(r"\s*([/.,()\-])\s*", r"\1", text)
    return text.strip(" .:*")


def _key_variants(text: str) -> set[str]:
    bare = re.sub(r"[^a-z0-9/ ]+", " ", text)
    return {text, re.sub(r"\s+", " ", bare).strip(), re.sub(r"[^a-z0-9]", "", text)}


_LOOKUP: dict[str, str] = {}
for _field, _words in _SYNONYMS.items():
    for _word in _words:
        for _variant in _key_variants(normalise_header(_word)):
            _LOOKUP.setdefault(_variant, _field)


_BRACKETED = re.compile(r"[(\[][^)\]]*[)\]]")


def _lookup(text: str) -> str | None:
    for variant in _key_variants(text):
        if variant in _LOOKUP:
            return _LOOKUP[variant]
    return None


def field_for_header(value: object) -> str | None:
    """The field a header names. Tried in turn: the header as written, without words in brackets
    ("Nama Lengkap (beserta gelar)"), then each part of a compound header from the left
    ("Instansi / Unit Kerja", "NIK/No. KTP", "HP/WA")."""
    text = normalise_header(value)
    if not text:
        return None
    found = _lookup(text)
    if found:
        return found
    unbracketed = normalise_header(_BRACKETED.sub(" ", text))
    if unbracketed and unbracketed != text:
        found = _lookup(unbracketed)
        if found:
            return found
    if "/" in unbracketed:
        for part in unbracketed.split("/"):
            part = part.strip(" .:*-")
            if part:
                found = _lookup(part)
                if found:
                    return found
    return None


def header_score(row: list[object]) -> int:
    """How many distinct known fields a row names: the header row scores highest."""
    return len({f for f in (field_for_header(v) for v in row if isinstance(v, str)) if f})


def auto_mapping(headers: list[object]) -> dict[int, str]:
    """Column index -> field for recognised headers; the first column naming a field wins."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, value in enumerate(headers):
        found = field_for_header(value)
        if found and found not in taken:
            mapping[index] = found
            taken.add(found)
    return mapping


def header_key(headers: list[object]) -> str:
    """SHA-256 of the normalised header row: identifies a layout, never a person."""
    joined = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


STORE_NAME = "roster_mappings.json"


def _store(base: Path) -> Path:
    return base / STORE_NAME


def _load_all(base: Path) -> dict[str, dict[str, str]]:
    try:
        data = json.loads(_store(base).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remembered_mapping(base: Path, headers: list[object]) -> dict[int, str] | None:
    entry = _load_all(base).get(header_key(headers))
    if not isinstance(entry, dict):
        return None
    out: dict[int, str] = {}
    for col, fld in entry.items():
        if str(col).isdigit() and fld in FIELDS and int(col) < len(headers):
            out[int(col)] = fld
    return out


def remember_mapping(base: Path, headers: list[object], mapping: dict[int, str]) -> None:
    """Store the mapping for this header layout (atomic replace; last 200 layouts kept)."""
    data = _load_all(base)
    key = header_key(headers)
    data.pop(key, None)
    data[key] = {str(c): f for c, f in sorted(mapping.items())}
    while len(data) > 200:
        data.pop(next(iter(data)))
    base.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=base, prefix=".mappings-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, _store(base))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(base, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
