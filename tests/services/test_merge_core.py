"""The merge's pure core, what ``ancestors`` promises (issue #21's mutation run: the properties
never built the shapes below): derived-from is transitive (through the hand-out's base, then that
laptop's own earlier versions), and only the record's own versions are ever its ancestors."""

from __future__ import annotations

from humas_desktop.services.merge import Version, ancestors, supersedes, view


def test_a_version_derived_from_the_hand_out_supersedes_what_the_hand_out_came_from() -> None:
    earlier = Version("r", 4, "koordinator", (0, ""), "isi-4")
    handed_out = Version("r", 5, "koordinator", (0, ""), "isi-5")
    edited = Version("r", 1, "asesor", (5, "koordinator"), "isi-baru")
    pool = {earlier, handed_out, edited}
    assert ancestors(edited, pool) == {handed_out, earlier}
    assert supersedes(edited, earlier, pool)
    assert not supersedes(earlier, edited, pool)
    assert view({"r": frozenset(pool)}).records == {"r": edited}


def test_only_the_records_own_versions_are_its_ancestors() -> None:
    mine = Version("r", 3, "asesor", (0, ""), "isi")
    other_record = Version("lain", 1, "asesor", (0, ""), "isi-lain")
    same_place = Version("lain", 5, "koordinator", (0, ""), "x")
    derived = Version("r", 4, "asesor", (5, "koordinator"), "isi-2")
    assert ancestors(mine, {mine, other_record}) == set()
    assert ancestors(derived, {derived, mine, same_place, other_record}) == {mine}
    assert derived not in ancestors(derived, {derived, mine})
