"""Properties of the merge rules over generated histories of several laptops."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from humas_desktop.services.merge import MergeState, Version, join, supersedes, view

RECORDS = ("r0", "r1", "r2", "r3")
DEVICES = ("koordinator", "asesor1", "asesor2")
OWNERS = {"r0": "", "r1": "", "r2": "asesor1", "r3": "asesor2"}


@st.composite
def histories(draw: st.DrawFn) -> list[MergeState]:
    """Each laptop starts from the hand-out (revision 1) and edits some records, sometimes after
    receiving another laptop's state (so it knows a later base)."""
    base = {r: Version(r, 1, "koordinator", (0, ""), "v0", OWNERS[r], "koordinator") for r in RECORDS}
    known: dict[str, dict[str, Version]] = {d: dict(base) for d in DEVICES}
    states: dict[str, set[Version]] = {d: set(base.values()) for d in DEVICES}
    steps = draw(st.lists(st.tuples(st.sampled_from(DEVICES), st.sampled_from(RECORDS),
                                    st.sampled_from(("a", "b", "c")), st.booleans(),
                                    st.sampled_from(DEVICES)), max_size=12))
    for device, record, content, sync, source in steps:
        if sync and source != device:  # the laptop receives another one's package first
            states[device] |= states[source]
            for r, v in known[source].items():
                if supersedes(v, known[device][r], states[device]):
                    known[device][r] = v
            continue
        current = known[device][record]
        base_ref = current.base if current.device == device else (current.revision, current.device)
        new = Version(record, current.revision + 1, device, base_ref, content, OWNERS[record], device)
        known[device][record] = new
        states[device].add(new)
    return [_state(states[d]) for d in DEVICES]


def _state(versions: set[Version]) -> MergeState:
    out: dict[str, set[Version]] = {}
    for v in versions:
        out.setdefault(v.id, set()).add(v)
    return {k: frozenset(v) for k, v in out.items()}


@settings(max_examples=150, deadline=None)
@given(histories())
def test_commutative(states: list[MergeState]) -> None:
    a, b, _c = states
    assert view(join(a, b)) == view(join(b, a))


@settings(max_examples=150, deadline=None)
@given(histories())
def test_associative(states: list[MergeState]) -> None:
    a, b, c = states
    assert view(join(join(a, b), c)) == view(join(a, join(b, c)))


@settings(max_examples=150, deadline=None)
@given(histories())
def test_idempotent(states: list[MergeState]) -> None:
    a, b, _c = states
    once = join(a, b)
    assert view(join(once, a)) == view(once)
    assert view(join(once, once)) == view(once)


@settings(max_examples=150, deadline=None)
@given(histories())
def test_nothing_is_lost(states: list[MergeState]) -> None:
    merged = view(join(*states))
    for state in states:
        for record_id, versions in state.items():
            assert record_id in merged.records or record_id in merged.conflicts
            for v in versions:
                kept = merged.records.get(record_id) == v or v in merged.conflicts.get(record_id, ())
                assert kept or v in merged.superseded


def _versions(*vs: Version) -> MergeState:
    return _state(set(vs))


def _base(record: str) -> Version:
    return Version(record, 1, "koordinator", (0, ""), "v0", OWNERS[record], "koordinator")


# The coordinator saved 'a' six times (revisions 2..7) while asesor2 changed r0 to 'b'; asesor1 then
# received asesor2's 'b' and, having seen it, changed it to 'a' (revision 3, based on asesor2's 2).
_R0 = _base("r0")
_COORDINATOR_A = [Version("r0", r, "koordinator", (0, ""), "a", "", "koordinator") for r in range(2, 8)]
_ASESOR2_B = Version("r0", 2, "asesor2", (1, "koordinator"), "b", "", "asesor2")
_ASESOR1_A = Version("r0", 3, "asesor1", (2, "asesor2"), "a", "", "asesor1")
_OTHERS = [_base(r) for r in RECORDS if r != "r0"]
KNOWINGLY_REPLACED = [
    _versions(_R0, *_COORDINATOR_A, *_OTHERS),
    _versions(_R0, _ASESOR2_B, _ASESOR1_A, *_OTHERS),
    _versions(_R0, _ASESOR2_B, *_OTHERS),
]


@settings(max_examples=150, deadline=None)
@given(histories())
@example(KNOWINGLY_REPLACED)
def test_no_silent_last_writer_wins(states: list[MergeState]) -> None:
    """Two laptops whose latest changes to one record are independent and different: a conflict.

    A change that a later version was derived from (someone saw it and wrote over it) is no longer
    a laptop's say on the record: replacing it is an ordinary edit, not last-writer-wins. So only
    changes that nothing in the merged pool supersedes count; otherwise a change that someone has
    already seen and overruled would be raised again as a conflict.
    """
    pool = join(*states)
    merged = view(pool)
    for record_id in RECORDS:
        everything = pool[record_id]
        allowed = [v for v in everything if not v.owner or v.writer == v.owner or v.revision == 1]
        tips = [max((v for v in s.get(record_id, ()) if v.device == d), default=None)
                for s, d in zip(states, DEVICES, strict=True)]
        edits = [t for t in tips if t is not None and t.revision > 1 and (not t.owner or t.writer == t.owner)
                 and not any(w != t and supersedes(w, t, everything) for w in allowed)]
        for x in edits:
            for y in edits:
                independent = not supersedes(x, y, everything) and not supersedes(y, x, everything)
                if x.content != y.content and independent:
                    assert record_id in merged.conflicts


def test_a_change_seen_and_replaced_is_not_a_conflict() -> None:
    """The concrete history hypothesis found: asesor1 saw asesor2's 'b' and wrote 'a', the value
    the coordinator also holds. Every current version says 'a'; 'b' is kept as superseded."""
    merged = view(join(*KNOWINGLY_REPLACED))
    assert "r0" not in merged.conflicts
    assert merged.records["r0"].content == "a"
    assert _ASESOR2_B in merged.superseded


def test_a_change_made_without_seeing_the_other_is_a_conflict() -> None:
    """Same values, but asesor1 wrote 'a' from the coordinator's revision 2, never seeing 'b'."""
    blind = Version("r0", 3, "asesor1", (2, "koordinator"), "a", "", "asesor1")
    states = [
        _versions(_R0, *_COORDINATOR_A, *_OTHERS),
        _versions(_R0, _COORDINATOR_A[0], blind, *_OTHERS),
        _versions(_R0, _ASESOR2_B, *_OTHERS),
    ]
    merged = view(join(*states))
    assert merged.conflicts["r0"] == frozenset({_COORDINATOR_A[-1], blind, _ASESOR2_B})


def test_foreign_edit_of_an_owned_record_is_a_conflict() -> None:
    base = Version("r2", 1, "koordinator", (0, ""), "v0")  # as the coordinator holds it
    own = Version("r2", 2, "asesor1", (1, "koordinator"), "a", "asesor1", "asesor1")
    foreign = Version("r2", 3, "asesor2", (2, "asesor1"), "b", "asesor1", "asesor2")
    merged = view({"r2": frozenset({base, own, foreign})})
    assert merged.conflicts["r2"] == frozenset({own, foreign})
    assert view({"r2": frozenset({base, own})}).records["r2"] == own
