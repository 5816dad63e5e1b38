"""The written-out ``__init__``/``__repr__``/``__eq__`` (and ``__hash__`` of the frozen ones) of
the dataclasses a launch imports behave as ``@dataclass`` would make them (issue #25: they are
written out so that a launch does not compile them).

Each is compared with a dataclass generated from its own fields: a field added to the class but
not to one of the methods fails here."""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any

import pytest

from humas_desktop.domain import day_order, dictionary, models, progress
from humas_desktop.gui import app, context
from humas_desktop.services import backups, scoring
from humas_desktop.storage import backup, checkpoint, repository, schema, wal_proof

MODULES = (models, dictionary, day_order, progress, scoring, backups, backup, repository, schema,
           wal_proof, checkpoint, app, context)
WRITTEN_OUT = [cls for module in MODULES
               for cls in vars(module).values()
               if isinstance(cls, type) and dataclasses.is_dataclass(cls)
               and cls.__module__ == module.__name__
               and not cls.__dataclass_params__.init]  # type: ignore[attr-defined]


def _reference(cls: type) -> type:
    """The dataclass ``@dataclass(slots=True)`` makes from ``cls``'s fields."""
    specs: list[tuple[str, Any, Any]] = []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            spec = dataclasses.field(default=f.default)
        elif f.default_factory is not dataclasses.MISSING:
            spec = dataclasses.field(default_factory=f.default_factory)
        else:
            spec = dataclasses.field()
        specs.append((f.name, f.type, spec))
    frozen = cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=frozen,
                                      slots="__slots__" in cls.__dict__)


def _values(cls: type, salt: str) -> dict[str, Any]:
    return {f.name: f"{salt}-{f.name}" for f in dataclasses.fields(cls)}


def test_every_model_with_written_methods_is_covered() -> None:
    names = {cls.__name__ for cls in WRITTEN_OUT}
    assert {"Participant", "Assessment", "Scheme", "Event", "ReportNote", "AuditEntry", "Column",
            "Table", "ParticipantSummary", "BackupInfo", "Step", "UndoStep", "Progress",
            "Checkpoint", "Migration", "_Facts", "Menus", "Started", "AutoBackup",
            "RestorePreview"} <= names
    assert len(WRITTEN_OUT) == 31


@pytest.mark.parametrize("cls", WRITTEN_OUT, ids=lambda c: c.__name__)
def test_same_parameters_and_defaults(cls: type) -> None:
    ref = _reference(cls)
    ours = inspect.signature(cls).parameters
    theirs = inspect.signature(ref).parameters
    assert list(ours) == list(theirs)
    for name in ours:
        assert ours[name].kind == theirs[name].kind
        assert repr(ours[name].default) == repr(theirs[name].default), name
    required = {n: f"r-{n}" for n, p in theirs.items()
                if n != "self" and p.default is inspect.Parameter.empty}
    a, b = cls(**required), ref(**required)
    for f in dataclasses.fields(cls):
        va, vb = getattr(a, f.name), getattr(b, f.name)
        if f.name == "id" and cls.__module__ == models.__name__:
            assert isinstance(va, str) and len(va) == 36 and va != vb  # a fresh id each time
        else:
            assert va == vb and type(va) is type(vb), f.name
    # Mutable defaults are fresh per instance.
    c = cls(**required)
    for f in dataclasses.fields(cls):
        if f.default_factory in (list, dict):
            assert getattr(a, f.name) is not getattr(c, f.name)


@pytest.mark.parametrize("cls", WRITTEN_OUT, ids=lambda c: c.__name__)
def test_same_text_positional_or_keyword(cls: type) -> None:
    ref = _reference(cls)
    values = _values(cls, "v")
    ours, theirs = cls(**values), ref(**values)
    assert repr(ours) == repr(theirs)
    assert repr(cls(*values.values())) == repr(theirs)
    assert [getattr(ours, n) for n in values] == list(values.values())


@pytest.mark.parametrize("cls", WRITTEN_OUT, ids=lambda c: c.__name__)
def test_same_comparison(cls: type) -> None:
    values = _values(cls, "v")
    one, same = cls(**values), cls(**values)
    assert one == same
    assert (one != same) is False
    ref = _reference(cls)
    if cls.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        assert hash(one) == hash(same) == hash(ref(**values))
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(one, next(iter(values)), "changed")
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(one, next(iter(values)))
    else:
        assert cls.__hash__ is None  # unhashable, as a mutable dataclass
    for name in values:
        other = cls(**{**values, name: "changed"})
        assert one != other, name
    assert one.__eq__(object()) is NotImplemented
    assert (one == ref(**values)) is False  # another class never equals


@pytest.mark.parametrize("cls", WRITTEN_OUT, ids=lambda c: c.__name__)
def test_dataclass_functions_still_work(cls: type) -> None:
    values = _values(cls, "v")
    one = cls(**values)
    assert dataclasses.asdict(one) == values
    first = next(iter(values))
    assert dataclasses.replace(one, **{first: "new"}) == cls(**{**values, first: "new"})
    if cls.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        assert dataclasses.astuple(one) == tuple(values.values())
    assert getattr(cls, "__match_args__") == tuple(values)  # noqa: B009
    assert hasattr(one, "__dict__") == hasattr(_reference(cls)(**values), "__dict__")  # slotted?
