"""Correct or remove a participant after import: every change audited with its reason.

Refused once any of the participant's assessments is signed off, once the LSP has decided on
them, or while the event is closed (reopen it first). A removal also removes the participant's
unsigned assessment records, each deletion written to the audit log, so the tamper check
(replay of the log against the tables) still holds.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Any

from humas_desktop.domain.errors import DomainError
from humas_desktop.domain.models import Participant
from humas_desktop.domain.roster_rules import name_of, text_of
from humas_desktop.domain.validators import (
    Severity,
    check_email,
    check_nik,
    check_nip,
    clean_text,
    parse_date_text,
    parse_gender,
    phone_value,
)
from humas_desktop.formats.region_codes import regency_codes
from humas_desktop.services.close_session import ensure_open
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB

# Fields a coordinator may correct (keys as in the participant table).
EDITABLE = ("name", "certificate_name", "nik", "nip", "birth_place", "birth_date", "gender",
            "institution", "work_unit", "job_title", "rank_grade", "education", "email",
            "phone", "address", "office_address", "postal_code", "nationality", "regency")
MAX_TEXT = 500


class RosterEditError(DomainError):
    """A correction or removal refused; ``code`` says why (see messages.py)."""


@dataclass(frozen=True, slots=True)
class EditResult:
    participant_id: str
    changed: dict[str, tuple[Any, Any]]  # field -> (old, new)
    warnings: list[str]  # message codes (NIK structure mismatches and the like)


def find_by_number(edb: EventDB, number: int) -> Participant:
    found = repo.participant_by_number(edb, number)
    if found is None:
        raise RosterEditError("participant_number_missing", number=number)
    return found


def _guard(edb: EventDB, participant_id: str, action: str = "edit") -> None:
    from humas_desktop.services.workspace import ensure_coordinator_file

    ensure_coordinator_file(edb, action)
    ensure_open(edb)
    if repo.participant_signed(edb, participant_id):
        raise RosterEditError("participant_signed_locked")
    if repo.participant_decided(edb, participant_id):
        raise RosterEditError("participant_decided_locked")


def refusal(edb: EventDB, participant_id: str) -> DomainError | None:
    """Why this participant cannot be corrected or removed now (the form says it on opening,
    before anything is typed), or None."""
    try:
        _guard(edb, participant_id)
    except DomainError as exc:
        return exc
    return None


def _reason(reason: str) -> str:
    text = clean_text(reason or "")
    if not text:
        raise RosterEditError("roster_edit_reason_missing")
    return text


def _digits_only(value: Any) -> str:
    """An identity number as typed, without the spaces, dots and dashes people group it with."""
    text = clean_text(str(value or ""))
    return "".join(ch for ch in text if not (ch.isspace() or ch in ".-'"))


def _clean(edb: EventDB, participant: Participant, field: str, value: Any) -> tuple[Any, list[str]]:
    """The stored form of ``value`` for ``field`` plus warning codes; refuses bad input."""
    warnings: list[str] = []
    if field == "name":
        text = name_of(value)
        if not text:
            raise RosterEditError("name_missing")
        return text, warnings
    if field == "certificate_name":
        return name_of(value), warnings  # empty: the name itself is printed
    if field == "nik":
        text = _digits_only(value)
        if text:
            issues = check_nik(text, participant.birth_date, participant.gender,
                               regencies=regency_codes())
            errors = [i.code for i in issues if i.severity is Severity.ERROR]
            if errors:
                raise RosterEditError(errors[0])
            warnings += [i.code for i in issues]
            other = repo.participant_id_by_nik(edb, text)
            if other is not None and other != participant.id:
                raise RosterEditError("nik_taken")
        return text, warnings
    if field == "nip":
        text = _digits_only(value)
        issues = check_nip(text, participant.birth_date, participant.gender)
        errors = [i.code for i in issues if i.severity is Severity.ERROR]
        if errors:
            raise RosterEditError(errors[0])
        return text, warnings + [i.code for i in issues]
    if field == "birth_date":
        if isinstance(value, date):
            return value.isoformat(), warnings
        text = clean_text(str(value or ""))
        if not text:
            return None, warnings
        parsed = parse_date_text(text)
        if parsed is None:
            raise RosterEditError("date_invalid")
        return parsed.isoformat(), warnings
    if field == "gender":
        text = clean_text(str(value or ""))
        if not text:
            return None, warnings
        gender = parse_gender(text)
        if gender is None:
            raise RosterEditError("gender_invalid")
        return gender.value, warnings
    if field == "email":
        text = clean_text(str(value or ""))
        if check_email(text):
            raise RosterEditError("email_invalid")
        return text, warnings
    if field == "phone":
        phone, issues = phone_value(value)
        for issue in issues:
            raise RosterEditError(issue.code)
        return phone, warnings
    text = text_of(value)
    if len(text) > MAX_TEXT:
        raise RosterEditError("value_too_long", limit=MAX_TEXT)
    if field == "regency" and text:
        from humas_desktop.formats.region_codes import lookup

        # The BNSP sheet's KODE KOTA/PROVINSI come from it: refuse what the list cannot place.
        if lookup(text) is None:
            raise RosterEditError("regency_unknown")
    return text, warnings


def edit_participant(edb: EventDB, participant_id: str, changes: dict[str, Any],
                     reason: str) -> EditResult:
    """Apply ``changes`` (field -> new value, as typed) in one transaction, each change audited
    with ``reason``. Unknown fields, bad values or a locked participant change nothing."""
    why = _reason(reason)
    unknown = [k for k in changes if k not in EDITABLE]
    if unknown:
        raise RosterEditError("unknown_field", field=unknown[0])
    if not changes:
        raise RosterEditError("roster_edit_nothing")
    with edb.atomic():
        _guard(edb, participant_id)
        current = repo.get_participant(edb, participant_id)
        values: dict[str, Any] = {}
        warnings: list[str] = []
        for field_name, value in changes.items():
            values[field_name], found = _clean(edb, current, field_name, value)
            warnings += found
        if "regency" in values:
            values.update(_region_code_values(values["regency"]))
        old = repo.audited_update(edb, "participant", participant_id, values, reason=why)
    changed = {k: (old[k], values[k]) for k in old}
    return EditResult(participant_id, changed, warnings)


def _region_code_values(regency: str) -> dict[str, str]:
    """The BNSP city/province codes that go with a kabupaten/kota (cleared with it), so a code
    imported earlier never outlives the place it belonged to."""
    from humas_desktop.formats.region_codes import lookup

    region = lookup(regency) if regency else None
    if region is None:
        return {"city_code": "", "province_code": ""}
    return {"city_code": region.city_code, "province_code": region.province_code}


def region_names() -> list[str]:
    """Every kabupaten/kota of the Kemendagri list ("Kota Bandung"), for the form's completer."""
    from humas_desktop.formats.region_codes import _index

    exact, _bare = _index()
    return sorted({r.name for r in exact.values()})


def region_codes_of(text: str) -> tuple[str, str, str] | None:
    """(name, city code, province code) the form shows beside what is typed; None if unknown."""
    from humas_desktop.formats.region_codes import lookup

    region = lookup(text) if text.strip() else None
    return (region.name, region.city_code, region.province_code) if region else None


def remove_participant(edb: EventDB, participant_id: str, reason: str) -> None:
    """Remove a participant (a footer line imported by mistake, a duplicate, a withdrawal
    before any sign-off) with their unsigned records; every deleted row is audited."""
    why = _reason(reason)
    with edb.atomic():
        _guard(edb, participant_id, "remove")
        repo.get_participant(edb, participant_id)  # participant_missing when already gone
        repo.audited_delete_participant(edb, participant_id, reason=why)


# --- one participant at a time: a walk-in, or a row the import refused --------------------

@dataclass(frozen=True, slots=True)
class AddResult:
    participant: Participant
    assessor_id: str | None
    warnings: list[str]  # message codes (NIK structure mismatches, no NIK, and the like)


# Birth date and gender first: the NIK and NIP are checked against them.
_ADD_ORDER = ("birth_date", "gender")


def _scheme_for(edb: EventDB, scheme_id: str | None) -> str | None:
    schemes = [s.id for s in repo.load_schemes(edb)]
    if scheme_id:
        if scheme_id not in schemes:
            raise RosterEditError("scheme_unknown", value=scheme_id)
        return scheme_id
    if len(schemes) > 1:
        raise RosterEditError("scheme_missing")
    return schemes[0] if schemes else None


def add_participant(edb: EventDB, values: dict[str, Any], reason: str,
                    assessor_id: str | None = None, scheme_id: str | None = None) -> AddResult:
    """Add one participant (a walk-in) with the same checks as the import (NIK, NIP, phone,
    e-mail, dates, region), audited with ``reason``, numbered after the last one and given to
    ``assessor_id`` as primary assessor. Bad input or a closed event adds nothing."""
    from humas_desktop.domain.models import Gender
    from humas_desktop.services.workspace import ensure_coordinator_file

    why = _reason(reason)
    unknown = [k for k in values if k not in EDITABLE]
    if unknown:
        raise RosterEditError("unknown_field", field=unknown[0])
    with edb.atomic():
        ensure_coordinator_file(edb, "Tambah peserta")
        ensure_open(edb)
        person = Participant(name="")
        warnings: list[str] = []
        order = sorted(values, key=lambda f: (f not in _ADD_ORDER, _ADD_ORDER.index(f)
                                              if f in _ADD_ORDER else 0))
        for field_name in order:
            stored, found = _clean(edb, person, field_name, values[field_name])
            warnings += found
            if field_name == "birth_date":
                person.birth_date = date.fromisoformat(stored) if stored else None
            elif field_name == "gender":
                person.gender = Gender(stored) if stored else None
            else:
                setattr(person, field_name, stored if stored is not None else "")
        if not person.name:
            raise RosterEditError("name_missing")
        if not person.nik:
            warnings.append("nik_missing_row")
        if person.regency:
            codes = _region_code_values(person.regency)
            person.city_code, person.province_code = codes["city_code"], codes["province_code"]
        if not person.institution and person.work_unit:
            person.institution = person.work_unit  # as the import does
        person.scheme_id = _scheme_for(edb, scheme_id)
        if assessor_id is not None and assessor_id not in {a.id for a in repo.list_assessors(edb)}:
            raise RosterEditError("assessor_missing")
        person.number = repo.next_participant_number(edb)
        row = {"id": person.id, **repo.participant_values(person),
               "identity_salt": os.urandom(16).hex()}
        repo.audited_insert(edb, "participant", row, reason=why)
        if assessor_id is not None:
            repo.set_primary_assessor(edb, person.id, assessor_id)
    return AddResult(person, assessor_id, warnings)


# --- many participants at once -------------------------------------------------------------

def assign_assessor(edb: EventDB, participant_ids: list[str], assessor_id: str) -> int:
    """Make ``assessor_id`` the primary assessor of every participant listed, in one
    transaction (each change audited). A participant whose record is signed or decided keeps
    their assessor and refuses the whole change, naming them. Returns how many changed."""
    from humas_desktop.services.workspace import ensure_coordinator_file

    if not participant_ids:
        raise RosterEditError("assign_nobody")
    with edb.atomic():
        ensure_coordinator_file(edb, "Tetapkan asesor")
        ensure_open(edb)
        if assessor_id not in {a.id for a in repo.list_assessors(edb)}:
            raise RosterEditError("assessor_missing")
        changed = 0
        for participant_id in dict.fromkeys(participant_ids):
            person = repo.get_participant(edb, participant_id)
            if repo.primary_assessor_id(edb, participant_id) == assessor_id:
                continue
            if repo.participant_signed(edb, participant_id) \
                    or repo.participant_decided(edb, participant_id):
                raise RosterEditError("assign_locked", number=person.number, name=person.name)
            repo.set_primary_assessor(edb, participant_id, assessor_id)
            changed += 1
    return changed
