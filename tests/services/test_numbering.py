"""Certificate numbering: patterns need a sequence number; a voided number is kept, never reused."""

from __future__ import annotations

from datetime import date

import pytest

from humas_desktop.domain.errors import DomainError
from humas_desktop.services import close_session as cs
from humas_desktop.services import numbering as nb
from humas_desktop.storage import repository as repo
from humas_desktop.storage.db import EventDB
from tests.services.conftest import CONFIG


def test_pattern_validation() -> None:
    nb.check_pattern(nb.DEFAULT_CERT_PATTERN)
    with pytest.raises(nb.NumberingError) as e1:
        nb.check_pattern("{kbli} {tahun}")
    assert e1.value.code == "pattern_needs_urut"
    with pytest.raises(nb.NumberingError) as e2:
        nb.check_pattern("{nik} {urut}")
    assert e2.value.code == "pattern_unknown_field"
    with pytest.raises(nb.NumberingError):
        nb.check_pattern("{urut:07q}")

@pytest.mark.usefixtures("lsp_registry")  # closes with the LSP's registry
def test_voided_number_is_kept_and_never_reused(decided: EventDB) -> None:
    nb.save_config(decided, CONFIG)
    cs.close_session(decided, date.today())
    first = repo.list_certificates(decided)[0]
    with pytest.raises(nb.NumberingError):
        nb.void_certificate(decided, first.id, "")
    nb.void_certificate(decided, first.id, "salah cetak nama")  # a closed event takes a voiding
    # A replacement number is a new certificate: closed means closed, so it needs a reopen with
    # its reason (issue 21); the next close numbers it from the LSP's series.
    with pytest.raises(DomainError) as closed:
        cs.close_session(decided, date.today())
    assert closed.value.code == "event_closed"
    cs.reopen_session(decided, "cetak ulang sertifikat yang salah nama")
    (new_id,) = cs.close_session(decided, date.today())
    certs = {c.id: c for c in repo.list_certificates(decided)}
    assert certs[first.id].voided and certs[first.id].void_reason == "salah cetak nama"
    assert certs[new_id].participant_id == first.participant_id
    assert certs[new_id].number != first.number
    assert max(c.number for c in certs.values()) == certs[new_id].number
