"""The demo data passes the identity validators (issue #22): what the demo shows is what a real
roster must look like, so no refusal and no NIK/NIP mismatch warning."""

from __future__ import annotations

from humas_desktop.domain.validators import check_email, check_nik, check_nip, phone_value
from humas_desktop.formats.region_codes import regency_codes
from humas_desktop.services.demo import demo_participants


def test_demo_people_pass_every_identity_rule() -> None:
    people = demo_participants(10_050, "s")  # past 9,999: the NIK serial rolls to a new district
    regencies = regency_codes()
    assert len({p.nik for p in people}) == len(people)
    for p in people:
        assert check_nik(p.nik, p.birth_date, p.gender, regencies=regencies) == [], p.nik
        assert check_nip(p.nip, p.birth_date, p.gender) == [], p.nip
        assert phone_value(p.phone) == (p.phone, []), p.phone
        assert check_email(p.email) == [], p.email
    assert any(p.nip for p in people) and any(not p.nip for p in people)
