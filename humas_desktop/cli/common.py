"""What every command module shares: the one-line failure and JSON output. A leaf module, so the
command modules import it and ``humas_desktop.cli`` imports them, with no loop between them."""

from __future__ import annotations

import json
from typing import Any


class CliError(Exception):
    """A one-line failure for the user; ``main`` prints it and exits 1."""


def emit_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
