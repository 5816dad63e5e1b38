"""Which wording a record is filled with (issue 26): the participant's scheme's own (the scheme
file's ``wording``), else the LSP's of the event (setting ``forms.wording``), else the shipped
one. FR.AK.01, FR.AK.03, FR.AK.04, FR.AK.06 and FR.VA look it up here and snapshot it."""

from __future__ import annotations

from humas_desktop.formats.forms_wording import SETTING, Wording, wording_for
from humas_desktop.storage import queries
from humas_desktop.storage.db import EventDB


def for_scheme(edb: EventDB, scheme_id: str | None = None) -> Wording:
    """The wording of a scheme's records; without a scheme, the event's (or shipped) one."""
    return wording_for(edb.setting(SETTING), queries.scheme_wording(edb, "scheme", scheme_id))


def for_assessment(edb: EventDB, assessment_id: str | None) -> Wording:
    return wording_for(edb.setting(SETTING),
                       queries.scheme_wording(edb, "assessment", assessment_id))


def for_participant(edb: EventDB, participant_id: str | None) -> Wording:
    return wording_for(edb.setting(SETTING),
                       queries.scheme_wording(edb, "participant", participant_id))
