"""Domain errors carry a code and context; people-facing text is made from the code elsewhere."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """An expected failure with a machine-readable ``code`` and context fields."""

    def __init__(self, code: str, /, **context: Any) -> None:
        self.code = code
        self.context = context
        detail = ", ".join(f"{k}={v!r}" for k, v in context.items())
        super().__init__(f"{code}({detail})" if detail else code)


class EventFileError(DomainError):
    """The event file cannot be opened: foreign, too new, damaged, missing."""


class SchemeError(DomainError):
    """A scheme file is malformed; ``context['where']`` names the bad entry."""


class ScoringError(DomainError):
    """A scoring action is not allowed now (no consent, already signed, ...)."""
