"""The certificate's holder name: upper case, with academic and religious titles spelt as typed."""

from __future__ import annotations

import pytest

from humas_desktop.domain.names import certificate_name


@pytest.mark.parametrize(("typed", "printed"), [
    ("Budi Santoso", "BUDI SANTOSO"),
    ("Dra. Wahyuni Lestari, M.Si.", "Dra. WAHYUNI LESTARI, M.Si."),
    ("Dr. Ir. Raden Ajeng Siti Nur’aini Kusumawardhani, S.Sos., M.I.Kom.",
     "Dr. Ir. RADEN AJENG SITI NUR’AINI KUSUMAWARDHANI, S.Sos., M.I.Kom."),
    ("Prof. Dr. H. Ahmad Fauzi, Ph.D.", "Prof. Dr. H. AHMAD FAUZI, Ph.D."),
    ("Hj. Siti Aminah, S.E., M.M.", "Hj. SITI AMINAH, S.E., M.M."),
    ("Andi Muh. Syahrul", "ANDI MUH. SYAHRUL"),  # an abbreviated name word is the name
    ("  I Gusti   Ayu Made  ", "I GUSTI AYU MADE"),  # spacing as typed is not kept
    ("Dr.", "DR."),  # a title alone is the only word there is
])
def test_name_upper_case_titles_as_typed(typed: str, printed: str) -> None:
    assert certificate_name(typed) == printed
