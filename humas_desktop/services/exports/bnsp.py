"""Kind ``bnsp``: the BNSP upload sheet (unggah-bnsp.xlsx), its codes and the blank codes that
make the BNSP importer reject a row (:func:`bnsp_gaps`, also a close blocker)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NamedTuple

from humas_desktop.domain.models import Assessment, Participant
from humas_desktop.formats import xlsx_reports as xr
from humas_desktop.services.exports.data import EventData, codes, dmy, is_present
from humas_desktop.services.exports.headers import draft_note
from humas_desktop.services.exports.writing import Job, save_workbook


@dataclass(frozen=True, slots=True)
class BnspCodes:
    city: str
    province: str
    education: str
    occupation: str


def participant_codes(data: EventData, p: Participant) -> BnspCodes:
    """The participant's own codes, else the region list (by kabupaten/kota) and the LSP's lists."""
    from humas_desktop.formats.region_codes import lookup

    region = lookup(p.regency) if p.regency.strip() else None
    education = codes(data, "bnsp.codes.pendidikan")
    occupation = codes(data, "bnsp.codes.pekerjaan")
    return BnspCodes(
        p.city_code or (region.city_code if region else ""),
        p.province_code or (region.province_code if region else ""),
        p.education_code or education.get(p.education.strip().lower(), ""),
        p.occupation_code or occupation.get(p.job_title.strip().lower(), ""))


def _test_date(data: EventData, a: Assessment | None) -> date | None:
    """The day this participant was assessed: consent, else sign-off, else the event's first day."""
    if a is not None and a.consent_at is not None:
        return a.consent_at.date()
    if a is not None and a.signed_at is not None:
        return a.signed_at.date()
    return data.event.start_date


# Blocker code -> what makes the row blank (the BNSP importer rejects rows without them).
BNSP_REQUIRED = ("bnsp_region_code_blank", "bnsp_education_code_blank",
                 "bnsp_occupation_code_blank")


def bnsp_gaps(data: EventData) -> list[tuple[str, list[int]]]:
    """(blocker code, participant numbers) for every required BNSP code left blank."""
    gaps: dict[str, list[int]] = {code: [] for code in BNSP_REQUIRED}
    for p in data.participants:
        if not is_present(data, p):
            continue
        c = participant_codes(data, p)
        if not c.city or not c.province:
            gaps["bnsp_region_code_blank"].append(p.number)
        if not c.education:
            gaps["bnsp_education_code_blank"].append(p.number)
        if not c.occupation:
            gaps["bnsp_occupation_code_blank"].append(p.number)
    out = [(code, numbers) for code, numbers in gaps.items() if numbers]
    if not data.settings.get("bnsp.kode_jadwal", "").strip():
        out.append(("bnsp_schedule_code_blank", []))
    return out


class BnspRow(NamedTuple):
    """One row of the BNSP upload sheet: its 19 columns by name, in the template's order (the
    sheet writes the tuple; the registry reads ``result``, never a position)."""

    number: int
    name: str
    nik: str
    birth_place: str
    birth_date: str
    gender: str
    address: str
    city_code: str
    province_code: str
    phone: str
    email: str
    education_code: str
    occupation_code: str
    schedule_code: str
    test_date: str
    assessor_met: str
    budget_code: str
    ministry_code: str
    result: str  # the plenary's decision (K/BK), never the assessor's recommendation


def bnsp_rows(data: EventData) -> list[BnspRow]:
    """The 19 columns; codes come from the participant, the region list or the LSP's code lists.

    NIP, rank and work unit are deliberately absent (domain.md 4.6).
    """
    jadwal = data.settings.get("bnsp.kode_jadwal", "")
    budget = data.settings.get("bnsp.kode_sumber_anggaran", "")
    ministry = data.settings.get("bnsp.kode_kementerian", "")
    rows: list[BnspRow] = []
    for p in data.participants:
        if not is_present(data, p):
            continue
        a = data.assessments.get(p.id)
        assessor = data.assessor_of(p)
        d = data.decisions.get(p.id)
        c = participant_codes(data, p)
        rows.append(BnspRow(
            number=len(rows) + 1, name=p.name, nik=p.nik, birth_place=p.birth_place,
            birth_date=dmy(p.birth_date), gender=p.gender.value if p.gender else "",
            address=p.address, city_code=c.city, province_code=c.province, phone=p.phone,
            email=p.email, education_code=c.education, occupation_code=c.occupation,
            schedule_code=jadwal, test_date=dmy(_test_date(data, a)),
            assessor_met=assessor.met_number if assessor else "", budget_code=budget,
            ministry_code=ministry, result=d.result.value if d else "",
        ))
    return rows



def write(job: Job) -> list[Path]:
    return [save_workbook(xr.bnsp_workbook(bnsp_rows(job.data), draft=draft_note(job.data)),
                          job.out / "unggah-bnsp.xlsx")]
