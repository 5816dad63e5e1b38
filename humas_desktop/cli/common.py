"""What every command module shares: the one-line failure and JSON output. A leaf module, so the
command modules import it and ``humas_desktop.cli`` imports them, with no loop between them."""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class CliError(Exception):
    """A one-line failure for the user; ``main`` prints it and exits 1."""


def emit_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@contextlib.contextmanager
def event_session(args: argparse.Namespace) -> Iterator[Any]:
    """The event file ``args.event_file`` opened as the coordinator on this laptop's device
    (``main`` prints a DomainError raised inside as its one Indonesian line)."""
    from humas_desktop.paths import data_dir
    from humas_desktop.services.session import EventSession
    from humas_desktop.storage.device import load_or_create_device

    path = Path(args.event_file)
    if not path.is_file():
        raise CliError(f"berkas acara tidak ditemukan: {path.name}")
    device = load_or_create_device(data_dir(args.data_dir))
    with EventSession(path, device_id=device.id, actor="coordinator") as session:
        yield session.main
