"""Progress of long-running services: reports they yield (generator pattern), or a holder a
worker writes and the UI polls (:class:`Tally`)."""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from reprlib import recursive_repr
from typing import Any, TypeVar

T = TypeVar("T")


def run_to_end(gen: Generator[Any, Any, T]) -> T:
    """Drive a service generator (its progress reports unread) to its end and return its value."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            result: T = stop.value
            return result


def drive(gen: Generator[Any, Any, T], stop: Callable[[], bool],
          each: Callable[[Progress], object]) -> tuple[bool, T | None]:
    """Drive a service generator step by step: ``each`` gets every :class:`Progress` it yields;
    before each step ``stop()`` is asked, and True closes the generator there (its cleanup runs:
    an open ``atomic()`` rolls back, an export keeps whole files only). Returns ``(True, None)``
    when stopped, else ``(False, its return value)``. A background job's loop: the window's
    worker thread (gui/workers.py), the export's own process (services/exports/child.py)."""
    while True:
        if stop():
            gen.close()
            return True, None
        try:
            item = next(gen)
        except StopIteration as done:
            result: T = done.value
            return False, result
        if isinstance(item, Progress):
            each(item)


@dataclass(frozen=True, slots=True, init=False, repr=False, eq=False)
class Progress:
    """``done`` of ``total`` steps finished; ``message`` is a short code or phrase, no personal data."""

    done: int
    total: int
    message: str = ""

    def __init__(self, done: int, total: int, message: str = "") -> None:
        _set = object.__setattr__  # frozen: as @dataclass(frozen=True) sets them
        _set(self, "done", done)
        _set(self, "total", total)
        _set(self, "message", message)

    @recursive_repr()
    def __repr__(self) -> str:
        return (f"{self.__class__.__qualname__}(done={self.done!r}, total={self.total!r}, "
                f"message={self.message!r})")

    def __eq__(self, other: Any) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = (self.done, self.total, self.message)
        theirs = (other.done, other.total, other.message)
        return mine == theirs

    def __hash__(self) -> int:
        return hash((self.done, self.total, self.message))

    @property
    def fraction(self) -> float:
        return 1.0 if self.total <= 0 else min(1.0, self.done / self.total)


class Tally:
    """How far one long job has got: written by the worker thread (:meth:`report`), read by the
    UI thread when it polls (:meth:`progress`, :meth:`fraction`, :meth:`percent`).

    Thread-safe without a lock: one report is one tuple stored in one attribute, so a reader
    never sees ``done`` of one report with ``total`` of another. ``every``: how many steps of an
    inner loop (the audit entries walked) between two reports. Nothing in it names a person.
    """

    __slots__ = ("_state", "every")

    def __init__(self, every: int = 2000) -> None:
        self.every = max(1, every)
        self._state: tuple[int, int] = (0, 0)

    def report(self, done: int, total: int) -> None:
        self._state = (done, total)

    def progress(self) -> Progress | None:
        """The last report; None before the first one (or while ``total`` is not known)."""
        done, total = self._state
        return Progress(done, total) if total > 0 else None

    def fraction(self) -> float | None:
        seen = self.progress()
        return None if seen is None else seen.fraction

    def percent(self) -> int | None:
        """0..100, rounded down (100 only when done)."""
        seen = self.progress()
        return None if seen is None else min(100, seen.done * 100 // seen.total)
