"""Progress reports yielded by long-running services (generator pattern)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Progress:
    """``done`` of ``total`` steps finished; ``message`` is a short code or phrase, no personal data."""

    done: int
    total: int
    message: str = ""

    @property
    def fraction(self) -> float:
        return 1.0 if self.total <= 0 else min(1.0, self.done / self.total)
