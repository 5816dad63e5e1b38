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
    "province": "Provinsi",
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
                "kabupaten/kota domisili", "regency", "regency/city", "kota",
                "kode kota", "kode kabupaten/kota", "kode kab/kota", "kota/kabupaten domisili",
                "city"),
    # With a kabupaten/kota name that two provinces share ("Kabupaten Bandung" is one, but a
    # bare "Bandung" is not), the province settles it; a province code is kept as it is.
    "province": ("provinsi", "propinsi", "kode provinsi", "kode propinsi", "province"),
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


# --- a sheet without a header row: columns recognised by what they hold -------------------------

_DIGITS = re.compile(r"\d+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE_TEXT = re.compile(r"^\d{1,2}[-/. ]\d{1,2}[-/. ]\d{2,4}$|^\d{4}-\d{2}-\d{2}")
_GENDERS = frozenset({"l", "p", "laki-laki", "laki laki", "perempuan", "pria", "wanita", "lk",
                      "pr", "m", "f", "male", "female"})
_WORDS = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F.,'’ ()-]*$")


def _digits_of(value: object) -> str:
    """The digits of an identity-like cell: text digits as written, an integral number whole."""
    import datetime as _dt

    if isinstance(value, (bool, _dt.date, _dt.datetime)):
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        text = re.sub(r"[\s.\-']", "", value.strip().lstrip("+"))
        return text if _DIGITS.fullmatch(text) else ""
    return ""


def _kind_of(value: object) -> str | None:
    """What one cell looks like: nik, nip, phone, email, gender, birth_date or words."""
    import datetime as _dt

    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return "birth_date"
    digits = _digits_of(value)
    if digits:
        if len(digits) in (15, 16) and not digits.startswith(("08", "62")):
            return "nik"  # 15: a NIK whose number cell lost a digit (reported by the import)
        if len(digits) == 18:
            return "nip"
        if 9 <= len(digits) <= 14 and digits.startswith(("08", "628", "8")):
            return "phone"
        if isinstance(value, (int, float)) and 10000 <= float(value) <= 50000:
            return "birth_date"  # an Excel date serial (1927-2036)
        return None
    text = str(value).strip()
    if _EMAIL.match(text):
        return "email"
    if _DATE_TEXT.match(text):
        return "birth_date"
    if text.lower() in _GENDERS:
        return "gender"
    if _WORDS.match(text) and len(text) >= 3:
        return "words"
    return None


def content_mapping(rows: list[list[object]]) -> dict[int, str]:
    """Column -> field guessed from the cells of a sheet with no header row: the NIK, NIP,
    telephone, e-mail, sex and birth-date columns by their values, the name as the leftmost
    column of words, and a column of words just left of the birth date as the birth place.
    Only columns where most filled cells agree are mapped; the wizard shows the guess."""
    width = max((len(r) for r in rows), default=0)
    kinds: dict[int, str] = {}
    for col in range(width):
        seen = [_kind_of(r[col]) for r in rows if col < len(r)]
        filled = [k for k in seen if k is not None]
        cells = sum(1 for r in rows if col < len(r) and r[col] is not None
                    and not (isinstance(r[col], str) and not str(r[col]).strip()))
        if not cells or not filled:
            continue
        best = max(set(filled), key=filled.count)
        if filled.count(best) * 10 >= cells * 6:
            kinds[col] = best
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for col, kind in sorted(kinds.items()):
        if kind != "words" and kind not in taken:
            mapping[col] = kind
            taken.add(kind)
    word_cols = [c for c, k in sorted(kinds.items()) if k == "words"]
    if word_cols:
        mapping[word_cols[0]] = "name"
        born = next((c for c, f in mapping.items() if f == "birth_date"), None)
        if born is not None and born - 1 in word_cols and born - 1 != word_cols[0]:
            mapping[born - 1] = "birth_place"
    return dict(sorted(mapping.items()))
