"""Participant import from an Excel roster: read, map, validate per row, then all or nothing.

Flow: :func:`load_roster` (guard + read + header detection) -> :func:`build_plan` (mapping,
per-row findings, duplicates, matches with participants already in the event; reads only) ->
:func:`apply_plan` (a generator: every accepted row lands in ONE transaction; closing the
generator or any error rolls everything back). :func:`import_roster` chains them for the CLI.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import IdSource, Participant
from humas_desktop.domain.progress import Progress, run_to_end
from humas_desktop.domain.roster_rules import (
    birth_place_and_date,
    date_of,
    gender_of,
    identity_number,
    name_of,
    number_column_exact,
    plausible_birth_date,
    text_of,
)
from humas_desktop.domain.validators import (
    Issue,
    Severity,
    check_email,
    check_nik,
    check_nip,
    clean_text,
    phone_value,
)
from humas_desktop.formats.region_codes import regency_codes
from humas_desktop.formats.roster_mapping import FIELDS, auto_mapping, remembered_mapping

# Re-exported: with FIELDS, open_roster, read_sheet and detect_header_row the import wizard's way
# to the workbook (gui never imports formats).
from humas_desktop.formats.roster_mapping import remember_mapping as remember_mapping
from humas_desktop.formats.roster_reader import (
    NO_HEADER,
    RosterSheet,
    RosterWorkbook,
    detect_header_row,
    is_blank,
    looks_headerless,
    open_roster,
    read_sheet,
)
from humas_desktop.messages import message
from humas_desktop.services.backups import backup_before
from humas_desktop.services.event_state import ensure_open
from humas_desktop.storage import queries
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB, now_iso

MAX_TEXT = 500
_T = TypeVar("_T")
BATCH = 500
LAST_IMPORT_KEY = "roster.last_import"  # {"at": ..., "ids": [...]} of the last import
TEXT_FIELDS = ("birth_place", "institution", "work_unit", "job_title", "rank_grade", "education",
               "address", "office_address", "postal_code", "nationality", "regency")
# Fields an update may change (identity keys and the numbering stay as they are).
UPDATABLE = ("name", "nip", "birth_place", "birth_date", "gender", "institution", "work_unit",
             "job_title", "rank_grade", "education", "email", "phone", "address",
             "office_address", "postal_code", "nationality", "scheme_id", "regency",
             "city_code", "province_code")


class OnError(StrEnum):
    SKIP = "skip"
    ABORT = "abort"


@dataclass(frozen=True, slots=True)
class ImportOptions:
    on_error: OnError = OnError.SKIP
    update_existing: bool = False
    dry_run: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one place: Excel row number (1-based), column header text, code."""

    row: int
    column: str
    code: str
    severity: Severity
    cell: str = ""
    context: tuple[tuple[str, Any], ...] = ()

    @property
    def message(self) -> str:
        return message(self.code, **dict(self.context))

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "cell": self.cell, "code": self.code,
                "severity": self.severity.value, "message": self.message}


class RowStatus(StrEnum):
    NEW = "new"
    UPDATE = "update"
    EXISTS = "exists"  # already in the event, left as is
    REJECTED = "rejected"


@dataclass(slots=True)
class PlannedRow:
    excel_row: int
    cells: list[Any]
    participant: Participant | None
    status: RowStatus
    findings: list[Finding] = field(default_factory=list)
    existing_id: str | None = None
    assessor_id: str | None = None


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row below the header that names nobody: a letter footer ("Mengetahui,", "Ketua
    Panitia"), a signature block, a place and date line or a totals row."""

    excel_row: int
    text: str  # what the row holds, shortened, so the coordinator recognises it

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.excel_row, "text": self.text}


@dataclass(frozen=True, slots=True)
class IgnoredColumn:
    """A column left "(abaikan)" although it holds data."""

    column: int  # 0-based
    header: str
    filled: int  # how many rows below the header hold something in it

    @property
    def letter(self) -> str:
        return column_letter(self.column)


@dataclass(slots=True)
class Plan:
    sheet: str
    header_index: int  # 0-based row of the header
    headers: list[Any]
    mapping: dict[int, str]
    rows: list[PlannedRow]
    skipped: list[SkippedRow] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.rows for f in r.findings]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)


@dataclass(slots=True)
class ImportResult:
    imported: int = 0
    updated: int = 0
    skipped: int = 0  # rejected rows not imported
    unchanged: int = 0  # already in the event and left alone
    not_participants: list[SkippedRow] = field(default_factory=list)
    dry_run: bool = False
    aborted: bool = False
    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"imported": self.imported, "updated": self.updated, "skipped": self.skipped,
                "unchanged": self.unchanged, "dry_run": self.dry_run, "aborted": self.aborted,
                "not_participants": [r.as_dict() for r in self.not_participants],
                "errors": [f.as_dict() for f in self.errors],
                "warnings": [f.as_dict() for f in self.warnings]}


# --- reading ---------------------------------------------------------------------------------

def load_roster(path: Path, sheet: str | None = None,
                header_row: int | None = None) -> tuple[RosterWorkbook, RosterSheet, int]:
    """Guard and read ``path``; returns the workbook, the sheet and the 0-based header index.

    ``header_row`` is the 1-based Excel row chosen by the user, 0 for a sheet without a header
    row (its first row is a participant; index :data:`NO_HEADER`); otherwise it is detected.
    """
    book = open_roster(path)
    data = read_sheet(book, sheet)
    if header_row == 0:
        return book, data, NO_HEADER
    if header_row is not None:
        if header_row < 1 or header_row > len(data.rows):
            raise DomainError("roster_bad_header_row", row=header_row)
        return book, data, header_row - 1
    index = detect_header_row(data)
    if index is None:
        if looks_headerless(data):
            raise DomainError("roster_no_header_row_found")
        raise DomainError("roster_no_header")
    return book, data, index


def header_cells(sheet: RosterSheet, header_index: int) -> list[Any]:
    """The header row's cells; none for a sheet without a header row."""
    if 0 <= header_index < len(sheet.rows):
        return list(sheet.rows[header_index])
    return []


def sheet_mapping(sheet: RosterSheet, header_index: int, base: Path | None = None) -> dict[int, str]:
    """The mapping to start from: by the headers (remembered or automatic), or for a sheet
    without a header row by what its columns hold."""
    if header_index == NO_HEADER:
        from humas_desktop.formats.roster_mapping import content_mapping

        return content_mapping(sheet.rows[:50])
    return default_mapping(header_cells(sheet, header_index), base)


def default_mapping(headers: list[Any], base: Path | None = None) -> dict[int, str]:
    """The remembered mapping for this header layout, else the automatic one."""
    if base is not None:
        remembered = remembered_mapping(base, headers)
        if remembered:
            return remembered
    return auto_mapping(headers)


def column_letter(index: int) -> str:
    """0-based column index -> Excel letters (0 -> A)."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


# --- validation ------------------------------------------------------------------------------

def _norm_key(text: str) -> str:
    # str.split() and re's \s agree on what whitespace is; split/join is the faster of the two.
    return " ".join(text.split()).casefold()


class _Context:
    """What validation needs from the event, read once."""

    def __init__(self, edb: EventDB) -> None:
        self.by_nik: dict[str, Participant] = {}
        self.by_name_birth: dict[tuple[str, date], Participant] = {}
        for p in repo.list_participants(edb):
            if p.nik:
                self.by_nik.setdefault(p.nik, p)
            if p.birth_date:
                self.by_name_birth.setdefault((_norm_key(p.name), p.birth_date), p)
        self.schemes = repo.load_schemes(edb)
        self.scheme_keys: dict[str, str] = {}
        for s in self.schemes:
            self.scheme_keys[_norm_key(s.code)] = s.id
            self.scheme_keys[_norm_key(s.title_id)] = s.id
            if s.title_en:
                self.scheme_keys.setdefault(_norm_key(s.title_en), s.id)
        self.assessor_keys = {_norm_key(a.name): a.id for a in repo.list_assessors(edb)}


_LENGTH_CHECKED = ("name", *TEXT_FIELDS, "email")


class _Layout:
    """Per-plan facts about the columns, worked out once instead of once per row."""

    def __init__(self, sheet: RosterSheet, header_index: int, headers: list[Any],
                 mapping: dict[int, str]) -> None:
        self.headers = headers
        self.mapped = sorted(mapping.items())
        self.col_of = {fld: col for col, fld in self.mapped}
        self.date1904 = sheet.date1904
        self.formula_cells = sheet.formula_without_value
        self.formula_rows = {row for row, _col in sheet.formula_without_value}
        self.text_fields = [k for k in TEXT_FIELDS if k in self.col_of]
        # A field no column fills keeps its short default, so only these can be too long.
        fed_by = {"birth_place": "birth_place_date", "institution": "work_unit"}
        self.length_checked = [k for k in _LENGTH_CHECKED
                               if k in self.col_of or fed_by.get(k) in self.col_of]
        self.date_of = partial(date_of, date1904=sheet.date1904)
        self.birth_place_and_date = partial(birth_place_and_date, date1904=sheet.date1904)
        # Converters are pure; columns such as sex, institution, job title or birth place repeat
        # the same text hundreds of times, so each distinct text is converted once per plan.
        self._memo: dict[str, dict[str, Any]] = {fld: {} for fld in FIELDS}
        self._plausible: dict[date, list[Issue]] = {}
        self.nik_col = self.col_of.get("nik")
        self.name_col = self.col_of.get("name")
        self.identity_cols = [c for c, f in self.mapped if f in _IDENTITY_FIELDS]
        # A row as wide as the mapped columns (nearly every row) is read with one C-level
        # itemgetter instead of a per-column comprehension.
        self.fields = tuple(fld for _col, fld in self.mapped)
        self.min_width = max((col for col, _fld in self.mapped), default=-1) + 1
        cols = [col for col, _fld in self.mapped]
        self.pick = itemgetter(*cols) if len(cols) > 1 else (lambda cells: (cells[cols[0]],))
        self.ids = IdSource()
        body = sheet.rows[header_index + 1:]
        self.column_exact = {
            key: (key in self.col_of and number_column_exact(
                (r[self.col_of[key]] for r in body if self.col_of[key] < len(r)), length))
            for key, length in (("nik", 16), ("nip", 18))}

    def plausible(self, born: date, today: date) -> list[Issue]:
        # Birth dates repeat across a roster (and arrive as the same memoised objects).
        try:
            return self._plausible[born]
        except KeyError:
            issues = self._plausible[born] = plausible_birth_date(born, today)
            return issues

    def converted(self, fld: str, convert: Callable[[Any], _T], value: Any) -> _T:
        if type(value) is not str:
            return convert(value)
        memo = self._memo[fld]
        try:
            result: _T = memo[value]
        except KeyError:
            result = memo[value] = convert(value)
        return result

    def column_text(self, col: int | None, fld: str) -> str:
        return _header_text(self.headers, col, FIELDS.get(fld, fld))

    def finding(self, excel_row: int, col: int | None, fld: str, issue: Issue,
                context: tuple[tuple[str, Any], ...] = ()) -> Finding:
        return Finding(row=excel_row, column=self.column_text(col, fld), code=issue.code,
                       severity=issue.severity,
                       cell=f"{column_letter(col)}{excel_row}" if col is not None else "",
                       context=context)


PLAN_PROGRESS_EVERY = 500


def build_plan(edb: EventDB, sheet: RosterSheet, header_index: int, mapping: dict[int, str],
               options: ImportOptions | None = None, today: date | None = None) -> Plan:
    """Validate every row below the header; reads the event, writes nothing."""
    return run_to_end(plan_import(edb, sheet, header_index, mapping, options, today))


def plan_import(edb: EventDB, sheet: RosterSheet, header_index: int, mapping: dict[int, str],
                options: ImportOptions | None = None,
                today: date | None = None) -> Generator[Progress, None, Plan]:
    """:func:`build_plan` as a generator for the GUI's worker: progress every few hundred rows,
    cancel by closing it. Reads ``edb`` only; ``sheet`` is not modified."""
    options = options or ImportOptions()
    today = today or date.today()
    if "name" not in mapping.values():
        raise DomainError("roster_no_name_column")
    ctx = _Context(edb)
    headers = header_cells(sheet, header_index)
    plan = Plan(sheet=sheet.name, header_index=header_index, headers=headers,
                mapping=dict(mapping), rows=[])
    layout = _Layout(sheet, header_index, headers, mapping)
    first_seen_nik: dict[str, int] = {}
    first_seen_person: dict[tuple[str, date], int] = {}
    mapped = layout.mapped
    body = sheet.rows[header_index + 1:]
    total = len(body)
    yield Progress(0, total, "roster_plan_start")
    columns = [c for c, _ in mapped]
    in_footer = False  # below a signature block's first line ("Mengetahui,", place and date)
    for offset, cells in enumerate(body, start=header_index + 2):
        if _blank_row(cells, columns):
            continue
        if not _filled(cells, layout.nik_col):
            in_footer = in_footer or _starts_footer(cells, layout)
            if in_footer or _names_nobody(cells, layout):
                plan.skipped.append(SkippedRow(offset, _row_summary(cells)))
                continue
        row = _validate_row(ctx, layout, offset, cells, today)
        _without_nik(layout, row)
        _classify(ctx, layout, row, options, first_seen_nik, first_seen_person)
        plan.rows.append(row)
        done = offset - header_index - 1
        if done % PLAN_PROGRESS_EVERY == 0:
            yield Progress(done, total, "roster_plan_rows")
    if not plan.rows:
        raise DomainError("roster_no_rows")
    yield Progress(total, total, "roster_plan_done")
    return plan


def _blank_row(cells: list[Any], columns: list[int]) -> bool:
    """No mapped cell holds anything (is_blank, unrolled: this runs once per row)."""
    width = len(cells)
    for c in columns:
        if c < width:
            value = cells[c]
            if value is not None and (not isinstance(value, str) or value.strip()):
                return False
    return True


# Fields that say who a row is about; a row with none of them beside a name is not a participant.
_IDENTITY_FIELDS = frozenset(FIELDS) - {"name", "scheme", "assessor"}


def _filled(cells: list[Any], col: int | None) -> bool:
    return col is not None and col < len(cells) and not is_blank(cells[col])


def _names_nobody(cells: list[Any], layout: _Layout) -> bool:
    """A row below the table that is no participant: no name and no NIK, or a lone name (a
    "Mengetahui," / "Ketua Panitia" / signature line) in a roster whose columns say more about
    each person. A row with a NIK is always a participant (its problems are reported)."""
    if _filled(cells, layout.nik_col):
        return False
    if not _filled(cells, layout.name_col):
        return True
    identity_cols = layout.identity_cols
    return bool(identity_cols) and not any(_filled(cells, c) for c in identity_cols)


# The first line of the block under a letter-style roster: acknowledgement, the signer's role or
# office, "ttd", a NIP line, a totals line. Matched on the name cell of a row without a NIK.
_FOOTER_NAME = re.compile(
    r"^\s*(mengetahui|menyetujui|disetujui|diketahui|mengesahkan|disahkan|tertanda|ttd\b|"
    r"a\.\s?n\.|ketua\b|wakil ketua|sekretaris|bendahara|kepala\b|direktur|pimpinan|"
    r"koordinator\b|penanggung jawab|panitia\b|nip\b|nip\.|nrp\b|jumlah\b|total\b|catatan\s*:|"
    r"keterangan\s*:|dibuat oleh|petugas\b)", re.IGNORECASE)
# "Bandung, 10 Maret 2025" / "Jakarta, 10-03-2025": the place-and-date line of a signature block.
_PLACE_DATE = re.compile(
    r"^[A-Za-z][A-Za-z .'-]{1,40},\s*(\d{1,2}\s+[A-Za-z]{3,10}\.?\s+\d{4}|"
    r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2})\s*$")


def _starts_footer(cells: list[Any], layout: _Layout) -> bool:
    """A row (without a NIK) that opens the signature block under the table: its name cell is
    an acknowledgement, role or NIP line, or any cell is a place-and-date line. Every row
    after it without a NIK belongs to the block (the signers' names included)."""
    col = layout.name_col
    if col is not None and col < len(cells) and isinstance(cells[col], str) \
            and _FOOTER_NAME.match(cells[col]):
        return True
    return any(isinstance(v, str) and _PLACE_DATE.match(v.strip()) for v in cells)


def _without_nik(layout: _Layout, row: PlannedRow) -> None:
    """A person with a name but no NIK in a roster that has a NIK column: imported, with a
    warning (the certificate and the BNSP list need it)."""
    p = row.participant
    if layout.nik_col is None or p is None or not p.name or p.nik:
        return
    if any(f.code.startswith("nik_") for f in row.findings):
        return  # the NIK cell's own problem is already reported
    row.findings.append(layout.finding(row.excel_row, layout.nik_col, "nik",
                                       Issue("nik_missing_row", Severity.WARNING)))


def _row_summary(cells: list[Any], limit: int = 60) -> str:
    text = " · ".join(text_of(v) for v in cells if not is_blank(v))
    return text if len(text) <= limit else text[:limit - 1] + "…"


# Running-number columns carry no participant data: leaving them unmapped is expected.
_RUNNING_NUMBER_HEADERS = frozenset({"no", "no.", "nomor", "no urut", "nomor urut", "#", "urut"})


def ignored_data_columns(sheet: RosterSheet, header_index: int,
                         mapping: dict[int, str]) -> list[IgnoredColumn]:
    """Columns left unmapped ("(abaikan)") that hold data, running numbers excepted: the wizard
    points them out before anything is imported."""
    from humas_desktop.formats.roster_mapping import normalise_header

    headers = header_cells(sheet, header_index)
    body = sheet.rows[header_index + 1:]
    out: list[IgnoredColumn] = []
    for col in range(sheet.width):
        if col in mapping:
            continue
        header = headers[col] if col < len(headers) else None
        if normalise_header(header) in _RUNNING_NUMBER_HEADERS:
            continue
        filled = sum(1 for r in body if col < len(r) and not is_blank(r[col]))
        if filled:
            title = text_of(header) if not is_blank(header) else f"Kolom {column_letter(col)}"
            out.append(IgnoredColumn(col, title, filled))
    return out


def _header_text(headers: list[Any], col: int | None, fallback: str) -> str:
    if col is not None and col < len(headers) and not is_blank(headers[col]):
        return text_of(headers[col])
    return fallback


def _validate_row(ctx: _Context, layout: _Layout, excel_row: int, cells: list[Any],
                  today: date) -> PlannedRow:
    findings: list[Finding] = []
    col_of = layout.col_of

    def add(col: int | None, fld: str, issue: Issue, **context: Any) -> None:
        findings.append(layout.finding(excel_row, col, fld, issue, tuple(context.items())))

    width = len(cells)
    if excel_row in layout.formula_rows:
        values: dict[str, Any] = {}
        for col, fld in layout.mapped:
            if (excel_row, col + 1) in layout.formula_cells:
                add(col, fld, Issue("formula_no_value"))
                continue
            values[fld] = cells[col] if col < width else None
    elif width >= layout.min_width:
        values = dict(zip(layout.fields, layout.pick(cells), strict=True))
    else:
        values = {fld: cells[col] if col < width else None for col, fld in layout.mapped}

    p = Participant(name="", id=layout.ids.next())
    p.name = name_of(values.get("name"))
    if not p.name:
        add(col_of.get("name"), "name", Issue("name_missing"))
    for key in ("nik", "nip"):
        if key in values:
            text, issues = identity_number(values[key], key, layout.column_exact[key])
            setattr(p, key, text)
            for issue in issues:
                add(col_of[key], key, issue)
    if "birth_place_date" in values:
        place, born, issues = layout.converted("birth_place_date", layout.birth_place_and_date,
                                               values["birth_place_date"])
        p.birth_place, p.birth_date = place, born
        for issue in issues:
            add(col_of["birth_place_date"], "birth_place_date", issue)
    if "birth_date" in values:
        born, issues = layout.converted("birth_date", layout.date_of, values["birth_date"])
        p.birth_date = born or p.birth_date
        for issue in issues:
            add(col_of["birth_date"], "birth_date", issue)
    if p.birth_date is not None:
        for issue in layout.plausible(p.birth_date, today):
            add(col_of.get("birth_date", col_of.get("birth_place_date")), "birth_date", issue)
    if "gender" in values:
        gender, issues = layout.converted("gender", gender_of, values["gender"])
        p.gender = gender
        for issue in issues:
            add(col_of["gender"], "gender", issue)
    if "phone" in values:
        phone, issues = phone_value(values["phone"])
        p.phone = phone
        for issue in issues:
            add(col_of["phone"], "phone", issue)
    if "email" in values:
        p.email = text_of(values["email"])
        for issue in check_email(p.email):
            add(col_of["email"], "email", issue)
    for key in layout.text_fields:
        if key in values:
            text = layout.converted(key, text_of, values[key])
            if key != "birth_place" or text:
                setattr(p, key, text)
    if "regency" in values or "province" in values:
        _region_codes(layout, p, values, add)
    if p.nik:
        for issue in check_nik(p.nik, p.birth_date, p.gender, regencies=regency_codes()):
            add(col_of["nik"], "nik", issue)
    if p.nip:
        for issue in check_nip(p.nip, p.birth_date, p.gender):
            add(col_of["nip"], "nip", issue)
    if not p.institution and p.work_unit:
        p.institution = p.work_unit
    for key in layout.length_checked:
        if len(getattr(p, key)) > MAX_TEXT:
            add(col_of.get(key), key, Issue("value_too_long"), limit=MAX_TEXT)

    scheme_text = text_of(values["scheme"]) if "scheme" in values else ""
    if scheme_text:
        scheme_id = ctx.scheme_keys.get(_norm_key(scheme_text))
        if scheme_id is None:
            add(col_of["scheme"], "scheme", Issue("scheme_unknown"), value=scheme_text[:60])
        p.scheme_id = scheme_id
    elif len(ctx.schemes) == 1:
        p.scheme_id = ctx.schemes[0].id
    elif len(ctx.schemes) > 1:
        add(col_of.get("scheme"), "scheme", Issue("scheme_missing", Severity.WARNING))

    assessor_id = None
    assessor_text = text_of(values["assessor"]) if "assessor" in values else ""
    if assessor_text:
        assessor_id = ctx.assessor_keys.get(_norm_key(assessor_text))
        if assessor_id is None:
            add(col_of["assessor"], "assessor",
                Issue("assessor_unknown", Severity.WARNING), value=assessor_text[:60])

    rejected = bool(findings) and any(f.severity is Severity.ERROR for f in findings)
    return PlannedRow(excel_row=excel_row, cells=list(cells), participant=p,
                      status=RowStatus.REJECTED if rejected else RowStatus.NEW,
                      findings=findings, assessor_id=assessor_id)


def _region_codes(layout: _Layout, p: Participant, values: dict[str, Any],
                  add: Callable[..., None]) -> None:
    """Kabupaten/kota and province as the LSP's own files hold them ("Kota Bandung", "3273",
    "32.73", or "73" beside a province "32"): the BNSP codes are filled from the Kemendagri
    list, and a code is shown as the region's name. What the list cannot place is imported as
    written, with a warning (Ubah data peserta fixes it before Tutup sesi)."""
    from humas_desktop.formats.region_codes import lookup

    province = re.sub(r"\D", "", text_of(values.get("province"))) if "province" in values else ""
    if len(province) == 2:
        p.province_code = province
    text = p.regency.strip()
    if not text:
        return
    digits = re.sub(r"[\s.]", "", text)
    region = None
    if digits.isdigit() and len(digits) <= 2 and province:
        region = lookup(province + digits.zfill(2))
    if region is None:
        region = lookup(text)
    if region is None or (province and region.province_code != province and len(province) == 2):
        add(layout.col_of.get("regency"), "regency", Issue("regency_unknown_row", Severity.WARNING),
            value=text[:60])
        return
    p.city_code, p.province_code = region.city_code, region.province_code
    if digits.isdigit():
        p.regency = region.name  # "3273" reads "Kota Bandung" on every list


def _classify(ctx: _Context, layout: _Layout, row: PlannedRow, options: ImportOptions,
              first_seen_nik: dict[str, int],
              first_seen_person: dict[tuple[str, date], int]) -> None:
    p = row.participant
    if p is None or not p.name:
        return
    col_of = layout.col_of
    # Name + birth date identify a person only when there is no NIK (built only then).
    person_key = (_norm_key(p.name), p.birth_date) if p.birth_date and not p.nik else None
    # Duplicates inside the file: NIK when there is one, else name + birth date.
    first: int | None = None
    dup_field = "nik"
    if p.nik:
        first = first_seen_nik.get(p.nik)
        if first is None and row.status is not RowStatus.REJECTED:
            first_seen_nik[p.nik] = row.excel_row
    elif person_key is not None:
        dup_field = "name"
        first = first_seen_person.get(person_key)
        if first is None and row.status is not RowStatus.REJECTED:
            first_seen_person[person_key] = row.excel_row
    if first is not None:
        row.findings.append(layout.finding(row.excel_row, col_of.get(dup_field), dup_field,
                                           Issue("duplicate_in_file"), (("first_row", first),)))
        row.status = RowStatus.REJECTED
        return
    if row.status is RowStatus.REJECTED:
        return
    existing = ctx.by_nik.get(p.nik) if p.nik else None
    if existing is None and person_key is not None and not p.nik:
        existing = ctx.by_name_birth.get(person_key)
    if existing is None:
        return
    row.existing_id = existing.id
    update = options.update_existing and bool(p.nik)
    col = col_of.get("nik" if p.nik else "name")
    row.findings.append(Finding(
        row=row.excel_row, column=_header_text(layout.headers, col, "NIK" if p.nik else "Nama"),
        code="updates_existing" if update else "exists_in_event", severity=Severity.WARNING,
        cell=f"{column_letter(col)}{row.excel_row}" if col is not None else "",
        context=(("number", existing.number),)))
    row.status = RowStatus.UPDATE if update else RowStatus.EXISTS


# --- writing ---------------------------------------------------------------------------------

def _result(plan: Plan, options: ImportOptions) -> ImportResult:
    counts = Counter(r.status for r in plan.rows)
    findings = plan.findings
    return ImportResult(
        imported=counts[RowStatus.NEW], updated=counts[RowStatus.UPDATE],
        skipped=counts[RowStatus.REJECTED], unchanged=counts[RowStatus.EXISTS],
        dry_run=options.dry_run, not_participants=list(plan.skipped),
        errors=[f for f in findings if f.severity is Severity.ERROR],
        warnings=[f for f in findings if f.severity is Severity.WARNING],
    )


def apply_plan(edb: EventDB, plan: Plan,
               options: ImportOptions | None = None) -> Generator[Progress, None, ImportResult]:
    """Write the accepted rows in one transaction, yielding progress between batches.

    Abort mode with any error raises ``roster_aborted`` before writing. Closing the generator
    (the GUI's cancel) or any exception rolls the whole import back.
    """
    options = options or ImportOptions()
    result = _result(plan, options)
    if options.on_error is OnError.ABORT and result.errors:
        raise DomainError("roster_aborted", errors=len(result.errors))
    new_rows = [r for r in plan.rows if r.status is RowStatus.NEW]
    update_rows = [r for r in plan.rows if r.status is RowStatus.UPDATE]
    total = len(new_rows) + len(update_rows)
    yield Progress(0, total, "roster_import_start")
    if options.dry_run:
        yield Progress(total, total, "roster_import_dry_run")
        return result
    from humas_desktop.services.workspace import ensure_coordinator_file

    ensure_coordinator_file(edb, "import")  # an assessor's copy: the roster is not theirs
    ensure_open(edb)  # a closed session takes no new participants
    if total:
        # A verified copy first; if it cannot be taken the import does not start.
        backup_before(edb, "import")
    done = 0
    with edb.large_write(), edb.atomic():
        # Numbered once up front (in this transaction) rather than by a table scan per batch.
        number = repo.next_participant_number(edb)
        for r in new_rows:
            if r.participant is not None and not r.participant.number:
                r.participant.number = number
                number += 1
        for start in range(0, len(new_rows), BATCH):
            batch = new_rows[start:start + BATCH]
            repo.insert_participants(edb, [r.participant for r in batch if r.participant])
            repo.assign_many(edb, [(r.participant.id, r.assessor_id) for r in batch
                                   if r.assessor_id and r.participant])
            done += len(batch)
            yield Progress(done, total, "roster_import_insert")
        for r in update_rows:
            if r.participant is None or r.existing_id is None:
                continue
            values = repo.participant_values(r.participant)
            # Empty cells never blank out what the event already knows.
            changes = {k: values[k] for k in UPDATABLE if values[k] not in ("", None)}
            repo.audited_update(edb, "participant", r.existing_id, changes,
                                reason="impor daftar peserta")
            done += 1
            if done % BATCH == 0:
                yield Progress(done, total, "roster_import_update")
        # Which participants this import added: "Batalkan impor" removes exactly those (until
        # the first scoring on one of them). The ids only, no personal data.
        edb.set_setting(LAST_IMPORT_KEY, json.dumps(
            {"at": now_iso(), "ids": [r.participant.id for r in new_rows if r.participant]}))
    yield Progress(total, total, "roster_import_done")
    return result


def import_roster(edb: EventDB, path: Path, options: ImportOptions | None = None,
                  sheet: str | None = None, header_row: int | None = None,
                  base: Path | None = None) -> Generator[Progress, None, ImportResult]:
    """Everything at once (CLI): guard, read, auto/remembered mapping, validate, write."""
    options = options or ImportOptions()
    _book, data, header_index = load_roster(path, sheet, header_row)
    plan = build_plan(edb, data, header_index, sheet_mapping(data, header_index, base), options)
    return (yield from apply_plan(edb, plan, options))


def rejected_rows(plan: Plan) -> list[PlannedRow]:
    return [r for r in plan.rows if r.status is RowStatus.REJECTED]


def write_rejected_file(plan: Plan, target: Path) -> int:
    """The rejected rows as an .xlsx to fix and re-import; returns how many rows it holds."""
    from humas_desktop.formats.roster_xlsx import RejectedRow, write_rejected

    rows = rejected_rows(plan)
    text_cols = [c for c, f in plan.mapping.items() if f in ("nik", "nip", "phone")]
    header_pos = {text_of(h): i for i, h in enumerate(plan.headers) if not is_blank(h)}
    out = [
        RejectedRow(
            excel_row=r.excel_row, cells=r.cells,
            problems=[(header_pos.get(f.column), f.message)
                      for f in r.findings if f.severity is Severity.ERROR],
        )
        for r in rows
    ]
    write_rejected(target, plan.headers, out, text_cols)
    return len(out)


def write_template_file(target: Path) -> None:
    from humas_desktop.formats.roster_xlsx import write_template

    write_template(target)


# --- undo ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class LastImport:
    """The participants the last import added that are still in the event."""

    at: str
    ids: list[str]
    started: list[int]  # numbers of those whose assessment has begun (or was decided)

    @property
    def count(self) -> int:
        return len(self.ids)


def last_import(edb: EventDB) -> LastImport | None:
    """What "Batalkan impor" would remove, or None when no import added anyone still here."""
    raw = edb.setting(LAST_IMPORT_KEY)
    if not raw:
        return None
    try:
        data = json.loads(raw)
        wanted = [str(i) for i in data.get("ids", [])]
    except (ValueError, AttributeError, TypeError):
        return None
    numbers = repo.participant_numbers(edb)
    ids = [i for i in wanted if i in numbers]
    if not ids:
        return None
    started = queries.participants_with_work(edb)
    return LastImport(str(data.get("at", "")), ids,
                      sorted(numbers[i] for i in ids if i in started))


def undo_last_import(edb: EventDB, reason: str) -> int:
    """Remove exactly the participants the last import added, each deletion audited with the
    reason; refused (nothing removed) once any of them has been assessed. Returns the count."""
    from humas_desktop.services.workspace import ensure_coordinator_file

    why = clean_text(reason or "")
    if not why:
        raise DomainError("roster_edit_reason_missing")
    with edb.atomic():
        ensure_coordinator_file(edb, "import")
        ensure_open(edb)
        found = last_import(edb)
        if found is None:
            raise DomainError("import_undo_none")
        if found.started:
            raise DomainError("import_undo_started", count=len(found.started),
                              number=found.started[0])
        for participant_id in found.ids:
            repo.audited_delete_participant(edb, participant_id,
                                            reason=f"impor dibatalkan: {why}")
        edb.set_setting(LAST_IMPORT_KEY, "")
    return found.count
